package org.citegraph.un;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.citegraph.model.UnSymbol;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every real symbol in the examples file decomposes exactly as annotated, and canonically round-trips. */
class UnSymbolExamplesTest {

    private static final Path EXAMPLES = Path.of("src/test/resources/un/symbols-examples.json");

    static Stream<Arguments> examples() throws IOException {
        JsonNode rows = new ObjectMapper().readTree(EXAMPLES.toFile());
        List<Arguments> args = new ArrayList<>();
        for (JsonNode row : rows) {
            args.add(Arguments.of(row.get("symbol").asText(), row));
        }
        assertThat(args).hasSize(30);
        return args.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void decomposesExactly(String symbol, JsonNode expected) {
        UnSymbolResult result = UnSymbolParser.parse(symbol);

        assertThat(result.isParsed()).as("parsed: %s", result).isTrue();
        UnSymbol s = result.toSymbol().orElseThrow();
        assertThat(s.symbol()).isEqualTo(expected.get("symbol").asText());
        assertThat(s.organ()).isEqualTo(text(expected, "organ"));
        assertThat(s.body()).isEqualTo(text(expected, "body"));
        assertThat(s.session()).isEqualTo(text(expected, "session"));
        assertThat(s.year()).isEqualTo(expected.get("year").isNull() ? null : expected.get("year").asInt());
        assertThat(s.docType()).isEqualTo(text(expected, "docType"));
        assertThat(s.number()).isEqualTo(text(expected, "number"));
        List<String> suffixes = new ArrayList<>();
        expected.get("suffixes").forEach(n -> suffixes.add(n.asText()));
        assertThat(s.suffixes()).containsExactlyElementsOf(suffixes);
        assertThat(result.warnings()).as("a well-formed symbol raises no warning").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void canonicalFormRoundTrips(String symbol, JsonNode expected) {
        UnSymbol first = UnSymbolParser.parse(symbol).toSymbol().orElseThrow();
        UnSymbolResult again = UnSymbolParser.parse(first.symbol());

        assertThat(again.toSymbol()).contains(first);
        assertThat(again.warnings()).isEmpty();
    }

    private static String text(JsonNode row, String key) {
        JsonNode n = row.get(key);
        return n == null || n.isNull() ? null : n.asText();
    }
}
