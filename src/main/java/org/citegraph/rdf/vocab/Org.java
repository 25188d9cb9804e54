package org.citegraph.rdf.vocab;

import org.apache.jena.graph.Node;

/** W3C Organization Ontology: UN organs and their subsidiary bodies. */
public final class Org {

    public static final String PREFIX = "org";
    public static final String NS = "http://www.w3.org/ns/org#";

    public static final Node Organization = Terms.term(NS, "Organization");
    public static final Node subOrganizationOf = Terms.term(NS, "subOrganizationOf");

    private Org() {
    }
}
