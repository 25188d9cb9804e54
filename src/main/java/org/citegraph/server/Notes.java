package org.citegraph.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * Groups the rows of {@code notes.rq} into footnotes (or the entries of an author–date article's
 * reference list) with their references, and links each reference's text inside the note's text
 * to the work it cites.
 */
final class Notes {

    /** A stretch of a note's text; {@code href} is the cited work's page when the stretch is a reference. */
    record Segment(String text, String href) {}

    record ReferenceItem(int position, Values.Link work, String kind, List<String> locators,
                         String characterization, String comment, String text) {}

    /**
     * A footnote, or an entry of a reference list when {@code inReferenceList}; {@code unitLabel}
     * names it in front of its number ("Note", "Entry").
     */
    record NoteItem(String number, String anchor, String pageHref, List<Segment> segments, List<ReferenceItem> references,
                    boolean inReferenceList, String unitLabel) {}

    private final Values values;
    private final SiteUrls urls;

    Notes(Values values, SiteUrls urls) {
        this.values = values;
        this.urls = urls;
    }

    /** The HTML id of note {@code number} on its article's page. */
    static String anchor(String number) {
        return "note-" + number.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** The HTML id of note or reference-list entry {@code number}; entries have their own, as an article may have both. */
    static String anchor(String number, boolean inReferenceList) {
        return inReferenceList ? "entry-" + number.replaceAll("[^A-Za-z0-9_-]", "_") : anchor(number);
    }

    /** Whether a row of notes.rq or work-citations.rq is about a reference-list entry. */
    static boolean inReferenceList(Row row) {
        return "true".equals(row.text("inReferenceList"));
    }

    /** Notes in the order the rows give them (notes.rq sorts by note number, then reference position). */
    List<NoteItem> items(List<Row> rows, Node article) {
        Map<Node, NoteBuilder> notes = new LinkedHashMap<>();
        for (Row row : rows) {
            if (article != null && !article.equals(row.node("article"))) continue;
            Node note = row.node("note");
            NoteBuilder builder = notes.computeIfAbsent(note, n -> new NoteBuilder(n, row.text("number"), row.text("noteText"), inReferenceList(row)));
            Node ref = row.node("ref");
            if (ref == null) continue;
            ReferenceBuilder reference = builder.references.computeIfAbsent(ref, r -> new ReferenceBuilder(row));
            if (row.has("locator")) reference.locators.add(row.text("locator"));
        }
        List<NoteItem> items = new ArrayList<>();
        for (NoteBuilder builder : notes.values()) items.add(builder.build());
        return items;
    }

    private final class NoteBuilder {
        final Node note;
        final String number;
        final String text;
        final boolean inReferenceList;
        final Map<Node, ReferenceBuilder> references = new LinkedHashMap<>();

        NoteBuilder(Node note, String number, String text, boolean inReferenceList) {
            this.note = note;
            this.number = number == null ? "?" : number;
            this.text = text == null ? "" : text;
            this.inReferenceList = inReferenceList;
        }

        NoteItem build() {
            List<ReferenceItem> refs = new ArrayList<>();
            int position = 1;
            for (ReferenceBuilder r : inReadingOrder(references)) refs.add(r.build(position++));
            String pageHref = note.isURI() ? urls.pageUrl(note.getURI()) : null;
            return new NoteItem(number, anchor(number, inReferenceList), pageHref, segments(text, refs), refs,
                    inReferenceList, inReferenceList ? "Entry" : "Note");
        }
    }

    private final class ReferenceBuilder {
        final Node ref;
        final Node next;
        final Node work;
        final String text;
        final String comment;
        final Node characterization;
        final Set<String> locators = new LinkedHashSet<>();

        ReferenceBuilder(Row row) {
            this.ref = row.node("ref");
            this.next = row.node("nextRef");
            this.work = row.node("work");
            this.text = row.text("refText");
            this.comment = row.text("comment");
            this.characterization = row.node("characterization");
        }

        ReferenceItem build(int position) {
            String kind = null;
            Values.Link link = null;
            if (work != null) {
                link = values.link(work);
                String kindIri = values.labels().entry(work).kind();
                if (kindIri != null) kind = values.terms().typeLabel(kindIri);
            }
            String character = characterization != null && characterization.isURI()
                    ? values.terms().label(characterization.getURI()) : null;
            return new ReferenceItem(position, link, kind, List.copyOf(locators), character, comment, text);
        }
    }

    /**
     * The references of one note in reading order: each chain of {@code oco:hasNext} links from
     * its first reference (one that no other reference points to), then any reference the chains
     * missed, in the order the query gave them.
     */
    private static List<ReferenceBuilder> inReadingOrder(Map<Node, ReferenceBuilder> references) {
        Set<Node> pointedTo = new LinkedHashSet<>();
        for (ReferenceBuilder r : references.values()) if (r.next != null) pointedTo.add(r.next);
        List<ReferenceBuilder> ordered = new ArrayList<>();
        Set<Node> placed = new LinkedHashSet<>();
        for (ReferenceBuilder head : references.values()) {
            if (pointedTo.contains(head.ref)) continue;
            for (ReferenceBuilder r = head; r != null && placed.add(r.ref); r = r.next == null ? null : references.get(r.next)) {
                ordered.add(r);
            }
        }
        for (ReferenceBuilder r : references.values()) if (placed.add(r.ref)) ordered.add(r);
        return ordered;
    }

    /**
     * Splits a note's text so each reference's own text becomes a link to its work. References
     * are matched in order from where the previous one ended; one whose text is not found
     * verbatim stays unlinked in the text (it is still listed under the note).
     */
    static List<Segment> segments(String noteText, List<ReferenceItem> references) {
        List<Segment> segments = new ArrayList<>();
        int cursor = 0;
        for (ReferenceItem ref : references) {
            if (ref.text() == null || ref.text().isBlank() || ref.work() == null || ref.work().href() == null) continue;
            int at = noteText.indexOf(ref.text(), cursor);
            if (at < 0) continue;
            if (at > cursor) segments.add(new Segment(noteText.substring(cursor, at), null));
            segments.add(new Segment(ref.text(), ref.work().href()));
            cursor = at + ref.text().length();
        }
        if (cursor < noteText.length()) segments.add(new Segment(noteText.substring(cursor), null));
        return segments;
    }
}
