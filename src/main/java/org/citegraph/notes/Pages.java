package org.citegraph.notes;

import java.util.ArrayList;
import java.util.List;

/**
 * Page ranges and pinpoint lists: "471–88" → "471-488", "515–16, 519" → "515-516, 519",
 * "4 and 7" → "4, 7". Ranges use the ASCII hyphen; an abbreviated end takes the start's
 * leading digits. Anything that is not a plain number (roman numerals, "A12", "S1") is kept as
 * written.
 */
final class Pages {

    private Pages() {
    }

    static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2010' || c == '\u2011' || c == '\u2012'
                || c == '\u2212';
    }

    /** Expands one range or single page. */
    static String expandRange(String range) {
        String r = range.strip();
        int dash = -1;
        for (int i = 0; i < r.length(); i++) {
            if (isDash(r.charAt(i))) { dash = i; break; }
        }
        if (dash < 0) return r;
        String a = r.substring(0, dash).strip();
        String b = r.substring(dash + 1).strip();
        while (!b.isEmpty() && isDash(b.charAt(0))) b = b.substring(1).strip(); // "--" typed for a dash
        if (a.isEmpty() || b.isEmpty()) return a.isEmpty() ? b : a;
        if (allDigits(a) && allDigits(b) && b.length() < a.length()) {
            b = a.substring(0, a.length() - b.length()) + b;
        }
        // "e512–21", "e512–e521": an electronic page range keeps its "e" at both ends
        String digits = electronicDigits(a);
        if (digits != null) {
            String end = b.startsWith("e") ? b.substring(1) : b;
            if (allDigits(end)) {
                if (end.length() < digits.length()) end = digits.substring(0, digits.length() - end.length()) + end;
                b = "e" + end;
            }
        }
        return a + "-" + b;
    }

    /** The digits of an electronic page "e512", or null. */
    private static String electronicDigits(String page) {
        return page.length() > 1 && page.charAt(0) == 'e' && allDigits(page.substring(1)) ? page.substring(1) : null;
    }

    /** Normalises a list of pages/ranges ("183, 187, 246–7", "4 and 7", "4, 7 & 9"). */
    static String expandList(String list) {
        List<String> items = new ArrayList<>(4);
        int n = list.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            boolean cut = i == n || list.charAt(i) == ',' || list.charAt(i) == ';' || list.charAt(i) == '&';
            int skip = 1;
            if (!cut && list.startsWith(" and ", i)) {
                cut = true;
                skip = 5;
            }
            if (!cut) continue;
            String p = list.substring(start, Math.min(i, n)).strip();
            if (p.endsWith(".")) p = p.substring(0, p.length() - 1).strip();
            if (!p.isEmpty()) items.add(expandRange(p));
            start = i + skip;
            i += skip - 1;
        }
        return items.isEmpty() ? null : String.join(", ", items);
    }

    static boolean allDigits(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) return false;
        }
        return true;
    }

    /** True for "12", "12-15", "xii", "A12", "S1", "12f", "12ff" — a token that can be a page. */
    static boolean isPageToken(String token) {
        String t = token.strip();
        if (t.isEmpty() || t.length() > 24) return false;
        int dash = -1;
        for (int i = 0; i < t.length(); i++) {
            if (isDash(t.charAt(i))) { dash = i; break; }
        }
        if (dash >= 0) {
            int end = dash + 1;
            while (end < t.length() && isDash(t.charAt(end))) end++;
            return isSinglePage(t.substring(0, dash).strip()) && isSinglePage(t.substring(end).strip());
        }
        return isSinglePage(t);
    }

    private static boolean isSinglePage(String t) {
        if (t.isEmpty()) return false;
        if (allDigits(t)) return t.length() <= 6;
        if (isRoman(t)) return true;
        // "A12", "S1", "12f", "12ff", "12n"
        int i = 0;
        while (i < t.length() && Character.isLetter(t.charAt(i)) && i < 2) i++;
        int digitsStart = i;
        while (i < t.length() && Character.isDigit(t.charAt(i))) i++;
        if (i == digitsStart) return false;
        String tail = t.substring(i);
        if (tail.length() > 1 && (tail.charAt(0) == 'n') && allDigits(tail.substring(1))) return true; // "520n14"
        return tail.isEmpty() || tail.equals("f") || tail.equals("ff") || tail.equals("n") || tail.equals("f.")
                || tail.equals("ff.");
    }

    static boolean isRoman(String t) {
        if (t.isEmpty() || t.length() > 8) return false;
        for (int i = 0; i < t.length(); i++) {
            if ("ivxlcIVXLC".indexOf(t.charAt(i)) < 0) return false;
        }
        return true;
    }
}
