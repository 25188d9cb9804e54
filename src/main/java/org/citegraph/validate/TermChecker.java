package org.citegraph.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * Checks that a graph only uses terms the official ontologies declare: every property, every
 * class (object of {@code rdf:type}), and every other IRI that lies in an ontology namespace (an
 * identifier scheme such as {@code datacite:doi}, a role such as {@code pro:author}). A property
 * or class outside every bundled namespace is reported as unknown. Each term is reported once.
 */
public final class TermChecker {

    public static final String CHECK = "terms";

    private final Vocabularies vocabularies;

    public TermChecker(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    public List<Problem> check(Graph graph) {
        Set<String> undeclared = new TreeSet<>();
        Set<String> unknown = new TreeSet<>();
        Node type = RDF.type.asNode();
        graph.find().forEachRemaining((Triple t) -> {
            term(t.getPredicate(), "property", undeclared, unknown);
            if (t.getPredicate().equals(type)) term(t.getObject(), "class", undeclared, unknown);
            else namespaced(t.getObject(), undeclared);
            namespaced(t.getSubject(), undeclared);
        });
        List<Problem> problems = new ArrayList<>();
        for (String entry : undeclared) problems.add(problem(entry, "is not declared in "));
        for (String entry : unknown) problems.add(problem(entry, "is from no bundled ontology"));
        return problems;
    }

    private void term(Node node, String kind, Set<String> undeclared, Set<String> unknown) {
        if (!node.isURI()) return;
        String iri = node.getURI();
        if (vocabularies.declares(iri)) return;
        if (vocabularies.namespaceOf(iri).isPresent()) undeclared.add(kind + "\t" + iri);
        else unknown.add(kind + "\t" + iri);
    }

    private void namespaced(Node node, Set<String> undeclared) {
        if (!node.isURI()) return;
        String iri = node.getURI();
        if (vocabularies.namespaceOf(iri).isPresent() && !vocabularies.declares(iri)) undeclared.add("term\t" + iri);
    }

    private Problem problem(String entry, String what) {
        String[] parts = entry.split("\t");
        String iri = parts[1];
        String message = what.endsWith("in ")
                ? parts[0] + " " + vocabularies.shortForm(iri) + " " + what
                  + vocabularies.namespaceOf(iri).map(Vocabularies.Namespace::file).orElse("?")
                : parts[0] + " <" + iri + "> " + what;
        return new Problem(CHECK, "", vocabularies.shortForm(iri), message);
    }
}
