package org.citegraph.un;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.citegraph.model.UnSymbol;

/**
 * The outcome of parsing one UN document symbol: either the decomposed {@link UnSymbol} or the
 * reason the text is not a symbol. Both carry the warnings raised while normalising the text
 * (a mistyped or unusually spaced symbol is repaired only when the repair is unambiguous, and
 * the repair is always reported).
 */
public sealed interface UnSymbolResult permits UnSymbolResult.Parsed, UnSymbolResult.Unparsed {

    /** The text as given to the parser. */
    String input();

    /** What was repaired or found suspicious, in the order noticed; empty when nothing was. */
    List<String> warnings();

    boolean isParsed();

    /** The symbol when parsing succeeded. */
    Optional<UnSymbol> toSymbol();

    /** A symbol in canonical form (§1.6 of the design note) with its decomposition. */
    record Parsed(String input, UnSymbol symbol, List<String> warnings) implements UnSymbolResult {
        public Parsed {
            Objects.requireNonNull(symbol, "symbol");
            input = input == null ? "" : input;
            warnings = List.copyOf(warnings);
        }

        @Override
        public boolean isParsed() {
            return true;
        }

        @Override
        public Optional<UnSymbol> toSymbol() {
            return Optional.of(symbol);
        }
    }

    /** Text that is not (or not unambiguously) a UN document symbol; {@code error} says why. */
    record Unparsed(String input, String error, List<String> warnings) implements UnSymbolResult {
        public Unparsed {
            Objects.requireNonNull(error, "error");
            input = input == null ? "" : input;
            warnings = List.copyOf(warnings);
        }

        @Override
        public boolean isParsed() {
            return false;
        }

        @Override
        public Optional<UnSymbol> toSymbol() {
            return Optional.empty();
        }
    }
}
