package org.citegraph.rdf.vocab;

import org.apache.jena.graph.Node;

/** FRBR core (SPAR's copy): part/whole chains, embodiments and relations between expressions. */
public final class Frbr {

    public static final String PREFIX = "frbr";
    public static final String NS = "http://purl.org/vocab/frbr/core#";

    public static final Node Place = Terms.term(NS, "Place");
    public static final Node partOf = Terms.term(NS, "partOf");
    public static final Node part = Terms.term(NS, "part");
    public static final Node embodiment = Terms.term(NS, "embodiment");
    public static final Node exemplar = Terms.term(NS, "exemplar");
    public static final Node revisionOf = Terms.term(NS, "revisionOf");
    public static final Node supplementOf = Terms.term(NS, "supplementOf");
    public static final Node summarizationOf = Terms.term(NS, "summarizationOf");

    private Frbr() {
    }
}
