package org.citegraph.model;

/** Points at one citation of an article: note number (1-based) and position in the note (0-based). */
public record CitationRef(int note, int position) {
}
