package org.citegraph.model;

import java.util.Objects;

/** An organisation in an author, editor or publisher position ("CSTO", "BBC", "United Nations"). */
public record Organization(String name) implements Agent {

    public Organization {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String displayName() {
        return name;
    }

    @Override
    public String sortName() {
        return name;
    }
}
