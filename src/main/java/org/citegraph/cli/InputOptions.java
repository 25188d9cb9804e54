package org.citegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.citegraph.model.Article;
import org.citegraph.model.ArticlePage;
import org.citegraph.model.Diagnostic;
import org.citegraph.notes.NotesParser;
import org.citegraph.page.ArticleReader;
import org.citegraph.page.InputFormat;
import org.citegraph.page.PageException;

import picocli.CommandLine.Option;

/**
 * Reading and parsing input articles, shared by the commands that take article files. Every
 * warning goes to stderr as "file:line: note N: warning: ..."; an unusable file stops the command
 * with exit code 2 and names the file.
 */
final class InputOptions {

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto, page, notes or jats (default: ${DEFAULT-VALUE}).",
            converter = InputFormatConverter.class)
    InputFormat inputFormat = InputFormat.AUTO;

    @Option(names = {"-q", "--quiet"}, description = "Do not print warnings.")
    boolean quiet;

    List<Article> convert(List<Path> files, PrintWriter err) {
        ArticleReader reader = new ArticleReader();
        NotesParser parser = new NotesParser();
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            ArticlePage page;
            try {
                page = reader.read(file, inputFormat);
            } catch (PageException e) {
                throw new UserError(e.getMessage());
            }
            Article article = parser.parse(page);
            if (!quiet) {
                for (Diagnostic d : article.diagnostics()) err.println(d);
            }
            articles.add(article);
        }
        err.flush();
        return articles;
    }

    static final class InputFormatConverter implements picocli.CommandLine.ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            return InputFormat.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
