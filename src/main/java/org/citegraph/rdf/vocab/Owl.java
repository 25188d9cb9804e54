package org.citegraph.rdf.vocab;

import org.apache.jena.graph.Node;

/** OWL built-ins: identity with external items (Wikidata organs, joint UN symbols). */
public final class Owl {

    public static final String PREFIX = "owl";
    public static final String NS = "http://www.w3.org/2002/07/owl#";

    public static final Node sameAs = Terms.term(NS, "sameAs");

    private Owl() {
    }
}
