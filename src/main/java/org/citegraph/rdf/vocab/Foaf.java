package org.citegraph.rdf.vocab;

import org.apache.jena.graph.Node;

/** FOAF: people and organisations. */
public final class Foaf {

    public static final String PREFIX = "foaf";
    public static final String NS = "http://xmlns.com/foaf/0.1/";

    public static final Node Agent = Terms.term(NS, "Agent");
    public static final Node Person = Terms.term(NS, "Person");
    public static final Node Organization = Terms.term(NS, "Organization");
    public static final Node name = Terms.term(NS, "name");
    public static final Node givenName = Terms.term(NS, "givenName");
    public static final Node familyName = Terms.term(NS, "familyName");

    private Foaf() {
    }
}
