package org.citegraph.un;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.citegraph.model.UnSymbol;

/**
 * Links to a UN document's pages and files (design note §3.1, §3.6). They identify pages and files,
 * not the document, so the RDF stage uses them with {@code rdfs:seeAlso}, never {@code owl:sameAs}.
 * A joint symbol links by its first component, which the UN systems resolve on its own.
 */
public final class UnLinks {

    /** The six official languages, in the UN's order, as ISO 639-1 codes used by undocs.org. */
    public static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

    private static final String UNDOCS = "https://undocs.org/";
    private static final String ODS_API = "https://documents.un.org/api/symbol/access";

    private UnLinks() {
    }

    private static final String TREATY_SECTION_NOTIFICATIONS = "https://treaties.un.org/doc/Publication/CN/";

    /** The depositary's notifications are published in English and French only. */
    private static final Map<String, String> NOTIFICATION_LANGUAGES = Map.of("en", "Eng", "fr", "Fre");

    /**
     * The document's stable link: its undocs.org page, for a depositary notification (which undocs.org does
     * not serve) the Treaty Section's English file, for a WHO governing-body document its English file when
     * the file's name follows from the symbol; empty otherwise (an IMO resolution).
     */
    public static Optional<String> page(UnSymbol symbol) {
        if (WhoSymbols.isWho(Objects.requireNonNull(symbol, "symbol"))) return WhoSymbols.file(symbol);
        if (ImoSymbols.isImo(symbol)) return Optional.empty(); // the IMO's documents have no address made from the symbol
        return Optional.of(isDepositaryNotification(symbol) ? notification(symbol, "en") : undocs(symbol));
    }

    /**
     * The link of every language version, in {@link #LANGUAGES} order: six on undocs.org, two for a notification,
     * none for a WHO or IMO document (undocs.org does not serve them).
     */
    public static Map<String, String> languageVersions(UnSymbol symbol) {
        if (WhoSymbols.isWho(Objects.requireNonNull(symbol, "symbol")) || ImoSymbols.isImo(symbol)) return Map.of();
        if (!isDepositaryNotification(symbol)) return undocsLanguageVersions(symbol);
        Map<String, String> links = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            if (NOTIFICATION_LANGUAGES.containsKey(language)) links.put(language, notification(symbol, language));
        }
        return links;
    }

    private static boolean isDepositaryNotification(UnSymbol symbol) {
        return UnSymbolParser.DEPOSITARY_NOTIFICATION_TYPE.equals(Objects.requireNonNull(symbol, "symbol").docType());
    }

    /** "C.N.412.2019.TREATIES-IV.4" → {@code …/CN/2019/CN.412.2019-Eng.pdf}: filed by year, named by number and year. */
    private static String notification(UnSymbol symbol, String language) {
        return TREATY_SECTION_NOTIFICATIONS + symbol.year() + "/CN." + symbol.number() + "." + symbol.year() + "-"
                + NOTIFICATION_LANGUAGES.get(language) + ".pdf";
    }

    /** {@code https://undocs.org/{symbol}}: the short link; the site picks the language. */
    public static String undocs(UnSymbol symbol) {
        return UNDOCS + path(linkSymbol(symbol));
    }

    /** {@code https://undocs.org/{lang}/{symbol}} for one of {@link #LANGUAGES}. */
    public static String undocs(UnSymbol symbol, String language) {
        return UNDOCS + checkLanguage(language) + "/" + path(linkSymbol(symbol));
    }

    /** The undocs.org link of every language version, in {@link #LANGUAGES} order. */
    public static Map<String, String> undocsLanguageVersions(UnSymbol symbol) {
        Map<String, String> links = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            links.put(language, undocs(symbol, language));
        }
        return links;
    }

    /** The PDF of one language version through the ODS symbol API (the symbol fully URL-encoded). */
    public static String odsPdf(UnSymbol symbol, String language) {
        return ODS_API + "?s=" + URLEncoder.encode(linkSymbol(symbol), StandardCharsets.UTF_8).replace("+", "%20")
                + "&l=" + checkLanguage(language) + "&t=pdf";
    }

    private static String linkSymbol(UnSymbol symbol) {
        Objects.requireNonNull(symbol, "symbol");
        return UnSymbols.components(symbol).get(0).symbol();
    }

    /** Symbols are ASCII; only the space before a part letter needs escaping in a path. */
    private static String path(String symbol) {
        return symbol.replace(" ", "%20");
    }

    private static String checkLanguage(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("not an official UN language code: " + language
                    + " (expected one of " + LANGUAGES + ")");
        }
        return language;
    }
}
