package org.citegraph.notes;

import java.util.Locale;

/**
 * Takes the web parts out of a citation: the address ({@code available at: {…}}, {@code <…>}, or
 * a bare {@code http…}/{@code www.…}), the access date ({@code accessed 3 May 2020},
 * {@code (accessed May 3, 2020)}) and the DOI ({@code doi:10.…}, {@code https://doi.org/10.…}).
 * What is left is the bibliographic text proper.
 */
final class WebParts {

    final String url;
    final String accessed;
    final String doi;
    final String rest;

    private WebParts(String url, String accessed, String doi, String rest) {
        this.url = url;
        this.accessed = accessed;
        this.doi = doi;
        this.rest = rest;
    }

    private static final String[] LEAD_INS = {
        "available at:", "available at", "available from:", "available from", "available online at:",
        "available online at", "available online:", "available online", "online at:", "online at",
        "retrieved from:", "retrieved from", "url:", "at:", "online:",
        // APA: "Retrieved June 2, 2021, from https://…" (the access date is cut separately)
        ", from",
    };

    private static final String[] ACCESS_WORDS = {
        "last accessed on", "last accessed", "accessed on", "accessed", "last visited", "visited",
        "last viewed", "viewed on", "viewed", "consulted on", "consulted", "retrieved on", "retrieved",
    };

    static WebParts extract(String text) {
        if (text.indexOf("http") < 0 && text.indexOf("www.") < 0 && text.indexOf("doi") < 0 && text.indexOf("DOI") < 0) {
            return new WebParts(null, null, null, tidy(text)); // nothing web-like: most citations
        }
        String t = text;
        String url = null;
        String doi = null;
        // 1. the address
        int[] span = findUrl(t);
        if (span != null) {
            url = t.substring(span[2], span[3]);
            t = cut(t, leadInStart(t, span[0]), span[1]);
        }
        // 2. a DOI written on its own
        String lower = t.toLowerCase(Locale.ROOT);
        int d = indexOfWord(lower, "doi:");
        if (d < 0) d = indexOfWord(lower, "doi ");
        if (d >= 0) {
            int s = d + 4;
            while (s < t.length() && t.charAt(s) == ' ') s++;
            int e = s;
            while (e < t.length() && t.charAt(e) != ' ') e++;
            String candidate = trimUrlEnd(t.substring(s, e));
            if (candidate.startsWith("10.")) {
                doi = candidate.toLowerCase(Locale.ROOT);
                t = cut(t, d, s + candidate.length());
            }
        }
        if (url != null) {
            String lu = url.toLowerCase(Locale.ROOT);
            int k = lu.indexOf("doi.org/10.");
            if (k >= 0 && doi == null) doi = lu.substring(k + 8);
        }
        // 3. the access date
        String accessed = null;
        lower = t.toLowerCase(Locale.ROOT);
        // an access date goes with an address; without one, "accessed" is just a word
        for (String w : url == null ? new String[0] : ACCESS_WORDS) {
            int a = indexOfWord(lower, w);
            if (a < 0) continue;
            int s = a + w.length();
            while (s < t.length() && (t.charAt(s) == ' ' || t.charAt(s) == ':')) s++;
            Dates.Parsed p = Dates.find(t, s);
            if (p == null || p.start() != s) continue;
            accessed = p.iso() != null ? p.iso() : p.year();
            int start = a;
            int end = p.end();
            // "(accessed …)" and "[accessed …]" go with their brackets
            int before = start - 1;
            while (before >= 0 && t.charAt(before) == ' ') before--;
            if (before >= 0 && (t.charAt(before) == '(' || t.charAt(before) == '[')) {
                int after = end;
                while (after < t.length() && t.charAt(after) == ' ') after++;
                if (after < t.length() && (t.charAt(after) == ')' || t.charAt(after) == ']')) {
                    start = before;
                    end = after + 1;
                }
            }
            t = cut(t, start, end);
            break;
        }
        if (url != null) t = withoutRevisionWords(t);
        return new WebParts(url, accessed, doi, tidy(t));
    }

    private static final String[] REVISION_WORDS = {"last modified on", "last modified", "last updated on", "last updated",
        "last revised", "modified", "updated"};

