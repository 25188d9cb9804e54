package org.citegraph.rdf;

import java.util.Locale;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.citegraph.model.BibFields;
import org.citegraph.model.CitationType;
import org.citegraph.model.Work;
import org.citegraph.rdf.vocab.Bibo;
import org.citegraph.rdf.vocab.DataCite;
import org.citegraph.rdf.vocab.DcTerms;
import org.citegraph.rdf.vocab.Fabio;
import org.citegraph.rdf.vocab.Frbr;
import org.citegraph.rdf.vocab.LiteralReification;
import org.citegraph.rdf.vocab.Prism;
import org.citegraph.rdf.vocab.Rdfs;
import org.citegraph.rdf.vocab.Skos;

/**
 * One cited work: its FaBiO/BIBO types, titles, contributors, date, container chain, pages and
 * identifiers, from the {@link Work}'s own (most complete) fields.
 */
final class WorkMapper {

    private final IriMinter iris;
    private final QuadSink out;
    private final AgentMapper agents;
    private final ContainerMapper containers;
    private final UnDocumentMapper unDocuments;
    private final TitleWriter titles;

    WorkMapper(IriMinter iris, QuadSink out, AgentMapper agents) {
        this.iris = iris;
        this.out = out;
        this.agents = agents;
        this.containers = new ContainerMapper(iris, out);
        this.titles = new TitleWriter(out);
        this.unDocuments = new UnDocumentMapper(iris, out);
    }

    Node map(Work work) {
        Node node = iris.work(work);
        BibFields f = work.fields();
        CitationType type = work.type();

        out.type(node, Fabio.Expression);
        if (type == CitationType.UN_DOCUMENT && work.unSymbol() != null) {
            out.type(node, unDocuments.types(work.unSymbol()));
        } else {
            out.type(node, types(type));
        }
        citationType(node, type);

        titles.title(node, f.title());
        for (String shortTitle : work.shortTitles()) {
            out.text(node, Fabio.hasShortTitle, shortTitle);
            out.text(node, Bibo.shortTitle, shortTitle);
        }
        agents.authors(node, f.authors());
        Literals.issued(f.year(), f.date()).ifPresent(date -> {
            out.add(node, Prism.publicationDate, date);
            out.add(node, DcTerms.issued, date);
        });
        out.text(node, Bibo.volume, f.volume());

        // A chapter's editors, publisher and place belong to the book that contains it.
        Node book = containers.map(work, node);
        Node imprintHolder = type == CitationType.CHAPTER && book != null ? book : node;
        agents.editors(imprintHolder, f.editors());
        if (f.publisher() != null && !f.publisher().isBlank()) agents.publisher(imprintHolder, f.publisher());
        if (f.place() != null && !f.place().isBlank()) agents.place(imprintHolder, f.place());

        pages(node, f.pages());
        url(node, f.url(), f.accessed());
        doi(node, f.doi());
        isbn(node, f.isbn());
        unSymbol(node, work.unSymbol() != null ? work.unSymbol().symbol() : f.unSymbol());
        if (work.unSymbol() != null) unDocuments.map(node, work.unSymbol());
        return node;
    }

    static Node[] types(CitationType type) {
        return switch (type) {
            case JOURNAL_ARTICLE -> new Node[] {Fabio.JournalArticle, Bibo.AcademicArticle};
            case BOOK -> new Node[] {Fabio.Book, Bibo.Book};
            case EDITED_BOOK -> new Node[] {Fabio.Book, Bibo.EditedBook};
            case CHAPTER -> new Node[] {Fabio.BookChapter, Bibo.Chapter};
            case WEB_PAGE -> new Node[] {Fabio.WebContent, Bibo.Webpage};
            case NEWS_ARTICLE -> new Node[] {Fabio.NewspaperArticle, Bibo.Article};
            case REPORT -> new Node[] {Fabio.ReportDocument, Bibo.Report};
            case UN_DOCUMENT -> new Node[] {Bibo.Document};
            case TREATY -> new Node[] {Bibo.LegalDocument};
            case LEGAL_CASE -> new Node[] {Bibo.LegalCaseDocument};
            case THESIS -> new Node[] {Fabio.Thesis, Bibo.Thesis};
            case OTHER -> new Node[] {Bibo.Document};
        };
    }

