package org.citegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.citegraph.model.Article;
import org.citegraph.rdf.ArticleMapper;
import org.citegraph.rdf.ArticleRdfWriter;
import org.citegraph.rdf.IriMinter;
import org.citegraph.validate.ValidationReport;
import org.citegraph.validate.Validator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks citegraph RDF (or an article, converted first) against the SHACL shapes in",
            "ontology/ and checks that every class and property is declared in the official ontologies.",
            "Exit 0 when everything conforms, 1 when there are problems (listed one per line)."})
final class ValidateCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;
    @Mixin InputOptions input;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "RDF files (.ttl, .nt, .nq, .trig, .jsonld, .rdf) or articles.")
    List<Path> files;

    @Option(names = "--base", paramLabel = "IRI", description = "Base IRI for converted articles (default: " + IriMinter.DEFAULT_BASE + ").")
    String base = IriMinter.DEFAULT_BASE;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Validator validator = Validator.standard();
        boolean allConform = true;
        for (Path file : files) {
            ValidationReport report = validator.validate(graphOf(file));
            out.println(file + ": " + (report.conforms() ? "conforms" : report.problems().size() + " problem(s)"));
            if (!report.conforms()) out.print(report.toText());
            allConform &= report.conforms();
        }
        out.flush();
        return allConform ? Main.OK : 1;
    }

    private Graph graphOf(Path file) {
        if (!Files.isRegularFile(file)) throw new UserError(file + ": no such file");
        if (!InputOptions.isRdfFile(file)) {
            Article article = input.convert(List.of(file), spec.commandLine().getErr()).get(0);
            return new ArticleRdfWriter(new ArticleMapper(Bases.minter(base))).toGraph(article);
        }
        var lang = RDFLanguages.resourceNameToLang(file.toString());
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            if (RDFLanguages.isQuads(lang)) {
                var dataset = org.apache.jena.sparql.core.DatasetGraphFactory.create();
                RDFParser.source(file).lang(lang).parse(dataset);
                dataset.find().forEachRemaining(q -> graph.add(q.asTriple()));
            } else {
                RDFParser.source(file).lang(lang).parse(graph);
            }
        } catch (RiotException e) {
            throw new UserError(file + ": not valid RDF: " + e.getMessage());
        }
        return graph;
    }
}
