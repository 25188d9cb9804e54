package org.citegraph.link;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;

/**
 * Runs the shipped federated queries over a local graph, calling out to the remote services under
 * a {@link RemoteAccess} policy (routing, User-Agent, timeouts).
 */
public final class Federation {

    private final RemoteAccess access;

    public Federation(RemoteAccess access) {
        this.access = Objects.requireNonNull(access, "access");
    }

    public RemoteAccess access() {
        return access;
    }

    /**
     * The rows of {@code query} over {@code local}, with {@code parameters} (variable name → value)
     * substituted first. Throws {@link RemoteServiceException} naming the service when one fails.
     */
    public List<Binding> select(FederatedQuery query, Graph local, Map<String, Node> parameters) {
        QueryExecBuilder builder = QueryExec.graph(local).query(query.query()).context(access.context());
        parameters.forEach(builder::substitution);
        try (QueryExec exec = builder.build()) {
            return exec.select().materialize().stream().toList();
        }
    }

    public List<Binding> select(FederatedQuery query, Graph local) {
        return select(query, local, Map.of());
    }
}
