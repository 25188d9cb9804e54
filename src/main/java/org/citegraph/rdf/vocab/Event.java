package org.citegraph.rdf.vocab;

import org.apache.jena.graph.Node;

/** The Event Ontology terms BIBO builds on (declared in the BIBO file): UN sessions. */
public final class Event {

    public static final String PREFIX = "event";
    public static final String NS = "http://purl.org/NET/c4dm/event.owl#";

    public static final Node Event = Terms.term(NS, "Event");
    public static final Node sub_event = Terms.term(NS, "sub_event");

    private Event() {
    }
}
