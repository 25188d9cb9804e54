package org.citegraph.notes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citegraph.model.CitationType;

/**
 * Bluebook statutes: "22 U.S.C. § 287 (2018)", "Cal. Civ. Code § 1714 (West 2020)",
 * "Clean Air Act, Pub. L. No. 91-604, 84 Stat. 1676 (1970)"; the executive's acts in the Federal
 * Register, "Exec. Order No. 13,224, 66 Fed. Reg. 49,079 (Sept. 23, 2001)"; constitutions,
 * "U.S. Const. art. VI, cl. 2". The gold format has no statute
 * type, so a statute is {@code other}: the code is its container, the title number its volume,
 * the section as written its pinpoint, and the year comes from the parenthesis.
 */
final class Statutes {

    private Statutes() {
    }

    /**
     * "It must register, 31 U.S.C. § 5330(a)(1) (2018), a requirement whose reach …": a section set off by commas inside
     * a sentence, the sentence going on after it in a clause or an appositive of lower-case prose; no part of the citation.
     */
    private static final String APPOSITIVE_AFTER =
            "(?:,\\s+(?:a|an|the|and|but|which|whose|that|where|while|though|although|whereas)\\s+\\p{Ll}[^()§]*)?";

    /**
     * "[Name, ]22 U.S.C. §§ 1983–1985 (2018)": a code that ends in a known word, then the section
     * sign; "(c)(1)" after the section is a subsection, only a parenthesis with a year is the date.
     * A regulation may be cited by its part instead, with an appendix or subpart after it: "31 C.F.R.
     * pt. 501, app. A (2024)"; the part and what follows it are the pinpoint, as a section would be.
     */
    private static final Pattern CODE = Pattern.compile(
            "^(?:(?<name>[^§]+?),\\s+)?(?:(?<vol>\\d+[A-Za-z]?)\\s+)?"
            + "(?<code>(?:\\p{Lu}[\\p{L}.'’]*\\s+)*?(?:U\\.\\s?S\\.\\s?C\\.(?:\\s?A\\.)?|C\\.\\s?F\\.\\s?R\\.|Code(?: Ann\\.)?|Stat\\.(?: Ann\\.)?))"
            + "\\s+(?<sec>(?:§§?|pts?\\.)\\s*(?:[^()]|\\(\\w{1,4}\\))+?)\\s*(?:\\((?<paren>[^()]*\\d{4}[^()]*)\\))?"
            + APPOSITIVE_AFTER + "$");

    /**
     * "[Name, ]Pub. L. No. 117-58, 135 Stat. 429, 431 (2021)"; the part of the law cited may stand before the
     * Statutes at Large, its division or title first: "Pub. L. No. 118-50, div. F, § 104(a), 138 Stat. 895 (2024)".
     */
    private static final Pattern PUBLIC_LAW = Pattern.compile(
            "^(?:(?<name>.+?),\\s+)?Pub\\.\\s?L\\.\\s+(?:No\\.\\s+)?(?<law>\\d+[-–]\\d+)"
            + "(?:,\\s+(?:(?<secBefore>(?:(?:div|tit)\\.\\s*\\w+,\\s+)?§\\s*[\\w()]+|(?:div|tit)\\.\\s*\\w+),\\s+)?(?<vol>\\d+)\\s+Stat\\.\\s+(?<page>\\d+(?:-\\d+)?)(?:,\\s+(?<pin>\\d+(?:[-–]\\d+)?))?)?"
            + "\\s*(?:\\((?<paren>[^()]*)\\))?(?:,\\s+(?<sec>§§?\\s*[\\w()–-]+))?$");

