package org.citegraph.server;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.citegraph.store.QueryLibrary;
import org.citegraph.store.StoredQuery;

/** What every page and endpoint of the server shares: options, data access, templates, query limits. */
final class Site {

    /** An alternative format of the page, for {@code <link rel="alternate">}. */
    record Alternate(String name, String mediaType, String href) {}

    record Nav(String home, String queryPage, String editor, String voidUrl, String sparql, String sitemap, String css, String icon) {}

    record Layout(String title, SafeHtml content, List<Alternate> alternates, Nav nav) {}

    private final ServerOptions options;
    private final DatasetReader reader;
    private final Templates templates = new Templates();
    private final List<StoredQuery> queries;
    private final Context queryPolicy;
    private final DatasetSummaries summaries = new DatasetSummaries();
    private volatile TermLabels terms;

    Site(Dataset dataset, ServerOptions options) {
        this.options = options;
        this.reader = new DatasetReader(dataset, options.queryTimeout());
        this.queries = QueryLibrary.names().stream().map(QueryLibrary::load).toList();
        this.queryPolicy = QueryPolicy.context(options.queryTimeout(), options.allowedServiceHosts());
    }

    ServerOptions options() { return options; }
    DatasetReader reader() { return reader; }
    Templates templates() { return templates; }
    Context queryPolicy() { return queryPolicy; }
    DatasetSummaries summaries() { return summaries; }

    /** The shipped queries ({@code /queries/*.rq}), offered on the home and query pages. */
    List<StoredQuery> queries() { return queries; }

    Optional<StoredQuery> query(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    /** Public URLs for this request: from the configured base IRI, else from the port the request came in on. */
    SiteUrls urls(HttpServletRequest request) {
        return new SiteUrls(options.baseIriFor(request.getLocalPort()), options.datasetName());
    }

    TermLabels terms() {
        TermLabels t = terms;
        if (t == null) {
            synchronized (this) {
                if (terms == null) {
                    Dataset dataset = reader.dataset();
                    PrefixMapping prefixes = Txn.calculateRead(dataset,
                            () -> PrefixMapping.Factory.create().setNsPrefixes(dataset.getPrefixMapping()));
                    terms = TermLabels.load(prefixes);
                }
                t = terms;
            }
        }
        return t;
    }

    String timeoutText() {
        Duration d = options.queryTimeout();
        if (d.toMillis() % 1000 == 0) return d.toSeconds() + (d.toSeconds() == 1 ? " second" : " seconds");
        return d.toMillis() + " ms";
    }

    /** A full HTML page: {@code template} rendered with {@code view}, inside the site layout. */
    SafeHtml page(SiteUrls urls, String title, String template, Object view, List<Alternate> alternates) {
        SafeHtml content = templates.render(template, view);
        Nav nav = new Nav(urls.home(), urls.queryPage(), urls.editor(), urls.voidDocument(), urls.sparqlEndpoint(), urls.sitemap(),
                urls.staticAsset("citegraph.css"), urls.staticAsset("favicon.svg"));
        return templates.render("layout", new Layout(title, content, alternates, nav));
    }
}
