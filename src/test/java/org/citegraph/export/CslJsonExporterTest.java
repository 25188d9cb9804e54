package org.citegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.citegraph.model.BibFields;
import org.citegraph.model.CitationType;
import org.citegraph.model.Person;
import org.citegraph.model.Work;
import org.citegraph.testing.SampleArticles;
import org.junit.jupiter.api.Test;

class CslJsonExporterTest {

    private static JsonNode export(List<Work> works) throws IOException {
        StringWriter out = new StringWriter();
        BibliographyExporter.write(SampleArticles.article(works), Format.CSL_JSON, out);
        return new ObjectMapper().readTree(out.toString());
    }

    private static JsonNode only(Work work) throws IOException {
        JsonNode items = export(List.of(work));
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    @Test
    void oneItemPerWorkEvenWhenShortFormsCiteItAgain() throws IOException {
        JsonNode items = export(SampleArticles.ALL_WORKS);
        assertThat(SampleArticles.article().notes()).hasSize(SampleArticles.ALL_WORKS.size() + 1);
        assertThat(items).hasSize(SampleArticles.ALL_WORKS.size());
        assertThat(items.findValuesAsText("id")).doesNotHaveDuplicates();
    }

    @Test
    void journalArticle() throws IOException {
        JsonNode item = only(SampleArticles.JOURNAL_ARTICLE);
        assertThat(item.path("type").asText()).isEqualTo("article-journal");
        assertThat(item.path("author").get(0).path("family").asText()).isEqualTo("Buzan");
        assertThat(item.path("author").get(0).path("given").asText()).isEqualTo("Barry");
        assertThat(item.path("container-title").asText()).isEqualTo("Review of International Studies");
        assertThat(item.path("volume").asText()).isEqualTo("27");
        assertThat(item.path("issue").asText()).isEqualTo("3");
        assertThat(item.path("page").asText()).isEqualTo("471-488");
        assertThat(item.path("DOI").asText()).isEqualTo("10.5555/ris.2001.027");
        assertThat(item.path("issued").path("date-parts").toString()).isEqualTo("[[2001]]");
    }

    @Test
    void chapterCarriesBookEditorsPublisherAndPlace() throws IOException {
        JsonNode item = only(SampleArticles.CHAPTER);
        assertThat(item.path("type").asText()).isEqualTo("chapter");
        assertThat(item.path("author").findValuesAsText("family")).containsExactly("Navari", "Knudsen");
        assertThat(item.path("editor").findValuesAsText("family")).containsExactly("Knudsen", "Navari");
        assertThat(item.path("editor").get(0).path("given").asText()).isEqualTo("Tonny Brems");
        assertThat(item.path("container-title").asText()).isEqualTo("International Organization in the Anarchical Society");
        assertThat(item.path("publisher").asText()).isEqualTo("Palgrave Macmillan");
        assertThat(item.path("publisher-place").asText()).isEqualTo("Cham");
    }

    @Test
    void bookHasIsbn() throws IOException {
        JsonNode item = only(SampleArticles.BOOK);
        assertThat(item.path("type").asText()).isEqualTo("book");
        assertThat(item.path("ISBN").asText()).isEqualTo("9780521541213");
        assertThat(item.has("container-title")).isFalse();
    }

    @Test
    void webPageWithOrganisationAuthorUrlAndAccessDate() throws IOException {
        JsonNode item = only(SampleArticles.WEB_PAGE);
        assertThat(item.path("type").asText()).isEqualTo("webpage");
        assertThat(item.path("author").get(0).path("literal").asText()).isEqualTo("CSTO");
        assertThat(item.path("author").get(0).has("family")).isFalse();
        assertThat(item.path("URL").asText()).isEqualTo("https://en.odkb-csto.org/news/declaration_2021/");
        assertThat(item.path("accessed").path("date-parts").toString()).isEqualTo("[[2022,1,9]]");
        assertThat(item.has("issued")).isFalse();
    }

    @Test
    void unDocumentIsADocumentNumberedBySymbolWithDayPrecision() throws IOException {
        JsonNode item = only(SampleArticles.UN_DOCUMENT);
        assertThat(item.path("type").asText()).isEqualTo("document");
        assertThat(item.path("number").asText()).isEqualTo("S/PV.7796");
        assertThat(item.path("title").asText()).isEqualTo("S/PV.7796");
        assertThat(item.path("author").get(0).path("literal").asText()).isEqualTo("United Nations Security Council");
        assertThat(item.path("issued").path("date-parts").toString()).isEqualTo("[[2016,10,28]]");
    }

    @Test
    void typesFollowCsl() {
        assertThat(CslJsonExporter.cslType(CitationType.NEWS_ARTICLE)).isEqualTo("article-newspaper");
        assertThat(CslJsonExporter.cslType(CitationType.REPORT)).isEqualTo("report");
        assertThat(CslJsonExporter.cslType(CitationType.LEGAL_CASE)).isEqualTo("legal_case");
        assertThat(CslJsonExporter.cslType(CitationType.TREATY)).isEqualTo("treaty");
        assertThat(CslJsonExporter.cslType(CitationType.EDITED_BOOK)).isEqualTo("book");
        assertThat(CslJsonExporter.cslType(CitationType.THESIS)).isEqualTo("thesis");
    }

    @Test
    void reportSeriesNumberAndYearMonthDate() throws IOException {
        Work report = new Work("ispi", CitationType.REPORT, BibFields.builder()
                .authors(List.of(new Person("Nocetti", "Julien"))).title("Russia’s peacekeeping")
                .container("ISPI Analysis").issue("152").year("2013").date("2013-01").build(),
                List.of(), null, null);
        JsonNode item = only(report);
        assertThat(item.path("collection-title").asText()).isEqualTo("ISPI Analysis");
        assertThat(item.path("number").asText()).isEqualTo("152");
        assertThat(item.path("issued").path("date-parts").toString()).isEqualTo("[[2013,1]]");
    }

    @Test
    void suffixIsKeptApart() throws IOException {
        Work w = new Work("w", CitationType.BOOK, BibFields.builder()
                .authors(List.of(new Person("King", "Martin Luther", "Jr."))).title("Why We Can’t Wait").year("1964").build(),
                List.of(), null, null);
        JsonNode name = only(w).path("author").get(0);
        assertThat(name.path("family").asText()).isEqualTo("King");
        assertThat(name.path("given").asText()).isEqualTo("Martin Luther");
        assertThat(name.path("suffix").asText()).isEqualTo("Jr.");
    }
}
