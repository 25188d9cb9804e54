package org.citegraph.server;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of the server's own servlets: an unexpected failure is logged with its stack trace and
 * answered with a plain 500 page, never with the exception text a servlet container would show.
 */
abstract class PageServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(PageServlet.class);

    /** Shared with the subclasses, which keep no copy of their own. */
    protected final Site site;

    PageServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            super.service(request, response);
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            if (response.isCommitted()) return;
            response.reset();
            ErrorPages.send(site, request, response, 500, "Something went wrong",
                    "The server could not build this page. The problem has been logged.", List.of());
        }
    }
}
