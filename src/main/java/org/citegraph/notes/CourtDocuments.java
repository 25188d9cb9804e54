package org.citegraph.notes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citegraph.model.CitationType;

/**
 * Bluebook's documents filed in a case (rule 10.8.3): "Brief for Petitioners at 12, Kiobel v. Royal
 * Dutch Petroleum Co., 569 U.S. 108 (2013) (No. 10-1491)", "Transcript of Oral Argument at 7, …",
 * "Complaint ¶ 12, …". The document is the work: its title, the pinpoint, and the year of the case
 * it was filed in; the docket number in the last parenthesis is no year. The gold format has no type
 * for them, so they are {@code other}.
 */
final class CourtDocuments {

    private CourtDocuments() {
    }

    private static final Pattern FILED = Pattern.compile(
            "^(?<title>(?:Brief|Reply Brief|Supplemental Brief|Petition|Transcript|Memorandum|Complaint|Motion|Declaration of|Affidavit of)"
            + "[^,]*?)(?: at (?<page>[\\dA-Za-z]+(?:[-\u2013]\\d+)?)| (?<para>\u00B6\u00B6? ?[\\d\u2013-]+))?, (?<case>\\p{Lu}.+?)"
            + "(?: \\((?<docket>No\\. [^()]+)\\))?$");

    private static final Pattern YEAR = Pattern.compile("\\((?:[^()]*\\s)?(?<year>(1[6-9]|20)\\d{2})\\)");

    static boolean parse(String t, Draft d) {
        char c = t.isEmpty() ? ' ' : t.charAt(0);
        if (c != 'B' && c != 'R' && c != 'S' && c != 'P' && c != 'T' && c != 'M' && c != 'C' && c != 'D' && c != 'A') return false;
        Matcher m = FILED.matcher(t);
        if (!m.matches() || m.group("page") == null && m.group("para") == null && m.group("docket") == null) return false;
        d.type = CitationType.OTHER;
        d.fields.title(m.group("title").strip());
        if (m.group("page") != null) d.pinpoint = Pages.expandList(m.group("page"));
        else if (m.group("para") != null) d.pinpoint = m.group("para").strip();
        Matcher y = YEAR.matcher(m.group("case"));
        String year = null;
        while (y.find()) year = y.group("year");
        if (year != null) d.fields.year(year);
        return true;
    }
}
