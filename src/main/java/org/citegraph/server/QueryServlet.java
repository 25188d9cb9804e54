package org.citegraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.QueryCancelledException;
import org.citegraph.store.StoredQuery;

/**
 * {@code /query}: the query page. {@code GET ?name=} opens a shipped query and runs it (one click
 * from the home page), {@code GET ?query=} opens and runs the given text (the "Open in SPARQL"
 * links), a bare GET shows the editor with a first query, and the form POSTs back here.
 */
final class QueryServlet extends PageServlet {

    QueryServlet(Site site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        String text = request.getParameter("query");
        Optional<QueryPage.Selected> selected = Optional.empty();
        if (name != null) {
            Optional<StoredQuery> shipped = site.query(name);
            if (shipped.isEmpty()) {
                ErrorPages.send(site, request, response, 404, "No such query", "No shipped query is called '" + name + "'.", List.of());
                return;
            }
            text = shipped.get().text();
            selected = Optional.of(new QueryPage.Selected(shipped.get().title(),
                    shipped.get().details().isEmpty() ? null : shipped.get().details()));
        }
        if (text == null) {
            respond(request, response, defaultQuery(), selected, null);
            return;
        }
        respond(request, response, text, selected, run(text, request));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String text = request.getParameter("query");
        if (text == null || text.isBlank()) {
            respond(request, response, "", Optional.empty(), QueryPage.Outcome.failed(400, "No query", "Type a SPARQL query and run it."));
            return;
        }
        respond(request, response, text, Optional.empty(), run(text, request));
    }

    private QueryPage.Outcome run(String text, HttpServletRequest request) {
        SiteUrls urls = site.urls(request);
        try {
            return site.reader().read(data -> QueryPage.run(text, data.datasetGraph(), site.queryPolicy(), data,
                    new Values(urls, new Labels(data), site.terms()), site.timeoutText()));
        } catch (QueryCancelledException e) {
            return QueryPage.Outcome.failed(503, "The query took too long", "It was stopped after " + site.timeoutText() + ".");
        }
    }

    private void respond(HttpServletRequest request, HttpServletResponse response, String text,
                         Optional<QueryPage.Selected> selected, QueryPage.Outcome outcome) throws IOException {
        SiteUrls urls = site.urls(request);
        List<HomePage.QueryItem> queries = site.queries().stream()
                .map(q -> new HomePage.QueryItem(q.name(), q.title(), null, urls.queryPage(q.name()), urls.editor(q.text()))).toList();
        QueryPage.View view = new QueryPage.View(urls.queryPage(), text, urls.editor(text), urls.sparqlEndpoint(), site.timeoutText(), selected,
                outcome == null ? Optional.empty() : outcome.problem(),
                outcome == null ? Optional.empty() : outcome.result(), queries);
        Http.html(response, outcome == null ? 200 : outcome.status(), site.page(urls, "Query", "query", view, List.of()));
    }

    private String defaultQuery() {
        return site.reader().queryText("query-page-default");
    }
}
