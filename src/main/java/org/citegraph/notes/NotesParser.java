package org.citegraph.notes;

import java.util.ArrayList;
import java.util.List;

import org.citegraph.model.Article;
import org.citegraph.model.ArticlePage;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationType;
import org.citegraph.model.Diagnostic;
import org.citegraph.model.Note;
import org.citegraph.model.NoteText;

/**
 * Parses the notes of an article page into citations and the works they cite.
 *
 * <p>Each note is cut into citations ({@link NoteSplitter}); each citation loses its signal
 * ("See also") and closing remark ("emphasis added"), and the rest is read by
 * {@link CitationParser}. Notes are then resolved in reading order ({@link WorkRegistry}): short
 * forms, ibid. and supra point back at the work they abbreviate; a signal carries over to the
 * later citations of the same sentence. A note that cannot be read is kept as raw text with a
 * warning; the other notes are unaffected.
 */
public final class NotesParser {

    public NotesParser() {
    }

    /** Parses every note of the page; never throws for a bad note (keeps it raw, parsed=false, adds a Diagnostic naming source, line, note number). */
    public Article parse(ArticlePage page) {
        String source = page.source();
        List<Diagnostic> diagnostics = new ArrayList<>(page.diagnostics());
        WorkRegistry registry = new WorkRegistry();
        CitationParser parser = new CitationParser(registry::knownFamily, registry::namesCase, registry::aliasAtStart,
                registry::editedBookTitle);
        UnCitations.OrganContext organs = new UnCitations.OrganContext();
        List<Note> notes = new ArrayList<>(page.notes().size());
        for (NoteText nt : page.notes()) {
            notes.add(parseNote(nt, source, parser, registry, organs, diagnostics));
        }
        return new Article(source, page.metadata(), notes, registry.works(), diagnostics);
    }

