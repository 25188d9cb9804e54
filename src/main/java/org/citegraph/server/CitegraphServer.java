package org.citegraph.server;

import java.util.Objects;
import java.util.Set;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.Context;

/**
 * Serves one Jena {@link Dataset} as linked data with embedded Fuseki.
 *
 * <pre>{@code
 * CitegraphServer server = CitegraphServer.create(dataset, ServerOptions.builder().port(0).build()).start();
 * String endpoint = server.sparqlUrl();   // http://localhost:{port}/citegraph/sparql
 * ...
 * server.stop();
 * }</pre>
 *
 * <p>What it publishes, all under the base IRI (see {@link SiteUrls} for the URL scheme):
 * <ul>
 *   <li>{@code /} home page; {@code /{path}} every resource of the data (303 to its document);
 *       {@code /doc/{path}[.ext]} the document in HTML, Turtle, JSON-LD, RDF/XML or N-Triples;
 *       {@code /describe?iri=} the same for IRIs outside the base;</li>
 *   <li>{@code /query} query page; {@code /.well-known/void} VoID; {@code /sitemap.xml};
 *       {@code /robots.txt}; {@code /static/} stylesheet and icon; {@code /ui/} Apache Jena's Fuseki UI
 *       with its SPARQL editor ({@link FusekiUiServlet});</li>
 *   <li>{@code {dataset}/sparql} and {@code {dataset}/query} SPARQL query (a GET with no query
 *       gives the Service Description), {@code {dataset}/get} Graph Store reads, {@code {dataset}}
 *       query, reads and the whole dataset as N-Quads; {@code /$/ping}.</li>
 * </ul>
 *
 * <p>Secure by default: the dataset is read-only; with {@code allowUpdate}, {@code {dataset}/update}
 * (SPARQL Update) and {@code {dataset}/data} (Graph Store read/write) exist for users in the
 * password file only (HTTP Basic; no credentials → 401) and refuse cross-origin writes. No Fuseki
 * admin module is loaded, so there is no {@code /$/datasets}, {@code /$/tasks} or backup endpoint
 * at all (the UI's read-only {@code /ui/$/server} lists the endpoints, nothing more). Queries run
 * under {@link QueryPolicy}: a timeout (503), and SERVICE refused (422) unless
 * the target host is allowed. Request bodies are capped (413); read-only endpoints allow CORS.
 */
public final class CitegraphServer implements AutoCloseable {

    /** Paths under the base the server uses itself; a dataset may not take one of these names. */
    static final Set<String> RESERVED_NAMES = Set.of("doc", "describe", "query", "static", "sitemap.xml", "robots.txt", ".well-known", "$", "ui");

    private final Dataset dataset;
    private final ServerOptions options;
    private final Site site;
    private FusekiServer fuseki;

    private CitegraphServer(Dataset dataset, ServerOptions options) {
        this.dataset = dataset;
        this.options = options;
        this.site = new Site(dataset, options);
    }