    /**
     * "Harbour Pilots Act of 1931, ch. 212, 46 Stat. 1410": a law enacted before public laws were numbered, cited by its
     * chapter in the session laws; the chapter only locates the law, as a public law's number does, and is no pinpoint. A
     * section or a page cited may follow as with a public law.
     */
    private static final Pattern CHAPTER_LAW = Pattern.compile(
            "^(?<name>.+?),\\s+ch\\.\\s+\\d+[A-Za-z]?,\\s+(?:(?<secBefore>§\\s*[\\w()]+),\\s+)?(?<vol>\\d+)\\s+Stat\\.\\s+(?<page>\\d+)"
            + "(?:,\\s+(?<pin>\\d+(?:[-–]\\d+)?))?\\s*(?:\\((?<paren>[^()]*\\d{4}[^()]*)\\))?$");

    /**
     * "Sovereign Award Enforcement Act, S. 2148, 118th Cong. § 3 (2023)", "H.R. 1234, 117th Cong. (2021)": a
     * bill, named or by its number, in the Congress that considered it; the section cited (with its subsections,
     * "§ 3(a)"), then the year.
     */
    private static final Pattern BILL = Pattern.compile(
            "^(?:(?<name>[^,]+?),\\s+)?(?<bill>(?:H\\.\\s?R\\.|S\\.)(?:\\s?(?:J\\.|Con\\.)\\s?Res\\.|\\s?Res\\.)?\\s+\\d+),\\s+"
            + "\\d+(?:st|nd|rd|th)\\s+Cong\\.(?:\\s+(?<sec>§§?\\s*(?:[^()]|\\(\\w{1,4}\\))+?))?\\s*(?:\\((?<paren>[^()]*\\d{4})\\))?$");

    /**
     * "H.R. 2210 § 4(a)", "S. 1402 §§ 2–3": a bill by its number alone with the section cited, the Bluebook's short form
     * for a bill; its number is its title.
     */
    private static final Pattern BILL_NUMBER = Pattern.compile(
            "^(?<bill>(?:H\\.\\s?R\\.|S\\.)(?:\\s?(?:J\\.|Con\\.)\\s?Res\\.|\\s?Res\\.)?\\s+\\d+)\\s+(?<sec>§§?\\s*(?:[^()]|\\(\\w{1,4}\\))+?)$");

    /** Whether the text is a bill's number and a section ({@link #BILL_NUMBER}), no "Initial Year" of an author–date form. */
    static boolean billNumber(String t) {
        return t.indexOf('§') > 0 && BILL_NUMBER.matcher(t).matches();
    }

    /**
     * A page of the Federal Register or the Congressional Record: thousands grouped ("45,161") or not ("9435",
     * the daily edition's "H5210"); a grouped page is never cut at its comma into a page and a pinpoint.
     */
    private static final String PAGE = "(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)";

    /**
     * ", and its staff then reported …": a clause of the sentence the citation stands in, run on after the cite's date
     * (a conjunction or relative word, then lower-case prose); no part of the citation.
     */
    private static final String CLAUSE_AFTER = "(?:,\\s+(?:and|but|which|where|while|though|although|whereas)\\s+\\p{Ll}[^()]*)?";

    /**
     * An agency's release number between a notice's title and the register: "Exchange Act Release No. 63,174",
     * "Securities Act Release No. 6863", "Release No. IA-5248". It numbers the notice in the agency's own series, no
     * part of its title.
     */
    private static final String RELEASE = "(?:\\p{Lu}[\\p{L}.'’&-]*\\s+){0,4}Release\\s+Nos?\\.\\s+(?:[A-Z]{1,4}-)?\\d[\\d,]*(?<!,)";

    /**
     * "Name, 82 Fed. Reg. 45,161, 45,163 (Sept. 27, 2017)": page and pinpoint may group thousands. The section
     * of an executive order may stand before the register: "Exec. Order No. 13,694, § 1(a), 80 Fed. Reg. 18,077".
     */
    private static final Pattern FEDERAL_REGISTER = Pattern.compile(
            "^(?<name>.+?),\\s+(?:" + RELEASE + ",\\s+)?(?:(?<secBefore>§§?\\s*[\\w().]+),\\s+)?(?<vol>\\d+)\\s+Fed\\.\\s?Reg\\.\\s+(?<page>" + PAGE + ")"
            + "(?:,\\s+(?<pin>" + PAGE + "(?:[-–]" + PAGE + ")?))?\\s*(?:\\((?<paren>[^()]*)\\))?" + CLAUSE_AFTER + "$");

