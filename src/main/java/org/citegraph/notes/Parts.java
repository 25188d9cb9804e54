package org.citegraph.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small recognisers for the comma-separated parts of a citation: locators ("pp. 471–88",
 * "at 5", "para. 12"), volume and issue ("27:3", "vol. 27", "no. 152"), parenthesised groups,
 * imprints ("Cambridge: Polity Press, 2014") and keywords ("ed.", "trans.", "2nd edn").
 * All scan their input once.
 */
final class Parts {

    private Parts() {
    }

    /** A part split into its head, the parenthesised groups that follow it, and what comes after. */
    record Split(String head, List<String> parens, String after) {
    }

    /** "The Diplomat (14 November 2020)" → head "The Diplomat", parens ["14 November 2020"]. */
    static Split split(String part) {
        int open = part.indexOf('(');
        if (open < 0) return new Split(part.strip(), List.of(), "");
        List<String> parens = new ArrayList<>(2);
        int i = open;
        int n = part.length();
        int lastEnd = open;
        while (i < n && part.charAt(i) == '(') {
            int depth = 0;
            int j = i;
            for (; j < n; j++) {
                char c = part.charAt(j);
                if (c == '(') depth++;
                else if (c == ')' && --depth == 0) break;
            }
            if (j >= n) return new Split(part.strip(), List.of(), ""); // unbalanced: keep whole
            parens.add(part.substring(i + 1, j).strip());
            lastEnd = j + 1;
            i = j + 1;
            while (i < n && part.charAt(i) == ' ') i++;
        }
        return new Split(part.substring(0, open).strip(), parens, part.substring(lastEnd).strip());
    }

    /**
     * "Title [Geneva: IPCC, 2022], 14–17": Chicago writes an imprint or a date in square brackets when the citation
     * stands inside parentheses; the text with each such imprint or date in parentheses, as elsewhere. Other
     * brackets stay.
     */
    static String bracketedImprints(String text) {
        int open = text.indexOf('[');
        if (open < 0) return text;
        StringBuilder b = null;
        int copied = 0;
        for (; open >= 0; open = text.indexOf('[', open + 1)) {
            int close = text.indexOf(']', open);
            if (close < 0) break;
            String inner = text.substring(open + 1, close);
            String[] imp = inner.indexOf(':') > 0 && inner.indexOf('[') < 0 ? imprint(inner) : null;
            // "UN Doc. A/HRC/55/61 [January 9, 2024]": a full date, bracketed for the same reason
            Dates.Parsed date = imp == null && inner.length() <= 20 ? Dates.whole(inner) : null;
            boolean dated = date != null && date.iso() != null || imp == null && (courtThenDate(inner) || yearBeforeLocator(text, open, close));
            if (!dated && (imp == null || imp[0] == null || imp[2] == null)) continue;
            if (b == null) b = new StringBuilder(text.length());
            b.append(text, copied, open).append('(').append(inner).append(')');
            copied = close + 1;
        }
        return b == null ? text : b.append(text, copied, text.length()).toString();
    }

    /** "ECtHR, October 14, 2014": a court's short name, then a full date, as a decision's parenthesis holds them. */
    private static boolean courtThenDate(String inner) {
        int comma = inner.indexOf(", ");
        if (comma <= 0 || comma > 30 || inner.length() > 60) return false;
        for (int i = 0; i < comma; i++) if (Character.isDigit(inner.charAt(i))) return false;
        Dates.Parsed date = Dates.whole(inner.substring(comma + 2));
        return date != null && date.iso() != null;
    }

    /**
     * "UN Doc. ST/LEG/7/Rev.1 [1999], paras. 297–303": a year alone in brackets, then a comma or the end. A law report's
     * year before its volume or series ("[2001] UKHL 23", "[1999] 1 AC 147") is followed by a space and stays.
     */
    private static boolean yearBeforeLocator(String text, int open, int close) {
        if (close - open != 5 || !Pages.allDigits(text.substring(open + 1, close))) return false;
        return close + 1 == text.length() || text.charAt(close + 1) == ',' || text.charAt(close + 1) == ')';
    }

    /** A locator as written: its normalised value and kind. */
    record Locator(String value, String kind, boolean range) {
    }

    /**
     * A locator, or several of different kinds after one another ("at 190, para. 73", "p. 12, n. 4"),
     * joined as the full citations' pinpoints are. Null when any part is no locator.
     */
    static Locator locators(String text, boolean allowBare) {
        Locator whole = locator(text, allowBare);
        if (whole != null || text.indexOf(", ") < 0) return whole;
        StringBuilder value = new StringBuilder();
        Locator first = null;
        for (String part : text.split(", ")) {
            Locator loc = locator(part, first == null && allowBare);
            if (loc == null) return null;
            if (first == null) first = loc;
            else value.append(", ");
            value.append(loc.value());
        }
        return new Locator(value.toString(), first.kind(), false);
    }

