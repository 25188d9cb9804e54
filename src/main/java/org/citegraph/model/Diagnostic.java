package org.citegraph.model;

/**
 * A problem found in the input, said in terms a user can act on: which file, which line, which note.
 * {@code line} and {@code note} are 0 when they do not apply.
 */
public record Diagnostic(Severity severity, String source, int line, int note, String message) {

    public enum Severity { WARNING, ERROR }

    public static Diagnostic warning(String source, int line, int note, String message) {
        return new Diagnostic(Severity.WARNING, source, line, note, message);
    }

    /** "hadano.txt:42: note 17: unbalanced quotes; kept as raw text". */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(source == null ? "<input>" : source);
        if (line > 0) b.append(':').append(line);
        b.append(": ");
        if (note > 0) b.append("note ").append(note).append(": ");
        b.append(severity == Severity.ERROR ? "error: " : "warning: ").append(message);
        return b.toString();
    }
}
