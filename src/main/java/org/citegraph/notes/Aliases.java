package org.citegraph.notes;

import java.util.Locale;
import java.util.Set;

/**
 * The short name a full citation defines for its work, so that later notes can cite it by that
 * name: Bluebook's "[hereinafter VCLT]", Chicago's "(hereafter cited as Kolb, Treaties)", OSCOLA's
 * "(‘Genocide Convention’)" and the bare "(VCLT)" or "(1954 Hague Convention)" after a treaty.
 *
 * <p>The definition is cut out of the text before the citation is parsed: it is no part of the
 * work's description, and left in place it would read as a title's end or hide the pinpoint that
 * follows it ("1155 UNTS 331 (VCLT) art 31").
 */
final class Aliases {

    private Aliases() {
    }

    /** A defined short name and the citation text without its definition. */
    record Defined(String alias, String rest) {
    }

    private static final String[] MARKERS = {"hereinafter cited as", "hereafter cited as", "hereinafter referred to as",
        "hereafter referred to as", "hereinafter", "hereafter"};

    /** Words a bare parenthesis ends with when it names an instrument rather than, say, a court or a party. */
    static final Set<String> INSTRUMENT_WORDS = Set.of("convention", "conventions", "covenant", "treaty", "charter",
            "protocol", "agreement", "statute", "declaration", "articles", "principles", "guidelines", "rules", "regulations",
            "directive", "regulation", "accord", "accords", "code", "pact");

    /**
     * Acronyms in parentheses that name a court, a forum, an organ, a report series or a jurisdiction
     * ("(ICTY)", "(Cth)"), not a short name of the work. Shorter ones are never read as names.
     */
    private static final Set<String> NOT_ALIASES = Set.of("ICJ", "PCIJ", "ICTY", "ICTR", "ECTHR", "IACTHR", "ACTHPR", "CJEU",
            "ECJ", "ITLOS", "ICC", "SCSL", "STL", "PCA", "ICSID", "WTO", "DSB", "UNCITRAL", "UKSC", "UKHL", "UKPC", "EWCA",
            "EWHC", "HCA", "SCC", "CTH", "NSW", "USA", "ECOSOC", "HRC", "ILC", "UNGA", "UNSC", "WLR", "ILM", "ILR", "AJIL",
            "EJIL", "DEC", "PRST", "ADD", "REV", "CORR", "EDS", "TRANS");

    /** The short name {@code text} defines, and the text without the definition; null when it defines none. */
    static Defined find(String text) {
        Defined marked = marked(text);
        // "…, 2023 O.J. (L 14) 9 (EU) (limiting the orders to grave crimes) [hereinafter Orders Regulation]": an explanation
        // before the defined name was no explanation at the citation's end until the name was taken out
        if (marked != null) return new Defined(marked.alias(), Signals.withoutExplanation(marked.rest()));
        // a bare "(VCLT)" or "(‘Genocide Convention’)": the last parenthesis, at the end or before the pinpoint only
        int open = text.lastIndexOf(" (");
        if (open <= 0) return null;
        int end = text.indexOf(')', open);
        if (end < 0) return null;
        String inner = text.substring(open + 2, end).strip();
        String after = text.substring(end + 1).strip();
        if (after.startsWith(",")) after = after.substring(1).strip();
        if (inner.isEmpty() || !after.isEmpty() && !after.equals(".") && Parts.locator(after, false) == null) return null;
        String alias = quotedName(inner);
        if (alias == null) alias = bareName(inner);
        return alias == null ? null : new Defined(alias, join(text.substring(0, open), text.substring(end + 1)));
    }

    /** "[hereinafter VCLT]", "(hereafter cited as ‘the Report’)", anywhere in the citation. */
    private static Defined marked(String text) {
        int h = indexOfIgnoreCase(text, "hereafter");
        if (h < 0) h = indexOfIgnoreCase(text, "hereinafter");
        if (h < 1) return null;
        char open = text.charAt(h - 1);
        // "…, at para. 140; hereinafter Gabčíkovo": without brackets, after a comma or semicolon, to the end
        boolean unbracketed = open == ' ' && h >= 2 && (text.charAt(h - 2) == ',' || text.charAt(h - 2) == ';');
        if (open != '[' && open != '(' && !unbracketed) return null;
        int end = unbracketed ? (text.endsWith(".") ? text.length() - 1 : text.length()) : text.indexOf(open == '[' ? ']' : ')', h);
        if (end < 0) return null;
        String inner = text.substring(h, end);
        String lower = inner.toLowerCase(Locale.ROOT);
        String name = null;
        for (String m : MARKERS) {
            if (lower.startsWith(m)) {
                name = inner.substring(m.length()).strip();
                break;
            }
        }
        if (name == null) return null;
        if (name.startsWith(":")) name = name.substring(1).strip();
        String quoted = quotedName(name);
        if (quoted != null) name = quoted;
        if (name.isEmpty() || name.length() > 80) return null;
        if (unbracketed) return name.indexOf(',') >= 0 && quoted == null ? null : new Defined(name, text.substring(0, h - 2));
        return new Defined(name, join(text.substring(0, h - 1), text.substring(end + 1)));
    }

