package org.citegraph.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;

/**
 * The query page: a form (works without JavaScript) that runs a SPARQL query in the server,
 * under the same limits as the public endpoint, and shows the first {@value #MAX_ROWS} results
 * as a table whose IRIs link to their pages.
 */
final class QueryPage {

    record View(String action, String queryText, String editorHref, String endpoint, String timeout, Optional<Selected> selected,
                Optional<Problem> error, Optional<Result> result, List<HomePage.QueryItem> queries) {}

    record Selected(String title, String description) {}

    record Problem(String heading, String message) {}

    record Result(String summary, List<Download> downloads, String askAnswer, List<String> columns, List<ResultRow> rows) {}

    record ResultRow(List<Cell> cells) {}

    record Cell(boolean present, Values.Value value) {}

    record Download(String name, String href) {}

    /** The outcome of running a query: the result or the problem, and the HTTP status to answer with. */
    record Outcome(int status, Optional<Result> result, Optional<Problem> problem) {
        static Outcome ok(Result result) { return new Outcome(200, Optional.of(result), Optional.empty()); }
        static Outcome failed(int status, String heading, String message) {
            return new Outcome(status, Optional.empty(), Optional.of(new Problem(heading, message)));
        }
    }

    static final int MAX_ROWS = 1000;

    private QueryPage() {}

    /** Parses and runs {@code text} on {@code dataset} (inside a read transaction) under {@code policy}. */
    static Outcome run(String text, DatasetGraph dataset, Context policy, DatasetReader.View data, Values values,
                       String timeoutText) {
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            return Outcome.failed(400, "The query has a syntax error", e.getMessage());
        }
        // A copy per query: an execution records its cancellation in its context, and a shared
        // context would carry one query's timeout over to every later query. The dataset's own
        // context comes first so that its settings (TDB2's union default graph) hold here as they
        // do on the SPARQL endpoint.
        try (QueryExec exec = QueryExec.dataset(dataset).query(query)
                .context(org.apache.jena.sparql.util.Context.mergeCopy(dataset.getContext(), policy)).build()) {
            if (query.isSelectType()) return Outcome.ok(select(exec, data, values, downloads(values.urls(), text)));
            if (query.isAskType()) {
                boolean answer = exec.ask();
                return Outcome.ok(new Result("ASK query", downloads(values.urls(), text), answer ? "Yes (true)" : "No (false)",
                        List.of(), List.of()));
            }
            if (query.isConstructType() || query.isDescribeType()) return Outcome.ok(triples(exec, query, data, values));
            return Outcome.failed(400, "Query form not supported here", "Use the SPARQL endpoint for this kind of query.");
        } catch (QueryCancelledException e) {
            return Outcome.failed(503, "The query took too long",
                    "It was stopped after " + timeoutText + ". Add a LIMIT, make the patterns more specific, or run it on your own copy of the data.");
        } catch (QueryDeniedException e) {
            return Outcome.failed(422, "The query was refused", e.getMessage());
        } catch (QueryException e) {
            return Outcome.failed(400, "The query could not be run", e.getMessage());
        }
    }

    private static Result select(QueryExec exec, DatasetReader.View data, Values values, List<Download> downloads) {
        RowSet rows = exec.select();
        List<Var> vars = rows.getResultVars();
        Table table = Table.first(rows, binding -> {
            List<Cell> cells = new ArrayList<>();
            for (Var var : vars) {
                Node node = binding.get(var);
                cells.add(node == null ? new Cell(false, null) : new Cell(true, values.resultValue(node, data.isKnown(node))));
            }
            return new ResultRow(cells);
        });
        List<String> columns = vars.stream().map(Var::getVarName).toList();
        return new Result(table.summary("row"), downloads, null, columns, table.rows());
    }

    private static Result triples(QueryExec exec, Query query, DatasetReader.View data, Values values) {
        Iterator<Triple> triples = query.isConstructType() ? exec.constructTriples() : exec.describe().find();
        Table table = Table.first(triples, t -> {
            List<Cell> cells = new ArrayList<>();
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject()))
                cells.add(new Cell(true, values.resultValue(n, data.isKnown(n))));
            return new ResultRow(cells);
        });
        return new Result(table.summary("triple"), List.of(), null, List.of("subject", "predicate", "object"), table.rows());
    }

    /** The first {@value #MAX_ROWS} results as rows, and whether there were more. */
    private record Table(List<ResultRow> rows, boolean more) {

        static <T> Table first(Iterator<T> results, Function<T, ResultRow> row) {
            List<ResultRow> rows = new ArrayList<>();
            while (results.hasNext()) {
                if (rows.size() == MAX_ROWS) return new Table(rows, true);
                rows.add(row.apply(results.next()));
            }
            return new Table(rows, false);
        }

        String summary(String noun) {
            int shown = rows.size();
            if (more) return "The first " + shown + " " + noun + "s (there are more: download the full results).";
            return shown + " " + noun + (shown == 1 ? "" : "s");
        }
    }

    private static List<Download> downloads(SiteUrls urls, String text) {
        String base = urls.sparqlEndpoint() + "?query=" + SiteUrls.encode(text) + "&format=";
        return List.of(new Download("JSON", base + "json"), new Download("XML", base + "xml"),
                new Download("CSV", base + "csv"), new Download("TSV", base + "tsv"));
    }
}
