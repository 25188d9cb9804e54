package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.notes.NotesAssertions.cite;
import static org.citegraph.notes.NotesAssertions.cites;
import static org.citegraph.notes.NotesAssertions.names;
import static org.citegraph.notes.NotesAssertions.parse;
import static org.citegraph.notes.NotesAssertions.parseEntries;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationType;

/**
 * The fifty-ninth and sixtieth blind rounds' Bluebook footnotes and APA reference list, each form with invented text.
 */
class RoundsFiftyNineAndSixtyLegalFormsTest {

    @Test
    void bluebooksOffIsPartOfAnOfficesNameNotASurname() {
        Citation c = cite(parse("See U.S. Patent Off., Manual of Examining Practice for Machines § 210.4 (4th ed. 2019)"
                + " [hereinafter Manual]."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(names(c.fields().authors())).containsExactly("org:U.S. Patent Off.");
        assertThat(c.fields().title()).isEqualTo("Manual of Examining Practice for Machines");
        assertThat(c.fields().year()).isEqualTo("2019");
        assertThat(c.pinpoint()).isEqualTo("§ 210.4");
    }

    @Test
    void intellAndPropInASubcommitteesNameEndNoSentence() {
        Article a = parse("See Machines That Write: Hearing Before the Subcomm. on Intell. Prop. of the S. Comm. on the Judiciary,"
                + " 117th Cong. 10–12 (2022) (statement of Ada Quill, Professor of Law) [hereinafter Machines Hearing]; Patent"
                + " Clarity Act of 2022, H.R. 9100, 117th Cong. § 3 (2022).");
        assertThat(cites(a, 1)).hasSize(2);
        Citation hearing = cite(a, 1, 0);
        assertThat(hearing.fields().authors()).isEmpty();
        assertThat(hearing.fields().title()).isEqualTo("Machines That Write: Hearing Before the Subcomm. on Intell. Prop. of the S."
                + " Comm. on the Judiciary");
        assertThat(hearing.signal()).isEqualTo("See");
        assertThat(hearing.pinpoint()).isEqualTo("10-12");
        assertThat(cite(a, 1, 1).signal()).isEqualTo("See");
        assertThat(cite(a, 1, 1).signalInherited()).isTrue();
    }

    @Test
    void aForeignStatuteWhoseNameListsItsSubjectsWithCommasKeepsItsNameAndDropsChapterAndCountry() {
        Citation c = cite(parse("Cf. Trade Marks, Patents and Designs Act 1994, c. 26, § 12(2) (U.K.) (treating the maker as"
                + " the owner)."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.OTHER);
        assertThat(c.fields().authors()).isEmpty();
        assertThat(c.fields().title()).isEqualTo("Trade Marks, Patents and Designs Act 1994");
        assertThat(c.fields().year()).isEqualTo("1994");
        assertThat(c.pinpoint()).isEqualTo("§ 12(2)");
        assertThat(c.signal()).isEqualTo("Cf.");
    }

    @Test
    void aForeignStatutesOwnNumberAndCountryInBracketsAreNoPartOfItsSection() {
        Citation c = cite(parse("Harbour Works Act 2001, § 14(c) (Act No. 19/2001) (Ir.)."), 1, 0);
        assertThat(c.fields().title()).isEqualTo("Harbour Works Act 2001");
        assertThat(c.fields().container()).isNull();
        assertThat(c.fields().issue()).isNull();
        assertThat(c.pinpoint()).isEqualTo("§ 14(c)");
    }

    @Test
    void aPersonsArticleTitledByAStatuteIsNoStatute() {
        Citation c = cite(parse("Ann Lee, The Harbour Act of 1964, 12 Harv. L. Rev. 1, 4 (1970)."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(names(c.fields().authors())).containsExactly("Lee|Ann");
    }

    @Test
    void aSettlementAgreementCitedByItsTitleIsOtherAndKeepsTheCompanysLtd() {
        Citation c = cite(parse("The matter ended in a settlement. Settlement Agreement Between the U.S. Dep't of Commerce's Bureau"
                + " of Industry and Security and Harbor Shipping, Ltd. ¶¶ 10–14 (Mar. 2, 2022), https://example.gov/settlement.pdf"
                + " [hereinafter Harbor Settlement]."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.OTHER);
        assertThat(c.fields().title()).isEqualTo("Settlement Agreement Between the U.S. Dep't of Commerce's Bureau of Industry and"
                + " Security and Harbor Shipping, Ltd.");
        assertThat(c.fields().container()).isNull();
        assertThat(c.fields().date()).isEqualTo("2022-03-02");
        assertThat(c.pinpoint()).isEqualTo("¶¶ 10-14");
        assertThat(c.fields().url()).isEqualTo("https://example.gov/settlement.pdf");
    }

    @Test
    void aCompanysIncAfterACommaIsNoNewspaper() {
        Citation c = cite(parse("Consent Agreement Between the Sec. & Exch. Comm'n and Pier Holdings, Inc. ¶ 7 (Apr. 3, 2021)."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.OTHER);
        assertThat(c.fields().title()).isEqualTo("Consent Agreement Between the Sec. & Exch. Comm'n and Pier Holdings, Inc.");
        assertThat(c.fields().container()).isNull();
        assertThat(c.fields().date()).isEqualTo("2021-04-03");
    }

    @Test
    void aCodeSectionSetOffByCommasInASentenceKeepsItsYear() {
        Article a = parse("A broker that holds client assets is also a custodian. 12 C.F.R. § 9.13(b) (2023). It must file with"
                + " the Office of the Comptroller, 12 U.S.C. § 481(c)(2) (2018), a duty whose scope covers any asset held in trust,"
                + " id. § 481(e)(1). Failing to file is a crime.");
        Citation c = cites(a, 1).stream().filter(x -> "U.S.C.".equals(x.fields().container())).findFirst().orElseThrow();
        assertThat(c.fields().volume()).isEqualTo("12");
        assertThat(c.fields().year()).isEqualTo("2018");
        assertThat(c.pinpoint()).isEqualTo("§ 481(c)(2)");
    }

    @Test
    void aTreatysLaterRevisionAddsNothingToItsPinpoint() {
        Citation c = cite(parse("Convention for the Protection of Sculptors art. 4(2), Mar. 3, 1890, as revised at Rome June 2, 1958,"
                + " 999 U.N.T.S. 17 [hereinafter Sculptors Convention]."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.TREATY);
        assertThat(c.fields().title()).isEqualTo("Convention for the Protection of Sculptors");
        assertThat(c.fields().date()).isEqualTo("1890-03-03");
        assertThat(c.fields().volume()).isEqualTo("999");
        assertThat(c.fields().pages()).isEqualTo("17");
        assertThat(c.pinpoint()).isEqualTo("art. 4(2)");
    }

    @Test
    void aDecisionWhoseDocketNumberOpensWithItsYearKeepsTheCourtsDate() {
        Citation c = cite(parse("Cf. Li v. Wu, (2022) Hu 0104 Min Chu No. 1234 (Shanghai Xuhui Dist. People's Ct. Dec. 3, 2022)"
                + " (China) (holding so)."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(c.fields().title()).isEqualTo("Li v. Wu");
        assertThat(c.fields().year()).isEqualTo("2022");
        assertThat(c.fields().date()).isEqualTo("2022-12-03");
    }

    @Test
    void aCapitalisedParticleBelongsToTheFamilyName() {
        Citation c = cite(parse("Hendrik Van Oort-Lamb, Rivers and Courts 12 (2020)."), 1, 0);
        assertThat(names(c.fields().authors())).containsExactly("Van Oort-Lamb|Hendrik");
    }

    @Test
    void anApaOrganisationWhoseLongNameHoldsAndIsTheAuthorOfAnUndatedPage() {
        Citation c = cite(parseEntries("Secretariat of the International Convention on Wetland Birds and Migratory Fish for Farming"
                + " and Fisheries. (n.d.). Wetland sites. Harbour and Coast Organization of the Northern States. Retrieved May 3,"
                + " 2024, from https://www.example.org/wetlands/sites/"), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.WEB_PAGE);
        assertThat(names(c.fields().authors())).containsExactly("org:Secretariat of the International Convention on Wetland Birds"
                + " and Migratory Fish for Farming and Fisheries");
        assertThat(c.fields().title()).isEqualTo("Wetland sites");
        assertThat(c.fields().container()).isEqualTo("Harbour and Coast Organization of the Northern States");
        assertThat(c.fields().publisher()).isNull();
        assertThat(c.fields().url()).isEqualTo("https://www.example.org/wetlands/sites/");
    }

    @Test
    void anApaTitlesUnDocNoteGivesTheSymbolAndLeavesTheTitle() {
        Citation c = cite(parseEntries("United Nations Special Rapporteur on the Right to Housing. (2011). Housing policies and the"
                + " right to shelter: Enhancing tenure and protecting tenants (UN Doc. A/66/270). United Nations."
                + " https://undocs.org/A/66/270"), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(names(c.fields().authors())).containsExactly("org:United Nations Special Rapporteur on the Right to Housing");
        assertThat(c.fields().title()).isEqualTo("Housing policies and the right to shelter: Enhancing tenure and protecting tenants");
        assertThat(c.fields().unSymbol()).isEqualTo("A/66/270");
        assertThat(c.fields().publisher()).isEqualTo("United Nations");
        assertThat(c.fields().year()).isEqualTo("2011");
    }
}
