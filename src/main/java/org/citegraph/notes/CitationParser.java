package org.citegraph.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citegraph.model.Agent;
import org.citegraph.model.CitationType;
import org.citegraph.model.Organization;
import org.citegraph.model.Person;
import org.citegraph.un.UnSymbolParser;

/**
 * Parses the text of one citation (signal and closing remarks already removed) into a
 * {@link Draft}: type, fields, pinpoint, and for short forms what they point back with.
 *
 * <p>The grammar is the one the major note styles share. A citation is a sequence of
 * comma-separated parts at the top level (outside quotes and brackets): names first, then a
 * title (quoted for articles, chapters and web pages; bare for books), then the container, its
 * volume and issue, an imprint or date in parentheses, and locators. Each part is recognised by
 * its own shape, so the order may vary between styles. Specialised shapes come first: ibid./id.,
 * UN documents, reference-list entries, supra/op. cit., legal cases.
 */
final class CitationParser {

    private final Predicate<String> knownFamily;
    private final KnownCase knownCase;
    private final UnaryOperator<String> aliasAtStart;
    private final EditedBookInNote editedBook;

    /**
     * @param knownFamily whether a family name belongs to an author already cited (helps split short forms)
     * @param knownCase whether words name a case already cited ("Maritime Trade Embargo, para. 126")
     * @param aliasAtStart the short name defined earlier ("[hereinafter VCLT]") that a text starts with, else null
     */
    CitationParser(Predicate<String> knownFamily, KnownCase knownCase, UnaryOperator<String> aliasAtStart) {
        this(knownFamily, knownCase, aliasAtStart, (editors, note) -> null);
    }

    CitationParser(Predicate<String> knownFamily, KnownCase knownCase, UnaryOperator<String> aliasAtStart,
                   EditedBookInNote editedBook) {
        this.knownFamily = knownFamily;
        this.knownCase = knownCase;
        this.aliasAtStart = aliasAtStart;
        this.editedBook = editedBook;
    }

    /** The title of an edited book cited before, found by its editors' names and the note it was cited in. */
    @FunctionalInterface
    interface EditedBookInNote {
        /**
         * @param editors the editors' names as a chapter gives them ("Lund and Ruiz")
         * @param note the note the book was cited in, or 0 for the last book those editors edited ("op. cit.")
         * @return the book's title, or null when no such book was cited
         */
        String title(String editors, int note);
    }

    /** Whether words name a case cited before. */
    @FunctionalInterface
    interface KnownCase {
        /**
         * @param reportYear the year of the report the words go with ("Nicaragua, 1986 I.C.J. ¶ 190"), else null
         * @param decisionNamed whether the words were followed by the decision's kind ("Wall Advisory Opinion")
         */
        boolean names(String words, String reportYear, boolean decisionNamed);
    }

    void parse(String body, Draft d) {
        String t = body.strip();
        // Chicago's brackets for a journal's year inside parentheses: "13, no. 2 [2021]: 201–9" reads as "(2021): 201–9"
        if (t.indexOf("]: ") > 0) t = BRACKETED_JOURNAL_YEAR.matcher(t).replaceAll("$1 ($2):");
        WebParts web = WebParts.extract(t);
        d.fields.url(web.url).accessed(web.accessed).doi(web.doi);
        t = stripFinalPeriod(web.rest);
        if (t.isEmpty()) {
            d.type = web.url != null ? CitationType.WEB_PAGE : CitationType.OTHER;
            return;
        }
        java.util.regex.Matcher provision = d.entry ? null : LEADING_PROVISION.matcher(t);
        if (provision != null && provision.lookingAt()) {
            // "Art. 31, Vienna Convention on the Law of Treaties, …": the provision first, then the instrument
            parseCited(t.substring(provision.end()), d);
            String first = provision.group(1);
            d.pinpoint = d.pinpoint == null ? first : first + ", " + d.pinpoint;
            return;
        }
        java.util.regex.Matcher of = d.entry || t.indexOf(" of ") < 0 ? null : PROVISION_OF_CITED.matcher(t);
        if (of != null && of.lookingAt() && instrumentCitedInFull(t.substring(of.end()))) {
            // "article 22(1) of the Vienna Convention on Diplomatic Relations, 18 April 1961, 500 UNTS 95": the same, in prose
            parseCited(t.substring(of.end()), d);
            String first = of.group(1);
            d.pinpoint = d.pinpoint == null ? first : first + ", " + d.pinpoint;
            return;
        }
        parseCited(t, d);
    }

    /** A provision, then "of (the)", before an instrument's name: "article 22(1) of the Vienna Convention …". */
    private static final Pattern PROVISION_OF_CITED = Pattern.compile(
            "((?:[Aa]rts?\\.?|[Aa]rticles?)\\s+[0-9IVXLC][^ ,]*) of (?:the )?(?=\\p{Lu})");

    /** An instrument's name, then a comma or its bracketed place and date, then a number: a full citation, not a short name. */
    private static boolean instrumentCitedInFull(String rest) {
        int comma = rest.indexOf(", ");
        int open = rest.indexOf(" (");
        int nameEnd = open > 0 && (comma < 0 || open < comma) ? open : comma;
        if (nameEnd <= 0 || !Tail.namesAnInstrument(rest.substring(0, nameEnd))) return false;
        for (int i = nameEnd; i < rest.length(); i++) if (Character.isDigit(rest.charAt(i))) return true;
        return false;
    }

    private static final Pattern BRACKETED_JOURNAL_YEAR = Pattern.compile("(\\d) \\[((?:1[5-9]|20)\\d\\d)\\]:");

    private static final Pattern DESIGNATION_WORD = Pattern.compile("[Rr]esolution|[Dd]ecision|[Dd]ocument");

    /** One provision or several ("Art. 8", "Arts 3 and 4", "Article 2(4)") and a comma, before a capital or a quote. */
    private static final Pattern LEADING_PROVISION = Pattern.compile(
            "((?:Arts?\\.?|Articles?|Principles?|Rules?|Sections?)\\s+[0-9IVXLC][^ ,]*(?:(?:,| and| to|–|-) ?[0-9IVXLC][^ ,]*)*)"
            + ",\\s+(?=[\\p{Lu}‘“'\"])");

    private void parseCited(String t, Draft d) {
        if (ibid(t, d)) return;
        String same = withoutSameAuthor(t);
        if (same != null) {
            d.sameAuthorsAsPrevious = true;
            t = same;
        }
        if (aliasShortForm(t, d)) return;
        String owned = possessiveAsShortForm(t);
        if (owned != null) {
            if (!supra(owned, owned.toLowerCase(Locale.ROOT), d)) general(owned, d); // "Gray (n 1) pp. 124–30" points to its note
            return;
        }
        t = withoutGenreLabel(t);
        t = possessiveAuthorAsNames(t);
        t = withEditedBookNamed(t);
        String lower = t.toLowerCase(Locale.ROOT);
        if (ReferenceEntry.treatyNumberedInSeries(t, d)) return; // "… (2015) OAS Treaty Series No. A-70", in a list or not
        // "… (1966) United Nations Treaty Series, 993, p. 3": a list's instrument that no author heads
        if (t.indexOf("Treaty Series, ") > 0 && ReferenceEntry.treatyInSeries(t, d)) return;
        // "United Nations General Assembly (2005) Question of Antarctica. UN Doc. A/RES/60/47.": an entry's
        // author and year come first, whatever it cites
        if (d.entry && ReferenceEntry.looksLikeEntry(t)) {
            ReferenceEntry.parse(t, d, this);
            return;
        }
        if (disputeReport(t, d)) return; // before the UN documents: "WTO Doc. WT/DS285/R" is no UN symbol
        if (unDocument(t, lower, d)) return;
        if (d.entry) {
            ReferenceEntry.parse(t, d, this);
            return;
        }
        if (authorYear(t, d)) return;
        if (supra(t, lower, d)) return;
        if (caseShortForm(t, d)) return;
        if (caseNumberShortForm(t, d)) return;
        if (provisionOf(t, d)) return;
        if (congressionalReport(t, d)) return;
        if (Statutes.parse(t, d)) return;
        if (CourtDocuments.parse(t, d)) return;
        if (LegalCases.parse(t, d)) return;
        if (Archives.parse(t, d)) return;
        if (Debates.parse(t, d)) return;
        general(t, d);
    }

    /**
     * "‘A War without Borders’, in Lund and Ruiz (eds), n. 7 above, pp. 89–118": a chapter whose book is given by its
     * editors and the note it was cited in (or "op. cit.", "(eds)" or not). The pointer is replaced by the book's title, so the chapter
     * reads as one whose book is named; unchanged when no edited book of those editors was cited there.
     */
    private String withEditedBookNamed(String t) {
        if (t.indexOf(" in ") < 0 || t.indexOf(" above") < 0 && t.indexOf("supra") < 0 && t.indexOf("cit.") < 0) return t;
        Matcher m = EDITED_BOOK_POINTER.matcher(t);
        if (!m.find()) return t;
        String number = firstNonNull(m.group("n1"), m.group("n2"), m.group("n3"));
        String title = editedBook.title(m.group("eds"), number == null ? 0 : Integer.parseInt(number));
        return title == null ? t : t.substring(0, m.start("pointer")) + title + t.substring(m.end("pointer"));
    }

    private static final Pattern EDITED_BOOK_POINTER = Pattern.compile(
            "(?:[\u2019\u201D'\"],? in |, in )(?<eds>[^,()\u2018\u201C]{3,80}?)(?: \\(eds?\\.?\\)|, eds?\\.)?,? "
            + "(?<pointer>n\\. ?(?<n1>\\d{1,4}) above|supra,? n(?:ote|\\.)? ?(?<n2>\\d{1,4})|above,? n\\.? ?(?<n3>\\d{1,4})"
            + "|op\\. cit\\.)(?=[,.;]|$)");

    /**
     * "Hartwig-Sorensen’s account in “Stones That Speak” (312–15) rests on …", "Lindahl’s discussion in Heritage
     * under Fire, 45–50, is …": a short form told as prose, a name's possessive, a few lower-case words, "in",
     * the title and a pinpoint. Returns the short form as a note would write it ("Hartwig-Sorensen, “Stones
     * That Speak,” 312–15"), or null.
     */
    static String possessiveAsShortForm(String t) {
        String bracketed = nameThenBracketedShortForm(t);
        if (bracketed != null) return bracketed;
        int in = t.indexOf(" in \u201C");
        if (in < 0) in = t.indexOf(" in \u2018");
        Matcher told = in > 0 && in < 80 ? NAME_VERB_IN_QUOTED.matcher(t) : null;
        if (told != null && told.lookingAt() && Names.kind(told.group("names")) == Names.Kind.FULL) {
            // "Mirela Sørbø-Adeyemi points out in “Liability without Fault?,” Journal 24 (2021): 55–92": the work, its
            // author named as the subject of the sentence
            return told.group("names") + ", " + t.substring(told.end());
        }
        Matcher quoted = t.indexOf(" (") > 0 && t.endsWith(")") ? NAME_THEN_QUOTED_IN_BRACKETS.matcher(t) : null;
        if (quoted != null && quoted.matches()) {
            // "Okoro (“Myth of Drafting,” 15–18)": the author named, the short title and page in brackets
            Names.Kind kind = Names.kind(quoted.group("names"));
            if (kind == Names.Kind.FAMILY_ONLY || kind == Names.Kind.FULL) {
                return quoted.group("names") + ", " + quoted.group("quoted") + ", " + quoted.group("pin");
            }
        }
        int apostrophe = t.indexOf("\u2019s ");
        if (apostrophe < 0) apostrophe = t.indexOf("'s ");
        if (apostrophe <= 0 || apostrophe > 60) return null;
        Matcher apposed = POSSESSIVE_WORK_APPOSED.matcher(t);
        if (apposed.lookingAt()) {
            // "Oduya-Brandt’s monograph, The Law of Safe Passage, remains …": the work named in an apposition
            Names.Kind kind = Names.kind(apposed.group("names"));
            if (kind != Names.Kind.FAMILY_ONLY && kind != Names.Kind.FULL) return null;
            String pin = apposed.group("pin");
            return apposed.group("names") + ", " + apposed.group("title") + (pin == null ? "" : ", " + pin);
        }
        Matcher m = POSSESSIVE_SHORT_FORM.matcher(t);
        if (!m.lookingAt()) return null;
        Names.Kind kind = Names.kind(m.group("names"));
        if (kind != Names.Kind.FAMILY_ONLY && kind != Names.Kind.FULL) return null;
        String title = m.group("quoted") != null ? m.group("quoted") : m.group("plain");
        String pin = firstNonNull(m.group("pin"), m.group("pin2"), m.group("pin3"), m.group("pin4"));
        return m.group("names") + ", " + title + (pin == null ? "" : ", " + pin);
    }

    /**
     * "Mendes-Lind makes the same point (Seas of Sovereignty, 91), though …", "Okafor’s account of the talks (The Sea
     * as Commons, 45–61) is …": a name opens the sentence, a few lower-case words follow, then the title and
     * pinpoint in brackets. The short form as a note would write it, or null.
     */
    private static String nameThenBracketedShortForm(String t) {
        int open = t.indexOf(" (");
        if (open <= 0 || open > 120 || t.indexOf(')', open) < 0 || !onlyWordsBefore(t, open)) return null; // the cheap tests first
        Matcher n = NAME_THEN_NOTE.matcher(t);
        if (n.lookingAt()) {
            // "Gray’s survey of state practice (n 1, pp. 124–30) remains …": the note the work was cited in, then the page
            Names.Kind kind = Names.kind(n.group("names"));
            return kind == Names.Kind.FAMILY_ONLY || kind == Names.Kind.FULL
                    ? n.group("names") + " (n " + n.group("note") + ") " + n.group("pin") : null;
        }
        Matcher m = NAME_THEN_BRACKETED.matcher(t);
        if (!m.lookingAt()) return null;
        Names.Kind kind = Names.kind(m.group("names"));
        if (kind != Names.Kind.FAMILY_ONLY && kind != Names.Kind.FULL) return null;
        String title = m.group("quoted") != null ? m.group("quoted") : m.group("plain");
        // "Belmora said that it might (S/PV.9518, p. 12)": a document's symbol, which no speaker wrote
        if (UnSymbols.atStart(title) != null) return null;
        return m.group("names") + ", " + title + ", " + m.group("pin");
    }

