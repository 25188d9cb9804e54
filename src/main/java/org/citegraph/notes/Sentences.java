package org.citegraph.notes;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a note's sentences end: a period that closes a sentence rather than an initial, an abbreviation
 * ("pp.", "Jan.", "et al."), a contraction ("Dep't") or an abbreviated journal title ("Atl. Monthly Rev. 12");
 * and the trimming of a stretch to its text, keeping an abbreviation's period.
 */
final class Sentences {

    private Sentences() {
    }

    static int trimStart(String t, int from, int to) {
        int s = from;
        while (s < to && (t.charAt(s) == ' ' || t.charAt(s) == ',' || t.charAt(s) == ';')) s++;
        return s;
    }

    /** Drops trailing spaces and the sentence-final period (but keeps an abbreviation's period). */
    static int trimEnd(String t, int from, int to) {
        int e = to;
        while (e > from && t.charAt(e - 1) == ' ') e--;
        if (e > from && t.charAt(e - 1) == '.' && !endsWithAbbreviation(t, from, e - 1)) e--;
        while (e > from && (t.charAt(e - 1) == ' ' || t.charAt(e - 1) == ',' || t.charAt(e - 1) == ';')) e--;
        return e;
    }

    /** Whether the word ending just before {@code dot} is an abbreviation whose period must stay. */
    private static boolean endsWithAbbreviation(String t, int from, int dot) {
        int k = dot;
        while (k > from && t.charAt(k - 1) != ' ' && t.charAt(k - 1) != '(' && dot - k < 20) k--;
        String word = t.substring(k, dot);
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.equals("al") || lower.equals("ed") || lower.equals("eds") || lower.equals("id")
                || lower.equals("ibid") || lower.equals("cit") || lower.equals("jr") || lower.equals("n.d")
                || lower.endsWith(".s") || lower.equals("inc") || lower.equals("co") || lower.equals("trans")
                || lower.equals("ff") || lower.equals("seq"); // "pp. 320 ff.", "art. 3 et seq."
    }

    /**
     * A top-level period followed by a space and an upper-case letter or an opening quote ends a
     * sentence, unless it closes an initial ("S. Neil") or an abbreviation ("pp.", "Jan.",
     * "et al."); a following signal ("See also") ends the sentence even after an abbreviation.
     */
    static boolean isSentenceEnd(String t, int i) {
        int n = t.length();
        if (i + 2 >= n || t.charAt(i + 1) != ' ') return false;
        char next = t.charAt(i + 2);
        if (Character.isDigit(next)) return proseThenVolume(t, i);
        if (!(Character.isUpperCase(next) || next == '\u2018' || next == '\u201C' || next == '"')) return false;
        boolean signalNext = Character.isUpperCase(next) && Signals.mayStartAt(t, i + 2)
                && Signals.atStart(t.substring(i + 2, Math.min(n, i + 2 + 40))) != null;
        if (signalNext) return true;
        int k = i;
        while (k > 0 && t.charAt(k - 1) != ' ' && t.charAt(k - 1) != '(' && i - k < 24) k--;
        String word = t.substring(k, i);
        if (word.isEmpty()) return true;
        char last = word.charAt(word.length() - 1);
        if (!Character.isLetter(last)) return true; // "(p. 479). Next", "pp. 68–72. Next"
        // an initial, unless a Roman numeral after a locator's label: "…, 993 UNTS 243, app. I. Whether …"
        if (word.length() == 1 && Character.isUpperCase(last)) return "IVX".indexOf(last) >= 0 && afterLocatorLabel(t, k);
        if (isInitials(word)) return false; // "J.-P." or "U.N"
        // "…, College Park, MD. He found …": a state's postal code, written without a full stop, ends a place
        if (word.length() == 2 && Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(last) && k >= 2
                && t.startsWith(", ", k - 2)) return true;
        if (Lexicon.isAbbreviation(word)) return false;
        if (contraction(word)) return false;
        // "… delegated to the Secretary of State. Exec. Order No. 13,637, …": a citation that opens with abbreviations
        // follows a word that is none
        if (word.length() >= 4 && Character.isLowerCase(last) && opensWithAbbreviations(t, i + 2)) return true;
        return !abbreviationChain(t, k, i) && !abbreviatedTitle(t, k, i);
    }

    private static boolean opensWithAbbreviations(String t, int at) {
        for (String opener : CITATION_OPENERS) if (t.startsWith(opener, at)) return true;
        return false;
    }

    /** Citations whose first words are abbreviations: an executive order, a proclamation, a public law, a bill. */
    private static final String[] CITATION_OPENERS = {"Exec. Order No. ", "Proclamation No. ", "Pub. L. No. ", "H.R. ", "S. Res. ",
        "H.R. Res. "};

