package org.citegraph.notes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.citegraph.model.Agent;
import org.citegraph.model.CitationRef;
import org.citegraph.model.CitationType;
import org.citegraph.model.Person;
import org.citegraph.model.UnSymbol;
import org.citegraph.model.Work;
import org.citegraph.un.UnSymbolParser;
import org.citegraph.un.UnSymbolResult;

/**
 * The works an article cites, built up note by note: a full citation starts a work (or repeats
 * one already described), a short form is resolved to the work it abbreviates, and a chapter
 * whose book is only abbreviated takes the book's details from its first full description.
 */
final class WorkRegistry {

    /** A work while notes are read. */
    static final class Entry {
        final String id;
        CitationType type;
        final Fields fields;
        final CitationRef first;
        final List<String> shortTitles = new ArrayList<>();
        /** The short titles normalised, for matching. */
        final List<String> shortTitleKeys = new ArrayList<>();
        /** The words this work is indexed under in {@code byTitleStart}. */
        final Set<String> titleStarts = new HashSet<>(4);
        final List<String> families;
        final String titleKey;
        String yearSuffix;
        CitationRef lastFull;

        Entry(String id, CitationType type, Fields fields, CitationRef first, List<String> families, String titleKey) {
            this.id = id;
            this.type = type;
            this.fields = fields;
            this.first = first;
            this.lastFull = first;
            this.families = families;
            this.titleKey = titleKey;
        }
    }

    /** The edited books of the note being read that are not resolved yet (see {@link #announceEditedBook}). */
    private final List<Book> announcedBooks = new ArrayList<>(1);

    /** A book described in full inside a chapter citation: what later abbreviated chapters borrow. */
    private record Book(CitationRef ref, List<Agent> editors, List<String> editorKeys, String title, String titleKey,
                        String publisher, String place, String year) {
    }

    /** A book named by its editors' family names, and the title written after them. */
    private record NamedBook(Book book, String shortTitle) {
    }

    private final Map<String, Entry> byId = new LinkedHashMap<>();
    private final Map<String, Entry> bySymbol = new HashMap<>();
    private final Map<String, List<Entry>> byFamily = new HashMap<>();
    /** Works by their names and the first significant word of a title or short title: the quick path. */
    private final Map<String, List<Entry>> byNamesAndWord = new HashMap<>();
    /** Works by names and whole title, for repeated full citations. */
    private final Map<String, List<Entry>> byNamesAndTitle = new HashMap<>();
    /**
     * Works by the first word of their title and of each short title, leading article dropped: the only
     * works a title can match as equal or as a prefix, so lookups by title alone need not scan every work.
     */
    private final Map<String, List<Entry>> byTitleStart = new HashMap<>();
    private final List<Book> books = new ArrayList<>();
    private final Set<String> knownFamilies = new HashSet<>();
    private final Map<Integer, List<Draft>> byNote = new HashMap<>();
    private final WorkIds ids = new WorkIds();
    /** Normalised forms already computed: names and titles recur across notes. */
    private final Map<String, String> norms = new HashMap<>();

    private String norm(String s) {
        if (s == null) return "";
        String n = norms.get(s);
        if (n == null) {
            n = TextKey.norm(s);
            if (norms.size() < 100_000) norms.put(s, n);
        }
        return n;
    }

    /** Symbols already parsed: a UN document is usually cited more than once, and its symbol looked up each time. */
    private final Map<String, UnSymbolResult> parsedSymbols = new HashMap<>();

    private UnSymbolResult parsedSymbol(String symbol) {
        return parsedSymbols.computeIfAbsent(symbol, UnSymbolParser::parse);
    }

    /** {@link UnCitations#sameDocumentKey(String)}, parsing each symbol once. */
    private String documentKey(String symbol) {
        return symbol == null ? null : UnCitations.sameDocumentKey(symbol, parsedSymbol(symbol));
    }

    private String familyKey(String family) {
        String n = norm(family);
        int k = n.lastIndexOf(' ');
        return k < 0 ? n : n.substring(k + 1);
    }
    private Draft previous;
    /** Short names citations defined ("[hereinafter VCLT]"), normalised, and the works they name. */
    private final Map<String, Entry> byAlias = new HashMap<>();
    /** The same names as written, longest first, for {@link #aliasAtStart(String)}. */
    private final List<String> aliases = new ArrayList<>();
    /**
     * The cases cited so far, by every word of their title (see {@link #namesCase(String, String)}): words that
     * name a case hold only words of its title, so the cases holding the rarest of them are the only
     * ones to score (a scan of every case for every citation would grow with the article).
     */
    private final Map<String, List<Entry>> casesByWord = new HashMap<>();
    /**
     * The first parties of the cases cited so far whose names open with them ("McCann" of "McCann and Others v. …"),
     * and the names of those whose parties follow in brackets ("Corfu Channel" of "Corfu Channel (United Kingdom v.
     * Albania)"), the latter also in {@link #casesByName}.
     */
    private final List<String> casesByFirstParty = new ArrayList<>();
    private final Set<String> casesByName = new HashSet<>();
    /** The opening capitalised words of the titles of the books and reports cited so far ("Harbourne Manual"). */
    private final List<String> shortTitles = new ArrayList<>();
    /** The cases cited so far by the number their tribunal gave them ("A/18" of "…, Case No. A/18, Decision No. …"). */
    private final Map<String, List<Entry>> casesByNumber = new HashMap<>();

    boolean knownFamily(String family) {
        return knownFamilies.contains(familyKey(family));
    }

    /** The short names defined so far, longest first. */
    List<String> aliases() {
        return java.util.Collections.unmodifiableList(aliases);
    }

