package org.citegraph.notes;

import java.util.ArrayList;
import java.util.List;

/**
 * Quote- and bracket-aware view of a piece of note text: which characters stand at the top level
 * (outside quotation marks, parentheses, square brackets and URL braces), and where the quoted
 * spans are. Everything is computed in one left-to-right pass, so any text costs linear time.
 *
 * <p>Typographic quotes are ambiguous: ’ is both an apostrophe and a closing single quote. It
 * closes a quote only when no letter or digit follows it ("Russia’s" keeps it open). A quote
 * that never closes, or a bracket that never closes, makes the whole view "unbalanced"; callers
 * then scan again with that kind of delimiter ignored, so one stray mark cannot swallow a note.
 */
final class Scan {

    /** What to treat as a delimiter. */
    enum Mode { ALL, NO_QUOTES, NO_BRACKETS, NOTHING }

    private static final int MAX_NESTING = 16;

    final String text;
    /** {@code depth[i] == 0}: character i stands at the top level. */
    private final byte[] depth;
    private final List<int[]> quoteSpans;
    private final boolean balanced;
    private boolean degraded;

    private Scan(String text, byte[] depth, List<int[]> quoteSpans, boolean balanced) {
        this.text = text;
        this.depth = depth;
        this.quoteSpans = quoteSpans;
        this.balanced = balanced;
    }

    /** Scans with all delimiters, falling back to fewer when the text leaves some open. */
    static Scan of(String text) {
        Scan all = scan(text, Mode.ALL);
        if (all.balanced) return all;
        Scan noQuotes = scan(text, Mode.NO_QUOTES);
        Scan chosen;
        if (noQuotes.balanced) chosen = noQuotes.withQuotesFrom(all);
        else {
            Scan noBrackets = scan(text, Mode.NO_BRACKETS);
            chosen = noBrackets.balanced ? noBrackets : scan(text, Mode.NOTHING);
        }
        chosen.degraded = true;
        return chosen;
    }

    /** True when some quotation mark or bracket never closed and the scan had to ignore that kind. */
    boolean degraded() {
        return degraded;
    }

    boolean balanced() {
        return balanced;
    }

    boolean top(int i) {
        return depth[i] == 0;
    }

    int length() {
        return text.length();
    }

    /** Quoted spans at the top level, as {openIndex, closeIndex} (the quote characters themselves). */
    List<int[]> quoteSpans() {
        return quoteSpans;
    }

    /** Index of the first top-level occurrence of {@code c} at or after {@code from}, or -1. */
    int indexOfTop(char c, int from) {
        for (int i = Math.max(0, from); i < text.length(); i++) {
            if (text.charAt(i) == c && depth[i] == 0) return i;
        }
        return -1;
    }

    /** Index of the first top-level occurrence of {@code s} at or after {@code from}, or -1. */
    int indexOfTop(String s, int from) {
        int i = text.indexOf(s, Math.max(0, from));
        while (i >= 0) {
            if (depth[i] == 0) return i;
            i = text.indexOf(s, i + 1);
        }
        return -1;
    }

    /** "13,224", "49,079": a comma between a digit and three digits groups thousands; it separates nothing. */
    private boolean thousands(int i) {
        int n = text.length();
        if (i == 0 || i + 3 >= n || !Character.isDigit(text.charAt(i - 1))) return false;
        for (int k = i + 1; k <= i + 3; k++) if (!Character.isDigit(text.charAt(k))) return false;
        return i + 4 == n || !Character.isDigit(text.charAt(i + 4));
    }

