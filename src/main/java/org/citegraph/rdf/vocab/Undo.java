package org.citegraph.rdf.vocab;

import org.apache.jena.graph.Node;

/**
 * UNDO, the United Nations Document Ontology: a UN document is an {@code undo:Document} (an Akoma
 * Ntoso FRBR work) realised in one {@code undo:DocumentVersion} per official language.
 */
public final class Undo {

    public static final String PREFIX = "undo";
    public static final String NS = "https://w3id.org/un/ontology/undo/";

    public static final Node Document = Terms.term(NS, "Document");
    public static final Node DocumentVersion = Terms.term(NS, "DocumentVersion");
    /** Verbatim (first-person) records of a meeting: the PV series. */
    public static final Node MeetingRecord = Terms.term(NS, "MeetingRecord");
    /** Third-person accounts of a meeting: summary records, the SR series. */
    public static final Node MeetingMinute = Terms.term(NS, "MeetingMinute");
    public static final Node Resolution = Terms.term(NS, "Resolution");
    public static final Node Decision = Terms.term(NS, "Decision");
    /** Presidential statements (PRST). */
    public static final Node OfficialStatement = Terms.term(NS, "OfficialStatement");

    private Undo() {
    }
}
