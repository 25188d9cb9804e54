package org.citegraph.model;

import java.util.Objects;

/**
 * One citation inside a note: a reference to one work, full or short form.
 *
 * <p>{@code fields} carries only what this citation's own text gives (a short form has just
 * family names, a short title and its pinpoint); the complete description lives on the
 * {@link Work} named by {@code workId}. {@code pinpoint} is the pages cited ("515-516, 519").
 * {@code shortFormOf} points at the first full citation of the same work (null for full
 * citations); {@code containerFrom} at the citation that described an abbreviated book in full.
 */
public record Citation(
        int position,
        String raw,
        CitationType type,
        BibFields fields,
        String pinpoint,
        String signal,
        boolean signalInherited,
        Emphasis emphasis,
        CitationRef shortFormOf,
        CitationRef containerFrom,
        String workId) {

    public Citation {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fields, "fields");
    }

    public boolean isShortForm() {
        return shortFormOf != null;
    }
}
