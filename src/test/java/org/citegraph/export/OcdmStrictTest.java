package org.citegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.vocabulary.RDF;
import org.citegraph.validate.ValidationReport;
import org.citegraph.validate.Validator;
import org.junit.jupiter.api.Test;

class OcdmStrictTest {

    static final String FABIO = "http://purl.org/spar/fabio/";
    static final String DATACITE = "http://purl.org/spar/datacite/";
    static final String LITERAL_VALUE = "http://www.essepuntato.it/2010/06/literalreification/hasLiteralValue";

    /** OCDM 2.1's properties (spec "Mapping with OWL"), the only ones strict output may use. */
    static final Set<String> OCDM_PROPERTIES = Set.of(
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/2000/01/rdf-schema#label",
            "http://purl.org/dc/terms/title", FABIO + "hasSubtitle", "http://purl.org/vocab/frbr/core#partOf",
            "http://purl.org/spar/cito/cites", "http://prismstandard.org/namespaces/basic/2.0/publicationDate",
            "http://purl.org/vocab/frbr/core#embodiment", FABIO + "hasSequenceIdentifier",
            "http://prismstandard.org/namespaces/basic/2.0/edition", "http://purl.org/vocab/frbr/core#part",
            "http://purl.org/spar/pro/isDocumentContextFor", "http://purl.org/dc/terms/relation",
            DATACITE + "hasIdentifier", "http://prismstandard.org/namespaces/basic/2.0/startingPage",
            "http://prismstandard.org/namespaces/basic/2.0/endingPage", "http://purl.org/vocab/frbr/core#exemplar",
            "http://purl.org/dc/terms/format", "http://xmlns.com/foaf/0.1/name", "http://xmlns.com/foaf/0.1/givenName",
            "http://xmlns.com/foaf/0.1/familyName", "http://purl.org/spar/pro/withRole", "http://purl.org/spar/pro/isHeldBy",
            "https://w3id.org/oc/ontology/hasNext", DATACITE + "usesIdentifierScheme", LITERAL_VALUE,
            "http://purl.org/spar/c4o/hasContent", "http://purl.org/spar/biro/references",
            "https://w3id.org/oc/ontology/hasAnnotation", "http://purl.org/spar/cito/hasCitingEntity",
            "http://purl.org/spar/cito/hasCitedEntity", "http://purl.org/spar/cito/hasCitationCreationDate",
            "http://purl.org/spar/cito/hasCitationTimeSpan", "http://purl.org/spar/cito/hasCitationCharacterization",
            "http://www.w3.org/ns/oa#hasBody", "http://www.w3.org/ns/oa#hasTarget");

