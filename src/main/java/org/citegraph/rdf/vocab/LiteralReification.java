package org.citegraph.rdf.vocab;

import org.apache.jena.graph.Node;

/** The Literal Reification pattern, used by DataCite identifiers for their values. */
public final class LiteralReification {

    public static final String PREFIX = "literal";
    public static final String NS = "http://www.essepuntato.it/2010/06/literalreification/";

    public static final Node hasLiteralValue = Terms.term(NS, "hasLiteralValue");

    private LiteralReification() {
    }
}
