package org.citegraph.un;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.citegraph.model.UnSymbol;

/**
 * Facts derived from a parsed symbol that the RDF stage turns into links: the components of a joint
 * symbol, and the document a modified symbol depends on (design note §4: Add. → supplement of,
 * Rev. → replaces, Corr. → corrects, Amend. → updates, part letter → part of, resumption → same meeting).
 */
public final class UnSymbols {

    /** How a symbol relates to the symbol with its last suffix removed ({@link #parent}). */
    public enum Relation {
        ADDENDUM, REVISION, CORRIGENDUM, AMENDMENT, SUMMARY, RESUMPTION, PART
    }

    private static final String JOINT = "joint:";
    private static final Pattern PART_LETTER = Pattern.compile("^[A-Z](?:-[A-Z])?$");

    private UnSymbols() {
    }

    /** The component symbols of a joint symbol (A/47/277-S/24111 gives A/47/277 and S/24111); else the symbol. */
    public static List<UnSymbol> components(UnSymbol symbol) {
        List<String> partners = symbol.suffixes().stream().filter(s -> s.startsWith(JOINT))
                .map(s -> s.substring(JOINT.length())).toList();
        if (partners.isEmpty()) {
            return List.of(symbol);
        }
        List<UnSymbol> components = new ArrayList<>();
        String first = symbol.symbol().substring(0, symbol.symbol().length()
                - partners.stream().mapToInt(p -> p.length() + 1).sum());
        components.add(reparse(first));
        for (String partner : partners) {
            components.add(reparse(partner));
        }
        return List.copyOf(components);
    }

    /** The suffixes of the first component, without joint partners. */
    public static List<String> ownSuffixes(UnSymbol symbol) {
        return symbol.suffixes().stream().filter(s -> !s.startsWith(JOINT)).toList();
    }

    /**
     * The symbol with its last own suffix removed: A/60/50/Corr.1 gives A/60/50; S/INF/19/Rev.1/Add.1 gives
     * S/INF/19/Rev.1; A/RES/69/274 A gives A/RES/69/274. Empty for a symbol without suffixes. For a joint
     * symbol, the parent of its first component.
     */
    public static Optional<UnSymbol> parent(UnSymbol symbol) {
        UnSymbol first = components(symbol).get(0);
        List<String> own = first.suffixes();
        if (own.isEmpty()) {
            return Optional.empty();
        }
        String last = own.get(own.size() - 1);
        String text = first.symbol();
        String parentText;
        if (PART_LETTER.matcher(last).matches()) {
            int at = text.lastIndexOf(" " + last);
            parentText = text.substring(0, at) + text.substring(at + last.length() + 1);
        } else if (last.startsWith("(")) {
            parentText = text.substring(0, text.length() - last.length());
        } else {
            int at = text.lastIndexOf("/" + last);
            parentText = text.substring(0, at >= 0 ? at : text.lastIndexOf(" " + last)); // WHO: "A77/10 Add.1"
        }
        return Optional.of(reparse(parentText));
    }

    /** How the symbol relates to {@link #parent}; empty when it has no parent. */
    public static Optional<Relation> relationToParent(UnSymbol symbol) {
        List<String> own = components(symbol).get(0).suffixes();
        if (own.isEmpty()) {
            return Optional.empty();
        }
        String last = own.get(own.size() - 1);
        if (last.startsWith("Add.")) {
            return Optional.of(Relation.ADDENDUM);
        }
        if (last.startsWith("Rev.")) {
            return Optional.of(Relation.REVISION);
        }
        if (last.startsWith("Corr.")) {
            return Optional.of(Relation.CORRIGENDUM);
        }
        if (last.startsWith("Amend.")) {
            return Optional.of(Relation.AMENDMENT);
        }
        if (last.equals("Summary")) {
            return Optional.of(Relation.SUMMARY);
        }
        if (last.startsWith("(Resumption")) {
            return Optional.of(Relation.RESUMPTION);
        }
        return Optional.of(Relation.PART);
    }

    /** Re-parses a canonical (sub)symbol; it came from a parsed symbol, so failure is a bug in this package. */
    private static UnSymbol reparse(String canonical) {
        return UnSymbolParser.parse(canonical).toSymbol().orElseThrow(() ->
                new IllegalStateException("canonical UN symbol did not re-parse: " + canonical));
    }
}
