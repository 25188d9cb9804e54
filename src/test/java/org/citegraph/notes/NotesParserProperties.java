package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.citegraph.model.Article;
import org.citegraph.model.ArticlePage;
import org.citegraph.model.Citation;
import org.citegraph.model.NoteText;

/**
 * Adversarial notes up to 100 kB: runs of delimiters, half-open quotes and brackets, endless
 * names, symbols and locators. Every note must finish (a generous bound guards against
 * catastrophic backtracking), never throw, and never hit the parser's last-resort catch.
 */
class NotesParserProperties {

    private static final List<String> TOKENS = List.of(
            "‘", "’", "“", "”", "\"", "'", "(", ")", "[", "]", "{", "}", ";", "; ", ",", ", ", ".", ". ", ":", " ",
            "–", "-", "/", "p. ", "pp. ", "12", "471–88", "(p. 3)", "27:3", "(2001)", "See ", "See also ", "see ",
            "Ibid.", "Id. at ", "supra note 4", "(n 2)", "op. cit.", "UN Doc ", "U.N. Doc. ", "A/RES/", "S/PV.",
            "7796", "(eds)", "(ed.)", " and ", " & ", "et al.", "Jr.", "de ", "van ", "Barry ", "Buzan", "Smith, ",
            "J. ", "in ", "ed. ", "trans. ", "available at: {", "https://x.org/a?b=1&c=2", "www.", "accessed ",
            "3 May 2020", "May 3, 2020", "(Oxford: OUP, 2004)", "(Place: ", "Publisher, ", "v. ", " v ", "[2004] ",
            "UKHL 56", "95 Harv. L. Rev. 1", "U.N.T.S.", "emphasis added", "emphasis in original", "no. 5",
            "vol. 2", "para. 4", "¶ ", "§ ", "doi:10.1/x", "Šćepanović", "\u00A0", "\t", "\n", "—", "…", "?", "!",
            "Review of International Studies", "n.d.", "2015a", "G.A. Res. 48/237", "In: ", "(Eds.), ", "Press");

