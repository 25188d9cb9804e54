package org.citegraph.model;

import java.util.List;

/** What the page stage reads from an input: the header and the raw notes, plus any problems. */
public record ArticlePage(String source, ArticleMetadata metadata, List<NoteText> notes, List<Diagnostic> diagnostics) {

    public ArticlePage {
        notes = List.copyOf(notes);
        diagnostics = List.copyOf(diagnostics);
    }
}
