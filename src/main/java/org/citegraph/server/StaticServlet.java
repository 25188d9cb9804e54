package org.citegraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.citegraph.store.ClasspathFiles;

/** Files under the classpath folder {@code /web/static/} (the stylesheet, the icon), at {@code /static/…}. */
final class StaticServlet extends HttpServlet {

    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "txt", "text/plain; charset=utf-8");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = Http.rawPath(request).substring("/static/".length());
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1));
        byte[] body = name.matches("[A-Za-z0-9_-]+(\\.[A-Za-z0-9]+)+") && type != null
                ? ClasspathFiles.bytesOrNull("/web/static/" + name) : null;
        if (body == null) {
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.sendError(404);
            return;
        }
        response.setHeader("Cache-Control", "public, max-age=3600");
        Http.send(response, 200, type, body);
    }
}
