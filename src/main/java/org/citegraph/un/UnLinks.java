package org.citegraph.un;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
