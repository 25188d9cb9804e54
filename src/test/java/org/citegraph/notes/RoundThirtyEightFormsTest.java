package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.notes.NotesAssertions.cite;
import static org.citegraph.notes.NotesAssertions.cites;
import static org.citegraph.notes.NotesAssertions.names;
import static org.citegraph.notes.NotesAssertions.parse;
import static org.citegraph.notes.NotesAssertions.parseEntries;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationRef;
import org.citegraph.model.CitationType;

/** The thirty-eighth blind round's causes, each with invented text. */
class RoundThirtyEightFormsTest {

    @Test
    void aSymbolAfterAQuotationThatEndsTheSentenceIsACitation() {
        Article a = parse("S.C. Res. 2899, U.N. Doc. S/RES/2899 (Mar. 5, 2025), para. 2.",
                "The Council did not reach the question; the resolution speaks only of “restraint.” S/RES/2899, para. 4.");
        List<Citation> found = cites(a, 2);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).fields().unSymbol()).isEqualTo("S/RES/2899");
        assertThat(found.get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aShortFormOfNameTitleAndPageNamedInsideASentenceIsACitation() {
        Article a = parse("Ilse Vale-Holt, Inherent Quays (Oxford: Kai Press, 2018), 12.",
                "The restrictive reading is put most forcefully in Vale-Holt, Inherent Quays, 61–64, where the words are read strictly.");
        List<Citation> found = cites(a, 2);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).raw()).isEqualTo("Vale-Holt, Inherent Quays, 61–64");
        assertThat(found.get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aSentenceWhoseSubjectActsInThePresentIsProse() {
        Article a = parse("The Act requires publication within 180 days but attaches no consequence to delay. Id. § 2749c(d).");
        assertThat(cites(a, 1)).hasSize(1);
    }

    @Test
    void aBodyNamedBeforeTheYearOfAnAuthorDateEntry() {
        Citation c = cite(parseEntries("Joint Harbour Unit. 2020. Review of Quay Management. JHU/REP/2020/4. Geneva: United Nations."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(names(c.fields().authors())).containsExactly("org:Joint Harbour Unit");
        assertThat(c.fields().title()).isEqualTo("Review of Quay Management");
        assertThat(c.fields().year()).isEqualTo("2020");
        assertThat(c.fields().place()).isEqualTo("Geneva");
    }
}
