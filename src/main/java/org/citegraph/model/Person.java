package org.citegraph.model;

import java.util.Objects;

/**
 * A person as named in a citation. {@code given} is null when the text gives only the family name
 * (short forms); {@code suffix} holds generational suffixes such as "Jr.".
 */
public record Person(String family, String given, String suffix) implements Agent {

    public Person {
        Objects.requireNonNull(family, "family");
    }

    public Person(String family, String given) {
        this(family, given, null);
    }

    @Override
    public String displayName() {
        StringBuilder b = new StringBuilder();
        if (given != null && !given.isEmpty()) b.append(given).append(' ');
        b.append(family);
        if (suffix != null && !suffix.isEmpty()) b.append(' ').append(suffix);
        return b.toString();
    }

    @Override
    public String sortName() {
        String base = given == null || given.isEmpty() ? family : family + ", " + given;
        return suffix == null || suffix.isEmpty() ? base : base + ", " + suffix;
    }
}
