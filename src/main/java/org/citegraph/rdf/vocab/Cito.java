package org.citegraph.rdf.vocab;

import org.apache.jena.graph.Node;

/** CiTO, the Citation Typing Ontology: citation acts and their characterisation. */
public final class Cito {

    public static final String PREFIX = "cito";
    public static final String NS = "http://purl.org/spar/cito/";

    public static final Node Citation = Terms.term(NS, "Citation");
    public static final Node cites = Terms.term(NS, "cites");
    public static final Node hasCitingEntity = Terms.term(NS, "hasCitingEntity");
    public static final Node hasCitedEntity = Terms.term(NS, "hasCitedEntity");
    public static final Node hasCitationCreationDate = Terms.term(NS, "hasCitationCreationDate");
    public static final Node hasCitationTimeSpan = Terms.term(NS, "hasCitationTimeSpan");
    public static final Node hasCitationCharacterization = Terms.term(NS, "hasCitationCharacterization");
    public static final Node citesAsRelated = Terms.term(NS, "citesAsRelated");
    public static final Node includesQuotationFrom = Terms.term(NS, "includesQuotationFrom");
    public static final Node corrects = Terms.term(NS, "corrects");
    public static final Node updates = Terms.term(NS, "updates");

    private Cito() {
    }
}
