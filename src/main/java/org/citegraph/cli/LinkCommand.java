package org.citegraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.citegraph.link.Endpoints;
import org.citegraph.link.LinkReport;
import org.citegraph.link.Linker;
import org.citegraph.link.RemoteAccess;
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

@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Converts the article and looks up its works and UN documents in OpenCitations Meta and",
            "Wikidata (by DOI and UN symbol), adding owl:sameAs / dcterms:relation links and DataCite identifiers.",
            "Without network it says so and writes the graph unchanged."})
final class LinkCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;
    @Mixin InputOptions input;

    @Parameters(paramLabel = "FILE", description = "The article.")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (default: standard output).")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "RDF format (default: turtle).")
    String format = "turtle";

    @Option(names = "--base", paramLabel = "IRI", description = "Base IRI (default: " + IriMinter.DEFAULT_BASE + ").")
    String base = IriMinter.DEFAULT_BASE;

    @Option(names = "--meta", paramLabel = "URL", description = "OpenCitations Meta SPARQL endpoint.")
    String meta = Endpoints.META;

    @Option(names = "--index", paramLabel = "URL", description = "OpenCitations Index SPARQL endpoint.")
    String index = Endpoints.INDEX;

    @Option(names = "--wikidata-scholarly", paramLabel = "URL", description = "Wikidata scholarly-graph endpoint.")
    String wikidataScholarly = Endpoints.WIKIDATA_SCHOLARLY;

    @Option(names = "--wikidata", paramLabel = "URL", description = "Wikidata main-graph endpoint.")
    String wikidataMain = Endpoints.WIKIDATA_MAIN;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Timeout per remote call (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = 30;

    @Option(names = "--user-agent", paramLabel = "TEXT",
            description = "User-Agent for remote calls; Wikimedia asks for a contact, e.g. 'citegraph/0.1 (you@example.org)'.")
    String userAgent = RemoteAccess.defaultUserAgent();

    @Override
    public Integer call() throws IOException {
        RdfFormat rdfFormat = RdfFormat.of(format).orElseThrow(() -> new UserError("unknown format '" + format + "'"));
        IriMinter iris = Bases.minter(base);
        Article article = input.convert(List.of(file), spec.commandLine().getErr()).get(0);
        Graph graph = new ArticleRdfWriter(new ArticleMapper(iris)).toGraph(article);
        RemoteAccess access = new RemoteAccess(new Endpoints(meta, index, wikidataScholarly, wikidataMain),
                Duration.ofSeconds(timeoutSeconds), userAgent);
        LinkReport report = new Linker(access, iris).link(graph);
        spec.commandLine().getErr().print(report.toText());
        spec.commandLine().getErr().flush();
        try (OutputStream out = output == null ? new BufferedOutputStream(System.out)
                : new BufferedOutputStream(Files.newOutputStream(output))) {
            RDFWriter.source(graph).format(rdfFormat.jenaFormat()).output(out);
        }
        return Main.OK;
    }
}
