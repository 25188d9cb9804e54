package org.citegraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-origin access. Everything read-only (pages, data documents, VoID, the query endpoints)
 * may be read from any web page: {@code Access-Control-Allow-Origin: *}, never with credentials,
 * and preflights for GET/POST are answered here. The write endpoints ({@code update} and
 * {@code data} when updates are on) get no CORS headers, and a write carrying an Origin header
 * from another site is refused (403): a browser that has remembered the editor's password must not
 * let some other page change the data.
 */
final class CorsFilter implements Filter {

    static final String ALLOWED_HEADERS = "Accept, Accept-Language, Content-Type, Content-Language";
    static final String EXPOSED_HEADERS = "Content-Location, Link, Location, Vary";

    private final Set<String> writePaths;
    private final ServerOptions options;

    CorsFilter(ServerOptions options) {
        this.options = options;
        this.writePaths = options.allowUpdate()
                ? Set.of(options.datasetName() + "/update", options.datasetName() + "/data")
                : Set.of();
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String origin = request.getHeader("Origin");
        String path = Http.rawPath(request);
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (writePaths.contains(path)) {
            boolean write = !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"));
            if (write && origin != null && !sameOrigin(origin, request)) {
                byte[] body = "Cross-origin writes are refused.\n".getBytes(StandardCharsets.UTF_8);
                response.setStatus(403);
                response.setContentType("text/plain; charset=utf-8");
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (origin != null) {
            response.setHeader("Access-Control-Allow-Origin", "*");
            response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
            if (method.equals("OPTIONS") && request.getHeader("Access-Control-Request-Method") != null) {
                response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
                response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                response.setHeader("Access-Control-Max-Age", "86400");
                response.setStatus(204);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Whether {@code origin} is this server: its public base or the address the request was sent to. */
    private boolean sameOrigin(String origin, HttpServletRequest request) {
        String normalised = origin.toLowerCase(Locale.ROOT);
        String host = request.getHeader("Host");
        if (host != null) {
            String scheme = request.getScheme().toLowerCase(Locale.ROOT);
            if (normalised.equals(scheme + "://" + host.toLowerCase(Locale.ROOT))) return true;
        }
        String base = options.baseIri();
        if (base == null) return false;
        URI uri = URI.create(base);
        String baseOrigin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
        return normalised.equals(baseOrigin.toLowerCase(Locale.ROOT));
    }
}
