package org.citegraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.QueryCancelledException;

/**
 * The home page at the base IRI. People get HTML; a client asking for RDF is sent (303) to the
 * VoID description, which is the machine-readable account of the dataset.
 */
final class HomeHandler {

    private final Site site;

    HomeHandler(Site site) {
        this.site = site;
    }

    void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteUrls urls = site.urls(request);
        response.setHeader("Vary", "Accept");
        Optional<Representation> format = Http.choose(request, List.of(Representation.values()));
        if (format.isPresent() && format.get().isRdf()) {
            response.setHeader("Location", urls.voidDocument() + "?format=" + format.get().extension());
            Http.text(response, 303, "text/plain", "The dataset is described at " + urls.voidDocument() + "\n");
            return;
        }
        HomePage.View view;
        try {
            view = site.summaries().get("home " + urls.base(), () -> site.reader().read(data -> {
                Values values = new Values(urls, new Labels(data), site.terms());
                return new HomePage(data, values).build(site.queries());
            }));
        } catch (QueryCancelledException e) {
            ErrorPages.send(site, request, response, 503, "Busy", "The dataset figures took too long to compute.", List.of());
            return;
        }
        List<Site.Alternate> alternates = List.of(new Site.Alternate("VoID (Turtle)", Representation.TURTLE.mediaType(), urls.voidDocument()));
        response.addHeader("Link", "<" + urls.voidDocument() + ">; rel=\"describedby\"; type=\"text/turtle\"");
        response.addHeader("Link", "<" + urls.sparqlEndpoint() + ">; rel=\"http://www.w3.org/ns/sparql-service-description#endpoint\"");
        Http.html(response, 200, site.page(urls, "Citation knowledge graph", "home", view, alternates));
    }
}
