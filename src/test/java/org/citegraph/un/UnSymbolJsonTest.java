package org.citegraph.un;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.citegraph.model.Diagnostic;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The un-symbol command's JSON and plain-text output. */
class UnSymbolJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void writesTheExamplesInTheExamplesFileConventions() throws IOException {
        JsonNode examples = MAPPER.readTree(Path.of("src/test/resources/un/symbols-examples.json").toFile());
        List<String> inputs = new ArrayList<>();
        examples.forEach(row -> inputs.add(row.get("symbol").asText()));

        JsonNode written = MAPPER.readTree(UnSymbolJson.toJson(UnSymbolParser.parseAll(inputs)));

        assertThat(written).hasSize(examples.size());
        for (int i = 0; i < examples.size(); i++) {
            ObjectNode expected = ((ObjectNode) examples.get(i)).deepCopy();
            expected.retain(UnSymbolJson.KEYS);
            assertThat(written.get(i)).isEqualTo(expected);
            List<String> keys = new ArrayList<>();
            written.get(i).fieldNames().forEachRemaining(keys::add);
            assertThat(keys).containsExactlyElementsOf(UnSymbolJson.KEYS);
        }
    }

    @Test
    void writesYearAsANumberAndAbsentPartsAsNull() throws IOException {
        JsonNode node = MAPPER.readTree(UnSymbolJson.toJson(List.of(UnSymbolParser.parse("S/RES/2334 (2016)")))).get(0);

        assertThat(node.get("symbol").asText()).isEqualTo("S/RES/2334(2016)");
        assertThat(node.get("year").isInt()).isTrue();
        assertThat(node.get("year").asInt()).isEqualTo(2016);
        assertThat(node.get("body").isNull()).isTrue();
        assertThat(node.get("suffixes").isArray()).isTrue();
    }

    @Test
    void keepsAnUnparsedTextAsAnObjectWithoutDecomposition() throws IOException {
        JsonNode array = MAPPER.readTree(UnSymbolJson.toJson(
                UnSymbolParser.parseAll(List.of("A/52/1", " S/RES/212423 "))));

        assertThat(array).hasSize(2);
        JsonNode unparsed = array.get(1);
        assertThat(unparsed.get("symbol").asText()).isEqualTo("S/RES/212423");
        assertThat(unparsed.get("organ").isNull()).isTrue();
        assertThat(unparsed.get("number").isNull()).isTrue();
        assertThat(unparsed.get("suffixes")).isEmpty();
    }

    @Test
    void formatsPlainText() {
        String text = UnSymbolText.format(UnSymbolParser.parseAll(List.of("A/C.4/66/SR.10", "S/RES/212423", "A/Res/61/295")));

        assertThat(text).contains("A/C.4/66/SR.10\n  organ: A (General Assembly)\n"
                + "  body: C.4 (Fourth Committee (Special Political and Decolonization))\n  session: 66\n"
                + "  type: SR\n  number: 10\n  meeting: A/C.4/66/10\n  link: https://undocs.org/A/C.4/66/SR.10\n");
        assertThat(text).contains("S/RES/212423\n  not parsed: ambiguous:");
        assertThat(text).contains("A/RES/61/295\n").contains("  warning: letter case corrected: 'Res' -> 'RES'\n");
    }

    @Test
    void reportsDiagnosticsForStandardError() {
        List<Diagnostic> diagnostics = UnSymbolText.diagnostics(
                UnSymbolParser.parseAll(List.of("A/52/1", "S/RES/212423", "A/Res/61/295")));

        assertThat(diagnostics).extracting(Diagnostic::toString).containsExactly(
                "'S/RES/212423': error: not a UN document symbol: ambiguous: Security Council resolution numbers"
                        + " have at most four digits, so '212423' may be a number run together with its year;"
                        + " expected S/RES/n(yyyy)",
                "'A/Res/61/295': warning: letter case corrected: 'Res' -> 'RES'");
    }
}
