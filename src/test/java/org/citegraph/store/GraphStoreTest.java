package org.citegraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.citegraph.model.Article;
import org.citegraph.model.BibFields;
import org.citegraph.model.CitationType;
import org.citegraph.model.Work;
import org.citegraph.rdf.ArticleFixture;
import org.citegraph.rdf.ArticleMapper;
import org.citegraph.rdf.ArticleRdfWriter;
import org.citegraph.rdf.RdfFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphStoreTest {

    private final Article article = ArticleFixture.article();

    @Test
    void reloadingAnArticleNeitherDuplicatesNorLosesData() {
        try (GraphStore store = GraphStore.inMemory()) {
            Node graph = store.load(article).graph();
            long first = store.size(graph);
            store.load(article);
            store.load(article);
            assertThat(first).isGreaterThan(500);
            assertThat(store.size(graph)).isEqualTo(first);
            assertThat(store.graphs()).containsExactly(graph);
            assertThat(store.size()).isEqualTo(first);
        }
    }

    @Test
    void aTdb2DirectoryKeepsItsDataWhenReopened(@TempDir Path dir) {
        Node graph;
        long size;
        try (GraphStore store = GraphStore.onDisk(dir)) {
            graph = store.load(article).graph();
            size = store.size(graph);
        }
        try (GraphStore reopened = GraphStore.onDisk(dir)) {
            assertThat(reopened.graphs()).containsExactly(graph);
            assertThat(reopened.size(graph)).isEqualTo(size);
            reopened.load(article);
            assertThat(reopened.size(graph)).isEqualTo(size);
        }
    }

    @Test
    void loadingAChangedArticleReplacesItsGraph() {
        try (GraphStore store = GraphStore.inMemory()) {
            Node graph = store.load(article).graph();
            long full = store.size(graph);
            Article shorter = new Article(article.source(), article.metadata(), article.notes().subList(0, 3),
                    article.works(), List.of());
            store.load(shorter);
            assertThat(store.size(graph)).isLessThan(full);
            assertThat(countOf(store, "ASK { ?ref <http://purl.org/spar/c4o/hasContent> \"UN Doc S/PV.7796, 28 October 2016, p. 23\" }"))
                    .isZero();
        }
    }

    @Test
    void aFailedLoadKeepsThePreviousVersion() {
        try (GraphStore store = GraphStore.inMemory()) {
            Node graph = store.load(article).graph();
            long before = store.size(graph);
            Article shorter = new Article(article.source(), article.metadata(), article.notes().subList(0, 1), article.works(), List.of());
            Article nameless = new Article(null, null, List.of(), List.of(), List.of());

            assertThatThrownBy(() -> store.loadAll(List.of(shorter, nameless))).isInstanceOf(IllegalArgumentException.class);
            assertThat(store.size(graph)).isEqualTo(before);
            assertThat(store.graphs()).containsExactly(graph);
        }
    }

    @Test
    void aWorkThatCannotBeMappedIsReportedAndTheRestIsLoaded() {
        try (GraphStore store = GraphStore.inMemory()) {
            List<Work> works = new ArrayList<>(article.works());
            works.add(new Work(" ", CitationType.BOOK, BibFields.EMPTY, List.of(), new org.citegraph.model.CitationRef(3, 0), null));
            Article withBadWork = new Article(article.source(), article.metadata(), article.notes(), works, List.of());

            GraphStore.Loaded loaded = store.load(withBadWork);

            assertThat(loaded.problems()).hasSize(1);
            assertThat(loaded.problems().get(0).toString())
                    .startsWith("fixtures/fixture-2023.txt:106: note 3: error: cited work ' ' not mapped");
            assertThat(countOf(store, "SELECT (COUNT(*) AS ?n) { ?r a <http://purl.org/spar/biro/BibliographicReference> }")).isEqualTo(18);
        }
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheArticleGraphs() {
        try (GraphStore store = GraphStore.inMemory()) {
            Article other = new Article("other-2024.txt", article.metadata(), article.notes().subList(0, 1), article.works(), List.of());
            List<Node> graphs = store.loadAll(List.of(article, other)).stream().map(GraphStore.Loaded::graph).toList();
            assertThat(store.graphs()).containsExactlyInAnyOrderElementsOf(graphs);
            // Both articles cite Buzan (2001): one node, cited from two graphs.
            assertThat(countOf(store, "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a <http://purl.org/spar/cito/cites> "
                    + "<http://localhost:3030/works/buzan-2001-english-school> }")).isEqualTo(2);
            assertThat(store.remove(graphs.get(1))).isTrue();
            assertThat(store.remove(graphs.get(1))).isFalse();
            assertThat(store.graphs()).containsExactly(graphs.get(0));
        }
    }

    private static long countOf(GraphStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                if (query.startsWith("ASK")) return qe.execAsk() ? 1L : 0L;
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void rdfFilesAreLoadedAsTheyAre(@TempDir Path dir) throws Exception {
        ArticleRdfWriter writer = new ArticleRdfWriter(new ArticleMapper());
        Path trig = dir.resolve("fixture.trig");
        Path turtle = dir.resolve("fixture.ttl");
        Files.writeString(trig, writer.write(article, RdfFormat.TRIG));
        Files.writeString(turtle, writer.write(article, RdfFormat.TURTLE));
        try (GraphStore store = GraphStore.inMemory()) {
            store.loadRdf(trig);
            Node fileGraph = store.loadRdf(turtle);
            store.loadRdf(turtle);
            Node articleGraph = NodeFactory.createURI("http://localhost:3030/graph/fixture-2023");
            assertThat(store.graphs()).containsExactlyInAnyOrder(articleGraph, fileGraph);
            assertThat(store.size(fileGraph)).isEqualTo(store.size(articleGraph));
            assertThat(fileGraph.getURI()).startsWith("file:").endsWith("/fixture.ttl");
            assertThatThrownBy(() -> store.loadRdf(dir.resolve("notes.txt"))).hasMessageContaining("not a recognised RDF file name");
        }
    }
}
