package org.citegraph.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/**
 * ontology/terms.csv lists every term citegraph writes with the ontology that declares it. Each
 * row is checked against the bundled copy of that ontology and, where the shared reference set
 * exists next to the project (../shared/ontologies), against the official file itself.
 */
class TermsListTest {

    record Term(String curie, String iri, String kind, String ontology) {
    }

    static final Path TERMS = Path.of("ontology/terms.csv");
    static final Path SHARED = Path.of("../shared/ontologies");

    static List<Term> terms() throws IOException {
        List<String> lines = Files.readAllLines(TERMS);
        assertThat(lines.get(0)).isEqualTo("term,iri,kind,ontology");
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split(",", -1))
                .map(c -> new Term(c[0], c[1], c[2], c[3])).toList();
    }

    @Test
    void rowsAreConsistentAndUnique() throws IOException {
        Vocabularies v = Vocabularies.bundled();
        List<Term> terms = terms();
        assertThat(terms).hasSizeGreaterThan(50);
        assertThat(terms.stream().map(Term::iri).toList()).doesNotHaveDuplicates();
        for (Term t : terms) {
            assertThat(t.iri()).as(t.curie()).isEqualTo(v.expand(t.curie()));
            assertThat(t.kind()).as(t.curie()).isIn("class", "property", "individual");
            if (t.ontology().equals("built-in")) {
                assertThat(Vocabularies.isBuiltIn(t.iri())).as(t.curie()).isTrue();
            } else {
                assertThat(v.namespaceOf(t.iri()).orElseThrow().file()).as(t.curie()).isEqualTo(t.ontology());
            }
        }
    }

    @Test
    void everyTermIsDeclaredInTheBundledOntologyWithTheListedKind() throws IOException {
        for (Term t : terms()) {
            if (t.ontology().equals("built-in")) continue;
            assertThat(Vocabularies.bundled().declaredIn(t.ontology())).as(t.curie()).contains(t.iri());
        }
        checkKinds(Path.of("ontology/vocab"));
    }

    @Test
    void everyTermIsDeclaredInTheOfficialFilesAndTheBundleIsAnExactCopy() throws IOException {
        assumeTrue(Files.isDirectory(SHARED), "shared ontology set not present next to the project");
        Vocabularies official = Vocabularies.load(SHARED);
        for (Term t : terms()) {
            if (t.ontology().equals("built-in")) continue;
            assertThat(official.files()).as(t.ontology()).contains(t.ontology());
            assertThat(official.declaredIn(t.ontology())).as(t.curie() + " in official " + t.ontology()).contains(t.iri());
        }
        for (String file : Vocabularies.bundled().files()) {
            Path shared = SHARED.resolve(file);
            if (Files.exists(shared)) {
                assertThat(Files.readAllBytes(Path.of("ontology/vocab", file))).as(file).isEqualTo(Files.readAllBytes(shared));
            }
        }
        checkKinds(SHARED);
    }

    /** Every vocabulary constant the RDF stage writes with is on the list. */
    @Test
    void everyTermTheMapperCanWriteIsListed() throws Exception {
        Set<String> listed = new HashSet<>();
        terms().forEach(t -> listed.add(t.iri()));
        Set<String> missing = new HashSet<>();
        int constants = 0;
        for (Class<?> vocabulary : org.citegraph.rdf.vocab.Vocabularies.ALL) {
            for (var field : vocabulary.getFields()) {
                if (field.getType() != Node.class) continue;
                constants++;
                String iri = ((Node) field.get(null)).getURI();
                if (!listed.contains(iri)) missing.add(iri);
            }
        }
        assertThat(constants).isGreaterThan(100);
        assertThat(missing).isEmpty();
    }

    /** The shapes talk only about listed terms, so the list is the one place to read what citegraph uses. */
    @Test
    void theShapesUseOnlyListedTerms() throws IOException {
        Set<String> listed = new HashSet<>();
        terms().forEach(t -> listed.add(t.iri()));
        Vocabularies v = Vocabularies.bundled();
        Graph shapes = Validator.readShapes(Validator.SHAPES_RESOURCE);
        Set<String> missing = new HashSet<>();
        shapes.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && v.namespaceOf(n.getURI()).isPresent() && !listed.contains(n.getURI())) missing.add(v.shortForm(n.getURI()));
            }
        });
        assertThat(missing).isEmpty();
    }

    /** The JSON-LD context names only listed terms, so its short keys stand for what citegraph writes. */
    @Test
    void theJsonLdContextMapsOnlyListedTerms() throws IOException {
        Set<String> listed = new HashSet<>();
        terms().forEach(t -> listed.add(t.iri()));
        Vocabularies v = Vocabularies.bundled();
        com.fasterxml.jackson.databind.JsonNode context = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Path.of("ontology/context.jsonld").toFile()).path("@context");
        Set<String> unlisted = new HashSet<>();
        int terms = 0;
        for (var e : context.properties()) {
            com.fasterxml.jackson.databind.JsonNode def = e.getValue();
            String curie = def.isTextual() ? def.asText() : def.has("@id") ? def.path("@id").asText() : def.path("@reverse").asText();
            // Keywords ("@version", "id" → "@id") and prefix declarations are not terms.
            if (e.getKey().startsWith("@") || curie.startsWith("@") || curie.startsWith("http")) continue;
            terms++;
            String iri = v.expand(curie);
            if (!listed.contains(iri)) unlisted.add(e.getKey() + " -> " + curie);
        }
        assertThat(terms).isGreaterThan(40);
        assertThat(unlisted).isEmpty();
    }

    private static void checkKinds(Path dir) throws IOException {
        Set<Node> classTypes = Set.of(OWL2.Class.asNode(), RDFS.Class.asNode());
        Set<Node> propertyTypes = Set.of(OWL2.ObjectProperty.asNode(), OWL2.DatatypeProperty.asNode(),
                OWL2.AnnotationProperty.asNode(), RDF.Property.asNode());
        for (Term t : terms()) {
            if (t.ontology().equals("built-in") || t.kind().equals("individual")) continue;
            Graph g = load(dir.resolve(t.ontology()));
            Set<Node> types = new HashSet<>();
            g.find(NodeFactory.createURI(t.iri()), RDF.type.asNode(), Node.ANY).forEachRemaining(x -> types.add(x.getObject()));
            Set<Node> expected = t.kind().equals("class") ? classTypes : propertyTypes;
            assertThat(types).as("%s declared as a %s in %s", t.curie(), t.kind(), dir.resolve(t.ontology()))
                    .containsAnyElementsOf(expected);
        }
    }

    private static final java.util.Map<Path, Graph> LOADED = new java.util.HashMap<>();

    private static Graph load(Path file) {
        return LOADED.computeIfAbsent(file, f -> {
            DatasetGraph ds = DatasetGraphFactory.createGeneral();
            RDFParser.source(f).errorHandler(ErrorHandlerFactory.errorHandlerNoWarnings).parse(ds);
            Graph union = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            ds.find().forEachRemaining(q -> union.add(q.asTriple()));
            return union;
        });
    }
}
