package org.citegraph.un;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citegraph.model.UnSymbol;

/**
 * The resolutions of the International Maritime Organization, a UN specialized agency whose symbols follow
 * their own grammar: the adopting body, the resolution's number and, in brackets, the body's session
 * ({@code MEPC.264(68)}, {@code MSC.385(94)}, {@code A.1110(30)}). The organ is {@code IMO}, the body its
 * Assembly or committee; no symbol of the UN's own grammar has this shape.
 */
final class ImoSymbols {

    static final String ORGAN = "IMO";

    private static final Pattern RESOLUTION = Pattern.compile("^(A|MSC|MEPC|LEG|FAL|TC|C)\\.(\\d{1,4})\\((\\d{1,3})\\)$");

    private ImoSymbols() {
    }

    /** The symbol decomposed, when {@code text} (already trimmed) is an IMO resolution's. */
    static Optional<UnSymbol> parse(String text) {
        Matcher m = RESOLUTION.matcher(text);
        if (!m.matches()) return Optional.empty();
        return Optional.of(new UnSymbol(text, ORGAN, m.group(1), m.group(3), null, "RES", m.group(2), List.of()));
    }

    static boolean isImo(UnSymbol symbol) {
        return ORGAN.equals(symbol.organ());
    }
}
