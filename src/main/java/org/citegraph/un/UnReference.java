package org.citegraph.un;

import java.util.List;
import java.util.Objects;

import org.citegraph.model.UnSymbol;

/**
 * A reference to a UN document or to the UN Treaty Series found in citation text.
 *
 * <p>Exactly one of {@code symbol}, {@code unparsedSymbol} and {@code treatySeries} is set:
 * a recognised document, a UN-document citation whose symbol could not be read unambiguously (kept,
 * never dropped, with the reason among the warnings), or a Treaty Series place. {@code start} and
 * {@code end} delimit the reference in the text (cue words such as "UN Doc" included); {@code date} is
 * the ISO date (yyyy-MM-dd) written right after it ("28 September 1993", "Sept. 25, 1991"), with
 * {@code dateText} as written. {@code extentEnd} is the offset after everything the reference covers:
 * its date, and an immediate restatement of the same document ("G.A. Res. 73/331, U.N. Doc.
 * A/RES/73/331 (July 25, 2019)" is one reference); it equals {@code end} when there is neither.
 */
public record UnReference(
        Style style,
        int start,
        int end,
        String text,
        UnSymbol symbol,
        String unparsedSymbol,
        UntsReference treatySeries,
        String date,
        String dateText,
        int extentEnd,
        List<String> warnings) {

    /** How the reference was written. */
    public enum Style {
        /** "UN Doc A/48/PV.6", "U.N. Doc. S/RES/713", "doc. no. S/2016/867". */
        DOCUMENT_CITATION,
        /** A symbol on its own: "S/PV.7796, p. 10". */
        BARE_SYMBOL,
        /** An undocs.org or docs.un.org link. */
        LINK,
        /** A resolution cited by number: "SC Res. 713 (1991)", "GA Res. 73/331", "resolution 2014 (2011)". */
        RESOLUTION_NUMBER,
        /** "United Nations Treaty Series, 2632 (2009), pp. 29–50", "2632 UNTS 29". */
        TREATY_SERIES
    }

    public UnReference {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(text, "text");
        int set = (symbol != null ? 1 : 0) + (unparsedSymbol != null ? 1 : 0) + (treatySeries != null ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("a UN reference has exactly one of symbol, unparsed symbol, treaty series");
        }
        warnings = List.copyOf(warnings);
    }

    public boolean isDocument() {
        return symbol != null;
    }

    public boolean isUnparsed() {
        return unparsedSymbol != null;
    }

    public boolean isTreatySeries() {
        return treatySeries != null;
    }
}
