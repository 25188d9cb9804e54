package org.citegraph.model;

/** A numbered note as read from the page, before parsing: its number, source line and text. */
public record NoteText(int number, int line, String text) {
}
