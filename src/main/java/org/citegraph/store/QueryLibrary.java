package org.citegraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * The SPARQL queries shipped in {@code queries/} (on the classpath as {@code /queries/*.rq}), or
 * any .rq file. The queries expect the default graph to be the union of the article graphs, as
 * {@link GraphStore} arranges. Sub-folders hold queries for other callers (the server's pages in
 * {@code queries/server/}); they are read here too, as text, by {@link #text(String, String)}.
 */
public final class QueryLibrary {

    /** Classpath folder of the shipped queries. */
    public static final String FOLDER = "queries";

    /** A query shipped with citegraph, by name ("references" or "references.rq"). */
    public static StoredQuery load(String name) {
        String file = fileName(name);
        return parse(stem(file), text("", name), file);
    }

    /** A query from a file anywhere. */
    public static StoredQuery fromFile(Path file) {
        try {
            return parse(stem(file.getFileName().toString()), Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read query file " + file, e);
        }
    }

    /** The names of the shipped queries (top level of the folder only, in every classpath root), sorted. */
    public static List<String> names() {
        return names("");
    }

    /** The names of the queries in a sub-folder of the query folder ("server"; "" for the top level), sorted. */
    public static List<String> names(String folder) {
        return ClasspathFiles.list(folderPath(folder), ".rq").stream().map(QueryLibrary::stem).sorted().toList();
    }

    /**
     * The text of the shipped query {@code name} in a sub-folder of the query folder ("" for the
     * top level), for callers that parse it their own way (the server's pages use CONSTRUCT too).
     */
    public static String text(String folder, String name) {
        String text = ClasspathFiles.readOrNull(folderPath(folder) + fileName(name));
        if (text == null) throw new IllegalArgumentException("no query named '" + name + "'; available: " + names(folder));
        return text;
    }

    private static String fileName(String name) {
        String file = name.endsWith(".rq") ? name : name + ".rq";
        if (file.contains("/") || file.contains("\\")) throw new IllegalArgumentException("not a query name: " + name);
        return file;
    }

    private static String folderPath(String folder) {
        return "/" + FOLDER + "/" + (folder.isEmpty() ? "" : folder + "/");
    }

    private static StoredQuery parse(String name, String text, String origin) {
        try {
            Query query = QueryFactory.create(text);
            if (!query.isSelectType()) throw new IllegalArgumentException(origin + ": only SELECT queries belong in the library");
            return new StoredQuery(name, text, query);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(origin + ":" + e.getLine() + ": " + e.getMessage(), e);
        }
    }

    private static String stem(String file) {
        return file.endsWith(".rq") ? file.substring(0, file.length() - 3) : file;
    }

    private QueryLibrary() {
    }
}
