package org.citegraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * {@code /.well-known/void} (RFC 5785 / VoID §7.2): the dataset description, in any RDF format
 * (Turtle by default), or as a readable page for browsers.
 */
final class VoidServlet extends PageServlet {

    record View(String voidUrl, List<ResourcePage.Format> formats, String turtle) {}

    private static final List<Representation> OFFERS = List.of(Representation.TURTLE, Representation.HTML,
            Representation.JSON_LD, Representation.RDF_XML, Representation.N_TRIPLES);

    VoidServlet(Site site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteUrls urls = site.urls(request);
        response.setHeader("Vary", "Accept");
        // Browsers send text/html first; RDF clients usually */* or an RDF type: Turtle is the default.
        Optional<Representation> format = Http.choose(request, OFFERS);
        List<Site.Alternate> alternates = new ArrayList<>();
        for (Representation r : Representation.rdfFormats())
            alternates.add(new Site.Alternate(r.displayName(), r.mediaType(), urls.voidDocument() + "?format=" + r.extension()));
        if (format.isEmpty()) {
            ErrorPages.notAcceptable(site, request, response, alternates);
            return;
        }
        Graph description;
        try {
            // A copy per request: writing a graph sets its prefixes, and the cached one is shared.
            Graph cached = site.summaries().get("void " + urls.base(), () -> site.reader().read(data -> Descriptions.voidDescription(data, urls)));
            description = GraphFactory.createGraphMem();
            GraphUtil.addInto(description, cached);
        } catch (QueryCancelledException e) {
            ErrorPages.send(site, request, response, 503, "Busy", "The dataset description took too long to compute.", List.of());
            return;
        }
        for (String link : Http.alternateLinks(alternates)) response.addHeader("Link", link);
        if (format.get().isRdf()) {
            Http.rdf(response, Http.serialize(description, format.get(), site.terms().prefixes()), format.get());
            return;
        }
        String turtle = new String(Http.serialize(description, Representation.TURTLE, site.terms().prefixes()), StandardCharsets.UTF_8);
        List<ResourcePage.Format> formats = alternates.stream()
                .map(a -> new ResourcePage.Format(a.name(), a.mediaType(), a.href())).toList();
        Http.html(response, 200, site.page(urls, "Dataset description", "void", new View(urls.voidDocument(), formats, turtle), alternates));
    }
}
