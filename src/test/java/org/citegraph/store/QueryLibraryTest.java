package org.citegraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.citegraph.model.Article;
import org.citegraph.rdf.ArticleFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class QueryLibraryTest {

    private static GraphStore store;

    @BeforeAll
    static void load() {
        store = GraphStore.inMemory();
        Article fixture = ArticleFixture.article();
        store.load(fixture);
        // a second article citing two of the same works, in its own graph
        store.load(new Article("second-2024.txt", fixture.metadata(), fixture.notes().subList(0, 2), fixture.works(), List.of()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The queries of the project's queries/ folder (the test classpath may hold others). */
    static List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
    }

    @Test
    void theLibraryShipsTheExpectedQueries() throws IOException {
        assertThat(QueryLibrary.names()).containsAll(names()).contains("references", "article", "works-most-cited", "authors-most-cited",
                "un-documents", "citation-types", "co-cited", "pinpoints", "notes-without-citation");
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyQueryExplainsItselfAndTakesAnArticle(String name) {
        StoredQuery query = QueryLibrary.load(name);
        assertThat(query.description()).contains("Answers:").contains("Parameters:").contains("Columns:");
        assertThat(query.parameters()).containsExactly("article");
        for (String column : query.columns()) assertThat(query.description()).as(name).contains(column);
    }

    @Test
    void referencesHasExactlyTheAgreedColumns() {
        assertThat(QueryLibrary.load("references.rq").columns()).containsExactly("note", "position", "type", "work", "title",
                "container", "authors", "editors", "volume", "issue", "year", "date", "publisher", "place", "pages",
                "pinpoint", "url", "un_symbol", "signal", "emphasis", "raw");
    }

    @Test
    void theArticleParameterRestrictsToOneArticle() {
        StoredQuery references = QueryLibrary.load("references");
        var fixture = NodeFactory.createURI("http://localhost:3030/article/fixture-2023");
        var second = NodeFactory.createURI("http://localhost:3030/article/second-2024");
        assertThat(references.rows(store.dataset(), Map.of())).hasSize(18 + 4);
        assertThat(references.rows(store.dataset(), Map.of("article", fixture))).hasSize(18);
        assertThat(references.rows(store.dataset(), Map.of("article", second)))
                .extracting(r -> r.get("note") + "-" + r.get("position")).containsExactly("1-0", "1-1", "2-0", "2-1");
        List<Map<String, String>> mostCited = QueryLibrary.load("works-most-cited").rows(store.dataset(), Map.of());
        assertThat(mostCited.get(0)).containsEntry("work", "http://localhost:3030/works/buzan-2004-international-world-society")
                .containsEntry("citations", "5");
        assertThatThrownBy(() -> references.rows(store.dataset(), Map.of("nosuch", fixture)))
                .hasMessageContaining("no parameter ?nosuch");
    }

    @ParameterizedTest
    @EnumSource(ResultFormat.class)
    void resultsComeInEveryW3cFormat(ResultFormat format) {
        String out = QueryLibrary.load("notes-without-citation").write(store.dataset(), Map.of(), format);
        assertThat(out).contains("I thank one of the anonymous reviewers");
        switch (format) {
            case JSON -> assertThat(out).contains("\"vars\"").contains("\"bindings\"");
            case XML -> assertThat(out).contains("<sparql").contains("<binding name=\"text\">");
            case TSV -> assertThat(out).startsWith("?article\t?note\t?text");
            case CSV -> assertThat(out).startsWith("article,note,text");
            case TEXT -> assertThat(out).contains("| article").contains("=====");
        }
        assertThat(ResultFormat.of(format.label())).contains(format);
    }

    @Test
    void queriesCanComeFromAnyFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("count.rq");
        Files.writeString(file, "# Counts footnotes.\n# Parameters: none\nPREFIX doco: <http://purl.org/spar/doco/>\n"
                + "SELECT (COUNT(?n) AS ?notes) WHERE { ?n a doco:Footnote }\n");
        StoredQuery query = QueryLibrary.fromFile(file);
        assertThat(query.name()).isEqualTo("count");
        assertThat(query.description()).startsWith("Counts footnotes.");
        assertThat(query.rows(store.dataset(), Map.of())).containsExactly(Map.of("notes", "12"));
    }

    @Test
    void badQueriesAreReportedWithTheirOrigin(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.rq");
        Files.writeString(file, "SELECT ?x WHERE { ?x ?p }\n");
        assertThatThrownBy(() -> QueryLibrary.fromFile(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ":1:");
        assertThatThrownBy(() -> QueryLibrary.load("no-such-query")).hasMessageContaining("available: [");
        assertThatThrownBy(() -> QueryLibrary.load("../pom.xml")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aJournalAndDoiOnThePageShowInTheArticleRow() {
        Article fixture = ArticleFixture.article();
        var m = fixture.metadata();
        var withJournal = new org.citegraph.model.ArticleMetadata(m.title(), m.authors(), m.publishedOnline(), m.publisher(),
                m.onBehalfOf(), m.type(), m.copyright(), m.abstractText(), "Review of International Studies", "10.1017/S0260210523000530");
        try (GraphStore own = GraphStore.inMemory()) {
            own.load(new Article("journal-2023.txt", withJournal, fixture.notes().subList(0, 1), fixture.works(), List.of()));
            Map<String, String> row = QueryLibrary.load("article").rows(own.dataset(), Map.of()).get(0);
            assertThat(row).containsEntry("journal", "Review of International Studies")
                    .containsEntry("doi", "10.1017/s0260210523000530").containsEntry("citations", "2");
        }
    }
}
