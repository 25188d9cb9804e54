package org.citegraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;

/**
 * Everything under the base IRI that is not one of the server's own paths: the home page at "/",
 * and the resources of the data. A resource IRI names a thing, so it answers
 * {@code 303 See Other} pointing at the document about the thing ({@link SiteUrls}); an IRI the
 * data does not mention is 404; an Accept header none of the formats satisfies is 406.
 */
final class ResourceServlet extends PageServlet {

    private final HomeHandler home;

    ResourceServlet(Site site) {
        super(site);
        this.home = new HomeHandler(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Http.rawPath(request);
        if (path.equals("/") || path.isEmpty()) {
            home.serve(request, response);
            return;
        }
        SiteUrls urls = site.urls(request);
        Optional<String> iri;
        try {
            iri = site.reader().read(view -> urls.irisForPath(path).stream()
                    .filter(candidate -> view.isKnown(NodeFactory.createURI(candidate)))
                    .findFirst());
        } catch (QueryCancelledException e) {
            ErrorPages.send(site, request, response, 503, "Busy", "The server could not look this up in time.", List.of());
            return;
        }
        if (iri.isEmpty()) {
            ErrorPages.notFound(site, request, response);
            return;
        }
        List<Site.Alternate> alternates = alternates(urls, iri.get());
        Optional<Representation> format = Http.choose(request, List.of(Representation.values()));
        response.setHeader("Vary", "Accept");
        if (format.isEmpty()) {
            ErrorPages.notAcceptable(site, request, response, alternates);
            return;
        }
        boolean explicit = request.getParameter("format") != null;
        String document = urls.documentUrl(iri.get(), explicit ? format.get() : null);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", document);
        response.addHeader("Link", "<" + urls.documentUrl(iri.get(), null) + ">; rel=\"describedby\"");
        Http.text(response, 303, "text/plain", "The document about " + iri.get() + " is at " + document + "\n");
    }

    static List<Site.Alternate> alternates(SiteUrls urls, String iri) {
        List<Site.Alternate> alternates = new ArrayList<>();
        for (Representation r : Representation.values()) alternates.add(new Site.Alternate(r.displayName(), r.mediaType(), urls.documentUrl(iri, r)));
        return alternates;
    }
}
