package org.citegraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A cited work: one per distinct thing the article cites, however often it is cited.
 *
 * <p>{@code id} is a deterministic, readable key ("buzan-2004-international-world-society",
 * "un-doc-s-pv-7796") from which the RDF stage mints IRIs. {@code fields} is the most complete
 * description the notes give (a chapter carries its book's editors, publisher, place and year
 * even where the book was abbreviated). {@code shortTitles} are the abbreviated titles later notes
 * use for it. {@code unSymbol} is the parsed document symbol for UN documents, else null.
 */
public record Work(
        String id,
        CitationType type,
        BibFields fields,
        List<String> shortTitles,
        CitationRef firstCitation,
        UnSymbol unSymbol) {

    public Work {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fields, "fields");
        shortTitles = shortTitles == null ? List.of() : List.copyOf(shortTitles);
    }
}
