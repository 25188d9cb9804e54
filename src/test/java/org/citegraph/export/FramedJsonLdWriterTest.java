package org.citegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FramedJsonLdWriterTest {

    static final String ARTICLE = "https://example.org/t/br/1";
    static Graph graph;
    static String framed;
    static JsonNode json;

    @BeforeAll
    static void frame() throws IOException {
        graph = GraphFactory.createDefaultGraph();
        RDFParser.source("src/test/resources/validate/valid.ttl").parse(graph);
        StringWriter out = new StringWriter();
        FramedJsonLdWriter.write(graph, ARTICLE, out);
        framed = out.toString();
        json = new ObjectMapper().readTree(framed);
    }

    /** Nothing is lost or invented: a JSON-LD processor reads the framed document back to the same graph. */
    @Test
    void readsBackToTheSameGraph() {
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(framed, Lang.JSONLD).parse(back);
        assertThat(back.size()).isEqualTo(graph.size());
        assertThat(IsoMatcher.isomorphic(graph, back)).isTrue();
    }

    @Test
    void theArticleIsTheSingleRootWithItsCitedWorksNested() {
        assertThat(json.path("id").asText()).isEqualTo(ARTICLE);
        assertThat(json.path("title").asText()).isEqualTo("Agents and change in international society");
        assertThat(json.path("date").asText()).isEqualTo("2023-10-18");
        List<String> cited = new ArrayList<>();
        json.path("cites").forEach(w -> cited.add(w.path("id").asText()));
        assertThat(cited).containsExactlyInAnyOrder("https://example.org/t/br/2", "https://example.org/t/br/7",
                "https://example.org/t/br/20", "https://example.org/t/br/50");
        JsonNode article = find(json.path("cites"), "https://example.org/t/br/2");
        assertThat(article.path("title").asText()).isEqualTo("The English School");
        assertThat(article.path("year").asText()).isEqualTo("2001");
        assertThat(article.path("doi").asText()).isEqualTo("10.5555/ris.2001.027");
        assertThat(article.path("isPartOf").path("isPartOf").path("title").asText()).isEqualTo("Review of International Studies");
        assertThat(article.path("roles")).hasSize(2);
        assertThat(article.path("roles").findValuesAsText("familyName")).containsExactlyInAnyOrder("Buzan", "Wæver");
        assertThat(article.path("identifiers").get(0).path("scheme").asText()).isEqualTo("datacite:doi");
    }

    @Test
    void footnotesReferencesPinpointsAndCitationsAreReachable() {
        JsonNode reference = find(json.path("parts"), "https://example.org/t/be/1-1");
        assertThat(reference.path("references").asText()).isEqualTo("https://example.org/t/br/2");
        assertThat(reference.path("pinpoints").get(0).path("locator").asText()).isEqualTo("p. 479");
        assertThat(find(json.path("parts"), "https://example.org/t/de/1").path("sequence").asText()).isEqualTo("1");
        assertThat(json.path("citations")).hasSize(2);
    }

    /** Web developers read it as plain JSON: no JSON-LD value objects, only strings, arrays and objects. */
    @Test
    void valuesArePlainStrings() {
        List<String> keywords = new ArrayList<>();
        collectKeys(json, keywords);
        assertThat(keywords).doesNotContain("@value", "@type", "@id", "@list", "@reverse", "@graph");
        assertThat(json.path("@context").isObject()).isTrue();
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode n : array) if (n.path("id").asText().equals(id)) return n;
        throw new AssertionError("no node " + id + " in " + array);
    }

    private static void collectKeys(JsonNode node, List<String> keys) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (e.getKey().equals("@context")) continue;
                keys.add(e.getKey());
                collectKeys(e.getValue(), keys);
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectKeys(n, keys));
        }
    }
}
