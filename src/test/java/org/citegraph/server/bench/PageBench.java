package org.citegraph.server.bench;

import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.citegraph.server.PageBenchSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the server takes to build its heaviest pages, in process (no HTTP): the article page
 * and the RDF description of an article with 145 footnotes and about 240 references to 150 works
 * (the size of a long journal article), a cited work's page, and the home page.
 * Run: {@code java -cp <test classpath> org.openjdk.jmh.Main PageBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PageBench {

    private PageBenchSupport pages;

    @Setup(Level.Trial)
    public void load() {
        Dataset dataset = DatasetFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> RDFParser.fromString(PageBenchSupport.syntheticArticle(145, 150, 42), Lang.TURTLE).parse(dataset));
        pages = new PageBenchSupport(dataset);
    }

    @Benchmark
    public int articlePage() {
        return pages.html("br/1").length();
    }

    @Benchmark
    public int citedWorkPage() {
        return pages.html("br/5").length();
    }

    @Benchmark
    public int homePage() {
        return pages.home().length();
    }

    @Benchmark
    public int articleTurtle() {
        return pages.turtle("br/1").length;
    }
}
