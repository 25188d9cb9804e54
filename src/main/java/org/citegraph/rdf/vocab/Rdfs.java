package org.citegraph.rdf.vocab;

import org.apache.jena.graph.Node;

/** RDF Schema built-ins. */
public final class Rdfs {

    public static final String PREFIX = "rdfs";
    public static final String NS = "http://www.w3.org/2000/01/rdf-schema#";

    public static final Node label = Terms.term(NS, "label");
    public static final Node seeAlso = Terms.term(NS, "seeAlso");

    private Rdfs() {
    }
}
