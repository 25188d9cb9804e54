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
