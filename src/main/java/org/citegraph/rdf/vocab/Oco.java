package org.citegraph.rdf.vocab;

import org.apache.jena.graph.Node;

/** OCO, the OpenCitations Ontology: order between roles, notes and references; reference annotations. */
public final class Oco {

    public static final String PREFIX = "oco";
    public static final String NS = "https://w3id.org/oc/ontology/";

    public static final Node hasNext = Terms.term(NS, "hasNext");
    public static final Node hasAnnotation = Terms.term(NS, "hasAnnotation");

    private Oco() {
    }
}
