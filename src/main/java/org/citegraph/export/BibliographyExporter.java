package org.citegraph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.citegraph.model.Article;

/**
 * Writes an article's bibliography: one entry per cited work (short forms already merged into
 * their work by the notes stage), in the order of {@link Article#works()}, with stable keys.
 */
public final class BibliographyExporter {

    private BibliographyExporter() {
    }

    public static void write(Article article, Format format, Writer out) throws IOException {
        exporter(format).write(entries(article), out);
    }

    /** The entries as exported: works with their citation keys. */
    public static List<BibEntry> entries(Article article) {
        return CitationKeys.assign(article.works());
    }

    public static Exporter exporter(Format format) {
        return switch (format) {
            case CSL_JSON -> new CslJsonExporter();
            case BIBTEX -> new BibtexExporter();
            case RIS -> new RisExporter();
        };
    }
}
