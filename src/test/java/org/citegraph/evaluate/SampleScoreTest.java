package org.citegraph.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.notes.NotesParser;
import org.citegraph.page.PageReader;

/** The sample article scores at least 0.98 on fields and on grouping against its gold annotation. */
class SampleScoreTest {

    static Path gold() {
        for (String candidate : new String[] {"../shared/gold/hadano-2023.json", "../../shared/gold/hadano-2023.json"}) {
            Path p = Path.of(candidate);
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    @Test
    void sampleScoresAtLeast098() throws Exception {
        Path gold = gold();
        assumeTrue(gold != null, "gold file not present next to the project");
        Article article = new NotesParser().parse(new PageReader().read(Path.of("examples/hadano-2023.txt")));
        EvaluationReport report = new GoldEvaluator().evaluate(gold, article);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/notes-sample-report.txt"), report.toText(), StandardCharsets.UTF_8);
        assertThat(report.goldCitations()).isEqualTo(184);
        assertThat(report.overallF1()).isGreaterThanOrEqualTo(0.98);
        assertThat(report.workGroupingF1()).isGreaterThanOrEqualTo(0.98);
    }
}