    /**
     * "119 Cong. Rec. 36,198, 36,201 (1973)", "166 Cong. Rec. S1234 (daily ed. Mar. 3, 2020)": the
     * Congressional Record's volume and page (a daily edition's pages carry the chamber's letter).
     */
    private static final Pattern CONGRESSIONAL_RECORD = Pattern.compile(
            "^(?:(?<name>.+?),\\s+)?(?<vol>\\d+)\\s+Cong\\.\\s?Rec\\.\\s+(?<page>[HSE]?" + PAGE + ")"
            + "(?:,\\s+(?<pin>[HSE]?" + PAGE + "(?:[-–][HSE]?" + PAGE + ")?))?\\s*(?:\\((?<paren>[^()]*)\\))?$");

    /**
     * "(codified at 50 U.S.C. §§ 1541–1548)", "(codified as amended at 15 U.S.C. § 78aa(b))": where the statute now stands
     * in the Code, no part of the citation; the section cited may hold its subsections in brackets. A law spread over a
     * title says so: "(codified in scattered sections of 33 U.S.C.)".
     */
    private static final Pattern CODIFIED = Pattern.compile(
            "\\s*\\((?:to be )?codified (?:as amended )?(?:at|in scattered sections of) (?:[^()]|\\([^()]*\\))*\\)$");

    /**
     * "33 C.F.R. § 161.1 (2023) (listing, in Part IV, “tugs”)": a parenthetical after the dated one that opens with a
     * lower-case word says what the section holds; no part of the citation, whatever punctuation it holds.
     */
    private static final Pattern EXPLANATION_AFTER_DATE = Pattern.compile("(\\([^()]*\\d{4}\\))\\s+\\(\\p{Ll}[^()]*\\)$");

    /** "U.S. Const. art. VI, cl. 2", "Cal. Const. amend. XIV, § 1": the constitution, then where in it. */
    private static final Pattern CONSTITUTION = Pattern.compile(
            "^(?<name>(?:\\p{Lu}[\\p{L}.]*\\s+){0,3}Const\\.)(?:\\s+(?<pin>(?:art\\.|arts\\.|amend\\.|pmbl\\.|§).*))?$");

    private static final Pattern YEAR = Pattern.compile("(1[5-9]|20)\\d{2}(?!.*\\d{4})");

    private static final Pattern POPULAR_NAME = Pattern.compile("(\\(\\d{4}\\)) \\([\\p{Lu}][^()]{2,80} Act\\)$");

    static boolean parse(String t, Draft d) {
        if (!parseCode(t, d)) return false;
        // "§§ 50914–15": a range of sections written out, as a page range is ("§§ 50914-50915")
        if (d.pinpoint != null && d.pinpoint.startsWith("\u00A7\u00A7 ")) {
            Parts.Locator loc = Parts.locators(d.pinpoint, false);
            if (loc != null) d.pinpoint = loc.value();
        }
        return true;
    }

