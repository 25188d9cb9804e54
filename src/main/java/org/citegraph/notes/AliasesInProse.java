package org.citegraph.notes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the short names an article defined ("(hereafter Hague Regulations)", "[hereinafter VCLT]") where a note uses
 * them with a pinpoint inside running prose that the splitter left to no citation: "… relied on the occupant’s duty
 * under Hague Regulations, art. 43 (…)", "… the kind of penalty that Fourth Convention, art. 33, prohibits", "… the
 * Court’s insistence, in Orsova Valley Opinion, para. 99, that …". A defined name is the author's own label for a
 * work, so a name followed by a provision or page is a citation of it wherever it stands.
 */
final class AliasesInProse {

    private AliasesInProse() {
    }

    /** How a name may stand in prose to cite its work. */
    enum Use {
        /** A name the article defined, or a case's first party: any pinpoint but a bare number follows it. */
        DEFINED,
        /** A case's name before its parties ("Corfu Channel, 22, …"): a bare page may follow it too. */
        CASE_NAME,
        /** The opening words of a title: after "the", with a labelled pinpoint ("the Harbourne Manual, rule 39"). */
        SHORT_TITLE
    }

    record Name(String text, Use use) {
    }

    /**
     * The [start, end) of each defined name with its pinpoint in {@code text} outside the spans already {@code cited}
     * (each [start, end), in order), in text order; a third value, where one is found inside a cited span after a clause
     * of prose, is where that span must end instead, else -1.
     *
     * @param aliases the defined names, longest first (a longer name is tried before one it holds)
     */
    static List<int[]> find(Scan scan, List<int[]> cited, List<Name> aliases) {
        List<int[]> found = new ArrayList<>(0);
        if (aliases.isEmpty()) return found;
        String t = scan.text;
        for (Name name : aliases) {
            String alias = name.text();
            for (int k = t.indexOf(alias); k >= 0; k = t.indexOf(alias, k + 1)) {
                int e = k + alias.length();
                if (k > 0 && Character.isLetterOrDigit(t.charAt(k - 1)) || !scan.top(k)) continue;
                if (name.use() == Use.SHORT_TITLE && !afterThe(t, k)) continue;
                int pinEnd = pinpointAfter(scan, e, name.use() == Use.CASE_NAME);
                if (pinEnd < 0 || overlaps(found, k, pinEnd)) continue;
                int[] in = spanHolding(cited, k);
                // "…, pp. 38–41, and the Court’s own insistence, in Orsova Valley Opinion, para. 99, that …": a citation that
                // ran on into the clause holding the name ends where the clause starts
                int cut = in == null ? -1 : clauseBefore(t, in[0], k);
                if (in != null && cut < 0 || in == null && overlaps(cited, k, pinEnd)) continue;
                found.add(new int[] {k, pinEnd, in == null ? -1 : cut});
            }
        }
        found.sort((a, b) -> Integer.compare(a[0], b[0]));
        return found;
    }

    private static boolean afterThe(String t, int k) {
        return k >= 4 && (t.startsWith("the ", k - 4) || t.startsWith("The ", k - 4))
                && (k == 4 || !Character.isLetterOrDigit(t.charAt(k - 5)));
    }

    private static int[] spanHolding(List<int[]> spans, int at) {
        for (int[] span : spans) if (span[0] <= at && at < span[1]) return span;
        return null;
    }

    /**
     * Inside a citation from {@code start}, before the name at {@code name}: the comma after the citation's last pinpoint
     * (a digit or a bracket before it) that opens a clause of prose in lower case running to the name with no digit,
     * quotation or bracket; where the comma stands, or -1.
     */
    private static int clauseBefore(String t, int start, int name) {
        for (int c = t.lastIndexOf(", ", name - 1); c > start; c = t.lastIndexOf(", ", c - 1)) {
            char before = t.charAt(c - 1);
            if (Character.isDigit(before) || before == ')') {
                if (c + 2 >= name || !Character.isLowerCase(t.charAt(c + 2))) return -1;
                for (int i = c + 2; i < name; i++) {
                    char ch = t.charAt(i);
                    // "…, does the work that ‘imminent’ cannot, and …": a word of prose quoted in lower case may stand in it
                    boolean quotedWord = (Scan.isOpeningQuote(ch) || ch == '"') && i + 1 < name && Character.isLowerCase(t.charAt(i + 1));
                    if (Character.isDigit(ch) || ch == '(' || ch == ')' || ch == ';' || (Scan.isOpeningQuote(ch) || ch == '"') && !quotedWord) {
                        return -1;
                    }
                }
                return Prose.lowerCaseWords(t, c + 2, name) >= 2 ? c : -1;
            }
        }
        return -1;
    }

    /**
     * After a name at {@code e}: ", art. 43", " art. 43", ", paras. 102–4", the provision or page that makes the name a
     * citation, up to the next comma, semicolon, bracket or sentence end. Where it ends, or -1.
     */
    private static int pinpointAfter(Scan scan, int e, boolean barePage) {
        String t = scan.text;
        // "the Division Treaty (annex B, art. 4(2)) gave …": the pinpoint in brackets after the name
        if (t.startsWith(" (", e)) {
            int close = NoteSplitter.closingBracket(t, e + 1, t.length());
            Parts.Locator loc = close < 0 ? null : Parts.locators(t.substring(e + 2, close), false);
            return loc != null && !loc.kind().equals("bare") ? close + 1 : -1;
        }
        int s = t.startsWith(", ", e) ? e + 2 : t.startsWith(" art", e) ? e + 1 : -1;
        if (s < 0 || s >= t.length()) return -1;
        int stop = s;
        while (stop < t.length()) {
            char c = t.charAt(stop);
            // "art. 87(b)": a bracket straight after the number is part of the provision
            boolean bracket = c == '(' && t.charAt(stop - 1) == ' ' || c == ')' && t.lastIndexOf('(', stop) < s;
            if (c == ';' || c == ':' || bracket || (c == ',' || c == '.' && Sentences.isSentenceEnd(t, stop)) && scan.top(stop)) break;
            stop++;
        }
        int end = Sentences.trimEnd(t, s, stop);
        if (end <= s) return -1;
        Parts.Locator loc = Parts.locators(t.substring(s, end), false);
        // a provision or a paragraph, or pages with their label: a bare number after a name may be anything, but after
        // a case's name it is the page of its report, when the clause goes on or the sentence ends after it
        if (loc == null && barePage && barePage(t, s, end)) return end;
        if (loc == null || loc.kind().equals("bare")) return -1;
        // "art. 7, commentary, para. 3": the pinpoint goes on over parts that are locators too
        while (t.startsWith(", ", end)) {
            int next = scan.indexOfTop(',', end + 2);
            int partEnd = Sentences.trimEnd(t, end + 2, next < 0 ? t.length() : next);
            String part = t.substring(end + 2, partEnd);
            if (!part.equals("commentary") && Parts.locator(part, false) == null) break;
            end = partEnd;
        }
        return end;
    }

    /** "22", "131–35" from {@code s} to {@code end}, then a comma, a semicolon or the sentence's end; not a year. */
    private static boolean barePage(String t, int s, int end) {
        int i = s;
        while (i < end && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '\u2013' || t.charAt(i) == '-')) i++;
        if (i != end || !Character.isDigit(t.charAt(s))) return false;
        if (end - s == 4 && (t.startsWith("19", s) || t.startsWith("20", s))) return false;
        return end == t.length() || t.charAt(end) == ',' || t.charAt(end) == ';' || Sentences.isSentenceEnd(t, end);
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] span : spans) if (start < span[1] && span[0] < end) return true;
        return false;
    }
}
