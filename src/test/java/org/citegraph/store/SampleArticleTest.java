package org.citegraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.citegraph.model.Article;
import org.citegraph.notes.NotesParser;
import org.citegraph.page.PageReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample article (examples/hadano-2023.txt) through the whole pipeline — page reader, notes
 * parser, RDF mapping, TDB2 — and every shipped query on it. The expected results sit next to this
 * class (hadano-2023/*.csv); they were checked against the hand annotation of the article: all 184
 * citations field by field, and the per-work, per-author, co-citation, pinpoint, URL and year
 * counts.
 */
class SampleArticleTest {

    private static GraphStore store;
    private static GraphStore.Loaded loaded;

    @BeforeAll
    static void load() throws Exception {
        Article article = new NotesParser().parse(new PageReader().read(Path.of("examples/hadano-2023.txt")));
        store = GraphStore.inMemory();
        loaded = store.load(article);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<String> queries() throws IOException {
        return QueryLibraryTest.names();
    }

    @Test
    void everyNoteAndCitationIsMapped() {
        assertThat(loaded.problems()).isEmpty();
        assertThat(QueryLibrary.load("references").rows(store.dataset(), Map.of())).hasSize(184);
    }

    @Test
    void citationsHaveTheirSignalsEmphasisPinpointsAndUrls() {
        List<Map<String, String>> rows = QueryLibrary.load("references").rows(store.dataset(), Map.of());
        assertThat(rows.stream().filter(r -> r.containsKey("signal"))).hasSize(26);
        assertThat(rows.stream().filter(r -> r.containsKey("emphasis"))).hasSize(10);
        assertThat(rows.stream().filter(r -> r.containsKey("pinpoint"))).hasSize(132);
        assertThat(rows.stream().filter(r -> r.containsKey("un_symbol"))).hasSize(17);
        assertThat(rows.stream().map(r -> r.get("work")).distinct()).hasSize(102);
    }

    @ParameterizedTest
    @MethodSource("queries")
    void everyQueryGivesTheCheckedResult(String query) throws IOException {
        String expected = expected(query);
        String actual = QueryLibrary.load(query).write(store.dataset(), Map.of(), ResultFormat.CSV).replace("\r\n", "\n");
        assertThat(actual).isEqualTo(expected);
    }

    private static String expected(String query) throws IOException {
        try (InputStream in = SampleArticleTest.class.getResourceAsStream("hadano-2023/" + query + ".csv")) {
            assertThat(in).as("expected result for " + query).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
