package org.citegraph.un.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.citegraph.un.UnReference;
import org.citegraph.un.UnReferenceRecognizer;
import org.citegraph.un.UnSymbolParser;
import org.citegraph.un.UnSymbolResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Speed of symbol parsing and reference recognition. Run from the project directory with the test
 * class path: {@code java -cp <test classpath> org.openjdk.jmh.Main UnSymbolBenchmark}.
 * The hostile texts repeat units that defeat naive regular expressions; the time per character
 * should stay flat as {@code size} grows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class UnSymbolBenchmark {

    private static final List<String> SYMBOLS = List.of("A/48/PV.6", "S/RES/2334 (2016)", "A/RES/217 A (III)",
            "E/ECE/324/Rev.2/Add.12/Rev.8/Amend.1-E/ECE/TRANS/505/Rev.2/Add.12/Rev.8/Amend.1", "A/Res/61/295",
            "S/RES/212423", "ST/SG/AC.10/11/Rev.5/Amend.1", "S/PV.6201 (Resumption 1)", "CCPR/C/21/Rev.1/Add.13",
            "not a symbol at all");
    private static final String HOSTILE_UNIT = "Security Council resolutions 1 (2000), A/1/ UN Doc A/ (((( 1 UNTS ";

    @Param({"10000", "100000"})
    public int size;

    private String notes;
    private String hostileText;
    private String hostileSymbol;

    @Setup
    public void setUp() throws IOException {
        notes = Files.readString(Path.of("examples/hadano-2023.txt"));
        StringBuilder b = new StringBuilder(size + HOSTILE_UNIT.length());
        while (b.length() < size) {
            b.append(HOSTILE_UNIT);
        }
        hostileText = b.substring(0, size);
        hostileSymbol = hostileText.substring(0, UnSymbolParser.MAX_LENGTH);
    }

    /** Ten symbols of every shape, including a mistyped, an ambiguous and a non-symbol. */
    @Benchmark
    public void parseTenSymbols(Blackhole bh) {
        for (String symbol : SYMBOLS) {
            bh.consume(UnSymbolParser.parse(symbol));
        }
    }

    /** The worst input the parser reads in full: hostile text at the length cap. */
    @Benchmark
    public UnSymbolResult parseHostileAtLengthCap() {
        return UnSymbolParser.parse(hostileSymbol);
    }

    /** All of the sample article (about 26,000 characters, 145 notes) in one pass. */
    @Benchmark
    public List<UnReference> recogniseSampleArticle() {
        return UnReferenceRecognizer.recognize(notes);
    }

    @Benchmark
    public List<UnReference> recogniseHostileText() {
        return UnReferenceRecognizer.recognize(hostileText);
    }
}
