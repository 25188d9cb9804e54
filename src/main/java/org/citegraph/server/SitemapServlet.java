package org.citegraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;

/**
 * {@code /sitemap.xml}: the home page, the dataset description and the HTML page of
 * every resource under the base IRI (their document URLs, which answer 200, not the resource IRIs,
 * which answer 303). {@code /robots.txt} points crawlers at it and keeps them off the query
 * endpoints.
 */
final class SitemapServlet extends PageServlet {

    SitemapServlet(Site site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteUrls urls = site.urls(request);
        if (Http.rawPath(request).equals("/robots.txt")) {
            Http.text(response, 200, "text/plain", "User-agent: *\n"
                    + "Disallow: " + path(urls, urls.queryPage()) + "\n"
                    + "Disallow: " + path(urls, urls.editor()) + "\n"
                    + "Disallow: " + path(urls, urls.dataset()) + "/\n"
                    + "Allow: /\n"
                    + "Sitemap: " + urls.sitemap() + "\n");
            return;
        }
        List<String> resources;
        try {
            resources = site.summaries().get("sitemap " + urls.base(), () -> site.reader().read(data ->
                    data.select("sitemap", Map.of("base", NodeFactory.createLiteralString(urls.base())))
                            .stream().map(r -> r.iri("resource")).toList()));
        } catch (QueryCancelledException e) {
            ErrorPages.send(site, request, response, 503, "Busy", "The sitemap took too long to compute.", List.of());
            return;
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String url : List.of(urls.home(), urls.voidDocument())) entry(xml, url);
        for (String iri : resources) entry(xml, urls.pageUrl(iri));
        xml.append("</urlset>\n");
        Http.text(response, 200, "application/xml", xml.toString());
    }

    private static void entry(StringBuilder xml, String url) {
        xml.append("  <url><loc>").append(Html.escape(url)).append("</loc></url>\n");
    }

    /** The path part of a public URL, as robots.txt wants it. */
    private static String path(SiteUrls urls, String url) {
        String afterHost = url.replaceFirst("^https?://[^/]+", "");
        return afterHost.isEmpty() ? "/" : afterHost;
    }
}
