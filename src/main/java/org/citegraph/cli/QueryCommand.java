package org.citegraph.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.citegraph.model.Article;
import org.citegraph.rdf.ArticleMapper;
import org.citegraph.rdf.IriMinter;
import org.citegraph.store.GraphStore;
import org.citegraph.store.QueryLibrary;
import org.citegraph.store.ResultFormat;
import org.citegraph.store.StoredQuery;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query (a .rq file, or the name of a shipped query such as 'references')",
            "over converted articles or RDF files (--data), or against a SPARQL endpoint (--endpoint)."})
final class QueryCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;
    @Mixin InputOptions input;

    @Parameters(index = "0", paramLabel = "QUERY.rq", description = "Query file, or a shipped query name.")
    String queryName;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--data", arity = "1..*", paramLabel = "FILE",
                description = "Article files (converted on the fly) or RDF files (.ttl, .nt, .nq, .trig, .jsonld, .rdf).")
        List<Path> data;

        @Option(names = "--endpoint", paramLabel = "URL", description = "SPARQL endpoint to send the query to.")
        String endpoint;
    }

    @Option(names = "--results", paramLabel = "FORMAT", defaultValue = "text",
            description = "csv, tsv, json, xml or text (default: ${DEFAULT-VALUE}).")
    String results;

    @Option(names = "--param", paramLabel = "VAR=VALUE",
            description = "Binds a query variable: an IRI (http…, or <…>) or else a string literal. Repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--base", paramLabel = "IRI", description = "Base IRI for converted articles (default: " + IriMinter.DEFAULT_BASE + ").")
    String base = IriMinter.DEFAULT_BASE;

    @Override
    public Integer call() {
        ResultFormat format = ResultFormat.of(results)
                .orElseThrow(() -> new UserError("unknown result format '" + results + "' (use csv, tsv, json, xml or text)"));
        StoredQuery query = loadQuery();
        Map<String, Node> bindings = new LinkedHashMap<>();
        params.forEach((k, v) -> bindings.put(k.startsWith("?") ? k.substring(1) : k, node(v)));
        OutputStream out = new BufferedOutputStream(System.out);
        try {
            if (source.endpoint != null) runRemote(query, bindings, format, out);
            else runLocal(query, bindings, format, out);
            out.flush();
        } catch (QueryException e) {
            throw new UserError("query " + queryName + " failed: " + e.getMessage(), Main.INTERNAL_ERROR);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        } catch (java.io.IOException e) {
            throw new UserError("cannot write results: " + e.getMessage(), Main.INTERNAL_ERROR);
        }
        return Main.OK;
    }

    private StoredQuery loadQuery() {
        Path file = Path.of(queryName);
        try {
            if (Files.isRegularFile(file)) return QueryLibrary.fromFile(file);
            if (queryName.endsWith(".rq") && (queryName.contains("/") || queryName.contains("\\"))) {
                throw new UserError(queryName + ": no such file");
            }
            return QueryLibrary.load(file.getFileName().toString());
        } catch (QueryParseException e) {
            throw new UserError(queryName + ": line " + e.getLine() + ", column " + e.getColumn() + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private void runLocal(StoredQuery query, Map<String, Node> bindings, ResultFormat format, OutputStream out) {
        List<Path> articleFiles = new ArrayList<>();
        List<Path> rdfFiles = new ArrayList<>();
        for (Path f : source.data) {
            if (!Files.isRegularFile(f)) throw new UserError(f + ": no such file");
            if (InputOptions.isRdfFile(f)) rdfFiles.add(f);
            else articleFiles.add(f);
        }
        List<Article> articles = input.convert(articleFiles, spec.commandLine().getErr());
        try (GraphStore store = GraphStore.inMemory(new ArticleMapper(Bases.minter(base)))) {
            store.loadAll(articles);
            for (Path f : rdfFiles) {
                try {
                    store.loadRdf(f);
                } catch (RiotException e) {
                    throw new UserError(f + ": not valid RDF: " + e.getMessage());
                }
            }
            query.write(store.dataset(), bindings, format, out);
        }
    }

    private void runRemote(StoredQuery stored, Map<String, Node> bindings, ResultFormat format, OutputStream out) {
        var builder = QueryExecutionHTTP.service(source.endpoint).query(stored.query());
        bindings.forEach((var, value) -> builder.substitution(var, value));
        try (QueryExecution execution = builder.build()) {
            ResultSet rows = execution.execSelect();
            if (format == ResultFormat.TEXT) ResultSetFormatter.out(out, rows, stored.query());
            else ResultSetMgr.write(out, rows, format.lang());
        } catch (org.apache.jena.atlas.web.HttpException e) {
            throw new UserError(source.endpoint + ": " + e.getMessage(), Main.INTERNAL_ERROR);
        }
    }

    private static Node node(String value) {
        String v = value.strip();
        if (v.startsWith("<") && v.endsWith(">")) return NodeFactory.createURI(v.substring(1, v.length() - 1));
        if (v.startsWith("http://") || v.startsWith("https://") || v.startsWith("urn:")) return NodeFactory.createURI(v);
        return NodeFactory.createLiteralString(v);
    }
}
