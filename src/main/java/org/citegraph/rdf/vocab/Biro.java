package org.citegraph.rdf.vocab;

import org.apache.jena.graph.Node;

/** BiRO, the Bibliographic Reference Ontology: a reference as written, and what it refers to. */
public final class Biro {

    public static final String PREFIX = "biro";
    public static final String NS = "http://purl.org/spar/biro/";

    public static final Node BibliographicReference = Terms.term(NS, "BibliographicReference");
    public static final Node ReferenceList = Terms.term(NS, "ReferenceList");
    public static final Node references = Terms.term(NS, "references");

    private Biro() {
    }
}
