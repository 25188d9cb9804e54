package org.citegraph.rdf.vocab;

import org.apache.jena.graph.Node;

/** DEO, the Discourse Elements Ontology (OCDM types footnotes as discourse elements). */
public final class Deo {

    public static final String PREFIX = "deo";
    public static final String NS = "http://purl.org/spar/deo/";

    public static final Node DiscourseElement = Terms.term(NS, "DiscourseElement");

    private Deo() {
    }
}