    /**
     * The names a note may use in its prose for works cited before, longest first: the short names defined so far, the
     * first party of each case ("McCann" of "McCann and Others v. United Kingdom"), as "… the rare case that McCann,
     * para. 148, describes" uses it, the name of each case its parties follow ("Corfu Channel" of "Corfu Channel (United
     * Kingdom v. Albania)"), which a bare page may follow, and the opening capitalised words of a book's or report's
     * title, as "Not even the Harbourne Manual, rule 39, …" shortens "Harbourne Manual on Naval Warfare".
     */
    List<AliasesInProse.Name> namesInProse() {
        if (namesInProse == null) { // built again only after a name was added: notes outnumber names
            List<AliasesInProse.Name> names = new ArrayList<>(aliases.size() + casesByFirstParty.size() + shortTitles.size());
            Set<String> seen = new HashSet<>();
            for (String alias : aliases) if (seen.add(alias)) names.add(new AliasesInProse.Name(alias, AliasesInProse.Use.DEFINED));
            for (String party : casesByFirstParty) {
                if (seen.add(party)) {
                    names.add(new AliasesInProse.Name(party, party.indexOf(' ') > 0 && casesByName.contains(party)
                            ? AliasesInProse.Use.CASE_NAME : AliasesInProse.Use.DEFINED));
                }
            }
            for (String title : shortTitles) if (seen.add(title)) names.add(new AliasesInProse.Name(title, AliasesInProse.Use.SHORT_TITLE));
            names.sort((a, b) -> Integer.compare(b.text().length(), a.text().length()));
            namesInProse = java.util.Collections.unmodifiableList(names);
        }
        return namesInProse;
    }

    /** {@link #namesInProse()} as last built, or null when a name was added since. */
    private List<AliasesInProse.Name> namesInProse;

    /**
     * The short name defined earlier that {@code text} starts with, as a whole word ("VCLT art. 31",
     * "VCLT, supra"), the longest if several; else null.
     */
    String aliasAtStart(String text) {
        for (String a : aliases) {
            if (!text.startsWith(a)) continue;
            if (text.length() == a.length()) return a;
            char next = text.charAt(a.length());
            if (next == ' ' || next == ',' || next == '(' || next == '.') return a;
        }
        return null;
    }

    /**
     * "[hereinafter Sea Samples Treaty]. … ; cf. Sea Samples Treaty art. 19": a note is read whole before its citations
     * are resolved, so a name it defines is announced at once, for the citations after it in the same note to use.
     */
    void announceAlias(String alias) {
        if (alias != null && !alias.isEmpty()) listAlias(alias);
    }

    /** Keeps the defined names longest first, once each, so that a longer name is tried before one it holds. */
    private void listAlias(String alias) {
        if (aliases.contains(alias)) return;
        namesInProse = null;
        int k = 0;
        while (k < aliases.size() && aliases.get(k).length() >= alias.length()) k++;
        aliases.add(k, alias);
    }

    /**
     * "The umpire's powers were later written into the 1899 Convention, art. 32": a sentence of prose
     * that ends in a short name defined earlier, then at most the pinpoint. Where the name starts, or -1.
     */
    int aliasAfterLeadIn(String text) {
        if (aliases.isEmpty() || aliasAtStart(text) != null) return -1;
        for (String a : aliases) {
            int k = text.indexOf(" " + a);
            if (k <= 0) continue;
            int e = k + 1 + a.length();
            if (e < text.length() && text.charAt(e) != ',') continue;
            if (readsAsLeadIn(text.substring(0, k))) return k + 1;
        }
        return -1;
    }

