package org.citegraph.model;

/**
 * A numbered note as read from the page, before parsing: its number, source line and text.
 * {@code referenceListEntry} is true when the "note" is an entry of a bibliographic reference
 * list (an unnumbered author–date list numbered in reading order, or a JATS {@code <ref>}), not a
 * footnote; it is per note because one article may carry both.
 */
public record NoteText(int number, int line, String text, boolean referenceListEntry) {

    /** A footnote (or a numbered note). */
    public NoteText(int number, int line, String text) {
        this(number, line, text, false);
    }
}
