package org.citegraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryLibraryTest {

    @Test
    void titleAndDescriptionComeFromTheHeaderComment() {
        QueryLibrary.ShippedQuery q = QueryLibrary.parse("top-works", """
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
        assertThat(q.description()).isEqualTo("Lists every cited work with the number of references to it.\nParameters: none.");
        assertThat(q.text()).contains("SELECT * { ?s ?p ?o }");
    }

    @Test
    void aQueryWithoutHeaderIsNamedByItsFile() {
        QueryLibrary.ShippedQuery q = QueryLibrary.parse("plain", "SELECT * { ?s ?p ?o }");
        assertThat(q.title()).isEqualTo("plain");
        assertThat(q.description()).isEmpty();
    }

    @Test
    void theClasspathLibraryHasTopLevelQueriesOnlyNotTheServersOwn() {
        QueryLibrary library = QueryLibrary.fromClasspath();
        assertThat(library.byName("fixture-cited-works")).isPresent();
        assertThat(library.byName("fixture-cited-works").get().title()).isEqualTo("Works cited in the footnotes, most cited first");
        assertThat(library.all()).noneMatch(q -> q.name().equals("labels") || q.name().equals("notes"));
    }
}
