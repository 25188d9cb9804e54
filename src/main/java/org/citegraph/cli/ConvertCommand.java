package org.citegraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.citegraph.export.FramedJsonLdWriter;
import org.citegraph.export.OcdmStrict;
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

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "full",
            description = "full (OCDM + BIBO layers, default) or ocdm (OpenCitations Data Model only: at most two types "
                    + "per entity, no BIBO layer, DataCite identifiers, lower-case DOIs).")
    String profile;

    @Option(names = "--framed", description = "With -f jsonld: a framed, compact JSON-LD document (context in ontology/context.jsonld) "
            + "that reads as plain nested JSON.")
    boolean framed;

    @Override
    public Integer call() throws IOException {
        RdfFormat rdfFormat = chooseFormat();
        if (!profile.equals("full") && !profile.equals("ocdm")) throw new UserError("unknown profile '" + profile + "' (use full or ocdm)");
        if (framed && rdfFormat != RdfFormat.JSONLD) throw new UserError("--framed goes with -f jsonld");
        boolean single = profile.equals("ocdm") || framed;
        if (single && files.size() > 1) throw new UserError("--profile ocdm and --framed convert one article at a time");
        IriMinter iris = Bases.minter(base);
        List<Article> articles = input.convert(files, spec.commandLine().getErr());
        ArticleMapper mapper = new ArticleMapper(iris);
        ArticleRdfWriter writer = new ArticleRdfWriter(mapper);
        if (output != null) {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) throw new UserError(output + ": directory " + parent + " does not exist");
        }
        try (OutputStream out = output == null ? new BufferedOutputStream(System.out) { @Override public void close() throws IOException { flush(); } }
                : new BufferedOutputStream(Files.newOutputStream(output))) {
            if (!single) {
                writer.write(articles, rdfFormat, out);
                return Main.OK;
            }
            Article article = articles.get(0);
            Graph graph = writer.toGraph(article);
            if (profile.equals("ocdm")) {
                Graph strict = OcdmStrict.transform(graph);
                strict.getPrefixMapping().setNsPrefixes(mapper.prefixes());
                graph = strict;
            }
            if (framed) {
                Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                FramedJsonLdWriter.write(graph, mapper.articleNode(article).getURI(), text);
                text.flush();
            } else {
                writeProfiled(graph, mapper.graphName(article), rdfFormat, out);
            }
        }
        return Main.OK;
    }

    /** Quad formats keep the article's named graph, as the full profile does. */
    private static void writeProfiled(Graph graph, org.apache.jena.graph.Node graphName, RdfFormat format, OutputStream out) {
        if (!format.isQuads()) {
            RDFWriter.source(graph).format(format.jenaFormat()).output(out);
            return;
        }
        var dataset = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        dataset.addGraph(graphName, graph);
        dataset.prefixes().putAll(graph.getPrefixMapping());
        RDFWriter.source(dataset).format(format.jenaFormat()).output(out);
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
