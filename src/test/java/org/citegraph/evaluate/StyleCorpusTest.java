package org.citegraph.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.citegraph.model.Article;
import org.citegraph.notes.NotesParser;
import org.citegraph.page.ArticleReader;
import org.citegraph.page.InputFormat;

/**
 * The hand-annotated style corpus (src/test/resources/corpus, see its README): each invented
 * article is read and parsed as the {@code evaluate} command does, scored against its gold file,
 * and must reach its combined score. The report goes to target/corpus-NAME-report.txt and, on a
 * failure, into the assertion message.
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
        Article article = new NotesParser().parse(new ArticleReader().read(CORPUS.resolve(name + ".txt"), InputFormat.AUTO));
        EvaluationReport report = new GoldEvaluator().evaluate(CORPUS.resolve(name + ".json"), article);
        String text = report.toText();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/corpus-" + name + "-report.txt"), text, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "corpus %s: fields %.4f, grouping %.4f, combined %.4f%n", name,
                report.overallF1(), report.workGroupingF1(), report.combined());
        assertThat(report.combined()).as("%s%n%s", name, text).isGreaterThanOrEqualTo(threshold);
    }
}
