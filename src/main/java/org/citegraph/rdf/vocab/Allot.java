package org.citegraph.rdf.vocab;

import org.apache.jena.graph.Node;

/** The Akoma Ntoso ontology term UNDO builds on (declared in the UNDO file): a work's realisation. */
public final class Allot {

    public static final String PREFIX = "allot";
    public static final String NS = "https://w3id.org/akn/ontology/allot/";

    public static final Node hasRealization = Terms.term(NS, "hasRealization");

    private Allot() {
    }
}
