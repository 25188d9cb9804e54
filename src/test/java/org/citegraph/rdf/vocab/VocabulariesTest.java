package org.citegraph.rdf.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** Every constant citegraph writes must be declared by the published ontology it claims to come from. */
class VocabulariesTest {

    /** Where the shared ontology files sit relative to the project directory (main checkout or a worktree). */
    private static final List<Path> ONTOLOGY_DIRS = List.of(
            Path.of("../shared/ontologies"), Path.of("../../shared/ontologies"));

    @Test
    void everyConstantIsDeclaredInTheOntologyFiles() throws Exception {
        Path dir = ONTOLOGY_DIRS.stream().filter(Files::isDirectory).findFirst().orElse(null);
        assumeTrue(dir != null, "shared ontology files not found next to the project; skipped");

        Set<String> declared = declaredTerms(dir);
        assertThat(declared).as("declared terms read from " + dir).hasSizeGreaterThan(1000);

        List<String> missing = new ArrayList<>();
        for (Node term : constantsOf(Vocabularies.ALL)) {
            String iri = term.getURI();
            boolean builtIn = iri.startsWith(Rdf.NS) || iri.startsWith(Rdfs.NS) || iri.startsWith(Owl.NS);
            if (builtIn ? !rdfBuiltIns().contains(iri) : !declared.contains(iri)) missing.add(iri);
        }
        assertThat(missing).as("constants not declared in any ontology file").isEmpty();
    }

    @Test
    void everyVocabularyHasItsNamespaceAndPrefix() throws Exception {
        for (Class<?> vocabulary : Vocabularies.ALL) {
            String ns = (String) vocabulary.getField("NS").get(null);
            String prefix = (String) vocabulary.getField("PREFIX").get(null);
            assertThat(prefix).matches("[a-z][a-z0-9]*");
            for (Node term : constantsOf(List.of(vocabulary))) {
                assertThat(term.getURI()).as(vocabulary.getSimpleName()).startsWith(ns);
            }
        }
    }

    @Test
    void membershipPropertiesAreOneBased() {
        assertThat(Rdf.li(1).getURI()).isEqualTo(RDF.getURI() + "_1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Rdf.li(0)).isInstanceOf(IllegalArgumentException.class);
    }

    static List<Node> constantsOf(List<Class<?>> vocabularies) throws IllegalAccessException {
        List<Node> terms = new ArrayList<>();
        for (Class<?> vocabulary : vocabularies) {
            for (Field f : vocabulary.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) terms.add((Node) f.get(null));
            }
        }
        return terms;
    }

    /** Subjects typed by any ontology file: classes, properties and named individuals. */
    private static Set<String> declaredTerms(Path dir) throws IOException {
        Set<String> declared = new HashSet<>();
        StreamRDFBase collector = new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                if (t.getPredicate().equals(RDF.type.asNode()) && t.getSubject().isURI()) declared.add(t.getSubject().getURI());
            }

            @Override
            public void quad(Quad q) {
                triple(q.asTriple());
            }
        };
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> !p.toString().endsWith(".md")).toList()) {
                // The published files carry a few odd IRIs (urn:swrl#...): warnings are not our concern here.
                RDFParser.source(file).errorHandler(ErrorHandlerFactory.errorHandlerNoWarnings).parse(collector);
            }
        }
        return declared;
    }

    private static Set<String> rdfBuiltIns() throws IllegalAccessException {
        Set<String> iris = new HashSet<>();
        for (Class<?> jenaVocabulary : List.of(RDF.class, RDFS.class, OWL.class)) {
            for (Field f : jenaVocabulary.getFields()) {
                Object value = f.get(null);
                if (value instanceof org.apache.jena.rdf.model.Resource r && r.isURIResource()) iris.add(r.getURI());
            }
        }
        return iris;
    }
}
