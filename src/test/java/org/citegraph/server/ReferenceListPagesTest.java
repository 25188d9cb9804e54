package org.citegraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.citegraph.model.Article;
import org.citegraph.notes.NotesParser;
import org.citegraph.page.ArticleReader;
import org.citegraph.page.InputFormat;
import org.citegraph.rdf.ArticleMapper;
import org.citegraph.rdf.IriMinter;
import org.citegraph.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real server on a random loopback port publishing an author–date article, whose citing units
 * are the entries of its reference list: the pages call them entries, never notes.
 */
class ReferenceListPagesTest {

    private static final String BASE = "https://example.org/refs/";
    private static final String ARTICLE = BASE + "article/author-date-references";
    private static final Path AUTHOR_DATE = Path.of("src/test/resources/corpus/author-date-references.txt");

    private static GraphStore store;
    private static CitegraphServer server;
    private static Article article;

    @BeforeAll
    static void start() throws Exception {
        article = new NotesParser().parse(new ArticleReader().read(AUTHOR_DATE, InputFormat.AUTO));
        store = GraphStore.inMemory(new ArticleMapper(new IriMinter(BASE)));
        store.load(article);
        server = CitegraphServer.create(store.dataset(), ServerOptions.builder()
                .port(0).baseIri(BASE).queryTimeout(Duration.ofSeconds(10)).build()).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static String page(String publicUrl) {
        HttpResponse<String> response = Fixture.get(server.localUrl() + publicUrl.substring(BASE.length()), "text/html");
        assertThat(response.statusCode()).as(publicUrl).isEqualTo(200);
        return response.body();
    }

    @Test
    void anEntrysPageSaysItIsAReferenceListEntry() {
        String page = page(BASE + "doc/article/author-date-references/reference-list/3");
        assertThat(page).contains("<h1>Entry 3</h1>", "Reference-list entry 3 of",
                "href=\"" + BASE + "doc/article/author-date-references#entry-3\"", "Barros");
        assertThat(page).doesNotContain("Note 3");
    }

    @Test
    void theArticlePageListsItsEntriesAsAReferenceList() {
        String page = page(BASE + "doc/article/author-date-references");
        int entries = article.notes().size();
        assertThat(page).contains("<h2>Reference list</h2>", entries + " reference-list entries with",
                "id=\"entry-1\"", "id=\"entry-" + entries + "\"", "title=\"Entry 1 on its own page\"");
        assertThat(page).doesNotContain("id=\"note-1\"", "Notes and references");
    }

    @Test
    void aCitedWorksPageNamesTheEntryCitingIt() {
        String work = article.notes().get(0).citations().get(0).workId();
        String page = page(BASE + "doc/works/" + work);
        assertThat(page).contains("Cited in", "entry <span class=\"citation\"><a href=\"" + ARTICLE.replace(BASE, BASE + "doc/") + "#entry-1\">1</a>");
    }

    @Test
    void theHomePageCountsEntries() {
        String page = page(BASE);
        assertThat(page).contains("<span class=\"figure\">" + article.notes().size() + "</span> reference-list entries");
        assertThat(page).contains(article.notes().size() + " reference-list entries · ").doesNotContain(" notes · ");
    }
}
