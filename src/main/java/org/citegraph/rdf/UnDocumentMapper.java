package org.citegraph.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citegraph.model.UnSymbol;
import org.citegraph.rdf.vocab.Bibo;
import org.citegraph.rdf.vocab.Cito;
import org.citegraph.rdf.vocab.DcTerms;
import org.citegraph.rdf.vocab.Event;
import org.citegraph.rdf.vocab.Fabio;
import org.citegraph.rdf.vocab.Foaf;
import org.citegraph.rdf.vocab.Frbr;
import org.citegraph.rdf.vocab.Org;
import org.citegraph.rdf.vocab.Rdfs;
import org.citegraph.rdf.vocab.Skos;

/**
 * What a parsed UN document symbol says about the document, in standard terms, kept in one place
 * so that organ names, Wikidata links and the like can be added here later:
 * <ul>
 * <li>organ and subsidiary body: {@code bibo:issuer} → {@code foaf:Organization} with
 *     {@code skos:notation} ("S", "C.3"), bodies {@code org:subOrganizationOf} their organ;</li>
 * <li>session: {@code bibo:presentedAt} → an {@code event:Event} with {@code skos:notation} ("48");</li>
 * <li>the year of a year-numbered series (S/2016/867): {@code dcterms:date} "2016"^^xsd:gYear;</li>
 * <li>document type: {@code dcterms:type} → a SKOS concept with {@code skos:notation} ("PV", "RES", "general");</li>
 * <li>number: {@code bibo:number};</li>
 * <li>suffixes (Add.1, Rev.2, Corr.1, part letters, ...): each step is a document of its own
 *     linked to the one it modifies ({@code frbr:supplementOf}, {@code frbr:revisionOf},
 *     {@code cito:corrects}, {@code cito:updates}, {@code frbr:summarizationOf}, else {@code frbr:partOf}),
 *     so the suffixes are the symbol minus the base document's symbol;</li>
 * <li>{@code rdfs:seeAlso} the document's undocs.org page.</li>
 * </ul>
 */
public final class UnDocumentMapper {

    private static final String UNDOCS = "https://undocs.org/";

    private final IriMinter iris;
    private final QuadSink out;

    UnDocumentMapper(IriMinter iris, QuadSink out) {
        this.iris = iris;
        this.out = out;
    }

    /** FaBiO/BIBO classes by document type: records are reports, resolutions legal documents. */
    Node[] types(UnSymbol symbol) {
        String docType = symbol.docType() == null ? "" : symbol.docType().toUpperCase(Locale.ROOT);
        return switch (docType) {
            case "PV", "SR" -> new Node[] {Fabio.ReportDocument, Bibo.Report};
            case "RES" -> new Node[] {Bibo.LegalDocument};
            default -> new Node[] {Bibo.Document};
        };
    }

    void map(Node doc, UnSymbol symbol) {
        issuer(doc, symbol);
        if (present(symbol.session())) {
            Node session = iris.unSession(symbol.organ(), symbol.body(), symbol.session());
            out.add(doc, Bibo.presentedAt, session);
            out.type(session, Event.Event);
            out.text(session, Skos.notation, symbol.session());
        }
        if (symbol.year() != null) out.typed(doc, DcTerms.date, String.format(Locale.ROOT, "%04d", symbol.year()), XSDDatatype.XSDgYear);
        if (present(symbol.docType())) {
            Node type = iris.unDocType(symbol.docType());
            Node scheme = iris.unDocTypeScheme();
            out.add(doc, DcTerms.type, type);
            out.type(type, Skos.Concept);
            out.text(type, Skos.notation, symbol.docType());
            out.add(type, Skos.inScheme, scheme);
            out.type(scheme, Skos.ConceptScheme);
            out.text(scheme, Skos.prefLabel, "UN document types (symbol markers)");
        }
        out.text(doc, Bibo.number, symbol.number());
        suffixes(doc, symbol);
        out.add(doc, Rdfs.seeAlso, undocsLink(symbol.symbol()));
    }

    /** The undocs.org page for a symbol (it picks the reader's language). */
    public static Node undocsLink(String symbol) {
        return NodeFactory.createURI(UNDOCS + IriMinter.encode(symbol.trim(), true));
    }

    private void issuer(Node doc, UnSymbol symbol) {
        if (!present(symbol.organ())) return;
        Node organ = iris.unBody(symbol.organ(), null);
        describeBody(organ, symbol.organ());
        Node issuer = organ;
        if (present(symbol.body())) {
            issuer = iris.unBody(symbol.organ(), symbol.body());
            describeBody(issuer, symbol.body());
            out.add(issuer, Org.subOrganizationOf, organ);
        }
        out.add(doc, Bibo.issuer, issuer);
    }

    private void describeBody(Node body, String notation) {
        out.type(body, Foaf.Agent, Foaf.Organization, Org.Organization);
        out.text(body, Skos.notation, notation);
    }

    /**
     * "S/2016/867/Add.1/Rev.2" is a revision of S/2016/867/Add.1, an addendum to S/2016/867. The
     * intermediate symbols are cut from the full symbol, last suffix first; a suffix that does not
     * appear literally (a joint partner) stops the chain there.
     */
    private void suffixes(Node doc, UnSymbol symbol) {
        List<String> suffixes = symbol.suffixes();
        if (suffixes.isEmpty()) return;
        String full = symbol.symbol().trim();
        List<String> symbols = new ArrayList<>(); // symbols[i] = full symbol up to and including suffix i
        int end = full.length();
        for (int i = suffixes.size() - 1; i >= 0; i--) {
            String suffix = suffixes.get(i);
            int at = end - suffix.length();
            if (at <= 0 || !full.startsWith(suffix, at)) return;
            symbols.add(0, full.substring(0, end));
            end = trimSeparator(full, at);
        }
        String base = full.substring(0, end);
        Node previous = document(base);
        for (int i = 0; i < suffixes.size(); i++) {
            Node current = i == suffixes.size() - 1 ? doc : document(symbols.get(i));
            out.add(current, relation(suffixes.get(i)), previous);
            previous = current;
        }
    }

    private Node document(String symbol) {
        Node node = iris.unDocument(symbol);
        out.type(node, Fabio.Expression);
        out.text(node, DcTerms.identifier, symbol);
        return node;
    }

    private static int trimSeparator(String symbol, int at) {
        int end = at;
        while (end > 0 && (symbol.charAt(end - 1) == '/' || symbol.charAt(end - 1) == ' ')) end--;
        return end;
    }

    private static Node relation(String suffix) {
        String s = suffix.toLowerCase(Locale.ROOT);
        if (s.startsWith("add.")) return Frbr.supplementOf;
        if (s.startsWith("rev.")) return Frbr.revisionOf;
        if (s.startsWith("corr.")) return Cito.corrects;
        if (s.startsWith("amend.")) return Cito.updates;
        if (s.equals("summary")) return Frbr.summarizationOf;
        return Frbr.partOf;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
