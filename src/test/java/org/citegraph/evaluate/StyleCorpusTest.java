package org.citegraph.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-annotated style corpus (src/test/resources/corpus, see its README): each invented
 * article is read and parsed as the {@code evaluate} command does, scored against its gold file,
 * and must reach its combined score. The report goes to target/corpus-NAME-report.txt and, on a
 * failure, into the assertion message. Each gold file keeps the sample gold's layout.
 */
class StyleCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "chicago-us-notes, 0.95",
        "law-review-notes, 0.95",
        "author-date-references, 0.95",
        "chicago-us-notes-2, 0.95",
        "law-review-notes-2, 0.95",
        "author-date-references-2, 0.95",
        "chicago-us-notes-3, 0.95",
        "law-review-notes-3, 0.95",
        "author-date-references-3, 0.95",
    })
    void corpusArticleReachesItsCombinedScore(String name, double threshold) throws Exception {
        CorpusArticles.Scored scored = CorpusArticles.score(CORPUS, name, "corpus");
        assertThat(scored.report().combined()).as("%s%n%s", name, scored.text()).isGreaterThanOrEqualTo(threshold);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chicago-us-notes", "law-review-notes", "author-date-references",
        "chicago-us-notes-2", "law-review-notes-2", "author-date-references-2",
        "chicago-us-notes-3", "law-review-notes-3", "author-date-references-3"})
    void goldFileKeepsTheGoldLayout(String name) throws Exception {
        assertThat(CorpusArticles.layoutProblems(CORPUS.resolve(name + ".json"))).as(name).isEmpty();
    }
}
