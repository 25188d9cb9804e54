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
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            try {
                articles.add(parse(reader.read(file, inputFormat), err));
            } catch (PageException e) {
                throw new UserError(e.getMessage());
            }
        }
        return articles;
    }

    /** The sample article bundled in the jar (examples/hadano-2023.txt). */
    Article convertBundledSample(PrintWriter err) {
        try (java.io.InputStream in = InputOptions.class.getResourceAsStream("/examples/" + BUNDLED_SAMPLE)) {
            if (in == null) throw new UserError("the bundled sample " + BUNDLED_SAMPLE + " is missing from this build", Main.INTERNAL_ERROR);
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return parse(new ArticleReader().read(BUNDLED_SAMPLE, text, inputFormat), err);
        } catch (java.io.IOException | PageException e) {
            throw new UserError("cannot read the bundled sample: " + e.getMessage(), Main.INTERNAL_ERROR);
        }
    }

    static final String BUNDLED_SAMPLE = "hadano-2023.txt";

    /**
     * True for RDF files (.ttl, .nt, .nq, .trig, .jsonld, .rdf …), false for article inputs. A .xml
     * file is an article (JATS), although RDF/XML may use that extension too.
     */
    static boolean isRdfFile(Path file) {
        String name = file.toString();
        return org.apache.jena.riot.RDFLanguages.resourceNameToLang(name) != null && !name.endsWith(".xml");
    }

    private Article parse(ArticlePage page, PrintWriter err) {
        Article article = new NotesParser().parse(page);
        if (!quiet) {
            for (Diagnostic d : article.diagnostics()) err.println(d);
            err.flush();
        }
        return article;
    }

    static final class InputFormatConverter implements picocli.CommandLine.ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            return InputFormat.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
