package org.citegraph.server;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The public URLs of everything the server publishes, all under the base IRI: the server's root
 * path "/" <em>is</em> the base IRI, so {@code /br/1} is the resource {@code {base}br/1} and every
 * link the server writes is absolute and public (correct behind a reverse proxy).
 *
 * <p>Cool URIs, 303 pattern: a resource IRI names a thing (an article, a person), not a web page.
 * Dereferencing it answers 303 See Other with the URL of the document about it,
 * {@code {base}doc/{path}}; that document negotiates its format and names the variant it sent in
 * Content-Location ({@code {base}doc/{path}.ttl}, {@code .html}, {@code .jsonld}, {@code .rdf},
 * {@code .nt}). Resources outside the base (e.g. other datasets' IRIs in the same store) have
 * their documents at {@code {base}describe?iri=…}. Paths the server reserves under the base:
 * {@code doc/}, {@code describe}, {@code query}, {@code static/}, {@code sitemap.xml},
 * {@code robots.txt}, {@code .well-known/}, {@code $/}, {@code ui/} and the dataset name.
 */
public record SiteUrls(String base, String datasetName) {

    public static final String DOC_PREFIX = "doc/";

    public boolean isLocal(String iri) {
        return iri.startsWith(base) && iri.length() > base.length();
    }

    /** The IRIs a request path (raw, as sent, starting with "/") may stand for: as sent, and percent-decoded. */
    public Set<String> irisForPath(String rawPath) {
        String relative = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        Set<String> candidates = new LinkedHashSet<>();
        candidates.add(base + relative);
        if (relative.indexOf('%') >= 0) {
            try {
                candidates.add(base + URLDecoder.decode(relative.replace("+", "%2B"), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                // keep only the raw form
            }
        }
        return candidates;
    }

    /** The URL of the document describing {@code iri}, in {@code format} (null: negotiated). */
    public String documentUrl(String iri, Representation format) {
        if (isLocal(iri)) {
            String url = base + DOC_PREFIX + iri.substring(base.length());
            return format == null ? url : url + "." + format.extension();
        }
        String url = base + "describe?iri=" + encode(iri);
        return format == null ? url : url + "&format=" + format.extension();
    }

    /** Where a person clicks to see {@code iri}: its HTML document. */
    public String pageUrl(String iri) {
        return documentUrl(iri, null);
    }

    /** The resource a {@code doc/...} path is about, and the format its extension asks for, if any. */
    public record DocumentPath(String iri, Optional<Representation> format) {}

    /**
     * Reads a document path (the part after "{@code doc/}"). A known extension selects a format,
     * unless the whole path, extension included, is itself the resource ({@code isKnown} decides).
     */
    public Optional<DocumentPath> parseDocumentPath(String afterDoc, java.util.function.Predicate<String> isKnown) {
        if (afterDoc.isEmpty()) return Optional.empty();
        int dot = afterDoc.lastIndexOf('.');
        int slash = afterDoc.lastIndexOf('/');
        if (dot > slash + 1) {
            Optional<Representation> format = Representation.forExtension(afterDoc.substring(dot + 1).toLowerCase(Locale.ROOT));
            if (format.isPresent()) {
                String stem = afterDoc.substring(0, dot);
                for (String iri : irisForPath(stem)) {
                    if (isKnown.test(iri)) return Optional.of(new DocumentPath(iri, format));
                }
            }
        }
        for (String iri : irisForPath(afterDoc)) {
            if (isKnown.test(iri)) return Optional.of(new DocumentPath(iri, Optional.empty()));
        }
        return Optional.empty();
    }

    public String home() { return base; }
    public String queryPage() { return base + "query"; }
    public String voidDocument() { return base + ".well-known/void"; }
    public String voidDataset() { return voidDocument() + "#dataset"; }
    public String sitemap() { return base + "sitemap.xml"; }
    public String dataset() { return base + datasetName.substring(1); }
    public String sparqlEndpoint() { return dataset() + "/sparql"; }
    public String staticAsset(String name) { return base + "static/" + name; }

    /** Apache Jena's Fuseki UI, whose SPARQL editor works on this server's dataset. */
    public String editor() { return base + "ui/"; }

    /** The Fuseki UI's SPARQL editor with {@code queryText} loaded, ready to run (the query travels in the fragment). */
    public String editor(String queryText) {
        return editor() + "#/dataset/" + encode(datasetName.substring(1)) + "/query?query=" + encode(queryText);
    }

    public String queryPage(String shippedQueryName) {
        return queryPage() + "?name=" + encode(shippedQueryName);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
