package org.citegraph.rdf.vocab;

import org.apache.jena.graph.Node;

/** Web Annotation Vocabulary: OCDM reference annotations and signal classification. */
public final class Oa {

    public static final String PREFIX = "oa";
    public static final String NS = "http://www.w3.org/ns/oa#";

    public static final Node Annotation = Terms.term(NS, "Annotation");
    public static final Node hasBody = Terms.term(NS, "hasBody");
    public static final Node hasTarget = Terms.term(NS, "hasTarget");
    public static final Node motivatedBy = Terms.term(NS, "motivatedBy");
    public static final Node classifying = Terms.term(NS, "classifying");
    public static final Node bodyValue = Terms.term(NS, "bodyValue");

    private Oa() {
    }
}