    private static boolean parseCode(String t, Draft d) {
        if (t.indexOf('§') < 0 && !t.contains("Pub.") && !t.contains("Fed.") && !t.contains("Const.") && !t.contains("Cong.")
                && !t.contains(" pt. ") && !t.contains(" Stat. ")) {
            return false;
        }
        if (t.endsWith(")") && t.contains("codified")) t = CODIFIED.matcher(t).replaceFirst("");
        if (t.endsWith(")")) t = EXPLANATION_AFTER_DATE.matcher(t).replaceFirst("$1");
        // "1 U.S.C. § 112b (2018) (Case-Zablocki Act)": the popular name after the code's year names, it does not cite
        if (t.endsWith(" Act)")) t = POPULAR_NAME.matcher(t).replaceFirst("$1");
        Matcher m = CONSTITUTION.matcher(t);
        if (m.matches()) {
            d.type = CitationType.OTHER;
            d.fields.title(m.group("name"));
            d.pinpoint = m.group("pin");
            return true;
        }
        m = FEDERAL_REGISTER.matcher(t);
        if (m.matches()) {
            // pages as written: "45,161" groups thousands (the only annotator to meet one kept the comma)
            d.type = CitationType.OTHER;
            d.fields.title(withoutSentenceBefore(m.group("name").strip()))
                    .container("Fed. Reg.").volume(m.group("vol")).pages(m.group("page"));
            if (m.group("pin") != null) d.pinpoint = m.group("pin");
            else if (m.group("secBefore") != null) d.pinpoint = m.group("secBefore");
            Dates.Parsed date = m.group("paren") == null ? null : Dates.whole(m.group("paren"));
            // "(Dep't of Com. Jan. 24, 2023)": the agency that issued a notice, then its day
            if (date == null && m.group("paren") != null) date = Dates.find(m.group("paren"), 0);
            if (date != null && date.iso() != null) d.fields.date(date.iso()).year(date.year());
            else year(m.group("paren"), d);
            return true;
        }
        m = t.contains("Cong.") ? CONGRESSIONAL_RECORD.matcher(t) : null;
        if (m != null && m.matches()) {
            d.type = CitationType.OTHER;
            if (m.group("name") != null) d.fields.title(m.group("name").strip());
            d.fields.container("Cong. Rec.").volume(m.group("vol")).pages(m.group("page"));
            if (m.group("pin") != null) d.pinpoint = m.group("pin");
            Dates.Parsed date = m.group("paren") == null ? null : Dates.find(m.group("paren"), 0);
            if (date != null && date.iso() != null) d.fields.date(date.iso()).year(date.year());
            else year(m.group("paren"), d);
            return true;
        }
        m = PUBLIC_LAW.matcher(t);
        if (m.matches()) {
            d.type = CitationType.OTHER;
            d.fields.title(m.group("name") != null ? m.group("name").strip() : "Pub. L. No. " + m.group("law"));
            actOfDate(d.fields.title(), d);
            if (m.group("vol") != null) d.fields.container("Stat.").volume(m.group("vol")).pages(m.group("page"));
            if (m.group("pin") != null) d.pinpoint = m.group("pin");
            else if (m.group("sec") != null) d.pinpoint = m.group("sec"); // "(2015), § 402": the section cited
            // "No. 117-328, § 7073(b), 136 Stat.", "No. 118-50, div. F, § 104(a), 138 Stat."
            // "Harbour Security Act of 2019, Pub. L. No. 116-90, tit. XIV, 133 Stat. 1880": a bare title is the named Act's
            // place in the omnibus law, as a chapter number is, and no pinpoint (a bare division, "div. F", is kept as one,
            // as the corpus's annotators read it; a section after either is a pinpoint)
            else if (m.group("secBefore") != null && !m.group("secBefore").matches("tit\\.\\s*\\w+")) d.pinpoint = m.group("secBefore");
            year(m.group("paren"), d);
            if (d.fields.year() == null) yearOfName(d.fields.title(), d);
            return true;
        }
        m = t.contains(" ch. ") ? CHAPTER_LAW.matcher(t) : null;
        if (m != null && m.matches()) {
            d.type = CitationType.OTHER;
            d.fields.title(m.group("name").strip()).container("Stat.").volume(m.group("vol")).pages(m.group("page"));
            actOfDate(d.fields.title(), d);
            if (m.group("pin") != null) d.pinpoint = m.group("pin");
            else if (m.group("secBefore") != null) d.pinpoint = m.group("secBefore");
            year(m.group("paren"), d);
            if (d.fields.year() == null) yearOfName(d.fields.title(), d);
            return true;
        }
        m = t.contains("Cong.") ? BILL.matcher(t) : null;
        if (m != null && m.matches()) {
            d.type = CitationType.OTHER;
            d.fields.title(m.group("name") != null ? m.group("name").strip() : m.group("bill"));
            if (m.group("sec") != null) d.pinpoint = m.group("sec").strip();
            year(m.group("paren"), d);
            // "Harbour Pilots Act, S. 2210, 118th Cong. (2023)", then "S. 2210 § 4(a)": a named bill's short form is its number
            if (d.alias == null && m.group("name") != null) d.alias = m.group("bill").replaceAll("\\s+", " ");
            return true;
        }
        m = BILL_NUMBER.matcher(t);
        if (m.matches()) {
            d.type = CitationType.OTHER;
            d.fields.title(m.group("bill").replaceAll("\\s+", " "));
            d.pinpoint = m.group("sec").strip();
            return true;
        }
        m = CODE.matcher(t);
        if (!m.matches()) return false;
        d.type = CitationType.OTHER;
        if (m.group("name") != null) d.fields.title(m.group("name").strip());
        d.fields.container(m.group("code").strip()).volume(m.group("vol"));
        d.pinpoint = m.group("sec").strip();
        year(m.group("paren"), d);
        if (d.alias == null && m.group("name") == null && m.group("vol") != null) d.alias = sectionKey(m);
        return true;
    }

