package org.citegraph.rdf.vocab;

import org.apache.jena.graph.Node;

/** DataCite ontology: identifier nodes and their schemes. */
public final class DataCite {

    public static final String PREFIX = "datacite";
    public static final String NS = "http://purl.org/spar/datacite/";

    public static final Node Identifier = Terms.term(NS, "Identifier");
    public static final Node IdentifierScheme = Terms.term(NS, "IdentifierScheme");
    public static final Node ResourceIdentifierScheme = Terms.term(NS, "ResourceIdentifierScheme");
    public static final Node hasIdentifier = Terms.term(NS, "hasIdentifier");
    public static final Node usesIdentifierScheme = Terms.term(NS, "usesIdentifierScheme");
    public static final Node doi = Terms.term(NS, "doi");
    public static final Node isbn = Terms.term(NS, "isbn");
    public static final Node url = Terms.term(NS, "url");
    /** OpenCitations Meta identifiers and Wikidata QIDs, written by the linker. */
    public static final Node omid = Terms.term(NS, "omid");
    public static final Node wikidata = Terms.term(NS, "wikidata");

    private DataCite() {
    }
}
