package org.citegraph.validate;

/**
 * One thing wrong with a graph. {@code check} says which check found it ("shape" for the SHACL
 * shapes, "terms" for the ontology term check); {@code focus} is the node concerned and
 * {@code path} the property (both in short form, may be empty).
 */
public record Problem(String check, String focus, String path, String message) {

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(check).append(": ");
        if (!focus.isEmpty()) b.append(focus).append(' ');
        if (!path.isEmpty()) b.append(path).append(' ');
        return b.append("- ").append(message).toString();
    }
}
