package org.citegraph.notes.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import org.citegraph.bench.SyntheticCorpus;
import org.citegraph.model.Article;
import org.citegraph.model.ArticlePage;
import org.citegraph.model.Note;
import org.citegraph.notes.NotesParser;
import org.citegraph.page.PageReader;

/**
 * Footnote parsing speed on one core, in citations per second (the {@code citations} counter),
 * for the sample article and for a large synthetic page in every supported style.
 *
 * <p>Run: {@code mvn -o -q test-compile}, then
 * {@code java -cp target/test-classes:target/classes:<dependencies> org.openjdk.jmh.Main NotesParserBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Threads(1)
@State(Scope.Thread)
public class NotesParserBenchmark {

    /** The pages to parse, read once. */
    @State(Scope.Benchmark)
    public static class Pages {
        ArticlePage sample;
        ArticlePage synthetic;
        int sampleCitations;
        int syntheticCitations;

        @Setup(Level.Trial)
        public void read() throws Exception {
            sample = new PageReader().read("hadano-2023.txt", resource("/examples/hadano-2023.txt"));
            // the page bench/run.sh parses (ConversionBenchmark), so the two report the same figure
            synthetic = new PageReader().read("synthetic.txt", new SyntheticCorpus(42).page(2000));
            sampleCitations = count(new NotesParser().parse(sample));
            syntheticCitations = count(new NotesParser().parse(synthetic));
        }

        private static String resource(String path) throws IOException {
            try (InputStream in = NotesParserBenchmark.class.getResourceAsStream(path)) {
                if (in == null) throw new IOException(path + " is not on the class path");
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }

        private static int count(Article a) {
            int n = 0;
            for (Note note : a.notes()) n += note.citations().size();
            return n;
        }
    }

    /** Citations parsed, reported by JMH as a rate next to the article rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counter {
        public long citations;

        @Setup(Level.Iteration)
        public void reset() {
            citations = 0;
        }
    }

    private final NotesParser parser = new NotesParser();

    @Benchmark
    public Article sample(Pages pages, Counter counter) {
        counter.citations += pages.sampleCitations;
        return parser.parse(pages.sample);
    }

    @Benchmark
    public Article synthetic(Pages pages, Counter counter) {
        counter.citations += pages.syntheticCitations;
        return parser.parse(pages.synthetic);
    }
}
