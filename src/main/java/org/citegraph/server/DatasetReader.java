package org.citegraph.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.citegraph.store.QueryLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read access for the pages: runs the server's own queries ({@code /queries/server/*.rq}) inside a
 * read transaction, with the query timeout.
 *
 * <p>Pages see the <em>union</em> of the default graph and every named graph, so a resource's
 * description is the same whichever graph the store stage put its triples in. Parameters are
 * passed by substituting variables ({@code ?resource}, …), as each query's header documents.
 */
final class DatasetReader {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetReader.class);

    /** The folder of the pages' queries, under the query library's. */
    static final String QUERY_FOLDER = "server";

    private final Dataset dataset;
    private final long timeoutMillis;
    private final Map<String, Query> queries = new ConcurrentHashMap<>();

    DatasetReader(Dataset dataset, Duration timeout) {
        this.dataset = dataset;
        this.timeoutMillis = timeout.toMillis();
    }

    <T> T read(Function<View, T> work) {
        return Txn.calculateRead(dataset, () -> work.apply(new View(dataset.asDatasetGraph())));
    }

    Dataset dataset() {
        return dataset;
    }

    Query query(String name) {
        return queries.computeIfAbsent(name, n -> QueryFactory.create(queryText(n), Syntax.syntaxARQ));
    }

    /** The text of the server query {@code name} as shipped. */
    String queryText(String name) {
        return QueryLibrary.text(QUERY_FOLDER, name);
    }

    /** The data as seen inside one read transaction. */
    final class View {
        private final DatasetGraph datasetGraph;
        private final Graph union;
        private final DatasetGraph unionDataset;

        private View(DatasetGraph datasetGraph) {
            this.datasetGraph = datasetGraph;
            this.union = unionOf(datasetGraph);
            this.unionDataset = DatasetGraphFactory.wrap(union);
        }

        /** Every triple, whatever graph holds it. */
        Graph union() {
            return union;
        }

        DatasetGraph datasetGraph() {
            return datasetGraph;
        }

        /** Whether the data says anything about {@code node}: it is a subject, object or property. */
        boolean isKnown(Node node) {
            return union.contains(node, Node.ANY, Node.ANY)
                    || union.contains(Node.ANY, Node.ANY, node)
                    || (node.isURI() && union.contains(Node.ANY, node, Node.ANY));
        }

        /** Runs the SELECT query {@code name} over the union of all graphs. */
        List<Row> select(String name, Map<String, Node> parameters) {
            return select(unionDataset, name, parameters);
        }

        /** Runs the SELECT query {@code name} over the dataset as stored (for per-graph figures). */
        List<Row> selectStored(String name, Map<String, Node> parameters) {
            return select(datasetGraph, name, parameters);
        }

        /** Runs the CONSTRUCT query {@code name} over the union of all graphs. */
        Graph construct(String name, Map<String, Node> parameters) {
            try (QueryExec exec = exec(unionDataset, name, parameters)) {
                return exec.construct();
            }
        }

        /** Runs the CONSTRUCT query {@code name} over the dataset as stored (named graphs visible). */
        Graph constructStored(String name, Map<String, Node> parameters) {
            try (QueryExec exec = exec(datasetGraph, name, parameters)) {
                return exec.construct();
            }
        }

        private List<Row> select(DatasetGraph target, String name, Map<String, Node> parameters) {
            List<Row> rows = new ArrayList<>();
            long start = System.nanoTime();
            try (QueryExec exec = exec(target, name, parameters)) {
                RowSet rowSet = exec.select();
                rowSet.forEachRemaining(b -> rows.add(new Row(b)));
            }
            if (LOG.isDebugEnabled())
                LOG.debug("{} {} -> {} rows in {} ms", name, parameters.values(), rows.size(), (System.nanoTime() - start) / 1_000_000);
            return rows;
        }

        private QueryExec exec(DatasetGraph target, String name, Map<String, Node> parameters) {
            return QueryExec.dataset(target)
                    .query(query(name))
                    .substitution(binding(parameters))
                    .timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                    .build();
        }
    }

    /**
     * Every triple of the dataset as one graph. A dataset with only a default graph, or only named
     * graphs, is read directly: a union of two graphs costs a second look-up on every access.
     */
    static Graph unionOf(DatasetGraph dsg) {
        boolean hasNamedGraphs = dsg.listGraphNodes().hasNext();
        if (!hasNamedGraphs) return dsg.getDefaultGraph();
        if (dsg.getDefaultGraph().isEmpty()) return dsg.getUnionGraph();
        return new Union(dsg.getDefaultGraph(), dsg.getUnionGraph());
    }

    private static Binding binding(Map<String, Node> parameters) {
        BindingBuilder builder = Binding.builder();
        parameters.forEach((var, value) -> builder.add(Var.alloc(var), value));
        return builder.build();
    }
}