    /** A capitalised sentence of at least four words, most of them lower-case, with no quotation in it. */
    private static boolean readsAsLeadIn(String s) {
        if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) return false;
        int words = 0;
        int lower = 0;
        for (String w : s.split(" ")) {
            if (w.isEmpty()) continue;
            words++;
            if (Character.isLowerCase(w.charAt(0))) lower++;
            if (Scan.isOpeningQuote(w.charAt(0)) || w.indexOf('"') >= 0) return false;
        }
        // "…, in Name v. State, App. No. 22841/16 (…), paras. 96–104, where … by the formula of the Division Treaty": a
        // lead-in holding a volume, number or page holds a citation of its own
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i)) && !Prose.yearWordAt(s, i, s.length())) return false;
        return words >= 4 && lower * 2 > words;
    }

    /**
     * Whether these words name a case cited before: the start of its name ("Harbour Dispute" for
     * "Harbour Dispute (A v. B)"), or two or more of its words in order ("Nuclear Weapons" for
     * "Legality of the Threat or Use of Nuclear Weapons"). One word names a case when it is a party's
     * name, a word of the name of the case reported in {@code reportYear} ("Nicaragua, 1986 I.C.J."), or a
     * word followed by the kind of decision ({@code decisionNamed}: "Wall Advisory Opinion").
     */
    boolean namesCase(String words, String reportYear, boolean decisionNamed) {
        return caseNamed(words, reportYear, decisionNamed) != null;
    }

    /** The case cited before that these words name (as {@link #namesCase}), the nearest if several; else null. */
    private Entry caseNamed(String words, String reportYear, boolean decisionNamed) {
        if (casesByWord.isEmpty()) return null; // the cheap test first: most articles cite no case
        String key = norm(words);
        if (key.isEmpty()) return null;
        // a score of 3 or more (equal, a prefix, or its words in order) needs every word after the article
        // among the title's words: the cases holding the rarest of them are the only candidates
        String needed = TextKey.withoutArticle(key);
        List<Entry> candidates = null;
        for (int from = 0; from <= needed.length(); ) {
            int end = wordEnd(needed, from);
            List<Entry> withWord = casesByWord.getOrDefault(needed.substring(from, end), List.of());
            if (candidates == null || withWord.size() < candidates.size()) candidates = withWord;
            from = end + 1;
        }
        Entry startsSo = null; // the start of its name (a score of 4 or more)
        Entry inOrder = null;  // two or more of its words in order
        for (Entry e : candidates) {
            int score = titleScore(key, e.titleKey);
            if (score >= 4) startsSo = nearer(startsSo, e);
            else if (score == 3 && (key.indexOf(' ') > 0 || namesAParty(key, e.fields.title())
                    || decisionNamed || reportYear != null && reportYear.equals(e.fields.year()))) inOrder = nearer(inOrder, e);
        }
        return startsSo != null ? startsSo : inOrder;
    }

    /**
     * "Nicaragua" for "… (Nicaragua v. United States of America)": one word names a case only when it
     * is a party's name, the first word of one side of the parties in brackets.
     */
    private boolean namesAParty(String word, String title) {
        if (title == null) return false;
        int open = title.lastIndexOf('(');
        int close = title.indexOf(')', open + 1);
        if (open < 0 || close < 0) return false;
        for (String side : title.substring(open + 1, close).split(" v\\.? |/")) {
            String s = side.strip();
            int sp = s.indexOf(' ');
            if (!s.isEmpty() && norm(sp < 0 ? s : s.substring(0, sp)).equals(word)) return true;
        }
        return false;
    }

    /** "McCann and Others v. United Kingdom", "Kovalenko-Reyes v. Valdoria": one to three capitalised words before "v.". */
    private static final Pattern FIRST_PARTY = Pattern.compile(
            "(\\p{Lu}[\\p{L}\u2019'-]{3,}(?: \\p{Lu}[\\p{L}\u2019'-]+){0,2})(?: and Others)? v\\. \\p{Lu}");

    private void indexFirstParty(Entry e) {
        String title = e.fields.title();
        if (title == null) return;
        java.util.regex.Matcher m = FIRST_PARTY.matcher(title);
        String name = m.lookingAt() ? m.group(1) : null;
        if (name == null) {
            m = NAME_BEFORE_PARTIES.matcher(title);
            if (m.lookingAt()) {
                name = m.group(1);
                casesByName.add(name);
            }
        }
        if (name != null && !casesByFirstParty.contains(name)) {
            casesByFirstParty.add(name);
            namesInProse = null;
        }
    }

    /** "Corfu Channel (United Kingdom v. Albania)": two to five capitalised words, then the parties in brackets. */
    private static final Pattern NAME_BEFORE_PARTIES = Pattern.compile(
            "(\\p{Lu}[\\p{L}\u2019'-]+(?: (?:of |on |the |and )*\\p{Lu}[\\p{L}\u2019'-]+){1,4}) \\([^()]* v\\. ");

    /**
     * "Harbourne Manual" of "Harbourne Manual on Naval Warfare": the two or more capitalised words a book's or report's
     * title opens with (after an article), up to its first word in lower case or its first mark.
     */
    private void indexShortTitle(Entry e) {
        String title = e.fields.title();
        if (title == null) return;
        int from = title.startsWith("The ") ? 4 : title.startsWith("An ") ? 3 : title.startsWith("A ") ? 2 : 0;
        int end = from;
        int words = 0;
        while (end < title.length() && Character.isUpperCase(title.charAt(end))) {
            int w = end;
            while (w < title.length() && (Character.isLetter(title.charAt(w)) || "-'\u2019".indexOf(title.charAt(w)) >= 0)) w++;
            if (w - end < 2 || w < title.length() && " ,:;.".indexOf(title.charAt(w)) < 0) break;
            words++;
            end = w;
            if (end + 1 >= title.length() || title.charAt(end) != ' ') break;
            end++;
        }
        String name = title.substring(from, end).strip();
        if (words >= 2 && !shortTitles.contains(name)) {
            shortTitles.add(name);
            namesInProse = null;
        }
    }

    private void indexCase(Entry e) {
        for (int from = 0; from <= e.titleKey.length(); ) {
            int end = wordEnd(e.titleKey, from);
            List<Entry> withWord = casesByWord.computeIfAbsent(e.titleKey.substring(from, end), k -> new ArrayList<>(2));
            if (!withWord.contains(e)) withWord.add(e);
            from = end + 1;
        }
    }

    private static Entry nearer(Entry a, Entry b) {
        return a == null || after(b.lastFull, a.lastFull) ? b : a;
    }

    /** Resolves one citation, in reading order; returns warnings for the user. */
    void resolve(Draft d) {
        if (d.sameAuthorsAsPrevious && previous != null && d.fields.authors().isEmpty()) {
            d.fields.authors(previous.fields.authors().isEmpty() && byId.containsKey(previous.workId)
                    ? byId.get(previous.workId).fields.authors() : previous.fields.authors());
            if (d.shortKind == Draft.ShortKind.TITLE_ONLY) d.shortKind = Draft.ShortKind.AUTHOR_TITLE;
        }
        try {
            if (d.isShort()) resolveShort(d);
            else resolveFull(d);
            if (d.alias != null) defineAlias(d.alias, byId.get(d.workId));
        } finally {
            // a sentence of prose read as a short form is no citation: ibid. still points past it
            if (!d.prose) {
                previous = d;
                byNote.computeIfAbsent(d.note, k -> new ArrayList<>()).add(d);
            }
        }
    }

    /**
     * A short form by title or names with no pinpoint, no digit and no quoted title, whose words are those of a sentence
     * (three or more lower-case words that are not the small words of a title).
     */
    private static boolean readsAsSentence(Draft d) {
        if (d.shortKind != Draft.ShortKind.TITLE_ONLY && d.shortKind != Draft.ShortKind.AUTHOR_TITLE
                && d.shortKind != Draft.ShortKind.AUTHOR_ONLY || d.pinpoint != null || d.signal != null || d.alias != null
                || d.namesAlias) return false;
        String raw = d.raw;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            // a quotation inside the sentence ("any employer “doing business …”") is no title
            boolean quotedInProse = i >= 2 && raw.charAt(i - 1) == ' '
                    && (Character.isLowerCase(raw.charAt(i - 2)) || raw.charAt(i - 2) == ',' && i >= 3 && Character.isLowerCase(raw.charAt(i - 3)));
            // "the exchange's brokerage": an apostrophe between letters opens no quotation
            boolean apostrophe = (c == '\'' || c == '\u2019') && i > 0 && i + 1 < raw.length() && Character.isLetter(raw.charAt(i - 1))
                    && Character.isLetter(raw.charAt(i + 1));
            if (Character.isDigit(c) || (Scan.isOpeningQuote(c) || c == '"') && !quotedInProse && !apostrophe || c == '(') return false;
        }
        return Prose.contentWords(raw, 0, raw.length()) >= 3;
    }

    // ---------------------------------------------------------------- full citations

    private void resolveFull(Draft d) {
        if (d.type == null) d.type = CitationType.OTHER;
        if (d.type == CitationType.CHAPTER && d.abbreviatedBook) fillBook(d);
        String symbol = d.fields.unSymbol();
        if (symbol != null) {
            Entry e = bySymbol.get(norm(documentKey(symbol)));
            if (e != null) {
                // "G.A. Res. 73/331, para. 2" after the resolution was described: a short form of it
                link(d, e, d.fields.date() == null && d.fields.title() == null && d.fields.authors().isEmpty());
                if (e.fields.unSymbol() != null && symbol.length() > e.fields.unSymbol().length()
                        && documentKey(symbol).equals(documentKey(e.fields.unSymbol()))) {
                    e.fields.unSymbol(symbol); // the fuller symbol: S/RES/2334(2016) over S/RES/2334
                }
                return;
            }
        }
        Entry same = sameWork(d);
        if (same != null) {
            link(d, same, false);
            same.lastFull = d.ref();
            return;
        }
        Entry e = register(d);
        d.workId = e.id;
        if (d.type == CitationType.CHAPTER && !d.abbreviatedBook) rememberBook(d);
        if (d.type == CitationType.EDITED_BOOK) rememberEditedBook(d);
    }

    /** A full citation that repeats a work already described (same names, title and year). */
    private Entry sameWork(Draft d) {
        String title = norm(titleOrNumber(d.fields));
        if (title.isEmpty()) return null;
        List<String> fam = familyKeys(!d.fields.authors().isEmpty() ? d.fields.authors() : d.fields.editors());
        for (Entry e : byNamesAndTitle.getOrDefault(String.join(",", fam) + "|" + title, List.of())) {
            String y1 = e.fields.year();
            String y2 = d.fields.year();
            if (y1 != null && y2 != null && !y1.equals(y2)) continue;
            if (e.type == CitationType.LEGAL_CASE && d.type == CitationType.LEGAL_CASE && !sameReport(e.fields, d.fields)) continue;
            return e;
        }
        return null;
    }

    /**
     * Two decisions between the same parties in the same year (an annulment decision, then the court judgment
     * enforcing the award) are told apart by where they are reported: the same reporter, volume and first page,
     * or none on either side.
     */
    private static boolean sameReport(Fields a, Fields b) {
        return java.util.Objects.equals(a.container(), b.container()) && java.util.Objects.equals(a.volume(), b.volume())
                && java.util.Objects.equals(a.pages(), b.pages());
    }

    private Entry register(Draft d) {
        Fields f = copyWithoutLocators(d.fields);
        if (d.bookTitle != null) f.container(d.bookTitle);
        String id = ids.mint(f, d.yearSuffix, norm(f.title() != null ? f.title() : f.container()));
        Entry e = new Entry(id, d.type, f, d.ref(), familyKeys(!f.authors().isEmpty() ? f.authors() : f.editors()),
                norm(titleOrNumber(f)));
        e.yearSuffix = d.yearSuffix;
        byId.put(id, e);
        // a treaty body's views on a communication are cited by the parties' names as a case is: "Seck v. Veltria, para. 10"
        if (e.type == CitationType.LEGAL_CASE || e.type == CitationType.UN_DOCUMENT && e.titleKey.contains(" v ")) indexCase(e);
        if (e.type == CitationType.LEGAL_CASE) indexFirstParty(e);
        if (e.type == CitationType.BOOK || e.type == CitationType.EDITED_BOOK || e.type == CitationType.REPORT) indexShortTitle(e);
        String number = e.type == CitationType.LEGAL_CASE ? CitationParser.caseNumberIn(d.raw) : null;
        if (number != null) casesByNumber.computeIfAbsent(number, k -> new ArrayList<>(1)).add(e);
        byNamesAndTitle.computeIfAbsent(String.join(",", e.families) + "|" + e.titleKey, k -> new ArrayList<>(1)).add(e);
        indexWord(e, e.titleKey);
        indexTitleStart(e, e.titleKey);
        if (f.unSymbol() != null) bySymbol.putIfAbsent(norm(documentKey(f.unSymbol())), e);
        for (String fam : e.families) {
            byFamily.computeIfAbsent(fam, k -> new ArrayList<>()).add(e);
            knownFamilies.add(fam);
        }
        for (String fam : familyKeys(f.editors())) knownFamilies.add(fam);
        return e;
    }

    /** The title; for an untitled numbered item ("H.R. Rep. No. 116-412") its series and number, which name it as well. */
    private static String titleOrNumber(Fields f) {
        if (f.title() != null || f.container() == null || f.issue() == null) return f.title();
        return f.container() + " " + f.issue();
    }

    private static Fields copyWithoutLocators(Fields f) {
        return Fields.of(f.build());
    }

    private void rememberBook(Draft d) {
        Fields f = d.fields;
        if (f.container() == null || f.editors().isEmpty()) return;
        books.add(new Book(d.ref(), f.editors(), familyKeys(f.editors()), f.container(), norm(f.container()),
                f.publisher(), f.place(), f.year()));
    }

    private void rememberEditedBook(Draft d) {
        Fields f = d.fields;
        if (f.title() == null) return;
        announcedBooks.clear(); // the books of the note are resolved in order: this one and those before it are known now
        books.add(new Book(d.ref(), f.editors(), familyKeys(f.editors()), f.title(), norm(f.title()),
                f.publisher(), f.place(), f.year()));
    }

    /**
     * "… in Lund and Ruiz (eds), Book (…), and put most sharply there by Name, ‘Title’, in Lund and Ruiz (eds), op. cit.":
     * a note is read whole before its citations are resolved, so an edited book it cites is announced at once, for a
     * chapter after it in the same note to find by its editors.
     */
    void announceEditedBook(Draft d) {
        Fields f = d.fields;
        if (d.type != CitationType.EDITED_BOOK || f == null || f.title() == null || f.editors().isEmpty()) return;
        announcedBooks.add(new Book(new CitationRef(d.note, 0), f.editors(), familyKeys(f.editors()), f.title(), norm(f.title()),
                f.publisher(), f.place(), f.year()));
    }

    /** "in Knudsen and Navari (eds), International Organization …, pp. 23–50": borrow the book's details. */
    private void fillBook(Draft d) {
        Fields f = d.fields;
        List<String> eds = familyKeys(f.editors());
        String title = norm(f.container());
        Book best = null;
        int bestScore = 0;
        for (Book b : books) {
            if (!eds.isEmpty() && !sameFamilies(eds, b.editorKeys())) continue;
            int s = title.isEmpty() ? 1 : titleScore(title, b.titleKey());
            if (s >= 3 && s >= bestScore) {
                best = b;
                bestScore = s;
            }
        }
        String written = f.container();
        if (best == null && eds.isEmpty()) {
            NamedBook named = bookAfterEditorNames(f.container());
            if (named != null) {
                best = named.book();
                written = named.shortTitle();
            }
        }
        if (best == null) return;
        // The citation keeps the book's title as its text gives it (short forms carry what they say);
        // the work it registers takes the full title, so that both chapters sit in one book.
        f.editors(best.editors()).container(written);
        d.bookTitle = best.title();
        if (f.publisher() == null) f.publisher(best.publisher());
        if (f.place() == null) f.place(best.place());
        if (f.year() == null) f.year(best.year());
        d.containerFrom = best.ref();
    }

    /**
     * Chicago's "in Kiel and Achterberg, Oxford Handbook …": the editors' family names, then the
     * book's (short) title, naming a book described earlier with those editors. Null otherwise.
     */
    /**
     * The title of the edited book cited in {@code note} (any note when 0, the last cited) whose editors the names are:
     * "Lund and Ruiz" of "in Lund and Ruiz (eds), n. 7 above". Null when there is none.
     */
    String editedBookTitle(String editorNames, int note) {
        List<String> fams = editorKeys(Names.splitList(editorNames), true);
        if (fams == null) return null;
        for (int i = announcedBooks.size() - 1; i >= 0; i--) {
            Book b = announcedBooks.get(i);
            if ((note == 0 || b.ref().note() == note) && sameFamilies(fams, b.editorKeys())) return b.title();
        }
        for (int i = books.size() - 1; i >= 0; i--) {
            Book b = books.get(i);
            if ((note == 0 || b.ref().note() == note) && sameFamilies(fams, b.editorKeys())) return b.title();
        }
        return null;
    }

    /**
     * The family keys of editors' names as a chapter gives them (family names alone, or full names too when
     * {@code fullNames}); null when there are none or one is no person's name.
     */
    private List<String> editorKeys(List<String> names, boolean fullNames) {
        if (names.isEmpty()) return null;
        List<String> keys = new ArrayList<>(names.size());
        for (String n : names) {
            Names.Kind kind = Names.kind(n);
            if (kind != Names.Kind.FAMILY_ONLY && !(fullNames && kind == Names.Kind.FULL)) return null;
            keys.add(familyKey(Names.person(n).family()));
        }
        return keys;
    }

    private NamedBook bookAfterEditorNames(String container) {
        if (container == null) return null;
        // the names end at one of the commas: "Kiel and Achterberg, …", "Brandt, Mensah-Boateng, and Ferraro, …"
        for (int comma = container.indexOf(", "); comma > 0; comma = container.indexOf(", ", comma + 2)) {
            String written = container.substring(0, comma);
            boolean etAl = Names.hasEtAl(written);
            List<String> fams = editorKeys(Names.splitList(written), false);
            if (fams == null) return null;
            String title = norm(container.substring(comma + 2));
            for (Book b : books) {
                boolean named = etAl ? prefixFamilies(fams, b.editorKeys()) : sameFamilies(fams, b.editorKeys());
                if (named && titleScore(title, b.titleKey()) >= 3) return new NamedBook(b, container.substring(comma + 2));
            }
            if (etAl) return null;
        }
        return null;
    }

    // ---------------------------------------------------------------- short forms

    /** "[hereinafter VCLT]": later citations may name the work so; a name defined again names the later work. */
    private void defineAlias(String alias, Entry e) {
        if (e == null) return;
        if (byAlias.put(norm(alias), e) == null) {
            listAlias(alias);
        }
        // "[hereinafter Kolb, Treaties]": "Kolb, Treaties, supra note 4" and "Kolb, Treaties 9" name it too
        int comma = alias.indexOf(", ");
        if (comma > 0 && e.families.contains(familyKey(alias.substring(0, comma)))) addShortTitle(e, alias.substring(comma + 2));
    }

    private void resolveShort(Draft d) {
        Entry e = d.namesAlias ? byAlias.get(norm(d.shortTitle)) : null;
        if (e != null) {
            if (d.supraNote > 0) addShortTitle(e, d.shortTitle); // "CAT, supra note 1": the work's short title
            link(d, e, true);
            return;
        }
        if (d.caseNumber != null) {
            // "Case No. A/18, 268–69": the one case cited before under that number
            List<Entry> numbered = casesByNumber.getOrDefault(d.caseNumber, List.of());
            e = numbered.size() == 1 ? numbered.get(0) : null;
            if (e != null) {
                link(d, e, true);
                return;
            }
        }
        e = switch (d.shortKind) {
            case IBID -> previous == null ? null : byId.get(previous.workId);
            case UN_SYMBOL -> bySymbol.get(norm(documentKey(d.fields.unSymbol())));
            case SUPRA -> supra(d);
            case AUTHOR_YEAR -> byNamesAndYear(d);
            default -> byNamesAndTitle(d);
        };
        if (e == null) {
            if (readsAsSentence(d)) {
                // "Strasbourg came to the same question from the other side, through …": a sentence of prose the splitter
                // took for a short title, naming no work cited before
                d.prose = true;
                return;
            }
            d.warnings.add("short form \u201C" + d.raw + "\u201D matches no earlier full citation; kept as a work of its own");
            if (d.type == null) {
                d.type = d.shortKind == Draft.ShortKind.UN_SYMBOL ? CitationType.UN_DOCUMENT
                        : namesAnInstrument(d) ? CitationType.TREATY : CitationType.OTHER;
            }
            Entry own = register(d);
            d.workId = own.id;
            return;
        }
        link(d, e, true);
        if (d.shortTitle == null && d.fields.authors().size() == 1 && namesTitleStart(d.fields.authors().get(0), e)) {
            // "Harbourne Manual, rule 39": not a person but the opening words of the work's title
            d.shortTitle = d.fields.authors().get(0).displayName();
            d.fields.title(d.shortTitle).authors(List.of());
        }
        if (e.type == CitationType.EDITED_BOOK && e.fields.authors().isEmpty() && d.fields.editors().isEmpty()) {
            // "Kiel and Achterberg, Handbook, vii": the names of an edited book are its editors
            d.fields.editors(d.fields.authors()).authors(List.of());
        }
        if (e.families.isEmpty() && d.shortTitle == null && d.fields.authors().size() == 1) {
            // "Tanner (n 1)": the name of an authorless work (a case, a treaty) is its short title
            d.shortTitle = d.fields.authors().get(0).displayName();
            d.fields.title(d.shortTitle).authors(List.of());
        }
        if (d.shortKind == Draft.ShortKind.TITLE_ONLY && d.fields.authors().isEmpty()) authorNamedBeforeBrackets(d, e);
        if (d.shortTitle != null) addShortTitle(e, d.shortTitle);
    }

    /** Whether a name read as a person's is none of the work's people but the words its title opens with. */
    private boolean namesTitleStart(Agent name, Entry e) {
        if (!(name instanceof Person p) || p.given() == null || e.families.contains(familyKey(p.family()))) return false;
        String key = norm(p.displayName());
        return e.titleKey.startsWith(key) && (e.titleKey.length() == key.length() || e.titleKey.charAt(key.length()) == ' ');
    }

    /**
     * "…, as Orvik notes (Borrowed Court, 112–18), …", "… by Orvik’s article (n. 1 above)": a short form in brackets after
     * its author's family name (or its possessive) and one lower-case word of the sentence; the name, one of the work's
     * authors, is the short form's author.
     */
    private void authorNamedBeforeBrackets(Draft d, Entry e) {
        String before = d.before().stripTrailing();
        if (e.families.isEmpty() || !before.endsWith("(")) return;
        java.util.regex.Matcher m = NAME_BEFORE_BRACKET.matcher(before);
        if (m.find() && e.families.contains(familyKey(m.group(1)))) d.fields.authors(List.of(Names.person(m.group(1))));
    }

    private static final Pattern NAME_BEFORE_BRACKET = Pattern.compile("(?<![\\p{L}-])(\\p{Lu}[\\p{L}-]+)(?:[\u2019']s)? \\p{Ll}+ \\($");

    private void addShortTitle(Entry e, String st) {
        if (e.shortTitles.contains(st)) return;
        String key = norm(st);
        if (key.equals(e.titleKey)) return;
        e.shortTitles.add(st);
        e.shortTitleKeys.add(key);
        indexWord(e, key);
        indexTitleStart(e, key);
    }

    /** "U.N. Charter art. 2, ¶ 7", "Geneva Convention IV, art. 3": an instrument cited by its name and a provision. */
    private static boolean namesAnInstrument(Draft d) {
        return d.fields.authors().isEmpty() && Tail.namesAnInstrument(d.fields.title());
    }

    private void indexWord(Entry e, String normTitle) {
        String key = wordKey(e.families, normTitle);
        if (key == null) return;
        List<Entry> list = byNamesAndWord.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(e)) list.add(e);
    }

    private void indexTitleStart(Entry e, String normTitle) {
        String word = firstWord(TextKey.withoutArticle(normTitle));
        if (word.isEmpty() || !e.titleStarts.add(word)) return;
        byTitleStart.computeIfAbsent(word, k -> new ArrayList<>()).add(e);
    }

    /**
     * Every work whose title or a short title {@code normTitle} can match with a score of 4 or more (equal,
     * or a prefix ending at a word, leading articles dropped): those share its first word. A title that is
     * just an article ("the") is a prefix of any title it starts, so it gets every work.
     */
    private Collection<Entry> titlePrefixCandidates(String normTitle) {
        String s = TextKey.withoutArticle(normTitle);
        if (s.equals("the") || s.equals("a") || s.equals("an")) return byId.values();
        return byTitleStart.getOrDefault(firstWord(s), List.of());
    }

    private static String firstWord(String normTitle) {
        int sp = normTitle.indexOf(' ');
        return sp < 0 ? normTitle : normTitle.substring(0, sp);
    }

    /** Names and the first word of the title without its article; null without a title. */
    private static String wordKey(List<String> families, String normTitle) {
        String t = TextKey.withoutArticle(normTitle);
        if (t.isEmpty()) return null;
        int sp = t.indexOf(' ');
        return String.join(",", families) + "|" + (sp < 0 ? t : t.substring(0, sp));
    }

    private void link(Draft d, Entry e, boolean asShortForm) {
        d.workId = e.id;
        if (asShortForm) {
            d.shortFormOf = e.first;
            d.type = e.type;
        }
    }

    private Entry supra(Draft d) {
        List<Draft> inNote = byNote.get(d.supraNote);
        List<String> fam = familyKeys(d.fields.authors());
        if (inNote != null && fam.isEmpty() && d.shortTitle == null && studentPiece(d.raw)) {
            // "Note, supra note 14, at 931": the unsigned student Note of that note, not the note's first work
            for (Draft x : inNote) {
                Entry e = x.workId == null ? null : byId.get(x.workId);
                if (e != null && e.type == CitationType.JOURNAL_ARTICLE && e.families.isEmpty()) return e;
            }
        }
        if (inNote != null) {
            Draft only = null;
            for (Draft x : inNote) {
                if (x.workId == null) continue;
                Entry e = byId.get(x.workId);
                if (e == null) continue;
                if (fam.isEmpty() || sameFamilies(fam, e.families) || prefixFamilies(fam, e.families)) {
                    if (d.shortTitle == null || titleScore(norm(d.shortTitle), e.titleKey) >= 2) {
                        if (fam.isEmpty() && d.shortTitle == null && inNote.size() > 1) {
                            Entry named = namedBefore(d, inNote);
                            if (named != null) {
                                authorNamedBeforeBrackets(d, named);
                                return named;
                            }
                            d.warnings.add("\u201C" + d.raw + "\u201D names no author and note " + d.supraNote + " cites "
                                    + inNote.size() + " works; took its first");
                        }
                        return e;
                    }
                }
                only = inNote.size() == 1 ? x : only;
            }
            if (only != null) return byId.get(only.workId);
            Entry named = authorlessWorkNamed(d, inNote);
            if (named != null) return named;
        }
        if (fam.isEmpty()) return null;
        return byNamesAndTitle(d);
    }


    /**
     * "… a point made by Anand-Rourke in his introduction to the diary (supra n. 2, xxiv–xxvii)": of the works of the note
     * pointed to, the one whose author's or editor's name the words just before the pointer give (the last named), or null.
     */
    private Entry namedBefore(Draft d, List<Draft> inNote) {
        String before = " " + norm(d.before()) + " ";
        Entry best = null;
        int bestAt = -1;
        for (Draft x : inNote) {
            Entry e = x.workId == null ? null : byId.get(x.workId);
            if (e == null) continue;
            for (String family : e.families) {
                // "… by Harrow-Nakashima’s article (n. 1 above)": the possessive reads "nakashimas" once normalised
                int at = family.isEmpty() ? -1 : Math.max(before.lastIndexOf(" " + family + " "), before.lastIndexOf(" " + family + "s "));
                if (at > bestAt) {
                    bestAt = at;
                    best = e;
                }
            }
        }
        return best;
    }

    /**
     * "Kessel Sea, supra note 4", "Brankovac Trial Judgement (n 9)": a case or other authorless work of that
     * note cited by a short name (read at first as a person's, or with the decision's kind after it); the one
     * work whose title has the name's words in order, or null.
     */
    private Entry authorlessWorkNamed(Draft d, List<Draft> inNote) {
        String written = d.shortTitle != null && d.fields.authors().isEmpty() ? CitationParser.withoutDecisionKind(d.shortTitle)
                : d.shortTitle == null && d.fields.authors().size() == 1 ? d.fields.authors().get(0).displayName() : null;
        if (written == null) return null;
        String name = norm(written);
        Entry found = null;
        for (Draft x : inNote) {
            Entry e = x.workId == null ? null : byId.get(x.workId);
            if (e == null || !e.families.isEmpty() || e == found || titleScore(name, e.titleKey) < 3) continue;
            if (found != null) return null;
            found = e;
        }
        return found;
    }

    private static boolean studentPiece(String raw) {
        String r = Signals.atStart(raw) == null ? raw : raw.substring(Signals.atStart(raw).length()).strip();
        return r.startsWith("Note, ") || r.startsWith("Comment, ");
    }

    /** "Sato 2015": the work by those names in that year (and with that letter, when given). */
    private Entry byNamesAndYear(Draft d) {
        List<String> fam = familyKeys(d.fields.authors());
        List<Entry> found = new ArrayList<>();
        for (Entry e : candidates(fam)) {
            if (!sameFamilies(fam, e.families) && !prefixFamilies(fam, e.families)) continue;
            if (!d.fields.year().equals(e.fields.year())) continue;
            if (d.yearSuffix != null && e.yearSuffix != null && !d.yearSuffix.equals(e.yearSuffix)) continue;
            found.add(e);
        }
        if (found.isEmpty()) return null;
        if (found.size() > 1) {
            d.warnings.add("short form \u201C" + d.raw + "\u201D matches " + found.size() + " works; took the first");
        }
        return found.get(0);
    }

    /** Family names and (short) title against the works cited so far. */
    private Entry byNamesAndTitle(Draft d) {
        if (d.namesCase) {
            // read as a case's name because one was cited by it: that case, not a web page whose title starts so
            Entry named = caseNamed(d.shortTitle, d.caseYear, d.caseDecisionNamed);
            if (named != null) return named;
        }
        List<String> fam = familyKeys(d.fields.authors());
        String title = norm(d.shortTitle != null ? d.shortTitle : d.fields.title());
        List<Entry> best = new ArrayList<>();
        int bestScore = 0;
        // quick path: same names, same first title word, and a prefix or in-order match
        String key = title.isEmpty() ? null : wordKey(fam, title);
        if (key != null) {
            for (Entry e : byNamesAndWord.getOrDefault(key, List.of())) {
                int s = titleScore(title, e.titleKey);
                for (String st : e.shortTitleKeys) s = Math.max(s, titleScore(title, st));
                if (s < 3) continue;
                if (s > bestScore) {
                    best.clear();
                    bestScore = s;
                }
                if (s == bestScore) best.add(e);
            }
        }
        // without a title every score is 1, below what either tier accepts, except names alone ("Okafor, supra")
        boolean namesAlone = title.isEmpty() && !fam.isEmpty() && d.shortKind == Draft.ShortKind.AUTHOR_ONLY;
        for (int tier = 0; tier < 2 && best.isEmpty() && (!title.isEmpty() || namesAlone); tier++) {
            // without names only a score of 4 or more counts: a title prefix
            for (Entry e : fam.isEmpty() ? titlePrefixCandidates(title) : candidates(fam)) {
                boolean names = fam.isEmpty() || (tier == 0 ? fam.equals(e.families)
                        : sameFamilies(fam, e.families) || prefixFamilies(fam, e.families));
                if (!names) continue;
                // "Okafor, supra, at 60": names alone point at the work of those names (the nearest, if several)
                int s = title.isEmpty() ? (d.shortKind == Draft.ShortKind.AUTHOR_ONLY ? 2 : 1) : titleScore(title, e.titleKey);
                for (String st : e.shortTitleKeys) s = Math.max(s, title.isEmpty() ? 1 : titleScore(title, st));
                if (fam.isEmpty() && s < 4) continue;
                if (s < 2) continue;
                if (s > bestScore) {
                    best.clear();
                    bestScore = s;
                }
                if (s == bestScore) best.add(e);
            }
        }
        if (best.isEmpty() && !title.isEmpty()) {
            // names misspelt or given differently: a distinctive title alone still identifies the work
            for (Entry e : titlePrefixCandidates(title)) {
                int s = titleScore(title, e.titleKey);
                if (s >= 4 && title.length() >= 12) best.add(e);
            }
            if (best.size() == 1) d.warnings.add("short form \u201C" + d.raw + "\u201D matched by its title only");
            else best.clear();
        }
        // "Markov, Case No. …": a case cited by one party's name, if only one case has it
        if (best.isEmpty() && d.shortKind == Draft.ShortKind.TITLE_ONLY && fam.isEmpty() && !title.isEmpty()) {
            for (Entry e : byId.values()) {
                if (!e.families.isEmpty()) continue;
                int s = titleScore(title, e.titleKey);
                // "Genocide Convention": a treaty's short name has its significant words, not in its order;
                // "UN Charter": or their initials
                if (e.type == CitationType.TREATY && s < 2 && significantWordsOrInitials(title, e.titleKey)) s = 2;
                if (e.type == CitationType.LEGAL_CASE && s >= 3 || e.type == CitationType.TREATY && s >= 2) best.add(e);
            }
            if (best.size() != 1) best.clear();
        }
        // organisation authors without a title: "UN, p. 5" may be a title-only short form of a book
        if (best.isEmpty() && d.shortKind == Draft.ShortKind.AUTHOR_ONLY && d.fields.authors().size() == 1) {
            String asTitle = norm(d.fields.authors().get(0).displayName());
            // an unquoted name shortens a title written without quotes: not a web page's, an article's or a chapter's
            for (Entry e : titlePrefixCandidates(asTitle)) {
                if (titleScore(asTitle, e.titleKey) >= 4 && !quotedTitleType(e.type)) best.add(e);
            }
            if (best.size() != 1) best.clear();
            // "Nicaragua, para. 115": a case or treaty cited by a word of its name, if only one has it
            if (best.isEmpty()) {
                for (Entry e : byId.values()) {
                    if (e.families.isEmpty() && (e.type == CitationType.LEGAL_CASE || e.type == CitationType.TREATY)
                            && titleScore(asTitle, e.titleKey) >= 2) best.add(e);
                }
                if (best.size() != 1) best.clear();
            }
        }
        if (best.isEmpty()) return null;
        if (best.size() > 1) {
            Entry nearest = best.get(0);
            for (Entry e : best) if (after(e.lastFull, nearest.lastFull)) nearest = e;
            d.warnings.add("short form \u201C" + d.raw + "\u201D matches " + best.size()
                    + " works; took the nearest preceding (" + nearest.id + ")");
            return nearest;
        }
        return best.get(0);
    }

    private static boolean quotedTitleType(CitationType type) {
        return type == CitationType.WEB_PAGE || type == CitationType.NEWS_ARTICLE || type == CitationType.JOURNAL_ARTICLE
                || type == CitationType.CHAPTER;
    }

    private static boolean after(CitationRef a, CitationRef b) {
        return a.note() > b.note() || a.note() == b.note() && a.position() > b.position();
    }

    private List<Entry> candidates(List<String> fam) {
        if (fam.isEmpty()) return List.of();
        List<Entry> list = byFamily.get(fam.get(0));
        return list == null ? List.of() : list;
    }

    /**
     * How well a short title matches a full one (both normalised: words joined by single spaces):
     * 5 equal, 4 a prefix (leading article ignored), 3 its words in order, 2 its significant words
     * all present, 0 otherwise. Runs once per candidate work of every short form, so it walks the
     * words in place rather than splitting the strings.
     */
    static int titleScore(String shortTitle, String full) {
        if (shortTitle.isEmpty() || full.isEmpty()) return 0;
        if (shortTitle.equals(full)) return 5;
        if (startsWithWords(full, shortTitle)) return 4;
        String s = TextKey.withoutArticle(shortTitle);
        String f = TextKey.withoutArticle(full);
        if (f.equals(s) || startsWithWords(f, s)) return 4;
        if (wordsInOrder(s, f)) return 3;
        return significantWordsPresent(s, f) ? 2 : 0;
    }

    /** {@code full.startsWith(words + " ")}, without building the string. */
    private static boolean startsWithWords(String full, String words) {
        return full.length() > words.length() && full.charAt(words.length()) == ' ' && full.startsWith(words);
    }

    /** Every word of {@code s} appears in {@code f}, in the same order (others may come between). */
    private static boolean wordsInOrder(String s, String f) {
        int sw = 0; // start of the next word of s to find
        int fw = 0;
        while (sw <= s.length() && fw <= f.length()) {
            int se = wordEnd(s, sw);
            int fe = wordEnd(f, fw);
            if (se - sw == fe - fw && s.regionMatches(sw, f, fw, se - sw)) sw = se + 1;
            fw = fe + 1;
        }
        return sw > s.length();
    }

    /**
     * As {@link #significantWordsPresent}, where a short word may also stand for the initials of words
     * in a row of {@code f}, small words skipped: "un charter" in "charter of the united nations".
     */
    static boolean significantWordsOrInitials(String s, String f) {
        int significant = 0;
        for (int sw = 0; sw <= s.length(); ) {
            int se = wordEnd(s, sw);
            String w = s.substring(sw, se);
            if (!Lexicon.STOPWORDS.contains(w)) {
                if (!hasWord(f, s, sw, se) && !(w.length() >= 2 && w.length() <= 6 && initialsIn(w, f))) return false;
                significant++;
            }
            sw = se + 1;
        }
        return significant > 0;
    }

    /** Whether consecutive words of {@code f} (small words skipped) start with the letters of {@code initials}. */
    private static boolean initialsIn(String initials, String f) {
        String[] words = f.split(" ");
        for (int start = 0; start < words.length; start++) {
            int k = 0;
            for (int i = start; i < words.length && k < initials.length(); i++) {
                String w = words[i];
                if (w.isEmpty()) break;
                if (w.charAt(0) == initials.charAt(k)) k++;
                else if (!Lexicon.STOPWORDS.contains(w) || k == 0) break;
            }
            if (k == initials.length()) return true;
        }
        return false;
    }

    /** Every significant (non-stop) word of {@code s} is a word of {@code f}, and there is at least one. */
    private static boolean significantWordsPresent(String s, String f) {
        int significant = 0;
        for (int sw = 0; sw <= s.length(); ) {
            int se = wordEnd(s, sw);
            if (!Lexicon.STOPWORDS.contains(s.substring(sw, se))) {
                if (!hasWord(f, s, sw, se)) return false;
                significant++;
            }
            sw = se + 1;
        }
        return significant > 0;
    }

    private static boolean hasWord(String f, String s, int from, int to) {
        int len = to - from;
        for (int fw = 0; fw <= f.length(); ) {
            int fe = wordEnd(f, fw);
            if (fe - fw == len && f.regionMatches(fw, s, from, len)) return true;
            fw = fe + 1;
        }
        return false;
    }

    private static int wordEnd(String s, int from) {
        int sp = s.indexOf(' ', from);
        return sp < 0 ? s.length() : sp;
    }

    private List<String> familyKeys(List<Agent> agents) {
        if (agents.isEmpty()) return List.of();
        List<String> out = new ArrayList<>(agents.size());
        for (Agent a : agents) out.add(a instanceof Person p ? familyKey(p.family()) : norm(a.displayName()));
        return out;
    }

    private static boolean sameFamilies(List<String> a, List<String> b) {
        if (a.size() != b.size()) return false;
        // most lists hold one name, or the same names in the same order: no sets needed
        if (a.equals(b)) return true;
        if (a.size() == 1) return false;
        return new HashSet<>(a).equals(new HashSet<>(b));
    }

    private static boolean prefixFamilies(List<String> shortNames, List<String> full) {
        return shortNames.size() < full.size() && full.subList(0, shortNames.size()).equals(shortNames);
    }

    List<Work> works() {
        List<Work> out = new ArrayList<>(byId.size());
        for (Entry e : byId.values()) {
            String symbol = e.fields.unSymbol();
            UnSymbol parsed = symbol == null ? null : parsedSymbol(symbol).toSymbol().orElse(null);
            out.add(new Work(e.id, e.type, e.fields.build(), e.shortTitles, e.first, parsed));
        }
        return out;
    }
}
