package org.citegraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.citegraph.testing.Pandoc;
import org.citegraph.testing.SampleArticles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds the exports to pandoc, a real CSL processor (citeproc, default Chicago author-date style),
 * and checks the bibliography it renders. Skipped where pandoc is not installed.
 */
class PandocRenderingTest {

    @TempDir
    static Path dir;

    static String rendered;

    @BeforeAll
    static void render() throws IOException {
        assumeTrue(Pandoc.available(), "pandoc (>= 2.11, with citeproc) is not installed");
        write(Format.CSL_JSON, dir.resolve("refs.json"));
        Files.writeString(dir.resolve("doc.md"), "---\nnocite: '@*'\n---\n");
        String plain = Pandoc.run(dir, "--citeproc", "--bibliography=refs.json", "-t", "plain", "--wrap=none", "doc.md");
        rendered = plain.replace('\u00a0', ' ');
    }

    private static void write(Format format, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            BibliographyExporter.write(SampleArticles.article(), format, w);
        }
    }

    @Test
    void rendersOneEntryPerWork() {
        List<String> entries = rendered.lines().filter(l -> !l.isBlank()).toList();
        assertThat(entries).hasSize(SampleArticles.ALL_WORKS.size());
    }

    @Test
    void journalArticleHasVolumeIssuePagesAndDoi() {
        assertThat(rendered).contains("Buzan, Barry. 2001. “The English School: An Underexploited Resource in IR.” "
                + "Review of International Studies 27 (3): 471–88. https://doi.org/10.5555/ris.2001.027.");
    }

    @Test
    void bookHasPlaceAndPublisher() {
        assertThat(rendered).contains("2004. From International to World Society? English School Theory and the Social "
                + "Structure of Globalisation. Cambridge: Cambridge University Press.");
    }

    @Test
    void chapterNamesItsBookEditorsAndPages() {
        assertThat(rendered).contains("Navari, Cornelia, and Tonny Brems Knudsen. 2019. “Introduction: A New Approach to "
                + "International Organization.” In International Organization in the Anarchical Society, edited by "
                + "Tonny Brems Knudsen and Cornelia Navari, 1–20. Cham: Palgrave Macmillan.");
    }

    @Test
    void webPageHasUrlAndAccessDateAndOrganisationAuthorIsNotSplit() {
        assertThat(rendered).contains("CSTO. n.d. “Declaration of the Collective Security Council of the Collective "
                + "Security Treaty Organization.” Accessed January 9, 2022. https://en.odkb-csto.org/news/declaration_2021/.");
    }

    @Test
    void newspaperArticleHasFullDate() {
        assertThat(rendered).contains("Šćepanović, Janko. 2020. “Was the Nagorno-Karabakh Deal a Missed Opportunity for the CSTO?” "
                + "The Diplomat, November 14, 2020.");
    }

    @Test
    void organisationAuthoredDocumentsSortUnderTheWholeName() {
        assertThat(rendered).contains("United Nations Security Council. 2016. “S/PV.7796.”");
        assertThat(rendered).contains("Center on International Cooperation. 2012. “Annual Review of Global Peace Operations 2012.” "
                + "Boulder, CO: Lynne Rienner.");
    }

    /**
     * pandoc also reads BibTeX/biblatex into CSL: the BibTeX export must carry the same data as the
     * CSL-JSON export. Only the UN document's type differs by design (BibTeX has no "document").
     */
    @Test
    void bibtexReadByPandocMatchesTheCslJsonExport() throws IOException {
        write(Format.CSL_JSON, dir.resolve("same.json"));
        write(Format.BIBTEX, dir.resolve("same.bib"));
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> fromCsl = byId(json.readTree(dir.resolve("same.json").toFile()));
        Map<String, JsonNode> fromBib = byId(json.readTree(Pandoc.run(dir, "-f", "biblatex", "-t", "csljson", "same.bib")));
        assertThat(fromBib.keySet()).isEqualTo(fromCsl.keySet());
        for (String id : fromCsl.keySet()) {
            JsonNode expected = fromCsl.get(id);
            JsonNode actual = fromBib.get(id);
            Set<String> fields = fieldNames(expected);
            if (id.equals(unDocumentKey())) {
                fields.remove("type");
                assertThat(actual.path("type").asText()).isEqualTo("report");
                assertThat(actual.path("genre").asText()).isEqualTo("UN document");
            }
            for (String field : fields) {
                assertThat(actual.get(field)).as("%s.%s", id, field).isEqualTo(expected.get(field));
            }
        }
    }

    private static String unDocumentKey() {
        return BibliographyExporter.entries(SampleArticles.article()).stream()
                .filter(e -> e.work() == SampleArticles.UN_DOCUMENT).findFirst().orElseThrow().key();
    }

    private static Set<String> fieldNames(JsonNode node) {
        Iterator<String> names = node.fieldNames();
        Set<String> set = new java.util.TreeSet<>();
        names.forEachRemaining(set::add);
        return set;
    }

    private static Map<String, JsonNode> byId(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .collect(Collectors.toMap(n -> n.path("id").asText(), n -> n, (a, b) -> a, TreeMap::new));
    }
}
