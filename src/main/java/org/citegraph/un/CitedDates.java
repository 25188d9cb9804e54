package org.citegraph.un;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a date written right after a reference: "28 September 1993", "Sept. 25, 1991", "of 2 Dec. 2004". */
final class CitedDates {

    /** A found date: ISO text, the date as written, and the text offsets of the whole connector + date. */
    record Found(String iso, String text, int end) {
    }

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
    private static final Pattern AFTER = Pattern.compile(
            "(?:\\s*,\\s*(?:(?:¶¶?|paras?\\.|paragraphs?)\\s*\\d{1,3}(?:\\s*[-\u2013]\\s*\\d{1,3})?\\s*,?\\s*)?"
            + "|\\s+(?:of|on|dated|adopted(?:\\s+on)?)\\s+|\\s*\\(\\s*(?:adopted\\s+(?:on\\s+)?)?|\\s+)"
            + "(?<date>(?<d>\\d{1,2})\\s+(?<m>" + MONTH + ")\\.?,?\\s+(?<y>\\d{4})"
            + "|(?<m2>" + MONTH + ")\\.?\\s+(?<d2>\\d{1,2}),?\\s+(?<y2>\\d{4})"
            + "|(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2}))(?![\\d])");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private CitedDates() {
    }

    /** The date starting at {@code from} (after an optional connector), or null. */
    static Found after(CharSequence text, int from) {
        if (from >= text.length()) {
            return null;
        }
        Matcher m = AFTER.matcher(text);
        m.region(from, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        try {
            LocalDate date;
            if (m.group("d") != null) {
                date = LocalDate.of(Integer.parseInt(m.group("y")), month(m.group("m")), Integer.parseInt(m.group("d")));
            } else if (m.group("d2") != null) {
                date = LocalDate.of(Integer.parseInt(m.group("y2")), month(m.group("m2")), Integer.parseInt(m.group("d2")));
            } else {
                date = LocalDate.of(Integer.parseInt(m.group("iy")), Integer.parseInt(m.group("im")),
                        Integer.parseInt(m.group("id")));
            }
            if (date.getYear() < 1945) {
                return null;
            }
            int end = m.end();
            if (end < text.length() && text.charAt(end) == ')' && text.subSequence(from, m.start("date")).toString().contains("(")) {
                end++;
            }
            return new Found(date.toString(), m.group("date"), end);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }
}
