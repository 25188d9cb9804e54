package org.citegraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.ctl.ActionStats;
import org.apache.jena.fuseki.ctl.JsonDescription;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.citegraph.store.ClasspathFiles;

/**
 * Apache Jena's own Fuseki UI (the {@code jena-fuseki-ui} web application, with the YASQE/YASR
 * SPARQL editor) at {@code /ui/}, without Fuseki's admin module.
 *
 * <p>The UI finds the server relative to the page's own path, so from {@code /ui/} it asks
 * {@code /ui/$/ping}, {@code /ui/$/server}, {@code /ui/$/stats/{dataset}} and sends queries to
 * {@code /ui/{dataset}/{endpoint}}. This servlet answers the three read-only control requests
 * itself (with Fuseki's own JSON descriptions) and redirects dataset requests, method and body
 * kept (307), to the real endpoints. Everything else under {@code /ui/$/} (creating, deleting,
 * backing up datasets; tasks) does not exist here: 404, as on the rest of the server.
 */
final class FusekiUiServlet extends HttpServlet {

    static final String PREFIX = "/ui/";

    private static final String WEBAPP = "/webapp/";

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "ico", "image/x-icon",
            "svg", "image/svg+xml",
            "woff2", "font/woff2",
            "woff", "font/woff",
            "ttf", "font/ttf");

    private final String datasetName;

    /** {@code datasetName}: the dataset's path, "/citegraph"; only its requests are passed on. */
    FusekiUiServlet(String datasetName) {
        this.datasetName = datasetName;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Http.rawPath(request);
        if (path.equals("/ui")) {
            response.setStatus(301);
            response.setHeader("Location", "ui/");
            return;
        }
        String rest = path.substring(PREFIX.length());
        if (rest.startsWith("$/")) control(rest.substring(2), request, response);
        else if (isDatasetRequest(rest)) passOn(path, request, response);
        else file(rest.isEmpty() ? "index.html" : rest, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Http.rawPath(request);
        String rest = path.length() > PREFIX.length() ? path.substring(PREFIX.length()) : "";
        if (isDatasetRequest(rest)) passOn(path, request, response);
        else notFound(response);
    }

    private boolean isDatasetRequest(String rest) {
        String name = datasetName.substring(1);
        return rest.equals(name) || rest.startsWith(name + "/");
    }

    /**
     * 307 to the same request one level up ({@code /ui/citegraph/sparql} → {@code /citegraph/sparql}),
     * as a relative reference so that it stays right behind a reverse proxy that moves the site.
     */
    private static void passOn(String path, HttpServletRequest request, HttpServletResponse response) {
        String target = path.substring(PREFIX.length());
        int depth = (int) path.substring(1).chars().filter(c -> c == '/').count();
        String query = request.getQueryString();
        response.setStatus(307);
        response.setHeader("Location", "../".repeat(depth) + target + (query == null ? "" : "?" + query));
    }

    private void control(String operation, HttpServletRequest request, HttpServletResponse response) throws IOException {
        DataAccessPointRegistry registry = DataAccessPointRegistry.get(getServletContext());
        if (operation.equals("ping")) {
            response.setHeader("Cache-Control", "no-cache");
            Http.text(response, 200, "text/plain", Instant.now().toString() + "\n");
        } else if (operation.equals("server")) {
            JsonBuilder builder = new JsonBuilder();
            builder.startObject()
                    .pair("version", Fuseki.VERSION)
                    .pair("startDateTime", Fuseki.serverStartedAt())
                    .pair("uptime", Fuseki.serverUptimeSeconds())
                    .key("datasets");
            JsonDescription.arrayDatasets(builder, registry);
            builder.finishObject();
            json(response, builder.build().getAsObject());
        } else if (operation.startsWith("stats/") && registry.isRegistered("/" + operation.substring("stats/".length()))) {
            // The server has one dataset, so the statistics of all are those of the one asked for.
            json(response, ActionStats.generateStats(registry));
        } else {
            notFound(response);
        }
    }

    private static void json(HttpServletResponse response, JsonObject body) throws IOException {
        response.setHeader("Cache-Control", "no-cache");
        Http.send(response, 200, "application/json; charset=utf-8", JSON.toString(body).getBytes(StandardCharsets.UTF_8));
    }

    /** A file of the web application; names are checked so no request reaches outside it. */
    private static void file(String name, HttpServletResponse response) throws IOException {
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1));
        byte[] body = type != null && name.matches("(static/)?[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+")
                ? ClasspathFiles.bytesOrNull(WEBAPP + name) : null;
        if (body == null) {
            notFound(response);
            return;
        }
        // Bundle names carry a content hash: they never change. index.html names the current ones.
        response.setHeader("Cache-Control", name.startsWith("static/") ? "public, max-age=31536000, immutable" : "no-cache");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        Http.send(response, 200, type, body);
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.sendError(404);
    }
}
