package org.citegraph.model;

/** A trailing "emphasis added" / "emphasis in original" remark on a quoting citation. */
public enum Emphasis {
    ADDED("added"),
    IN_ORIGINAL("in original");

    private final String label;

    Emphasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