    private static Note parseNote(NoteText nt, String source, CitationParser parser, WorkRegistry registry,
                                  UnCitations.OrganContext organs, List<Diagnostic> diagnostics) {
        String original = nt.text() == null ? "" : nt.text();
        List<Draft> drafts;
        try {
            String text = collapseSpaces(original);
            Scan scan = Scan.of(text);
            organs.startNote(text);
            if (scan.degraded()) {
                diagnostics.add(Diagnostic.warning(source, nt.line(), nt.number(),
                        "unbalanced quotation marks or brackets; split the note ignoring them"));
            }
            drafts = new ArrayList<>();
            List<int[]> cited = new ArrayList<>();
            for (NoteSplitter.Piece piece : NoteSplitter.split(scan, nt.referenceListEntry())) {
                cited.add(new int[] {piece.start(), piece.end()});
                int named = registry.aliasAfterLeadIn(text.substring(piece.start(), piece.end()));
                if (named > 0) {
                    // "… the most disputed part of the 1995 Convention, art. 3(3)–(5): three years from …": the clause after
                    // the pinpoint's colon is prose
                    int colon = text.indexOf(": ", piece.start() + named);
                    int end = colon > 0 && colon < piece.end() && Character.isLowerCase(text.charAt(colon + 2)) ? colon : piece.end();
                    piece = new NoteSplitter.Piece(piece.start() + named, end, piece.sentence(), piece.entry(),
                            piece.titledEntry(), piece.comparedWith());
                }
                Draft d = parseCitation(nt, text, piece, organs.at(piece.start()), parser);
                drafts.add(d);
                registry.announceAlias(d.alias);
                registry.announceEditedBook(d);
            }
            if (!nt.referenceListEntry()) addAliasesInProse(nt, scan, cited, drafts, registry, organs, parser);
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.add(Diagnostic.warning(source, nt.line(), nt.number(),
                    "could not parse the note (" + e.getClass().getSimpleName() + "); kept as raw text"));
            return new Note(nt.number(), nt.line(), original, List.of(), false, nt.referenceListEntry());
        }
        inheritSignals(drafts);
        List<Citation> citations = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            d.position = citations.size();
            try {
                registry.resolve(d);
            } catch (RuntimeException e) {
                d.warnings.add("could not resolve the citation (" + e.getClass().getSimpleName() + ")");
                if (d.type == null) d.type = CitationType.OTHER;
            }
            for (String w : d.warnings) diagnostics.add(Diagnostic.warning(source, nt.line(), nt.number(), w));
            if (!d.prose) citations.add(toCitation(d));
        }
        return new Note(nt.number(), nt.line(), original, citations, true, nt.referenceListEntry());
    }

    /**
     * "Jurgen Abara-Lindqvist has since argued that … (“Archives Follow the Territory?,” Archival Law Quarterly 27 …)": an
     * article or chapter cited in brackets by its quoted title takes its author from the person's full name that opens
     * the sentence, a verb after it.
     */
    private static void authorNamedBefore(Draft d) {
        if (!d.fields.authors().isEmpty() || d.raw.isEmpty() || !Scan.isOpeningQuote(d.raw.charAt(0))
                || d.type != CitationType.JOURNAL_ARTICLE && d.type != CitationType.CHAPTER) return;
        String before = d.before().stripTrailing();
        if (!before.endsWith("(")) return;
        int sentence = Math.max(before.lastIndexOf(". "), before.lastIndexOf("; "));
        int s = sentence < 0 ? 0 : sentence + 2;
        int e = s;
        int words = 0;
        while (e < before.length() && words < 4) {
            int next = before.indexOf(' ', e);
            if (next < 0 || !Character.isUpperCase(before.charAt(e))) break;
            e = next + 1;
            words++;
        }
        if (words < 2 || e >= before.length() || !Character.isLowerCase(before.charAt(e))) return;
        String name = before.substring(s, e).strip();
        if (Names.kind(name) == Names.Kind.FULL) d.fields.authors(List.of(Names.person(name)));
    }

    /**
     * "… under Hague Regulations, art. 43 (…)": the defined names used with a pinpoint in the prose no citation covers,
     * each a citation of its own, put among the others in the order of the text.
     */
    private static void addAliasesInProse(NoteText nt, Scan scan, List<int[]> cited, List<Draft> drafts, WorkRegistry registry,
                                          UnCitations.OrganContext organs, CitationParser parser) {
        List<int[]> found = AliasesInProse.find(scan, cited, registry.namesInProse());
        for (int[] span : found) {
            int at = 0;
            while (at < cited.size() && cited.get(at)[0] < span[0]) at++;
            int sentence = at > 0 ? drafts.get(at - 1).sentence : 0;
            if (span[2] > 0) {
                // the citation before ran on into the clause holding the name: it ends where the clause starts
                int[] before = cited.get(at - 1);
                NoteSplitter.Piece shorter = new NoteSplitter.Piece(before[0], span[2], sentence);
                drafts.set(at - 1, parseCitation(nt, scan.text, shorter, organs.at(before[0]), parser));
                cited.set(at - 1, new int[] {before[0], span[2]});
            }
            NoteSplitter.Piece piece = new NoteSplitter.Piece(span[0], span[1], sentence);
            drafts.add(at, parseCitation(nt, scan.text, piece, organs.at(span[0]), parser));
            cited.add(at, new int[] {span[0], span[1]});
        }
    }

    /** The citation at {@code piece} of the note's {@code text}. */
    private static Draft parseCitation(NoteText nt, String text, NoteSplitter.Piece piece, String unOrgan,
                                       CitationParser parser) {
        String raw = text.substring(piece.start(), piece.end());
        Draft d = new Draft(nt.number(), nt.line(), raw);
        d.noteText = text;
        d.start = piece.start();
        d.unOrgan = unOrgan;
        d.sentence = piece.sentence();
        d.entry = piece.entry();
        String body = raw;
        // "…, with B": the second of two compared citations takes the pair's "Compare" from the first (see inheritSignals)
        Signals.Match signal = piece.comparedWith() ? new Signals.Match(null, "with ".length()) : Signals.atStart(body);
        if (signal != null) {
            d.signal = signal.signal();
            body = withoutProseLeadIn(body.substring(signal.length()));
        }
        body = Signals.withoutQuotedIn(body);
        Signals.Remark remark = Signals.trailing(body);
        d.emphasis = remark.emphasis();
        body = withoutTrailingClause(Signals.withoutExplanation(body.substring(0, remark.start())));
        if (piece.titledEntry()) body = Sentences.sentencesAsParts(body);
        Aliases.Defined defined = Aliases.find(body);
        if (defined != null) {
            d.alias = defined.alias();
            body = defined.rest();
        }
        body = Parts.bracketedImprints(body);
        try {
            parser.parse(body, d);
        } catch (RuntimeException | StackOverflowError e) {
            // one unreadable citation must not cost the note: keep it raw, typed "other"
            d.fields = new Fields();
            d.shortKind = null;
            d.type = CitationType.OTHER;
            d.unparsed = true;
            d.warnings.add("could not parse \u201C" + abbreviate(raw) + "\u201D; kept as raw text");
        }
        authorNamedBefore(d);
        return d;
    }

    /**
     * "Compare, however, the more cautious view in I. Brownlie, Principles …": words of prose between a signal
     * and the work it introduces, ending in "in" before its author's full name; the text from the name on.
     */
    private static String withoutProseLeadIn(String afterSignal) {
        int s = 0;
        while (s < afterSignal.length() && (afterSignal.charAt(s) == ',' || afterSignal.charAt(s) == ' ')) s++;
        if (s >= afterSignal.length() || !Character.isLowerCase(afterSignal.charAt(s))) return afterSignal;
        // "see, most recently, Hanna Lutz, …": a few lower-case words set off by commas, then the citation
        int comma = afterSignal.indexOf(", ", s);
        if (comma > s && comma - s <= 30 && comma + 2 < afterSignal.length() && Character.isUpperCase(afterSignal.charAt(comma + 2))
                && fewLowerCaseWords(afterSignal, s, comma)) {
            return afterSignal.substring(comma + 2);
        }
        // "with the statement of its delegate fifteen years later, UN Doc. A/C.6/77/SR.20 (…)": a description of the document
        if (comma > s && NoteSplitter.describedDocumentAfter(afterSignal, s, comma)) return afterSignal.substring(comma + 2);
        int work = LeadIns.workAfterProseIn(Scan.of(afterSignal), s, afterSignal.length());
        if (work < 0) work = namesAfterDescription(afterSignal, s);
        if (work < 0) work = afterDescriptionColon(afterSignal, s);
        return work > s ? afterSignal.substring(work) : afterSignal;
    }

    /**
     * "cf. the more optimistic view of R. Ivers, ‘Consensus at Sea’ …": lower-case words describing the work, ending
     * in a preposition, before its author's names and a title; where the names start, or -1.
     */
    private static int namesAfterDescription(String text, int from) {
        int next = LeadIns.afterPrepositionLeadIn(text, from, text.length());
        if (next < 0) return -1;
        Scan scan = Scan.of(text);
        boolean cited = NoteSplitter.namesThenQuotedTitle(scan, next, text.length())
                || NoteSplitter.namesThenWork(scan, next, text.length())
                || NoteSplitter.shortFormToEnd(scan, next, text.length()); // "see the essays in Ober and Falk, Harbours, 101–40"
        return cited ? next : -1;
    }

    /**
     * "Cf. the Commission’s recommendations on the Norland submission: CLCS, Summary …": a description in lower
     * case, then a colon and the work described; where the work starts, or -1.
     */
    private static int afterDescriptionColon(String text, int from) {
        int colon = text.indexOf(": ", from);
        if (colon < 0 || colon - from > 120 || colon + 2 >= text.length() || !Character.isUpperCase(text.charAt(colon + 2))) return -1;
        for (int i = from; i < colon; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || Scan.isOpeningQuote(c) || c == '"' || c == '(' || c == ',') return -1;
        }
        return colon + 2;
    }

    /**
     * "…, pp. 174–6, who thinks it does not": a clause of prose after the pinpoint, opened by a relative pronoun
     * or a conjunction, is no part of the citation.
     */
    private static String withoutTrailingClause(String body) {
        for (int k = body.indexOf(", "); k > 0; k = body.indexOf(", ", k + 1)) {
            if (!Character.isDigit(body.charAt(k - 1))) continue;
            int w = k + 2;
            int e = w;
            while (e < body.length() && Character.isLowerCase(body.charAt(e))) e++;
            if (e < body.length() && body.charAt(e) == ' ' && (CLAUSE_OPENERS.contains(body.substring(w, e))
                    || VERBS_AFTER_SUBJECT.contains(body.substring(w, e)) || verbBeforeWord(body, w, e))) {
                return body.substring(0, k);
            }
            // "…, 166–68, is, I think, the better one": the work as the subject of a verb
            if (e < body.length() && (body.charAt(e) == ' ' || body.charAt(e) == ',') && COPULAS.contains(body.substring(w, e))) {
                return body.substring(0, k);
            }
        }
        return body;
    }

    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("who", "which", "whose", "where", "although",
            "though", "but", "whereas", "while", "since", "because", "unless", "yet", "thus", "hence");

    private static final java.util.Set<String> COPULAS = java.util.Set.of("is", "are", "was", "were", "remains", "remain", "seems");

    /** Auxiliaries and verbs of saying: "…, at pp. 270–4, would have us read …" makes the work the subject. */
    private static final java.util.Set<String> VERBS_AFTER_SUBJECT = java.util.Set.of("would", "will", "could", "can", "may",
            "might", "should", "must", "does", "did", "has", "had", "argues", "writes", "suggests", "insists", "concludes",
            "concedes", "observes", "thinks", "claims", "doubts", "denies");

    /**
     * "…, pp. 166–79, defends it with …", "…, at pp. 9–14, traces and finds wanting": a verb in the third person (a word of
     * five letters or more ending in s, no locator's label such as "paras" or "notes") or in the past tense, before another
     * lower-case word.
     */
    private static boolean verbBeforeWord(String body, int w, int e) {
        if (e + 1 >= body.length() || !Character.isLowerCase(body.charAt(e + 1))) return false;
        String word = body.substring(w, e);
        // "…, pp. 170–2, thought the weakest part …": or a verb in the past tense, not a participle of the citation itself
        if (PAST_TENSE.contains(word)) return true;
        if (e - w >= 5 && word.endsWith("ed") && !CITATION_PARTICIPLES.contains(word)) return true;
        if (e - w < 5 || body.charAt(e - 1) != 's' || body.charAt(e - 2) == 's') return false;
        return !Parts.isLocatorWord(word);
    }

    private static final java.util.Set<String> PAST_TENSE = java.util.Set.of("thought", "wrote", "said", "found", "held", "took",
            "gave", "saw", "made", "drew", "knew", "put", "read", "felt", "meant", "sought", "taught");

    /** Participles that go on a citation: "…, p. 5, cited in …", "…, 45, reprinted in …". */
    private static final java.util.Set<String> CITATION_PARTICIPLES = java.util.Set.of("cited", "quoted", "reprinted", "translated",
            "revised", "updated", "archived", "accessed", "edited", "emphasised", "emphasized", "amended", "adopted", "omitted",
            "added", "modified", "signed", "opened", "entered", "reported", "published", "decided", "dated", "filed", "vacated",
            "affirmed", "reversed", "overruled", "abrogated", "superseded", "noted", "codified", "enacted", "issued");

    /** Whether {@code text[from, to)} is one to four words of lower-case letters. */
    private static boolean fewLowerCaseWords(String text, int from, int to) {
        int words = 1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ' ') words++;
            else if (!Character.isLowerCase(c)) return false;
        }
        return words <= 4;
    }

    /** A signal governs the later citations of its sentence until another signal. */
    private static void inheritSignals(List<Draft> drafts) {
        for (int i = 1; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Draft prev = drafts.get(i - 1);
            if (d.signal == null && prev.signal != null && prev.sentence == d.sentence) {
                d.signal = prev.signal;
                d.signalInherited = true;
            }
        }
    }

    private static Citation toCitation(Draft d) {
        CitationType type = d.type == null ? CitationType.OTHER : d.type;
        return new Citation(d.position, d.raw, type, d.fields.build(), d.pinpoint, d.signal, d.signalInherited,
                d.emphasis, d.shortFormOf, d.containerFrom, d.workId);
    }

    /** Runs of white space (tabs, no-break spaces, line breaks) become one space; keeps the parse linear. */
    static String collapseSpaces(String s) {
        if (!needsCollapsing(s)) return s;
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ws = Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
            if (ws) {
                if (!space && b.length() > 0) b.append(' ');
                space = true;
            } else {
                b.append(c);
                space = false;
            }
        }
        int n = b.length();
        if (n > 0 && b.charAt(n - 1) == ' ') b.setLength(n - 1);
        return b.toString();
    }

    private static boolean needsCollapsing(String s) {
        int n = s.length();
        if (n > 0 && (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ')) return true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (i + 1 < n && s.charAt(i + 1) == ' ') return true;
            } else if (c < 0x21 || c == '\u00A0' || c == '\u2007' || c == '\u202F' || (c > 0x7F && Character.isWhitespace(c))) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