    /** Names and words of prose hold no comma, colon, quotation mark or bracket: most citations fail here at once. */
    private static boolean onlyWordsBefore(String t, int end) {
        for (int i = 0; i < end; i++) {
            char c = t.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != ' ' && c != '.' && c != '-' && c != '\u2019' && c != '\'') return false;
        }
        return true;
    }

    /**
     * "Helena Vasquez-Thornbury’s Complicit States (Oxford: …, 2017)": a work named by its author's possessive reads
     * as "Helena Vasquez-Thornbury, Complicit States (…)". Only before a capitalised title with its imprint or year in
     * brackets: "Kallenberg-Moss’s reading" is prose.
     */
    private static String possessiveAuthorAsNames(String t) {
        int s = possessiveEnd(t, 0, Math.min(t.length(), 60));
        // "Tomasz Reyes’s “Seven Options,” Maritime Security Review 6 (2012): 1–34": or a quoted title
        boolean titled = s >= 0 && s + 1 < t.length() && (Character.isUpperCase(t.charAt(s))
                || Scan.isOpeningQuote(t.charAt(s)) && Character.isUpperCase(t.charAt(s + 1)));
        if (!titled || !Evidence.strong(t, s, t.length())) return t;
        return t.substring(0, s - 3) + ", " + t.substring(s);
    }

    /**
     * Where the word after a name's possessive starts ("Helena Vasquez-Thornbury’s |Complicit"), when the text at
     * {@code from} is one to three capitalised words, a person's name, then "’s " before {@code limit}; else -1.
     */
    static int possessiveEnd(String t, int from, int limit) {
        int k = t.indexOf("\u2019s ", from);
        if (k < 0 || k + 3 > limit) k = t.indexOf("'s ", from);
        if (k <= from || k + 3 > limit) return -1;
        String names = t.substring(from, k);
        int spaces = 0;
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            if (c == ' ' && ++spaces > 2) return -1;
            if (c != ' ' && !Character.isLetter(c) && c != '-' && c != '.') return -1;
        }
        Names.Kind kind = Names.kind(names);
        return kind == Names.Kind.FULL || kind == Names.Kind.FAMILY_ONLY ? k + 3 : -1;
    }

    /** "art. 94(6), which gives …" → "art. 94(6)": the text before the first comma followed by a lower-case word, or "". */
    private static String beforeClause(String rest) {
        for (int k = rest.indexOf(", "); k > 0; k = rest.indexOf(", ", k + 1)) {
            if (k + 2 < rest.length() && Character.isLowerCase(rest.charAt(k + 2)) && Parts.locators(rest.substring(0, k), true) != null
                    && Parts.locator(rest.substring(k + 2), true) == null) {
                return rest.substring(0, k);
            }
        }
        return "";
    }

    private static final String PIN = "(?:pp?\\. )?\\d+(?:[\u2013\\-]\\d+)?";

    /** A name that opens a sentence, perhaps as a possessive, then a few words of prose in lower case. */
    private static final String NAME_AND_PROSE =
            "(?<names>\\p{Lu}[\\p{L}.\\-]*(?: \\p{Lu}[\\p{L}.\\-]*){0,2})(?:[\u2019']s)? (?:\\p{Ll}+ )(?:[\\p{Ll}\\d]+ ){0,11}";

    private static final Pattern NAME_THEN_NOTE = Pattern.compile(NAME_AND_PROSE
            + "\\((?:n\\.?|note) (?<note>\\d{1,3})(?: above)?,? (?:at )?(?<pin>" + PIN + ")\\)");

    private static final Pattern NAME_THEN_BRACKETED = Pattern.compile(NAME_AND_PROSE + "\\("
            + "(?:(?<quoted>[\u201C\u2018].{3,200}?[\u201D\u2019])|(?<plain>\\p{Lu}[^,()\u201C\u2018]{2,150}?)),? (?<pin>" + PIN + ")\\)");

    private static final Pattern NAME_THEN_QUOTED_IN_BRACKETS = Pattern.compile(
            "(?<names>\\p{Lu}[\\p{L}\\-]*(?: \\p{Lu}[\\p{L}\\-]*)?) \\((?<quoted>[\u201C\u2018][^()]{3,200}?[\u201D\u2019]),? (?<pin>" + PIN + ")\\)");

    private static String firstNonNull(String... values) {
        for (String v : values) if (v != null) return v;
        return null;
    }

    private static final Pattern POSSESSIVE_SHORT_FORM = Pattern.compile(
            "(?<names>\\p{Lu}[\\p{L}.\\-]*(?: \\p{Lu}[\\p{L}.\\-]*){0,2})[\u2019']s (?:\\p{Ll}+ ){1,3}in (?:"
            // a quoted title, then a pinpoint in brackets or after a comma, or none
            + "(?<quoted>[\u201C\u2018].{3,200}?[\u201D\u2019])(?!\\p{L})(?:,? \\((?<pin>" + PIN + ")\\)|,? (?<pin2>" + PIN + ")(?![\\d\\p{L}]))?"
            // a title in italics, which only its pinpoint ends
            + "|(?<plain>\\p{Lu}[^,()\u201C\u2018]{2,150}?)(?:,? \\((?<pin3>" + PIN + ")\\)|, (?<pin4>" + PIN + ")(?![\\d\\p{L}])))");

    /** "Mirela Sørbø-Adeyemi points out in “Title,” …": a full name, one to three words of a verb, "in", a quoted title. */
    private static final Pattern NAME_VERB_IN_QUOTED = Pattern.compile(
            "(?<names>\\p{Lu}[\\p{L}.\\-]*(?: \\p{Lu}[\\p{L}.\\-]*){1,2}) (?:\\p{Ll}+ ){1,3}in (?=[\u201C\u2018])");

    /** "Oduya-Brandt’s monograph, The Law of Safe Passage, remains …": a name's possessive, a noun for a work, its title. */
    private static final Pattern POSSESSIVE_WORK_APPOSED = Pattern.compile(
            "(?<names>\\p{Lu}[\\p{L}.\\-]*(?: \\p{Lu}[\\p{L}.\\-]*){0,2})[\u2019']s (?:\\p{Ll}+ )?"
            + "(?:monograph|book|study|treatise|commentary|history|survey|account|reconstruction|analysis)(?: \\p{Ll}+){0,5}, "
            + "(?<title>\\p{Lu}[^,()\u201C\u2018]{2,150}?)(?:, (?=\\p{Ll})|, (?<pin>" + PIN + ")(?:$|, (?=\\p{Ll})))");

    /**
     * Bluebook's "Press Release, Security Council, Title …", a paper's "Editorial, “Title,” Guardian": the
     * label says what the item is; the author, or the title, follows it.
     */
    private static String withoutGenreLabel(String t) {
        if (t.length() < 16 || t.charAt(0) != 'P' && t.charAt(0) != 'N' && t.charAt(0) != 'E') return t;
        for (String label : new String[] {"Press Release, ", "News Release, ", "Press Statement, ", "Editorial, "}) {
            if (!t.startsWith(label)) continue;
            char next = t.charAt(label.length());
            if (Character.isUpperCase(next) || Scan.isOpeningQuote(next) || next == '"') return t.substring(label.length());
        }
        return t;
    }

    static String stripFinalPeriod(String s) {
        String t = s.strip();
        if (t.endsWith(".") && !t.endsWith("..")) {
            int k = t.length() - 1;
            int w = k;
            while (w > 0 && t.charAt(w - 1) != ' ') w--;
            String word = t.substring(w, k).toLowerCase(Locale.ROOT);
            boolean keep = word.equals("al") || word.equals("ibid") || word.equals("id") || word.equals("cit")
                    || word.equals("n.d") || word.equals("ed") || word.equals("eds") || word.equals("jr")
                    || (word.length() == 1 && Character.isUpperCase(t.charAt(w)));
            if (!keep) t = t.substring(0, k).strip();
        }
        return t;
    }

    // ---------------------------------------------------------------- ibid., id.

    private static boolean ibid(String t, Draft d) {
        if (t.isEmpty() || (t.charAt(0) != 'i' && t.charAt(0) != 'I')) return false;
        int len = -1;
        for (String p : new String[] {"ibid.", "ibid", "ib.", "id."}) {
            if (t.regionMatches(true, 0, p, 0, p.length()) && (t.length() == p.length() || !Character.isLetter(t.charAt(p.length())))) {
                len = p.length();
                break;
            }
        }
        if (len < 0) return false;
        String rest = t.substring(len).strip();
        while (rest.startsWith(",") || rest.startsWith(".")) rest = rest.substring(1).strip();
        d.shortKind = Draft.ShortKind.IBID;
        if (!rest.isEmpty()) {
            // "Id. at 125 (commentary to conclusion 6)", "ibid., p. 14 (Marenland)": an aside or a meeting's
            // speaker after the pinpoint, not part of it; "art. 11(5) and (7)" numbers a subsection
            // "ibid., 161–64 [dissenting opinion of Judge Ames]": or the part of the work, described in square brackets
            int paren = rest.endsWith(")") ? rest.lastIndexOf(" (") : rest.endsWith("]") ? rest.lastIndexOf(" [") : -1;
            String aside = paren > 0 ? rest.substring(paren + 2, rest.length() - 1) : "";
            boolean wordy = aside.length() >= 3 && Character.isLetter(aside.charAt(0)) && Character.isLetter(aside.charAt(1));
            Parts.Locator loc = wordy ? Parts.locator(rest.substring(0, paren), true) : null;
            if (loc == null) loc = Parts.locators(rest, true);
            if (loc == null && paren > 0) loc = Parts.locator(rest.substring(0, paren), true);
            if (loc == null) {
                String pinpoint = beforeClause(rest); // "ibid., para. 41, attributes most of them to three governments"
                if (!pinpoint.isEmpty()) loc = Parts.locators(pinpoint, true);
            }
            String[] volumePage = loc == null ? Parts.volumeColonPage(rest) : null; // "Ibid., 2:41"
            if (loc != null) d.pinpoint = loc.value();
            else if (isAnnex(rest)) d.pinpoint = rest; // "(ibid., annex)": the annex of the document before
            else if (volumePage != null) {
                d.fields.volume(volumePage[0]);
                d.pinpoint = volumePage[1];
            }
        }
        return true;
    }

    /**
     * "Idem, ‘Other title’, …", "Eadem, Book, p. 5", "———. 2015b. Title.": the rest of the citation,
     * whose authors are the previous citation's; null when the text does not start so.
     */
    private static String withoutSameAuthor(String t) {
        if (t.isEmpty()) return null;
        char c = Character.toLowerCase(t.charAt(0));
        if (c != 'i' && c != 'e' && c != '\u2014' && c != '\u2013' && c != '-' && c != '_') return null;
        for (String p : new String[] {"idem, ", "eadem, ", "iidem, ", "eaedem, ", "idem ", "eadem "}) {
            if (t.regionMatches(true, 0, p, 0, p.length()) && t.length() > p.length() + 2) return t.substring(p.length()).strip();
        }
        int i = 0;
        while (i < t.length() && (t.charAt(i) == '\u2014' || t.charAt(i) == '\u2013' || t.charAt(i) == '-' || t.charAt(i) == '_')) i++;
        if (i >= 2) {
            int k = i;
            while (k < t.length() && (t.charAt(k) == '.' || t.charAt(k) == ',' || t.charAt(k) == ' ')) k++;
            if (k < t.length()) return t.substring(k);
        }
        return null;
    }

    // ---------------------------------------------------------------- defined short names

    /**
     * "VCLT art. 31", "1954 Hague Convention, art. 4", "Kolb, Treaties, at 14": a work cited by the
     * short name an earlier citation defined for it, then at most a pinpoint.
     */
    private static final Pattern VOLUME_COLON_PAGE = Pattern.compile("(\\d{1,3}):(\\d+(?:[-\u2013]\\d+)?)");

    private boolean aliasShortForm(String t, Draft d) {
        String alias = aliasAtStart.apply(t);
        // "The Montreux Document, Part One, para. 1": the article the sentence puts before the name is no part of it
        if (alias == null && t.startsWith("The ") && (alias = aliasAtStart.apply(t.substring(4))) != null) t = t.substring(4);
        if (alias == null) return false;
        String rest = t.substring(alias.length()).strip();
        // "50 U.S.C. § 4565(e)(2)": a code section cited in full before, now by its subsection
        if (Statutes.isSectionKey(alias)) return Statutes.sectionShortForm(alias, rest, d);
        if (rest.startsWith(",")) rest = rest.substring(1).strip();
        // "Division Treaty (annex B, art. 4(2))": the pinpoint in brackets
        if (rest.startsWith("(") && rest.endsWith(")") && Scan.of(rest.substring(1, rest.length() - 1)).balanced()) {
            rest = rest.substring(1, rest.length() - 1).strip();
        }
        java.util.regex.Matcher supra = SUPRA_NOTE.matcher(rest);
        if (supra.lookingAt()) {
            // "2021 GGE Report, supra note 8, ¶ 73": the defined name, where it was defined, the pinpoint
            d.supraNote = Integer.parseInt(supra.group(1));
            rest = rest.substring(supra.end()).strip();
        }
        rest = rest.substring(afterYearReport(rest)); // "Wall Opinion, 2004 I.C.J. ¶ 140"
        java.util.regex.Matcher volumePage = rest.indexOf(':') > 0 ? VOLUME_COLON_PAGE.matcher(rest) : null;
        if (volumePage != null && volumePage.matches()) {
            // "FRUS 1927, 1:440": Chicago's volume and page
            d.fields.volume(volumePage.group(1));
            rest = volumePage.group(2);
        }
        Parts.Locator loc = rest.isEmpty() ? null : Parts.locators(rest, true);
        if (!rest.isEmpty() && loc == null) {
            String pinpoint = beforeClause(rest); // "art. 94(6), which gives other states …": the clause is prose
            if (pinpoint.isEmpty()) return false;
            loc = Parts.locators(pinpoint, true);
        }
        int comma = alias.indexOf(", ");
        String family = comma > 0 ? alias.substring(0, comma) : null;
        if (family != null && family.indexOf(' ') < 0 && knownFamily.test(family)) {
            // "Kolb, Treaties": an author's family name and a short title
            d.fields.authors(List.of(new Person(family, null, null))).title(alias.substring(comma + 2));
        } else if (unitNamed(alias)) {
            // "Ctr. for Harbour Safety, supra note 3": the first unit of an author of two units, the name its full citation
            // defined (see readLeadingAuthors); the author as written, no title
            d.fields.authors(List.of(new Organization(alias)));
        } else {
            d.fields.title(alias);
        }
        d.shortTitle = alias;
        d.shortKind = Draft.ShortKind.TITLE_ONLY;
        d.namesAlias = true;
        if (loc != null) d.pinpoint = loc.value();
        return true;
    }

    // ---------------------------------------------------------------- UN documents

    private boolean unDocument(String t, String lower, Draft d) {
        UnCitations.Found un = UnCitations.find(t, d.unOrgan);
        UnSymbols.Found f = un == null ? null : new UnSymbols.Found(un.symbol(), un.start(), un.start(), un.rest());
        boolean bare = un != null && un.bare();
        if (f == null) f = UnSymbols.afterMarker(t, lower);
        if (f == null) {
            f = UnSymbols.atStart(t);
            bare = f != null;
        }
        if (f == null) {
            UnSymbols.Found r = UnSymbols.resolution(t, lower);
            // "Articles on …, annexed to G.A. Res. 56/83": the resolution that publishes the titled text
            // "Articles on …, art. 8, G.A. Res. 56/83, annex (…)": the resolution whose annex holds the titled text
            if (r == null || r.markerStart() > 0 && !orgBefore(t, r.markerStart()) && !connectedTo(t, r.markerStart())
                    && !t.startsWith(", annex", r.end())) {
                return false;
            }
            f = r;
        }
        d.type = CitationType.UN_DOCUMENT;
        d.fields.unSymbol(f.symbol());
        if (un != null && un.date() != null) d.fields.date(un.date()).year(un.date().substring(0, 4));
        // what precedes the symbol: an issuing body and/or a title
        String before = t.substring(0, f.markerStart()).strip();
        // "The General Assembly has so far acknowledged the question only in passing: UN Doc. A/RES/77/248": a sentence
        // leading up to the document names nothing
        if (before.endsWith(":") && leadInSentence(before)) before = "";
        // "…, has asked that any future referral repeat it, in a request recorded at UN Doc. S/PV.9822": a preposition
        // ends a sentence of prose that leads up to the document
        if ((before.endsWith(" at") || before.endsWith(" in") || before.endsWith(" see")) && leadInSentence(before)) before = "";
        while (before.endsWith(",") || before.endsWith(".")) before = before.substring(0, before.length() - 1).strip();
        before = beforeConnectingPhrase(before);
        // "UN General Assembly, Resolution A/RES/74/2": the word that says what the symbol designates names no title
        int designation = before.lastIndexOf(", ");
        if (designation > 0 && DESIGNATION_WORD.matcher(before.substring(designation + 2)).matches()) {
            before = before.substring(0, designation).strip();
        }
        // OSCOLA puts the date before the symbol: "UNGA Res 60/1 (24 October 2005) UN Doc A/RES/60/1"
        if (before.endsWith(")")) {
            int open = before.lastIndexOf('(');
            Dates.Parsed date = open >= 0 ? Dates.whole(before.substring(open + 1, before.length() - 1)) : null;
            // "… pursuant to Paragraph 2 of Security Council Resolution 808 (1993)": the year of a resolution named in the title
            if (date != null && date.iso() == null && RESOLUTION_BEFORE_YEAR.matcher(before.substring(0, open)).find()) date = null;
            if (date != null) {
                d.fields.date(date.iso()).year(date.year());
                before = before.substring(0, open).strip();
            }
        }
        List<String> pins = new ArrayList<>();
        if (un != null && un.rest() > un.end()) {
            // "Human Rights Council Res. 48/13, ¶ 1, U.N. Doc. A/HRC/RES/48/13 (…)": a pinpoint before the restated symbol
            for (String part : Scan.of(t.substring(un.end(), un.rest())).splitTopCommas(0, un.rest() - un.end())) {
                Parts.Locator loc = part.isBlank() ? null : Parts.locator(part.strip(), false);
                if (loc != null) pins.add(loc.value());
            }
        }
        // "UN Security Council Resolution 2098 (2013)": the organ's prefix is part of the designation
        String head = t.substring(0, f.markerStart()).stripTrailing();
        boolean prefixOfDesignation = un != null && un.resolutionNumber() && !head.endsWith(",") && !head.endsWith(".")
                && !head.endsWith(")");
        String[] signed = un == null || !un.resolutionNumber() ? instrumentSignedOn(before) : null;
        if (signed != null) {
            // "Vienna Convention on …, April 8, 1983, UN Doc. A/CONF.117/14": a treaty (perhaps never in force) cited by
            // the conference document that holds its text, dated by the day it was adopted
            d.type = CitationType.TREATY;
            Dates.Parsed date = Dates.whole(signed[1]);
            d.fields.title(signed[0]).date(date.iso()).year(date.year());
            before = "";
        }
        if (!before.isEmpty() && !isResolutionDesignation(before) && !prefixOfDesignation) unHead(before, d, pins);
        // "Model Law … art. 34, U.N. Doc. A/40/17, annex I": the provision cited; the annex only says where the text is
        boolean provisionCited = !pins.isEmpty() && (pins.get(0).startsWith("art") || pins.get(0).startsWith("\u00A7"));
        if ((before.isEmpty() || prefixOfDesignation) && un != null && un.resolutionNumber()) issuingOrgan(t, d);
        // what follows: a date (bare or in parentheses) and locators
        String after = t.substring(f.end()).strip();
        if (after.startsWith("of ") && after.length() > 3 && Character.isLetterOrDigit(after.charAt(3))) {
            after = after.substring(3); // "resolution 60/147 of 16 December 2005": the adoption date
        }
        String[] quotedTitle = d.fields.title() == null ? leadingQuotation(after.startsWith(",") ? after.substring(1).strip() : after) : null;
        if (quotedTitle != null) {
            // "Resolution WHA77.17, “Amendments to …,” June 1, 2024": the title after the symbol
            d.fields.title(cleanTitle(quotedTitle[0]));
            after = quotedTitle[1];
        }
        boolean resolution = resolutionSymbol(f.symbol());
        Scan scan = Scan.of(after);
        List<String> afterParts = joinUsDates(scan.splitTopCommas(0, after.length()));
        boolean paragraphList = false; // "¶¶ 2(b), 4": the numbers after the first continue the list
        String span = null; // a bare range read first, perhaps the pages of a text inside the document
        for (String part : afterParts) {
            int open = part.indexOf('(');
            boolean glued = open > 0 && part.charAt(open - 1) != ' ';
            int dated = glued ? part.indexOf(" (", open) : -1; // "¶ 2(b) (Dec. 23, 2015)"
            Parts.Locator whole = glued ? Parts.locator(dated < 0 ? part : part.substring(0, dated), false) : null;
            if (whole != null && whole.kind().equals("para")) {
                pins.add(whole.value()); // "para. 12(b)"
                paragraphList = isParagraphList(whole.value());
                if (dated < 0) continue;
                part = part.substring(dated + 1);
            }
            if (d.fields.title() == null && resolution && titleAfterNumber(part)) {
                d.fields.title(part); // "G.A. Res. 217 (III) A, Universal Declaration of Human Rights, art. 14"
                continue;
            }
            Parts.Split sp = Parts.split(part);
            List<String> pieces = new ArrayList<>();
            // "G.A. Res. 56/83, [annex,] Responsibility of States … (Dec. 12, 2001)": the title before the date
            boolean titled = d.fields.title() == null && !sp.parens().isEmpty() && resolution
                    && titleAfterNumber(sp.head());
            if (titled) d.fields.title(sp.head());
            else if (!sp.head().isEmpty()) pieces.add(sp.head());
            pieces.addAll(sp.parens());
            if (!sp.after().isEmpty()) pieces.add(sp.after()); // "(16 December 2005) para 8"
            for (String piece : pieces) {
                Dates.Parsed date = Dates.whole(piece);
                if (date != null) {
                    if (d.fields.year() == null || d.fields.date() == null && date.iso() != null) {
                        d.fields.date(date.iso()).year(date.year());
                    }
                    continue;
                }
                // a bare page once the date is read: "UN Doc. S/PV.6498, March 17, 2011, 8"; or after a bare symbol: "S/PV.6498, 8"
                // a bare page once the date or year is read: "UN Doc. S/PV.6498, March 17, 2011, 8", "UN Doc. A/73/10 (2018), 12–14"
                boolean barePage = (d.fields.date() != null || d.fields.year() != null || bare && before.isEmpty() || paragraphList)
                        && piece.length() <= 12;
                // the annex is the document's own part, kept only where no provision of the text in it is cited
                Parts.Locator loc = isAnnex(piece) ? null : Parts.locator(piece, barePage);
                if (loc != null) {
                    if (pins.isEmpty() && loc.kind().equals("bare") && loc.range()) span = loc.value();
                    pins.add(loc.value());
                    paragraphList = isParagraphList(loc.value()) || paragraphList && loc.kind().equals("bare");
                }
                else if (UnCitations.locator(piece) != null) pins.add(UnCitations.locator(piece));
                else if (isAnnex(piece) && !provisionCited) pins.add(piece); // "G.A. Res. 60/288, annex"
            }
        }
        if (span != null && pins.size() > 1 && pins.get(0).equals(span) && provision(pins.get(1)) && d.fields.pages() == null) {
            // "Report of the Commission …, UN Doc. A/61/10 (2006), 22–100 (hereafter Draft Articles), art. 7": the span of the
            // articles printed in the report, then the article cited
            d.fields.pages(pins.remove(0));
        }
        if (!pins.isEmpty()) d.pinpoint = String.join(", ", pins);
        if (bare && d.fields.year() == null && before.isEmpty()) d.shortKind = Draft.ShortKind.UN_SYMBOL;
        if (un != null) UnCitations.complete(un, d);
        return true;
    }

    private static final Pattern NOT_AN_INSTRUMENT = Pattern.compile(
            "(?i)(?:report|letter|note|statement|draft|summary|commentary|commentaries|record|records|memorandum|status)\\b.*");

    /**
     * "Convention on the Transfer of Records, March 14, 1991": an instrument's name (its word among the first four) and the
     * full day it was adopted or signed, as {name, date}; null when the text is not so.
     */
    private static String[] instrumentSignedOn(String before) {
        int comma = before.lastIndexOf(", ");
        if (comma <= 0) return null;
        String last = before.substring(comma + 2).strip();
        if (last.length() == 4 && Pages.allDigits(last)) {
            comma = before.lastIndexOf(", ", comma - 1); // "April 8, 1983": the US date holds a comma
            if (comma <= 0) return null;
            last = before.substring(comma + 2).strip();
        }
        Dates.Parsed date = Dates.whole(last);
        if (date == null || date.iso() == null || date.iso().length() != 10) return null;
        String name = before.substring(0, comma).strip();
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || NOT_AN_INSTRUMENT.matcher(name).matches()) return null;
        String[] words = name.split(" ");
        if (!Tail.namesAnInstrument(String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(4, words.length))))) return null;
        return new String[] {name, last};
    }

    /**
     * "“Amendments to …,” June 1, 2024": a title in double quotation marks opening the text, and the text
     * after it; null when the text does not open so.
     */
    private static String[] leadingQuotation(String text) {
        if (text.length() < 4 || (text.charAt(0) != '\u201C' && text.charAt(0) != '"') || !Character.isUpperCase(text.charAt(1))) {
            return null;
        }
        int close = text.indexOf(text.charAt(0) == '"' ? '"' : '\u201D', 1);
        if (close < 0) return null;
        return new String[] {text.substring(1, close), text.substring(close + 1).strip()};
    }

    /** "IMO", "WHO", "UNESCO": a body's initials, two to seven capitals. */
    private static boolean acronym(String s) {
        if (s.length() < 2 || s.length() > 7) return false;
        for (int i = 0; i < s.length(); i++) if (!Character.isUpperCase(s.charAt(i))) return false;
        return true;
    }

    /** A resolution's symbol: the UN's "A/RES/56/83", a specialized agency's "WHA77.17" or "MEPC.264(68)". */
    private static boolean resolutionSymbol(String symbol) {
        // the un stage's grammars know the agencies' shapes; the UN's own is read without parsing
        return symbol.contains("/RES/")
                || UnSymbolParser.parse(symbol).toSymbol().map(u -> "RES".equals(u.docType())).orElse(false);
    }

    private static boolean isParagraphList(String locator) {
        return locator.startsWith("\u00B6\u00B6") || locator.startsWith("paras");
    }

    /**
     * A resolution's title after its number: capitalised words, three or more or joined by a small
     * word ("Definition of Aggression"), with no digit, bracket or quotation: not a locator, a date,
     * a session ("Chapter IV") or a restated symbol.
     */
    private static boolean titleAfterNumber(String part) {
        if (part.length() < 8 || !Character.isUpperCase(part.charAt(0)) || isAnnex(part)) return false;
        int words = 1;
        boolean smallWord = false;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (Character.isDigit(c) || c == '(' || c == '[' || c == '/' || Scan.isOpeningQuote(c) || c == '"') return false;
            if (c == ' ') {
                words++;
                if (i + 1 < part.length() && Character.isLowerCase(part.charAt(i + 1))) smallWord = true;
            }
        }
        if (words < 2 || words == 2 && !smallWord) return false;
        String lower = part.toLowerCase(Locale.ROOT);
        return !lower.startsWith("u.n.") && !lower.startsWith("un ") && !lower.startsWith("united nations") && !lower.startsWith("supp")
                && Parts.locator(part, false) == null && Dates.whole(part) == null;
    }

    private static final String[] CONNECTING_PHRASES = {", annexed to", ", annex to", ", Annexed to", ", Annex to",
        ", contained in", ", reproduced in"};

    /**
     * "Articles on …, annexed to" (or "…, annexed to G.A. Res. 56/83") before the symbol: the title
     * ends before the phrase; what follows it names the document the symbol already gives.
     */
    private static String beforeConnectingPhrase(String before) {
        if (before.indexOf(", annex") < 0 && before.indexOf(", Annex") < 0 && before.indexOf(", contained") < 0
                && before.indexOf(", reproduced") < 0) return before;
        for (String phrase : CONNECTING_PHRASES) {
            int k = before.indexOf(phrase);
            int e = k + phrase.length();
            if (k > 0 && (e == before.length() || before.charAt(e) == ' ')) return before.substring(0, k).strip();
        }
        return before;
    }

    /** Whether a connecting phrase (", annexed to") comes before the marker at {@code k}. */
    private static boolean connectedTo(String t, int k) {
        String head = t.substring(0, k).stripTrailing();
        return beforeConnectingPhrase(head).length() < head.length();
    }

    /** "art. 7", "arts. 2–4", "guideline 3.1", "conclusion 5", "principle 2": a provision of a text, not a page. */
    private static boolean provision(String pin) {
        return pin.startsWith("art") || pin.startsWith("guideline") || pin.startsWith("conclusion") || pin.startsWith("princ")
                || pin.startsWith("draft art");
    }

    /** "annex", "annex I", "annex II, para. 3": a part of a UN document, as written. */
    static boolean isAnnex(String piece) {
        String l = piece.toLowerCase(Locale.ROOT);
        return l.equals("annex") || l.startsWith("annex ") && l.length() <= 12;
    }

    /** "UN Security Council, Resolution 1973 (2011), …": the organ written before the resolution issues it. */
    private static void issuingOrgan(String t, Draft d) {
        int comma = t.indexOf(", ");
        if (comma <= 0) return;
        String organ = t.substring(0, comma).strip();
        String next = t.substring(comma + 2);
        if ((next.startsWith("Resolution ") || next.startsWith("resolution ") || next.startsWith("Res. "))
                && Names.kind(organ) == Names.Kind.ORG && isUnBody(organ)) {
            d.fields.authors(List.of(new Organization(organ)));
        }
    }

    /** "October 24", "2005" → "October 24, 2005": a US date cut in two by its comma. */
    static List<String> joinUsDates(List<String> parts) {
        List<String> out = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            if (Tail.monthDay(p) && i + 1 < parts.size() && Parts.yearWithSuffix(Parts.split(parts.get(i + 1)).head()) != null) {
                out.add(p + ", " + parts.get(++i));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** "G.A. Res. 68/262" or "S.C. Res. 2334 (2016)" in front of the symbol: a designation, not a title. */
    private static boolean isResolutionDesignation(String before) {
        UnSymbols.Found r = UnSymbols.resolution(before);
        return r != null && r.markerStart() == 0 && before.length() - r.end() <= 2;
    }

    private static boolean orgBefore(String t, int k) {
        String head = t.substring(0, k).strip();
        while (head.endsWith(",")) head = head.substring(0, head.length() - 1).strip();
        return Names.kind(head) == Names.Kind.ORG;
    }

    /**
     * "UN Security Council, ‘Title’" or "Report of the Secretary-General" before a UN symbol; a
     * locator among them ("¶¶ 12–14", "at 4") goes to {@code pins}. Official-records designations
     * ("U.N. SCOR, 71st Sess., 7796th mtg.") name neither an author nor a title.
     */
    private static void unHead(String before, Draft d, List<String> pins) {
        Scan whole = Scan.of(before);
        List<String> kept = new ArrayList<>();
        List<String> split0 = whole.splitTopCommas(0, before.length());
        for (int i = 0; i < split0.size(); i++) {
            String p = split0.get(i).strip();
            int at = p.lastIndexOf(" at ");
            Parts.Locator loc = Parts.locator(p, false);
            if (loc == null && at > 0 && isRecordsDesignation(p.substring(0, at))) loc = Parts.locator(p.substring(at + 1), false);
            String[] yearbook = Tail.bracketedYearbookParts(p);
            if (yearbook != null && !kept.isEmpty()) {
                // "Draft Articles …, with Commentaries, [2001] 2 Y.B. Int'l L. Comm'n 31, U.N. Doc. …": where it is printed
                d.fields.container(yearbook[2]).volume(yearbook[1]).pages(yearbook[3]);
                if (d.fields.year() == null) d.fields.year(yearbook[0]);
                continue;
            }
            // "… under Article 8, Paragraph 1, of the Optional Protocol": a provision inside the title
            String next = i + 1 < split0.size() ? split0.get(i + 1).strip() : "";
            if (loc != null && !kept.isEmpty() && !next.isEmpty() && Character.isLowerCase(next.charAt(0))) loc = null;
            if (loc != null && kept.size() > 1 && isAnnex(kept.get(kept.size() - 1))) {
                // "Guiding Principles …, annex, princ. 25, U.N. Doc. …": the provision of the text in the report's annex
                pins.add(kept.remove(kept.size() - 1) + ", " + loc.value());
            }
            else if (loc != null) pins.add(loc.value());
            else if (!kept.isEmpty() && SESSION_OR_MEETING.matcher(p).matches()) continue; // "UN Security Council, 7565th meeting"
            else if (!kept.isEmpty() && COMMUNICATION.matcher(p).matches()) continue; // its number is in the symbol
            // "World Heritage Committee, Decision 43 COM 8C.2, ‘Title’", "Decision 1/CP.21, Title": the body's own numbering
            else if ((!kept.isEmpty() || !next.isEmpty()) && BODY_DECISION.matcher(p).matches()) continue;
            else if (!kept.isEmpty() && p.equalsIgnoreCase("Official Records")) continue; // "UN General Assembly, Official Records, …"
            else if (!kept.isEmpty() && meetingDate(p, d)) continue; // "…, 12th plenary meeting, 28 September 2018, UN Doc. …"
            else if (!kept.isEmpty() && adoptedOn(p, next, d)) {
                // "Communication No. 3104/2018, Views adopted March 22, 2021, UN Doc. …": the day of the decision
                if (YEAR_ONLY.matcher(next).matches()) i++;
            }
            else kept.add(p);
        }
        // "UNCITRAL Model Law on International Commercial Arbitration art. 34(2)(b)(ii), U.N. Doc. …": a provision written
        // straight after the instrument's name
        int last = kept.size() - 1;
        int provision = last >= 0 ? Tail.provisionStart(kept.get(last)) : -1;
        if (provision > 0) {
            pins.add(0, kept.get(last).substring(provision + 1).strip());
            kept.set(last, kept.get(last).substring(0, provision).strip());
        }
        if (kept.isEmpty() || isRecordsDesignation(kept.get(0))) return;
        // "See, for example, the statements of France … in UN Doc. S/PV.7000": a sentence before the symbol, no title
        if (Character.isLowerCase(kept.get(0).charAt(0)) && kept.get(kept.size() - 1).endsWith(" in")) return;
        before = String.join(", ", kept);
        Scan scan = Scan.of(before);
        int[] q = firstTitleQuote(scan);
        if (q != null) {
            d.fields.title(cleanTitle(before.substring(q[0] + 1, q[1])));
            String who = Names.clean(before.substring(0, q[0]));
            if (!who.isEmpty()) d.fields.authors(List.of(new Organization(who)));
            return;
        }
        List<String> split = scan.splitTopCommas(0, before.length());
        // "Draft Conclusions on …, in Report of the International Law Commission": a text inside a report
        for (int k = 1; k < split.size(); k++) {
            String p = split.get(k);
            if (p.length() > 4 && p.startsWith("in ") && Character.isUpperCase(p.charAt(3))) {
                d.fields.container(String.join(", ", split.subList(k, split.size())).substring(3));
                split = split.subList(0, k);
                break;
            }
        }
        List<String> parts = joinMandateName(joinAbbreviatedBody(split));
        boolean abbreviatedBody = parts.size() < split.size();
        String rapporteur = parts.size() >= 2 ? withoutRoleInBrackets(parts.get(0)) : null;
        if (rapporteur != null && !abbreviatedBody && Names.kind(rapporteur) == Names.Kind.FULL) {
            // "Michael Wood (Special Rapporteur), Third Report on …, U.N. Doc. A/CN.4/682": a person's report
            d.fields.authors(List.of(Names.person(rapporteur)));
            d.fields.title(String.join(", ", parts.subList(1, parts.size())));
        } else if (parts.size() >= 2 && !namesAText(parts.get(0)) && (abbreviatedBody || Names.kind(parts.get(0)) == Names.Kind.ORG
                || resolutionBody(parts.get(0)) || namedBody(parts.get(0)))) {
            d.fields.authors(List.of(new Organization(parts.get(0))));
            d.fields.title(String.join(", ", parts.subList(1, parts.size())));
        } else if (parts.size() == 1 && !namesAText(parts.get(0)) && (Names.kind(parts.get(0)) == Names.Kind.ORG && isUnBody(parts.get(0))
                || acronym(parts.get(0)))) {
            // "IMO, Resolution MEPC.264(68), …": an agency's initials before its resolution
            d.fields.authors(List.of(new Organization(parts.get(0))));
        } else {
            d.fields.title(String.join(", ", parts));
        }
    }

    /**
     * "Draft Articles on …", "Guiding Principles on …", "Report of the Human Rights Committee", "Rules of Procedure of
     * the Trusteeship Council": the name of a text, never of the body that issues it.
     */
    private static boolean namesAText(String part) {
        return part.startsWith("Draft ") || part.startsWith("Report of ") || part.startsWith("Report on ")|| part.startsWith("Articles on ") || part.startsWith("Principles ")
                || part.startsWith("Guiding Principles ") || part.startsWith("Guidelines ") || part.startsWith("Rules of ")
                || part.startsWith("Provisional Rules of ") || part.startsWith("Statute of ") || part.startsWith("Regulations ");
    }

    /** "Communication No. 2874/2016": a treaty body's case, numbered again in the symbol of its views. */
    /**
     * "Antarctic Treaty Consultative Meeting, Measure 11 (2022), ‘Title’": a body's numbered measure, decision or
     * recommendation and its year before the title; the body alone stays for the authors, the year is the year.
     */
    private static String bodyInstrumentNumbered(String before, Draft d) {
        Matcher m = BODY_INSTRUMENT.matcher(before);
        if (!m.find()) return before;
        if (d.fields.year() == null) d.fields.year(m.group(1));
        return before.substring(0, m.start());
    }

    private static final Pattern BODY_INSTRUMENT = Pattern.compile(
            ", (?:Measure|Decision|Resolution|Recommendation) [\\w./-]{1,12} \\(((?:19|20)\\d\\d)\\),?\\s*$");

    /** "Decision 17/CMA.5, Arrangements for …" → "Arrangements for …": a body's decision number before a title. */
    static String withoutDecisionNumber(String title) {
        int comma = title.indexOf(", ");
        return comma > 0 && BODY_DECISION.matcher(title.substring(0, comma)).matches() ? title.substring(comma + 2) : title;
    }

    private static final Pattern BODY_DECISION = Pattern.compile("(?:Decision|Resolution|Dec\\.|Res\\.) (?=[^,]*\\d)[\\p{Lu}\\d][\\w./ -]{0,24}");
    private static final Pattern COMMUNICATION = Pattern.compile("Communications? Nos?\\. \\S{1,20}");

    /** "Michael Wood (Special Rapporteur)" → "Michael Wood": the name without the role written after it. */
    private static String withoutRoleInBrackets(String name) {
        int open = name.indexOf(" (");
        if (open < 0 || !name.endsWith(")")) return name;
        String role = name.substring(open + 2, name.length() - 1).toLowerCase(Locale.ROOT);
        return role.contains("rapporteur") || role.contains("chair") || role.contains("expert") ? name.substring(0, open) : name;
    }

    /**
     * Bluebook's "Comm. on Econ., Soc. & Cultural Rts., General Comment No. 8": a body's abbreviated name
     * keeps its commas; the parts that go on abbreviating (words ending in a period, "&") are joined to it.
     */
    private static List<String> joinAbbreviatedBody(List<String> parts) {
        if (parts.size() < 3 || !parts.get(0).endsWith(".")) return parts;
        int k = 1;
        while (k < parts.size() - 1 && abbreviatedWords(parts.get(k))) k++;
        if (k == 1) return parts;
        List<String> out = new ArrayList<>();
        out.add(String.join(", ", parts.subList(0, k)));
        out.addAll(parts.subList(k, parts.size()));
        return out;
    }

    /**
     * "Special Rapporteur on Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment, Rep. on …": a
     * mandate's name may hold commas; the parts before the report's own title ("Rep.", "Report", "Interim Report",
     * "Note") are joined to the body's name when they are capitalised words only.
     */
    private static List<String> joinMandateName(List<String> parts) {
        if (parts.size() < 3 || !namedBody(parts.get(0))) return parts;
        int k = 1;
        while (k < parts.size() - 1 && k < 4 && !reportTitle(parts.get(k)) && mandateWords(parts.get(k))) k++;
        if (k == 1 || !reportTitle(parts.get(k))) return parts;
        List<String> out = new ArrayList<>();
        out.add(String.join(", ", parts.subList(0, k)));
        out.addAll(parts.subList(k, parts.size()));
        return out;
    }

    private static boolean reportTitle(String part) {
        return part.startsWith("Rep. ") || part.startsWith("Report") || part.startsWith("Interim Rep") || part.startsWith("Note ")
                || part.startsWith("Thematic Rep") || part.startsWith("Annual Rep");
    }

    /** "Inhuman or Degrading Treatment or Punishment": capitalised words with small connectors, no number. */
    private static boolean mandateWords(String part) {
        if (part.isEmpty() || part.length() > 80 || !Character.isUpperCase(part.charAt(0))) return false;
        for (String w : part.split(" ")) {
            if (w.isEmpty() || w.chars().anyMatch(Character::isDigit)) return false;
            if (!Character.isUpperCase(w.charAt(0)) && !Names.isOrgConnector(w) && !w.equals("or")) return false;
        }
        return true;
    }

    /** "Soc. & Cultural Rts.": a few capitalised words, the last abbreviated, joined by "&" or "and". */
    private static boolean abbreviatedWords(String part) {
        String[] words = part.split(" ");
        if (words.length > 5 || !part.endsWith(".")) return false;
        for (String w : words) {
            if (w.equals("&") || w.equals("and") || w.equals("of") || w.equals("on")) continue;
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || w.chars().anyMatch(Character::isDigit)) return false;
        }
        return true;
    }

    /** Six words or more with a verb or pronoun of running prose: a sentence, not an issuing body or a title. */
    private static boolean leadInSentence(String s) {
        int words = 1;
        boolean prose = false;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ') words++;
            boolean wordStart = Character.isLowerCase(s.charAt(i)) && (i == 0 || s.charAt(i - 1) == ' ');
            if (wordStart) {
                int j = i;
                while (j < s.length() && Character.isLetter(s.charAt(j))) j++;
                if (Lexicon.isProseWord(s, i, j)) prose = true;
            }
        }
        return prose && words >= 6;
    }

    /**
     * How the names of bodies that author UN documents begin, however long they go on: a UN mandate ("Special
     * Rapporteur on the Rights of Indigenous Peoples"), a treaty's body ("Conf. of the Parties to the U.N. Framework
     * Convention …"), or one named by Bluebook's abbreviation of "Commission" or "Committee" ("Comm'n on the Limits
     * of the Continental Shelf").
     */
    private static final String[] BODY_NAME_STARTS = {"Special Rapporteur ", "Independent Expert ", "Special Representative ",
        "Working Group ", "Special Envoy ", "Special Adviser ", "Special Advisor ", "Conf. of the Parties", "Conference of the Parties",
        "Meeting of the Parties", "Assembly of States Parties", "Conference of the States Parties", "Meeting of States Parties",
        "Conf. of States Parties", "Comm'n on ", "Comm\u2019n on ", "Comm'n for ", "Comm\u2019n for ", "Comm. on ", "Comm. for "};

    private static boolean namedBody(String s) {
        for (String start : BODY_NAME_STARTS) if (s.startsWith(start)) return true;
        return false;
    }

    private static boolean resolutionBody(String s) {
        int r = s.indexOf(" Resolution ");
        if (r <= 0 || !s.endsWith(")")) return false;
        String body = s.substring(0, r);
        int last = body.lastIndexOf(' '); // "… Pursuant to", "… Established by": the connector before the resolution
        if (last > 0 && Character.isLowerCase(body.charAt(last + 1))) body = body.substring(0, last);
        return Names.kind(body) == Names.Kind.ORG;
    }

    private static final Pattern SUPRA_NOTE = Pattern.compile("supra(?: note| n\\.?)? (\\d{1,4}),?");

    private static final Pattern RESOLUTION_BEFORE_YEAR = Pattern.compile("[Rr]esolution \\d+ ?$");

    private static final Pattern SESSION_OR_MEETING = Pattern.compile("\\d+(st|nd|rd|th|d) (sess|mtg|plen mtg|meeting|session|plenary meeting)\\b.*");

    /** A day standing as a part of its own before the symbol: the day of the meeting or of the document. */
    private static final Pattern ADOPTED = Pattern.compile("(?:(?:Views|Decision|Opinion)\\s+)?adopted\\s+(?:on\\s+)?(?<date>.+)");
    private static final Pattern YEAR_ONLY = Pattern.compile("\\d{4}");

    /** "Views adopted 22 March 2021", "Views adopted March 22, 2021" (the year after the comma): a treaty body's decision. */
    private static boolean adoptedOn(String p, String next, Draft d) {
        Matcher m = ADOPTED.matcher(p);
        if (!m.matches()) return false;
        String written = m.group("date") + (YEAR_ONLY.matcher(next).matches() ? ", " + next : "");
        Dates.Parsed date = Dates.whole(written);
        if (date == null || date.iso() == null) return false;
        d.fields.date(date.iso()).year(date.year());
        return true;
    }

    private static boolean meetingDate(String p, Draft d) {
        if (p.isEmpty() || !Character.isDigit(p.charAt(0)) && Lexicon.month(p.substring(0, Math.max(0, p.indexOf(' '))).toLowerCase(Locale.ROOT)) == 0) {
            return false;
        }
        Dates.Parsed date = Dates.whole(p);
        if (date == null || date.iso() == null) return false;
        if (d.fields.date() == null) d.fields.date(date.iso()).year(date.year());
        return true;
    }

    /** "U.N. SCOR", "GAOR", "71st Sess.", "7796th mtg.": the official records' own designations. */
    private static boolean isRecordsDesignation(String s) {
        String l = s.toLowerCase(Locale.ROOT).replace(".", "").strip();
        if (l.startsWith("un ")) l = l.substring(3);
        return l.startsWith("scor") || l.startsWith("gaor") || l.startsWith("escor") || l.startsWith("tcor")
                || SESSION_OR_MEETING.matcher(l).matches();
    }

    private static boolean isUnBody(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.startsWith("un ") || l.startsWith("u.n. ") || l.startsWith("united nations") || l.contains("council")
                || l.contains("assembly") || l.contains("secretary") || l.equals("un") || l.startsWith("unga")
                || l.startsWith("unsc") || l.contains("commission") || l.contains("committee");
    }

    // ---------------------------------------------------------------- supra, op. cit.

    private boolean supra(String t, String lower, Draft d) {
        if (lower.indexOf("supra") < 0 && lower.indexOf("(n") < 0 && lower.indexOf(" n. ") < 0 && lower.indexOf("above n") < 0
                && lower.indexOf(" cit") < 0 && lower.indexOf("cited") < 0 && lower.indexOf("(note") < 0
                && lower.indexOf("above note") < 0 && lower.indexOf(" above") < 0) {
            return false;
        }
        String[] markers = {", supra note ", ", supra n. ", ", supra n ", " supra note ", ", supra,", ", supra",
            ", above n ", ", above n. ", ", above note ", " (n ", " (n. ", ", n. ", ", op. cit.", ", op cit",
            " op. cit.", ", loc. cit.", ", cited above", ", cited in note ", " (note "};
        int k = -1;
        String marker = null;
        for (String m : markers) {
            int i = lower.indexOf(m);
            if (i > 0 && (k < 0 || i < k)) {
                k = i;
                marker = m;
            }
        }
        if (k < 0) return bareSupra(t, lower, d);
        String head = withoutTreatiseVolume(t.substring(0, k).strip());
        // "Vantongeren and Mirembe (eds), op. cit., pp. 301–15": the editors of a book cited before, named as its authors
        for (String mark : new String[] {" (eds)", " (eds.)", " (ed.)", " (ed)", ", eds.", ", ed."}) {
            if (head.endsWith(mark)) head = head.substring(0, head.length() - mark.length());
        }
        // "Gray, Use of Force, p. 125, n. 40": a footnote on the page cited, not the note the work was cited in
        if (marker.equals(", n. ") && Parts.locator(head.substring(head.lastIndexOf(", ") + 1), false) != null) return false;
        String after = t.substring(k + marker.length()).strip();
        boolean noteRef = marker.contains("supra ") || marker.contains(" n") || marker.contains("(n")
                || marker.contains("note");
        if (marker.contains("op") || marker.contains("loc") || marker.contains("cited above")) noteRef = false;
        int note = 0;
        if (noteRef) {
            int i = 0;
            while (i < after.length() && Character.isDigit(after.charAt(i)) && i < 6) i++;
            if (i == 0) return false;
            note = Integer.parseInt(after.substring(0, i));
            after = after.substring(i).strip();
            if (after.startsWith(")")) after = after.substring(1).strip();
            // "Crawford, n. 1 above, p. 50": the note's place, then the pinpoint; "(n. 1 above), p. 60" in brackets
            if (after.startsWith("above") || after.startsWith("below")) after = after.substring(5).strip();
            if (after.startsWith(")")) after = after.substring(1).strip();
            // "Sato-Haldane (n. 4 above, at pp. 226–9)": the pinpoint inside the brackets that hold the note
            if (marker.startsWith(" (") && after.endsWith(")") && after.indexOf('(') < 0) {
                after = after.substring(0, after.length() - 1).strip();
            }
        }
        while (after.startsWith(",")) after = after.substring(1).strip();
        // "Delacourt-Ibe, supra note 9 (manuscript at 31–35)": a forthcoming work's pages in its manuscript
        if (after.startsWith("(manuscript at ") && after.endsWith(")")) after = after.substring(15, after.length() - 1).strip();
        // the head: names, then perhaps a short title
        Scan scan = Scan.of(head);
        int[] q = firstTitleQuote(scan);
        String names = head;
        String title = null;
        if (q != null) {
            names = Names.clean(head.substring(0, q[0]));
            title = cleanTitle(head.substring(q[0] + 1, q[1]));
        } else {
            List<String> parts = scan.splitTopCommas(0, head.length());
            if (parts.size() >= 2) {
                names = parts.get(0);
                title = String.join(", ", parts.subList(1, parts.size()));
            }
        }
        boolean studentNote = studentPiece(names);
        String alias = aliasAtStart.apply(head);
        // "CAT, supra note 1": a short name defined with "[hereinafter CAT]" names its work, not an author
        boolean aliased = alias != null && alias.length() == head.length() && alias.indexOf(", ") < 0;
        // "Gen. Comment No. 31, supra note 5", "Quay Conference Report, supra note 3": a short title, not an author
        // "Brankovac Trial Judgement (n 9)": a decision named by a party and its kind
        boolean titleOnly = aliased
                || title == null && (Parts.containsDigit(names) || Tail.reportWords(names) || Tail.namesAnInstrument(names)
                        || withoutDecisionKind(names).length() < names.length());
        List<Agent> authors = studentNote || titleOnly ? List.of() : shortNames(names);
        if (titleOnly) title = head;
        if (authors.isEmpty() && title == null && !studentNote) title = names;
        d.namesAlias = aliased;
        d.fields.authors(authors).title(title);
        d.shortTitle = title;
        d.supraNote = note;
        d.shortKind = note > 0 ? Draft.ShortKind.SUPRA : title != null ? Draft.ShortKind.AUTHOR_TITLE : Draft.ShortKind.AUTHOR_ONLY;
        if (!after.isEmpty()) {
            Parts.Locator loc = Parts.locators(after, true);
            // "Application of the Genocide Convention, n. 5 above, para. 406, that the Court never adopted": a clause after it
            String pinpoint = loc == null ? beforeClause(after) : "";
            if (!pinpoint.isEmpty()) loc = Parts.locators(pinpoint, true);
            if (loc != null) d.pinpoint = loc.value();
        }
        return true;
    }

    /**
     * "2 Sørvik, supra note 1": the volume of a multi-volume treatise written before its author's name
     * (Bluebook); a short form carries no volume, so only the name is kept. A year ("1970 Convention")
     * or a name with numbers in it stays whole.
     */
    private static String withoutTreatiseVolume(String head) {
        int i = 0;
        while (i < head.length() && i < 3 && Character.isDigit(head.charAt(i))) i++;
        if (i == 0 || i > 2 || i + 1 >= head.length() || head.charAt(i) != ' ' || !Character.isUpperCase(head.charAt(i + 1))) {
            return head;
        }
        String name = head.substring(i + 1);
        return Parts.containsDigit(name) || Tail.reportWords(name) || Tail.namesAnInstrument(name) ? head : name;
    }

    /**
     * "supra note 12, at 45" or "supra note 5 and accompanying text" with no names: the work of
     * note 12 (its first citation when it has several; the registry warns then).
     */
    private static boolean bareSupra(String t, String lower, Draft d) {
        String rest = null;
        // "(n. 1 above)", "(above n. 4)": the British ways, after a possessive or words naming the work
        boolean above = false;
        for (String m : new String[] {"supra note ", "supra n. ", "supra n ", "above n. ", "above n ", "n. ", "n ", "note "}) {
            if (rest == null && lower.startsWith(m)) {
                rest = t.substring(m.length());
                above = !m.startsWith("supra") && !m.startsWith("above");
            }
        }
        if (rest == null) return false;
        int i = 0;
        while (i < rest.length() && Character.isDigit(rest.charAt(i)) && i < 6) i++;
        if (i == 0) return false;
        int note = Integer.parseInt(rest.substring(0, i));
        String after = rest.substring(i).strip();
        if (above) {
            if (!after.startsWith("above")) return false; // "n. 4" alone is a footnote on a page, not a pointer
            after = after.substring(5).strip();
        }
        for (String tail : new String[] {"and accompanying text", "& accompanying text"}) {
            if (after.toLowerCase(Locale.ROOT).startsWith(tail)) after = after.substring(tail.length()).strip();
        }
        while (after.startsWith(",")) after = after.substring(1).strip();
        Parts.Locator loc = after.isEmpty() ? null : Parts.locators(after, true);
        if (!after.isEmpty() && loc == null) return false;
        d.supraNote = note;
        d.shortKind = Draft.ShortKind.SUPRA;
        if (loc != null) d.pinpoint = loc.value();
        return true;
    }

    /**
     * A case cited again by a short name and its report with "at": "Castle Rock, 547 U.S. at 312"
     * or "Castle Rock, 547 U.S. 301" is a title-only short form.
     */
    private boolean caseShortForm(String t, Draft d) {
        // "Markov, Case No. IT-99-12-T, ¶ 60": a case named again with its docket number
        int docket = docketNumber(t);
        if (docket > 0) {
            int next = t.indexOf(", ", docket + 2);
            Parts.Locator loc = next > 0 ? Parts.locator(t.substring(next + 2), false) : null;
            String name = t.substring(0, docket).strip();
            if (loc != null && !name.isEmpty() && Character.isUpperCase(name.charAt(0)) && !LegalCases.isCaseName(name)
                    && name.indexOf(',') < 0) {
                d.fields.title(name);
                d.shortTitle = name;
                d.shortKind = Draft.ShortKind.TITLE_ONLY;
                d.pinpoint = loc.value();
                return true;
            }
        }
        // "the Nicaragua case, para. 195": the article belongs to the sentence, not to the name
        if (t.startsWith("the ") && t.length() > 4 && Character.isUpperCase(t.charAt(4))) {
            String named = t.substring(4);
            int c = named.indexOf(", ");
            if (withoutCaseWord(c < 0 ? named : named.substring(0, c)).length() < (c < 0 ? named.length() : c)) t = named;
        }
        int at = t.lastIndexOf(" at ");
        int comma = t.indexOf(", ");
        // "Harbour Dispute, 2016 I.C.J. ¶ 52", "Harbour Dispute, para. 52", "Harbour Dispute": a case cited before,
        // named by its title's start
        boolean nameOnly = comma < 0 && t.length() <= 80;
        if ((nameOnly || comma > 0 && comma <= 80) && Character.isUpperCase(t.charAt(0))) {
            String rest = nameOnly ? "" : t.substring(comma + 2).strip();
            int neutral = nameOnly ? 0 : afterNeutralCitation(rest);
            Parts.Locator loc = nameOnly ? null
                    : Parts.locator(rest.substring(Math.max(neutral, Math.max(afterYearReport(rest), afterSeriesNumber(rest)))), true);
            String named = nameOnly || loc != null ? withoutCaseWord(nameOnly ? t : t.substring(0, comma).strip()) : null;
            // "Wall Advisory Opinion, para. 139", "Tadić Appeals Judgment": the decision's kind after a word of the name
            String caseName = named == null ? null : withoutDecisionKind(named);
            boolean decisionNamed = caseName != null && caseName.length() < named.length();
            // "Jones, 7" names the author Jones cited before rather than the case "Smith v. Jones"
            boolean author = caseName != null && caseName.indexOf(' ') < 0 && knownFamily.test(caseName);
            // "Nicaragua, 1986 I.C.J. ¶ 190": the report's year tells which case one of its words names
            String reportYear = !nameOnly && afterYearReport(rest) > 0 ? rest.substring(0, 4)
                    : neutral > 0 ? rest.substring(rest.charAt(0) == '[' ? 1 : 0, rest.charAt(0) == '[' ? 5 : 4) : null;
            if (caseName != null && !author && knownCase.names(caseName, reportYear, decisionNamed)) {
                d.fields.title(named); // the short title as written, the decision's kind included
                d.shortTitle = caseName;
                d.shortKind = Draft.ShortKind.TITLE_ONLY;
                d.namesCase = true;
                d.caseYear = reportYear;
                d.caseDecisionNamed = decisionNamed;
                if (loc != null) d.pinpoint = loc.value();
                return true;
            }
        }
        if (at < 0 || comma <= 0 || comma + 2 > at) return false; // "Kolb, at 162": no report between
        String report = t.substring(comma + 2, at).strip();
        int sp = report.indexOf(' ');
        // "…, 725 F.3d 940 (9th Cir. 2013), at 943": a full citation, its court and year in brackets, then its pinpoint
        if (sp <= 0 || !Pages.allDigits(report.substring(0, sp)) || report.length() > 40 || report.indexOf('(') >= 0) return false;
        Parts.Locator loc = Parts.locator(t.substring(at + 1), false);
        if (loc == null) return false;
        String name = t.substring(0, comma).strip();
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) return false;
        d.fields.title(name);
        d.shortTitle = name;
        d.shortKind = Draft.ShortKind.TITLE_ONLY;
        d.pinpoint = loc.value();
        return true;
    }

    private static final String[] DOCKET_MARKS = {"Case No. ", "App. No. ", "Appl. No. ", "Application No. ", "ECLI:"};

    /**
     * Where ", Case No. ", ", ICSID Case No. ", ", App. No. " or ", ECLI:" starts in a case named
     * again ("Halvard, ECLI:EU:T:2021:512, ¶ 64", "A.B., App. No. 123/45, ¶ 9"): the comma that
     * ends the name; else -1. A forum's acronym may stand before "Case No.".
     */
    private static int docketNumber(String t) {
        for (String mark : DOCKET_MARKS) {
            int m = t.indexOf(mark);
            if (m < 2) continue;
            int comma = t.lastIndexOf(", ", m - 1);
            if (comma <= 0) continue;
            String forum = t.substring(comma + 2, m).strip();
            boolean acronym = forum.length() <= 6 && forum.chars().allMatch(Character::isUpperCase);
            if (forum.isEmpty() || acronym) return comma;
        }
        return -1;
    }

    private static final Pattern CONGRESSIONAL_REPORT = Pattern.compile(
            "((?:H\\.R\\.|S\\.) (?:Exec\\. )?(?:Rep|Doc)\\.) No\\. (\\d{2,3}-\\d{1,5})(?:, (.+?))?(?: \\((\\d{4})\\))?"
            // "… (1996) (Conf. Rep.)": the report of a conference committee of both Houses, still in the House's series
            + "(?: \\(Conf\\. Rep\\.\\))?"
            // "…, at 2 (1964), as reprinted in 1964 U.S.C.C.A.N. 3782, 3782": where the report was printed again, no part of it
            + "(?:,? (?:as )?reprinted in (?:19|20)\\d\\d U\\.S\\.C\\.C\\.A\\.N\\. [^()]+)?");

    /**
     * "H.R. Rep. No. 116-412, at 9 (2019)", "S. Doc. No. 106-71", "S. Exec. Rep. No. 108-8" (the Senate's report on a
     * treaty): a congressional report, its series and number.
     */
    private static boolean congressionalReport(String t, Draft d) {
        if (t.length() < 14 || t.charAt(0) != 'H' && t.charAt(0) != 'S') return false;
        java.util.regex.Matcher m = CONGRESSIONAL_REPORT.matcher(t);
        if (!m.matches()) return false;
        Parts.Locator loc = m.group(3) == null ? null : Parts.locator(m.group(3), true);
        if (m.group(3) != null && loc == null) return false;
        d.type = CitationType.REPORT;
        d.fields.container(m.group(1)).issue(m.group(2));
        if (m.group(4) != null) d.fields.year(m.group(4));
        if (loc != null) d.pinpoint = loc.value();
        return true;
    }

    /**
     * "Appellate Body Report, United States – Shrimp, WT/DS58/AB/R, adopted 6 November 1998, para. 130":
     * a trade dispute's ruling, named by the dispute, dated by its adoption.
     */
    /** "adopted 6 November 1998", "circulated Dec. 9, 2022": a ruling is dated by its adoption or, before it, its circulation. */
    private static String withoutDateWord(String p) {
        if (p.startsWith("adopted ")) return p.substring(8);
        if (p.startsWith("circulated ")) return p.substring(11);
        return p;
    }

    private static boolean disputeReport(String t, Draft d) {
        if (!t.startsWith("Appellate Body Report, ") && !t.startsWith("Panel Report, ")) return false;
        List<String> parts = new ArrayList<>();
        for (String p : Scan.of(t).splitTopCommas(0, t.length())) parts.add(withoutDateWord(p));
        parts = joinUsDates(parts);
        if (parts.size() < 2) return false;
        // the dispute settlement's rulings, cited as international cases are (Bluebook rule 21.5)
        d.type = CitationType.LEGAL_CASE;
        // "China – Measures Related to … Rare Earths, Tungsten, and Molybdenum, WT/DS431/R": the title runs to the symbol
        int symbol = 2;
        while (symbol < parts.size() && !disputeSymbol(parts.get(symbol))) symbol++;
        int titleEnd = 2;
        while (titleEnd < symbol && Parts.locator(parts.get(titleEnd), false) == null) titleEnd++;
        if (symbol == parts.size()) titleEnd = 2;
        d.fields.title(String.join(", ", parts.subList(1, titleEnd)));
        List<String> pins = new ArrayList<>();
        for (String p : parts.subList(titleEnd, parts.size())) {
            Parts.Split sp = Parts.split(p);
            // "WTO Doc. WT/DS285/R (adopted Apr. 20, 2005)": Bluebook dates the symbol in brackets
            for (String piece : disputeSymbol(p) ? sp.parens() : List.of(p)) {
                Dates.Parsed date = Dates.whole(withoutDateWord(piece));
                if (date != null) d.fields.date(date.iso()).year(date.year());
            }
            if (disputeSymbol(p) || Dates.whole(p) != null) continue;
            Parts.Locator loc = Parts.locator(p, false);
            if (loc != null) pins.add(loc.value());
        }
        if (!pins.isEmpty()) d.pinpoint = String.join(", ", pins);
        if (symbol == parts.size() && d.fields.year() == null) {
            // "Panel Report, Varenland – Steel Products, para. 7.240": the dispute named again by its short title
            d.shortTitle = d.fields.title();
            d.shortKind = Draft.ShortKind.TITLE_ONLY;
            d.namesCase = true;
        }
        return true;
    }

    private static boolean disputeSymbol(String part) {
        return part.startsWith("WT/") || part.startsWith("WTO Doc. ");
    }

    /** "Case No. A/18", "ITLOS Case No. 31", "PCA Case No. 2016-11": a tribunal's number for a case, and the number alone. */
    private static final Pattern CASE_NUMBER = Pattern.compile(
            "(?<![\\p{L}])(?:(?:ITLOS|PCA|ICSID|ICC) )?Case No\\. (?<number>[A-Z0-9][A-Za-z0-9/.-]{0,19}?)(?=,|\\)|$| \\()");

    /** The number of the first "Case No. …" in a citation's text, or null. */
    static String caseNumberIn(String raw) {
        if (raw == null || raw.indexOf("Case No. ") < 0) return null;
        Matcher m = CASE_NUMBER.matcher(raw);
        return m.find() ? m.group("number") : null;
    }

    /**
     * "Case No. A/18, 268–69": a case cited again by the number its tribunal gave it, then a pinpoint; a short form that
     * the register links to the case cited before with that number.
     */
    private static boolean caseNumberShortForm(String t, Draft d) {
        if (!t.startsWith("Case No. ") && !t.startsWith("PCA Case No. ") && !t.startsWith("ITLOS Case No. ")
                && !t.startsWith("ICSID Case No. ")) return false;
        Matcher m = CASE_NUMBER.matcher(t);
        if (!m.lookingAt()) return false;
        String rest = t.substring(m.end());
        Parts.Locator loc = null;
        if (rest.startsWith(", ")) {
            loc = Parts.locators(rest.substring(2), true);
            if (loc == null) return false;
        } else if (!rest.isEmpty()) {
            return false;
        }
        d.type = CitationType.LEGAL_CASE;
        d.shortTitle = t.substring(0, m.end());
        d.fields.title(d.shortTitle);
        d.shortKind = Draft.ShortKind.TITLE_ONLY;
        d.caseNumber = m.group("number");
        if (loc != null) d.pinpoint = loc.value();
        return true;
    }

    private static final Pattern PROVISION_OF = Pattern.compile(
            "((?:Articles?|Arts?\\.|Paragraphs?|Paras?\\.|Principles?|Rules?|Sections?|Chapter)\\s+[0-9IVXLC][^ ]*(?:(?:,| and| to|–|-) ?[0-9IVXLC][^ ]*)*)"
            + " of (?:the )?(\\p{Lu}.{2,150})");

    /**
     * "Article 2(4) of the UN Charter", "Principle 21 of the Stockholm Declaration": a provision of an
     * instrument named after it, a title-only short form with its pinpoint first.
     */
    private static boolean provisionOf(String t, Draft d) {
        char c = t.isEmpty() ? ' ' : t.charAt(0);
        if (c != 'A' && c != 'P' && c != 'R' && c != 'S' && c != 'C') return false;
        java.util.regex.Matcher m = PROVISION_OF.matcher(t);
        if (!m.matches()) return false;
        String name = m.group(2).strip();
        if (name.indexOf(',') >= 0 || name.indexOf('(') >= 0 || !Tail.namesAnInstrument(name)) return false;
        d.fields.title(name);
        d.shortTitle = name;
        d.shortKind = Draft.ShortKind.TITLE_ONLY;
        d.pinpoint = m.group(1);
        return true;
    }

    /** "Oil Rigs case" → "Oil Rigs": the word that says a name is a case's is not part of the name. */
    private static final String[] DECISION_KINDS = {" Advisory Opinion", " Appeals Judgment", " Appeal Judgment",
        " Trial Judgment", " Merits Judgment", " Judgment", " Appeals Judgement", " Appeal Judgement", " Trial Judgement",
        " Judgement", " Final Award", " Partial Award", " Award", " Order", " Decision"};

    /** "Wall Advisory Opinion" → "Wall": the name without the kind of decision written after it. */
    static String withoutDecisionKind(String name) {
        for (String kind : DECISION_KINDS) {
            if (name.endsWith(kind) && name.length() > kind.length() + 2) return name.substring(0, name.length() - kind.length()).strip();
        }
        return name;
    }

    private static String withoutCaseWord(String name) {
        return name.endsWith(" case") || name.endsWith(" Case") ? name.substring(0, name.length() - 5).strip() : name;
    }

    /** "Inter-Am. Ct. H.R. (ser. C) No. 412, ¶ 180" → where "¶ 180" starts: a court's series and number; else 0. */
    private static int afterSeriesNumber(String rest) {
        int series = rest.indexOf(" (ser. ");
        if (series <= 0 || series > 40) return 0;
        int no = rest.indexOf(") No. ", series);
        if (no < 0 || no - series > 12) return 0;
        int e = no + 6;
        while (e < rest.length() && Character.isDigit(rest.charAt(e))) e++;
        if (e == no + 6) return 0;
        while (e < rest.length() && (rest.charAt(e) == ',' || rest.charAt(e) == ' ')) e++;
        return e < rest.length() ? e : 0;
    }

    /**
     * "[2022] FCA 560, ¶ 60" → where "¶ 60" starts: a neutral citation (the year in brackets, the court's
     * capitals, the judgment's number), then the paragraph; else 0.
     */
    private static int afterNeutralCitation(String rest) {
        // "[2022] FCA 560" (Australia, England) or "2020 FCA 88" (Canada)
        boolean bracketed = rest.length() >= 12 && rest.charAt(0) == '[' && rest.charAt(5) == ']' && Pages.allDigits(rest.substring(1, 5))
                && rest.charAt(6) == ' ';
        boolean bare = !bracketed && rest.length() >= 10 && Pages.allDigits(rest.substring(0, 4)) && rest.charAt(4) == ' '
                && Character.isUpperCase(rest.charAt(5));
        if (!bracketed && !bare) return 0;
        int from = bracketed ? 7 : 5;
        int e = from;
        while (e < rest.length() && (Character.isUpperCase(rest.charAt(e)) || rest.charAt(e) == ' ' && e + 1 < rest.length()
                && Character.isUpperCase(rest.charAt(e + 1)) || Character.isLowerCase(rest.charAt(e)) && e > from && rest.charAt(e - 1) != ' ')) e++;
        if (e == from || e >= rest.length() || rest.charAt(e) != ' ') return 0; // "FCA", "EWCA Civ", "UKSC"
        int n = e + 1;
        while (n < rest.length() && Character.isDigit(rest.charAt(n))) n++;
        if (n == e + 1 || n + 2 > rest.length() || !rest.startsWith(", ", n)) return 0;
        return n + 2;
    }

    /** "2016 I.C.J. ¶ 52" → where "¶ 52" starts: a report numbered by year, then the paragraph; else 0. */
    private static int afterYearReport(String rest) {
        if (rest.isEmpty() || !Character.isDigit(rest.charAt(0))) return 0;
        int k = rest.indexOf(" \u00B6");
        if (k < 0) k = rest.indexOf(" para");
        // "Berenger, 2010 E.C.R. I-7745, ¶ 300": the European Court Reports' page names the case again
        java.util.regex.Matcher ecr = k > 0 ? ECR_PAGE.matcher(rest) : null;
        if (ecr != null && ecr.lookingAt() && ecr.end() == k) return k + 1;
        return k > 0 && k <= 30 && rest.lastIndexOf(',', k) < 0 ? k + 1 : 0; // no first page: "2016 I.C.J. 89, ¶ 47" is a full citation
    }

    private static final Pattern ECR_PAGE = Pattern.compile("\\d{4} E\\.?C\\.?R\\.? I{1,2}-\\d+,");

    /**
     * Author–date short forms: "Sato 2015, 80", "Ames and Lind 2011: 12", "Vos (2004a), p. 3",
     * "Park et al. 2016". Family names, then a year (with its letter), then at most a locator.
     */
    private static boolean authorYear(String t, Draft d) {
        // "Sato 2015, 80": a short run of capitalised names, then the year; nothing quoted or bracketed before it
        if (t.isEmpty() || !(Character.isUpperCase(t.charAt(0)) || startsWithParticle(t))) return false;
        if (Statutes.billNumber(t)) return false; // "S. 1724 § 3(b)": a bill's number, no "Initial Year"
        int n = Math.min(t.length(), 80);
        int y = -1;
        for (int i = 1; i + 4 <= n; i++) {
            char c = t.charAt(i);
            if (c == ',' && i + 1 < n && !Character.isDigit(firstNonSpace(t, i + 1))) return false;
            if (c == '\u2018' || c == '\u201C' || c == '"' || c == ':' || c == ';') return false;
            if (Character.isDigit(c) && !Character.isLetterOrDigit(t.charAt(i - 1))
                    && Parts.yearWithSuffix(yearToken(t, i)) != null) {
                y = i;
                break;
            }
        }
        if (y < 0) return false;
        String names = t.substring(0, y).strip();
        boolean paren = names.endsWith("(");
        if (paren) names = names.substring(0, names.length() - 1).strip();
        if (names.endsWith(",")) names = names.substring(0, names.length() - 1).strip();
        List<String> list = Names.splitList(names);
        if (list.isEmpty() || list.size() > 4) return false;
        for (String name : list) if (Names.kind(name) != Names.Kind.FAMILY_ONLY) return false;
        String token = yearToken(t, y);
        String[] year = Parts.yearWithSuffix(token);
        String rest = t.substring(y + token.length()).strip();
        if (paren && rest.startsWith(")")) rest = rest.substring(1).strip();
        if (rest.startsWith(",") || rest.startsWith(":")) rest = rest.substring(1).strip();
        if (paren && rest.endsWith(")")) rest = rest.substring(0, rest.length() - 1).strip();
        Parts.Locator loc = null;
        if (!rest.isEmpty()) {
            loc = Parts.locator(rest, true);
            if (loc == null) return false;
        }
        List<Agent> authors = new ArrayList<>();
        for (String name : list) authors.add(new Person(Names.person(name).family(), null, null));
        d.fields.authors(authors).year(year[0]);
        d.yearSuffix = year[1];
        d.shortKind = Draft.ShortKind.AUTHOR_YEAR;
        if (loc != null) d.pinpoint = loc.value();
        return true;
    }

    /** "van Dijk 2005", "de Coning (2018: 45)": a lower-case particle, then a capitalised name. */
    private static boolean startsWithParticle(String t) {
        int sp = t.indexOf(' ');
        return sp > 0 && sp + 1 < t.length() && Character.isUpperCase(t.charAt(sp + 1))
                && Lexicon.isParticle(t.substring(0, sp));
    }

    private static char firstNonSpace(String t, int i) {
        int k = i;
        while (k < t.length() && t.charAt(k) == ' ') k++;
        return k < t.length() ? t.charAt(k) : ' ';
    }

    private static String yearToken(String t, int i) {
        int e = Math.min(t.length(), i + 4);
        if (e < t.length() && Character.isLowerCase(t.charAt(e)) && (e + 1 >= t.length() || !Character.isLetter(t.charAt(e + 1)))) e++;
        return t.substring(i, e);
    }

    /** Names as a short form writes them: family names, given names dropped if present. */
    private static List<Agent> shortNames(String names) {
        String s = Names.clean(names);
        if (s.isEmpty()) return List.of();
        List<String> list = Names.splitList(s);
        List<Agent> out = new ArrayList<>();
        for (String n : list) {
            Names.Kind k = Names.kind(n);
            if (k == Names.Kind.FULL || k == Names.Kind.FAMILY_ONLY) {
                Person p = Names.person(n);
                out.add(k == Names.Kind.FULL ? p : new Person(p.family(), null, p.suffix()));
            } else {
                return List.of(new Organization(s));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- the general shape

    void general(String t, Draft d) {
        t = commaOutOfClosingQuote(t);
        int volumeEnd = volumeBeforeAuthors(t);
        if (volumeEnd > 0) {
            d.fields.volume(t.substring(0, volumeEnd));
            t = t.substring(volumeEnd + 1);
        }
        Scan scan = Scan.of(t);
        int[] q = firstTitleQuote(scan);
        // "Human Rights Watch, “Flooding the South”: Use of Munitions (New York: …)": a quotation that opens a
        // book's title, which goes on after the colon
        if (q != null && t.startsWith(": ", q[1] + 1) && q[1] + 3 < t.length() && Character.isUpperCase(t.charAt(q[1] + 3))) q = null;
        Tail tail = new Tail(d, scan, false);
        if (q != null) {
            readAuthorsBefore(bodyInstrumentNumbered(t.substring(0, q[0]), d), d);
            d.fields.title(cleanTitle(t.substring(q[0] + 1, q[1])));
            tail.quotedTitle = true;
            tail.run(q[1] + 1, t.length());
        } else {
            List<int[]> parts = scan.spansTopCommas(0, t.length());
            int statuteParts = statuteNameParts(t, parts);
            if (statuteParts > 0) {
                readStatute(t, parts, statuteParts, d);
                return;
            }
            // "Idem, International Law, 2nd edn (…)": the authors are the previous citation's; the title comes first
            int idx = d.sameAuthorsAsPrevious ? 0 : readLeadingAuthors(t, parts, d);
            // "Tavish Ncube, Note, Title, 134 Harv. L. Rev. 1422": a student piece's designation after its author
            if (idx > 0 && idx < parts.size() - 1 && studentPiece(text(t, parts.get(idx)))) idx++;
            int next = tail.readBareTitle(parts, idx);
            tail.runParts(parts, next);
        }
        tail.finish();
    }

    /**
     * "1 Jean-Marie Henckaerts &amp; Louise Doswald-Beck, Customary …": Bluebook writes a multivolume work's volume
     * before its authors; where that number ends, or -1.
     */
    private static int volumeBeforeAuthors(String t) {
        int sp = t.indexOf(' ');
        if (sp < 1 || sp > 2 || !Pages.allDigits(t.substring(0, sp)) || sp + 1 >= t.length() || !Character.isUpperCase(t.charAt(sp + 1))) {
            return -1;
        }
        int comma = t.indexOf(", ", sp);
        if (comma < 0 || comma - sp > 90) return -1;
        List<String> names = Names.splitList(t.substring(sp + 1, comma));
        if (names.isEmpty()) return -1;
        for (String n : names) if (Names.kind(n) != Names.Kind.FULL) return -1;
        return sp;
    }

    /**
     * "The Meanings of "Official Capacity," 109 AJIL Unbound 156": a Bluebook title that ends in a
     * quotation keeps the comma that ends the title inside the closing quote; moved out, it separates
     * the title from the journal as every other comma does.
     */
    private static String commaOutOfClosingQuote(String t) {
        int k = t.indexOf(",\"");
        if (k < 0) k = t.indexOf(",\u201D");
        if (k < 0) return t;
        int after = k + 2;
        if (after + 1 >= t.length() || t.charAt(after) != ' ' || !Character.isDigit(t.charAt(after + 1))) return t;
        int next = t.indexOf(", ", after);
        if (Tail.bluebookJournal(t.substring(after + 1, next < 0 ? t.length() : next).strip()) == null) return t;
        return t.substring(0, k) + t.charAt(k + 1) + "," + t.substring(after);
    }

    /** The first quoted span that starts a part: a title, not a quotation inside one. */
    static int[] firstTitleQuote(Scan scan) {
        String t = scan.text;
        for (int[] span : scan.quoteSpans()) {
            if (quotesOpenALongerTitle(t, span[1])) continue;
            int k = span[0] - 1;
            while (k >= 0 && t.charAt(k) == ' ') k--;
            if (k < 0 || t.charAt(k) == ',' || t.charAt(k) == ':' || t.charAt(k) == '.') return span;
            if (span[1] - span[0] > 1 && isInPrefix(t, k)) return span;
        }
        return null;
    }

    /** Words that join a quoted phrase to the rest of a title ("‘Armed Attack’ and Article 51 …"). */
    private static final Set<String> TITLE_JOINERS = Set.of("and", "or", "of", "as", "to", "for", "versus", "vs.",
            "after", "before", "between", "under", "with", "without", "beyond", "against", "is", "from");

    /**
     * A quotation that opens a title and does not end it: "‘Armed Attack’ and Article 51 of the UN
     * Charter". A quoted title is followed by punctuation, a bracket, a number or a name, never by a
     * joining word.
     */
    private static boolean quotesOpenALongerTitle(String t, int close) {
        int start = close + 1;
        if (start >= t.length() || t.charAt(start) != ' ') return false;
        char last = t.charAt(close - 1);
        if (last == ',' || last == '.') return false; // “Title,” the US style's punctuation inside
        int end = start + 1;
        while (end < t.length() && t.charAt(end) != ' ') end++;
        return end < t.length() && TITLE_JOINERS.contains(t.substring(start + 1, end));
    }

    /** A quoted title right after "in" ("in ‘Book’") is still a title. */
    private static boolean isInPrefix(String t, int k) {
        return k >= 1 && (t.startsWith("in", k - 1) || t.startsWith("In", k - 1)) && (k < 2 || t.charAt(k - 2) == ' ');
    }

    static String cleanTitle(String title) {
        String s = title.strip();
        // US style puts the comma or period inside the closing quote: “Title,”
        while (s.endsWith(",") || (s.endsWith(".") && !endsWithAbbrev(s))) s = s.substring(0, s.length() - 1).strip();
        return s;
    }

    private static boolean endsWithAbbrev(String s) {
        int k = s.length() - 1;
        int w = k;
        while (w > 0 && s.charAt(w - 1) != ' ') w--;
        String word = s.substring(w, k);
        return word.length() == 1 || word.contains(".") || Lexicon.isAbbreviation(word);
    }

    /** Names before a quoted title: persons when they read as persons, else one organisation. */
    private static void readAuthorsBefore(String text, Draft d) {
        String s = Names.clean(text);
        while (s.endsWith(".")) s = s.substring(0, s.length() - 1).strip();
        if (s.isEmpty()) return;
        String withoutEd = Parts.withoutEditorMarker(s);
        boolean editors = withoutEd != null;
        if (editors) s = withoutEd;
        List<Agent> agents = agents(s);
        if (editors) d.fields.editors(agents);
        else d.fields.authors(agents);
    }

    /** A written list of names → persons, or a single organisation when any of it is not a person. */
    static List<Agent> agents(String list) {
        List<String> names = Names.splitList(list);
        if (names.isEmpty()) return List.of();
        List<Agent> out = new ArrayList<>(names.size());
        for (String n : names) {
            Names.Kind k = Names.kind(n);
            if (k == Names.Kind.FULL || k == Names.Kind.FAMILY_ONLY) out.add(Names.person(n));
            else return List.of(new Organization(Names.stripEtAl(Names.clean(list))));
        }
        return out;
    }

    /**
     * Reads the names at the start of a citation without a quoted title ("Barry Buzan, From …",
     * "Buzan, From …", "Center on International Cooperation, Annual Review …"). Returns the index of
     * the first part after them. Several comma-separated names count only when the list closes
     * with "and …" (or "et al."), so a book title's first word is not taken for a second author.
     */
    private static boolean namedAsBody(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return Lexicon.ORG_WORDS.contains(last) && !Aliases.INSTRUMENT_WORDS.contains(last);
    }

    /**
     * "Nat'l Inst. of Agric., Educ., & Env't, Title …": an institution named by a list of the fields it covers, each
     * abbreviated (Bluebook's table T6) and the last after "&". Returns the index of the part after the list's last, or 0
     * when the parts after the first are no such list (a title is not abbreviated word by word).
     */
    private static int abbreviatedFieldsAfter(String t, List<int[]> parts) {
        for (int j = 1; j < parts.size() - 1; j++) {
            String pj = text(t, parts.get(j));
            boolean last = pj.startsWith("& ") || pj.startsWith("and ");
            if (last) pj = pj.substring(pj.indexOf(' ') + 1).strip();
            if (!shortenedFieldNames(pj)) return 0;
            if (last) return j + 1;
        }
        return 0;
    }

    /** "Educ.", "Env't", "Pub. Admin.": one or two capitalised words, each shortened by a period or an apostrophe. */
    private static boolean shortenedFieldNames(String s) {
        String[] words = s.split(" ");
        if (s.isEmpty() || words.length > 2) return false;
        for (String w : words) {
            if (w.length() < 3 || !Character.isUpperCase(w.charAt(0))) return false;
            boolean contracted = w.indexOf('\'') > 0 || w.indexOf('\u2019') > 0;
            if (!w.endsWith(".") && !contracted) return false;
        }
        return true;
    }

    /**
     * "Antitrust Div. of the U.S. Dep't of Just. & Bureau of Competition of the Fed. Trade Comm'n, Merger Guidelines …":
     * two agencies that wrote a work together, joined by "&"; each names its own unit ("Div.", "Comm'n"), which an "&"
     * inside one name ("Off. of Sci. & Tech. Pol'y") does not. The first "&" whose both sides are such names splits
     * them; null when none does.
     */
    private static List<Agent> jointAgencies(String name) {
        for (int amp = name.indexOf(" & "); amp > 0; amp = name.indexOf(" & ", amp + 3)) {
            String left = name.substring(0, amp).strip();
            String right = name.substring(amp + 3).strip();
            if (namesUnit(left) && namesUnit(right) && Names.kind(left) == Names.Kind.ORG && Names.kind(right) == Names.Kind.ORG) {
                return List.of(new Organization(Names.clean(left)), new Organization(Names.clean(right)));
            }
        }
        return null;
    }

    /** "Enf't Div. of the U.S. Sec. & Exch. Comm'n": a name with a word for a unit of government in it. */
    private static boolean namesUnit(String name) {
        for (String w : name.split(" ")) if (UNIT_WORDS.contains(w)) return true;
        return false;
    }

    private static final Set<String> UNIT_WORDS = Set.of("Div.", "Division", "Dep't", "Dep\u2019t", "Department", "Comm'n",
        "Comm\u2019n", "Commission", "Off.", "Office", "Bureau", "Agency", "Admin.", "Administration", "Bd.", "Board", "Ministry");

    /** "Off. of Legal Counsel", "Bureau of Quays", "Division for Ocean Affairs": the unit of a larger body. */
    private static boolean subUnit(String name) {
        for (String w : SUB_UNITS) if (name.startsWith(w)) return true;
        return false;
    }

    private static final String[] SUB_UNITS = {"Off. ", "Office ", "Bureau ", "Division ", "Dep't ", "Dep\u2019t ", "Department ",
        "Directorate ", "Unit ", "Section ", "Registry", "Secretariat ", "Subcomm", "Sub-Comm"};

    /**
     * "Ctr. for Harbour Safety, U.S. Maritime &amp; Port Admin., Title": an agency's centre, named before the agency, whose
     * name has a word for a unit of government; a centre of its own may be followed by a title ("Ctr. for Strategic
     * Stud., U.S. Naval Posture …"), so the agency must show it is one.
     */
    private static boolean centreOfAgency(String name, String next) {
        return centre(name) && namesUnit(next);
    }

    /**
     * "Off. of the Prosecutor", "Ctr. for Harbour Safety": a unit named for what it does, as a defined name; a short name
     * that opens with such a word ("Division Treaty") names no unit.
     */
    private static boolean unitNamed(String name) {
        return (subUnit(name) || centre(name)) && Names.kind(name) == Names.Kind.ORG && !Tail.namesAnInstrument(name)
                && (name.contains(" of ") || name.contains(" for ") || name.contains(" on "));
    }

    private static boolean centre(String name) {
        return name.startsWith("Ctr. ") || name.startsWith("Center ") || name.startsWith("Centre ");
    }

    /**
     * "Int'l Crim. Ct.", "U.S. Dep't of Just.", "Ministry of Harbours": a body that units belong to, named with
     * Bluebook's contractions or a word of government; a title ("Policy on Cooperation") shows none.
     */
    private static boolean parentBody(String name) {
        if (Names.kind(name) != Names.Kind.ORG || name.length() > 80) return false;
        for (String w : PARENT_MARKS) if (name.contains(w)) return true;
        return name.startsWith("Ministry ") || name.startsWith("Department ") || name.startsWith("United Nations")
                || name.endsWith(" Court") || name.endsWith(" Organization") || name.endsWith(" Organisation");
    }

    private static final String[] PARENT_MARKS = {"Dep't", "Dep\u2019t", "Int'l", "Int\u2019l", "Comm'n", "Comm\u2019n",
        "Gov't", "Gov\u2019t", "Ass'n", "Ass\u2019n", " Ct.", "U.S. ", "U.N. "};

    /**
     * "Extradition, Assurances, and Human Rights: Hearing Before the Subcomm. on …, 118th Cong. 31 (2024)": a
     * congressional hearing has no author (its witnesses are named in a parenthesis after it), so a word before a
     * comma of its title is none.
     */
    private static boolean hearing(String t) {
        int h = t.indexOf(": Hearing");
        return h > 0 && (t.startsWith(" Before ", h + 9) || t.startsWith("s Before ", h + 9) || t.startsWith(" on ", h + 9))
                && t.indexOf(" Cong.", h) > 0;
    }

    private int readLeadingAuthors(String t, List<int[]> parts, Draft d) {
        if (parts.size() < 2) return 0;
        String p0 = text(t, parts.get(0));
        if (studentPiece(p0)) return 1; // "Note, Title, 120 Harv. L. Rev. 1987": no author
        if (numberedReport(p0, d)) return 1;
        if (hearing(t)) return 0;
        if (Tail.isTerminator(p0) || p0.indexOf('(') >= 0 && Parts.withoutEditorMarker(p0) == null) return 0;
        // "Mission Agreement, Atl.-U.N., art. 7": a treaty's name; "Treaty Body Watch", "North Atlantic Treaty
        // Organization": a body's name, whose last word says so
        if (Tail.namesAnInstrument(p0) && !namedAsBody(p0)) return 0;
        String first = p0;
        String ed0 = Parts.withoutEditorMarker(first);
        if (ed0 != null) first = ed0;
        List<String> names0 = Names.splitList(first);
        boolean persons = !names0.isEmpty() && Names.allNames(names0, true, true);
        if (!persons) {
            String p1 = text(t, parts.get(1));
            Names.Kind k = Names.kind(first);
            // "Cong. Rsch. Serv., R45100, Title": a report number reads like a page ("A12") but is none
            boolean numbered = parts.size() > 2 && reportNumber(p1);
            // "Communication on Harbour Dues, COM(2021) 118 final": a title before the document's number
            boolean documentNumber = Tail.euDocument(p1) || Tail.leagueDocumentNumber(p1) > 0;
            List<Agent> joint = ed0 == null && !numbered && !documentNumber && !Tail.isTerminator(p1) ? jointAgencies(first) : null;
            if (joint != null) {
                d.fields.authors(joint);
                return 1;
            }
            if (k == Names.Kind.ORG && (numbered || !Tail.isTerminator(p1)) && !first.isEmpty() && !documentNumber) {
                if (!numbered && parts.size() > 2 && (subUnit(first) || centreOfAgency(first, p1)) && parentBody(p1)) {
                    // Bluebook's sub-unit first: "Off. of the Prosecutor, Int'l Crim. Ct., Policy on …"
                    d.fields.authors(List.of(new Organization(Names.clean(first) + ", " + Names.clean(p1))));
                    // "Off. of the Prosecutor, supra note 3": a later short form names the unit alone, as a defined name
                    if (d.alias == null) d.alias = Names.clean(first);
                    return 2;
                }
                if (!numbered && parts.size() > 2 && parentBody(first) && subUnit(p1) && p1.length() <= 60
                        && Names.kind(p1) == Names.Kind.ORG && !Tail.namesAnInstrument(p1)) {
                    // the department first, then its office: "U.S. Dep't of Harbors, Off. of the Chief Counsel, Review of …"
                    d.fields.authors(List.of(new Organization(Names.clean(first) + ", " + Names.clean(p1))));
                    return 2;
                }
                int listed = numbered ? 0 : abbreviatedFieldsAfter(t, parts);
                if (listed > 1) {
                    // "Nat'l Inst. of Agric., Educ., & Env't, Title": the body's fields listed after commas are its name's
                    d.fields.authors(List.of(new Organization(Names.clean(text(t, new int[] {parts.get(0)[0], parts.get(listed - 1)[1]})))));
                    return listed;
                }
                d.fields.authors(List.of(new Organization(Names.clean(first))));
                // "U.S. Gov't Accountability Off., GAO-21-455, Title": the report's number before its title
                if (numbered) {
                    d.fields.issue(p1);
                    return 2;
                }
                return 1;
            }
            return 0;
        }
        boolean fullMode = false;
        for (String n : names0) if (Names.kind(n) == Names.Kind.FULL) fullMode = true;
        List<String> accepted = new ArrayList<>(names0);
        List<String> tentative = new ArrayList<>();
        int committed = 0;
        boolean editorsMarked = ed0 != null;
        if (!editorsMarked && !Names.hasEtAl(p0)) {
            for (int j = 1; j < parts.size(); j++) {
                String pj = text(t, parts.get(j));
                if (Tail.isTerminator(pj)) break;
                boolean andStart = pj.startsWith("and ") || pj.startsWith("& ");
                String body = pj;
                String ed = Parts.withoutEditorMarker(body);
                if (ed != null) body = ed;
                if (body.indexOf('(') >= 0) break;
                List<String> names = Names.splitList(body);
                if (names.isEmpty()) break;
                boolean ok = true;
                for (String n : names) {
                    Names.Kind k = Names.kind(n);
                    if (fullMode ? k != Names.Kind.FULL : !(k == Names.Kind.FAMILY_ONLY && (andStart || knownFamily.test(Names.person(n).family())))) {
                        ok = false;
                    }
                }
                if (!ok) break;
                tentative.addAll(names);
                if (andStart || ed != null || Names.hasEtAl(pj)) {
                    accepted.addAll(tentative);
                    tentative.clear();
                    committed = j;
                    if (ed != null) { editorsMarked = true; break; }
                    if (andStart || Names.hasEtAl(pj)) break;
                }
            }
        }
        int next = committed + 1;
        // "Jane Doe, Cong. Rsch. Serv., R45100, Title 3 (2021)": the author's agency, then the report's number
        if (next + 2 < parts.size() && reportNumber(text(t, parts.get(next + 1)))
                && Names.kind(text(t, parts.get(next))) == Names.Kind.ORG) {
            d.fields.issue(text(t, parts.get(next + 1)));
            next += 2;
        }
        // Chicago's "John Smith, ed., Title": the marker as a part of its own
        if (!editorsMarked && next < parts.size()) {
            String pn = text(t, parts.get(next)).toLowerCase(Locale.ROOT);
            if (pn.equals("ed.") || pn.equals("eds.") || pn.equals("ed") || pn.equals("eds") || pn.equals("comp.")) {
                editorsMarked = true;
                next++;
            }
        }
        if (next >= parts.size()) return 0; // nothing left for a title: the names were the title
        List<Agent> agents = new ArrayList<>(accepted.size());
        for (String n : accepted) {
            Person p = Names.person(n);
            agents.add(p);
        }
        if (editorsMarked) d.fields.editors(agents);
        else d.fields.authors(agents);
        return next;
    }

    /**
     * "GAO-21-455", "WP/19/12": capitals, then digits joined by hyphens or slashes, in one word;
     * or one to three capitals and at least four digits ("R45100", "RL33110"). After a joiner a
     * segment may open with one or two capitals glued to its digits, a series letter within the year's
     * numbering: "FIN-2019-G001", "EPA-HQ-2020-A12".
     */
    static boolean reportNumber(String p) {
        if (p.length() < 5 || p.length() > 20 || !Character.isUpperCase(p.charAt(0))) return false;
        int digits = 0;
        int capitals = 0;
        boolean joiner = false;
        int lettered = 0; // capitals opening the current segment after digits were seen ("G" of "G001")
        boolean segmentDigits = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
                segmentDigits = true;
            } else if (c == '-' || c == '/') {
                if (lettered > 0 && !segmentDigits) return false; // "FIN-2019-GA-": letters with no number of their own
                joiner = true;
                lettered = 0;
                segmentDigits = false;
            } else if (!Character.isUpperCase(c)) {
                return false;
            } else if (digits > 0) {
                if (!joiner || segmentDigits || ++lettered > 2) return false;
            } else {
                capitals++;
            }
        }
        if (lettered > 0 && !segmentDigits) return false;
        return digits > 0 && (joiner || capitals <= 3 && digits >= 4);
    }

    /** "CRS Report R45100", "CRS Report No. RL33110": the organisation, then its report's number (the issue). */
    private static boolean numberedReport(String p0, Draft d) {
        int sp = p0.lastIndexOf(' ');
        if (sp < 0 || !reportNumber(p0.substring(sp + 1))) return false;
        String head = p0.substring(0, sp);
        if (head.endsWith(" No.")) head = head.substring(0, head.length() - 4);
        if (!head.endsWith(" Report")) return false;
        String org = head.substring(0, head.length() - 7).strip();
        if (Names.kind(org) != Names.Kind.ORG) return false;
        d.fields.authors(List.of(new Organization(org))).issue(p0.substring(sp + 1));
        return true;
    }

    /** Bluebook's designation of an unsigned student piece, written where the author would stand. */
    private static boolean studentPiece(String s) {
        return s.equals("Note") || s.equals("Comment");
    }

    /**
     * "Human Rights Act 1998, s 3": legislation, named with its year. Bluebook adds a foreign statute's chapter and its
     * country ("Harbours Act 1964, c. 40, § 5 (U.K.)"): the chapter is the session's number for the act its name and
     * year already give, and the country is no part of the section cited, so neither is kept.
     */
    private static void readStatute(String t, List<int[]> parts, int nameParts, Draft d) {
        String name = text(t, new int[] {parts.get(0)[0], parts.get(nameParts - 1)[1]});
        d.type = CitationType.OTHER;
        d.fields.title(name);
        String[] y = Parts.yearWithSuffix(name.substring(name.lastIndexOf(' ') + 1));
        if (y != null) d.fields.year(y[0]);
        int next = nameParts;
        if (next < parts.size() && STATUTE_CHAPTER.matcher(text(t, parts.get(next))).matches()) next++;
        String rest = next < parts.size() ? withoutStatuteParentheses(t.substring(parts.get(next)[0]).strip()) : "";
        Tail tail = new Tail(d, Scan.of(rest), false);
        if (!rest.isEmpty()) tail.runParts(Scan.of(rest).spansTopCommas(0, rest.length()), 0);
        tail.finish();
    }

    /** "c. 48", "ch. 12": the chapter of a session's statutes. */
    private static final Pattern STATUTE_CHAPTER = Pattern.compile("ch?\\. \\d{1,4}");

    /** "§ 21(f) (Act No. 28/2000) (Ir.)" → "§ 21(f)": the act's own number and its country, in brackets after the section. */
    private static String withoutStatuteParentheses(String s) {
        String out = s;
        while (true) {
            java.util.regex.Matcher m = STATUTE_PARENTHESIS.matcher(out);
            if (!m.find()) return out;
            out = (out.substring(0, m.start()) + out.substring(m.end())).strip();
        }
    }

    /** " (U.K.)", " (Ir.)", " (Austl.)", " (Act No. 28/2000)": a country abbreviated as Bluebook's table T10 does, or an act's number. */
    private static final Pattern STATUTE_PARENTHESIS = Pattern.compile(
        " ?\\((?:\\p{Lu}\\p{Ll}{0,5}\\.(?: ?\\p{Lu}\\p{Ll}{0,5}\\.)*|(?:Act )?No\\. [^()]{1,20})\\)(?=$| \\(|,)");

    /**
     * How many of the first parts name a statute: one ("Human Rights Act 1998"), or more when its name lists its
     * subjects with commas ("Copyright, Designs and Patents Act 1988", "Trade Marks, Patents and Designs Act 1994"):
     * each part before the last is a capitalised word or two, and the last joins the final subject by "and". A
     * person's name before a title ("Ann Lee, The Civil Rights Act of 1964") joins nothing by "and"; 0 for no statute.
     */
    private static int statuteNameParts(String t, List<int[]> parts) {
        if (parts.isEmpty()) return 0;
        if (isStatute(text(t, parts.get(0)))) return 1;
        for (int k = 1; k < Math.min(4, parts.size()); k++) {
            String pk = text(t, parts.get(k));
            if (!isSubject(text(t, parts.get(k - 1)))) return 0;
            if (isStatute(pk)) return pk.contains(" and ") || pk.contains(" & ") ? k + 1 : 0;
        }
        return 0;
    }

    /** "Copyright", "Trade Marks": a subject a statute's name lists, one or two capitalised words. */
    private static boolean isSubject(String s) {
        String[] words = s.split(" ");
        if (words.length > 2) return false;
        for (String w : words) if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !Names.isNameWord(w)) return false;
        return true;
    }

    /** "Human Rights Act 1998", "Civil Rights Act of 1964", "Data Protection Regulations 2018". */
    static boolean isStatute(String part) {
        int sp = part.lastIndexOf(' ');
        if (sp <= 0 || Parts.yearWithSuffix(part.substring(sp + 1)) == null) return false;
        String head = part.substring(0, sp).strip();
        if (head.endsWith(" of")) head = head.substring(0, head.length() - 3);
        return (head.endsWith(" Act") || head.endsWith(" Regulations") || head.endsWith(" Order") || head.endsWith(" Code")
                || head.endsWith(" Ordinance") || head.endsWith(" Statute")) && Character.isUpperCase(head.charAt(0));
    }

    static String text(String t, int[] span) {
        return t.substring(span[0], span[1]).strip();
    }

}
