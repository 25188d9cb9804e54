package org.citegraph.rdf.vocab;

import org.apache.jena.graph.Node;

/** PRISM 2.0 terms as declared inside FaBiO (no PRISM ontology file exists). */
public final class Prism {

    public static final String PREFIX = "prism";
    public static final String NS = "http://prismstandard.org/namespaces/basic/2.0/";

    public static final Node publicationDate = Terms.term(NS, "publicationDate");
    public static final Node startingPage = Terms.term(NS, "startingPage");
    public static final Node endingPage = Terms.term(NS, "endingPage");
    public static final Node issueIdentifier = Terms.term(NS, "issueIdentifier");

    private Prism() {
    }
}
