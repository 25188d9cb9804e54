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
 * Citations set off inside sentences (brackets holding a bracketed imprint, dashes around a case or a short
 * form), an organisation's report named after "in", decisions between the same parties reported apart, and
 * sentences of prose the thirty-fourth blind round found read as citations; each with invented text.
 */
class SetOffAndSameNameCasesTest {

    @Test
    void aCitationInParenthesesKeepsItsImprintWrittenInSquareBrackets() {
        Article a = parse("The opinion leans on the record (see Harbour Science Panel, Special Report on Quay Extremes "
                        + "[Geneva: HSP, 2022], 14–17) and treats its findings as facts.",
                "Harbour Science Panel, Quay Extremes, 22.");
        List<Citation> found = cites(a, 1);
        assertThat(found).hasSize(1);
        Citation c = found.get(0);
        assertThat(c.signal()).isEqualTo("See");
        assertThat(names(c.fields().authors())).containsExactly("org:Harbour Science Panel");
        assertThat(c.fields().title()).isEqualTo("Special Report on Quay Extremes");
        assertThat(c.fields().place()).isEqualTo("Geneva");
        assertThat(c.fields().publisher()).isEqualTo("HSP");
        assertThat(c.fields().year()).isEqualTo("2022");
        assertThat(c.pinpoint()).isEqualTo("14-17");
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void squareBracketsThatHoldNoImprintStay() {
        assertThat(Parts.bracketedImprints("Title [Blog], 4")).isEqualTo("Title [Blog], 4");
        assertThat(Parts.bracketedImprints("Title [Geneva: HSP, 2022], 4")).isEqualTo("Title (Geneva: HSP, 2022), 4");
    }

    @Test
    void aCaseBetweenDashesWithoutASignalIsReadAlone() {
        Citation c = cite(parse("The Supreme Court of Quelmark ordered the government to cut emissions within five years—Quay "
                + "Alliance v. State of Quelmark, Case No. 19/04471, Judgment of March 9, 2022, para. 5.7—and two courts "
                + "followed within a year."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(c.fields().title()).isEqualTo("Quay Alliance v. State of Quelmark");
        assertThat(c.pinpoint()).isEqualTo("para. 5.7");
    }

    @Test
    void aShortFormBetweenDashesWithASignalIsReadAlone() {
        Article a = parse("Quay Alliance v. State of Quelmark, Case No. 19/04471, Judgment of March 9, 2022, para. 5.7.",
                "The court went further than others would—see, for example, Quay Alliance, para. 52—and ordered reports.");
        List<Citation> found = cites(a, 2);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).signal()).isEqualTo("See, for example,");
        assertThat(found.get(0).pinpoint()).isEqualTo("para. 52");
        assertThat(found.get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void anOrganisationsReportNamedAfterInIsReadFromTheOrganisation() {
        Citation c = cite(parse("More than two hundred cases were pending; the trend is documented in United Nations Harbour "
                + "Programme, Courts and Quays: A Survey (Nairobi: United Nations Harbour Programme, 2023), 8–12."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(names(c.fields().authors())).containsExactly("org:United Nations Harbour Programme");
        assertThat(c.fields().title()).isEqualTo("Courts and Quays: A Survey");
    }

    @Test
    void aSentenceNamingWhoActedIsProse() {
        Article a = parse("Congress implemented article 54 in a short section. 22 U.S.C. § 1650a(a) (2018).");
        List<Citation> found = cites(a, 1);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).raw()).startsWith("22 U.S.C.");
    }

    @Test
    void aDecisionNumberOpeningTheCitationIsNoPartOfTheTitle() {
        Citation c = cite(parse("Decision 1/CP.21, Adoption of the Harbour Agreement, UN Doc. FCCC/CP/2015/10/Add.1 "
                + "(January 29, 2016), para. 17."), 1, 0);
        assertThat(c.fields().title()).isEqualTo("Adoption of the Harbour Agreement");
        assertThat(c.fields().unSymbol()).isEqualTo("FCCC/CP/2015/10/Add.1");
    }

    @Test
    void anAnnulmentDecisionAndTheJudgmentEnforcingTheAwardAreTwoWorks() {
        Article a = parse("Pelican Quay B.V. v. Republic of Tarvo, ICSID Case No. ARB/15/12, Decision on Annulment, ¶¶ 88–97 "
                        + "(Mar. 15, 2022).",
                "Pelican Quay B.V. v. Republic of Tarvo, 612 F. Supp. 3d 455, 462–63 (D.D.C. 2022).",
                "Pelican Quay B.V. v. Republic of Tarvo, 612 F. Supp. 3d 455, 470 (D.D.C. 2022).");
        assertThat(cite(a, 2, 0).workId()).isNotEqualTo(cite(a, 1, 0).workId());
        assertThat(cite(a, 3, 0).workId()).isEqualTo(cite(a, 2, 0).workId());
    }
}
