package org.citegraph.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.citegraph.export.OcdmStrict;
import org.citegraph.model.Article;
import org.citegraph.notes.NotesParser;
import org.citegraph.page.ArticleReader;
import org.citegraph.page.InputFormat;
import org.citegraph.rdf.ArticleMapper;
import org.citegraph.testing.SampleArticles;
import org.junit.jupiter.api.Test;

/**
 * What the RDF stage actually writes conforms to the shapes and uses only declared terms, for a
 * hand-built article and for the sample article read through the whole pipeline; so does its
 * OCDM-strict form, which also has at most two types per entity.
 */
class MappedOutputTest {

    static Graph mapped(Article article) {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        ArticleMapper mapper = new ArticleMapper();
        mapper.map(article, StreamRDFLib.dataset(ds));
        return ds.getGraph(mapper.graphName(article));
    }

    static Article sample() throws Exception {
        return new NotesParser().parse(new ArticleReader().read(Path.of("examples/hadano-2023.txt"), InputFormat.AUTO));
    }

    @Test
    void handBuiltArticleConforms() {
        Graph g = mapped(SampleArticles.article());
        ValidationReport report = Validator.standard().validate(g);
        assertThat(report.problems()).as(report.toText()).isEmpty();
    }

    /** The framed JSON-LD of real mapper output loses nothing: read back, it is the same graph. */
    @Test
    void framedJsonLdOfMapperOutputReadsBackToTheSameGraph() throws Exception {
        assertFramedJsonLdReadsBack(SampleArticles.article());
    }

    private static void assertFramedJsonLdReadsBack(Article article) throws Exception {
        Graph g = mapped(article);
        java.io.StringWriter out = new java.io.StringWriter();
        org.citegraph.export.FramedJsonLdWriter.write(g, new ArticleMapper().articleNode(article).getURI(), out);
        Graph back = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString(out.toString(), org.apache.jena.riot.Lang.JSONLD).parse(back);
        assertThat(org.apache.jena.sparql.util.IsoMatcher.isomorphic(g, back)).isTrue();
    }

    @Test
    void sampleArticleThroughThePipelineConforms() throws Exception {
        Graph g = mapped(sample());
        assertThat(g.size()).isGreaterThan(1000);
        ValidationReport report = Validator.standard().validate(g);
        assertThat(report.problems()).as(report.toText()).isEmpty();
    }

    static Article authorDate() throws Exception {
        return new NotesParser().parse(new ArticleReader().read(Path.of("src/test/resources/corpus/author-date-references.txt"), InputFormat.AUTO));
    }

    @Test
    void aReferenceListArticleThroughThePipelineConformsAndSoDoesItsStrictForm() throws Exception {
        Graph g = mapped(authorDate());
        ValidationReport report = Validator.standard().validate(g);
        assertThat(report.problems()).as(report.toText()).isEmpty();
        Graph strict = OcdmStrict.transform(g);
        ValidationReport strictReport = Validator.standard().validate(strict);
        assertThat(strictReport.problems()).as(strictReport.toText()).isEmpty();
        Node list = NodeFactory.createURI("http://localhost:3030/article/author-date-references/reference-list");
        assertThat(strict.find(list, RDF.type.asNode(), Node.ANY).mapWith(t -> t.getObject().getURI()).toSet())
                .containsExactlyInAnyOrder("http://purl.org/spar/deo/DiscourseElement", "http://purl.org/spar/doco/BibliographicReferenceList");
        assertThat(strict.find(list, NodeFactory.createURI("http://purl.org/vocab/frbr/core#part"), Node.ANY).toList()).isNotEmpty();
        Node entry = NodeFactory.createURI("http://localhost:3030/article/author-date-references/reference-list/1");
        assertThat(strict.find(entry, RDF.type.asNode(), Node.ANY).mapWith(t -> t.getObject().getURI()).toSet())
                .containsExactlyInAnyOrder("http://purl.org/spar/deo/DiscourseElement", "http://purl.org/spar/deo/BibliographicReference");
    }

    @Test
    void framedJsonLdOfAReferenceListArticleReadsBackToTheSameGraph() throws Exception {
        assertFramedJsonLdReadsBack(authorDate());
    }

    @Test
    void strictFormOfTheSampleConformsWithAtMostTwoTypes() throws Exception {
        Graph strict = OcdmStrict.transform(mapped(sample()));
        ValidationReport report = Validator.standard().validate(strict);
        assertThat(report.problems()).as(report.toText()).isEmpty();
        Map<Node, Set<Node>> types = new HashMap<>();
        strict.find(Node.ANY, RDF.type.asNode(), Node.ANY)
                .forEachRemaining(t -> types.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject()));
        assertThat(types).isNotEmpty().allSatisfy((entity, set) -> assertThat(set).as(entity.toString()).hasSizeLessThanOrEqualTo(2));
        strict.find().forEachRemaining(t -> assertThat(t.getPredicate().getURI()).doesNotStartWith("http://purl.org/ontology/bibo/"));
    }
}