    static Graph source(String update) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source("src/test/resources/validate/valid.ttl").parse(g);
        if (update != null) UpdateAction.parseExecute("""
                PREFIX bibo: <http://purl.org/ontology/bibo/>
                PREFIX fabio: <http://purl.org/spar/fabio/>
                PREFIX literal: <http://www.essepuntato.it/2010/06/literalreification/>
                PREFIX br: <https://example.org/t/br/>
                PREFIX id: <https://example.org/t/id/>
                """ + update, g);
        return g;
    }

    static Map<Node, Set<Node>> types(Graph g) {
        Map<Node, Set<Node>> types = new HashMap<>();
        g.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t ->
                types.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject()));
        return types;
    }

    @Test
    void noEntityHasMoreThanTwoTypesAndResourcesAreExpressionPlusOne() {
        Graph strict = OcdmStrict.transform(source("INSERT DATA { br:2 a fabio:Excerpt , fabio:Letter }"));
        Map<Node, Set<Node>> types = types(strict);
        assertThat(types).isNotEmpty();
        types.forEach((entity, set) -> assertThat(set).as(entity.toString()).hasSizeBetween(1, 2));
        Node expression = NodeFactory.createURI(FABIO + "Expression");
        assertThat(types.get(NodeFactory.createURI("https://example.org/t/br/2")))
                .containsExactlyInAnyOrder(expression, NodeFactory.createURI(FABIO + "JournalArticle"));
        types.forEach((entity, set) -> {
            if (set.contains(expression)) assertThat(set.size()).isLessThanOrEqualTo(2);
        });
    }

    @Test
    void noBiboLayerNoBlankNodesOnlyOcdmProperties() {
        Graph strict = OcdmStrict.transform(source(null));
        List<Triple> triples = strict.find().toList();
        assertThat(triples).isNotEmpty();
        for (Triple t : triples) {
            assertThat(t.getPredicate().getURI()).as(t.toString()).isIn(OCDM_PROPERTIES);
            assertThat(t.getSubject().isBlank()).as(t.toString()).isFalse();
            assertThat(t.getObject().isBlank()).as(t.toString()).isFalse();
            assertThat(t.getObject().toString()).doesNotContain("purl.org/ontology/bibo/");
        }
        // Pinpoint excerpts are not OCDM entities.
        assertThat(strict.contains(NodeFactory.createURI("https://example.org/t/ex/1"), Node.ANY, Node.ANY)).isFalse();
    }

    @Test
    void doisAreLowerCaseAndBiboIdentifiersBecomeDataciteNodes() {
        Graph strict = OcdmStrict.transform(source("""
                DELETE DATA { id:1 literal:hasLiteralValue "10.5555/ris.2001.027" } ;
                INSERT DATA { id:1 literal:hasLiteralValue "10.5555/RIS.2001.027" .
                              br:7 bibo:doi "10.5555/CHAPTER.7" . }"""));
        Set<String> dois = new HashSet<>();
        strict.find(Node.ANY, NodeFactory.createURI(DATACITE + "usesIdentifierScheme"), NodeFactory.createURI(DATACITE + "doi"))
                .forEachRemaining(t -> strict.find(t.getSubject(), NodeFactory.createURI(LITERAL_VALUE), Node.ANY)
                        .forEachRemaining(v -> dois.add(v.getObject().getLiteralLexicalForm())));
        assertThat(dois).containsExactlyInAnyOrder("10.5555/ris.2001.027", "10.5555/chapter.7");
        Node minted = NodeFactory.createURI("https://example.org/t/id/7-doi");
        assertThat(strict.contains(NodeFactory.createURI("https://example.org/t/br/7"),
                NodeFactory.createURI(DATACITE + "hasIdentifier"), minted)).isTrue();
        assertThat(strict.contains(minted, RDF.type.asNode(), NodeFactory.createURI(DATACITE + "Identifier"))).isTrue();
    }

    @Test
    void mintedIdentifierIrisFollowTheRdfStagePattern() {
        Graph g = GraphFactory.createDefaultGraph();
        UpdateAction.parseExecute("""
                INSERT DATA {
                  <http://localhost:3030/works/buzan-2001> a <http://purl.org/spar/fabio/Expression> ;
                      <http://purl.org/dc/terms/title> "T" ; <http://purl.org/ontology/bibo/doi> "10.5555/X" .
                }""", g);
        Graph strict = OcdmStrict.transform(g);
        Node expected = new org.citegraph.rdf.IriMinter("http://localhost:3030/")
                .identifier(NodeFactory.createURI("http://localhost:3030/works/buzan-2001"), "doi");
        assertThat(strict.contains(expected, NodeFactory.createURI(LITERAL_VALUE), NodeFactory.createLiteralString("10.5555/x"))).isTrue();
    }

    @Test
    void identifiersOutsideDataciteSchemesAreDroppedWithTheirLinks() {
        Graph strict = OcdmStrict.transform(source(null));
        Node unSymbolId = NodeFactory.createURI("https://example.org/t/id/20");
        assertThat(strict.contains(unSymbolId, Node.ANY, Node.ANY)).isFalse();
        assertThat(strict.contains(Node.ANY, Node.ANY, unSymbolId)).isFalse();
    }

    @Test
    void magazineArticlesBecomeNewspaperArticles() {
        Graph strict = OcdmStrict.transform(source(
                "DELETE DATA { br:50 a fabio:WebContent } ; INSERT DATA { br:50 a fabio:MagazineArticle }"));
        assertThat(types(strict).get(NodeFactory.createURI("https://example.org/t/br/50")))
                .contains(NodeFactory.createURI(FABIO + "NewspaperArticle"))
                .doesNotContain(NodeFactory.createURI(FABIO + "MagazineArticle"));
    }

    /** Strict output is still citegraph output: it passes the citegraph shapes and the term check. */
    @Test
    void strictOutputStillValidates() {
        ValidationReport report = Validator.standard().validate(OcdmStrict.transform(source(null)));
        assertThat(report.problems()).as(report.toText()).isEmpty();
    }
}
