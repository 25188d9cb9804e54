package org.citegraph.rdf;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citegraph.model.UnSymbol;
import org.citegraph.rdf.vocab.Allot;
import org.citegraph.rdf.vocab.Bibo;
import org.citegraph.rdf.vocab.Cito;
import org.citegraph.rdf.vocab.DcTerms;
import org.citegraph.rdf.vocab.Event;
import org.citegraph.rdf.vocab.Fabio;
import org.citegraph.rdf.vocab.Foaf;
import org.citegraph.rdf.vocab.Frbr;
import org.citegraph.rdf.vocab.Lan;
import org.citegraph.rdf.vocab.Org;
import org.citegraph.rdf.vocab.Owl;
import org.citegraph.rdf.vocab.Rdfs;
import org.citegraph.rdf.vocab.Skos;
import org.citegraph.rdf.vocab.Undo;
import org.citegraph.un.UnLinks;
import org.citegraph.un.UnMeeting;
import org.citegraph.un.UnMeetings;
import org.citegraph.un.UnOrgan;
import org.citegraph.un.UnOrgans;
import org.citegraph.un.UnSession;
import org.citegraph.un.UnSymbolParser;
import org.citegraph.un.UnSymbols;

/**
 * What a UN document symbol says about the document, in standard terms, kept in one place
 * (the facts themselves come from {@code org.citegraph.un}):
 * <ul>
 * <li>issuing organ and bodies: {@code bibo:issuer} → {@code foaf:Organization}/{@code org:Organization}
 *     with {@code skos:notation} its series symbol ("A", "A/C.3"), {@code foaf:name}, {@code owl:sameAs}
 *     its Wikidata item where known, bodies {@code org:subOrganizationOf} their parent;</li>
 * <li>session: {@code bibo:presentedAt} → an {@code event:Event} with {@code skos:notation} the session
 *     as printed ("48", "III"), organised ({@code bibo:organizer}) by the session's organ;</li>
 * <li>meeting of a verbatim or summary record: {@code bibo:transcriptOf} → an {@code event:Event}
 *     (a sub-event of its session);</li>
 * <li>the year of a year-numbered series (S/2016/867): {@code dcterms:date} "2016"^^xsd:gYear;</li>
 * <li>document type: {@code dcterms:type} → a SKOS concept with {@code skos:notation} ("PV", "RES", "general");</li>
 * <li>number: {@code bibo:number};</li>
 * <li>suffixes (Add.1, Rev.2, Corr.1, part letters, ...): the document is linked to the one its last
 *     suffix modifies ({@code frbr:supplementOf}, {@code frbr:revisionOf}, {@code cito:corrects},
 *     {@code cito:updates}, {@code frbr:summarizationOf}, else {@code frbr:partOf}), and so on down to
 *     the base document, so the suffixes are the symbol minus the base document's symbol;</li>
 * <li>joint symbols (A/47/277-S/24111): each other component is a node {@code owl:sameAs} the document;</li>
 * <li>{@code rdfs:seeAlso} its undocs.org page (a depositary notification, C.N.412.2019.TREATIES-IV.4, which
 *     undocs.org does not serve: the Treaty Section's file);</li>
 * <li>UNDO: {@code undo:Document} (and {@code undo:Resolution}, {@code undo:MeetingRecord}, … where the
 *     symbol names the type), realised ({@code allot:hasRealization}) in one {@code undo:DocumentVersion}
 *     per official language (a notification: English and French), each with {@code dcterms:language} and its own link.</li>
 * </ul>
 */
public final class UnDocumentMapper {

    /** The label of the concept scheme of document types, by which queries find it whatever the base IRI. */
    public static final String DOC_TYPE_SCHEME_LABEL = "UN document types (symbol markers)";

    private final IriMinter iris;
    private final QuadSink out;

    UnDocumentMapper(IriMinter iris, QuadSink out) {
        this.iris = iris;
        this.out = out;
    }

    /** The parsed symbol: the work's own, else its symbol text parsed; empty when the text is not a symbol. */
    public static Optional<UnSymbol> symbolOf(UnSymbol parsed, String text) {
        if (parsed != null) return Optional.of(parsed);
        if (text == null || text.isBlank()) return Optional.empty();
        return UnSymbolParser.parse(text).toSymbol();
    }

    /**
     * FaBiO/BIBO classes by document type (records are reports, resolutions legal documents), and the
     * UN's own: every document an {@code undo:Document}, with UNDO's class for the types it names.
     */
    Node[] types(UnSymbol symbol) {
        String docType = symbol.docType() == null ? "" : symbol.docType().toUpperCase(Locale.ROOT);
        return switch (docType) {
            case "PV" -> new Node[] {Fabio.ReportDocument, Bibo.Report, Undo.Document, Undo.MeetingRecord};
            case "SR" -> new Node[] {Fabio.ReportDocument, Bibo.Report, Undo.Document, Undo.MeetingMinute};
            case "RES" -> new Node[] {Bibo.LegalDocument, Undo.Document, Undo.Resolution};
            case "DEC", "D" -> new Node[] {Bibo.Document, Undo.Document, Undo.Decision}; // D: a treaty body's views on a communication
            case "PRST" -> new Node[] {Bibo.Document, Undo.Document, Undo.OfficialStatement};
            default -> new Node[] {Bibo.Document, Undo.Document};
        };
    }

