package org.citegraph.rdf.vocab;

import org.apache.jena.graph.Node;

/** DoCO, the Document Components Ontology. */
public final class Doco {

    public static final String PREFIX = "doco";
    public static final String NS = "http://purl.org/spar/doco/";

    public static final Node Footnote = Terms.term(NS, "Footnote");
    /** An author–date article's list of references; DoCO: it contains {@code deo:BibliographicReference}s. */
    public static final Node BibliographicReferenceList = Terms.term(NS, "BibliographicReferenceList");

    private Doco() {
    }
}
