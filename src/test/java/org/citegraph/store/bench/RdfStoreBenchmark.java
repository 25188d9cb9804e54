package org.citegraph.store.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.riot.system.StreamRDFLib;
import org.citegraph.model.Article;
import org.citegraph.notes.NotesParser;
import org.citegraph.page.PageReader;
import org.citegraph.rdf.ArticleMapper;
import org.citegraph.rdf.ArticleRdfWriter;
import org.citegraph.rdf.RdfFormat;
import org.citegraph.store.GraphStore;
import org.citegraph.store.QueryLibrary;
import org.citegraph.store.StoredQuery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Speed of the RDF stage on the sample article (145 notes, 184 citations, about 5,500 statements):
 * mapping to a stream, writing each format, replacing the article's graph in an in-memory TDB2
 * store, and running the query library on it. Run from the project directory with the test class
 * path: {@code java -cp <test classpath> org.openjdk.jmh.Main RdfStoreBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RdfStoreBenchmark {

    /** The output format, a parameter of {@link #write} only. */
    @State(Scope.Benchmark)
    public static class Output {
        @Param({"turtle", "nquads", "trig", "jsonld", "rdfxml"})
        public String format;
    }

    private Article article;
    private ArticleMapper mapper;
    private ArticleRdfWriter writer;
    private GraphStore store;
    private StoredQuery references;
    private StoredQuery mostCited;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        article = new NotesParser().parse(new PageReader().read(Path.of("examples/hadano-2023.txt")));
        mapper = new ArticleMapper();
        writer = new ArticleRdfWriter(mapper);
        store = GraphStore.inMemory(mapper);
        store.load(article);
        references = QueryLibrary.load("references");
        mostCited = QueryLibrary.load("works-most-cited");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        store.close();
    }

    /** Mapping alone, statements sent to a sink that drops them. */
    @Benchmark
    public void map(Blackhole bh) {
        bh.consume(mapper.map(article, StreamRDFLib.sinkNull()));
    }

    /** Mapping and writing one format. */
    @Benchmark
    public void write(Output output, Blackhole bh) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(article, RdfFormat.of(output.format).orElseThrow(), out);
        bh.consume(out.size());
    }

    /** Reloading the article: drop its graph and map it again, in one write transaction. */
    @Benchmark
    public void reload(Blackhole bh) {
        bh.consume(store.load(article));
    }

    /** The 184-row references table. */
    @Benchmark
    public void referencesQuery(Blackhole bh) {
        bh.consume(references.rows(store.dataset(), Map.of()));
    }

    /** Grouping query over all citations. */
    @Benchmark
    public void worksMostCitedQuery(Blackhole bh) {
        bh.consume(mostCited.rows(store.dataset(), Map.of()));
    }
}
