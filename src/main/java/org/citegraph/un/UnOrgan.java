package org.citegraph.un;

import java.util.Objects;
import java.util.Optional;

/**
 * A UN organ or subsidiary body, keyed by its series symbol ("A", "S", "A/C.4", "A/HRC", "E/CN.4").
 * {@code wikidataId} is set only where the design note gives the item (never guessed);
 * {@code parentSeries} is null for a root.
 */
public record UnOrgan(String series, String name, String wikidataId, String parentSeries) {

    public UnOrgan {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(name, "name");
    }

    /** The Wikidata entity IRI, for {@code owl:sameAs}. */
    public Optional<String> wikidataIri() {
        return Optional.ofNullable(wikidataId).map(id -> "http://www.wikidata.org/entity/" + id);
    }
}
