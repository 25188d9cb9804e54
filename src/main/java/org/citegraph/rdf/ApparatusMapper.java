package org.citegraph.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationRef;
import org.citegraph.model.Note;
import org.citegraph.rdf.vocab.Bibo;
import org.citegraph.rdf.vocab.Biro;
import org.citegraph.rdf.vocab.C4o;
import org.citegraph.rdf.vocab.Cito;
import org.citegraph.rdf.vocab.DcTerms;
import org.citegraph.rdf.vocab.Deo;
import org.citegraph.rdf.vocab.Doco;
import org.citegraph.rdf.vocab.Fabio;
import org.citegraph.rdf.vocab.Frbr;
import org.citegraph.rdf.vocab.Oa;
import org.citegraph.rdf.vocab.Oco;
import org.citegraph.rdf.vocab.Prism;

/**
 * The citing apparatus: footnotes ({@code doco:Footnote}) or the entries of a reference list
 * ({@code deo:BibliographicReference}, each part of one {@code doco:BibliographicReferenceList}),
 * one {@code biro:BibliographicReference} per citation holding its text as written, the citation act per occurrence ({@code cito:Citation},
 * tied to the reference by an OCDM {@code oa:Annotation}), the signal as a classifying annotation,
 * the emphasis remark verbatim, and each pinpoint as an excerpt of the cited work (C4O pattern).
 */
final class ApparatusMapper {

    private final IriMinter iris;
    private final QuadSink out;
    private final String slug;
    private final Node article;
    private final Guard guard;

    ApparatusMapper(IriMinter iris, QuadSink out, String slug, Node article, Guard guard) {
        this.iris = iris;
        this.out = out;
        this.slug = slug;
        this.article = article;
        this.guard = guard;
    }

    /**
     * Footnotes and reference-list entries in reading order, each with its references; {@code works}
     * maps work ids to their nodes. The article keeps {@code frbr:part} to every entry as to every
     * footnote, so one pattern finds the citing units of either kind.
     */
    void map(List<Note> notes, Map<String, Node> works) {
        List<Node> footnotes = new ArrayList<>();
        List<Node> entries = new ArrayList<>();
        Node list = notes.stream().anyMatch(Note::referenceListEntry) ? referenceList() : null;
        for (Note note : notes) {
            boolean entry = note.referenceListEntry();
            Node unit = entry ? iris.referenceListEntry(slug, note.number()) : iris.note(slug, note.number());
            boolean mapped = guard.run(note.line(), note.number(), (entry ? "reference-list entry" : "note") + " not mapped", () -> {
                out.add(article, Frbr.part, unit);
                if (entry) {
                    out.add(list, Frbr.part, unit);
                    out.type(unit, Deo.DiscourseElement, Deo.BibliographicReference);
                } else {
                    out.type(unit, Deo.DiscourseElement, Doco.Footnote);
                }
                out.text(unit, Fabio.hasSequenceIdentifier, Integer.toString(note.number()));
                out.text(unit, C4o.hasContent, note.text());
            });
            if (!mapped) continue;
            (entry ? entries : footnotes).add(unit);
            List<Node> references = new ArrayList<>();
            for (Citation citation : note.citations()) {
                CitationRef ref = new CitationRef(note.number(), citation.position());
                guard.run(note.line(), note.number(), "citation " + (citation.position() + 1) + " not mapped", () -> {
                    Node reference = reference(ref, citation, works.get(citation.workId()));
                    out.add(unit, Frbr.part, reference);
                    references.add(reference);
                });
            }
            out.chain(Oco.hasNext, references);
        }
        out.chain(Oco.hasNext, footnotes);
        out.chain(Oco.hasNext, entries);
    }

    /** The article's one reference list: DoCO's list of references and BiRO's bibliographic list. */
    private Node referenceList() {
        Node list = iris.referenceList(slug);
        out.add(article, Frbr.part, list);
        out.type(list, Deo.DiscourseElement, Doco.BibliographicReferenceList, Biro.ReferenceList);
        return list;
    }

    private Node reference(CitationRef ref, Citation citation, Node work) {
        Node reference = iris.reference(slug, ref);
        out.add(article, Frbr.part, reference);
        out.type(reference, Biro.BibliographicReference);
        out.text(reference, C4o.hasContent, citation.raw());
        if (work != null) out.add(reference, Biro.references, work);
        if (citation.emphasis() != null) out.text(reference, DcTerms.description, "emphasis " + citation.emphasis().label());

        Node act = iris.citation(slug, ref);
        out.type(act, Cito.Citation);
        out.add(act, Cito.hasCitingEntity, article);
        if (work != null) out.add(act, Cito.hasCitedEntity, work);
        if (isSeeAlso(citation.signal())) out.add(act, Cito.hasCitationCharacterization, Cito.citesAsRelated);
        if (citation.emphasis() != null) out.add(act, Cito.hasCitationCharacterization, Cito.includesQuotationFrom);

        Node annotation = iris.annotation(slug, ref);
        out.add(reference, Oco.hasAnnotation, annotation);
        out.type(annotation, Oa.Annotation);
        out.add(annotation, Oa.hasTarget, reference);
        out.add(annotation, Oa.hasBody, act);

        if (citation.signal() != null && !citation.signal().isBlank()) {
            Node signal = iris.signalAnnotation(slug, ref);
            out.add(reference, Oco.hasAnnotation, signal);
            out.type(signal, Oa.Annotation);
            out.add(signal, Oa.motivatedBy, Oa.classifying);
            out.add(signal, Oa.hasTarget, reference);
            out.text(signal, Oa.bodyValue, citation.signal());
        }
        excerpts(ref, citation, reference, work);
        return reference;
    }

    /** One excerpt per comma-separated pinpoint ("515-516, 519" → two), in order. */
    private void excerpts(CitationRef ref, Citation citation, Node reference, Node work) {
        if (citation.pinpoint() == null || citation.pinpoint().isBlank()) return;
        String[] parts = citation.pinpoint().trim().split(",\\s*");
        List<Node> excerpts = new ArrayList<>();
        for (int j = 0; j < parts.length; j++) {
            if (parts[j].isBlank()) continue;
            Node excerpt = iris.excerpt(slug, ref, j);
            excerpts.add(excerpt);
            out.type(excerpt, Fabio.Excerpt, Bibo.Excerpt);
            if (citation.emphasis() != null) out.type(excerpt, Fabio.Quotation, Bibo.Quote);
            if (work != null) {
                out.add(excerpt, Frbr.partOf, work);
                out.add(excerpt, DcTerms.isPartOf, work);
            }
            out.text(excerpt, Bibo.locator, parts[j]);
            Literals.PageRange range = Literals.PageRange.parse(parts[j]);
            if (range != null) {
                out.text(excerpt, Bibo.pageStart, range.start());
                out.text(excerpt, Bibo.pageEnd, range.end());
                out.text(excerpt, Prism.startingPage, range.start());
                out.text(excerpt, Prism.endingPage, range.end());
            }
            out.add(excerpt, C4o.isRelevantTo, reference);
        }
        out.chain(Oco.hasNext, excerpts);
    }

    private static boolean isSeeAlso(String signal) {
        return signal != null && signal.trim().toLowerCase(Locale.ROOT).startsWith("see also");
    }
}
