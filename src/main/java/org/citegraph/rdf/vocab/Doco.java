package org.citegraph.rdf.vocab;

import org.apache.jena.graph.Node;

/** DoCO, the Document Components Ontology. */
public final class Doco {

    public static final String PREFIX = "doco";
    public static final String NS = "http://purl.org/spar/doco/";

    public static final Node Footnote = Terms.term(NS, "Footnote");

    private Doco() {
    }
}
