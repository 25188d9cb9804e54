package org.citegraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;

/** Writing responses: HTML with safe headers, RDF in a negotiated format, plain-text errors. */
final class Http {

    /** Scripts, styles and images only from this site; no framing; forms post only here. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private Http() {}

    static void html(HttpServletResponse response, int status, SafeHtml page) throws IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        send(response, status, Representation.HTML.contentType(), page.html().getBytes(StandardCharsets.UTF_8));
    }

    static void text(HttpServletResponse response, int status, String mediaType, String text) throws IOException {
        send(response, status, mediaType + "; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a whole response body, with its length, and forbids browsers to guess another type. */
    static void send(HttpServletResponse response, int status, String contentType, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static byte[] serialize(Graph graph, Representation format, PrefixMapping prefixes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Graph withPrefixes = graph;
        if (prefixes != null) withPrefixes.getPrefixMapping().setNsPrefixes(usedPrefixes(graph, prefixes));
        RDFWriter.source(withPrefixes).format(format.rdfFormat()).output(out);
        return out.toByteArray();
    }

    static void rdf(HttpServletResponse response, byte[] body, Representation format) throws IOException {
        send(response, 200, format.contentType(), body);
    }

    /** Only the prefixes whose namespace the graph uses, so small documents stay small. */
    private static PrefixMapping usedPrefixes(Graph graph, PrefixMapping all) {
        PrefixMapping used = PrefixMapping.Factory.create();
        java.util.Set<String> namespaces = new java.util.HashSet<>();
        graph.find().forEach(t -> {
            for (var n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI()) namespaces.add(n.getNameSpace());
                if (n.isLiteral() && n.getLiteralDatatypeURI() != null) namespaces.add(namespaceOf(n.getLiteralDatatypeURI()));
            }
        });
        all.getNsPrefixMap().forEach((prefix, ns) -> {
            if (namespaces.contains(ns)) used.setNsPrefix(prefix, ns);
        });
        return used;
    }

    private static String namespaceOf(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut < 0 ? iri : iri.substring(0, cut + 1);
    }

    /**
     * The representation a request asks for: {@code ?format=} if given (empty when it names an
     * unknown format), else the best match of its Accept header among {@code offers}.
     */
    static Optional<Representation> choose(HttpServletRequest request, List<Representation> offers) {
        String format = request.getParameter("format");
        if (format != null && !format.isBlank()) {
            return Representation.forFormatParameter(format).filter(offers::contains);
        }
        return ContentNegotiation.choose(request.getHeader("Accept"), offers);
    }

    static boolean prefersHtml(HttpServletRequest request) {
        return choose(request, List.of(Representation.HTML, Representation.TURTLE))
                .map(r -> r == Representation.HTML).orElse(false);
    }

    /** The request path as sent, still percent-encoded (IRIs are matched in their minted form). */
    static String rawPath(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    /** {@code Link} header values for the alternate formats of a document. */
    static List<String> alternateLinks(List<Site.Alternate> alternates) {
        List<String> links = new ArrayList<>();
        for (Site.Alternate a : alternates) links.add("<" + a.href() + ">; rel=\"alternate\"; type=\"" + a.mediaType() + "\"");
        return links;
    }
}
