package org.citegraph.un;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citegraph.model.UnSymbol;

/**
 * The symbols of the World Health Organization's governing bodies, a UN specialized agency whose
 * documents follow their own grammar rather than the UN's: the World Health Assembly's resolutions
 * ({@code WHA77.17}: session, then number) and decisions ({@code WHA76(9)}), its documents
 * ({@code A77/10}, {@code A77/10 Add.1}, {@code A77/INF./2}), and the Executive Board's resolutions ({@code EB152.R3}),
 * decisions ({@code EB152(5)}) and documents ({@code EB152/12}). The organ is {@code WHA} or
 * {@code EB}, the session the number after it; no symbol of the UN's own grammar has these shapes.
 */
final class WhoSymbols {

    /** The Assembly; its documents' symbols open with "A" and the session ("A77/10"). */
    static final String ASSEMBLY = "WHA";
    static final String EXECUTIVE_BOARD = "EB";

    private static final Pattern RESOLUTION = Pattern.compile("^(WHA|EB)(\\d{1,3})\\.(R)?(\\d{1,3})$");
    private static final Pattern DECISION = Pattern.compile("^(WHA|EB)(\\d{1,3})\\((\\d{1,3})\\)$");
    private static final Pattern DOCUMENT = Pattern.compile(
            "^(A|EB)(\\d{1,3})/(?:(INF|DIV)\\./)?(\\d{1,3})((?:[ /](?:Add|Rev|Corr)\\.\\d{1,2})*)$");
    private static final Pattern MODIFIER = Pattern.compile("(Add|Rev|Corr)\\.\\d{1,2}");

    private WhoSymbols() {
    }

    /** The symbol decomposed, when {@code text} (already trimmed) is a WHO governing-body symbol. */
    static Optional<UnSymbol> parse(String text) {
        Matcher m = RESOLUTION.matcher(text);
        // the Assembly numbers resolutions without "R" (WHA77.17), the Board with it (EB152.R3)
        if (m.matches() && (m.group(1).equals(ASSEMBLY) == (m.group(3) == null))) {
            return Optional.of(new UnSymbol(text, m.group(1), null, m.group(2), null, "RES", m.group(4), List.of()));
        }
        m = DECISION.matcher(text);
        if (m.matches()) {
            return Optional.of(new UnSymbol(text, m.group(1), null, m.group(2), null, "DEC", m.group(3), List.of()));
        }
        m = DOCUMENT.matcher(text);
        if (m.matches()) {
            String organ = m.group(1).equals("A") ? ASSEMBLY : EXECUTIVE_BOARD;
            String docType = m.group(3) == null ? UnSymbolParser.GENERAL : m.group(3);
            List<String> suffixes = new ArrayList<>();
            // WHO prints a modifier after a space ("A77/10 Add.1"); "A77/10/Add.1" is read as the same symbol
            StringBuilder symbol = new StringBuilder(text.length()).append(m.group(1)).append(m.group(2)).append('/');
            if (m.group(3) != null) symbol.append(m.group(3)).append("./");
            symbol.append(m.group(4));
            Matcher mod = MODIFIER.matcher(m.group(5));
            while (mod.find()) {
                suffixes.add(mod.group());
                symbol.append(' ').append(mod.group());
            }
            return Optional.of(new UnSymbol(symbol.toString(), organ, null, m.group(2), null, docType, m.group(4), suffixes));
        }
        return Optional.empty();
    }

    static boolean isWho(UnSymbol symbol) {
        return ASSEMBLY.equals(symbol.organ()) || EXECUTIVE_BOARD.equals(symbol.organ());
    }

    /**
     * The governing bodies' file of a resolution or an unmodified document ({@code WHA77.17} →
     * {@code …/pdf_files/WHA77/A77_R17-en.pdf}, {@code EB152/12} → {@code …/EB152/B152_12-en.pdf});
     * empty for decisions, which have no file of their own, and for information documents, addenda
     * and revisions, whose file names vary.
     */
    static Optional<String> file(UnSymbol symbol) {
        if (!isWho(symbol) || !symbol.suffixes().isEmpty()) return Optional.empty();
        if (!"RES".equals(symbol.docType()) && !UnSymbolParser.GENERAL.equals(symbol.docType())) return Optional.empty();
        boolean assembly = ASSEMBLY.equals(symbol.organ());
        String folder = (assembly ? "WHA" : "EB") + symbol.session();
        String prefix = (assembly ? "A" : "B") + symbol.session() + "_";
        String name = ("RES".equals(symbol.docType()) ? "R" : "") + symbol.number();
        return Optional.of(FILES + folder + "/" + prefix + name + "-en.pdf");
    }

    private static final String FILES = "https://apps.who.int/gb/ebwha/pdf_files/";
}