    /**
     * "‘Genocide Convention’", "“the Report”", "the ‘Rome Statute’": the quoted name; else null. A
     * name is short and no sentence: a quotation such as "[T]he rule is clear." names nothing.
     */
    static String quotedName(String inner) {
        String s = inner.startsWith("the ") ? inner.substring(4) : inner;
        if (!isQuotation(s)) return null;
        String name = s.substring(1, s.length() - 1).strip();
        if (name.isEmpty() || name.length() > 40 || name.indexOf(s.charAt(0)) >= 0) return null;
        if (!Character.isUpperCase(name.charAt(0)) && !Character.isDigit(name.charAt(0))) return null; // (“plea deals are rare”)
        char end = name.charAt(name.length() - 1);
        if (end == '.' || end == '?' || end == '!' || end == ',' || name.indexOf('[') >= 0 || name.indexOf('\u2026') >= 0) return null;
        return name.split(" ").length <= 6 ? name : null;
    }

    /** Text wholly inside one pair of quotation marks. */
    static boolean isQuotation(String s) {
        if (s.length() < 3) return false;
        char q = s.charAt(0);
        char last = s.charAt(s.length() - 1);
        return (q == '\u2018' && last == '\u2019') || (q == '\u201C' && last == '\u201D') || (q == '"' && last == '"')
                || (q == '\'' && last == '\'');
    }

    /**
     * "VCLT", "ICCPR", "1954 Hague Convention", "Genocide Convention": an acronym (two or more capitals,
     * not a court's, a roman numeral or a session number) or capitalised words ending in an instrument's
     * word; else null.
     */
    private static String bareName(String inner) {
        if (inner.length() > 60) return null;
        if (isAcronym(inner)) return NOT_ALIASES.contains(inner.toUpperCase(Locale.ROOT)) || Pages.isRoman(inner) ? null : inner;
        String s = inner.startsWith("the ") ? inner.substring(4) : inner;
        String[] words = s.split(" ");
        if (words.length < 2 || words.length > 6) return null;
        if (!INSTRUMENT_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) return null;
        for (String w : words) {
            if (w.isEmpty()) return null;
            char c = w.charAt(0);
            boolean year = w.length() == 4 && Pages.allDigits(w);
            if (!Character.isUpperCase(c) && !year && !Lexicon.isParticle(w) && !w.equals("on") && !w.equals("of")
                    && !w.equals("for") && !w.equals("and")) return null;
            if (!year && !w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '\u2019' || ch == '\'')) return null;
        }
        return s;
    }

    /** One word of capitals, perhaps with digits, a hyphen or an ampersand: "VCLT", "GATT 1994" is not one. */
    private static boolean isAcronym(String s) {
        if (s.length() < 3 || s.length() > 12) return false;
        int capitals = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) capitals++;
            else if (!Character.isLowerCase(c) && !Character.isDigit(c) && c != '-' && c != '&') return false;
        }
        return capitals >= 2 && capitals * 2 > s.length() && Character.isUpperCase(s.charAt(0));
    }

    private static String join(String before, String after) {
        String a = before.stripTrailing();
        String b = after.strip();
        if (b.isEmpty() || b.equals(".")) return a;
        return b.startsWith(",") || b.startsWith(";") ? a + b : a + " " + b;
    }

    /** Where {@code word} ("hereafter") stands, its first letter in either case; the rest is written in lower case. */
    private static int indexOfIgnoreCase(String text, String word) {
        String tail = word.substring(1);
        for (int i = text.indexOf(tail, 1); i > 0; i = text.indexOf(tail, i + 1)) {
            char c = text.charAt(i - 1);
            if (c == 'h' || c == 'H') return i - 1;
        }
        return -1;
    }
}
