package org.citegraph.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.Triple;
import org.citegraph.model.Article;
import org.citegraph.model.ArticlePage;
import org.citegraph.notes.NotesParser;
import org.citegraph.page.PageReader;
import org.citegraph.rdf.ArticleMapper;
import org.citegraph.rdf.ArticleRdfWriter;
import org.citegraph.rdf.RdfFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of citegraph against a baseline measured in the same run, on the same machine:
 * Jena RIOT parsing the N-Triples that the conversion itself wrote. Figures are reported as
 * ratios (see {@code bench/run.sh}), because the machines this runs on are shared and noisy.
 *
 * <ul>
 * <li>{@code parseNotes}: the footnote parser alone (page already read), per page of N notes.</li>
 * <li>{@code convertToNTriples}: page text → parsed notes → RDF written as N-Triples.</li>
 * <li>{@code baselineRiotParseNTriples}: RIOT parsing the N-Triples output of the same page.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// The parser reaches its steady state only after some 15 s of warm-up (its code is large and compiled
// method by method); fewer warm-up rounds measure the JIT rather than the parser.
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ConversionBenchmark {

    @Param({"2000"})
    public int notes;

    private String pageText;
    private ArticlePage page;
    private byte[] ntriples;
    /** Citations in the corpus, for citations-per-second figures. */
    public int citations;

    private final NotesParser parser = new NotesParser();
    private final ArticleRdfWriter writer = new ArticleRdfWriter(new ArticleMapper());

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        pageText = new SyntheticCorpus(42).page(notes);
        page = new PageReader().read("synthetic.txt", pageText);
        Article article = parser.parse(page);
        citations = article.notes().stream().mapToInt(n -> n.citations().size()).sum();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(article, RdfFormat.NTRIPLES, out);
        ntriples = out.toByteArray();
        System.out.printf("%n[corpus] notes=%d citations=%d ntriples=%d bytes%n", notes, citations, ntriples.length);
    }

    @Benchmark
    public Article parseNotes() {
        return parser.parse(page);
    }

    @Benchmark
    public int convertToNTriples() throws Exception {
        ArticlePage read = new PageReader().read("synthetic.txt", pageText);
        ByteArrayOutputStream out = new ByteArrayOutputStream(ntriples.length + 1024);
        writer.write(parser.parse(read), RdfFormat.NTRIPLES, out);
        return out.size();
    }

    @Benchmark
    public void baselineRiotParseNTriples(Blackhole blackhole) {
        StreamRDF sink = new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                blackhole.consume(triple);
            }

            @Override
            public void quad(Quad quad) {
                blackhole.consume(quad);
            }
        };
        RDFParser.source(new ByteArrayInputStream(ntriples)).lang(Lang.NTRIPLES).parse(sink);
    }
}
