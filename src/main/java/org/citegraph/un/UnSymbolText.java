package org.citegraph.un;

import java.util.ArrayList;
import java.util.List;

import org.citegraph.model.Diagnostic;
import org.citegraph.model.UnSymbol;

/**
 * Plain-text output of {@code citegraph un-symbol} (without {@code --json}): one block per input,
 * the canonical symbol on the first line, then one indented "name: value" line per present part,
 * the organ's name, the undocs.org link, and any warnings. An unparsed text shows why.
 */
public final class UnSymbolText {

    private UnSymbolText() {
    }

    public static String format(List<? extends UnSymbolResult> results) {
        StringBuilder b = new StringBuilder();
        for (UnSymbolResult result : results) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(format(result));
        }
        return b.toString();
    }

    public static String format(UnSymbolResult result) {
        StringBuilder b = new StringBuilder();
        if (result instanceof UnSymbolResult.Parsed parsed) {
            UnSymbol s = parsed.symbol();
            b.append(s.symbol()).append('\n');
            line(b, "organ", s.organ() + UnOrgans.lookup(s.organ()).map(o -> " (" + o.name() + ")").orElse(""));
            if (s.body() != null) {
                String issuer = UnOrgans.issuerSeries(s);
                line(b, "body", s.body() + UnOrgans.lookup(issuer).filter(o -> !issuer.equals(s.organ()))
                        .map(o -> " (" + o.name() + ")").orElse(""));
            }
            line(b, "session", s.session());
            line(b, "year", s.year() == null ? null : String.valueOf(s.year()));
            line(b, "type", s.docType());
            line(b, "number", s.number());
            if (!s.suffixes().isEmpty()) {
                line(b, "suffixes", String.join(", ", s.suffixes()));
            }
            UnMeetings.meetingOf(s).ifPresent(m -> line(b, "meeting", m.key()
                    + (m.resumption() == null ? "" : " (resumption " + m.resumption() + ")")));
            UnLinks.page(s).ifPresent(link -> line(b, "link", link));
        } else {
            UnSymbolResult.Unparsed unparsed = (UnSymbolResult.Unparsed) result;
            b.append(unparsed.input().strip()).append('\n');
            line(b, "not parsed", unparsed.error());
        }
        for (String warning : result.warnings()) {
            line(b, "warning", warning);
        }
        return b.toString();
    }

    /**
     * One diagnostic per repair warning and per unparsed text, naming the text as the source:
     * {@code 'S/RES/212423': error: ambiguous: …}. For standard error; the exit status is the CLI's choice.
     */
    public static List<Diagnostic> diagnostics(List<? extends UnSymbolResult> results) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (UnSymbolResult result : results) {
            String source = "'" + result.input().strip() + "'";
            for (String warning : result.warnings()) {
                diagnostics.add(Diagnostic.warning(source, 0, 0, warning));
            }
            if (result instanceof UnSymbolResult.Unparsed unparsed) {
                diagnostics.add(new Diagnostic(Diagnostic.Severity.ERROR, source, 0, 0,
                        "not a UN document symbol: " + unparsed.error()));
            }
        }
        return diagnostics;
    }

    private static void line(StringBuilder b, String name, String value) {
        if (value != null) {
            b.append("  ").append(name).append(": ").append(value).append('\n');
        }
    }
}
