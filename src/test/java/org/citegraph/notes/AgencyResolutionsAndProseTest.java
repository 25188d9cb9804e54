package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.notes.NotesAssertions.cite;
import static org.citegraph.notes.NotesAssertions.cites;
import static org.citegraph.notes.NotesAssertions.names;
import static org.citegraph.notes.NotesAssertions.parse;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationRef;
import org.citegraph.model.CitationType;

/**
 * An IMO resolution by its symbol and its short name, a body's numbered measure, a short form in brackets
 * pointing to its note, clauses after a pinpoint and sentences about decisions (the thirty-seventh blind round's
 * causes, each with invented text).
 */
class AgencyResolutionsAndProseTest {

    @Test
    void anImoResolutionIsAUnDocumentWithItsTitlePartAndShortName() {
        Article a = parse("IMO, Resolution MEPC.264(68), International Code for Ships Operating in Harbour Waters, 15 May 2015, "
                        + "Part II-A, para. 1.1.1 (hereafter Harbour Code).",
                "Compare Harbour Code, Part II-A, para. 1.2, which reaches only some ships.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(names(c.fields().authors())).containsExactly("org:IMO");
        assertThat(c.fields().title()).isEqualTo("International Code for Ships Operating in Harbour Waters");
        assertThat(c.fields().unSymbol()).isEqualTo("MEPC.264(68)");
        assertThat(c.fields().date()).isEqualTo("2015-05-15");
        assertThat(c.pinpoint()).isEqualTo("Part II-A, para. 1.1.1");
        Citation later = cite(a, 2, 0);
        assertThat(later.fields().title()).isEqualTo("Harbour Code");
        assertThat(later.pinpoint()).isEqualTo("Part II-A, para. 1.2");
        assertThat(later.shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void partOfATitleIsNoPinpoint() {
        assertThat(Parts.locator("Part of the Problem", false)).isNull();
        assertThat(Parts.locator("Part XI", false).value()).isEqualTo("Part XI");
    }

    @Test
    void aBodysNumberedMeasureAndItsYearAreNoPartOfTheAuthor() {
        Citation c = cite(parse("Antarctic Treaty Consultative Meeting, Measure 11 (2022), ‘Specially Managed Quay No. 9: Revised "
                + "Management Plan’, para. 4."), 1, 0);
        assertThat(names(c.fields().authors())).containsExactly("org:Antarctic Treaty Consultative Meeting");
        assertThat(c.fields().year()).isEqualTo("2022");
        assertThat(c.fields().title()).isEqualTo("Specially Managed Quay No. 9: Revised Management Plan");
    }

    @Test
    void aShortFormInBracketsThatPointsToItsNoteIsACitation() {
        Article a = parse("Skarn Quay Arbitration (Varnholm v. Ostrava), PCA Case No. 2017-09, Award of 3 March 2021, para. 400 "
                        + "(hereafter Skarn Quay Award).",
                "The tribunal treated them as ‘evidence of the greatest weight’ (Skarn Quay Award (n 1), para. 431) without more.");
        List<Citation> found = cites(a, 2);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).pinpoint()).isEqualTo("para. 431");
        assertThat(found.get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aClauseAfterThePinpointIsNoPartOfIt() {
        Article a = parse("Kaito Vale, ‘Ice, Shelf and Quay’, Polar Port Review, 4:1 (2020), pp. 155–82.",
                "See Vale, ‘Ice, Shelf and Quay’ (n 1), pp. 174–6, who thinks it does not.");
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("174-176");
    }

    @Test
    void sentencesAboutWhatATribunalDidAreProse() {
        Article a = parse("The Tribunal upheld the arrest under article 234 but found the bond unreasonable.",
                "The Pre-Trial Chamber read article 25(3)(c) to require no more than knowledge.");
        assertThat(cites(a, 1)).isEmpty();
        assertThat(cites(a, 2)).isEmpty();
    }
}
