package org.citegraph.model;

import java.util.List;

/**
 * A United Nations document symbol decomposed by the UN's symbol grammar.
 *
 * <p>{@code organ} is the first component (A, S, E, ST, T, CCPR, ...); {@code body} the subsidiary
 * body path below it ("C.3", "HRC", "CN.4"), else null; {@code session} the session ("48", "S-10",
 * "ES-11", "III"); {@code year} the year for year-numbered series; {@code docType} the document
 * type ("RES", "PV", "SR", "PRST", "L", "general" for plain numbered documents, ...);
 * {@code number} the document number; {@code suffixes} the ordered modifiers ("Add.1", "Rev.2",
 * "Corr.1", ...). Null where the symbol has no such part.
 */
public record UnSymbol(
        String symbol,
        String organ,
        String body,
        String session,
        Integer year,
        String docType,
        String number,
        List<String> suffixes) {

    public UnSymbol {
        suffixes = suffixes == null ? List.of() : List.copyOf(suffixes);
    }
}