    /**
     * Chicago's web page "“Travel Advice,” last modified March 4, 2023, accessed …": the day the page was last changed is
     * its date, so the words before it go and the date stays, as a page's date written alone would.
     */
    private static String withoutRevisionWords(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        for (String w : REVISION_WORDS) {
            int a = indexOfWord(lower, w);
            if (a < 0 || a > 0 && t.charAt(a - 1) != ' ') continue;
            int s = a + w.length();
            while (s < t.length() && t.charAt(s) == ' ') s++;
            Dates.Parsed p = Dates.find(t, s);
            if (p == null || p.start() != s || p.iso() == null) continue;
            // "Harbour Ledger, May 3, 2019, updated May 4, 2019": a piece dated when it was published keeps that date; the
            // later change goes, words and date
            if (a >= 6 && t.startsWith(", ", a - 2) && Character.isDigit(t.charAt(a - 3))) {
                Dates.Parsed published = Dates.find(t, Math.max(0, t.lastIndexOf(", ", a - 3) - 12));
                if (published != null && published.iso() != null && published.end() == a - 2) {
                    return t.substring(0, a - 2) + t.substring(p.end());
                }
            }
            return t.substring(0, a) + t.substring(s);
        }
        return t;
    }

    /**
     * Finds an address: {start of the whole form, end of it, start of the address, end of it}, or null.
     * Braces and angle brackets are removed; a bare address ends at the first space.
     */
    private static int[] findUrl(String t) {
        int n = t.length();
        int h = indexOfAddress(t, 0);
        if (h < 0) return null;
        char before = h > 0 ? t.charAt(h - 1) : ' ';
        if (before == '{' || before == '<' || before == '[') {
            char close = before == '{' ? '}' : before == '<' ? '>' : ']';
            int c = t.indexOf(close, h);
            if (c > h) return new int[] {h - 1, c + 1, h, c};
        }
        int e = h;
        while (e < n && t.charAt(e) != ' ' && t.charAt(e) != '}' && t.charAt(e) != '>') e++;
        String u = trimUrlEnd(t.substring(h, e));
        return new int[] {h, h + u.length(), h, h + u.length()};
    }

    private static int indexOfAddress(String t, int from) {
        int a = t.indexOf("http://", from);
        int b = t.indexOf("https://", from);
        int c = indexOfWord(t, "www.");
        int best = -1;
        for (int x : new int[] {a, b, c}) {
            if (x >= 0 && (best < 0 || x < best)) best = x;
        }
        return best;
    }

    /** Strips sentence punctuation and an unmatched closing bracket from the end of a bare address. */
    static String trimUrlEnd(String u) {
        String s = u;
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            char last = s.charAt(s.length() - 1);
            if (last == '.' || last == ',' || last == ';' || last == ':' || last == '\u201D' || last == '\u2019'
                    || last == '"' || last == '\'') {
                s = s.substring(0, s.length() - 1);
                changed = true;
            } else if (last == ')' && count(s, '(') < count(s, ')')) {
                s = s.substring(0, s.length() - 1);
                changed = true;
            } else if (last == ']' && count(s, '[') < count(s, ']')) {
                s = s.substring(0, s.length() - 1);
                changed = true;
            }
        }
        return s;
    }

    private static int count(String s, char c) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) k++;
        return k;
    }

    /** Where the lead-in before an address starts ("…, available at: {"), so it goes too. */
    private static int leadInStart(String t, int formStart) {
        int k = formStart;
        while (k > 0 && t.charAt(k - 1) == ' ') k--;
        String head = t.substring(Math.max(0, k - 30), k).toLowerCase(Locale.ROOT);
        for (String l : LEAD_INS) {
            if (head.endsWith(l)) {
                int s = k - l.length();
                if (s == 0 || !Character.isLetter(t.charAt(s - 1))) return s;
            }
        }
        return formStart;
    }

    /** Removes [from, to) and the comma or bracket debris it leaves behind. */
    private static String cut(String t, int from, int to) {
        int a = from;
        int b = to;
        while (a > 0 && t.charAt(a - 1) == ' ') a--;
        if (a > 0 && (t.charAt(a - 1) == ',' || t.charAt(a - 1) == '.')) {
            // drop the separator in front unless the removed piece was the whole tail of a sentence
            a--;
        }
        while (b < t.length() && t.charAt(b) == ' ') b++;
        String left = t.substring(0, a);
        String right = t.substring(b);
        if (!left.isEmpty() && !right.isEmpty()) {
            char r = right.charAt(0);
            if (r == ',' || r == '.' || r == ';' || r == ')') return left + right;
            return left + ", " + right;
        }
        return left + right;
    }

    private static String tidy(String t) {
        String s = t.strip();
        while (s.endsWith(",") || s.endsWith(";") || s.endsWith(":")) s = s.substring(0, s.length() - 1).strip();
        if (s.endsWith("()")) s = s.substring(0, s.length() - 2).strip();
        return s;
    }

    private static int indexOfWord(String t, String w) {
        int k = t.indexOf(w);
        while (k > 0 && Character.isLetterOrDigit(t.charAt(k - 1))) k = t.indexOf(w, k + 1);
        return k;
    }
}
