package org.citegraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryCancelledException;

/**
 * Answers a GET of a query endpoint that carries no query (SPARQL 1.1 Service Description §2):
 * RDF clients get the service description (Turtle unless they ask for another RDF format);
 * browsers, which ask for HTML, are sent (303) to the query page. Every other request passes on to
 * Fuseki, which would otherwise answer 404 here.
 */
final class ServiceDescriptionFilter implements Filter {

    private static final List<Representation> OFFERS = List.of(Representation.TURTLE, Representation.HTML,
            Representation.JSON_LD, Representation.RDF_XML, Representation.N_TRIPLES);

    private final Site site;

    ServiceDescriptionFilter(Site site) {
        this.site = site;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String method = request.getMethod();
        if (!(method.equals("GET") || method.equals("HEAD")) || request.getQueryString() != null) {
            chain.doFilter(request, response);
            return;
        }
        SiteUrls urls = site.urls(request);
        response.setHeader("Vary", "Accept");
        Optional<Representation> format = ContentNegotiation.choose(request.getHeader("Accept"), OFFERS);
        if (format.isEmpty()) {
            ErrorPages.notAcceptable(site, request, response, List.of(
                    new Site.Alternate("Turtle", Representation.TURTLE.mediaType(), urls.sparqlEndpoint())));
            return;
        }
        if (!format.get().isRdf()) {
            response.setHeader("Location", urls.queryPage());
            Http.text(response, 303, "text/plain", "This is a SPARQL endpoint; the query page is " + urls.queryPage() + "\n");
            return;
        }
        try {
            Graph description = site.reader().read(data -> Descriptions.serviceDescription(data, urls, site.options()));
            Http.rdf(response, Http.serialize(description, format.get(), site.terms().prefixes()), format.get());
        } catch (QueryCancelledException e) {
            Http.text(response, 503, "text/plain", "The service description took too long to compute.\n");
        }
    }
}
