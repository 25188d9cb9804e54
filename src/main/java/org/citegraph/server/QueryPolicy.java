package org.citegraph.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;

/**
 * The limits every query from outside runs under, as a Jena {@link Context} set on each public
 * query endpoint (and on the query page's own executions), leaving the caller's dataset untouched.
 *
 * <ul>
 *   <li>Timeout: {@code arq:queryTimeout}. Fuseki answers 503 "Query timed out"; a client's
 *       {@code ?timeout=} can shorten it but never lengthen it.</li>
 *   <li>SERVICE: a query that can call SERVICE makes this server fetch any URL it names (SSRF),
 *       and ARQ allows it by default. With no allowed hosts, {@code arq:httpServiceAllowed} is
 *       false and Fuseki answers 422. With allowed hosts, a per-query service-executor registry
 *       checks each SERVICE IRI before the HTTP executor runs: only http(s) IRIs whose host is on
 *       the list pass. Redirects are not followed (an allowed host could otherwise bounce the
 *       request anywhere) and remote calls share the query timeout.</li>
 * </ul>
 */
final class QueryPolicy {

    static {
        JenaSystem.init();
    }

    private QueryPolicy() {}

    static Context context(Duration queryTimeout, Set<String> allowedServiceHosts) {
        Context cxt = new Context();
        cxt.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        if (allowedServiceHosts.isEmpty()) {
            cxt.set(ARQ.httpServiceAllowed, false);
            return cxt;
        }
        cxt.set(ARQ.httpServiceAllowed, true);
        cxt.set(ARQ.httpQueryTimeout, Long.toString(queryTimeout.toMillis()));
        cxt.set(ARQ.httpQueryClient, HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(queryTimeout)
                .build());
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add(ServiceExecutorRegistry.httpService);
        registry.addSingleLink(new HostAllowList(allowedServiceHosts)); // prepended: runs first
        ServiceExecutorRegistry.set(cxt, registry);
        return cxt;
    }

    /** Refuses SERVICE calls to any endpoint whose host is not listed. */
    record HostAllowList(Set<String> hosts) implements ChainingServiceExecutor {

        @Override
        public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
                                             ExecutionContext execCxt, ServiceExecutor chain) {
            Node service = opExecute.getService();
            if (!allowed(service)) {
                throw new QueryDeniedException("SERVICE <" + (service.isURI() ? service.getURI() : service)
                        + "> refused: this server only calls SERVICE endpoints on " + String.join(", ", hosts));
            }
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        }

        boolean allowed(Node service) {
            if (!service.isURI()) return false;
            try {
                URI uri = URI.create(service.getURI());
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
                return (scheme.equals("http") || scheme.equals("https")) && uri.getUserInfo() == null && hosts.contains(host);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
