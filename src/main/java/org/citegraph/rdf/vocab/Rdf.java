package org.citegraph.rdf.vocab;

import org.apache.jena.graph.Node;

/** RDF built-ins. */
public final class Rdf {

    public static final String PREFIX = "rdf";
    public static final String NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    public static final Node type = Terms.term(NS, "type");
    public static final Node Seq = Terms.term(NS, "Seq");

    /** The container membership property {@code rdf:_i} (1-based), as used in {@code bibo:authorList} sequences. */
    public static Node li(int i) {
        if (i < 1) throw new IllegalArgumentException("rdf:_n starts at 1, got " + i);
        return Terms.term(NS, "_" + i);
    }

    private Rdf() {
    }
}
