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

/**
 * Citations inside sentences without a signal (in brackets, between dashes after "in", mid-sentence after
 * "shown in", after "are at"), short sentences of prose, and the list entries of the thirty-sixth blind round;
 * each with invented text.
 */
class CitationsInsideSentencesTest {

    private static final String BOOK = "Ilse Quinn-Hart, The Committee’s Voice: Views and Their Afterlife (Oxford: Kai Press, 2019), 12.";

    @Test
    void aUnDocumentInBracketsWithoutASignalIsReadAloneWithItsBracketedDate() {
        Citation c = cite(parse("The Rapporteur has urged every state to act on Views (Human Rights Council, Report of the "
                + "Special Rapporteur on Harbours, UN Doc. A/HRC/55/99 [January 9, 2024], paras. 27–31), but few have."), 1, 0);
        assertThat(names(c.fields().authors())).containsExactly("org:Human Rights Council");
        assertThat(c.fields().title()).isEqualTo("Report of the Special Rapporteur on Harbours");
        assertThat(c.fields().date()).isEqualTo("2024-01-09");
        assertThat(c.pinpoint()).isEqualTo("paras. 27-31");
    }

    @Test
    void aShortFormInBracketsAtTheEndOfASentenceIsReadAlone() {
        Article a = parse(BOOK, "Vale counts nineteen states that allow it, against seven in 2005 (Quinn-Hart, Committee’s Voice, 160).",
                "The rule changed in practice (Smith, 2019).");
        Citation c = cite(a, 2, 0);
        assertThat(c.raw()).isEqualTo("Quinn-Hart, Committee’s Voice, 160");
        assertThat(c.pinpoint()).isEqualTo("160");
        assertThat(c.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(cites(a, 3)).noneSatisfy(x -> assertThat(x.raw()).isEqualTo("Smith, 2019"));
    }

    @Test
    void aDocumentBetweenDashesAfterInIsReadWithoutThePreposition() {
        Citation c = cite(parse("The Committee had applied the same reasoning before—in Human Rights Committee, Vale v. Lunaria, "
                + "Communication No. 2976/2017, UN Doc. CCPR/C/132/D/2976/2017, para. 9.2—and has not softened it since."), 1, 0);
        assertThat(names(c.fields().authors())).containsExactly("org:Human Rights Committee");
        assertThat(c.fields().title()).isEqualTo("Vale v. Lunaria");
        assertThat(c.pinpoint()).isEqualTo("para. 9.2");
    }

    @Test
    void aShortTitleNamedInsideASentenceThatGoesOnIsACitation() {
        Article a = parse(BOOK, "States seldom refuse outright. More often they do nothing, a pattern that, as Quinn-Hart has shown "
                + "in The Committee’s Voice, 112–18, has grown more common since 2010.");
        List<Citation> found = cites(a, 2);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).raw()).isEqualTo("The Committee’s Voice, 112–18");
        assertThat(found.get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aSentenceReportingWhatACourtSaidIsProseBeforeIbid() {
        Article a = parse("Case of the Quay Fishers v. Valmera, Merits, Judgment, Inter-Am. Ct. H.R. (ser. C) No. 466 (June 2, 2022), para. 200.",
                "The Court said that the duty “binds every organ of the State.” Ibid., para. 220.");
        List<Citation> found = cites(a, 2);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aCodeCitedAtTheEndOfASentenceOfProseStartsAtItsVolume() {
        Citation c = cite(parse("The implementing rules are at 15 C.F.R. § 744.23 (2024)."), 1, 0);
        assertThat(c.raw()).isEqualTo("15 C.F.R. § 744.23 (2024)");
        assertThat(c.fields().container()).isEqualTo("C.F.R.");
        assertThat(c.fields().volume()).isEqualTo("15");
    }

    @Test
    void aTreatyPrintedInAnAppendixOfTheStatutesAtLargeKeepsThatFirstSeries() {
        Citation c = cite(parse("General Agreement on Quays art. XXI(b)(iii), Oct. 30, 1947, 61 Stat. A-11, 55 U.N.T.S. 194."), 1, 0);
        assertThat(c.fields().container()).isEqualTo("Stat.");
        assertThat(c.fields().volume()).isEqualTo("61");
        assertThat(c.fields().pages()).isEqualTo("A-11");
    }

    @Test
    void harvardEntriesOfBodiesCourtsAndDecisions() {
        Article a = parseEntries(
                "Quay Case Atlas (2024) Loss and damage litigation tracker. Available at: https://example.org/tracker (Accessed: 2 April 2024).",
                "Conference of the Parties serving as the meeting of the Parties to the Harbour Agreement (2024) Decision 17/CMA.5, "
                        + "Arrangements for the review of harbours. FCCC/PA/CMA/2023/16/Add.4. Bonn: UNFCCC.",
                "Obligations of States in respect of Glacial Quays (Advisory Opinion) (2024) ICJ Reports 2024, p. 301.",
                "Coastal Quay Foundation v. State of Estmere (2023) Supreme Court of Estmere, judgment of 14 June 2023, Case No. C-22/0417.");
        assertThat(names(cite(a, 1, 0).fields().authors())).containsExactly("org:Quay Case Atlas");
        assertThat(cite(a, 1, 0).fields().title()).isEqualTo("Loss and damage litigation tracker");
        Citation decision = cite(a, 2, 0);
        assertThat(names(decision.fields().authors()))
                .containsExactly("org:Conference of the Parties serving as the meeting of the Parties to the Harbour Agreement");
        assertThat(decision.fields().title()).isEqualTo("Arrangements for the review of harbours");
        assertThat(decision.fields().year()).isEqualTo("2024");
        assertThat(decision.fields().place()).isEqualTo("Bonn");
        Citation opinion = cite(a, 3, 0);
        assertThat(opinion.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(opinion.fields().title()).isEqualTo("Obligations of States in respect of Glacial Quays");
        assertThat(opinion.fields().container()).isEqualTo("ICJ Reports");
        assertThat(opinion.fields().pages()).isEqualTo("301");
        assertThat(cite(a, 4, 0).fields().date()).isEqualTo("2023-06-14");
    }
}