    /** The citation-type label users see, as a SKOS concept ({@code dcterms:type}). */
    private void citationType(Node node, CitationType type) {
        Node concept = iris.citationType(type);
        Node scheme = iris.citationTypeScheme();
        out.add(node, DcTerms.type, concept);
        out.type(concept, Skos.Concept);
        out.text(concept, Skos.notation, type.label());
        out.text(concept, Skos.prefLabel, type.label().replace('-', ' '));
        out.add(concept, Skos.inScheme, scheme);
        out.type(scheme, Skos.ConceptScheme);
        out.text(scheme, Skos.prefLabel, "citegraph citation types");
    }

    private void pages(Node node, String pages) {
        if (pages == null || pages.isBlank()) return;
        Literals.PageRange range = Literals.PageRange.parse(pages);
        if (range == null) {
            out.text(node, Bibo.pages, pages);
            return;
        }
        out.text(node, Bibo.pageStart, range.start());
        out.text(node, Bibo.pageEnd, range.end());
        Node print = iris.embodiment(node, "print");
        out.add(node, Frbr.embodiment, print);
        out.type(print, Fabio.Manifestation);
        out.text(print, Prism.startingPage, range.start());
        out.text(print, Prism.endingPage, range.end());
    }

    private void url(Node node, String url, String accessed) {
        if (url == null || url.isBlank()) return;
        out.typed(node, Bibo.uri, url, XSDDatatype.XSDanyURI);
        identifier(node, "url", DataCite.url, url);
        if (isAbsoluteIri(url)) {
            Node online = iris.embodiment(node, "online");
            Node item = NodeFactory.createURI(url);
            out.add(node, Frbr.embodiment, online);
            out.type(online, Fabio.Manifestation, Fabio.DigitalManifestation);
            out.add(online, Frbr.exemplar, item);
            Literals.date(accessed).ifPresent(date -> out.add(item, Fabio.hasAccessDate, date));
        }
    }

    private void doi(Node node, String doi) {
        if (doi == null || doi.isBlank()) return;
        String value = doi.trim().toLowerCase(Locale.ROOT);
        out.text(node, Bibo.doi, value);
        identifier(node, "doi", DataCite.doi, value);
    }

    private void isbn(Node node, String isbn) {
        if (isbn == null || isbn.isBlank()) return;
        String digits = isbn.replaceAll("[^0-9Xx]", "").toUpperCase(Locale.ROOT);
        if (digits.length() == 13) out.text(node, Bibo.isbn13, digits);
        else if (digits.length() == 10) out.text(node, Bibo.isbn10, digits);
        identifier(node, "isbn", DataCite.isbn, digits);
    }

    private void unSymbol(Node node, String symbol) {
        if (symbol == null || symbol.isBlank()) return;
        out.text(node, DcTerms.identifier, symbol);
        Node scheme = iris.identifierScheme("un-document-symbol");
        out.type(scheme, DataCite.ResourceIdentifierScheme, DataCite.IdentifierScheme);
        out.text(scheme, Rdfs.label, "United Nations document symbol");
        identifier(node, "un-document-symbol", scheme, symbol);
    }

    /** One DataCite identifier node per (entity, scheme), as OCDM requires. */
    void identifier(Node entity, String schemeName, Node scheme, String value) {
        Node id = iris.identifier(entity, schemeName);
        out.add(entity, DataCite.hasIdentifier, id);
        out.type(id, DataCite.Identifier);
        out.add(id, DataCite.usesIdentifierScheme, scheme);
        out.text(id, LiteralReification.hasLiteralValue, value);
    }

    private static boolean isAbsoluteIri(String url) {
        try {
            return url.matches("(?i)https?://\\S+") && IRIs.check(url);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