    /** "commentary" of "art. 7, commentary, para. 5": the commentary to a provision of the International Law Commission's texts. */
    static boolean commentary(String part) {
        String p = part.strip();
        if (p.endsWith(".")) p = p.substring(0, p.length() - 1);
        return p.equals("commentary") || p.equals("commentaries");
    }

    /**
     * "74 and 83", "3–5 and 7": numbered provisions keep the "and" they are listed with ("arts. 74 and 83",
     * as annotators write them), pages do not; ranges are expanded all the same.
     */
    private static String provisionList(String list) {
        int and = list.lastIndexOf(" and ");
        if (and < 0) return Pages.expandList(list);
        return Pages.expandList(list.substring(0, and)) + " and " + Pages.expandList(list.substring(and + 5));
    }

    /** A comma, then a lower-case word of prose (not a locator's label nor a remark a citation keeps), in {@code rest}. */
    private static boolean clauseAfterComma(String rest) {
        for (int c = rest.indexOf(", "); c >= 0; c = rest.indexOf(", ", c + 2)) {
            int w = c + 2;
            int e = w;
            while (e < rest.length() && Character.isLetter(rest.charAt(e))) e++;
            String word = rest.substring(w, e);
            if (word.length() >= 4 && Character.isLowerCase(word.charAt(0)) && !isLocatorWord(word) && !CITATION_REMARKS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> CITATION_REMARKS = java.util.Set.of("emphasis", "citing", "quoting", "footnote",
            "footnotes", "internal", "italics", "translation", "passim", "especially", "original");

    /**
     * Reads a locator ("p. 5", "pp. 183, 187, 246–7", "at 5", "para. 12", "paras 4–6", "[12]",
     * "s. 3", "art. 5", or bare page numbers "278, 296" when {@code allowBare}). Null otherwise.
     */
    static Locator locator(String text, boolean allowBare) {
        String s = text.strip();
        // "esp. 101–40", "esp. chap. 5", "especially 119–47": the part that matters most of a work cited; that part is
        // the pinpoint
        int emphasis = s.startsWith("esp. ") ? 5 : s.startsWith("especially ") ? 11 : -1;
        if (emphasis > 0 && s.length() > emphasis) {
            if (Character.isDigit(s.charAt(emphasis))) s = s.substring(emphasis);
            else return locator(s.substring(emphasis), allowBare);
        }
        if (s.equals("passim")) return new Locator("passim", "p", false); // "Title, passim": throughout the work
        // "…, 36 Stat. 2277, annex, art. 54": the annex of a treaty, before the provision cited in it
        if (s.equals("annex")) return new Locator("annex", "para", false);
        // "art. 7, commentary, para. 5": the commentary to an article of the International Law Commission's texts
        if (commentary(s)) return new Locator(s.endsWith(".") ? s.substring(0, s.length() - 1) : s, "para", false);
        // "61–62 and n. 14": the pages and a footnote on them, as "at 1230 & n.88" is read
        int andNote = s.indexOf(" and n. ");
        if (andNote > 0 && andNote + 8 < s.length() && Character.isDigit(s.charAt(andNote + 8))) {
            s = s.substring(0, andNote) + " n. " + s.substring(andNote + 8);
        }
        if (s.isEmpty() || !mayStartLocator(s)) return null;
        while (s.endsWith(".") && !s.endsWith("ff.") && !s.endsWith("f.")) s = s.substring(0, s.length() - 1).strip();
        if (s.isEmpty()) return null;
        String lower = s.substring(0, Math.min(s.length(), 16)).toLowerCase(Locale.ROOT);
        for (String[] pr : pagePrefixes(lower.charAt(0))) {
            if (lower.startsWith(pr[0])) {
                String rest = s.substring(pr[0].length()).strip();
                if (rest.isEmpty()) return null;
                if (pr[1].equals("at") && rest.startsWith("[")) return new Locator(rest, "para", false);
                // "at *3": a page of an electronic database's copy (Westlaw, Lexis), starred as written
                if (pr[1].equals("at") && rest.length() > 1 && rest.charAt(0) == '*' && pageList(rest.substring(1))) {
                    return new Locator("*" + Pages.expandList(rest.substring(1)), "at", false);
                }
                if (pr[1].equals("at")) {
                    Locator inner = locator(rest, false); // "at p. 9", "at para. 4"
                    if (inner != null) return new Locator(inner.value(), inner.kind().equals("para") ? "para" : "at", false);
                }
                int note = noteSuffix(rest);
                if (note > 0 && pageList(rest.substring(0, note))) {
                    // "at 150 n.41", "p. 12 n. 3": the page, then the footnote on it, as written
                    return new Locator(Pages.expandList(rest.substring(0, note).strip()) + " " + rest.substring(note + 1).strip(),
                            pr[1], false);
                }
                if (!pageList(rest)) {
                    if (pr[1].equals("at")) return null;
                    // "p. 5 n. 3" and the like: keep the text after the prefix
                    if (!Character.isLetterOrDigit(rest.charAt(0))) return null;
                    if (!Character.isDigit(rest.charAt(0)) && !Pages.isRoman(firstToken(rest))) return null;
                    if (clauseAfterComma(rest)) return null; // "p. 141, thinks enough": the page, then a clause of prose
                    return new Locator(rest, pr[1], false);
                }
                String v = Pages.expandList(rest);
                return new Locator(v, pr[1], isRange(v));
            }
        }
        for (String[] pr : otherPrefixes(lower.charAt(0))) {
            if (lower.startsWith(pr[0])) {
                String rest = s.substring(pr[0].length()).strip();
                if (rest.isEmpty() || !Character.isLetterOrDigit(rest.charAt(0))) return null;
                // "r. 14" is a rule only in lower case and numbered: "R. Keohane" is a name
                if (pr == R_WORD_OTHER[0] && (s.charAt(0) != 'r' || !Character.isDigit(rest.charAt(0)))) return null;
                // OSCOLA's section "s 3" is numbered: "S Lalonde" is a name
                // "sec. 4", "sec. IV" are numbered: "Sec. Class Action Tracker" is a name ("Securities" abbreviated)
                if (pr == S_OTHER[0] && !Character.isDigit(rest.charAt(0)) && !upperRoman(firstToken(rest))) return null;
                if ((pr == S_OTHER[1] || pr == S_OTHER[2] || pr == C_OTHER[7] || pr == C_OTHER[10] || pr == C_OTHER[11]
                        || pr == A_OTHER[3]) && !Character.isDigit(rest.charAt(0))) return null; // and British "arts 8 and 9"
                // "principle 2" of a declaration; "Principles of Law" is a title
                // "principle 2", "rule 1", "book 3", "app. III" are numbered; "Principles of Law", "Book Title", "App. No." are not
                if ((pr[0].startsWith("princ") || pr[0].startsWith("rule") || pr[0].startsWith("b") || pr[0].startsWith("guideline")
                        || pr[0].startsWith("conclusion") || pr[0].startsWith("app")) && !Character.isDigit(rest.charAt(0))
                        && !upperRoman(firstToken(rest)) && !(pr[0].startsWith("app") && appendixLetter(rest))) return null;
                // "annex C", "annex II", "annex 4" of a treaty: one letter, numeral or number; "Annex to the Report" is a title
                if (pr[0].equals("annex ") && !annexNumber(rest)) return null;
                // "Part II-A", "Part XI", "Part 3" of a code or treaty; "Part of the Problem" is a title
                if ((pr[0].equals("part ") || pr[0].startsWith("pt")) && !PART_NUMBER.matcher(rest).matches()) return null;
                // "Article 234 and the Limits of Coastal State Power": a title that opens with a provision
                if (!pageList(rest) && rest.chars().filter(c -> c == ' ').count() > 2 && !locatorWords(rest)) return null;
                // "art. 3(3)–(5)": a range of a provision's subdivisions, its dash written as a hyphen like a page range's
                String v = pageList(rest) ? provisionList(rest) : rest.replace(")\u2013(", ")-(");
                return new Locator(s.substring(0, pr[0].length()).strip() + " " + v, "para", false);
            }
        }
        if (s.startsWith("[") && s.length() <= 40 && s.indexOf(']') > 0) {
            // OSCOLA paragraph pinpoint "[12]" or "[12]–[15]"
            boolean ok = true;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!(Character.isDigit(c) || c == '[' || c == ']' || Pages.isDash(c) || c == ',' || c == ' ')) ok = false;
            }
            if (ok) return new Locator(s, "para", false);
        }
        int note = allowBare ? noteSuffix(s) : -1;
        if (note > 0 && pageList(s.substring(0, note)) && containsDigit(s.substring(0, note))) {
            // "230 n.14": a bare page, then the footnote on it, as written
            return new Locator(Pages.expandList(s.substring(0, note).strip()) + " " + s.substring(note + 1).strip(), "bare", false);
        }
        if (allowBare && pageList(s) && (containsDigit(s) || frontMatter(s))) {
            String v = Pages.expandList(s);
            return new Locator(v, "bare", isRange(v));
        }
        // "8.30", "8.30–8.32": a numbered paragraph of a book, as some publishers number them
        if (allowBare && s.length() <= 13 && DECIMAL_PARAGRAPH.matcher(s).matches()) {
            return new Locator(s.replace('\u2013', '-'), "bare", s.indexOf('.') != s.lastIndexOf('.'));
        }
        return null;
    }

    private static final java.util.regex.Pattern DECIMAL_PARAGRAPH = java.util.regex.Pattern.compile(
            "\\d{1,2}\\.\\d{1,3}(?:[-\u2013]\\d{1,2}\\.\\d{1,3})?");

    /** Where " n.41", " n. 41" or " nn.4–5" starts in a page locator, or -1. */
    private static int noteSuffix(String rest) {
        for (String m : new String[] {" nn.", " n."}) {
            int k = rest.indexOf(m);
            if (k > 0) {
                int d = k + m.length();
                while (d < rest.length() && rest.charAt(d) == ' ') d++;
                if (d < rest.length() && Character.isDigit(rest.charAt(d))) return k;
            }
        }
        return -1;
    }

    /** "Part II-A", "Part 3", "Part One": a part's number, numeral or number in words. */
    private static final java.util.regex.Pattern PART_NUMBER = java.util.regex.Pattern.compile(
            "(?:\\d{1,3}|[IVXL]{1,6}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)(?:-[A-Z])?");

    private static final String[][] NONE = {};
    private static final String[][] P_PAGES = {
        {"pp. ", "pp"}, {"pp.", "pp"}, {"pp ", "pp"}, {"p. ", "p"}, {"p.", "p"}, {"p ", "p"}, {"pages ", "pp"},
        {"page ", "p"},
    };
    private static final String[][] A_PAGES = {{"at ", "at"}};
    private static final String[][] S_PAGES = {{"s. ", "p"}};
    private static final String[][] C_PAGES = {};
    private static final String[][] P_OTHER = {
        {"paras. ", "paras. "}, {"paras ", "paras "}, {"para. ", "para. "}, {"para ", "para "},
        {"paragraphs ", "paras. "}, {"paragraph ", "para. "}, {"principles ", "principles "}, {"principle ", "principle "},
        // "princ. 25" of the Guiding Principles, as law reviews abbreviate it
        {"princs. ", "princs. "}, {"princ. ", "princ. "},
        {"part ", "part "},
        // a regulation's part: "supra note 2, pt. 501", as the full citation's "31 C.F.R. pt. 501" gives it
        {"pt. ", "pt. "}, {"pts. ", "pts. "},
    };
    /** A rule of a manual, a study or of procedure: "r. 14", "rr. 3–5", "rule 1"; "Rules of …" is a title. */
    private static final String[][] R_WORD_OTHER = {{"r. ", "r. "}, {"rr. ", "rr. "}, {"rules ", "rules "}, {"rule ", "rule "}};
    private static final String[][] A_OTHER = {{"art. ", "art. "}, {"arts. ", "arts. "}, {"article ", "article "}, {"arts ", "arts "},
        {"art ", "art "}, {"app. ", "app. "}, {"apps. ", "apps. "}, {"appendix ", "appendix "}, {"annex ", "annex "}};
    private static final String[][] S_OTHER = {{"sec. ", "sec. "}, {"ss ", "ss "}, {"s ", "s "}};
    private static final String[][] N_OTHER = {{"n. ", "n. "}, {"nn. ", "nn. "}};
    private static final String[][] C_OTHER = {{"ch. ", "ch. "}, {"chap. ", "chap. "}, {"chapter ", "chapter "}, {"cmt. ", "cmt. "},
        {"cmts. ", "cmts. "}, {"conclusions ", "conclusions "}, {"conclusion ", "conclusion "}, {"ch ", "ch "},
        // columns are no pages: "cols. 1412–14" keeps its label (parliamentary debates, old encyclopaedias)
        {"cols. ", "cols. "}, {"col. ", "col. "}, {"cols ", "cols "}, {"col ", "col "},
        // several chapters: "chs. 2–3", "chaps. 4 and 5"
        {"chs. ", "chs. "}, {"chaps. ", "chaps. "}, {"chs ", "chs "}};
    /** The numbered guidelines and conclusions of the International Law Commission's texts: "guideline 4.5.3". */
    private static final String[][] G_OTHER = {{"guidelines ", "guidelines "}, {"guideline ", "guideline "}};
    /** A book of a classic work: "bk. 2, chap. 4". */
    private static final String[][] B_OTHER = {{"bk. ", "bk. "}, {"bks. ", "bks. "}, {"book ", "book "}};
    private static final String[][] SIGN_OTHER = {
        {"\u00B6\u00B6 ", "paras. "}, {"\u00B6 ", "para. "}, {"\u00A7\u00A7 ", "\u00A7\u00A7 "}, {"\u00A7 ", "\u00A7 "},
    };

    /** Page prefixes ("p.", "pp.", "at") that can start with this (lower-case) character. */
    private static String[][] pagePrefixes(char c) {
        return switch (c) {
            case 'p' -> P_PAGES;
            case 'a' -> A_PAGES;
            case 's' -> S_PAGES;
            case 'c' -> C_PAGES;
            default -> NONE;
        };
    }

    /** Paragraph, article, section, note and chapter prefixes that can start with this character. */
    private static String[][] otherPrefixes(char c) {
        return switch (c) {
            case 'p' -> P_OTHER;
            case 'a' -> A_OTHER;
            case 's' -> S_OTHER;
            case 'n' -> N_OTHER;
            case 'c' -> C_OTHER;
            case 'b' -> B_OTHER;
            case 'g' -> G_OTHER;
            case 'r' -> R_WORD_OTHER;
            case '\u00B6', '\u00A7' -> SIGN_OTHER;
            default -> NONE;
        };
    }

    /** "B" of "appendix B", "app. B": one capital letter, alone ("App. No. 4" is an application's number). */
    private static boolean appendixLetter(String rest) {
        return rest.length() == 1 && Character.isUpperCase(rest.charAt(0));
    }

    /** Cheap test on the first character: locators start with a prefix letter, a bracket or a page. */
    private static boolean annexNumber(String rest) {
        if (rest.length() == 1) return Character.isUpperCase(rest.charAt(0)) || Character.isDigit(rest.charAt(0));
        return upperRoman(rest) || rest.length() <= 3 && Pages.allDigits(rest);
    }

    private static boolean mayStartLocator(String s) {
        char c = s.charAt(0);
        if (Character.isDigit(c) || c == '[' || c == '\u00B6' || c == '\u00A7') return true;
        // "A12", "S1": a capital glued to digits
        if (s.length() > 1 && Character.isUpperCase(c) && Character.isDigit(s.charAt(1))) return true;
        // "e512", "e512–e521": an electronic article's page, as online-only journals number them
        if (s.length() > 1 && c == 'e' && Character.isDigit(s.charAt(1))) return true;
        int e = 0;
        while (e < s.length() && e < 12 && Character.isLetter(s.charAt(e))) e++;
        if (e == 0 || e == 12) return false;
        String word = s.substring(0, e).toLowerCase(Locale.ROOT);
        return LOCATOR_WORDS.contains(word) || Pages.isRoman(word);
    }

    /** Whether a lower-case word labels a locator ("paras", "notes", "chs"), as opposed to a word of prose. */
    static boolean isLocatorWord(String word) {
        return LOCATOR_WORDS.contains(word) || word.equals("notes") || word.equals("annexes") || word.equals("pages");
    }

    private static final java.util.Set<String> LOCATOR_WORDS = java.util.Set.of(
            "p", "pp", "page", "pages", "at", "s", "ss", "sec", "para", "paras", "paragraph", "paragraphs", "art",
            "arts", "article", "n", "nn", "ch", "chs", "chap", "chaps", "chapter", "col", "cols", "cmt", "cmts", "r", "rr", "principle", "principles", "princ", "princs", "rule", "rules", "bk", "bks", "book", "app", "apps", "appendix", "annex",
            // a Restatement's "§ 306 reporters' note 4", "§ 402 illus. 2"
            "reporters'", "reporters\u2019", "reporter's", "reporter\u2019s", "note", "illus",
            "guideline", "guidelines", "conclusion", "conclusions", "part", "pt", "pts");

    /** "12 cmt. \u00B6 3", "4(b) & n.7": numbers and locator words only, a locator that goes on. */
    private static boolean locatorWords(String rest) {
        for (String token : rest.split(" ")) {
            if (token.isEmpty() || containsDigit(token) || token.equals("\u00B6") || token.equals("\u00A7") || token.equals("&")) continue;
            String word = token.endsWith(".") || token.endsWith(",") ? token.substring(0, token.length() - 1) : token;
            if (!LOCATOR_WORDS.contains(word.toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    /** "II", "XIV": a capital Roman numeral ("Civil" is a word). */
    private static boolean upperRoman(String token) {
        String t = token.endsWith(",") || token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
        return !t.isEmpty() && t.length() <= 6 && t.equals(t.toUpperCase(Locale.ROOT)) && Pages.isRoman(t);
    }

    private static String firstToken(String s) {
        int k = s.indexOf(' ');
        return k < 0 ? s : s.substring(0, k);
    }

    /** "vii", "xii–xv": lower-case Roman page numbers of front matter (only i, v, x: never a word). */
    private static boolean frontMatter(String s) {
        if (s.length() < 2) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == 'i' || c == 'v' || c == 'x' || Pages.isDash(c) || c == ',' || c == ' ')) return false;
        }
        return true;
    }

    static boolean containsDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }

    private static boolean isRange(String v) {
        return v != null && v.indexOf('-') > 0 && v.indexOf(',') < 0;
    }

    /** "183, 187, 246–7", "4 and 7", "12ff", "xii–xv": only page tokens, commas and "and". */
    static boolean pageList(String s) {
        if (s.isEmpty() || s.length() > 200) return false;
        int i = 0;
        int n = s.length();
        int tokens = 0;
        while (i < n) {
            while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == ',' || s.charAt(i) == '&')) i++;
            if (i >= n) break;
            if (s.startsWith("and ", i)) { i += 4; continue; }
            int j = i;
            while (j < n && s.charAt(j) != ' ' && s.charAt(j) != ',') j++;
            // a range written with spaces around the dash: "471 – 88"
            if (j + 2 < n && s.charAt(j) == ' ' && Pages.isDash(s.charAt(j + 1)) && s.charAt(j + 2) == ' ') {
                j += 3;
                while (j < n && s.charAt(j) != ' ' && s.charAt(j) != ',') j++;
            }
            String tok = s.substring(i, j).replace(" ", "");
            if (tok.endsWith(".")) tok = tok.substring(0, tok.length() - 1);
            if (!Pages.isPageToken(tok)) return false;
            tokens++;
            i = j;
        }
        return tokens > 0;
    }

    /** "27:3", "35:S1", "27(3)", "27.3"? (not the last: too ambiguous). Returns {volume, issue} or null. */
    static String[] volumeIssue(String head) {
        String h = head.strip();
        int colon = h.indexOf(':');
        if (colon > 0 && colon <= 6 && Pages.allDigits(h.substring(0, colon))) {
            String issue = h.substring(colon + 1).strip();
            if (!issue.isEmpty() && issue.length() <= 12 && isIssueToken(issue)) {
                return new String[] {h.substring(0, colon), issue};
            }
        }
        return null;
    }

    /** "1:214–16": the volume of a multivolume book and the page cited in it; null otherwise. */
    static String[] volumeColonPage(String head) {
        String h = head.strip();
        int colon = h.indexOf(':');
        if (colon <= 0 || colon > 3 || !Pages.allDigits(h.substring(0, colon))) return null;
        Locator page = locator(h.substring(colon + 1), true);
        return page == null ? null : new String[] {h.substring(0, colon), page.value()};
    }

    /** "3", "S1", "3-4", "3/4", "Spring" is not an issue. */
    static boolean isIssueToken(String s) {
        if (s.isEmpty() || s.length() > 12) return false;
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) digit = true;
            else if (!(Character.isUpperCase(c) || c == '/' || Pages.isDash(c))) return false;
        }
        return digit;
    }

    /** "vol. 27", "Vol. 27", "volume 27" → "27". */
    static String volumeWord(String head) {
        String lower = head.toLowerCase(Locale.ROOT);
        for (String p : new String[] {"vol. ", "vols. ", "volume ", "vol "}) {
            if (lower.startsWith(p)) {
                String v = head.substring(p.length()).strip();
                if (!v.isEmpty() && v.length() <= 12 && !v.contains(" ")) return v;
            }
        }
        return null;
    }

    /** "no. 152", "No. 3", "issue 4", "nos. 3–4" → "152". */
    static String issueWord(String head) {
        String lower = head.toLowerCase(Locale.ROOT);
        for (String p : new String[] {"no. ", "nos. ", "issue ", "iss. ", "no ", "nr. ", "number "}) {
            if (lower.startsWith(p)) {
                String v = head.substring(p.length()).strip();
                if (!v.isEmpty() && v.length() <= 12 && !v.contains(" ")) return v;
            }
        }
        return null;
    }

    /**
     * A series and its number: "Policy Report No. 44", "Africa Report no. 301", "Research Report
     * no. 3" → {series, number}; null for anything else.
     */
    static String[] seriesNumber(String text) {
        String s = text.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        int k = lower.lastIndexOf(" no. ");
        int len = 5;
        if (k < 0) {
            k = lower.lastIndexOf(" no ");
            len = 4;
        }
        if (k <= 0) {
            // "Occasional Paper 12", "Policy Brief 7": a paper series numbers its items without "no."
            k = lower.lastIndexOf(' ');
            len = 1;
            if (k <= 0 || !(lower.startsWith(" paper", k - 6) || lower.startsWith(" brief", k - 6)
                    || lower.startsWith(" papers", k - 7) || lower.startsWith(" report", k - 7)
                    || lower.startsWith(" series", k - 7))) return null; // "Migration Research Series 71"
        }
        String series = s.substring(0, k).strip();
        while (series.endsWith(",")) series = series.substring(0, series.length() - 1).strip();
        String number = s.substring(k + len).strip();
        if (series.isEmpty() || !Character.isUpperCase(series.charAt(0)) || number.isEmpty() || number.length() > 10
                || !(Character.isDigit(number.charAt(0)) || lettersThenDigits(number)) || number.contains(" ")
                || series.length() > 60) {
            return null;
        }
        // "Human Development Report 2020": a report named with its year has no number
        if (len == 1 && lower.startsWith("report", k - 6) && !lettersThenDigits(number)
                && (number.length() == 4 && Pages.allDigits(number) || !Pages.allDigits(number))) {
            return null;
        }
        for (int i = 0; i < series.length(); i++) if (Character.isDigit(series.charAt(i))) return null;
        return new String[] {series, number};
    }

    /** "R45100", "RL33110": one to three capitals, then only digits (a report's number). */
    private static boolean lettersThenDigits(String w) {
        int i = 0;
        while (i < w.length() && i < 3 && Character.isUpperCase(w.charAt(i))) i++;
        if (i == 0 || i == w.length()) return false;
        for (int j = i; j < w.length(); j++) if (!Character.isDigit(w.charAt(j))) return false;
        return true;
    }

    /**
     * An edition statement: "2nd edn", "3rd ed.", "rev. ed.", "2d ed.", "new edn", or a reissue's ("reissue with
     * new epilogue", "with a new preface", "repr.").
     */
    static boolean isEdition(String text) {
        String l = text.toLowerCase(Locale.ROOT).strip();
        if (l.length() <= 60 && (l.startsWith("reissue") || l.startsWith("reprint") || l.equals("repr.")
                || (l.startsWith("with a new ") || l.startsWith("with new ")) && l.indexOf(' ', l.indexOf("new ") + 4) < 0)) {
            return true;
        }
        if (!(l.endsWith(" ed.") || l.endsWith(" edn") || l.endsWith(" edn.") || l.endsWith(" edition")
                || l.endsWith(" ed"))) return false;
        String first = l.substring(0, l.indexOf(' '));
        return ordinal(first) || first.equals("rev.") || first.equals("new")
                || first.equals("revised") || first.equals("expanded") || first.equals("updated")
                || first.equals("first") || first.equals("second") || first.equals("third")
                || first.equals("fourth") || first.equals("fifth") || first.equals("paperback");
    }

    /** "2nd", "3rd", "11th", "2d" (Bluebook). */
    private static boolean ordinal(String w) {
        int i = 0;
        while (i < w.length() && i < 2 && Character.isDigit(w.charAt(i))) i++;
        if (i == 0) return false;
        String tail = w.substring(i);
        return tail.equals("st") || tail.equals("nd") || tail.equals("rd") || tail.equals("th") || tail.equals("d");
    }

    /** The imprint inside a parenthesis: {place, publisher, year, yearSuffix}; any may be null. */
    private static final java.util.regex.Pattern LEADING_REPRINT = java.util.regex.Pattern.compile(
            "^(?:\\d{4}[a-z]?;\\s*)?(?:repr\\.|reprint(?:ed)?),?\\s+");

    static String[] imprint(String content) {
        String c = content.strip();
        // Chicago's "(1931; repr., New York: Halvard Reprints, 1972)": the reprint cited, the original's year first
        if (c.indexOf("repr") >= 0) c = LEADING_REPRINT.matcher(c).replaceFirst("");
        int colon = c.indexOf(':');
        if (colon <= 0) return null;
        String place = c.substring(0, colon).strip();
        if (place.isEmpty() || place.length() > 60 || containsDigit(place)) return null;
        if (!Character.isUpperCase(place.charAt(0))) return null;
        String rest = c.substring(colon + 1).strip();
        // "Cambridge University Press, 1947; repr. 2012": the reprint's note follows the imprint proper
        int semicolon = rest.indexOf("; ");
        if (semicolon > 0 && (rest.startsWith("repr", semicolon + 2) || rest.startsWith("reprint", semicolon + 2)
                || rest.startsWith("rev. ed", semicolon + 2))) {
            // "London: Sweet, 1834; repr. Cambridge: Cambridge University Press, 2011": a reprint with its own imprint is
            // the edition cited, as in "(1934; repr., Westport, CT: …, 1972)"
            String reprint = rest.substring(semicolon + 2);
            if (reprint.indexOf(':') > 0 && LEADING_REPRINT.matcher(reprint).lookingAt()) {
                String[] cited = imprint(reprint);
                if (cited != null && cited[0] != null && cited[1] != null) return cited;
            }
            rest = rest.substring(0, semicolon);
        } else if (semicolon > 0 && rest.indexOf(": ", semicolon) > semicolon && Character.isUpperCase(rest.charAt(semicolon + 2))
                && !containsDigit(rest.substring(semicolon + 2, rest.indexOf(": ", semicolon)))) {
            // "New York: Keel; London: Salt Press, 2015": two publishers in two places; the first is the imprint, the
            // year at the end is both's
            String last = rest.substring(rest.lastIndexOf(',') + 1).strip();
            rest = rest.substring(0, semicolon) + (rest.lastIndexOf(',') > semicolon && yearWithSuffix(last) != null ? ", " + last : "");
        }
        List<String> pieces = new ArrayList<>();
        for (String p : rest.split(",")) {
            String s = p.strip();
            if (!s.isEmpty()) pieces.add(s);
        }
        String year = null;
        String suffix = null;
        if (!pieces.isEmpty()) {
            String[] y = yearWithSuffix(pieces.get(pieces.size() - 1));
            if (y != null) {
                year = y[0];
                suffix = y[1];
                pieces.remove(pieces.size() - 1);
            } else if (pieces.get(pieces.size() - 1).equalsIgnoreCase("n.d.")) {
                pieces.remove(pieces.size() - 1);
            }
        }
        pieces.removeIf(Parts::isEdition);
        String publisher = pieces.isEmpty() ? null : String.join(", ", pieces);
        if (publisher != null && publisher.isEmpty()) publisher = null;
        return new String[] {place, publisher, year, suffix};
    }

    /** "2004" → {"2004", null}; "2004a" → {"2004", "a"}; "[1977] 2012" → {"2012", null}; else null. */
    /**
     * At {@code at}: a year, a colon and a capitalised word, as a title that opens with a place and a year goes on
     * ("Geneva, 1949: The Making of …"); no author is followed so (Harvard's "Smith, 2004: 33" has a page).
     */
    static boolean yearThenSubtitle(String t, int at) {
        int y = at;
        while (y < t.length() && t.charAt(y) == ' ') y++;
        if (y + 7 > t.length() || t.charAt(y + 4) != ':' || t.charAt(y + 5) != ' ' || !Character.isUpperCase(t.charAt(y + 6))) return false;
        for (int k = y; k < y + 4; k++) if (!Character.isDigit(t.charAt(k))) return false;
        return Dates.isYear(Integer.parseInt(t.substring(y, y + 4)));
    }

    static String[] yearWithSuffix(String text) {
        String s = text.strip();
        if (s.endsWith(".")) s = s.substring(0, s.length() - 1);
        int k = s.lastIndexOf(' ');
        if (k >= 0 && s.startsWith("[")) s = s.substring(k + 1);
        if (s.length() == 4 && Pages.allDigits(s) && Dates.isYear(Integer.parseInt(s))) return new String[] {s, null};
        if (s.length() == 5 && Pages.allDigits(s.substring(0, 4)) && Character.isLowerCase(s.charAt(4))
                && Dates.isYear(Integer.parseInt(s.substring(0, 4)))) {
            return new String[] {s.substring(0, 4), s.substring(4)};
        }
        return null;
    }

    /**
     * "1976–7", "1976–77", "2019-2020": a volume dated by the span of years it covers (a yearbook, an academic
     * year), at most three years long; the first year, or null.
     */
    static String yearSpan(String text) {
        String s = text.strip();
        if (s.length() < 6 || s.length() > 9 || !Pages.allDigits(s.substring(0, 4)) || !Pages.isDash(s.charAt(4))) return null;
        String end = s.substring(5);
        if (end.isEmpty() || end.length() == 3 || !Pages.allDigits(end)) return null;
        int start = Integer.parseInt(s.substring(0, 4));
        if (!Dates.isYear(start)) return null;
        String full = s.substring(0, 4 - end.length()) + end;
        int span = Integer.parseInt(full) - start;
        return span >= 1 && span <= 3 ? s.substring(0, 4) : null;
    }

    /** Whether the text starts with one of the words, followed by a space (case-insensitive). */
    static int startsWithWord(String text, String... words) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (lower.startsWith(w) && text.length() > w.length()) return w.length();
        }
        return -1;
    }

    /** Strips an editor marker: "X and Y (eds)", "X (ed.)", "X, eds.", "X (Eds.)". Null when none. */
    static String withoutEditorMarker(String names) {
        String s = names.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        for (String m : new String[] {"(eds.)", "(eds)", "(ed.)", "(ed)", "(editors)", "(editor)", "(hrsg.)",
            "(dir.)", "(comp.)", "(comps.)"}) {
            if (lower.endsWith(m)) return s.substring(0, s.length() - m.length()).strip();
        }
        for (String m : new String[] {", eds.", ", ed.", ", eds", " eds.", " (eds"}) {
            if (lower.endsWith(m)) return s.substring(0, s.length() - m.length()).strip();
        }
        return null;
    }
}
