package org.citegraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;

/**
 * The documents about resources: {@code /doc/{path}} for IRIs under the base and
 * {@code /describe?iri=…} for any other IRI the data mentions. Without an extension or
 * {@code ?format=} the format is negotiated from the Accept header, and the response names the
 * variant it chose in {@code Content-Location} and varies on Accept. Every response lists the
 * other formats in {@code Link: rel="alternate"} headers and names the resource it
 * {@code rel="describes"}.
 */
final class DocumentServlet extends PageServlet {

    DocumentServlet(Site site) {
        super(site);
    }

    private record Target(String iri, Optional<Representation> fixedFormat) {}

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteUrls urls = site.urls(request);
        Optional<Target> target;
        try {
            target = target(request, urls);
        } catch (QueryCancelledException e) {
            ErrorPages.send(site, request, response, 503, "Busy", "The server could not look this up in time.", List.of());
            return;
        }
        if (target.isEmpty()) {
            ErrorPages.notFound(site, request, response);
            return;
        }
        String iri = target.get().iri();
        List<Site.Alternate> alternates = ResourceServlet.alternates(urls, iri);
        boolean negotiated = target.get().fixedFormat().isEmpty() && request.getParameter("format") == null;
        Optional<Representation> format = target.get().fixedFormat().isPresent()
                ? target.get().fixedFormat()
                : Http.choose(request, List.of(Representation.values()));
        if (negotiated) response.setHeader("Vary", "Accept");
        if (format.isEmpty()) {
            ErrorPages.notAcceptable(site, request, response, alternates);
            return;
        }
        Representation chosen = format.get();
        response.setHeader("Content-Location", urls.documentUrl(iri, chosen));
        response.addHeader("Link", "<" + iri + ">; rel=\"describes\"");
        List<Site.Alternate> others = new ArrayList<>();
        for (Site.Alternate a : alternates) if (!a.mediaType().equals(chosen.mediaType())) others.add(a);
        for (String link : Http.alternateLinks(others)) response.addHeader("Link", link);

        Node resource = NodeFactory.createURI(iri);
        try {
            if (chosen.isRdf()) {
                byte[] body = site.reader().read(data ->
                        Http.serialize(ResourceDescription.describe(data.union(), resource), chosen, site.terms().prefixes()));
                Http.rdf(response, body, chosen);
                return;
            }
            String openInSparql = site.reader().queryText("resource-triples");
            ResourcePage.View view = site.reader().read(data -> {
                Graph description = ResourceDescription.describe(data.union(), resource);
                Values values = new Values(urls, new Labels(data), site.terms());
                return new ResourcePage(data, values, resource, description).build(openInSparql);
            });
            Http.html(response, 200, site.page(urls, view.label(), "resource", view, htmlAlternates(alternates)));
        } catch (QueryCancelledException e) {
            ErrorPages.send(site, request, response, 503, "Busy", "This page took too long to build.", List.of());
        }
    }

    private static List<Site.Alternate> htmlAlternates(List<Site.Alternate> alternates) {
        return alternates.stream().filter(a -> !a.mediaType().equals(Representation.HTML.mediaType())).toList();
    }

    private Optional<Target> target(HttpServletRequest request, SiteUrls urls) {
        if (Http.rawPath(request).equals("/describe")) {
            String iri = request.getParameter("iri");
            if (iri == null || iri.isBlank()) return Optional.empty();
            boolean known = site.reader().read(data -> data.isKnown(NodeFactory.createURI(iri)));
            return known ? Optional.of(new Target(iri, Optional.empty())) : Optional.empty();
        }
        String afterDoc = Http.rawPath(request).substring(("/" + SiteUrls.DOC_PREFIX).length());
        return site.reader().read(data -> urls.parseDocumentPath(afterDoc, candidate -> data.isKnown(NodeFactory.createURI(candidate))))
                .map(p -> new Target(p.iri(), p.format()));
    }
}
