package org.citegraph.model;

import java.util.List;
import java.util.Optional;

/**
 * A converted article: header, notes with their citations, the distinct works cited, and every
 * problem met on the way. {@code source} names the input (a file name) for messages and IRIs.
 */
public record Article(String source, ArticleMetadata metadata, List<Note> notes, List<Work> works, List<Diagnostic> diagnostics) {

    public Article {
        notes = List.copyOf(notes);
        works = List.copyOf(works);
        diagnostics = List.copyOf(diagnostics);
    }

    public Optional<Work> work(String id) {
        return works.stream().filter(w -> w.id().equals(id)).findFirst();
    }
}
