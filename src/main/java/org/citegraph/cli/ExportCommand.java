package org.citegraph.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.citegraph.export.BibliographyExporter;
import org.citegraph.export.Format;
import org.citegraph.model.Article;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the article's bibliography, one entry per cited work (short forms merged),",
            "for reference managers and typesetting: CSL-JSON (Zotero, pandoc), BibTeX (LaTeX), RIS."})
final class ExportCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;
    @Mixin InputOptions input;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "csl-json, bibtex or ris.")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (default: standard output).")
    Path output;

    @Parameters(paramLabel = "FILE", description = "The article.")
    Path file;

    @Override
    public Integer call() throws IOException {
        Format format;
        try {
            format = Format.fromLabel(to);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        Article article = input.convert(List.of(file), spec.commandLine().getErr()).get(0);
        try (Writer out = output == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            BibliographyExporter.write(article, format, out);
        }
        return Main.OK;
    }
}
