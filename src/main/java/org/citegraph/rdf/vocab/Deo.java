package org.citegraph.rdf.vocab;

import org.apache.jena.graph.Node;

/**
 * DEO, the Discourse Elements Ontology (OCDM types footnotes as discourse elements; an entry of a
 * reference list is a {@code deo:BibliographicReference}).
 */
public final class Deo {

    public static final String PREFIX = "deo";
    public static final String NS = "http://purl.org/spar/deo/";

    public static final Node DiscourseElement = Terms.term(NS, "DiscourseElement");
    public static final Node BibliographicReference = Terms.term(NS, "BibliographicReference");

    private Deo() {
    }
}
