package org.citegraph.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Pattern;

import org.citegraph.model.Agent;
import org.citegraph.model.CitationType;
import org.citegraph.model.Organization;
import org.citegraph.model.Person;

/**
 * Reads what follows the names and title of a citation, part by part: "in Editors (eds), Book",
 * "ed. …", the container with its volume and issue, parenthesised imprints and dates, and
 * locators. At the end it decides the type and which locators are the item's own page range and
 * which the pinpoint.
 */
final class Tail {

    private record Loc(Parts.Locator locator, boolean paren, boolean colon) {
    }

    private final Draft d;
    private final Scan scan;
    /** Reference-list entry: a page range after a colon is the item's own range, not a pinpoint. */
    private final boolean entry;
    boolean quotedTitle;
    private boolean chapter;
    private boolean bluebookJournal;
    /** The container ended in Chicago's "12:45–47" (volume, colon, page): see {@link #finish()}. */
    private boolean volumeColonPage;
    /** A hearing or report of the US Congress ("117th Cong."). */
    private boolean congressional;
    /** The volume came with the page cited ("1:214–16"): it says nothing of a full citation. */
    private boolean volumeOfBook;
    private boolean imprint;
    private boolean newsSplit;
    /** "Title 14 (2017)": a page cited in a publication dated by its year alone (a book or report). */
    private boolean pagedPublication;
    /** "Lawfare Notes (blog)": the site says what it is. */
    private boolean declaredWebSite;
    /** "League of Nations Doc. C.24.M.18.1929.I": a numbered document of the League, a report. */
    private boolean leagueDocument;
    /** A European Commission document's number was read ("COM(2019) 640 final"). */
    private boolean euNumbered;
    /** An act listed in the Official Journal by series and number ("Official Journal L251"). */
    private boolean listedInJournal;
    /** A Senate executive document was passed over ("S. Exec. Doc. E"): the Congress and session after it are no pages. */
    private boolean senateExecutiveDocument;
    private final List<Loc> locs = new ArrayList<>(3);

    Tail(Draft d, Scan scan, boolean entry) {
        this.d = d;
        this.scan = scan;
        this.entry = entry;
    }

    private String text(List<int[]> parts, int i) {
        return CitationParser.text(scan.text, parts.get(i));
    }

    void run(int from, int to) {
        runParts(scan.spansTopCommas(from, to), 0);
    }

    // ---------------------------------------------------------------- titles without quotes

    /** Collects a book's title from the parts starting at {@code idx}; returns the next part's index. */
    int readBareTitle(List<int[]> parts, int idx) {
        List<String> titleParts = new ArrayList<>();
        String pendingParen = null;
        int k = idx;
        for (; k < parts.size(); k++) {
            String p = text(parts, k);
            // "Papers Relating to the Foreign Relations of the United States, 1927, vol. 1 (…)": the year names the volume
            if (k > idx && k + 1 < parts.size() && p.length() == 4 && Pages.allDigits(p) && text(parts, k + 1).startsWith("vol. ")) {
                titleParts.add(p);
                continue;
            }
            // "The Law of Prize from Paris to London, 1856–1909, trans. Helen …": a span of years closes the title
            if (k > idx && k + 1 < parts.size() && yearSpan(p) && (text(parts, k + 1).startsWith("trans. ")
                    || text(parts, k + 1).startsWith("ed. ") || text(parts, k + 1).startsWith("eds. "))) {
                titleParts.add(p);
                continue;
            }
            // "Cases Against Foreign Issuers, 2010–2024, https://…": the years a web page covers, last before its address
            if (k > idx && k + 1 == parts.size() && d.fields.url() != null && d.fields.year() == null && yearSpan(p)) {
                titleParts.add(p);
                continue;
            }
            // "Injury Among Dock Workers—Northern Ports, 2023, 12 Harbour Safety Wkly. Rep. 417": a report of a year's
            // figures names the year last in its title, right before the journal's volume
            if (k > idx && k + 1 < parts.size() && yearInTitle(p) && isBluebookJournal(text(parts, k + 1))) {
                titleParts.add(p);
                continue;
            }
            if (isTerminator(p) && !(k == idx && startsWithIn(p)) && !commentOfProvision(p, titleParts)) break;
            if (k > idx && leagueDocumentNumber(p) > 0) break;
            if (k > idx && (isBluebookJournal(p) || forthcomingJournal(Parts.split(p)) != null)) break;
            if (k > idx && p.indexOf("O.J.") > 0 && OFFICIAL_JOURNAL.matcher(p).matches()) break; // "Title, 2012 O.J. (C 326) 13"
            if (k > idx && p.indexOf('(') > 0 && EU_DOCUMENT_PART.matcher(p).matches()) break; // "Title, SWD(2021) 84 final"
            if (k > idx && p.charAt(0) == 'Y' && institutionalYearbook(p)) break; // "Title, Y.B. Int'l L. Comm'n 2001"
            if (k > idx && p.charAt(0) == '[' && bracketedYearbook(p)) break; // "Title, [2001] 2 Y.B. Int'l L. Comm'n 31"
            if (k > idx && treatyParties(p) && namesAnInstrument(String.join(" ", titleParts))) continue;
            int paren = closingParen(p);
            if (paren >= 0 && designationThenProvision(p.substring(paren))) {
                // "… Conventional Weapons (Protocol V) art. 4": the designation ends the title, the article is cited after it
                titleParts.add(p);
                continue;
            }
            if (paren >= 0 && protocolDesignation(p.substring(paren))) {
                // "… Victims of International Armed Conflicts (Protocol I)": the instrument's designation ends its title
                titleParts.add(p);
                k++;
                break;
            }
            if (paren >= 0) {
                String head = p.substring(0, paren).strip();
                pendingParen = p.substring(paren);
                // "The Politics of Protection, 2nd ed. (London: …)": the edition is not part of the title
                if (!head.isEmpty() && !(k > idx && Parts.isEdition(head))) titleParts.add(head);
                k++;
                break;
            }
            titleParts.add(p);
        }
        // "Staff of the Agency, Study Under Section 5 of the Act of 1914, at 40–44 (2016)": Bluebook's "at" before the page
        // of a title ending in a number, then the year alone, is a paged publication as "Title 40–44 (2016)" is
        if (k < parts.size() && !titleParts.isEmpty() && pageAtBeforeYear(text(parts, k))) pagedPublication = true;
        titleParts = withCompanyForms(titleParts);
        // "Maritime Law, 3rd ed. (London: …)": the edition follows the title, it is not part of it
        if (titleParts.size() >= 2 && Parts.isEdition(titleParts.get(titleParts.size() - 1))) {
            titleParts = titleParts.subList(0, titleParts.size() - 1);
        }
        boolean provisionRead = false;
        if (titleParts.size() >= 2 && commentOfProvision(titleParts.get(titleParts.size() - 1), titleParts.subList(0, titleParts.size() - 1))) {
            // "Manual r. 14, cmt. 3", "Manual r. 4, ¶ 2": the comment or paragraph belongs to the rule before it
            int n = titleParts.size();
            String ruled = titleParts.get(n - 2);
            int art = provisionStart(ruled);
            addLoc(new Parts.Locator(ruled.substring(art + 1).strip() + ", " + titleParts.get(n - 1).strip(), "para", false), false, false);
            titleParts = new ArrayList<>(titleParts.subList(0, n - 2));
            titleParts.add(ruled.substring(0, art).strip());
            provisionRead = true;
        }
        if (!titleParts.isEmpty()) {
            // "Vienna Convention on … art. 31": a provision written straight after the title
            String lastPart = titleParts.get(titleParts.size() - 1);
            int art = provisionRead ? -1 : provisionStart(lastPart);
            if (art > 0) {
                String provision = lastPart.substring(art + 1).strip();
                Parts.Locator read = Parts.locator(provision, false);
                // "¶¶ 12–14": a range of paragraphs is written expanded, as pages are
                addLoc(read != null && read.kind().equals("para") ? read : new Parts.Locator(provision, "para", false), false, false);
                titleParts.set(titleParts.size() - 1, lastPart.substring(0, art).strip());
            }
            // "Title, Research Report no. 3 (New York: …)": a report series and its number
            String[] series = titleParts.size() >= 2 ? Parts.seriesNumber(titleParts.get(titleParts.size() - 1)) : null;
            if (series != null && d.fields.container() == null) {
                d.fields.container(series[0]).issue(series[1]);
                titleParts = titleParts.subList(0, titleParts.size() - 1);
            } else if (titleParts.size() >= 2 && pendingParen != null && d.fields.issue() == null
                    && CitationParser.reportNumber(titleParts.get(titleParts.size() - 1))) {
                // "Title, R45100 (Washington, DC: …)": the report's number, without its series
                d.fields.issue(titleParts.get(titleParts.size() - 1));
                titleParts = titleParts.subList(0, titleParts.size() - 1);
            }
            // "Author, Title, N.Y. TIMES (Jan. 3, 2012)": the outlet comes right before the date
            if (pendingParen != null && titleParts.size() >= 2 && parenDate(pendingParen) && !personalSource(titleParts.get(0))) {
                d.fields.container(titleParts.get(titleParts.size() - 1));
                titleParts = titleParts.subList(0, titleParts.size() - 1);
                newsSplit = true;
            }
            // Bluebook books: "Title 45 (2d ed. 2010)" — the number before the parenthesis is the pinpoint
            if (pendingParen != null && pendingParen.indexOf(':') < 0) {
                String last = titleParts.get(titleParts.size() - 1);
                int sp = last.lastIndexOf(' ');
                String num = sp > 0 ? last.substring(sp + 1) : "";
                if (!num.isEmpty() && Parts.pageList(num) && digitsAndDashes(num)
                        && endsWithYear(pendingParen)) {
                    titleParts.set(titleParts.size() - 1, last.substring(0, sp).strip());
                    addLoc(new Parts.Locator(Pages.expandList(num), "bare", false), false, false);
                    pagedPublication = true;
                } else if (endsWithYear(pendingParen) && !locs.isEmpty()) {
                    pagedPublication = true; // "Title ¶ 2.7 (2001)": a provision or paragraph of a publication
                }
            }
            // "Author, Title, Outlet, Jan. 3, 2012, at A12": the outlet is the container
            boolean dateNext = k < parts.size() && pendingParen == null && (Dates.whole(text(parts, k)) != null
                    || monthDay(text(parts, k)));
            // (not a treaty whose name has a comma: "Convention Against Torture and Other Cruel, Inhuman …, Dec. 10, 1984")
            // ("Investors Turn to Treaty Claims, Fin. Chron., Apr. 11, 2022": unless the last part names a paper)
            if (dateNext && titleParts.size() >= 2 && !personalSource(titleParts.get(0))
                    && (!namesAnInstrument(titleParts.get(0)) || isNews(titleParts.get(titleParts.size() - 1)))) {
                // "Judges Are Becoming Regulators, Critics Say, Bay State Courier, June 3, 2023": a headline may
                // hold a comma, an outlet's name hardly ever does
                d.fields.container(titleParts.get(titleParts.size() - 1));
                titleParts = titleParts.subList(0, titleParts.size() - 1);
                newsSplit = true;
            }
            // "Convention on the Law of Treaties, Vienna, 23 May 1969, 1155 UNTS 331": the place of conclusion is no part of the name
            if (dateNext && titleParts.size() >= 2 && namesAnInstrument(titleParts.get(0)) && placeName(titleParts.get(titleParts.size() - 1))) {
                titleParts = titleParts.subList(0, titleParts.size() - 1);
            }
            // "Interview with a commander, Nairobi, May 2018": the later parts say where, not what
            // ("Letter from A, Position, to B, Position": the addressee is part of what the letter is)
            if (titleParts.size() >= 2 && personalSource(titleParts.get(0))) {
                int keep = 1;
                for (int i = 1; i < titleParts.size(); i++) if (titleParts.get(i).startsWith("to ")) keep = i + 1;
                titleParts = titleParts.subList(0, keep);
            }
            d.fields.title(String.join(", ", titleParts));
        }
        if (pendingParen != null) handlePart(pendingParen);
        return k;
    }