    /** The word before the one at {@code k} labels a locator ("app.", "annex", "Part"). */
    private static boolean afterLocatorLabel(String t, int k) {
        int e = k - 1; // the space before the word
        if (e < 2 || t.charAt(e) != ' ') return false;
        if (t.charAt(e - 1) == '.') e--;
        int s = e;
        while (s > 0 && Character.isLetter(t.charAt(s - 1))) s--;
        return s < e && (s == 0 || t.charAt(s - 1) == ' ') && Parts.isLocatorWord(t.substring(s, e).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "… has not recognized. 22 U.S.C. § 2656k(b)": a word of prose (lower case, four letters or more)
     * ends the sentence, and a citation opening with its volume follows (digits, then a capital).
     */
    private static boolean proseThenVolume(String t, int i) {
        int d = i + 2;
        while (d < t.length() && d - i < 7 && Character.isDigit(t.charAt(d))) d++;
        if (d + 1 >= t.length() || t.charAt(d) != ' ' || !Character.isUpperCase(t.charAt(d + 1))) return false;
        int k = i;
        while (k > 0 && Character.isLetter(t.charAt(k - 1))) k--;
        // "… at its end. 15 C.F.R. § 744.23": three letters make a word of prose too, unless an abbreviation
        if (i - k < 3 || (k > 0 && t.charAt(k - 1) != ' ')) return false;
        if (Character.isUpperCase(t.charAt(k))) return i - k >= 4 && properNameEndsProse(t, k, i);
        for (int j = k; j < i; j++) if (!Character.isLowerCase(t.charAt(j))) return false;
        return !Lexicon.isAbbreviation(t.substring(k, i));
    }

    /**
     * "… jurisdiction over offenses in the United States. 18 U.S.C. § 1596(a)": a sentence of prose may end in a name of
     * up to three capitalised words (the last one of {@code k}..{@code i}) after a lower-case word.
     */
    private static boolean properNameEndsProse(String t, int k, int i) {
        for (int j = k + 1; j < i; j++) if (!Character.isLowerCase(t.charAt(j))) return false;
        if (Lexicon.isAbbreviation(t.substring(k, i))) return false;
        int w = k - 1; // the space before the word
        for (int names = 1; names <= 3 && w > 0; names++) {
            int s = w;
            while (s > 0 && Character.isLetter(t.charAt(s - 1))) s--;
            if (s == w || s > 0 && t.charAt(s - 1) != ' ') return false;
            if (Character.isLowerCase(t.charAt(s))) {
                for (int j = s; j < w; j++) if (!Character.isLowerCase(t.charAt(j))) return false;
                return w - s >= 2 && !Lexicon.isAbbreviation(t.substring(s, w));
            }
            w = s - 1;
        }
        return false;
    }

    /**
     * A reference-list entry listed under its title, "Protocol … (Protocol I). June 8, 1977. 1125 U.N.T.S. 3",
     * with its sentences joined by commas as a note writes them: "Protocol … (Protocol I), June 8, 1977, 1125 U.N.T.S. 3".
     */
    static String sentencesAsParts(String entry) {
        Scan scan = Scan.of(entry);
        StringBuilder b = null;
        for (int i = 1; i + 2 < entry.length(); i++) {
            if (entry.charAt(i) != '.' || !scan.top(i)) continue;
            boolean digitNext = entry.charAt(i + 1) == ' ' && Character.isDigit(entry.charAt(i + 2)) && !Character.isLetter(entry.charAt(i - 1));
            if (!digitNext && !isSentenceEnd(entry, i)) continue;
            if (b == null) b = new StringBuilder(entry);
            b.setCharAt(i, ',');
        }
        return b == null ? entry : b.toString();
    }

    private static final Set<String> NUMBER_LABELS = Set.of(
            "no", "nos", "vol", "vols", "p", "pp", "para", "paras", "art", "arts", "ch", "chap", "sec", "pt", "n", "nn",
            "ser", "doc", "res", "supp", "add", "corr", "fig", "bk", "pl");

    private static boolean monthAt(String t, int i) {
        int e = i;
        while (e < t.length() && Character.isLetter(t.charAt(e))) e++;
        return e > i && e - i <= 9 && Lexicon.month(t.substring(i, e)) != 0;
    }

    /** "Dep't", "Gov't": a capitalised word contracted by an apostrophe before its last one or two letters. */
    private static boolean contraction(String word) {
        int a = Math.max(word.lastIndexOf('\''), word.lastIndexOf('’'));
        if (a < 1 || word.length() - a - 1 < 1 || word.length() - a - 1 > 2 || !Character.isUpperCase(word.charAt(0))) return false;
        for (int i = 0; i < word.length(); i++) if (i != a && !Character.isLetter(word.charAt(i))) return false;
        return true;
    }

    /**
     * "Atl. Monthly Rev. 12", "Mod. Asian Stud. 45": a short capitalised word, at most two whole
     * words, then a short abbreviation followed by a number: one abbreviated journal, not two sentences.
     */
    private static boolean abbreviatedTitle(String t, int wordStart, int dot) {
        if (dot - wordStart > 5 || !Character.isUpperCase(t.charAt(wordStart))) return false;
        int j = dot + 2;
        for (int words = 0; words < 4 && j < t.length(); words++) {
            int e = j;
            while (e < t.length() && (Character.isLetter(t.charAt(e)) || isApostrophe(t, j, e))) e++;
            if (e == j || !Character.isUpperCase(t.charAt(j)) || e >= t.length()) return false;
            // "Harv. Sample L. Rev. 12": an inner abbreviation ("L.") continues the same title
            boolean inner = t.charAt(e) == '.' && e - j <= 2 && e + 2 < t.length() && t.charAt(e + 1) == ' '
                    && Character.isUpperCase(t.charAt(e + 2)) && !NUMBER_LABELS.contains(t.substring(j, e).toLowerCase(Locale.ROOT));
            if (inner) {
                j = e + 2;
                continue;
            }
            if (t.charAt(e) == '.') {
                // "Keeping the Peace. Africa Report No. 301": a number's label is no journal word
                // "Atl. Monthly Rev., Mar. 2019": the outlet may also end its part, before a comma
                boolean numberNext = e + 2 < t.length() && t.charAt(e + 1) == ' ' && Character.isDigit(t.charAt(e + 2));
                boolean partEnds = e + 1 < t.length() && t.charAt(e + 1) == ',';
                // "Atl. Monthly Rev. (Mar. 4, 2004)", "… Rev. Mar. 4, 2004": the date follows
                boolean dateNext = t.startsWith(" (", e + 1) || monthAt(t, e + 2);
                return e - j <= 5 && (numberNext || partEnds || dateNext) && !NUMBER_LABELS.contains(t.substring(j, e).toLowerCase(Locale.ROOT));
            }
            // "Fin. Times (Apr. 4, 2022)", "Fin. Times, Mar. 3, 2022": a whole word ends the outlet, its date follows
            if ((t.startsWith(" (", e) || t.startsWith(", ", e)) && monthAt(t, e + 2)) return true;
            if (t.charAt(e) != ' ') return false;
            if (t.startsWith(" §", e)) return true; // "Cal. Civ. Code § 1714": a code, then its section
            j = e + 1;
        }
        return false;
    }

    /**
     * "J. Ex. Stud.", "Am. Pol. Sci. Rev.": a short capitalised word before the period and another
     * short word ending in a period after it are abbreviations of one title, not two sentences.
     */
    private static boolean abbreviationChain(String t, int wordStart, int dot) {
        int len = dot - wordStart;
        if (len > 5 || !Character.isUpperCase(t.charAt(wordStart))) return false;
        int j = dot + 2;
        int e = j;
        while (e < t.length() && e - j <= 6 && (Character.isLetter(t.charAt(e)) || isApostrophe(t, j, e))) e++;
        if (e == j || e - j > 6 || e >= t.length()) return false;
        // "Harv. Int'l L.J.": a contracted word ("Int'l", "Comm'n") is an abbreviation without a period
        // "Eur. Comm'n, Guidance …": the contracted word may also end the part
        if (t.charAt(e) != '.' && !((t.charAt(e) == ' ' || t.charAt(e) == ',') && CONTRACTED_WORD.matcher(t.substring(j, e)).matches())) return false;
        String next = t.substring(j, e);
        return !next.equals("Ibid") && !next.equals("Id");
    }

    private static final Pattern CONTRACTED_WORD = Pattern.compile("\\p{Lu}\\p{L}*['’]\\p{L}+");

    static boolean isApostrophe(String t, int wordStart, int i) {
        char c = t.charAt(i);
        return (c == '\'' || c == '\u2019') && i > wordStart && i + 1 < t.length() && Character.isLetter(t.charAt(i + 1));
    }

    private static boolean isInitials(String word) {
        // "U.N", "J.-P", "R.B": letters separated by periods
        if (word.indexOf('.') < 0) return false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(Character.isUpperCase(c) || c == '.' || c == '-')) return false;
        }
        return true;
    }
}
