package org.citegraph.notes;

import java.util.Locale;

/**
 * Finds United Nations document symbols in citation text: after a marker ({@code UN Doc X},
 * {@code UN doc. X}, {@code U.N. Doc. X}, {@code UN Document X}) or standing bare at the start of
 * a citation ({@code S/PV.7796, p. 10}). A symbol is an upper-case series root followed by
 * slash-separated components ({@code A/RES/48/237}, {@code S/2016/867}, {@code E/CN.4/2005/L.10/Add.1},
 * {@code S/RES/2334 (2016)}). Deliberately small: decomposition belongs to the {@code un} stage.
 */
final class UnSymbols {

    private UnSymbols() {
    }

    /** A symbol found in text: the canonical symbol and where it sat ({@code start}..{@code end}). */
    record Found(String symbol, int markerStart, int start, int end) {
    }

    private static final String[] MARKERS = {
        "u.n. doc.", "u.n. doc", "un doc.", "un doc", "un document", "u.n. document", "un docs", "u.n. docs",
        "united nations document", "united nations doc.", "u.n. press release", "un press release", "press release",
        "who doc.", "who document"
    };

    /** The first symbol introduced by a UN document marker, or null. */
    static Found afterMarker(String text) {
        return afterMarker(text, text.toLowerCase(Locale.ROOT));
    }

    /** As {@link #afterMarker(String)}, with the text already lower-cased by the caller. */
    static Found afterMarker(String text, String lower) {
        // every marker names a document, or a press release ("press release SC/14012")
        if (lower.indexOf("doc") < 0 && lower.indexOf("release") < 0) return null;
        int from = 0;
        // Each marker's next position is only searched again once passed, so the scan stays linear
        // even in text full of markers without symbols.
        int[] next = new int[MARKERS.length];
        java.util.Arrays.fill(next, -2);
        while (from < lower.length()) {
            int best = -1;
            String bestMarker = null;
            for (int mi = 0; mi < MARKERS.length; mi++) {
                String m = MARKERS[mi];
                if (next[mi] == -2 || (next[mi] >= 0 && next[mi] < from)) next[mi] = lower.indexOf(m, from);
                int k = next[mi];
                if (k >= 0 && (best < 0 || k < best || (k == best && m.length() > bestMarker.length()))) {
                    best = k;
                    bestMarker = m;
                }
            }
            if (best < 0) return null;
            boolean wordStart = best == 0 || !Character.isLetterOrDigit(text.charAt(best - 1));
            int after = best + bestMarker.length();
            if (wordStart) {
                int s = after;
                while (s < text.length() && (text.charAt(s) == ' ' || text.charAt(s) == '\u00A0')) s++;
                int end = symbolEnd(text, s);
                if (end > s) return new Found(canonical(text.substring(s, end)), best, s, end);
            }
            from = best + 1;
        }
        return null;
    }

    /** A symbol at the very start of {@code text} (after spaces), or null. */
    static Found atStart(String text) {
        int s = 0;
        while (s < text.length() && text.charAt(s) == ' ') s++;
        int end = symbolEnd(text, s);
        if (end <= s) return null;
        return new Found(canonical(text.substring(s, end)), s, s, end);
    }

    /**
     * "ISBA/28/C/IWG/CRP.1": the roots of bodies that number their documents in the UN's manner but are no organs of the
     * United Nations (the International Seabed Authority and the Law of the Sea Tribunal, set up by the Convention on the
     * Law of the Sea); their symbols are their own documents' numbers, no UN symbols.
     */
    private static final java.util.Set<String> NOT_UN_ROOTS = java.util.Set.of("ISBA", "ITLOS");

    /**
     * End of a symbol starting at {@code s}, or {@code s} when none starts there. The root is 1–10
     * upper-case letters/digits starting with a letter; at least one slash component must follow
     * and the symbol must contain a digit, so "N/A" and "and/or" are not symbols.
     */
    static int symbolEnd(String t, int s) {
        return symbolEnd(t, s, true);
    }

