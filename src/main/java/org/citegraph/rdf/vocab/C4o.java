package org.citegraph.rdf.vocab;

import org.apache.jena.graph.Node;

/** C4O, the Citation Counting and Context Characterisation Ontology: text content and relevance links. */
public final class C4o {

    public static final String PREFIX = "c4o";
    public static final String NS = "http://purl.org/spar/c4o/";

    public static final Node hasContent = Terms.term(NS, "hasContent");
    public static final Node isRelevantTo = Terms.term(NS, "isRelevantTo");

    private C4o() {
    }
}
