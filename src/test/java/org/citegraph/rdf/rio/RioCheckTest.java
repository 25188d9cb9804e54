package org.citegraph.rdf.rio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.citegraph.model.Article;
import org.citegraph.rdf.ArticleFixture;
import org.citegraph.rdf.ArticleMapper;
import org.citegraph.rdf.ArticleRdfWriter;
import org.citegraph.rdf.RdfFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every output format, re-read by RDF4J Rio, holds exactly the statements Jena holds. */
class RioCheckTest {

    private final ArticleMapper mapper = new ArticleMapper();
    private final ArticleRdfWriter writer = new ArticleRdfWriter(mapper);
    private final Article article = ArticleFixture.article();

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void rioReadsBackExactlyWhatJenaWrote(RdfFormat format) {
        DatasetGraph dataset = writer.toDataset(article);
        byte[] output = write(dataset, format);

        RioCheck.Result result = format.isQuads()
                ? RioCheck.check(output, format, dataset)
                : RioCheck.check(output, format, dataset.getGraph(mapper.graphName(article)));

        assertThat(result.isomorphic()).as(result.message()).isTrue();
        assertThat(result.parsedStatements()).isEqualTo(result.expectedStatements()).isGreaterThan(500);
    }

    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = {"NQUADS", "TRIG", "JSONLD"})
    void quadFormatsKeepTheNamedGraph(RdfFormat format) {
        String output = writer.write(article, format);
        assertThat(output).contains("http://localhost:3030/graph/fixture-2023");
    }

    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = {"TURTLE", "NTRIPLES", "RDFXML"})
    void tripleFormatsCarryTheArticleGraphOnly(RdfFormat format) {
        String output = writer.write(article, format);
        assertThat(output).doesNotContain("http://localhost:3030/graph/").contains("http://localhost:3030/article/fixture-2023");
    }

    @Test
    void aChangedStatementIsReported() {
        DatasetGraph dataset = writer.toDataset(article);
        byte[] output = write(dataset, RdfFormat.NQUADS);
        Node graph = mapper.graphName(article);
        dataset.add(Quad.create(graph, NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("o")));

        RioCheck.Result result = RioCheck.check(output, RdfFormat.NQUADS, dataset);

        assertThat(result.isomorphic()).isFalse();
        assertThat(result.message()).contains("missing").contains("urn:x:s");
    }

    @Test
    void unparseableOutputIsReportedNotThrown() {
        Graph graph = writer.toGraph(article);
        RioCheck.Result result = RioCheck.check("<a> <b> .".getBytes(StandardCharsets.UTF_8), RdfFormat.TURTLE, graph);
        assertThat(result.isomorphic()).isFalse();
        assertThat(result.message()).startsWith("Rio could not parse the turtle output");
    }

    private byte[] write(DatasetGraph dataset, RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(dataset, mapper.graphName(article), format, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void severalArticlesShareTheirWorksAndKeepTheirGraphs(RdfFormat format) {
        Article second = new Article("second-2024.txt", article.metadata(), article.notes().subList(0, 2), article.works(), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(writer.write(List.of(article, second), format, out)).isEmpty();

        DatasetGraph expected = writer.toDataset(article);
        writer.toDataset(second).find().forEachRemaining(expected::add);
        RioCheck.Result result;
        if (format.isQuads()) {
            result = RioCheck.check(out.toByteArray(), format, expected);
        } else {
            Graph union = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            expected.find().forEachRemaining(q -> union.add(q.asTriple()));
            result = RioCheck.check(out.toByteArray(), format, union);
        }
        assertThat(result.isomorphic()).as(result.message()).isTrue();
    }
}
