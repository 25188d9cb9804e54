package org.citegraph.rdf.vocab;

import org.apache.jena.graph.Node;

/** PRO, the Publishing Roles Ontology: agents holding ordered roles in a document's context. */
public final class Pro {

    public static final String PREFIX = "pro";
    public static final String NS = "http://purl.org/spar/pro/";

    public static final Node Role = Terms.term(NS, "Role");
    public static final Node RoleInTime = Terms.term(NS, "RoleInTime");
    public static final Node isDocumentContextFor = Terms.term(NS, "isDocumentContextFor");
    public static final Node withRole = Terms.term(NS, "withRole");
    public static final Node isHeldBy = Terms.term(NS, "isHeldBy");
    public static final Node relatesToOrganization = Terms.term(NS, "relatesToOrganization");
    public static final Node author = Terms.term(NS, "author");
    public static final Node editor = Terms.term(NS, "editor");
    public static final Node publisher = Terms.term(NS, "publisher");

    private Pro() {
    }
}
