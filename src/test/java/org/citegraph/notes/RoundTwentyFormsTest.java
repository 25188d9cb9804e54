package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.notes.NotesAssertions.cite;
import static org.citegraph.notes.NotesAssertions.parse;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationType;

/** Forms found wanting by the twentieth and later blind held-out rounds, each with invented text. */
class RoundTwentyFormsTest {

    @Test
    void aBluebookPostOnANonCommercialSiteIsAWebPageAndOnANewspapersSiteNews() {
        Article a = parse(
                "Lina Ostrava, Quiet Rules for Loud Ports, Harbour Notes (Mar. 4, 2021), https://www.harbournotes.org/2021/03/quiet-rules.",
                "Lina Ostrava, Quiet Rules for Loud Ports, Harbour Notes (Mar. 4, 2021), https://www.harbournotes.com/2021/03/quiet-rules.",
                "Lina Ostrava, Quiet Rules for Loud Ports, Harbour Daily (Mar. 4, 2021), https://www.harbourdaily.org/2021/03/quiet-rules.");
        Citation post = cite(a, 1, 0);
        assertThat(post.type()).isEqualTo(CitationType.WEB_PAGE);
        assertThat(post.fields().container()).isEqualTo("Harbour Notes");
        assertThat(post.fields().date()).isEqualTo("2021-03-04");
        assertThat(cite(a, 2, 0).type()).as("an outlet on a commercial domain").isEqualTo(CitationType.NEWS_ARTICLE);
        assertThat(cite(a, 3, 0).type()).as("a newspaper's name wins over its domain").isEqualTo(CitationType.NEWS_ARTICLE);
    }

    @Test
    void nonCommercialSitesAreKnownByTheirHostOnly() {
        assertThat(Tail.nonCommercialSite("https://www.example.org/a")).isTrue();
        assertThat(Tail.nonCommercialSite("http://treaties.example.int:8080/x")).isTrue();
        assertThat(Tail.nonCommercialSite("https://example.com/path.org")).isFalse();
        assertThat(Tail.nonCommercialSite("https://example.org.uk/x")).isFalse();
        assertThat(Tail.nonCommercialSite("not a url")).isFalse();
    }
}
