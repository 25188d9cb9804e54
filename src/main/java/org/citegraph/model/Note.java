package org.citegraph.model;

import java.util.List;

/**
 * A parsed note: its text and the citations found in it, in text order. {@code parsed} is false
 * when the note could not be parsed and is kept as raw text only (a warning says why).
 */
public record Note(int number, int line, String text, List<Citation> citations, boolean parsed) {

    public Note {
        citations = List.copyOf(citations);
    }
}
