package org.citegraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * The SPARQL queries shipped in {@code queries/} (on the classpath as {@code /queries/*.rq}), or
 * any .rq file. The queries expect the default graph to be the union of the article graphs, as
 * {@link GraphStore} arranges.
 */
public final class QueryLibrary {

    /** Classpath folder of the shipped queries. */
    public static final String FOLDER = "queries";

    /** A query shipped with citegraph, by name ("references" or "references.rq"). */
    public static StoredQuery load(String name) {
        String file = name.endsWith(".rq") ? name : name + ".rq";
        if (file.contains("/") || file.contains("\\")) throw new IllegalArgumentException("not a query name: " + name);
        try (InputStream in = QueryLibrary.class.getResourceAsStream("/" + FOLDER + "/" + file)) {
            if (in == null) throw new IllegalArgumentException("no query named '" + name + "'; available: " + names());
            return parse(stem(file), new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read query " + file, e);
        }
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
        Set<String> names = new TreeSet<>();
        try {
            Enumeration<URL> folders = QueryLibrary.class.getClassLoader().getResources(FOLDER);
            while (folders.hasMoreElements()) names.addAll(list(folders.nextElement()));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the query folder", e);
        }
        return List.copyOf(names);
    }

    private static List<String> list(URL folder) throws IOException, URISyntaxException {
        URI uri = folder.toURI();
        if (!"jar".equals(uri.getScheme())) return list(Path.of(uri));
        FileSystem fs;
        try {
            fs = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            fs = FileSystems.newFileSystem(uri, Map.of());
        }
        return list(fs.getPath("/" + FOLDER));
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).map(QueryLibrary::stem).sorted().toList();
        }
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