    @Provide
    Arbitrary<String> tokenSoup() {
        return Arbitraries.of(TOKENS).list().ofMinSize(0).ofMaxSize(3000).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> longRuns() {
        Arbitrary<String> token = Arbitraries.of(TOKENS);
        Arbitrary<Integer> size = Arbitraries.integers().between(1_000, 100_000);
        return Combinators.combine(token, token, size).as((a, b, n) -> {
            StringBuilder s = new StringBuilder(n + 64);
            while (s.length() < n) s.append(a);
            s.append(b);
            return s.toString();
        });
    }

    @Provide
    Arbitrary<String> repeatedCitations() {
        Arbitrary<String> citation = Arbitraries.of(
                "Barry Buzan, ‘Title of it’, Review of Things, 27:3 (2001), pp. 471–88 (p. 479)",
                "Buzan, Short Title, p. 5",
                "UN Doc S/PV.1234, 28 October 2016, p. 23",
                "S/PV.1234, p. 10",
                "Ibid., 4",
                "See A. B. Writer, Book Title (New York: Press, 2019), 4, 6",
                "Name v. Other, 547 U.S. 301, 309 (2006)",
                "Writer, supra note 1, at 5",
                "Okafor, K. (2015a) Book Title. London: Press.");
        Arbitrary<Integer> count = Arbitraries.integers().between(1, 1_500);
        Arbitrary<String> sep = Arbitraries.of("; ", ". ", " ", ", ", ";", "");
        return Combinators.combine(citation, count, sep).as((c, n, s) -> String.join(s, java.util.Collections.nCopies(n, c)));
    }

    @Property(tries = 60)
    void tokenSoupNeverBreaksTheParser(@ForAll("tokenSoup") String note) {
        check(note);
    }

    @Property(tries = 30)
    void longRunsFinishInLinearTime(@ForAll("longRuns") String note) {
        check(note);
    }

    @Property(tries = 30)
    void manyCitationsInOneNoteFinish(@ForAll("repeatedCitations") String note) {
        check(note);
    }

    /** The notes of every corpus article, in order: real note shapes to damage. */
    private static final List<List<NoteText>> CORPUS = corpusNotes();

    private static List<List<NoteText>> corpusNotes() {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of("src/test/resources/corpus"))) {
            List<java.nio.file.Path> texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            List<List<NoteText>> out = new java.util.ArrayList<>();
            for (java.nio.file.Path f : texts) out.add(new org.citegraph.page.PageReader().read(f).notes());
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the corpus", e);
        }
    }

    private static final List<String> INSERTS = List.of(",", ", at ", " (", ")", "“", "’", ";", ". ", " v. ", " at ", "/",
            ", para. ", " ed. ", " [hereinafter X]", " (", "supra note 3, ", "Id. ", " 12", " art. 4");

    /**
     * A real note from the corpus, damaged once (cut short, a span or a word or a part dropped, a
     * mark or word inserted), parsed after the notes that precede it: no citation may fall back to
     * raw text. The parser's last-resort catch hides what would otherwise be a crash, so this finds
     * the index arithmetic that only odd text reaches.
     */
    @Property(tries = 300)
    void damagedRealNotesNeverFallBackToRawText(@ForAll("damage") int[] damage) {
        List<NoteText> article = CORPUS.get(damage[0] % CORPUS.size());
        int n = damage[1] % article.size();
        String text = damaged(article.get(n).text(), damage[2], damage[3], damage[4]);
        List<NoteText> notes = new java.util.ArrayList<>(article.subList(0, n));
        notes.add(new NoteText(n + 1, n + 1, text));
        Article parsed = new NotesParser().parse(new ArticlePage("damaged.txt", SamplePages.emptyMetadata(), notes, List.of()));
        assertThat(parsed.diagnostics()).as(text).noneSatisfy(d -> assertThat(d.message()).contains("could not"));
    }

    @Provide
    Arbitrary<int[]> damage() {
        Arbitrary<Integer> any = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        return Combinators.combine(any, any, Arbitraries.integers().between(0, 5), any, any)
                .as((article, note, kind, at, extra) -> new int[] {article, note, kind, at, extra});
    }

    private static String damaged(String t, int kind, int at, int extra) {
        if (t.length() < 4) return t;
        int i = at % t.length();
        String[] words = t.split(" ");
        String[] parts = t.split(", ");
        return switch (kind) {
            case 0 -> t.substring(0, Math.max(1, i));
            case 1 -> t.substring(0, i) + t.substring(Math.min(t.length(), i + 1 + extra % 12));
            case 2 -> String.join(" ", without(words, at % words.length));
            case 3 -> t.substring(0, i) + INSERTS.get(extra % INSERTS.size()) + t.substring(i);
            case 4 -> t.substring(i);
            default -> String.join(", ", without(parts, at % parts.length));
        };
    }

    private static List<String> without(String[] items, int k) {
        List<String> l = new java.util.ArrayList<>(List.of(items));
        l.remove(k);
        return l;
    }

    private static void check(String note) {
        ArticlePage page = new ArticlePage("adversarial.txt", SamplePages.emptyMetadata(),
                List.of(new NoteText(1, 1, "Barry Buzan, Short Title (London: Press, 2000)."), new NoteText(2, 2, note)),
                List.of());
        Article article = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new NotesParser().parse(page));
        assertThat(article.notes()).hasSize(2);
        assertThat(article.notes().get(1).parsed()).isTrue();
        assertThat(article.diagnostics()).noneSatisfy(d -> assertThat(d.message()).contains("could not"));
        for (Citation c : article.notes().get(1).citations()) {
            assertThat(c.workId()).isNotNull();
            assertThat(article.work(c.workId())).isPresent();
        }
    }
}
