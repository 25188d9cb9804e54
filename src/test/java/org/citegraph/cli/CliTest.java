package org.citegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, messages, files written. */
class CliTest {

    @TempDir Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void convertsTheSampleToEveryFormat() throws Exception {
        for (String format : new String[] {"turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml"}) {
            Path out = dir.resolve("out." + format);
            Run r = run("convert", "examples/hadano-2023.txt", "-f", format, "-o", out.toString());
            assertThat(r.code()).as(r.err()).isZero();
            Dataset ds = DatasetFactory.create();
            RDFDataMgr.read(ds, out.toString(), org.citegraph.rdf.RdfFormat.of(format).orElseThrow().lang());
            long triples = ds.asDatasetGraph().stream().count();
            assertThat(triples).as(format).isGreaterThan(5000);
        }
    }

    @Test
    void chaptersOfABookCitedInFullAndThenAbbreviatedSitInOneBook() throws Exception {
        Path notes = dir.resolve("chapters.txt");
        Files.writeString(notes, """
                1. Clara Moe, “Straits,” in Essays on the Law of the Sea and Coastal States, ed. Nina Ost and Paul Berg (Oslo: Fjord Press, 2012), 60.

                2. Ada Lin, “Bays,” in Ost and Berg, Essays on the Law of the Sea, 85–100, 90.
                """);
        Path out = dir.resolve("chapters.nt");
        assertThat(run("convert", notes.toString(), "-o", out.toString()).code()).isZero();
        var graph = RDFDataMgr.loadModel(out.toString());
        var books = graph.listSubjectsWithProperty(
                org.apache.jena.vocabulary.RDF.type, graph.createResource("http://purl.org/spar/fabio/Book")).toList();
        assertThat(books).singleElement().satisfies(book -> assertThat(
                book.getProperty(org.apache.jena.vocabulary.DCTerms.title).getString())
                .isEqualTo("Essays on the Law of the Sea and Coastal States"));
        assertThat(graph.listSubjectsWithProperty(
                org.apache.jena.vocabulary.DCTerms.isPartOf, books.get(0)).toList()).hasSize(2);
    }

    @Test
    void formatFollowsTheOutputExtension() throws Exception {
        Path out = dir.resolve("sample.nt");
        assertThat(run("convert", "examples/hadano-2023.txt", "-o", out.toString()).code()).isZero();
        assertThat(Files.readString(out)).startsWith("<http");
    }

    @Test
    void unusableInputExitsTwoNamingTheFile() throws Exception {
        Run missing = run("convert", dir.resolve("missing.txt").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("missing.txt").contains("no such file").doesNotContain("Exception");

        Path prose = dir.resolve("prose.txt");
        Files.writeString(prose, "Nothing but a paragraph.\n");
        Run notAnArticle = run("convert", prose.toString());
        assertThat(notAnArticle.code()).isEqualTo(2);
        assertThat(notAnArticle.err()).contains("prose.txt").contains("no numbered notes");

        Run badFormat = run("convert", "examples/hadano-2023.txt", "-f", "yaml");
        assertThat(badFormat.code()).isEqualTo(2);
        assertThat(badFormat.err()).contains("unknown format 'yaml'");
    }

    @Test
    void anUnparseableNoteIsKeptAndWarnedWhileTheRestConverts() throws Exception {
        Path page = dir.resolve("page.txt");
        Files.writeString(page, "References\n\n1 Ann Lee, ‘A title’, Journal of Things, 3:1 (2001), pp. 1–9.\n\n"
                + "2 ((((( ‘‘‘ {{{ \n\n3 Lee, ‘A title’, p. 4.\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("page.ttl");
        Run r = run("convert", page.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String turtle = Files.readString(out);
        assertThat(turtle).contains("A title").contains("((((( ‘‘‘ {{{");
    }

    @Test
    void queryRunsAShippedQueryByName() {
        Run r = run("query", "references", "--data", "examples/hadano-2023.txt", "--results", "csv");
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void queryReportsASyntaxErrorWithItsPosition() throws Exception {
        Path bad = dir.resolve("bad.rq");
        Files.writeString(bad, "SELECT * WHERE { ?s ?p }\n");
        Run r = run("query", bad.toString(), "--data", "examples/hadano-2023.txt");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bad.rq").contains("line 1");
    }

    @Test
    void unSymbolPrintsJsonAndFailsOnAnUnparseableSymbol() {
        Run ok = run("un-symbol", "--json", "S/PV.7796");
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("\"docType\" : \"PV\"").contains("\"number\" : \"7796\"");

        Run bad = run("un-symbol", "not a symbol");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("not a UN document symbol");
    }

    @Test
    void evaluateMeetsTheTargetOnTheSample() {
        Path gold = Path.of("../shared/gold/hadano-2023.json");
        assumeTrue(Files.isRegularFile(gold), "gold annotation not present");
        Run r = run("evaluate", "--gold", gold.toString(), "examples/hadano-2023.txt", "--min-f1", "0.98");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("OVERALL").contains("GROUPING").contains("combined");
    }

    @Test
    void validateAcceptsTheSampleAndRejectsBrokenRdf() throws Exception {
        Run ok = run("validate", "examples/hadano-2023.txt");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("conforms");

        Path bad = dir.resolve("bad.ttl");
        Files.writeString(bad, "@prefix bibo: <http://purl.org/ontology/bibo/> .\n<http://x/w> a bibo:Book ; bibo:madeUpTerm \"1\" .\n");
        Run problems = run("validate", bad.toString());
        assertThat(problems.code()).isEqualTo(1);
        assertThat(problems.out()).contains("madeUpTerm");
    }

    @Test
    void exportWritesOneEntryPerWork() throws Exception {
        Path out = dir.resolve("refs.json");
        Run r = run("export", "--to", "csl-json", "examples/hadano-2023.txt", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        var entries = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toFile());
        assertThat(entries.size()).isEqualTo(102);
        assertThat(run("export", "--to", "endnote", "examples/hadano-2023.txt").code()).isEqualTo(2);
    }

    @Test
    void ocdmProfileKeepsAtMostTwoTypesPerEntity() throws Exception {
        Path out = dir.resolve("strict.nt");
        Run r = run("convert", "--profile", "ocdm", "examples/hadano-2023.txt", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        var graph = RDFDataMgr.loadGraph(out.toString());
        var types = new java.util.HashMap<org.apache.jena.graph.Node, Integer>();
        graph.find(null, org.apache.jena.vocabulary.RDF.type.asNode(), null).forEachRemaining(t -> types.merge(t.getSubject(), 1, Integer::sum));
        assertThat(types).isNotEmpty();
        assertThat(types.values()).allMatch(n -> n <= 2);
        assertThat(Files.readString(out)).doesNotContain("http://purl.org/ontology/bibo/");
    }
}