    void map(Node doc, UnSymbol symbol) {
        UnSymbol first = UnSymbols.components(symbol).get(0);
        Node issuer = bodies(first);
        out.add(doc, Bibo.issuer, issuer);
        Optional<Node> session = session(first);
        session.ifPresent(s -> out.add(doc, Bibo.presentedAt, s));
        UnMeetings.meetingOf(first).ifPresent(meeting -> out.add(doc, Bibo.transcriptOf, meeting(meeting, session)));
        if (symbol.year() != null) out.typed(doc, DcTerms.date, String.format(Locale.ROOT, "%04d", symbol.year()), XSDDatatype.XSDgYear);
        docType(doc, symbol.docType());
        out.text(doc, Bibo.number, symbol.number());
        parents(doc, symbol);
        for (UnSymbol component : UnSymbols.components(symbol)) {
            if (component.symbol().equals(symbol.symbol())) continue;
            Node other = document(component);
            out.add(other, Owl.sameAs, doc);
        }
        UnLinks.page(symbol).ifPresent(link -> out.add(doc, Rdfs.seeAlso, NodeFactory.createURI(link)));
        languageVersions(doc, symbol);
    }

    /**
     * UNDO's FRBR pattern: the document is realised in one version per official language, all with the
     * same symbol; the cited pages belong to one of them. Each version links its own undocs.org page.
     */
    private void languageVersions(Node doc, UnSymbol symbol) {
        UnLinks.languageVersions(symbol).forEach((language, link) -> {
            Node version = iris.unDocumentVersion(symbol.symbol(), language);
            out.add(doc, Allot.hasRealization, version);
            out.type(version, Undo.DocumentVersion);
            out.add(version, DcTerms.language, Lan.of(language));
            out.add(version, Rdfs.seeAlso, NodeFactory.createURI(link));
        });
    }

    /** The organ and bodies a symbol names, from the organ down; returns the issuing (deepest) one. */
    private Node bodies(UnSymbol symbol) {
        Node parent = null;
        Node node = null;
        for (String series : UnOrgans.seriesChain(symbol)) {
            node = iris.unBody(series);
            out.type(node, Foaf.Agent, Foaf.Organization, Org.Organization);
            out.text(node, Skos.notation, series);
            Optional<UnOrgan> organ = UnOrgans.lookup(series);
            organ.ifPresent(o -> out.text(iris.unBody(series), Foaf.name, o.name()));
            organ.flatMap(UnOrgan::wikidataIri).ifPresent(wd -> out.add(iris.unBody(series), Owl.sameAs, NodeFactory.createURI(wd)));
            if (parent != null) out.add(node, Org.subOrganizationOf, parent);
            parent = node;
        }
        return node;
    }

    /** The session printed in the symbol (A/48/…, A/RES/217(III)); Roman and arabic numbering name one session. */
    private Optional<Node> session(UnSymbol symbol) {
        if (symbol.session() == null) return Optional.empty();
        Optional<UnSession> session = UnMeetings.sessionOf(symbol);
        if (session.isEmpty()) return Optional.empty();
        Node node = iris.unSession(session.get().key());
        out.type(node, Event.Event);
        out.text(node, Skos.notation, symbol.session());
        out.add(node, Bibo.organizer, iris.unBody(session.get().series()));
        return Optional.of(node);
    }

    private Node meeting(UnMeeting meeting, Optional<Node> session) {
        Node node = iris.unMeeting(meeting.key());
        out.type(node, Event.Event);
        out.text(node, Skos.notation, Integer.toString(meeting.number()));
        out.add(node, Bibo.organizer, iris.unBody(meeting.series()));
        session.ifPresent(s -> out.add(s, Event.sub_event, node));
        return node;
    }

    private void docType(Node doc, String docType) {
        if (docType == null || docType.isBlank()) return;
        Node type = iris.unDocType(docType);
        Node scheme = iris.unDocTypeScheme();
        out.add(doc, DcTerms.type, type);
        out.type(type, Skos.Concept);
        out.text(type, Skos.notation, docType);
        out.add(type, Skos.inScheme, scheme);
        out.type(scheme, Skos.ConceptScheme);
        out.text(scheme, Skos.prefLabel, DOC_TYPE_SCHEME_LABEL);
    }

    /** S/2016/867/Add.1/Rev.2 revises S/2016/867/Add.1, an addendum to S/2016/867. */
    private void parents(Node doc, UnSymbol symbol) {
        Node child = doc;
        UnSymbol current = symbol;
        Optional<UnSymbol> parent = UnSymbols.parent(current);
        while (parent.isPresent()) {
            Node parentNode = document(parent.get());
            out.add(child, relation(UnSymbols.relationToParent(current).orElseThrow()), parentNode);
            child = parentNode;
            current = parent.get();
            parent = UnSymbols.parent(current);
        }
    }

    private Node document(UnSymbol symbol) {
        Node node = iris.unDocument(symbol.symbol());
        out.type(node, Fabio.Expression);
        out.text(node, DcTerms.identifier, symbol.symbol());
        UnLinks.page(symbol).ifPresent(link -> out.add(node, Rdfs.seeAlso, NodeFactory.createURI(link)));
        return node;
    }

    private static Node relation(UnSymbols.Relation relation) {
        return switch (relation) {
            case ADDENDUM -> Frbr.supplementOf;
            case REVISION -> Frbr.revisionOf;
            case CORRIGENDUM -> Cito.corrects;
            case AMENDMENT -> Cito.updates;
            case SUMMARY -> Frbr.summarizationOf;
            case RESUMPTION, PART -> Frbr.partOf;
        };
    }

    /** The relations {@link #map} uses between a document and the one it modifies (for queries and tests). */
    public static List<Node> modificationRelations() {
        return List.of(Frbr.supplementOf, Frbr.revisionOf, Cito.corrects, Cito.updates, Frbr.summarizationOf, Frbr.partOf);
    }
}
