package org.citegraph.rdf.vocab;

import org.apache.jena.graph.Node;

/** SKOS: the small concept schemes citegraph publishes (citation types, signals, UN document types). */
public final class Skos {

    public static final String PREFIX = "skos";
    public static final String NS = "http://www.w3.org/2004/02/skos/core#";

    public static final Node Concept = Terms.term(NS, "Concept");
    public static final Node ConceptScheme = Terms.term(NS, "ConceptScheme");
    public static final Node inScheme = Terms.term(NS, "inScheme");
    public static final Node notation = Terms.term(NS, "notation");
    public static final Node prefLabel = Terms.term(NS, "prefLabel");

    private Skos() {
    }
}
