package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.notes.NotesAssertions.cite;
import static org.citegraph.notes.NotesAssertions.parse;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationType;

/**
 * Forms found wanting by probes and the eleventh blind held-out round, each with invented text.
 */
class RoundElevenFormsTest {

    @Test
    void aTextAnnexedToAResolutionAbbreviatedWithoutStops() {
        Article a = parse(
                "Articles on the Conduct of Harbour States, annexed to GA Res. 99/83 (Dec. 12, 2001), art. 25.",
                "Declaration on Quay Relations, annex to SC Res. 9625 (Oct. 24, 1970).");
        Citation articles = cite(a, 1, 0);
        assertThat(articles.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(articles.fields().unSymbol()).isEqualTo("A/RES/99/83");
        assertThat(articles.fields().title()).isEqualTo("Articles on the Conduct of Harbour States");
        assertThat(articles.fields().date()).isEqualTo("2001-12-12");
        assertThat(articles.pinpoint()).isEqualTo("art. 25");
        assertThat(cite(a, 2, 0).fields().unSymbol()).isEqualTo("S/RES/9625");
        assertThat(cite(a, 2, 0).fields().title()).isEqualTo("Declaration on Quay Relations");
    }
}
