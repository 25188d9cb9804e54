package org.citegraph.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ready-made queries shipped on the classpath as {@code /queries/*.rq} (not its sub-folders:
 * {@code /queries/server/} holds the pages' own queries). Each file's leading comment block is
 * its documentation: the first line is the title (a leading "{@code name.rq —}" is dropped), the
 * rest the description.
 */
final class QueryLibrary {

    record ShippedQuery(String name, String title, String description, String text) {}

    private static final String FOLDER = "/queries/";

    private final List<ShippedQuery> queries;

    private QueryLibrary(List<ShippedQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    static QueryLibrary fromClasspath() {
        List<ShippedQuery> queries = new ArrayList<>();
        for (String file : ClasspathFiles.list(FOLDER, ".rq")) {
            String text = ClasspathFiles.readOrNull(FOLDER + file);
            if (text != null) queries.add(parse(file.substring(0, file.length() - 3), text));
        }
        return new QueryLibrary(queries);
    }

    List<ShippedQuery> all() {
        return queries;
    }

    Optional<ShippedQuery> byName(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    static ShippedQuery parse(String name, String text) {
        List<String> comment = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("#")) {
                if (trimmed.isEmpty() && comment.isEmpty()) continue;
                break;
            }
            comment.add(trimmed.replaceFirst("^#+\\s?", ""));
        }
        String title = comment.isEmpty() ? name : comment.get(0).strip();
        title = title.replaceFirst("^" + java.util.regex.Pattern.quote(name) + "(\\.rq)?\\s*[—:–-]+\\s*", "");
        if (title.isEmpty()) title = name;
        StringBuilder description = new StringBuilder();
        for (int i = 1; i < comment.size(); i++) {
            String line = comment.get(i).strip();
            if (line.isEmpty()) {
                if (description.length() > 0) description.append('\n');
                continue;
            }
            if (description.length() > 0 && description.charAt(description.length() - 1) != '\n') description.append(' ');
            description.append(line);
        }
        return new ShippedQuery(name, title, description.toString().strip(), text);
    }
}
