package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.notes.NotesAssertions.cite;
import static org.citegraph.notes.NotesAssertions.parse;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationType;

/**
 * Forms found wanting by probes and the fourteenth and fifteenth blind held-out rounds, each with invented text.
 */
class RoundFourteenFormsTest {

    @Test
    void aResolutionsTitleBeforeItsDateWithOrWithoutAnAnnex() {
        Article a = parse(
                "G.A. Res. 99/83, Conduct of Harbour States in Peacetime (Dec. 12, 2001).",
                "G.A. Res. 99/84, annex, Principles on Quay Access (Dec. 12, 2001).",
                "G.A. Res. 99/85, annex, art. 2 (Dec. 12, 2001).");
        Citation titled = cite(a, 1, 0);
        assertThat(titled.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(titled.fields().title()).isEqualTo("Conduct of Harbour States in Peacetime");
        assertThat(titled.fields().date()).isEqualTo("2001-12-12");
        Citation annexed = cite(a, 2, 0);
        assertThat(annexed.fields().title()).isEqualTo("Principles on Quay Access");
        assertThat(annexed.pinpoint()).isEqualTo("annex");
        assertThat(annexed.fields().unSymbol()).isEqualTo("A/RES/99/84");
        assertThat(cite(a, 3, 0).fields().title()).isNull();
        assertThat(cite(a, 3, 0).pinpoint()).isEqualTo("annex, art. 2");
    }

    @Test
    void theEuropeanCommissionsNumberedDocumentsAreReports() {
        Article a = parse(
                "European Commission, The Quayside Deal, COM(2019) 999 final (Dec. 11, 2019), 4.",
                "Communication on Harbour Dues, SWD(2021) 84 final, 9 March 2021, p. 3.");
        Citation deal = cite(a, 1, 0);
        assertThat(deal.type()).isEqualTo(CitationType.REPORT);
        assertThat(deal.fields().title()).isEqualTo("The Quayside Deal");
        assertThat(deal.fields().date()).isEqualTo("2019-12-11");
        assertThat(deal.pinpoint()).isEqualTo("4");
        assertThat(cite(a, 2, 0).type()).isEqualTo(CitationType.REPORT);
        assertThat(cite(a, 2, 0).fields().title()).isEqualTo("Communication on Harbour Dues");
        assertThat(cite(a, 2, 0).fields().authors()).isEmpty();
        assertThat(cite(a, 2, 0).fields().container()).isEqualTo("SWD(2021) 84 final");
    }

    @Test
    void aTradeDisputeReportsTitleRunsToItsSymbol() {
        Article a = parse(
                "Panel Report, Quayland \u2013 Measures on Exports of Salt, Tin, and Timber, WT/DS999/R, adopted 29 August 2014, para. 7.58.");
        Citation report = cite(a, 1, 0);
        assertThat(report.type()).isEqualTo(CitationType.REPORT);
        assertThat(report.fields().title()).isEqualTo("Quayland \u2013 Measures on Exports of Salt, Tin, and Timber");
        assertThat(report.fields().date()).isEqualTo("2014-08-29");
        assertThat(report.pinpoint()).isEqualTo("para. 7.58");
    }
}
