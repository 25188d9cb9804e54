package org.citegraph.rdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.citegraph.rdf.vocab.Rdf;

/**
 * Sends one article's statements into its named graph. Nodes shared by many citations (a person,
 * a journal, a concept) are described each time they are met; the sink passes each quad on once.
 */
final class QuadSink {

    private final StreamRDF out;
    private final Node graph;
    private final Set<Quad> sent = new HashSet<>();
    private List<Quad> pending; // non-null while an attempt is running


    QuadSink(StreamRDF out, Node graph) {
        this.out = out;
        this.graph = graph;
    }

    void add(Node s, Node p, Node o) {
        Quad quad = Quad.create(graph, s, p, o);
        if (!sent.add(quad)) return;
        if (pending != null) pending.add(quad);
        else out.quad(quad);
    }

    /**
     * Runs one unit of mapping (a work, a note) all or nothing: its statements reach the sink only
     * if it completes, so a problem in one citation leaves no half-described node behind.
     */
    void attempt(Runnable unit) {
        if (pending != null) {
            unit.run();
            return;
        }
        pending = new ArrayList<>();
        try {
            unit.run();
            pending.forEach(out::quad);
        } catch (RuntimeException e) {
            sent.removeAll(pending);
            throw e;
        } finally {
            pending = null;
        }
    }

    void type(Node s, Node... classes) {
        for (Node c : classes) add(s, Rdf.type, c);
    }

    /** A plain (xsd:string) literal; null or blank values are not stated at all. */
    void text(Node s, Node p, String value) {
        if (value != null && !value.isBlank()) add(s, p, NodeFactory.createLiteralString(value));
    }

    void typed(Node s, Node p, String lexicalForm, RDFDatatype datatype) {
        add(s, p, NodeFactory.createLiteralDT(lexicalForm, datatype));
    }

    /** Links a list of nodes in reading order with {@code oco:hasNext}. */
    void chain(Node predicate, List<Node> nodes) {
        for (int i = 0; i + 1 < nodes.size(); i++) add(nodes.get(i), predicate, nodes.get(i + 1));
    }
}
