package org.citegraph.notes;

/**
 * Dates as footnotes write them: "28 September 1993", "September 28, 1993", "Sept. 28, 1993",
 * "2016-10-28", "January 2013", "2013". A day-month-year date becomes ISO; a month or bare year
 * gives only the year.
 */
final class Dates {

    private Dates() {
    }

    /** A parsed date: {@code iso} is null unless day, month and year are all given. */
    record Parsed(String iso, String year, int start, int end) {
    }

    /**
     * Looks for a date that fills the whole of {@code text} (surrounding spaces, commas and a final
     * period ignored). Returns null when the text is something else.
     */
    static Parsed whole(String text) {
        if (text.length() > 40 || text.isEmpty()) return null;
        String t = text.strip();
        while (t.endsWith(".") || t.endsWith(",")) t = t.substring(0, t.length() - 1).strip();
        if (t.isEmpty()) return null;
        char c = t.charAt(0);
        Parsed p = Character.isDigit(c) ? startingWithNumber(t, 0) : Character.isLetter(c) ? startingWithMonth(t, 0) : null;
        if (p == null || p.start() != 0 || p.end() != t.length()) return null;
        return p;
    }

    /** The first date in {@code text} at or after {@code from}, or null. Linear in the text length. */
    static Parsed find(String text, int from) {
        int n = text.length();
        int i = Math.max(0, from);
        while (i < n) {
            char c = text.charAt(i);
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (!wordStart || !Character.isLetterOrDigit(c)) { i++; continue; }
            Parsed p = Character.isDigit(c) ? startingWithNumber(text, i) : startingWithMonth(text, i);
            if (p != null) return p;
            // skip to the end of this word
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) i++;
        }
        return null;
    }

    /** "28 September 1993", "2016-10-28", "1993" (a year standing alone). */
    private static Parsed startingWithNumber(String t, int i) {
        int[] num = number(t, i);
        if (num == null) return null;
        int value = num[0];
        int end = num[1];
        int digits = end - i;
        if (digits == 4 && end + 5 < t.length() + 1 && end < t.length() && t.charAt(end) == '-') {
            // ISO 2016-10-28
            int[] m = number(t, end + 1);
            if (m != null && m[1] - end - 1 == 2 && m[1] < t.length() && t.charAt(m[1]) == '-') {
                int[] d = number(t, m[1] + 1);
                if (d != null && d[1] - m[1] - 1 == 2 && validDay(d[0]) && m[0] >= 1 && m[0] <= 12
                        && (d[1] >= t.length() || !Character.isLetterOrDigit(t.charAt(d[1])))) {
                    return new Parsed(iso(value, m[0], d[0]), String.valueOf(value), i, d[1]);
                }
            }
        }
        if (digits <= 2 && validDay(value)) {
            int j = skipSpaces(t, end);
            int wordEnd = wordEnd(t, j);
            if (wordEnd > j) {
                int month = Lexicon.month(t.substring(j, Math.min(wordEnd + (wordEnd < t.length() && t.charAt(wordEnd) == '.' ? 1 : 0), t.length())));
                if (month > 0) {
                    int k = wordEnd < t.length() && t.charAt(wordEnd) == '.' ? wordEnd + 1 : wordEnd;
                    k = skipSpaces(t, k);
                    if (k < t.length() && t.charAt(k) == ',') k = skipSpaces(t, k + 1);
                    int[] y = number(t, k);
                    if (y != null && y[1] - k == 4 && isYear(y[0])) {
                        return new Parsed(iso(y[0], month, value), String.valueOf(y[0]), i, y[1]);
                    }
                }
            }
            return null;
        }
        if (digits == 4 && isYear(value) && end < t.length() && t.charAt(end) == ',') {
            // APA: "2022, May 4"
            int j = skipSpaces(t, end + 1);
            int wordEnd = wordEnd(t, j);
            int month = wordEnd > j ? Lexicon.month(t.substring(j, wordEnd)) : 0;
            if (month > 0) {
                int k = skipSpaces(t, wordEnd < t.length() && t.charAt(wordEnd) == '.' ? wordEnd + 1 : wordEnd);
                int[] day = number(t, k);
                if (day != null && day[1] - k <= 2 && validDay(day[0])
                        && (day[1] >= t.length() || !Character.isLetterOrDigit(t.charAt(day[1])))) {
                    return new Parsed(iso(value, month, day[0]), String.valueOf(value), i, day[1]);
                }
            }
        }
        if (digits == 4 && isYear(value) && (end >= t.length() || !Character.isLetter(t.charAt(end)))) {
            return new Parsed(null, String.valueOf(value), i, end);
        }
        return null;
    }

    /** "September 28, 1993", "Sept. 28, 1993", "January 2013", "Spring 2015". */
    private static Parsed startingWithMonth(String t, int i) {
        int wordEnd = wordEnd(t, i);
        String word = t.substring(i, wordEnd);
        int month = Lexicon.month(word);
        boolean season = isSeason(word);
        if (month == 0 && !season) return null;
        int k = wordEnd < t.length() && t.charAt(wordEnd) == '.' ? wordEnd + 1 : wordEnd;
        k = skipSpaces(t, k);
        int[] first = number(t, k);
        if (first == null) return null;
        int firstDigits = first[1] - k;
        if (firstDigits == 4 && isYear(first[0])) {
            return new Parsed(null, String.valueOf(first[0]), i, first[1]);
        }
        if (month == 0 || firstDigits > 2 || !validDay(first[0])) return null;
        int j = first[1];
        if (j < t.length() && t.charAt(j) == ',') j++;
        j = skipSpaces(t, j);
        int[] y = number(t, j);
        if (y != null && y[1] - j == 4 && isYear(y[0])) {
            return new Parsed(iso(y[0], month, first[0]), String.valueOf(y[0]), i, y[1]);
        }
        return null;
    }

    /** "12 March" or "March 12" with the year given elsewhere: the ISO date, or null. */
    static String dayMonth(String text, String year) {
        if (year == null) return null;
        Parsed p = whole(text.strip() + " " + year);
        if (p == null || p.iso() == null) {
            String t = text.strip();
            while (t.endsWith(".")) t = t.substring(0, t.length() - 1);
            p = whole(t + ", " + year);
        }
        return p == null ? null : p.iso();
    }

    private static boolean isSeason(String w) {
        return switch (w.toLowerCase(java.util.Locale.ROOT)) {
            case "spring", "summer", "autumn", "fall", "winter" -> true;
            default -> false;
        };
    }

    static boolean isYear(int y) {
        return y >= 1400 && y <= 2199;
    }

    private static boolean validDay(int d) {
        return d >= 1 && d <= 31;
    }

    private static String iso(int y, int m, int d) {
        char[] c = {(char) ('0' + y / 1000 % 10), (char) ('0' + y / 100 % 10), (char) ('0' + y / 10 % 10),
            (char) ('0' + y % 10), '-', (char) ('0' + m / 10), (char) ('0' + m % 10), '-', (char) ('0' + d / 10),
            (char) ('0' + d % 10)};
        return new String(c);
    }

    private static int[] number(String t, int i) {
        // One bound instead of two: C2's loop predication on the two-condition form traps to the
        // interpreter on every call in JDK 17 (a profile_predicate deoptimization that never recompiles).
        int limit = Math.min(t.length(), i + 9);
        int j = i;
        while (j < limit && Character.isDigit(t.charAt(j))) j++;
        if (j == i) return null;
        if (j < t.length() && Character.isDigit(t.charAt(j))) return null; // too long to be a date part
        return new int[] {Integer.parseInt(t.substring(i, j)), j};
    }

    private static int wordEnd(String t, int i) {
        int j = i;
        while (j < t.length() && Character.isLetter(t.charAt(j))) j++;
        return j;
    }

    private static int skipSpaces(String t, int i) {
        int j = i;
        while (j < t.length() && (t.charAt(j) == ' ' || t.charAt(j) == '\u00A0')) j++;
        return j;
    }
}