    /**
     * "The power was delegated to the Secretary of State. Exec. Order No. 13,637": an executive order or a proclamation is
     * named by its number alone, so a sentence before it that was left on it (a full stop after a word such as "State.",
     * which may end an abbreviation) is no part of its title.
     */
    private static String withoutSentenceBefore(String name) {
        for (String designation : new String[] {". Exec. Order No. ", ". Proclamation No. ", ". Proc. No. "}) {
            int k = name.lastIndexOf(designation);
            if (k > 0 && NUMBERED_ACT.matcher(name).region(k + 2, name.length()).matches()) return name.substring(k + 2);
        }
        return name;
    }

    private static final Pattern NUMBERED_ACT = Pattern.compile("(?:Exec\\. Order|Proclamation|Proc\\.) No\\. [\\d,]+");

    /** "§ 4565(d)(1), (e)(1)": the section's own number, "4565", before its subsections. */
    private static final Pattern SECTION_NUMBER = Pattern.compile("§\\s*(\\d[\\w.-]*?)(?=\\(|,|\\s|$)");

    /**
     * "50 U.S.C. § 4565": the title, code and section a code citation names, under which a later citation of the same
     * section ("See 50 U.S.C. § 4565(e)(2).", the Bluebook's short form for a statute cited in full before) is read as a
     * short form of it, as a defined name is; null for several sections ("§§") or a part.
     */
    private static String sectionKey(Matcher code) {
        Matcher n = SECTION_NUMBER.matcher(code.group("sec"));
        if (!code.group("sec").startsWith("§ ") || !n.lookingAt()) return null;
        return code.group("vol") + " " + code.group("code").strip() + " § " + n.group(1);
    }

    /** Whether a defined name is a code section's key ({@link #sectionKey}), not a name the article gave a work. */
    static boolean isSectionKey(String alias) {
        return !alias.isEmpty() && Character.isDigit(alias.charAt(0)) && alias.contains(" § ");
    }