    /**
     * "ISBA/28/C/IWG/CRP.1. Kingston: …": a document number of a body outside the UN ({@link #NOT_UN_ROOTS}) at the start of
     * the text, as written; null when none stands there.
     */
    static String ownDocumentNumber(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0 || !NOT_UN_ROOTS.contains(text.substring(0, slash))) return null;
        int end = symbolEnd(text, 0, false);
        return end > 0 ? text.substring(0, end) : null;
    }

    private static int symbolEnd(String t, int s, boolean unOnly) {
        int n = t.length();
        int i = s;
        if (i >= n || !Character.isUpperCase(t.charAt(i))) return s;
        while (i < n && i - s < 10 && (Character.isUpperCase(t.charAt(i)) || Character.isDigit(t.charAt(i)))) i++;
        if (i >= n || t.charAt(i) != '/') return whoResolutionEnd(t, s);
        if (unOnly && NOT_UN_ROOTS.contains(t.substring(s, i))) return s;
        boolean digit = false;
        int lastGood = s;
        int components = 0;
        while (i < n && t.charAt(i) == '/') {
            int j = i + 1;
            int compStart = j;
            while (j < n && j - compStart < 24 && isSymbolChar(t.charAt(j))) {
                if (Character.isDigit(t.charAt(j))) digit = true;
                j++;
            }
            // a component ends with a letter, digit or ')' — never with the period of a sentence
            int k = j;
            while (k > compStart && (t.charAt(k - 1) == '.' || t.charAt(k - 1) == '-')) k--;
            if (k == compStart) break;
            components++;
            lastGood = k;
            i = k;
            if (k < j) break; // trailing period: the symbol ends here
        }
        if (components == 0 || !digit) return s;
        // "(2016)" or "(XLIV)" glued or spaced after an SC/ECOSOC resolution number
        int p = lastGood;
        int q = p < n && t.charAt(p) == ' ' ? p + 1 : p;
        if (q < n && t.charAt(q) == '(') {
            int close = t.indexOf(')', q);
            if (close > q && close - q <= 10) {
                String inner = t.substring(q + 1, close);
                if (yearOrSession(inner) || PART.matcher(inner).matches()) p = close + 1; // "A/73/12 (Part II)"
            }
        }
        // "A/70/95–S/2015/446": a joint symbol, one document issued under both organs' symbols
        if (p + 1 < n && (t.charAt(p) == '-' || t.charAt(p) == '\u2013') && Character.isUpperCase(t.charAt(p + 1))) {
            int partner = symbolEnd(t, p + 1);
            if (partner > p + 1 && t.indexOf('/', p + 1) < partner) return partner;
        }
        return p;
    }

    /**
     * End of a WHO governing body's resolution or decision at {@code s} ("WHA77.17", "EB152.R3", "WHA76(9)",
     * "EB152(5)"), which have no slash; {@code s} when none starts there. Their documents ("A77/10",
     * "EB152/12") have the slash and the common shape.
     */
    private static int whoResolutionEnd(String t, int s) {
        int i = t.startsWith("WHA", s) ? s + 3 : t.startsWith("EB", s) ? s + 2 : -1;
        if (i < 0) return s;
        boolean board = i == s + 2;
        int session = digitsEnd(t, i);
        if (session == i || session - i > 3 || session >= t.length()) return s;
        int end;
        if (t.charAt(session) == '(') {
            end = digitsEnd(t, session + 1);
            if (end == session + 1 || end >= t.length() || t.charAt(end) != ')') return s;
            end++;
        } else if (t.charAt(session) == '.') {
            int number = session + 1 + (board ? 1 : 0);
            if (board && !t.startsWith("R", session + 1)) return s;
            end = digitsEnd(t, number);
            if (end == number || end - number > 3) return s;
        } else {
            return s;
        }
        return end < t.length() && Character.isLetterOrDigit(t.charAt(end)) ? s : end;
    }

    private static int digitsEnd(String t, int i) {
        while (i < t.length() && Character.isDigit(t.charAt(i))) i++;
        return i;
    }

    private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile("Part ?[IVX]{1,4}");

    /** "2016", "XLIV", "S-VI", "ES-10" style parentheses after a resolution number. */
    private static boolean yearOrSession(String inner) {
        if (inner.length() == 4 && Pages.allDigits(inner)) return true;
        String r = inner.startsWith("S-") ? inner.substring(2) : inner.startsWith("ES-") ? inner.substring(3) : inner;
        if (r.isEmpty()) return false;
        for (int i = 0; i < r.length(); i++) if ("IVXLC".indexOf(r.charAt(i)) < 0) return false;
        return true;
    }

    private static boolean isSymbolChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '*';
    }

    /** Canonical form: single spaces, no space before a parenthesised year or session, joint symbols joined by "-". */
    static String canonical(String symbol) {
        return symbol.strip().replace(" (", "(").replace('\u2013', '-');
    }

    /** "S/PV.7796" → "s-pv-7796", for work keys. */
    static String slug(String symbol) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < symbol.length(); i++) {
            char c = Character.toLowerCase(symbol.charAt(i));
            if (Character.isLetterOrDigit(c)) b.append(c);
            else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') b.append('-');
        }
        while (b.length() > 0 && b.charAt(b.length() - 1) == '-') b.setLength(b.length() - 1);
        return b.toString();
    }

    /**
     * Resolutions cited by organ and number without a symbol: "G.A. Res. 48/237" → A/RES/48/237,
     * "S.C. Res. 2334 (2016)" → S/RES/2334(2016), "General Assembly resolution 59/50",
     * "Security Council resolution 1325 (2000)". Returns null when the text has none.
     */
    static Found resolution(String text) {
        return resolution(text, text.toLowerCase(Locale.ROOT));
    }

    /** As {@link #resolution(String)}, with the text already lower-cased by the caller. */
    static Found resolution(String text, String lower) {
        if (lower.indexOf("res") < 0) return null; // every form names a resolution
        String[][] forms = {
            {"g.a. res.", "A"}, {"ga res", "A"}, {"unga res", "A"}, {"general assembly resolution", "A"},
            {"s.c. res.", "S"}, {"sc res", "S"}, {"unsc res", "S"}, {"security council resolution", "S"},
        };
        for (String[] f : forms) {
            int k = lower.indexOf(f[0]);
            if (k < 0 || (k > 0 && Character.isLetterOrDigit(text.charAt(k - 1)))) continue;
            int i = k + f[0].length();
            if (i < text.length() && text.charAt(i) == '.' && !f[0].endsWith(".")) i++; // "GA Res. 56/83"
            while (i < text.length() && text.charAt(i) == ' ') i++;
            int j = i;
            while (j < text.length() && j - i < 16 && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '/'
                    || text.charAt(j) == '-' || (j > i && Character.isUpperCase(text.charAt(j)) && text.charAt(j - 1) == '-'))) j++;
            if (j == i || !Character.isDigit(text.charAt(i))) continue;
            String number = text.substring(i, j);
            String symbol = f[1] + "/RES/" + number;
            int end = j;
            int q = j < text.length() && text.charAt(j) == ' ' ? j + 1 : j;
            // "GA Res. 56/83 (2001)": a year after a session-numbered resolution dates it, and is no part of its symbol
            boolean sessionNumbered = f[1].equals("A") && number.indexOf('/') > 0;
            if (!sessionNumbered && q < text.length() && text.charAt(q) == '(') {
                int close = text.indexOf(')', q);
                if (close > q && close - q <= 10) {
                    String inner = text.substring(q + 1, close);
                    if (yearOrSession(inner)) {
                        symbol += "(" + inner + ")";
                        end = close + 1;
                    }
                }
            }
            return new Found(symbol, k, i, end);
        }
        return null;
    }
}
