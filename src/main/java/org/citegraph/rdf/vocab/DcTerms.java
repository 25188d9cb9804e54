package org.citegraph.rdf.vocab;

import org.apache.jena.graph.Node;

/** DCMI Metadata Terms. */
public final class DcTerms {

    public static final String PREFIX = "dcterms";
    public static final String NS = "http://purl.org/dc/terms/";

    public static final Node title = Terms.term(NS, "title");
    public static final Node creator = Terms.term(NS, "creator");
    public static final Node isPartOf = Terms.term(NS, "isPartOf");
    public static final Node issued = Terms.term(NS, "issued");
    public static final Node date = Terms.term(NS, "date");
    public static final Node publisher = Terms.term(NS, "publisher");
    public static final Node identifier = Terms.term(NS, "identifier");
    public static final Node abstract_ = Terms.term(NS, "abstract");
    public static final Node rights = Terms.term(NS, "rights");
    public static final Node type = Terms.term(NS, "type");
    public static final Node description = Terms.term(NS, "description");
    /** The language of a UN document version (as UNDO prescribes). */
    public static final Node language = Terms.term(NS, "language");
    /** A related resource; the linker relates works to their Wikidata items with it. */
    public static final Node relation = Terms.term(NS, "relation");

    private DcTerms() {
    }
}