    /**
     * "50 U.S.C. § 4565(e)(2)" after the section was cited in full: the short form has no title and keeps the section with
     * its subsections as its pinpoint; false when what follows the key is no subsection ("(2018)", a year: cited in full again).
     */
    static boolean sectionShortForm(String key, String rest, Draft d) {
        if (!rest.isEmpty() && !rest.matches("(?:\\((?!\\d{4}\\))\\w{1,4}\\))+(?:,\\s*(?:\\(\\w{1,4}\\))+)*")) return false;
        d.pinpoint = key.substring(key.indexOf('§')) + rest;
        d.shortTitle = key;
        d.shortKind = Draft.ShortKind.TITLE_ONLY;
        d.namesAlias = true;
        return true;
    }

    /**
     * "Act of Oct. 3, 1964": a law without a popular name is named by the day it was enacted, which is its date
     * (the Statutes at Large's parenthesis, when there is one, gives the year again).
     */
    private static void actOfDate(String title, Draft d) {
        if (!title.startsWith("Act of ") || title.length() > 30) return;
        Dates.Parsed date = Dates.whole(title.substring(7));
        if (date != null && date.iso() != null) d.fields.date(date.iso()).year(date.year());
    }

    /**
     * "Harbour Safety Reauthorization Act of 2003, Pub. L. No. 108-12, 117 Stat. 901": a law cited by its public law with
     * no year in brackets is dated by the year its name gives (the year it was enacted, as the Statutes at Large's would).
     */
    private static void yearOfName(String title, Draft d) {
        if (title == null || !CitationParser.isStatute(title)) return;
        String[] year = Parts.yearWithSuffix(title.substring(title.lastIndexOf(' ') + 1));
        if (year != null && year[1] == null) d.fields.year(year[0]);
    }

    /** "; Requests for Evidence from Foreign Tribunals, 88 Fed. Reg. 41,722": the rest of a rule's title, then the register. */
    private static final Pattern RULE_TITLE_REST = Pattern.compile(" ?\\p{Lu}[^;.()\\d\\[\\]\u201C\u201D\"]{0,160}, \\d{1,3} Fed\\. ?Reg\\. \\d");

    /**
     * Whether the semicolon at {@code semi} stands inside the title of an agency's rule in the Federal Register,
     * which is commonly written with one ("See Judicial Assistance; Requests for Evidence …, 88 Fed. Reg. 41,722"): the
     * text since {@code from} is a few capitalised words (after a signal), no citation of its own, and what follows
     * runs on to the register's volume.
     */
    static boolean semicolonInRuleTitle(String t, int from, int semi) {
        if (semi - from > 240) return false;
        int reg = t.indexOf(" Fed. Reg. ", semi);
        if (reg < 0 || reg - semi > 180) return false;
        String before = t.substring(from, semi).strip();
        Signals.Match signal = Signals.atStart(before);
        if (signal != null) before = before.substring(signal.length()).strip();
        if (before.isEmpty() || !Character.isUpperCase(before.charAt(0))) return false;
        for (String w : before.split(" ")) {
            if (!titleWord(w)) return false;
        }
        return RULE_TITLE_REST.matcher(t).region(semi + 1, t.length()).lookingAt();
    }

    /**
     * A word of a rule's title before its semicolon: capitalised, or one of the small words titles are joined by; the
     * title may list names with commas ("… the Federal Ports, Docks, and Wharves Act, as Amended by …").
     */
    private static boolean titleWord(String w) {
        if (w.endsWith(",")) w = w.substring(0, w.length() - 1);
        if (w.isEmpty()) return false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019' && c != '&') return false;
        }
        return Character.isUpperCase(w.charAt(0)) || Names.isOrgConnector(w) || RULE_TITLE_JOINERS.contains(w);
    }

    /** The further small words of a rule's title: "Products Deemed To Be Subject to the Act, as Amended by …". */
    private static final java.util.Set<String> RULE_TITLE_JOINERS = java.util.Set.of("as", "by", "or", "with", "from", "under");

    private static void year(String paren, Draft d) {
        if (paren == null) return;
        Matcher y = YEAR.matcher(paren);
        if (y.find()) d.fields.year(y.group());
    }
}