    /** A server for {@code dataset}; nothing listens until {@link #start()}. */
    public static CitegraphServer create(Dataset dataset, ServerOptions options) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(options, "options");
        if (RESERVED_NAMES.contains(options.datasetName().substring(1)))
            throw new IllegalArgumentException("dataset name " + options.datasetName() + " clashes with a page of the server");
        return new CitegraphServer(dataset, options);
    }

    /** Starts listening; returns this server. */
    public synchronized CitegraphServer start() {
        if (fuseki != null) throw new IllegalStateException("server already started");
        fuseki = build().start();
        // Read the ontologies' labels now, in the background, so the first page does not wait for them.
        Thread labels = new Thread(site::terms, "citegraph-term-labels");
        labels.setDaemon(true);
        labels.start();
        return this;
    }

    /** The port the server listens on (the one chosen when the options said 0). */
    public synchronized int port() {
        requireStarted();
        return fuseki.getHttpPort();
    }

    /** The base IRI whose resources this server publishes. */
    public String baseIri() {
        return options.baseIriFor(port());
    }

    /** The SPARQL query endpoint on this machine: {@code http://localhost:{port}{dataset}/sparql}. */
    public String sparqlUrl() {
        return localUrl() + options.datasetName().substring(1) + "/sparql";
    }

    /** The server's root on this machine: {@code http://localhost:{port}/}. */
    public String localUrl() {
        return "http://localhost:" + port() + "/";
    }

    /**
     * Tells the server its dataset was changed from outside (loaded after {@link #start()}, as when
     * the base IRI is the server's own address): its whole-dataset summaries are computed again.
     * Changes through its own write endpoints need no call.
     */
    public void dataChanged() {
        site.summaries().dataChanged();
    }

    public ServerOptions options() {
        return options;
    }

    public synchronized void stop() {
        if (fuseki != null) {
            fuseki.stop();
            fuseki = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void requireStarted() {
        if (fuseki == null) throw new IllegalStateException("server not started");
    }

    private FusekiServer build() {
        String name = options.datasetName();
        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .loopback(options.loopbackOnly())
                .fusekiModules(FusekiModules.empty())
                .add(name, dataService())
                .enablePing(true)
                .addFilter("/*", new RequestLimitFilter(options.maxRequestBytes()))
                .addFilter("/*", new CorsFilter(options))
                .addFilter(name + "/sparql", new ServiceDescriptionFilter(site))
                .addFilter(name + "/query", new ServiceDescriptionFilter(site))
                .addServlet("/*", new ResourceServlet(site))
                .addServlet("/doc/*", new DocumentServlet(site))
                .addServlet("/describe", new DocumentServlet(site))
                .addServlet("/query", new QueryServlet(site))
                .addServlet("/.well-known/void", new VoidServlet(site))
                .addServlet("/sitemap.xml", new SitemapServlet(site))
                .addServlet("/robots.txt", new SitemapServlet(site))
                .addServlet("/static/*", new StaticServlet())
                .addServlet("/ui/*", new FusekiUiServlet(name));
        if (options.allowUpdate()) {
            // Writes may reach the data through any of the dataset's paths; the filter acts on non-read methods only.
            builder.addFilter(name + "/*", new WriteWatchFilter(site.summaries()));
        }
        if (options.passwordFile() != null) {
            builder.passwordFile(options.passwordFile().toString()).auth(AuthScheme.BASIC).realm("citegraph");
        }
        return builder.build();
    }

    /** The dataset's endpoints: read-only ones open to all, write ones (only with allowUpdate) for authenticated users. */
    private DataService.Builder dataService() {
        Context policy = site.queryPolicy();
        DataService.Builder service = DataService.newBuilder(dataset.asDatasetGraph());
        service.addEndpoint(endpoint(Operation.Query, "sparql", Auth.ANY_ANON, policy));
        service.addEndpoint(endpoint(Operation.Query, "query", Auth.ANY_ANON, policy));
        service.addEndpoint(endpoint(Operation.GSP_R, "get", Auth.ANY_ANON, policy));
        service.addEndpoint(endpoint(Operation.Query, null, Auth.ANY_ANON, policy));
        service.addEndpoint(endpoint(Operation.GSP_R, null, Auth.ANY_ANON, policy));
        if (options.allowUpdate()) {
            service.addEndpoint(endpoint(Operation.Update, "update", Auth.ANY_USER, policy));
            service.addEndpoint(endpoint(Operation.GSP_RW, "data", Auth.ANY_USER, policy));
        } else {
            service.addEndpoint(endpoint(Operation.GSP_R, "data", Auth.ANY_ANON, policy));
        }
        return service;
    }

    private static Endpoint endpoint(Operation operation, String endpointName, AuthPolicy auth, Context context) {
        return Endpoint.create().operation(operation).endpointName(endpointName).authPolicy(auth).context(context).build();
    }
}
