package org.citegraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.citegraph.model.Article;
import org.citegraph.model.ArticlePage;
import org.citegraph.model.Note;
import org.citegraph.page.PageReader;
import org.citegraph.rdf.ArticleMapper;
import org.citegraph.rdf.ArticleRdfWriter;
import org.citegraph.rdf.RdfFormat;
import org.citegraph.rdf.rio.RioCheck;
import org.junit.jupiter.api.Test;

/**
 * The sample article's page (examples/hadano-2023.txt) read by the page stage and stored with its
 * notes unparsed: the header and all 145 notes must be in the graph, and every format must survive
 * a round trip through RDF4J Rio.
 */
class SampleHeaderTest {

    private static Article sampleWithRawNotes() throws Exception {
        ArticlePage page = new PageReader().read(Path.of("examples/hadano-2023.txt"));
        List<Note> notes = page.notes().stream().map(n -> new Note(n.number(), n.line(), n.text(), List.of(), false)).toList();
        return new Article(page.source(), page.metadata(), notes, List.of(), page.diagnostics());
    }

    @Test
    void theHeaderIsInTheGraph() throws Exception {
        try (GraphStore store = GraphStore.inMemory()) {
            store.load(sampleWithRawNotes());
            List<Map<String, String>> rows = QueryLibrary.load("article").rows(store.dataset(), Map.of());
            assertThat(rows).hasSize(1);
            Map<String, String> article = rows.get(0);
            assertThat(article).containsEntry("article", "http://localhost:3030/article/hadano-2023")
                    .containsEntry("title", "Agents, multilateral institutions, and fundamental institutional change in "
                            + "international society: The case of Russia’s peacekeeping policy")
                    .containsEntry("authors", "Hadano, Takamitsu")
                    .containsEntry("affiliations", "Faculty of International Studies, Hiroshima City University, Hiroshima, Japan")
                    .containsEntry("corresponding", "Hadano, Takamitsu")
                    .containsEntry("published", "2023-10-18")
                    .containsEntry("publisher", "Cambridge University Press")
                    .containsEntry("on_behalf_of", "The British International Studies Association")
                    .containsEntry("type", "Research Article")
                    .containsEntry("rights", "© The Author(s), 2023. Published by Cambridge University Press on behalf of "
                            + "The British International Studies Association.")
                    .containsEntry("notes", "145").containsEntry("citations", "0").containsEntry("works", "0")
                    .doesNotContainKeys("journal", "doi");
            assertThat(article.get("abstract")).startsWith("Drawing on recent debates in English School (ES) theory")
                    .endsWith("as an alternative ‘peacekeeping’ actor.");

            List<Map<String, String>> unparsed = QueryLibrary.load("notes-without-citation").rows(store.dataset(), Map.of());
            assertThat(unparsed).hasSize(145);
            assertThat(unparsed.get(128)).containsEntry("note", "129")
                    .containsEntry("text", "I thank one of the anonymous reviewers for this phrase.");
        }
    }

    @Test
    void everyFormatRoundTripsThroughRio() throws Exception {
        Article article = sampleWithRawNotes();
        ArticleMapper mapper = new ArticleMapper();
        ArticleRdfWriter writer = new ArticleRdfWriter(mapper);
        var dataset = writer.toDataset(article);
        for (RdfFormat format : RdfFormat.values()) {
            var out = new java.io.ByteArrayOutputStream();
            writer.write(dataset, mapper.graphName(article), format, out);
            RioCheck.Result result = format.isQuads()
                    ? RioCheck.check(out.toByteArray(), format, dataset)
                    : RioCheck.check(out.toByteArray(), format, dataset.getGraph(mapper.graphName(article)));
            assertThat(result.isomorphic()).as(format + ": " + result.message()).isTrue();
        }
    }
}
