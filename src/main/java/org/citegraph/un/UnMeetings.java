package org.citegraph.un;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citegraph.model.UnSymbol;

/** Meeting and session facts read from a symbol, for the RDF stage's {@code event:Event} resources. */
public final class UnMeetings {

    private static final Pattern RESUMPTION = Pattern.compile("^\\(Resumption(\\d+)\\)$");
    private static final Pattern ROMAN_SESSION = Pattern.compile("^(?:(S|ES)-)?([IVXLC]+)$");

    private UnMeetings() {
    }

    /** The meeting of a verbatim or summary record (A/48/PV.6, S/PV.7796, A/C.4/66/SR.10); else empty. */
    public static Optional<UnMeeting> meetingOf(UnSymbol symbol) {
        UnSymbol first = UnSymbols.components(symbol).get(0);
        if (!"PV".equals(first.docType()) && !"SR".equals(first.docType())) {
            return Optional.empty();
        }
        String session = first.session() != null ? first.session()
                : first.year() != null ? String.valueOf(first.year()) : null;
        Integer resumption = null;
        for (String suffix : first.suffixes()) {
            Matcher m = RESUMPTION.matcher(suffix);
            if (m.matches()) {
                resumption = Integer.valueOf(m.group(1));
            }
        }
        return Optional.of(new UnMeeting(UnOrgans.issuerSeries(first), session, Integer.parseInt(first.number()),
                resumption));
    }

    /**
     * The session a document belongs to: the session in its symbol (A/48/PV.6, A/RES/217(III),
     * A/HRC/6/22), or the year of an ECOSOC-series document, whose sessions are annual since 1978
     * (E/1994/24). Empty for series without sessions in the symbol (S/…, ST/…).
     */
    public static Optional<UnSession> sessionOf(UnSymbol symbol) {
        UnSymbol first = UnSymbols.components(symbol).get(0);
        String series = UnOrgans.sessionSeries(first);
        if (first.session() != null) {
            return Optional.of(new UnSession(series, first.session(), series + "/" + arabic(first.session())));
        }
        if (first.organ().equals("E") && first.year() != null) {
            String year = String.valueOf(first.year());
            return Optional.of(new UnSession(series, year, series + "/" + year));
        }
        return Optional.empty();
    }

    private static String arabic(String session) {
        Matcher m = ROMAN_SESSION.matcher(session);
        if (!m.matches()) {
            return session;
        }
        int value = RomanNumerals.value(m.group(2));
        if (value < 0) {
            return session;
        }
        return (m.group(1) == null ? "" : m.group(1) + "-") + value;
    }
}
