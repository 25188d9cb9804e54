package org.citegraph.store;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.system.Txn;

/**
 * A SELECT query from the library: its text, its header comment (what it answers, parameters,
 * columns) and the means to run it against a dataset. Parameters are variables of the query that
 * the caller binds ({@code ?article}); unbound, the query covers every article.
 */
public final class StoredQuery {

    private static final Pattern PARAMETER = Pattern.compile("\\?([A-Za-z_][A-Za-z0-9_]*)");

    private final String name;
    private final String text;
    private final Query query;

    StoredQuery(String name, String text, Query query) {
        this.name = name;
        this.text = text;
        this.query = query;
    }

    /** The file name without ".rq" ("references"). */
    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    public Query query() {
        return query;
    }

    /** The leading comment block, without the '#' marks. */
    public String description() {
        return String.join("\n", header()).strip();
    }

    /**
     * The header's first line, without a leading "{@code name.rq —}" (the name is shown anyway);
     * the name itself when that leaves nothing.
     */
    public String title() {
        List<String> header = header();
        String first = header.isEmpty() ? "" : header.get(0).strip();
        String title = first.replaceFirst("^" + Pattern.quote(name) + "(\\.rq)?\\s*[—:–-]+\\s*", "");
        return title.isEmpty() ? name : title;
    }

    /**
     * The header after its title line, for reading: the lines of a paragraph joined with spaces,
     * paragraphs separated by a line break; empty when the header is only a title.
     */
    public String details() {
        List<String> header = header();
        StringBuilder details = new StringBuilder();
        for (String line : header.subList(Math.min(1, header.size()), header.size())) {
            String t = line.strip();
            if (t.isEmpty()) {
                if (details.length() > 0) details.append('\n');
                continue;
            }
            if (details.length() > 0 && details.charAt(details.length() - 1) != '\n') details.append(' ');
            details.append(t);
        }
        return details.toString().strip();
    }

    /** The lines of the leading comment block (blank lines before it skipped), without the '#' marks. */
    private List<String> header() {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (!t.startsWith("#")) {
                if (t.isEmpty() && lines.isEmpty()) continue;
                break;
            }
            lines.add(t.replaceFirst("^#+ ?", ""));
        }
        return lines;
    }

    /** The variables named on the header's "Parameters:" line(s), in order. */
    public List<String> parameters() {
        List<String> names = new ArrayList<>();
        boolean inParameters = false;
        for (String line : description().split("\n")) {
            if (line.startsWith("Parameters:")) inParameters = true;
            else if (line.matches("^[A-Z][A-Za-z ]*:.*")) inParameters = false;
            if (!inParameters) continue;
            Matcher m = PARAMETER.matcher(line);
            while (m.find()) if (!names.contains(m.group(1))) names.add(m.group(1));
        }
        return names;
    }

    /** The result columns, in order. */
    public List<String> columns() {
        return query.getResultVars();
    }

    /** Runs the query in a read transaction and writes the rows in {@code format}. */
    public void write(Dataset dataset, Map<String, Node> parameters, ResultFormat format, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            try (QueryExecution execution = execution(dataset, parameters)) {
                ResultSet rows = execution.execSelect();
                if (format == ResultFormat.TEXT) ResultSetFormatter.out(out, rows, query);
                else ResultSetMgr.write(out, rows, format.lang());
            }
        });
    }

    public String write(Dataset dataset, Map<String, Node> parameters, ResultFormat format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(dataset, parameters, format, bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The rows as maps from column to value (IRIs and literals as their plain text; unbound columns absent). */
    public List<Map<String, String>> rows(Dataset dataset, Map<String, Node> parameters) {
        return Txn.calculateRead(dataset, () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExecution execution = execution(dataset, parameters)) {
                ResultSet rs = execution.execSelect();
                while (rs.hasNext()) {
                    var solution = rs.next();
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String column : rs.getResultVars()) {
                        RDFNode value = solution.get(column);
                        if (value != null) row.put(column, value.isLiteral() ? value.asLiteral().getLexicalForm() : value.toString());
                    }
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    private QueryExecution execution(Dataset dataset, Map<String, Node> parameters) {
        QueryExecutionDatasetBuilder builder = QueryExecution.dataset(dataset).query(query);
        parameters.forEach((variable, value) -> {
            if (!mentions(variable)) {
                throw new IllegalArgumentException("query " + name + " has no parameter ?" + variable);
            }
            builder.substitution(variable, dataset.getDefaultModel().asRDFNode(value));
        });
        return builder.build();
    }

    private boolean mentions(String variable) {
        return Pattern.compile("\\?" + Pattern.quote(variable) + "\\b").matcher(text).find();
    }

    @Override
    public String toString() {
        return name;
    }
}
