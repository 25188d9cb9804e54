package org.citegraph.export;

import java.util.Objects;
import org.citegraph.model.Work;

/** One bibliography entry: a cited work and the citation key it is exported under. */
public record BibEntry(String key, Work work) {

    public BibEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(work, "work");
    }
}
