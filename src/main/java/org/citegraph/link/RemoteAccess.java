package org.citegraph.link;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.http.sys.HttpRequestModifier;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * How citegraph calls remote SPARQL services: a descriptive User-Agent (Wikimedia blocks generic
 * library agents), a connect timeout and a per-request timeout on every call, and routing of the
 * public endpoint IRIs written in the queries to the configured {@link Endpoints}. Any other
 * SERVICE IRI is refused, so a query can never make citegraph call an arbitrary server.
 */
public final class RemoteAccess {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final Endpoints endpoints;
    private final Duration timeout;
    private final String userAgent;
    private final HttpClient httpClient;

    public RemoteAccess(Endpoints endpoints, Duration timeout, String userAgent) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
        this.httpClient = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** Public endpoints, default timeout, the default User-Agent. */
    public static RemoteAccess standard() {
        return new RemoteAccess(Endpoints.PUBLIC, DEFAULT_TIMEOUT, defaultUserAgent());
    }

    /** "citegraph/0.1.0 (…)", the version read from the jar manifest when there is one. */
    public static String defaultUserAgent() {
        String version = RemoteAccess.class.getPackage().getImplementationVersion();
        return "citegraph/" + (version == null ? "dev" : version)
                + " (scholarly citation graph builder; Java " + Runtime.version().feature() + ")";
    }

    public Endpoints endpoints() {
        return endpoints;
    }

    public Duration timeout() {
        return timeout;
    }

    public String userAgent() {
        return userAgent;
    }

    /** A query-execution context carrying this policy; pass it to QueryExec builders. */
    public Context context() {
        Context context = ARQ.getContext().copy();
        context.set(ARQ.httpServiceAllowed, true);
        context.set(ARQ.httpQueryTimeout, timeout.toMillis());
        context.set(ARQ.httpQueryClient, httpClient);
        HttpRequestModifier agent = (params, headers) -> headers.put(HttpNames.hUserAgent, userAgent);
        context.set(ARQ.httpRequestModifer, agent);
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get().copy();
        Map<String, String> routes = endpoints.routes();
        // This link ends the chain for the services it routes: it executes them itself (below).
        registry.addSingleLink((opExecute, opOriginal, binding, execCxt, chain) -> {
            Node service = opExecute.getService();
            if (!service.isURI()) throw new QueryDeniedException("SERVICE endpoint not bound: " + service);
            String target = routes.get(service.getURI());
            if (target == null) {
                if (!routes.containsValue(service.getURI())) {
                    throw new QueryDeniedException("SERVICE <" + service.getURI() + "> is not a configured endpoint");
                }
                target = service.getURI();
            }
            OpService routed = new OpService(NodeFactory.createURI(target), opExecute.getSubOp(), opExecute.getSilent());
            try {
                // What Jena's ServiceExecutorHttp does (the remote result is materialised), with the
                // join to the local binding done here: see joinToParent.
                return joinToParent(Service.exec(routed, execCxt.getContext()), binding, execCxt);
            } catch (QueryDeniedException e) {
                throw e;
            } catch (RuntimeException e) {
                if (routed.getSilent()) return QueryIterSingleton.create(binding, execCxt);
                throw new RemoteServiceException(endpoints.describe(target), e);
            }
        });
        ServiceExecutorRegistry.set(context, registry);
        return context;
    }

    /**
     * Joins remote rows to the local binding they were asked for. With LATERAL, Jena substitutes
     * the local values into the remote query and the remote side echoes them back as columns;
     * Jena's own join then logs a warning per value ("Binding already for ?doi (same value)").
     * Here an echoed column that agrees is dropped silently, and a row that disagrees is dropped.
     */
    private static QueryIterator joinToParent(QueryIterator remote, Binding parent, ExecutionContext execCxt) {
        List<Binding> rows = new ArrayList<>();
        try {
            rows:
            while (remote.hasNext()) {
                Binding row = remote.next();
                BindingBuilder joined = Binding.builder(parent);
                for (Iterator<Var> vars = row.vars(); vars.hasNext(); ) {
                    Var v = vars.next();
                    Node mine = parent.get(v);
                    if (mine == null) joined.add(v, row.get(v));
                    else if (!mine.sameValueAs(row.get(v))) continue rows;
                }
                rows.add(joined.build());
            }
        } finally {
            remote.close();
        }
        return QueryIterPlainWrapper.create(rows.iterator(), execCxt);
    }
}
