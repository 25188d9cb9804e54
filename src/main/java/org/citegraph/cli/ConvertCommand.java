package org.citegraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.citegraph.model.Article;
import org.citegraph.rdf.ArticleMapper;
import org.citegraph.rdf.ArticleRdfWriter;
import org.citegraph.rdf.IriMinter;
import org.citegraph.rdf.RdfFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Converts article pages (Cambridge Core text, plain numbered notes, JATS XML) to RDF.",
            "Warnings (file:line: note N: reason) go to stderr; exit 0 when the input converted, 2 when unusable."})
final class ConvertCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;
    @Mixin InputOptions input;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files.")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (default: standard output).")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "turtle, ntriples, nquads, trig, jsonld or rdfxml (default: from OUT's extension, else turtle).")
    String format;

    @Option(names = "--base", paramLabel = "IRI", description = "Base IRI of minted resources (default: " + IriMinter.DEFAULT_BASE + ").")
    String base = IriMinter.DEFAULT_BASE;

    @Override
    public Integer call() throws IOException {
        RdfFormat rdfFormat = chooseFormat();
        IriMinter iris = Bases.minter(base);
        List<Article> articles = input.convert(files, spec.commandLine().getErr());
        ArticleRdfWriter writer = new ArticleRdfWriter(new ArticleMapper(iris));
        if (output == null) {
            OutputStream out = new BufferedOutputStream(System.out);
            writer.write(articles, rdfFormat, out);
            out.flush();
        } else {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) throw new UserError(output + ": directory " + parent + " does not exist");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
                writer.write(articles, rdfFormat, out);
            }
        }
        return Main.OK;
    }

    private RdfFormat chooseFormat() {
        if (format != null) {
            return RdfFormat.of(format).orElseThrow(() -> new UserError("unknown format '" + format
                    + "' (use turtle, ntriples, nquads, trig, jsonld or rdfxml)"));
        }
        if (output != null) {
            String name = output.getFileName().toString();
            int dot = name.lastIndexOf('.');
            if (dot > 0) return RdfFormat.of(name.substring(dot + 1)).orElse(RdfFormat.TURTLE);
        }
        return RdfFormat.TURTLE;
    }
}
