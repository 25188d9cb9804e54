package org.citegraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** Error responses a person can read: an HTML page for browsers, plain text for everyone else. */
final class ErrorPages {

    record View(String heading, String message, List<Site.Alternate> alternatives, String home) {}

    private ErrorPages() {}

    static void send(Site site, HttpServletRequest request, HttpServletResponse response, int status,
                     String heading, String message, List<Site.Alternate> alternatives) throws IOException {
        if (Http.prefersHtml(request)) {
            SiteUrls urls = site.urls(request);
            Http.html(response, status, site.page(urls, heading, "error",
                    new View(heading, message, alternatives, urls.home()), List.of()));
            return;
        }
        StringBuilder text = new StringBuilder(heading).append("\n").append(message).append("\n");
        if (!alternatives.isEmpty()) {
            text.append("Available formats:\n");
            for (Site.Alternate a : alternatives) text.append("  ").append(a.mediaType()).append("  ").append(a.href()).append("\n");
        }
        Http.text(response, status, "text/plain", text.toString());
    }

    static void notFound(Site site, HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(site, request, response, 404, "Not found",
                "There is nothing here: the data says nothing about " + site.urls(request).base()
                        + Http.rawPath(request).substring(1) + ".", List.of());
    }

    static void notAcceptable(Site site, HttpServletRequest request, HttpServletResponse response,
                              List<Site.Alternate> alternatives) throws IOException {
        // A client that accepts none of our formats gets the list in plain text, whatever it asked for.
        StringBuilder text = new StringBuilder("Not acceptable: this resource is available as\n");
        for (Site.Alternate a : alternatives) text.append("  ").append(a.mediaType()).append("  ").append(a.href()).append("\n");
        response.setHeader("Vary", "Accept");
        Http.text(response, 406, "text/plain", text.toString());
    }
}