    /** Splits at top-level commas; parts are trimmed, empty parts dropped. */
    List<String> splitTopCommas(int from, int to) {
        List<String> parts = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ',' && depth[i] == 0 && !thousands(i)) {
                addTrimmed(parts, start, i);
                start = i + 1;
            }
        }
        addTrimmed(parts, start, to);
        return parts;
    }

    /** Like {@link #splitTopCommas} but gives {start, end} spans of the trimmed parts. */
    List<int[]> spansTopCommas(int from, int to) {
        List<int[]> spans = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || (text.charAt(i) == ',' && depth[i] == 0 && !thousands(i))) {
                int a = start;
                int b = i;
                while (a < b && text.charAt(a) == ' ') a++;
                while (b > a && text.charAt(b - 1) == ' ') b--;
                if (b > a) spans.add(new int[] {a, b});
                start = i + 1;
            }
        }
        return spans;
    }

    private void addTrimmed(List<String> parts, int from, int to) {
        String p = text.substring(from, to).strip();
        if (!p.isEmpty()) parts.add(p);
    }

    private Scan withQuotesFrom(Scan other) {
        // Keep the quoted spans the full scan found before it lost its way: titles before the
        // stray mark are still titles.
        return new Scan(text, depth, other.quoteSpans, balanced);
    }

    static Scan scan(String text, Mode mode) {
        boolean quotes = mode == Mode.ALL || mode == Mode.NO_BRACKETS;
        boolean brackets = mode == Mode.ALL || mode == Mode.NO_QUOTES;
        int n = text.length();
        byte[] depth = new byte[n];
        List<int[]> spans = new ArrayList<>();
        char[] stack = new char[MAX_NESTING];
        int[] openedAt = new int[MAX_NESTING];
        int sp = 0;
        int overflow = 0; // nesting deeper than the stack: counted, not tracked
        boolean balanced = true;
        char[] chars = text.toCharArray(); // every character is read up to three times: no bounds checks on the string
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (!mayDelimit(c)) {
                // most characters open and close nothing: they just take the current depth
                depth[i] = clamp(sp + overflow);
                continue;
            }
            char prev = i > 0 ? chars[i - 1] : ' ';
            char next = i + 1 < n ? chars[i + 1] : ' ';
            int level = sp + overflow;
            char top = sp > 0 ? stack[sp - 1] : 0;
            if (top == '{') {
                // URL braces are opaque: quotes and brackets inside an address mean nothing.
                depth[i] = clamp(level);
                if (c == '}') { sp--; depth[i] = clamp(level); }
                continue;
            }
            char open = 0;
            boolean close = false;
            if (brackets && (c == '(' || c == '[' || c == '{')) {
                open = c;
            } else if (brackets && (c == ')' || c == ']')) {
                char want = c == ')' ? '(' : '[';
                int k = findOpen(stack, sp, want);
                if (k >= 0) { sp = k + 1; close = true; }
            } else if (quotes) {
                switch (c) {
                    case '\u2018' -> { if (!Character.isLetterOrDigit(prev)) open = c; }
                    case '\u2019' -> {
                        if (!Character.isLetterOrDigit(next) && !pluralPossessive(chars, i)) {
                            int k = findOpen(stack, sp, '\u2018');
                            if (k >= 0) { sp = k + 1; close = true; }
                        }
                    }
                    case '\u201C' -> open = c;
                    case '\u201D' -> {
                        int k = findOpen(stack, sp, '\u201C');
                        if (k >= 0) { sp = k + 1; close = true; }
                    }
                    case '"' -> {
                        if (top == '"') close = true;
                        else if (!Character.isLetterOrDigit(prev)) open = c;
                    }
                    case '\'' -> {
                        if (top == '\'' && !Character.isLetterOrDigit(next)) close = true;
                        else if (!Character.isLetterOrDigit(prev) && (Character.isLetterOrDigit(next) || next == '"'
                                || next == '\u201C') && straightSingleCloses(text, i + 1)) open = c;
                    }
                    default -> { }
                }
            }
            if (open != 0) {
                depth[i] = clamp(level);
                if (sp < MAX_NESTING) { stack[sp] = open; openedAt[sp] = i; sp++; } else overflow++;
            } else if (close) {
                sp--;
                depth[i] = clamp(sp + overflow);
                char kind = stack[sp];
                if (sp == 0 && overflow == 0 && isQuote(kind)) spans.add(new int[] {openedAt[sp], i});
            } else {
                depth[i] = clamp(level);
            }
        }
        if (sp > 0 || overflow > 0) balanced = false;
        return new Scan(text, depth, spans, balanced);
    }

    /**
     * "‘Complementarity and the victims’ perspective’": after a plural's s and before a lower-case word, ’ is
     * the possessive's apostrophe when another ’ follows that can close the quote (before the next ‘, at
     * most 200 characters on). "‘The rights of victims’ in A (ed)" keeps its closing quote: "in" follows.
     */
    private static boolean pluralPossessive(char[] chars, int i) {
        int n = chars.length;
        if (i == 0 || chars[i - 1] != 's' || i + 2 >= n || chars[i + 1] != ' ' || !Character.isLowerCase(chars[i + 2])) return false;
        int w = i + 2;
        while (w < n && Character.isLetter(chars[w])) w++;
        int len = w - (i + 2);
        if (len <= 3 && (len == 2 && chars[i + 2] == 'i' && chars[i + 3] == 'n' || len == 3 && chars[i + 2] == 'a' && chars[i + 3] == 'n')) {
            return false; // "in", "and": the quotation closed, the citation goes on
        }
        for (int j = w, limit = Math.min(n, i + 200); j < limit; j++) {
            if (chars[j] == '\u2018') return false;
            if (chars[j] == '\u2019' && (j + 1 == n || !Character.isLetterOrDigit(chars[j + 1]))) return true;
        }
        return false;
    }

    /**
     * A straight apostrophe opens a quote only when a plausible closing one follows before the
     * next semicolon: "the '90s" and "O'Brien" must not open anything. The look-ahead stops at the
     * first candidate, so a run of apostrophes is still scanned in linear time overall only if
     * candidates are rare; it is bounded to keep the worst case linear.
     */
    private static boolean straightSingleCloses(String text, int from) {
        int limit = Math.min(text.length(), from + 400);
        for (int j = from; j < limit; j++) {
            char c = text.charAt(j);
            if (c == ';') return false;
            if (c == '\'') {
                char after = j + 1 < text.length() ? text.charAt(j + 1) : ' ';
                if (!Character.isLetterOrDigit(after)) return true;
            }
        }
        return false;
    }

    /** Brackets, braces and quotation marks: the only characters that can change the depth. */
    private static boolean mayDelimit(char c) {
        return switch (c) {
            case '(', ')', '[', ']', '{', '}', '"', '\'', '\u2018', '\u2019', '\u201C', '\u201D' -> true;
            default -> false;
        };
    }

    private static boolean isQuote(char c) {
        return c == '\u2018' || c == '\u201C' || c == '"' || c == '\'';
    }

    private static int findOpen(char[] stack, int sp, char want) {
        // Only look a few levels down: a closing mark far from its opener is more likely noise.
        for (int k = sp - 1; k >= 0 && k >= sp - 3; k--) {
            if (stack[k] == want) return k;
        }
        return -1;
    }

    private static byte clamp(int level) {
        return (byte) Math.min(level, 100);
    }

    static boolean isOpeningQuote(char c) {
        return c == '\u2018' || c == '\u201C' || c == '"' || c == '\'';
    }
}
