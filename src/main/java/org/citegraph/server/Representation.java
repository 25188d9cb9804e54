package org.citegraph.server;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/**
 * The formats a resource description is published in, in the server's order of preference (used
 * to break ties in the Accept header). Each has a media type, a file extension for its own
 * document URL, and the short names accepted by {@code ?format=}.
 */
public enum Representation {
    HTML("HTML", "text/html", "html", null, List.of("html", "htm")),
    TURTLE("Turtle", "text/turtle", "ttl", RDFFormat.TURTLE_PRETTY, List.of("ttl", "turtle")),
    JSON_LD("JSON-LD", "application/ld+json", "jsonld", RDFFormat.JSONLD11_PRETTY, List.of("jsonld", "json-ld", "json")),
    RDF_XML("RDF/XML", "application/rdf+xml", "rdf", RDFFormat.RDFXML_PRETTY, List.of("rdf", "rdfxml", "xml", "owl")),
    N_TRIPLES("N-Triples", "application/n-triples", "nt", RDFFormat.NTRIPLES_UTF8, List.of("nt", "ntriples", "n-triples"));

    private final String displayName;

    private final String mediaType;
    private final String extension;
    private final RDFFormat rdfFormat;
    private final List<String> formatNames;

    Representation(String displayName, String mediaType, String extension, RDFFormat rdfFormat, List<String> formatNames) {
        this.displayName = displayName;
        this.mediaType = mediaType;
        this.extension = extension;
        this.rdfFormat = rdfFormat;
        this.formatNames = formatNames;
    }

    /** The format's usual name: "Turtle", "JSON-LD", "RDF/XML". */
    public String displayName() {
        return displayName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Content-Type header value; every format here is UTF-8 text. */
    public String contentType() {
        return mediaType + "; charset=utf-8";
    }

    public String extension() {
        return extension;
    }

    /** Jena's writer format, or null for HTML. */
    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    public boolean isRdf() {
        return rdfFormat != null;
    }

    /** The format a {@code ?format=} value names: a short name ("ttl", "jsonld") or a media type. */
    public static Optional<Representation> forFormatParameter(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (Representation r : values()) {
            if (r.formatNames.contains(v) || r.mediaType.equals(v)) return Optional.of(r);
        }
        return Optional.empty();
    }

    public static Optional<Representation> forExtension(String extension) {
        for (Representation r : values()) {
            if (r.extension.equals(extension)) return Optional.of(r);
        }
        return Optional.empty();
    }

    public static List<Representation> rdfFormats() {
        return List.of(TURTLE, JSON_LD, RDF_XML, N_TRIPLES);
    }
}