    /** "Vienna", "The Hague", "San Francisco", "Rio de Janeiro": one to four words, capitalised but for a particle, no instrument's. */
    private static boolean placeName(String p) {
        String[] words = p.split(" ");
        if (words.length > 4 || p.length() > 30 || namesAnInstrument(p)) return false;
        for (String w : words) {
            if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || Lexicon.isParticle(w))) return false;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (!Character.isLetter(c) && c != '-' && c != '.' && c != '\u2019' && c != '\'') return false;
            }
        }
        return Character.isUpperCase(p.charAt(0));
    }

    /** "cmt. 3", "¶ 2" after a title part that ends in a rule or article ("Manual r. 14"): the comment or paragraph of it. */
    private static boolean commentOfProvision(String p, List<String> titleParts) {
        return (p.startsWith("cmt. ") || p.startsWith("cmts. ") || p.startsWith("\u00B6 ") || p.startsWith("\u00B6\u00B6 ")
                || p.startsWith("para. ") || p.startsWith("paras. ")) && !titleParts.isEmpty()
                && provisionStart(titleParts.get(titleParts.size() - 1)) > 0;
    }

    /** Index of " art. 31", " arts. 3–5", " ¶ 4", " para. 4", " r. 14" ending a title part, or -1. */
    static int provisionStart(String part) {
        for (String m : new String[] {" art. ", " arts. ", " \u00B6\u00B6 ", " \u00B6 ", " para. ", " paras. ", " art ",
            " \u00A7\u00A7 ", " \u00A7 ", " r. ", " rr. "}) {
            int k = part.lastIndexOf(m);
            if (k > 0) {
                String rest = part.substring(k + m.length()).strip();
                if (rest.isEmpty() || rest.length() > 32) continue; // "§ 451 reporters' note 2"
                // "art. 31(3)(c)", "art. VIII": an Arabic or Roman article number
                int e = 0;
                while (e < rest.length() && Character.isLetterOrDigit(rest.charAt(e))) e++;
                if (Character.isDigit(rest.charAt(0)) || e > 0 && Pages.isRoman(rest.substring(0, e).toLowerCase(Locale.ROOT))
                        && Character.isUpperCase(rest.charAt(0))) {
                    return k;
                }
            }
        }
        return -1;
    }

    /** "(Jan. 3, 2012)" or "(3 January 2012)": a parenthesis holding only a full date. */
    private static boolean parenDate(String paren) {
        String c = paren.strip();
        if (!c.startsWith("(")) return false;
        int close = c.indexOf(')');
        if (close < 0) return false;
        Dates.Parsed date = Dates.whole(withoutTime(c.substring(1, close)));
        return date != null && date.iso() != null;
    }

    /** Whether a name is that of a legal instrument: "Mission Agreement", "U.N. Charter", "Rome Statute". */
    static boolean namesAnInstrument(String name) {
        if (name == null) return false;
        for (String w : words(name)) {
            switch (w) {
                case "charter", "convention", "treaty", "covenant", "protocol", "agreement", "statute" -> { return true; }
                default -> { }
            }
        }
        return false;
    }

    private static final Pattern TREATY_PARTIES = Pattern.compile("\\p{Lu}[\\p{L}.']*(?:[-\u2013\u2014]\\p{Lu}[\\p{L}.']*)+");

    /**
     * "Atl.-U.N.", "U.S.-Mex.", "Lestria–Pardova": the parties of a treaty, abbreviated and joined by a
     * dash, or named in full and joined by an en dash (a hyphen alone joins the words of a name).
     */
    private static boolean treatyParties(String p) {
        return p.length() <= 40 && (p.indexOf('.') > 0 || p.indexOf('\u2013') > 0 || p.indexOf('\u2014') > 0)
                && TREATY_PARTIES.matcher(p).matches();
    }

    private static final Pattern CLOCK_TIME = Pattern.compile("\\d{1,2}:\\d{2}\\s*([ap]\\.?m\\.?)?(\\s*[a-z]{2,4})?");

    /** "Sept. 12, 2018, 4:15 PM" → "Sept. 12, 2018": Bluebook gives the time of online news. */
    static String withoutTime(String s) {
        int comma = s.lastIndexOf(", ");
        if (comma < 0) return s;
        String tail = s.substring(comma + 2).strip().toLowerCase(Locale.ROOT);
        return CLOCK_TIME.matcher(tail).matches() ? s.substring(0, comma) : s;
    }

    /** p[from, to) is an acronym of 2–6 capitals: "(EU)" inside a title. */
    private static boolean acronym(String p, int from, int to) {
        if (to - from < 2 || to - from > 6) return false;
        for (int i = from; i < to; i++) if (!Character.isUpperCase(p.charAt(i))) return false;
        return true;
    }

    private static boolean digitsAndDashes(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isDigit(c) && !Pages.isDash(c)) return false;
        }
        return true;
    }

    /**
     * Where the bibliographic parenthesis of a part starts: the first "(" whose content is an
     * imprint, a date, a year or a locator. A parenthesis inside a title ("The United Nations (UN)
     * and Its Critics") is skipped. -1 when there is none; the first "(" when nothing qualifies and
     * the part ends with a parenthesis (so unknown forms still end the title).
     */
    static int closingParen(String p) {
        int first = p.indexOf('(');
        // "art. 31(3)(c)", "para. 12(b)", "art. 19(2)–(3)": a parenthesis glued to a word, or to a range's dash, belongs to it
        while (first > 0 && (Character.isLetterOrDigit(p.charAt(first - 1)) || p.charAt(first - 1) == ')'
                || (p.charAt(first - 1) == '\u2013' || p.charAt(first - 1) == '-') && first > 1 && p.charAt(first - 2) == ')')) {
            int close = p.indexOf(')', first);
            if (close < 0) return -1;
            first = p.indexOf('(', close);
        }
        // "Council Regulation (EU) No. 833/2014": an acronym inside a title, the title going on after it
        while (first > 0) {
            int close = p.indexOf(')', first);
            if (close < 0 || close + 2 >= p.length() || p.charAt(close + 1) != ' ' || !acronym(p, first + 1, close)) break;
            first = p.indexOf('(', close);
        }
        if (first < 0) return -1;
        int i = first;
        int guard = 0;
        while (i >= 0 && guard++ < 8) {
            int close = p.indexOf(')', i);
            if (close < 0) return first;
            String content = p.substring(i + 1, close);
            if (bibliographicParen(content)) return i;
            i = p.indexOf('(', close);
        }
        return first;
    }

    /** "(Protocol II) art. 6(5)": an instrument's designation, then the provision cited. */
    private static boolean designationThenProvision(String paren) {
        int close = paren.indexOf(')');
        return close > 0 && protocolDesignation(paren.substring(0, close + 1)) && provisionStart(paren) == close + 1;
    }

    /** "(Protocol I)", "(Protocol III)": how the Additional Protocols' official titles end. */
    private static boolean protocolDesignation(String paren) {
        if (!paren.startsWith("(Protocol ") || !paren.endsWith(")") || paren.length() > 15) return false;
        for (int i = 10; i < paren.length() - 1; i++) if ("IVX".indexOf(paren.charAt(i)) < 0) return false;
        return paren.length() > 11;
    }

    private static boolean bibliographicParen(String c) {
        if (c.indexOf(':') > 0 || c.indexOf(',') > 0) return true;
        if (Parts.yearWithSuffix(c) != null || Dates.whole(c) != null || endsWithYear(c)) return true;
        if (Parts.locator(c, false) != null) return true;
        String l = c.toLowerCase(Locale.ROOT).strip();
        return l.equals("n.d.") || l.startsWith("ed") || l.endsWith("ed.") || l.endsWith("eds") || l.endsWith("eds.");
    }

    /**
     * "Settlement Agreement Between the Agency and Harbor Shipping, Ltd. ¶¶ 10–14 (…)": a company's legal form after a comma
     * ends the company's name in the title; it is no outlet or part of its own. The form may carry the pinpoint
     * ("Pier Holdings, Inc. 7 (…)").
     */
    private static List<String> withCompanyForms(List<String> titleParts) {
        List<String> out = new ArrayList<>(titleParts.size());
        for (String p : titleParts) {
            int sp = p.indexOf(' ');
            if (!out.isEmpty() && COMPANY_FORMS.contains(sp < 0 ? p : p.substring(0, sp))) {
                out.set(out.size() - 1, out.get(out.size() - 1) + ", " + p);
            } else {
                out.add(p);
            }
        }
        return out.size() == titleParts.size() ? titleParts : out;
    }

    /** A company's legal form, written after its name and a comma. */
    private static final Set<String> COMPANY_FORMS = Set.of("Ltd.", "Ltd", "Inc.", "LLC", "L.L.C.", "Corp.", "Co.", "plc", "PLC",
        "S.A.", "AG", "GmbH", "N.V.", "B.V.", "L.P.", "LP", "LLP", "Pty.", "Pty");

    /**
     * "Settlement Agreement Between the Agency and Harbor Shipping, Ltd.", "Consent Agreement Between …": an agreement
     * that ends an enforcement matter, cited by its title; no book, report or page of a web site, even where posted online.
     */
    private static boolean agreementOfParties(String title) {
        return title.startsWith("Settlement Agreement ") || title.startsWith("Consent Agreement ")
                || title.startsWith("Deferred Prosecution Agreement ") || title.startsWith("Non-Prosecution Agreement ");
    }

    /** "Interview with …", "Email from …": unpublished sources whose later parts are places, not outlets. */
    private static boolean personalSource(String title) {
        String l = title.toLowerCase(Locale.ROOT);
        return l.startsWith("interview") || l.startsWith("author's interview") || l.startsWith("author\u2019s interview")
                || l.startsWith("email") || l.startsWith("e-mail") || l.startsWith("letter from") || l.startsWith("conversation")
                || l.startsWith("personal communication") || l.startsWith("correspondence");
    }

    private static boolean endsWithYear(String paren) {
        String s = paren.strip();
        if (s.endsWith(")")) s = s.substring(0, s.length() - 1).strip();
        if (s.length() < 4) return false;
        return Pages.allDigits(s.substring(s.length() - 4));
    }

    /** "at 40–44 (2016)": a page or pages after "at", then a parenthesis holding the year alone. */
    private static boolean pageAtBeforeYear(String p) {
        if (!p.startsWith("at ")) return false;
        int paren = p.indexOf(" (");
        if (paren < 0 || !p.endsWith(")")) return false;
        Parts.Locator at = Parts.locator(p.substring(0, paren), false);
        String inner = p.substring(paren + 2, p.length() - 1).strip();
        return at != null && inner.length() == 4 && Pages.allDigits(inner) && p.substring(3, paren).chars().anyMatch(Character::isDigit);
    }

    /** A part that cannot continue a title: a locator, a keyword, a date, a volume:issue. */
    static boolean isTerminator(String p) {
        if (p.isEmpty()) return false;
        if (Parts.locator(p, true) != null) return true;
        if (startsWithIn(p)) return true;
        if (p.startsWith(OPENED_FOR_SIGNATURE)) return true;
        // "at 5 (June 1, 2022)": a page, then the publication's date
        int paren = p.startsWith("at ") ? p.indexOf(" (") : -1;
        if (paren > 0 && Parts.locator(p.substring(0, paren), false) != null) return true;
        if (congressEnd(p) > 0) return true;
        // the keywords open with one of a few letters: most parts are rejected without comparing them
        if (KEYWORD_INITIALS.indexOf(Character.toLowerCase(p.charAt(0))) >= 0) {
            for (String w : KEYWORDS) {
                if (p.regionMatches(true, 0, w, 0, w.length()) || (p.length() == w.length() - 1 && p.regionMatches(true, 0, w, 0, p.length()))) {
                    return true;
                }
            }
        }
        char c = p.charAt(0);
        if (Character.isDigit(c) && Parts.volumeIssue(Parts.split(p).head()) != null) return true;
        if (Character.isDigit(c) && volumeCount(p)) return true; // "…, 3 vols. (London: …)": the set's size ends the title
        if (p.endsWith("ed.") || p.endsWith("edn") || p.endsWith("edn.") || p.endsWith("edition") || p.endsWith(" ed")) {
            if (Parts.isEdition(p)) return true;
        }
        if (p.length() <= 40 && Dates.whole(p) != null) return true;
        return monthDay(p);
    }

    /** "2023": a year alone, as a title's last part may be. */
    private static boolean yearInTitle(String p) {
        return p.length() == 4 && Pages.allDigits(p) && Dates.isYear(Integer.parseInt(p));
    }

    /** "1856–1909", "1914-1921": two years, the second not before the first. */
    private static boolean yearSpan(String p) {
        if (p.length() != 9 || p.charAt(4) != '\u2013' && p.charAt(4) != '-') return false;
        String a = p.substring(0, 4);
        String b = p.substring(5);
        return Pages.allDigits(a) && Pages.allDigits(b) && Dates.isYear(Integer.parseInt(a)) && Dates.isYear(Integer.parseInt(b))
                && b.compareTo(a) >= 0;
    }

    /** "3 vols.", "2 vols. (London: …)": how many volumes a work has. */
    static boolean volumeCount(String p) {
        int i = 0;
        while (i < p.length() && i < 3 && Character.isDigit(p.charAt(i))) i++;
        return i > 0 && p.startsWith(" vols.", i);
    }

    /** "117th Cong. 14 (2022)": where the Congress of a hearing or report ends, or -1. */
    static int congressEnd(String p) {
        if (p.isEmpty() || !Character.isDigit(p.charAt(0))) return -1;
        int i = 0;
        while (i < p.length() && i < 4 && Character.isDigit(p.charAt(i))) i++;
        if (!p.startsWith(" Cong.", i + 2)) return -1;
        String ordinal = p.substring(i, i + 2);
        return ordinal.equals("th") || ordinal.equals("st") || ordinal.equals("nd") || ordinal.equals("rd") ? i + 8 : -1;
    }

    /** "Convention …, opened for signature February 4, 1999, 2101 UNTS 155": the treaty's date follows. */
    private static final String OPENED_FOR_SIGNATURE = "opened for signature ";

    private static final String[] KEYWORDS = {"ed. ", "eds. ", "eds ", "edited by ", "trans. ", "translated by ",
        "vol. ", "vols. ", "no. ", "n.d. ", "repr. ", "reprinted ", "edited and ", "translated and ", "foreword by ",
        "introduction by ", "with an introduction", "comp. ", "compiled by "};

    /** The first letters of {@link #KEYWORDS}, in lower case. */
    private static final String KEYWORD_INITIALS = initials(KEYWORDS);

    private static String initials(String[] words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) if (b.indexOf(w.substring(0, 1)) < 0) b.append(w.charAt(0));
        return b.toString();
    }

    private static boolean startsWithIn(String p) {
        return p.startsWith("in ") || p.startsWith("In ") || p.startsWith("in: ") || p.startsWith("In: ");
    }

    /** "January 3", "Jan. 3": the first half of a US date cut in two by its comma. */
    static boolean monthDay(String p) {
        String s = p.strip();
        int sp = s.indexOf(' ');
        if (sp <= 0 || sp > 10) return false;
        if (Lexicon.month(s.substring(0, sp)) == 0) return false;
        String day = s.substring(sp + 1).strip();
        return day.length() <= 2 && Pages.allDigits(day) && Integer.parseInt(day) >= 1 && Integer.parseInt(day) <= 31;
    }

    /** "95 Harv. L. Rev. 1", "1833 U.N.T.S. 397": volume, abbreviated container, first page. */
    static boolean isBluebookJournal(String p) {
        String[] v = bluebookJournal(p);
        return v != null;
    }

    static String[] bluebookJournal(String p) {
        String s = Parts.split(p).head();
        if (Dates.whole(s) != null) return null; // "3 May 2019" is a date, not volume 3 of "May"
        int a = s.indexOf(' ');
        int b = s.lastIndexOf(' ');
        if (a <= 0 || b <= a) return null;
        String vol = s.substring(0, a);
        String page = s.substring(b + 1);
        String container = s.substring(a + 1, b).strip();
        if (container.isEmpty() || !Character.isUpperCase(container.charAt(0))) return null;
        // "1 U.N.T.S. XVI": the Charter's pages in the first volume of the series are Roman
        boolean romanPage = page.length() <= 8 && page.equals(page.toUpperCase(Locale.ROOT))
                && Pages.isRoman(page.toLowerCase(Locale.ROOT)) && isTreatySeries(container);
        // "2010 E.C.R. I-7745": the European Court Reports page the Court of Justice (I) or the General Court (II)
        boolean courtPage = (page.startsWith("I-") || page.startsWith("II-")) && Pages.allDigits(page.substring(page.indexOf('-') + 1))
                && (container.equals("E.C.R.") || container.equals("ECR"));
        if (courtPage) return Pages.allDigits(vol) && vol.length() == 4 ? new String[] {vol, container, page} : null;
        // "61 Stat. A-11": the Statutes at Large print some treaties in lettered appendices
        boolean appendixPage = container.equals("Stat.") && page.length() <= 7 && page.length() > 2 && Character.isUpperCase(page.charAt(0))
                && page.charAt(1) == '-' && Pages.allDigits(page.substring(2));
        if (appendixPage) return Pages.allDigits(vol) ? new String[] {vol, container, page} : null;
        // "2022 WL 4481230", "2019 U.S. Dist. LEXIS 112233": a database's document numbers run to seven digits
        int longestPage = container.equals("WL") || container.endsWith("LEXIS") ? 8 : 6;
        if (!Pages.allDigits(vol) || vol.length() > 5 || !(Pages.allDigits(page) || romanPage) || page.length() > longestPage) return null;
        return new String[] {vol, container, page};
    }

    /** "103 Tex. L. Rev. (forthcoming 2025)": volume and journal of an article not yet paged; null otherwise. */
    static String[] forthcomingJournal(Parts.Split sp) {
        if (sp.parens().isEmpty() || !sp.parens().get(0).startsWith("forthcoming")) return null;
        String s = sp.head();
        int a = s.indexOf(' ');
        if (a <= 0 || a > 5 || !Pages.allDigits(s.substring(0, a)) || a + 1 >= s.length()
                || !Character.isUpperCase(s.charAt(a + 1))) return null;
        return new String[] {s.substring(0, a), s.substring(a + 1).strip()};
    }

    // ---------------------------------------------------------------- the parts after the title

    /** "Antiquity and Provenance Review 31:2 (2022)", "… Review 31": a journal's name in capitals and its volume. */
    private static final java.util.regex.Pattern JOURNAL_WITH_VOLUME = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{L}+(?: (?:and|of|&|\\p{Lu}\\p{L}+))* \\d{1,4}(?::\\d{1,3})?(?: \\((?:\\p{L}+ )?\\d{4}\\))?(?::.*)?");

    /** One word in capitals, letters only ("Art"): the first part of a name that holds a comma. */
    private static boolean nameWord(String p) {
        if (p.length() < 2 || !Character.isUpperCase(p.charAt(0))) return false;
        for (int k = 1; k < p.length(); k++) if (!Character.isLowerCase(p.charAt(k))) return false;
        return true;
    }

    void runParts(List<int[]> parts, int start) {
        int i = start;
        while (i < parts.size()) {
            String p = text(parts, i);
            String lower = p.toLowerCase(Locale.ROOT);
            if (startsWithIn(p) && d.fields.container() == null && !chapter) {
                i = readIn(parts, i);
                continue;
            }
            int ed = Parts.startsWithWord(p, "ed. ", "eds. ", "edited by ", "eds ");
            if (ed > 0 && !Parts.isEdition(p)) {
                i = readNames(parts, i, ed, true);
                continue;
            }
            int tr = Parts.startsWithWord(p, "trans. ", "translated by ", "tr. ", "foreword by ", "introduction by ",
                "compiled by ", "comp. ");
            if (tr > 0) {
                i = readNames(parts, i, tr, false);
                continue;
            }
            if (p.startsWith(OPENED_FOR_SIGNATURE)) p = p.substring(OPENED_FOR_SIGNATURE.length());
            int congress = congressEnd(p);
            if (congress > 0) {
                // "Title: Hearing Before …, 117th Cong. 14 (2022)": a congressional document; the page cited follows
                congressional = true;
                p = p.substring(congress).strip();
                if (p.isEmpty()) {
                    i++;
                    continue;
                }
            }
            // "‘Title’, Art, Antiquity and Provenance Review 31:2 (2022)": a journal whose name holds a comma
            if (d.fields.title() != null && d.fields.container() == null && i + 1 < parts.size() && nameWord(p)
                    && JOURNAL_WITH_VOLUME.matcher(text(parts, i + 1)).matches() && !monthDay(text(parts, i + 1))
                    && Dates.whole(text(parts, i + 1)) == null) {
                handlePart(p + ", " + text(parts, i + 1));
                i += 2;
                continue;
            }
            if (p.startsWith("as revised ") || p.startsWith("as amended ") || p.startsWith("as modified ")) {
                // "…, Sept. 9, 1886, as revised at Paris July 24, 1971, 1161 U.N.T.S. 3": a treaty's later revision, dated
                // after its place; the treaty is dated by its signature, and the revision's year is no pinpoint
                i++;
                int day = p.lastIndexOf(' ', p.lastIndexOf(' ') - 1);
                if (day > 0 && monthDay(p.substring(day)) && i < parts.size() && Parts.yearWithSuffix(text(parts, i)) != null) i++;
                continue;
            }
            if (monthDay(p) && i + 1 < parts.size()) {
                String next = text(parts, i + 1);
                Parts.Split ns = Parts.split(next);
                if (Parts.yearWithSuffix(ns.head()) != null) {
                    handlePart(p + ", " + next);
                    i += 2;
                    continue;
                }
            }
            if (lower.equals("n.d.") || lower.equals("n.d")) {
                i++;
                continue;
            }
            handlePart(p);
            i++;
        }
    }

    /** "in Knudsen and Navari (eds), Book (imprint)" or "in Book, ed. Knudsen (imprint)". */
    private int readIn(List<int[]> parts, int i) {
        chapter = true;
        String p = text(parts, i);
        String first = p.substring(p.startsWith("in: ") || p.startsWith("In: ") ? 4 : 3).strip();
        // editors first?
        int j = i;
        int found = -1;
        StringBuilder names = new StringBuilder();
        for (; j < parts.size() && j < i + 10; j++) {
            String body = j == i ? first : text(parts, j);
            String bare = Parts.withoutEditorMarker(body);
            String candidate = bare != null ? bare : body;
            if (candidate.indexOf('(') >= 0) break;
            List<String> ns = Names.splitList(candidate);
            if (ns.isEmpty() || !Names.allNames(ns, true, true) && !(bare != null && initialsThenFamily(ns))) break;
            if (names.length() > 0) names.append(", ");
            names.append(candidate);
            if (bare != null) {
                found = j;
                break;
            }
        }
        if (found >= 0) {
            List<Agent> editors = new ArrayList<>();
            for (String n : Names.splitList(names.toString())) editors.add(Names.person(n));
            d.fields.editors(editors);
            return readContainer(parts, found + 1, null);
        }
        return readContainer(parts, i, first);
    }

    private static final Pattern INITIALS_THEN_FAMILY = Pattern.compile("(?:\\p{Lu} ){1,3}\\p{Lu}[\\p{L}'\u2019-]+");

    /** OSCOLA's "A Castellanos and B Whitfield (eds)": initials without stops ("A" reads as an article elsewhere). */
    private static boolean initialsThenFamily(List<String> names) {
        for (String n : names) if (!INITIALS_THEN_FAMILY.matcher(n).matches()) return false;
        return true;
    }

    /** A book title given as the container of a chapter; returns the next part's index. */
    private int readContainer(List<int[]> parts, int from, String firstOverride) {
        List<String> titleParts = new ArrayList<>();
        String pendingParen = null;
        int k = from;
        for (; k < parts.size(); k++) {
            String p = k == from && firstOverride != null ? firstOverride : text(parts, k);
            if (k > from && isTerminator(p)) break;
            if (k > from && isBluebookJournal(p)) break;
            int paren = closingParen(p);
            if (paren >= 0) {
                String head = p.substring(0, paren).strip();
                if (!head.isEmpty()) titleParts.add(head);
                pendingParen = p.substring(paren);
                k++;
                break;
            }
            titleParts.add(p);
        }
        if (!titleParts.isEmpty() && pendingParen != null && pendingParen.indexOf(':') < 0 && endsWithYear(pendingParen)) {
            titleParts = new ArrayList<>(titleParts);
            bluebookChapterPages(titleParts);
        }
        if (!titleParts.isEmpty()) {
            String title = String.join(", ", titleParts);
            Scan s = Scan.of(title);
            if (s.quoteSpans().size() == 1 && s.quoteSpans().get(0)[0] == 0 && s.quoteSpans().get(0)[1] == title.length() - 1) {
                title = CitationParser.cleanTitle(title.substring(1, title.length() - 1));
            }
            d.fields.container(title);
        }
        if (pendingParen != null) handlePart(pendingParen);
        return k;
    }

    /**
     * Bluebook chapters: "in Book Title 211, 215 (Editor ed., 2016)" — the number glued to the
     * book's title is the chapter's first page, a number after it the pinpoint.
     */
    private void bluebookChapterPages(List<String> titleParts) {
        String pin = null;
        String lastPart = titleParts.get(titleParts.size() - 1);
        if (titleParts.size() >= 2 && digitsAndDashes(lastPart) && Parts.pageList(lastPart)) {
            pin = lastPart;
            titleParts.remove(titleParts.size() - 1);
        }
        String last = titleParts.get(titleParts.size() - 1);
        int sp = last.lastIndexOf(' ');
        String num = sp > 0 ? last.substring(sp + 1) : "";
        if (num.isEmpty() || !Pages.allDigits(num)) {
            if (pin != null) titleParts.add(pin);
            return;
        }
        String before = last.substring(0, sp).strip();
        if (before.endsWith(" \u00B6") || before.endsWith(" \u00A7")) {
            // "in Encyclopedia of Harbour Law ¶ 12 (Editor ed., 2011)": an entry's paragraph, not a first page
            titleParts.set(titleParts.size() - 1, before.substring(0, before.length() - 2).strip());
            addLoc(new Parts.Locator(before.substring(before.length() - 1) + " " + num, "para", false), false, false);
            return;
        }
        titleParts.set(titleParts.size() - 1, before);
        addLoc(new Parts.Locator(num, "first", false), false, false);
        if (pin != null) addLoc(new Parts.Locator(Pages.expandList(pin), "bare", pin.indexOf('-') > 0 || pin.indexOf('\u2013') > 0), false, false);
    }

    /** "ed. A and B (imprint)" or "trans. C": names, then whatever parenthesis closes the part. */
    private int readNames(List<int[]> parts, int i, int prefix, boolean editors) {
        StringBuilder names = new StringBuilder(text(parts, i).substring(prefix));
        String pendingParen = null;
        int k = i;
        while (true) {
            int paren = names.indexOf("(");
            if (paren >= 0) {
                pendingParen = names.substring(paren);
                names.setLength(paren);
                break;
            }
            if (k + 1 >= parts.size()) break;
            String next = text(parts, k + 1);
            String head = Parts.split(next).head();
            boolean andStart = head.startsWith("and ") || head.startsWith("& ");
            List<String> ns = Names.splitList(head);
            if (isTerminator(next) || ns.isEmpty() || !Names.allNames(ns, true, true)) break;
            if (!andStart && next.indexOf('(') < 0 && !nextIsAnd(parts, k + 2)) break;
            names.append(", ").append(next);
            k++;
        }
        if (editors) {
            List<Agent> list = new ArrayList<>();
            for (String n : Names.splitList(names.toString())) {
                Names.Kind kind = Names.kind(n);
                list.add(kind == Names.Kind.FULL || kind == Names.Kind.FAMILY_ONLY ? Names.person(n) : new Organization(n));
            }
            if (!list.isEmpty()) d.fields.editors(list);
        }
        if (pendingParen != null) handlePart(pendingParen);
        return k + 1;
    }

    private boolean nextIsAnd(List<int[]> parts, int j) {
        if (j >= parts.size()) return false;
        String p = text(parts, j);
        return p.startsWith("and ") || p.startsWith("& ");
    }

    void markChapter() {
        chapter = true;
    }

    /** A part of a reference-list entry: "27(3)" and "41 (3): 601–22" are volume and issue. */
    void handleEntryPart(String part) {
        Parts.Split sp = Parts.split(part);
        // Harvard "Journal, 27, pp. 55–70": a volume without an issue, right after the journal
        if (sp.parens().isEmpty() && sp.after().isEmpty() && Pages.allDigits(sp.head()) && sp.head().length() <= 4
                && !Dates.isYear(Integer.parseInt(sp.head())) && d.fields.container() != null && d.fields.volume() == null
                && locs.isEmpty()) {
            d.fields.volume(sp.head());
            return;
        }
        if (Pages.allDigits(sp.head()) && sp.head().length() <= 5 && sp.parens().size() == 1
                && Parts.isIssueToken(sp.parens().get(0)) && d.fields.volume() == null) {
            d.fields.volume(sp.head()).issue(sp.parens().get(0));
            String after = sp.after();
            if (!after.isEmpty()) {
                boolean colon = after.startsWith(":");
                Parts.Locator loc = Parts.locator(colon ? after.substring(1).strip() : after, true);
                if (loc != null) addLoc(loc, false, colon);
            }
            return;
        }
        if (bareVolume(sp)) {
            d.fields.volume(sp.head()); // APA "Journal, 7, 1–22": the number after the journal is its volume
            return;
        }
        handlePart(part);
    }

    /**
     * Chicago author–date "Media, War and Law 12 (1): 1–24.", "Yearbook of Humanitarian Law 24: 119–50.": a
     * journal's name, volume, perhaps its issue, and the article's pages, in one sentence.
     */
    void journalSentence(String journal, String volume, String issue, String pages) {
        d.fields.container(journal).volume(volume);
        if (issue != null) d.fields.issue(issue);
        Parts.Locator loc = Parts.locator(pages, true);
        if (loc != null) addLoc(loc, false, true);
    }

    /** "Y.B. Int'l L. Comm'n 2001": the yearbook is the container, the number after it its year. */
    private void yearbook(String head) {
        String name = withoutTrailingYear(head);
        d.fields.container(name);
        if (name.length() < head.length() && d.fields.year() == null) d.fields.year(head.substring(name.length() + 1));
    }

    /** A year standing alone right after a yearbook's name, before its volume and pages. */
    private boolean yearOfYearbook(String head) {
        return head.length() == 4 && Pages.allDigits(head) && Dates.isYear(Integer.parseInt(head)) && d.fields.year() == null
                && d.fields.volume() == null && locs.isEmpty() && d.fields.container() != null
                && institutionalYearbook(d.fields.container());
    }

    /** "pt. 2", "Part 2": the part of a volume; null for anything else. */
    private static String partWord(String head) {
        if (head.length() > 12 || !(head.startsWith("pt. ") || head.startsWith("Pt. ") || head.startsWith("part ")
                || head.startsWith("Part "))) return null;
        String v = head.substring(head.indexOf(' ') + 1).strip();
        return v.isEmpty() || v.indexOf(' ') >= 0 ? null : v;
    }

    /** Bluebook's Official Journal of the European Union: "2012 O.J. (C 326) 13", "2014 O.J. (L 78) 6 (EU)". */
    private static final Pattern OFFICIAL_JOURNAL = Pattern.compile(
            "(?<year>(?:19|20)\\d\\d) O\\.J\\. \\((?<series>[CL] ?\\d+(?:/\\d+)?)\\) (?<page>\\d+)(?: \\(EU\\))?");

    /**
     * The Official Journal is cited like a report numbered by year: its year, its series and number
     * (the issue) in brackets, then the first page.
     */
    private boolean officialJournal(String part) {
        if (part.indexOf("O.J.") < 0) return false;
        java.util.regex.Matcher m = OFFICIAL_JOURNAL.matcher(part.strip());
        if (!m.matches()) return false;
        d.fields.year(m.group("year")).container("O.J.").issue(m.group("series"));
        bluebookJournal = true;
        // the first page, even after the article cited ("Council Regulation 269/2014, art. 2, 2014 O.J. (L 78) 6")
        d.fields.pages(m.group("page"));
        return true;
    }

    private static final Pattern US_TREATY_NUMBER = Pattern.compile("(?:S\\. Treaty Doc\\.|T\\.I\\.A\\.S\\.)(?: No\\.)? [\\d-]+");

    /**
     * "S. Treaty Doc. No. 106-11, 38 I.L.M. 914": whether the part after the United States' number cites the treaty
     * by volume, series and page, a parallel cite that names the series the treaty is filed under.
     */
    private boolean pagedSeriesAfter(String part) {
        int at = d.raw.indexOf(part);
        if (at < 0) return false;
        String rest = d.raw.substring(at + part.length()).strip();
        if (!rest.startsWith(",")) return false;
        rest = rest.substring(1).strip();
        int comma = rest.indexOf(',');
        String next = comma < 0 ? rest : rest.substring(0, comma);
        int bracket = next.indexOf(" [");
        if (bracket > 0) next = next.substring(0, bracket); // "37 I.L.M. 1 [hereinafter Bribery Convention]"
        return bluebookJournal(next.strip()) != null;
    }

    private static final Pattern SENATE_EXECUTIVE_DOCUMENT = Pattern.compile("S\\. Exec\\. Doc\\. (?:No\\. )?[A-Z\\d]{1,3}");
    /** "95-2 (1978)": the Congress and its session that received a Senate executive document, and the year. */
    private static final Pattern CONGRESS_SESSION = Pattern.compile("\\d{1,3}-\\d(?: \\(\\d{4}\\))?");

    /**
     * "…, Dec. 16, 1966, S. Exec. Doc. E, 95-2 (1978), 999 U.N.T.S. 171": the Senate's print of a treaty beside the United
     * Nations' series, which the treaty is filed under; the print's letter, Congress-session number and year are passed
     * over, not read as pages.
     */
    private boolean senateExecutiveDocument(String part) {
        String p = part.strip();
        if (senateExecutiveDocument && CONGRESS_SESSION.matcher(p).matches()) {
            senateExecutiveDocument = false;
            return true;
        }
        if (!p.startsWith("S. Exec. Doc.") || !SENATE_EXECUTIVE_DOCUMENT.matcher(p).matches()
                || !(d.raw.contains(" U.N.T.S. ") || d.raw.contains(" UNTS "))) return false;
        senateExecutiveDocument = true;
        return true;
    }

    /** Cite Them Right's "… (2003) Official Journal L251, 3 October, pp. 12–18": the journal, its series and number. */
    private static final Pattern OFFICIAL_JOURNAL_SERIES = Pattern.compile(
            "Official Journal(?: of the European (?:Union|Communities))? (?<series>[CL] ?\\d+(?:/\\d+)?)");

    /** A reference list's act of the European Union in its Official Journal; the range that follows is its own. */
    private boolean officialJournalSeries(String part) {
        if (!part.startsWith("Official Journal") || d.fields.container() != null) return false;
        int space = part.lastIndexOf(' ');
        java.util.regex.Matcher m = OFFICIAL_JOURNAL_SERIES.matcher(part.strip());
        if (!m.matches()) return false;
        d.fields.container(part.substring(0, space).strip()).issue(m.group("series"));
        listedInJournal = true;
        return true;
    }

    /** A lone number right after an entry's journal, before any page: the volume. */
    private boolean bareVolume(Parts.Split sp) {
        String head = sp.head();
        return Pages.allDigits(head) && !head.isEmpty() && head.length() <= 4 && sp.parens().isEmpty() && sp.after().isEmpty()
                && !(head.length() == 4 && Dates.isYear(Integer.parseInt(head)))
                && d.fields.volume() == null && d.fields.container() != null && locs.isEmpty() && !chapter;
    }

    /** One part: head, parenthesised groups, and a ": pages" tail. */
    void handlePart(String part) {
        if (quotedTitle && Signals.partOfThisVolume(part)) {
            chapter = true; // "“Title,” chapter 7 in this volume": a chapter of the book the note stands in
            return;
        }
        Parts.Locator whole = part.indexOf('(') > 0 ? Parts.locator(part, false) : null;
        if (whole != null && whole.kind().equals("para")) {
            addLoc(whole, false, false); // "art 31(3)(c)", "para 4(b)"
            return;
        }
        if (officialJournal(part)) return;
        // "S. Treaty Doc. No. 100-20, 1465 U.N.T.S. 85": the United States' own number for a treaty, beside the
        // United Nations' series, which the treaty is filed under (alone, "T.I.A.S. No. 15-303" is the series)
        if ((part.startsWith("S. Treaty Doc.") || part.startsWith("T.I.A.S.")) && US_TREATY_NUMBER.matcher(part.strip()).matches()
                && (d.raw.contains(" U.N.T.S. ") || d.raw.contains(" UNTS ") || pagedSeriesAfter(part))) return;
        if (senateExecutiveDocument(part)) return;
        if (officialJournalSeries(part)) return;
        if (euDocumentNumber(part)) return;
        Parts.Split sp = Parts.split(part);
        String head = sp.head();
        if (head.isEmpty() && sp.after().startsWith("Official Journal") && officialJournalSeries(sp.after())) {
            for (String c : sp.parens()) paren(c); // "(2003) Official Journal L251": the year, then the journal
            return;
        }
        int leagueNumber = leagueDocumentNumber(head);
        if (leagueNumber > 0) {
            // "League of Nations Doc. C.24.M.18.1929.I (Geneva, 1929)": the League's documents are numbered like reports
            d.fields.issue(head.substring(leagueNumber).strip());
            leagueDocument = true;
            for (String c : sp.parens()) handlePart("(" + c + ")");
            return;
        }
        boolean yearParen = false;
        for (String c : sp.parens()) {
            if (Parts.yearWithSuffix(c) != null || Dates.whole(c) != null || Parts.yearSpan(c) != null) yearParen = true;
        }
        if (!head.isEmpty()) {
            String[] vi;
            String v;
            String[] bb;
            Parts.Locator loc;
            Dates.Parsed headDate = Dates.whole(head);
            if (headDate != null && headDate.iso() != null) {
                setDate(headDate); // "3 May 2019" before anything that reads numbers
            } else if (bracketYear(head)) {
                // done
            } else if (volumeJournalYearPage(sp)) {
                return;
            } else if (d.fields.container() == null && !quotedTitle && !entry && sp.parens().isEmpty()
                    && (vi = Parts.volumeColonPage(head)) != null) {
                // "Boundaries at Sea (Leiden: …, 2020), 1:214–16": a multivolume book's volume and page
                d.fields.volume(vi[0]);
                volumeOfBook = true;
                addLoc(new Parts.Locator(vi[1], "bare", vi[1].indexOf('-') > 0), false, false);
            } else if ((vi = Parts.volumeIssue(head)) != null) {
                d.fields.volume(vi[0]).issue(vi[1]);
            } else if ((v = Parts.volumeWord(head)) != null) {
                // "Yearbook of the International Law Commission 2011, vol. II": the number after the title was its year
                String before = d.fields.volume();
                if (before != null && before.length() == 4 && Pages.allDigits(before) && d.fields.year() == null
                        && Dates.isYear(Integer.parseInt(before))) {
                    d.fields.year(before);
                }
                d.fields.volume(v);
            } else if ((v = Parts.issueWord(head)) != null) {
                d.fields.issue(v);
            } else if (d.fields.volume() != null && d.fields.issue() == null && d.fields.container() != null
                    && (v = partWord(head)) != null) {
                d.fields.issue(v); // "Yearbook of the International Law Commission 2001, vol. II, pt. 2": the part of the volume
            } else if (yearOfYearbook(head)) {
                d.fields.year(head); // "Yearbook of the International Law Commission, 2001, vol. II"
            } else if (Parts.isEdition(head) || head.equalsIgnoreCase("n.d.")) {
                // nothing to record
            } else if ((bb = forthcomingJournal(sp)) != null && d.fields.volume() == null) {
                d.fields.volume(bb[0]).container(bb[1]);
                bluebookJournal = true;
            } else if ((bb = bluebookJournal(head)) != null && d.fields.volume() == null && sp.parens().size() <= 1
                    && (d.fields.container() == null || quotedTitle) && !Pages.allDigits(bb[1].replace(" ", ""))) {
                reportCitation(bb);
                d.fields.container(bb[1]);
            } else if ((loc = Parts.locator(head, true)) != null) {
                if (loc.kind().equals("bare") && !loc.range() && yearParen && d.fields.volume() == null
                        && d.fields.container() != null && locs.isEmpty() && Pages.allDigits(head)) {
                    d.fields.volume(head); // "United Nations Treaty Series, 2632 (2009)"
                } else {
                    addLoc(loc, false, false);
                }
            } else {
                Dates.Parsed date = Dates.whole(head);
                if (date != null) setDate(date);
                else if (d.fields.container() == null && head.charAt(0) == 'Y' && institutionalYearbook(head)) yearbook(head);
                else textPart(head, yearParen);
            }
        }
        if (cityOfPaper(head, sp)) {
            // Chicago's "Times (London)": the city tells papers of one name apart and belongs to the name
            d.fields.container(head + " (" + sp.parens().get(0) + ")");
            return;
        }
        for (String c : sp.parens()) paren(c);
        String after = sp.after();
        if (!after.isEmpty()) {
            boolean colon = after.startsWith(":");
            String rest = colon ? after.substring(1).strip() : after;
            int pinAt = colon ? -1 : pinpointAfterReport(rest);
            String[] report = colon ? null : bluebookJournal(pinAt < 0 ? rest : rest.substring(0, pinAt));
            if (report != null && d.fields.volume() == null) {
                // OSCOLA and treaty series after a parenthesis: "(2013) 62 ICLQ 301", "(…) 2380 UNTS 221 art 5"
                reportCitation(report);
                if (pinAt > 0) addLoc(Parts.locator(rest.substring(pinAt + 1), false), false, false);
                return;
            }
            Parts.Locator loc = Parts.locator(rest, true);
            if (loc != null) addLoc(loc, false, colon);
        }
    }

    /**
     * The European Journal of International Law's house style: "1 EJIL (1990) 4", "281 RdC (1999) 9":
     * the volume, the journal, its year in brackets and the first page.
     */
    private boolean volumeJournalYearPage(Parts.Split sp) {
        String head = sp.head();
        if (d.fields.volume() != null || sp.parens().size() != 1 || head.isEmpty() || !Character.isDigit(head.charAt(0))) return false;
        int space = head.indexOf(' ');
        if (space <= 0 || space > 4 || !Pages.allDigits(head.substring(0, space))) return false;
        String journal = head.substring(space + 1).strip();
        if (journal.isEmpty() || !Character.isUpperCase(journal.charAt(0)) || Parts.locator(journal, false) != null) return false;
        String[] year = Parts.yearWithSuffix(sp.parens().get(0));
        String page = sp.after();
        if (year == null || page.isEmpty() || !Character.isDigit(page.charAt(0))) return false;
        Parts.Locator first = Parts.locator(page, true);
        if (first == null || !first.kind().equals("bare")) return false;
        d.fields.volume(head.substring(0, space)).year(year[0]);
        if (d.fields.container() == null || !quotedTitle) d.fields.container(journal);
        bluebookJournal = true;
        addLoc(new Parts.Locator(first.value(), "first", first.range()), false, false);
        return true;
    }

    /** Whether this part is a paper's name just read as the container, then its city in brackets and nothing more. */
    private boolean cityOfPaper(String head, Parts.Split sp) {
        return !entry && quotedTitle && sp.parens().size() == 1 && sp.after().isEmpty() && head.equals(d.fields.container())
                && isNews(head) && Lexicon.PUBLISHING_PLACES.contains(sp.parens().get(0));
    }

    /** "1155 UNTS 331 art 31": where the space before a provision that follows the first page is; else -1. */
    private static int pinpointAfterReport(String s) {
        int first = s.indexOf(' ');
        int second = first < 0 ? -1 : s.indexOf(' ', first + 1);
        for (int k = second < 0 ? -1 : s.indexOf(' ', second + 1); k > 0; k = s.indexOf(' ', k + 1)) {
            char c = s.charAt(k + 1);
            if (Character.isDigit(c)) continue;
            Parts.Locator loc = Parts.locator(s.substring(k + 1), false);
            if (loc != null) return Pages.allDigits(s.substring(s.lastIndexOf(' ', k - 1) + 1, k)) ? k : -1;
        }
        return -1;
    }

    private void reportCitation(String[] report) {
        if (report[0].length() == 4 && Dates.isYear(Integer.parseInt(report[0])) && isYearNumberedReport(report[1])) {
            d.fields.year(report[0]);
        } else {
            d.fields.volume(report[0]);
        }
        if (d.fields.container() == null || !quotedTitle) d.fields.container(report[1]);
        bluebookJournal = true;
        addLoc(new Parts.Locator(report[2], "first", false), false, false);
    }

    /** Law reports numbered by year rather than volume: "1986 I.C.J. 14", "2004 WL 123". */
    private static boolean isYearNumberedReport(String container) {
        String c = container.replace(".", "").replace(" ", "").toLowerCase(Locale.ROOT);
        return c.equals("icj") || c.equals("wl") || c.equals("ilm") || c.startsWith("icjrep") || c.equals("pcij") || c.equals("ecr");
    }

    /** "[2013] CLJ 301": a year in square brackets, then a report without volume and its first page. */
    private boolean bracketYear(String head) {
        if (!(head.length() > 7 && head.charAt(0) == '[' && head.charAt(5) == ']' && Pages.allDigits(head.substring(1, 5)))) {
            return false;
        }
        d.fields.year(head.substring(1, 5));
        String rest = head.substring(6).strip();
        String[] bb = bluebookJournal(rest);
        if (bb != null) {
            reportCitation(bb);
            return true;
        }
        int sp = rest.lastIndexOf(' ');
        if (sp > 0 && Pages.allDigits(rest.substring(sp + 1))) {
            if (d.fields.container() == null || !quotedTitle) d.fields.container(rest.substring(0, sp).strip());
            bluebookJournal = true;
            addLoc(new Parts.Locator(rest.substring(sp + 1), "first", false), false, false);
        }
        return true;
    }

    private void setDate(Dates.Parsed date) {
        if (date.iso() != null) d.fields.date(date.iso());
        if (d.fields.year() == null || date.iso() != null) d.fields.year(date.year());
    }

    /**
     * A part that is no number, date or locator: a container, a place, a publisher.
     *
     * @param yearParen whether a year in brackets follows the part ("Journal 41:2 (2019)")
     */
    private void textPart(String head, boolean yearParen) {
        // commentary after a citation ("…, p. 5, noting that …") is no container: titles of journals,
        // books and sites start with a capital, a digit or a quote
        if (head.isEmpty() || Character.isLowerCase(head.charAt(0))) return;
        if (head.endsWith(" [online]")) head = head.substring(0, head.length() - 9); // Harvard "Journal [online], 9(3)"
        String[] series = d.fields.container() == null ? Parts.seriesNumber(head) : null;
        if (series != null) {
            d.fields.container(series[0]).issue(series[1]); // "Africa Report No. 301"
            return;
        }
        if ((entry || listedInJournal) && d.fields.date() == null) {
            String iso = Dates.dayMonth(head, d.fields.year()); // Harvard: "The Conversation, 12 March"
            if (iso != null) {
                d.fields.date(iso);
                return;
            }
        }
        if (d.fields.container() == null && (quotedTitle || entry)) {
            int sp = head.lastIndexOf(' ');
            String last = sp > 0 ? head.substring(sp + 1) : "";
            int colon = last.indexOf(':');
            Parts.Locator page = colon > 0 && colon <= 4 && Pages.allDigits(last.substring(0, colon))
                    ? Parts.locator(last.substring(colon + 1), true) : null;
            if (sp > 0 && Pages.allDigits(last) && last.length() <= 5 && d.fields.volume() == null
                    && hasLetter(head.substring(0, sp))) {
                d.fields.container(head.substring(0, sp).strip()).volume(last);
            } else if (sp > 0 && page != null && yearParen && !page.range() && d.fields.volume() == null && hasLetter(head.substring(0, sp))) {
                // "Journal 41:2 (2019)": before the year, the volume and its issue
                d.fields.container(head.substring(0, sp).strip()).volume(last.substring(0, colon)).issue(page.value());
            } else if (sp > 0 && page != null && d.fields.volume() == null && hasLetter(head.substring(0, sp))) {
                // "Journal of X 12:45–47": the volume, then the page cited
                d.fields.container(head.substring(0, sp).strip()).volume(last.substring(0, colon));
                addLoc(page, false, true);
                volumeColonPage = true;
            } else if (!entry && quotedTitle && d.fields.place() == null && Lexicon.PUBLISHING_PLACES.contains(head)) {
                // "Sergey Lavrov, ‘Statement at …’, New York, 28 September 2018": where it was said, not an outlet
                d.fields.place(head);
            } else {
                d.fields.container(head);
            }
            return;
        }
        String[] imp = Parts.imprint(head);
        if (imp != null && d.fields.publisher() == null && imp[1] != null) {
            applyImprint(imp);
            return;
        }
        if (entry && d.fields.publisher() == null && !hasDigit(head)) {
            d.fields.publisher(head);
        }
    }

    /** "March/April", "Spring–Summer", "Winter": the season or months of an issue. */
    private static boolean monthsOnly(String s) {
        for (String w : words(s)) {
            if (Lexicon.month(w) == 0 && !w.equals("spring") && !w.equals("summer") && !w.equals("autumn")
                    && !w.equals("fall") && !w.equals("winter")) return false;
        }
        return true;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) return true;
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }

    void applyImprint(String[] imp) {
        imprint = true;
        if (imp[0] != null) d.fields.place(imp[0]);
        if (imp[1] != null) d.fields.publisher(imp[1]);
        if (imp[2] != null) {
            d.fields.year(imp[2]);
            if (imp[3] != null) d.yearSuffix = imp[3];
        }
    }

    /**
     * OSCOLA's online post: "‘Title’ (EJIL: Talk!, 4 March 2019) &lt;url&gt;": the site and the day of the
     * post in the parenthesis. Only with an address, and only when no outlet was named before it
     * ("The Guardian (London, 22 May 2019)" is a paper and its place).
     */
    private boolean siteAndDate(String c) {
        if (d.fields.url() == null || d.fields.container() != null) return false;
        int comma = c.lastIndexOf(", ");
        if (comma <= 0) return false;
        Dates.Parsed date = Dates.whole(c.substring(comma + 2).strip());
        if (date == null || date.iso() == null || date.iso().length() < 10) return false;
        String site = c.substring(0, comma).strip();
        if (site.isEmpty() || !Character.isUpperCase(site.charAt(0))) return false;
        d.fields.container(site);
        setDate(date);
        declaredWebSite = true;
        return true;
    }

    private void paren(String content) {
        String c = content.strip();
        if (c.isEmpty()) return;
        String lc = c.toLowerCase(Locale.ROOT);
        if (lc.equals("blog") || lc.equals("blog post") || lc.equals("website") || lc.equals("web page") || lc.equals("podcast")) {
            declaredWebSite = true;
            return;
        }
        Parts.Locator loc = Parts.locator(c, false);
        if (loc != null) {
            addLoc(loc, true, false);
            return;
        }
        // Bluebook "(forthcoming 2025) (manuscript at 14)": the year to come, then a page of the manuscript
        if (lc.startsWith("forthcoming ") && Parts.yearWithSuffix(c.substring(12).strip()) != null) {
            d.fields.year(Parts.yearWithSuffix(c.substring(12).strip())[0]);
            return;
        }
        if (lc.startsWith("manuscript at ") && (loc = Parts.locator(c.substring(14).strip(), true)) != null) {
            addLoc(loc, false, false);
            return;
        }
        // APA "(2nd ed., pp. 113–140)": the edition is no field, the range still is
        int editionComma = c.indexOf(", ");
        if (editionComma > 0 && Parts.isEdition(c.substring(0, editionComma))) {
            paren(c.substring(editionComma + 2));
            return;
        }
        // APA "(Vol. 3, pp. 210–215)": the volume of a multi-volume book, then the range
        if (editionComma > 0 && (lc.startsWith("vol. ") || lc.startsWith("volume ")) && d.fields.volume() == null) {
            String volume = c.substring(c.indexOf(' ') + 1, editionComma).strip();
            Parts.Locator range = Parts.locator(c.substring(editionComma + 2), false);
            if (!volume.isEmpty() && volume.length() <= 6 && range != null) {
                d.fields.volume(volume);
                addLoc(range, true, false);
                return;
            }
        }
        if (siteAndDate(c)) return;
        String[] imp = Parts.imprint(c);
        if (imp != null) {
            applyImprint(imp);
            return;
        }
        Dates.Parsed date = Dates.whole(c);
        if (date != null) {
            setDate(date);
            return;
        }
        String span = Parts.yearSpan(c);
        if (span != null && d.fields.year() == null) {
            d.fields.year(span); // "British Yearbook of International Law, 48 (1976–7)": the volume's first year
            return;
        }
        String[] y = Parts.yearWithSuffix(c);
        if (y != null) {
            d.fields.year(y[0]);
            if (y[1] != null) d.yearSuffix = y[1];
            return;
        }
        if (d.fields.volume() != null && d.fields.issue() == null && Parts.isIssueToken(c) && c.length() <= 6) {
            d.fields.issue(c); // "Journal 41 (3): 601–22"
            return;
        }
        if (c.equalsIgnoreCase("n.d.") || Parts.withoutEditorMarker("x " + c) != null) return;
        // "adopted 10 December 1982, entered into force 16 November 1994": the first full date
        Dates.Parsed first = Dates.find(c, 0);
        if (first != null && first.iso() != null) {
            if (d.fields.date() == null) setDate(first);
            return;
        }
        // "PhD diss., University of Geneva, 2014": the university publishes a thesis
        int kindEnd = thesisKindEnd(c.toLowerCase(Locale.ROOT));
        if (kindEnd > 0) c = c.substring(kindEnd).strip();
        // "Robert Muggah ed., 2013", "2d ed. 2010", "Routledge, 2015", "Cambridge Univ. Press 2004"
        String s = c;
        if (s.length() >= 4 && Pages.allDigits(s.substring(s.length() - 4)) && Dates.isYear(Integer.parseInt(s.substring(s.length() - 4)))) {
            String year = s.substring(s.length() - 4);
            String before = s.substring(0, s.length() - 4).strip();
            while (before.endsWith(",")) before = before.substring(0, before.length() - 1).strip();
            d.fields.year(year);
            // "Lena Hoff ed., 2nd ed.": an editor, an edition, a publisher, in any order
            String[] pieces = before.split(",");
            for (int k = 0; k < pieces.length; k++) {
                String p = pieces[k].strip();
                if (k + 1 < pieces.length && editorListGoesOn(pieces, k)) {
                    pieces[k + 1] = p + "," + pieces[k + 1]; // "Mirela Stan, Paul Okoro & Hana Weiss eds."
                    continue;
                }
                if (p.isEmpty() || Parts.isEdition(p)) continue;
                String[] series = Parts.seriesNumber(p);
                if (series != null && d.fields.container() == null) {
                    d.fields.container(series[0]).issue(series[1]); // "(Report No. 212, 2018)"
                    continue;
                }
                String lower = p.toLowerCase(Locale.ROOT);
                if (lower.endsWith(" ed.") || lower.endsWith(" eds.")) {
                    d.fields.editors(CitationParser.agents(p.substring(0, p.lastIndexOf(' ')).strip()));
                } else if (d.fields.place() == null && Lexicon.PUBLISHING_PLACES.contains(p)) {
                    d.fields.place(p); // "(Geneva, 1929)": a place of publication without its publisher
                } else if (d.fields.publisher() == null && Character.isUpperCase(p.charAt(0)) && !hasDigit(p)
                        && !monthsOnly(p)) {
                    d.fields.publisher(p);
                }
            }
            return;
        }
    }

    /** Piece {@code k} is a person's name and the pieces after it run on, names only, to one ending in "eds.". */
    private static boolean editorListGoesOn(String[] pieces, int k) {
        for (int j = k; j < pieces.length; j++) {
            String p = pieces[j].strip();
            if (j > k && p.endsWith(" eds.")) return true;
            if (p.startsWith("and ")) p = p.substring(4);
            if (Names.kind(p) != Names.Kind.FULL) return false;
        }
        return false;
    }

    private void addLoc(Parts.Locator loc, boolean paren, boolean colon) {
        if (loc.value() == null || loc.value().isEmpty()) return;
        locs.add(new Loc(loc, paren, colon));
    }

    // ---------------------------------------------------------------- the end: short form, type, pages

    void finish() {
        var f = d.fields;
        boolean evidence = f.container() != null || f.publisher() != null || f.place() != null || f.year() != null
                || f.date() != null || notNull(f.volume()) && !volumeOfBook || notNull(f.issue()) || f.url() != null
                || !f.editors().isEmpty() || chapter || f.doi() != null || d.type != null;
        boolean givenNames = false;
        for (Agent a : f.authors()) {
            if (a instanceof Person p && p.given() != null) givenNames = true;
        }
        // "Hart, “Counting Votes,” Journal of X 12:45": a short form that names its journal again
        boolean shortWithJournal = volumeColonPage && f.title() != null && !f.authors().isEmpty() && d.type == null
                && f.publisher() == null && f.place() == null && f.year() == null && f.date() == null
                && !notNull(f.issue()) && f.url() == null && f.editors().isEmpty() && f.doi() == null && !chapter;
        if (shortWithJournal && !givenNames) {
            f.container(null).volume(null);
            evidence = false;
        }
        if (!evidence && !givenNames) {
            if (f.title() != null) {
                d.shortKind = f.authors().isEmpty() ? Draft.ShortKind.TITLE_ONLY : Draft.ShortKind.AUTHOR_TITLE;
                d.shortTitle = f.title();
            } else if (!f.authors().isEmpty()) {
                d.shortKind = Draft.ShortKind.AUTHOR_ONLY;
            } else {
                d.unparsed = true;
            }
        } else if (!evidence && f.title() == null && f.authors().size() == 1 && !locs.isEmpty()) {
            // "Corvin Strait, para. 201": two capitalised words and a pinpoint name a case or treaty cited before
            d.shortKind = Draft.ShortKind.AUTHOR_ONLY;
        }
        if (d.isShort()) {
            List<String> pins = new ArrayList<>();
            for (Loc l : locs) pins.add(l.locator().value());
            if (!pins.isEmpty()) d.pinpoint = String.join(", ", pins);
            return;
        }
        if (d.type == null) d.type = decideType();
        if (chapter && d.type == CitationType.CHAPTER) {
            boolean namesOnly = true;
            for (Agent a : f.editors()) if (!(a instanceof Person p) || p.given() != null) namesOnly = false;
            d.abbreviatedBook = namesOnly && f.publisher() == null && f.place() == null && f.year() == null;
        }
        // the outlet in the author position is the container of a news piece (BBC, ‘Title’)
        if (d.type == CitationType.NEWS_ARTICLE && f.container() == null && f.authors().size() == 1
                && f.authors().get(0) instanceof Organization o) {
            f.container(o.name());
        }
        distributeLocators();
    }

    /**
     * A reference-list entry describes the whole item and cites no page: its first range (or, for
     * an article or chapter, its first page) is the item's own pages, never a pinpoint.
     */
    private void entryPages(boolean itemRange) {
        if (d.fields.pages() != null) return;
        for (Loc l : locs) {
            if (l.locator().range() && !l.locator().kind().equals("para")) {
                d.fields.pages(l.locator().value());
                return;
            }
        }
        for (Loc l : locs) {
            if (itemRange && !l.locator().kind().equals("para")) {
                d.fields.pages(l.locator().value());
                return;
            }
        }
    }

    private static boolean notNull(String s) {
        return s != null;
    }

    private void distributeLocators() {
        boolean itemRange = d.type == CitationType.JOURNAL_ARTICLE || d.type == CitationType.CHAPTER
                || d.type == CitationType.TREATY || d.type == CitationType.LEGAL_CASE
                || d.type == CitationType.REPORT && bluebookJournal; // "[2001] 2 Y.B. Int'l L. Comm'n 31, 45"
        // "…: 512–40, at 518": an explicit pinpoint after a range makes the range the item's pages
        boolean explicitPin = false;
        for (Loc l : locs) if (l.locator().kind().equals("at") || l.paren()) explicitPin = true;
        // "…: 512–40, 518": a page inside the first range means the range is the item's own span
        if (!explicitPin && locs.size() >= 2 && locs.get(0).locator().range() && !locs.get(0).paren()) {
            int[] span = bounds(locs.get(0).locator().value());
            for (int i = 1; i < locs.size() && span != null; i++) {
                int[] inner = bounds(locs.get(i).locator().value());
                if (inner != null && inner[0] >= span[0] && inner[1] <= span[1]) explicitPin = true;
            }
        }
        if (entry || listedInJournal) {
            // a reference list gives a newspaper piece's own page too: "The Guardian, 4 June, p. 12"
            entryPages(itemRange || d.type == CitationType.NEWS_ARTICLE || listedInJournal);
            return;
        }
        List<String> pins = new ArrayList<>();
        for (Loc l : locs) {
            Parts.Locator loc = l.locator();
            // APA chapters put their range in a parenthesis after the book: "Book (pp. 45–67)"
            boolean candidate = itemRange && d.fields.pages() == null && (!l.paren() || entry && loc.range())
                    && (loc.kind().equals("first")
                        || (loc.range() && (loc.kind().equals("pp")
                            || ((entry || explicitPin) && (l.colon() || loc.kind().equals("bare"))))));
            // "Journal 12, no. 3 (2020): 245–79" with nothing after it: a range standing alone after a journal's
            // colon is the article's own span (the gold's pinpoints are a parenthesis after the span, the pages
            // after a book's imprint, or those after a short form); a single page there stays the pinpoint
            if (!candidate && d.type == CitationType.JOURNAL_ARTICLE && locs.size() == 1 && loc.range() && l.colon()
                    && !l.paren() && d.fields.pages() == null) {
                candidate = true;
            }
            // "“Chapter,” in Editors, Short Title, 245–79", "“Chapter,” in Book, ed. Editors (Place: Publisher, 2013),
            // 112–38": a range standing alone after a chapter's book is the chapter's own span, as "pp." says it is
            if (!candidate && d.type == CitationType.CHAPTER && locs.size() == 1 && loc.range()
                    && loc.kind().equals("bare")
                    && !l.paren()) {
                candidate = true;
            }
            if (candidate && (pins.isEmpty() || loc.kind().equals("first"))) d.fields.pages(loc.value());
            else pins.add(loc.value());
        }
        if (!pins.isEmpty()) d.pinpoint = String.join(", ", pins);
    }

    /** "512-540" → {512, 540}; "518" → {518, 518}; null for anything else. */
    private static int[] bounds(String value) {
        if (value == null || value.indexOf(',') >= 0) return null;
        int dash = value.indexOf('-');
        String a = dash < 0 ? value : value.substring(0, dash);
        String b = dash < 0 ? value : value.substring(dash + 1);
        if (!Pages.allDigits(a) || !Pages.allDigits(b) || a.length() > 6 || b.length() > 6) return null;
        return new int[] {Integer.parseInt(a), Integer.parseInt(b)};
    }

    private static final String[] THESIS_KINDS = {"phd diss.,", "ph.d. diss.,", "phd thesis,", "ph.d. thesis,", "dphil thesis,",
        "doctoral thesis,", "doctoral dissertation,", "ma thesis,", "mphil thesis,", "master's thesis,", "msc thesis,",
        "phd dissertation,", "ph.d. dissertation,", "diss.,"};

    /** "PhD diss., University of Geneva": where the university follows the kind of thesis, else -1. */
    static int thesisKindEnd(String lower) {
        for (String kind : THESIS_KINDS) if (lower.startsWith(kind)) return kind.length();
        return -1;
    }

    /** "COM(2019) 640 final", "SWD(2021) 84": the European Commission's numbered documents, its reports. */
    private static final Pattern EU_DOCUMENT = Pattern.compile("(?:COM|SWD|SEC|JOIN|C)\\s?\\(\\d{4}\\)\\s?\\d+(?: final)?");

    /** "COM (2023) 412 final (June 14, 2023)": the document's number, then perhaps its date. */
    private static final Pattern EU_DOCUMENT_PART = Pattern.compile(
            "(?<number>(?:COM|SWD|SEC|JOIN)\\s?\\(\\d{4}\\)\\s?\\d+(?: final)?)(?:\\s*\\((?<paren>[^()]+)\\))?");

    /**
     * The European Commission's documents are numbered like reports: "COM(2019) 640 final" is the
     * number (the issue) of the report it names, as written.
     */
    private boolean euDocumentNumber(String part) {
        if (part.indexOf('(') < 0 || d.fields.issue() != null) return false;
        java.util.regex.Matcher m = EU_DOCUMENT_PART.matcher(part.strip());
        if (!m.matches()) return false;
        d.fields.issue(m.group("number"));
        euNumbered = true;
        if (m.group("paren") != null) paren(m.group("paren"));
        return true;
    }

    static boolean euDocument(String part) {
        return part.length() >= 8 && part.length() <= 24 && part.indexOf('(') >= 0 && EU_DOCUMENT.matcher(part).matches();
    }

    /** Law reports: an item in one with no author is a decision, whatever its name ("Pinochet (No 3) (1999) 119 ILR 135"). */
    private static final Set<String> LAW_REPORTS = Set.of("ILR", "I.L.R.", "EHRR", "E.H.R.R.", "AC", "A.C.", "WLR", "W.L.R.",
            "All ER", "QB", "KB", "ECR", "E.C.R.", "RIAA", "R.I.A.A.", "ICSID Rep", "ICSID Reports", "F.2d", "F.3d", "F.4th",
            "F. Supp.", "F. Supp. 2d", "F. Supp. 3d", "U.S.", "S. Ct.", "L. Ed.", "L. Ed. 2d");

    /** Whether a page is cited ("at 9", "17"), as in a paged publication, rather than a paragraph or a section. */
    private boolean pageCited() {
        for (Loc l : locs) {
            String kind = l.locator().kind();
            if (kind.equals("at") || kind.equals("p") || kind.equals("bare")) return true;
        }
        return false;
    }

    private CitationType decideType() {
        var f = d.fields;
        String container = f.container();
        if (container != null && f.authors().isEmpty() && f.editors().isEmpty() && LAW_REPORTS.contains(container)) {
            return CitationType.LEGAL_CASE;
        }
        String lowerRaw = withoutTitle(d.raw, f.title()).toLowerCase(Locale.ROOT);
        if (container != null && isTreatySeries(container)) return CitationType.TREATY;
        if (euNumbered || container != null && euDocument(container) || leagueDocument) return CitationType.REPORT;
        if (lowerRaw.contains("thesis") || lowerRaw.contains("dissertation") || lowerRaw.contains(" diss.")) {
            return CitationType.THESIS;
        }
        // "(paper presented at the Annual Meeting of …)": a conference paper, a kind the citation types lack
        if (lowerRaw.contains("paper presented at") || lowerRaw.contains("paper delivered at")) return CitationType.OTHER;
        if (chapter) return CitationType.CHAPTER;
        if (bluebookJournal && container != null && institutionalYearbook(container)) return CitationType.REPORT;
        // the Official Journal prints treaties and the Union's acts (regulations, directives, decisions): no articles
        if (bluebookJournal && "O.J.".equals(container) || listedInJournal) {
            return namesAnInstrument(f.title()) ? CitationType.TREATY : CitationType.OTHER;
        }
        if (bluebookJournal) return CitationType.JOURNAL_ARTICLE;
        if (congressional) return CitationType.OTHER;
        String volume = f.volume();
        String issue = f.issue();
        boolean url = f.url() != null;
        if (declaredWebSite) return CitationType.WEB_PAGE;
        if (quotedTitle || entry && container != null) {
            if (container != null) {
                if (reportWords(container) || institutionalYearbook(container)) return CitationType.REPORT;
                if (volume != null) return CitationType.JOURNAL_ARTICLE;
                if (issue != null) return CitationType.REPORT;
                if (isInstitution(container) || isBlog(container)) return CitationType.WEB_PAGE;
                if (isNews(container)) return CitationType.NEWS_ARTICLE;
                // "Journal of Conflict Studies (advance article, published 2 February 2024), https://doi.org/…": a journal's
                // article online before its issue, dated by the day
                if (f.date() != null && f.doi() != null && scholarlyName(container)) return CitationType.JOURNAL_ARTICLE;
                if (f.date() != null) return CitationType.NEWS_ARTICLE;
                if (hasRange() && f.year() != null) return CitationType.JOURNAL_ARTICLE;
                if (url) return CitationType.WEB_PAGE;
                return f.year() != null ? CitationType.JOURNAL_ARTICLE : CitationType.OTHER;
            }
            if (f.publisher() == null && f.place() != null && f.date() != null && f.date().length() == 10) {
                // "‘Statement at …’, New York, 28 September 2018": said somewhere on a day, not published there
                return url ? CitationType.WEB_PAGE : CitationType.OTHER;
            }
            if (f.publisher() != null || f.place() != null) {
                return reportWords(f.title()) || orgAuthor() ? CitationType.REPORT : CitationType.BOOK;
            }
            if (url || f.date() != null) {
                // an organisation's page with only an access date ("Org Monitor, “Tracker,” accessed …") is no dated news item
                boolean undated = f.date() == null && f.accessed() != null;
                if (orgAuthor() && !undated && isNews(f.authors().get(0).displayName())) return CitationType.NEWS_ARTICLE;
                return CitationType.WEB_PAGE;
            }
            return CitationType.OTHER;
        }
        if (f.title() != null && (personalSource(f.title()) || agreementOfParties(f.title()))) return CitationType.OTHER;
        if (newsSplit && container != null) {
            if (isInstitution(container) || isBlog(container)) return CitationType.WEB_PAGE;
            return !isNews(container) && url && nonCommercialSite(f.url()) ? CitationType.WEB_PAGE : CitationType.NEWS_ARTICLE;
        }
        if (f.publisher() != null || f.place() != null || imprint) {
            // "Title, Research Report no. 3 (New York: …)": a numbered report series
            if (reportWords(f.title()) || container != null && issue != null && reportWords(container)) return CitationType.REPORT;
            if (issue != null && container == null) return CitationType.REPORT; // "Title, R45100 (Washington, DC: …)"
            if (selfPublished()) return CitationType.REPORT; // "Harbour Watch, Title (London: Harbour Watch, 2022)"
            return f.authors().isEmpty() && !f.editors().isEmpty() ? CitationType.EDITED_BOOK : CitationType.BOOK;
        }
        if (!f.editors().isEmpty() && f.authors().isEmpty()) return CitationType.EDITED_BOOK;
        if (pagedPublication && f.year() != null) {
            // "Human Rights Watch, Civilian Harm 14 (2017), https://…": a paged publication, even online
            return orgAuthor() || reportWords(f.title()) || issue != null ? CitationType.REPORT : CitationType.BOOK;
        }
        // "Arms Monitor Inst., Tracing the Trade: Annual Report 2021, at 33 (2022), https://…": a paged report, even online
        // ("Arctic Council, The Increase in Arctic Shipping 2013–2023, at 9 (2023), https://…": pages make it a publication)
        if (url && orgAuthor() && f.year() != null && !locs.isEmpty() && (reportWords(f.title()) || pageCited())) return CitationType.REPORT;
        // "World Bank. (2020). World development report 2020: … https://doi.org/…": an organisation's report, online
        if (url && entry && orgAuthor() && f.date() == null && reportWords(f.title())) return CitationType.REPORT;
        if (url) return CitationType.WEB_PAGE;
        // "CRS Report R45100, Title (2020)"; "Author, Title, CRS Report No. R45100 (2021)"
        if (issue != null && (orgAuthor() || container == null || reportWords(container))) return CitationType.REPORT;
        if (container != null && institutionalYearbook(container)) return CitationType.REPORT;
        // "Protocol to the African Charter …, June 10, 1998, OAU Doc. …": an instrument with no author, signed on a day
        if (f.authors().isEmpty() && f.editors().isEmpty() && f.date() != null && f.date().length() == 10
                && namesAnInstrument(f.title())) return CitationType.TREATY;
        if (f.year() != null || f.title() != null) return CitationType.BOOK;
        return CitationType.OTHER;
    }

    /** The raw text without the title, so a title's own words ("A Thesis on Waves") do not say what the item is. */
    private static String withoutTitle(String raw, String title) {
        if (title == null || title.isEmpty()) return raw;
        int at = raw.indexOf(title);
        return at < 0 ? raw : raw.substring(0, at) + raw.substring(at + title.length());
    }

    private boolean hasRange() {
        for (Loc l : locs) if (l.locator().range()) return true;
        return false;
    }

    /** An organisation that publishes its own work: grey literature, a report rather than a book from a press. */
    private boolean selfPublished() {
        String publisher = d.fields.publisher();
        if (!orgAuthor() || publisher == null) return false;
        String by = TextKey.norm(publisher);
        String author = TextKey.norm(d.fields.authors().get(0).displayName());
        // "United Nations Department of Economic and Social Affairs … United Nations": a part of the publisher
        return author.equals(by) || author.startsWith(by + " ") && by.length() >= 6
                || branchOf(d.fields.authors().get(0).displayName(), publisher)
                || initialsOf(d.fields.authors().get(0).displayName(), publisher)
                || ownImprint(author, by) && !bookGenre(d.fields.title())
                || officeOfGovernment(d.fields.authors().get(0).displayName(), publisher, d.fields.place());
    }

    /**
     * "Harbour Agency (2020) Title. Geneva: Harbour Agency, Ports and Quays Branch.": the publisher is a branch of the
     * author, named after it and a comma, so the organisation issues its own work.
     */
    private static boolean branchOf(String author, String publisher) {
        return publisher.startsWith(author + ", ") && publisher.length() > author.length() + 3;
    }

    private static final String[] GOVERNMENTS = {"City of ", "County of ", "Town of ", "Municipality of ", "Borough of ",
        "Village of ", "City and County of ", "Government of ", "State of ", "Province of "};
    private static final String[] OFFICES = {"Office of ", "Department of ", "Dept. of ", "Bureau of ", "Division of ",
        "Mayor's Office", "Mayor\u2019s Office", "Ministry of "};

    /**
     * "City of Port Lenn. 2021. Title. Port Lenn: Office of Resilience.": a city (county, state) whose own office issues its
     * publication, in the city the author names: the government publishes its own work, as a report.
     */
    static boolean officeOfGovernment(String author, String publisher, String place) {
        String gov = null;
        for (String g : GOVERNMENTS) if (author.startsWith(g)) gov = author.substring(g.length());
        if (gov == null || gov.isBlank()) return false;
        boolean office = false;
        for (String o : OFFICES) office |= publisher.startsWith(o);
        return office && (place == null || gov.startsWith(place) || place.startsWith(gov));
    }

    /**
     * "OECD (2021) Title. Paris: OECD Publishing", "Council of Europe, Title (Strasbourg: Council of Europe Publishing,
     * 2022)": the organisation's own publishing arm issues its work as the organisation would (both normalised).
     */
    private static boolean ownImprint(String author, String publisher) {
        return publisher.length() == author.length() + 11 && publisher.startsWith(author) && publisher.endsWith(" publishing");
    }

    /**
     * "…: A handbook for customs officers", "Manual on …": a handbook or a manual is a book, whoever publishes it
     * (an organisation's imprint, "UNESCO Publishing", publishes such books as presses do).
     */
    private static boolean bookGenre(String title) {
        if (title == null) return false;
        String l = title.toLowerCase(Locale.ROOT);
        return l.contains("handbook") || l.contains("manual") || l.contains("textbook");
    }

    /**
     * "Food and Agriculture Organization of the United Nations … (Rome: FAO, 2022)", "Commission for the Northern
     * Seas … (Bergen: CNS Secretariat, 2015)": the publisher is the author's initials (of its capitalised words),
     * or the first of them, perhaps followed by "Secretariat".
     */
    static boolean initialsOf(String author, String publisher) {
        String p = publisher.endsWith(" Secretariat") ? publisher.substring(0, publisher.length() - 12) : publisher;
        if (p.endsWith(" Press")) p = p.substring(0, p.length() - 6); // "(Mombasa: IOMJI Press, 2020)": the body's own press
        if (p.length() < 3 || p.length() > 8) return false;
        for (int i = 0; i < p.length(); i++) if (!Character.isUpperCase(p.charAt(i))) return false;
        StringBuilder initials = new StringBuilder();
        for (String w : author.split(" ")) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) initials.append(w.charAt(0));
        if (initials.length() >= p.length() && initials.toString().startsWith(p)) return true;
        // "Office of the United Nations High Commissioner for Refugees … (Geneva: UNHCR, 2021)": the office's acronym
        // leaves out the word that says it is an office
        return (author.startsWith("Office of ") || author.startsWith("Secretariat of ")) && initials.length() > p.length()
                && initials.indexOf(p, 1) == 1;
    }

    /** One organisation, or several that wrote together ("Antitrust Div. of the U.S. Dep't of Just. & Fed. Trade Comm'n"). */
    private boolean orgAuthor() {
        return !d.fields.authors().isEmpty() && d.fields.authors().stream().allMatch(a -> a instanceof Organization);
    }

    private static final String[] LEAGUE_DOCUMENT_MARKERS = {"League of Nations Doc. ", "L.N. Doc. ", "LN Doc. ", "League Doc. "};

    /** Where the number starts after "League of Nations Doc." ("C.24.M.18.1929.I"), or -1. */
    static int leagueDocumentNumber(String part) {
        if (part.length() < 10 || part.charAt(0) != 'L') return -1;
        for (String m : LEAGUE_DOCUMENT_MARKERS) if (part.startsWith(m) && part.length() > m.length()) return m.length();
        return -1;
    }

    static boolean isTreatySeries(String container) {
        String l = container.toLowerCase(Locale.ROOT).replace(".", "").replace(" ", "");
        return l.contains("treatyseries") || l.equals("unts") || l.equals("lnts") || l.equals("ilm")
                || l.equals("ets") || l.equals("cets") || l.equals("tias") || l.equals("ust") || l.equals("stat")
                || l.equals("internationallegalmaterials") || l.equals("consolts") || l.equals("cts") || l.equals("bfsp")
                || l.equals("ukts") || l.equals("ats");
    }

    static boolean reportWords(String s) {
        if (s == null) return false;
        String l = s.toLowerCase(Locale.ROOT);
        return l.contains("working paper") || l.contains("policy brief") || l.contains("discussion paper")
                || l.contains("occasional paper") || l.contains("research paper") || l.contains("policy paper")
                || l.contains("briefing") || hasReportWord(l) || l.contains("paper series")
                || l.contains("adelphi") || l.contains("technical paper") || l.contains("background paper")
                || l.contains("white paper") || l.contains("issue brief");
    }

    /** The word "report" or "reports" ("Annual Report", "Reports of …"), not "reporting" or "reporters". */
    private static boolean hasReportWord(String lower) {
        for (int k = lower.indexOf("report"); k >= 0; k = lower.indexOf("report", k + 1)) {
            int e = k + 6;
            if (e < lower.length() && lower.charAt(e) == 's') e++;
            if ((k == 0 || !Character.isLetter(lower.charAt(k - 1))) && (e == lower.length() || !Character.isLetter(lower.charAt(e)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Yearbook of the International Law Commission", "Y.B. Int'l L. Comm'n": a body's yearbook is a
     * report series, unlike a journal named a yearbook ("Netherlands Yearbook of International Law").
     */
    static boolean institutionalYearbook(String container) {
        if (container.startsWith("Yearbook of the ")) return true;
        // the opinions of the Office of Legal Counsel and of the Attorney General: an executive body's reports
        if (container.startsWith("Op") && (container.equals("Op. O.L.C.") || container.equals("Op. OLC")
                || container.equals("Op. Att'y Gen.") || container.equals("Op. Att’y Gen."))) return true;
        if (!container.startsWith("Y.B. ")) return false;
        String s = withoutTrailingYear(container);
        return s.endsWith("Comm'n") || s.endsWith("Comm\u2019n");
    }

    /** "[2001] 2 Y.B. Int'l L. Comm'n 31": a body's yearbook cited by its year, volume and first page. */
    private static boolean bracketedYearbook(String p) {
        return bracketedYearbookParts(p) != null;
    }

    /** "[2001] 2 Y.B. Int'l L. Comm'n 31" → {"2001", "2", "Y.B. Int'l L. Comm'n", "31"}; null for anything else. */
    static String[] bracketedYearbookParts(String p) {
        if (p.length() < 12 || p.charAt(0) != '[' || p.charAt(5) != ']' || !Pages.allDigits(p.substring(1, 5))) return null;
        String[] bb = bluebookJournal(p.substring(6).strip());
        return bb != null && institutionalYearbook(bb[1]) ? new String[] {p.substring(1, 5), bb[0], bb[1], bb[2]} : null;
    }

    /** "Y.B. Int'l L. Comm'n 2001" → "Y.B. Int'l L. Comm'n". */
    private static String withoutTrailingYear(String s) {
        int sp = s.lastIndexOf(' ');
        String last = s.substring(sp + 1);
        return sp > 0 && last.length() == 4 && Pages.allDigits(last) ? s.substring(0, sp) : s;
    }

    static boolean isBlog(String name) {
        for (String w : words(name)) if (w.equals("blog") || w.equals("website") || w.equals("wiki")) return true;
        return false;
    }

    /**
     * A site under .org, .int, .gov or .edu, or with "blog" in its name: blogs, journals' symposia and
     * organisations publish there, newspapers seldom do, so a dated post on a site not named as news is a web page.
     */
    static boolean nonCommercialSite(String url) {
        int start = url.indexOf("://");
        if (start < 0) return false;
        int end = start + 3;
        while (end < url.length() && url.charAt(end) != '/' && url.charAt(end) != ':' && url.charAt(end) != '?') end++;
        String host = url.substring(start + 3, end).toLowerCase(Locale.ROOT);
        // "lawfareblog.com", "blog.example.com": a blog says so in its address
        return host.endsWith(".org") || host.endsWith(".int") || host.endsWith(".gov") || host.endsWith(".edu") || host.contains("blog");
    }

    /** "Journal of …", "… Law Review", "… Quarterly", "… Studies": the name of a scholarly periodical. */
    private static boolean scholarlyName(String container) {
        return container.startsWith("Journal ") || container.contains(" Journal") || container.endsWith(" Review")
                || container.endsWith(" Quarterly") || container.endsWith(" Studies") || container.startsWith("Annals ");
    }

    static boolean isNews(String name) {
        for (String w : words(name)) if (Lexicon.NEWS_WORDS.contains(w)) return true;
        return false;
    }

    static boolean isInstitution(String name) {
        for (String w : words(name)) if (Lexicon.INSTITUTION_WORDS.contains(w)) return true;
        return false;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && !Character.isLetter(s.charAt(i))) i++;
            int j = i;
            while (j < n && Character.isLetter(s.charAt(j))) j++;
            if (j > i) out.add(s.substring(i, j).toLowerCase(Locale.ROOT));
            i = j;
        }
        return out;
    }

}
