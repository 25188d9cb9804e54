package org.citegraph.model;

import java.util.List;

/**
 * A parsed note: its text and the citations found in it, in text order. {@code parsed} is false
 * when the note could not be parsed and is kept as raw text only (a warning says why).
 * {@code referenceListEntry} is true when the note is an entry of a bibliographic reference list
 * rather than a footnote (see {@link NoteText#referenceListEntry()}).
 */
public record Note(int number, int line, String text, List<Citation> citations, boolean parsed, boolean referenceListEntry) {

    public Note {
        citations = List.copyOf(citations);
    }

    /** A footnote (or a numbered note). */
    public Note(int number, int line, String text, List<Citation> citations, boolean parsed) {
        this(number, line, text, citations, parsed, false);
    }
}
