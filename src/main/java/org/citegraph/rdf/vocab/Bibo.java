package org.citegraph.rdf.vocab;

import org.apache.jena.graph.Node;

/** BIBO, the Bibliographic Ontology: the flat, FRBR-neutral layer on every bibliographic node. */
public final class Bibo {

    public static final String PREFIX = "bibo";
    public static final String NS = "http://purl.org/ontology/bibo/";

    public static final Node AcademicArticle = Terms.term(NS, "AcademicArticle");
    public static final Node Article = Terms.term(NS, "Article");
    public static final Node Book = Terms.term(NS, "Book");
    public static final Node EditedBook = Terms.term(NS, "EditedBook");
    public static final Node Chapter = Terms.term(NS, "Chapter");
    public static final Node Webpage = Terms.term(NS, "Webpage");
    public static final Node Website = Terms.term(NS, "Website");
    public static final Node Report = Terms.term(NS, "Report");
    public static final Node Series = Terms.term(NS, "Series");
    public static final Node Journal = Terms.term(NS, "Journal");
    public static final Node Issue = Terms.term(NS, "Issue");
    public static final Node Newspaper = Terms.term(NS, "Newspaper");
    public static final Node LegalDocument = Terms.term(NS, "LegalDocument");
    public static final Node LegalCaseDocument = Terms.term(NS, "LegalCaseDocument");
    public static final Node CourtReporter = Terms.term(NS, "CourtReporter");
    public static final Node Thesis = Terms.term(NS, "Thesis");
    public static final Node Document = Terms.term(NS, "Document");
    public static final Node Collection = Terms.term(NS, "Collection");
    public static final Node Excerpt = Terms.term(NS, "Excerpt");
    public static final Node Quote = Terms.term(NS, "Quote");
    public static final Node authorList = Terms.term(NS, "authorList");
    public static final Node editorList = Terms.term(NS, "editorList");
    public static final Node editor = Terms.term(NS, "editor");
    public static final Node shortTitle = Terms.term(NS, "shortTitle");
    public static final Node volume = Terms.term(NS, "volume");
    public static final Node issue = Terms.term(NS, "issue");
    public static final Node number = Terms.term(NS, "number");
    public static final Node pageStart = Terms.term(NS, "pageStart");
    public static final Node pageEnd = Terms.term(NS, "pageEnd");
    public static final Node pages = Terms.term(NS, "pages");
    public static final Node locator = Terms.term(NS, "locator");
    public static final Node doi = Terms.term(NS, "doi");
    public static final Node isbn10 = Terms.term(NS, "isbn10");
    public static final Node isbn13 = Terms.term(NS, "isbn13");
    public static final Node uri = Terms.term(NS, "uri");
    public static final Node cites = Terms.term(NS, "cites");
    public static final Node issuer = Terms.term(NS, "issuer");
    public static final Node presentedAt = Terms.term(NS, "presentedAt");
    public static final Node transcriptOf = Terms.term(NS, "transcriptOf");
    public static final Node organizer = Terms.term(NS, "organizer");
    public static final Node suffixName = Terms.term(NS, "suffixName");

    private Bibo() {
    }
}
