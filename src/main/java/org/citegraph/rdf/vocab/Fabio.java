package org.citegraph.rdf.vocab;

import org.apache.jena.graph.Node;

/** FaBiO, the FRBR-aligned Bibliographic Ontology: OCDM types for expressions, containers and manifestations. */
public final class Fabio {

    public static final String PREFIX = "fabio";
    public static final String NS = "http://purl.org/spar/fabio/";

    public static final Node Expression = Terms.term(NS, "Expression");
    public static final Node JournalArticle = Terms.term(NS, "JournalArticle");
    public static final Node Book = Terms.term(NS, "Book");
    public static final Node BookChapter = Terms.term(NS, "BookChapter");
    public static final Node WebContent = Terms.term(NS, "WebContent");
    public static final Node NewspaperArticle = Terms.term(NS, "NewspaperArticle");
    public static final Node ReportDocument = Terms.term(NS, "ReportDocument");
    public static final Node Thesis = Terms.term(NS, "Thesis");
    public static final Node Excerpt = Terms.term(NS, "Excerpt");
    public static final Node Quotation = Terms.term(NS, "Quotation");
    public static final Node Journal = Terms.term(NS, "Journal");
    public static final Node JournalVolume = Terms.term(NS, "JournalVolume");
    public static final Node JournalIssue = Terms.term(NS, "JournalIssue");
    public static final Node Newspaper = Terms.term(NS, "Newspaper");
    public static final Node NewspaperIssue = Terms.term(NS, "NewspaperIssue");
    public static final Node PeriodicalVolume = Terms.term(NS, "PeriodicalVolume");
    public static final Node Series = Terms.term(NS, "Series");
    public static final Node BookSeries = Terms.term(NS, "BookSeries");
    public static final Node Manifestation = Terms.term(NS, "Manifestation");
    public static final Node DigitalManifestation = Terms.term(NS, "DigitalManifestation");
    public static final Node hasSubtitle = Terms.term(NS, "hasSubtitle");
    public static final Node hasShortTitle = Terms.term(NS, "hasShortTitle");
    public static final Node hasSequenceIdentifier = Terms.term(NS, "hasSequenceIdentifier");
    public static final Node hasPlaceOfPublication = Terms.term(NS, "hasPlaceOfPublication");
    public static final Node hasAccessDate = Terms.term(NS, "hasAccessDate");

    private Fabio() {
    }
}
