package org.citegraph.export;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The bibliography formats citegraph writes. The label is what users type after {@code --to}. */
public enum Format {
    CSL_JSON("csl-json", "json"),
    BIBTEX("bibtex", "bib"),
    RIS("ris", "ris");

    private final String label;
    private final String extension;

    Format(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Reads a user-typed label; the error lists the accepted ones. */
    public static Format fromLabel(String label) {
        return Arrays.stream(values())
                .filter(f -> f.label.equalsIgnoreCase(label.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown bibliography format '" + label
                        + "'; expected one of " + Arrays.stream(values()).map(Format::label)
                        .collect(Collectors.joining(", "))));
    }

    @Override
    public String toString() {
        return label;
    }
}
