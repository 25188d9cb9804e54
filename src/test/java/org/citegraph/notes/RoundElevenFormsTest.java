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

    @Test
    void theFederalRegisterAndConstitutionsAreNoJournals() {
        Article a = parse(
                "Exec. Order No. 99,224, 66 Fed. Reg. 49,079, 49,081 (Sept. 23, 2001).",
                "See Quay Const. amend. XIV, \u00A7 1.",
                "Quay Const. art. VI, cl. 2.");
        Citation order = cite(a, 1, 0);
        assertThat(order.type()).isEqualTo(CitationType.OTHER);
        assertThat(order.fields().title()).isEqualTo("Exec. Order No. 99,224");
        assertThat(order.fields().container()).isEqualTo("Fed. Reg.");
        assertThat(order.fields().volume()).isEqualTo("66");
        assertThat(order.fields().pages()).isEqualTo("49079");
        assertThat(order.pinpoint()).isEqualTo("49081");
        assertThat(order.fields().date()).isEqualTo("2001-09-23");
        Citation amendment = cite(a, 2, 0);
        assertThat(a.notes().get(1).citations()).hasSize(1);
        assertThat(amendment.type()).isEqualTo(CitationType.OTHER);
        assertThat(amendment.fields().title()).isEqualTo("Quay Const.");
        assertThat(amendment.pinpoint()).isEqualTo("amend. XIV, \u00A7 1");
        assertThat(cite(a, 3, 0).pinpoint()).isEqualTo("art. VI, cl. 2");
        assertThat(cite(a, 3, 0).workId()).isEqualTo(amendment.workId());
        assertThat(a.diagnostics()).isEmpty();
    }
}
