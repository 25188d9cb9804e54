package org.citegraph.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.citegraph.store.ClasspathFiles;

/** The page templates under the classpath folder {@code /web/templates/}, parsed once each. */
final class Templates {

    private static final String FOLDER = "/web/templates/";

    private final Map<String, Template> parsed = new ConcurrentHashMap<>();

    Template get(String name) {
        // A template file's final newline is not part of the template: partials are used inline.
        return parsed.computeIfAbsent(name, n -> Template.parse(n + ".html",
                ClasspathFiles.read(FOLDER + n + ".html").replaceFirst("\\R\\z", "")));
    }

    SafeHtml render(String name, Object context) {
        return get(name).render(context, this::get);
    }
}
