package org.citegraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** The header comment read as a title and details (the server's home and query pages show both). */
class StoredQueryTest {

    private static StoredQuery query(String name, String text) {
        return new StoredQuery(name, text, QueryFactory.create(text));
    }

    @Test
    void titleAndDetailsComeFromTheHeaderComment() {
        StoredQuery q = query("top-works", """

                # top-works.rq — The most cited works
                #
                # Lists every cited work with the number of
                # references to it.
                #
                # Parameters: none.
                PREFIX cito: <http://purl.org/spar/cito/>
                # not part of the header
                SELECT * { ?s ?p ?o }
                """);
        assertThat(q.title()).isEqualTo("The most cited works");
        assertThat(q.details()).isEqualTo("Lists every cited work with the number of references to it.\nParameters: none.");
        assertThat(q.description()).startsWith("top-works.rq — The most cited works\n\nLists every").endsWith("Parameters: none.");
    }

    @Test
    void aTitleWithoutTheFileNameIsKeptWhole() {
        StoredQuery q = query("counts", "# Counts: notes and references\nSELECT * { ?s ?p ?o }");
        assertThat(q.title()).isEqualTo("Counts: notes and references");
        assertThat(q.details()).isEmpty();
    }

    @Test
    void aQueryWithoutHeaderIsNamedByItsFile() {
        StoredQuery q = query("plain", "SELECT * { ?s ?p ?o }");
        assertThat(q.title()).isEqualTo("plain");
        assertThat(q.details()).isEmpty();
        assertThat(q.description()).isEmpty();
    }

    @Test
    void theLibraryListsTopLevelQueriesOnlyAndSubFoldersByName() {
        assertThat(QueryLibrary.names()).contains("fixture-cited-works").doesNotContain("labels", "notes");
        assertThat(QueryLibrary.load("fixture-cited-works").title()).isEqualTo("Works cited in the footnotes, most cited first");
        assertThat(QueryLibrary.names("server")).contains("labels", "notes").doesNotContain("references");
        assertThat(QueryLibrary.text("server", "labels")).startsWith("#").contains("SELECT");
    }
}
