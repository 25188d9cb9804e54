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

/** The forty-seventh and forty-eighth blind rounds' legal citations, reference lists and types, each with invented text. */
class RoundsFortySevenAndFortyEightLegalFormsTest {

    @Test
    void anAbbreviatedWordBeforeACapitalWordStaysInTheCaseName() {
        Article a = parse("QR Auto. GmbH v. Tellmark, Inc., 41 F.4th 100, 105 (2d Cir. 2022) (holding so).",
                "But see QR Auto., 41 F.4th at 107.");
        List<Citation> first = cites(a, 1);
        assertThat(first).hasSize(1);
        assertThat(first.get(0).type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(first.get(0).fields().title()).isEqualTo("QR Auto. GmbH v. Tellmark, Inc.");
        assertThat(first.get(0).fields().container()).isEqualTo("F.4th");
        Citation later = cite(a, 2, 0);
        assertThat(later.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(later.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(later.pinpoint()).isEqualTo("107");
    }

    @Test
    void theCongressionalRecordsPageWithoutAComma() {
        Citation daily = cite(parse("See 171 Cong. Rec. S6112 (daily ed. Mar. 4, 2025) (statement of Sen. Barrow-Okoye)."), 1, 0);
        assertThat(daily.type()).isEqualTo(CitationType.OTHER);
        assertThat(daily.fields().container()).isEqualTo("Cong. Rec.");
        assertThat(daily.fields().volume()).isEqualTo("171");
        assertThat(daily.fields().pages()).isEqualTo("S6112");
        assertThat(daily.fields().date()).isEqualTo("2025-03-04");
        Citation bound = cite(parse("131 Cong. Rec. 6112 (1985)."), 1, 0);
        assertThat(bound.fields().container()).isEqualTo("Cong. Rec.");
        assertThat(bound.fields().pages()).isEqualTo("6112");
        assertThat(bound.fields().year()).isEqualTo("1985");
    }

    @Test
    void aReportReprintedInTheCodeCongressionalAndAdministrativeNews() {
        Citation c = cite(parse("See H.R. Rep. No. 94-1487, at 7 (1976), as reprinted in 1976 U.S.C.C.A.N. 6604, 6605."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(c.fields().container()).isEqualTo("H.R. Rep.");
        assertThat(c.fields().issue()).isEqualTo("94-1487");
        assertThat(c.fields().year()).isEqualTo("1976");
        assertThat(c.pinpoint()).isEqualTo("7");
        assertThat(c.signal()).isEqualTo("See");
    }

    @Test
    void aRuleTitleWithASemicolonInTheFederalRegister() {
        List<Citation> found = cites(parse("See Export Controls; Revisions to License Exceptions for Marine Equipment, 89 Fed. Reg."
                + " 52,114, 52,118 (July 2, 2024) (to be codified at 15 C.F.R. pt. 740)."), 1);
        assertThat(found).hasSize(1);
        Citation rule = found.get(0);
        assertThat(rule.fields().title()).isEqualTo("Export Controls; Revisions to License Exceptions for Marine Equipment");
        assertThat(rule.fields().container()).isEqualTo("Fed. Reg.");
        assertThat(rule.fields().pages()).isEqualTo("52,114");
        assertThat(rule.pinpoint()).isEqualTo("52,118");
        assertThat(rule.fields().date()).isEqualTo("2024-07-02");
        // a semicolon between two citations still parts them
        assertThat(cites(parse("See Brook v. Hale, 500 U.S. 100 (1990); Harbour Pilots Rule, 71 Fed. Reg. 8823 (Feb. 21, 2006)."), 1))
                .hasSize(2);
    }

    @Test
    void aFederalRegisterPageWithFourDigitsAndNoComma() {
        Citation plain = cite(parse("See Regulation of Harbour Pilots in Coastal Waters, 71 Fed. Reg. 8823, 8825 (Feb. 21, 2006)."), 1, 0);
        assertThat(plain.type()).isEqualTo(CitationType.OTHER);
        assertThat(plain.fields().title()).isEqualTo("Regulation of Harbour Pilots in Coastal Waters");
        assertThat(plain.fields().container()).isEqualTo("Fed. Reg.");
        assertThat(plain.fields().volume()).isEqualTo("71");
        assertThat(plain.fields().pages()).isEqualTo("8823");
        assertThat(plain.pinpoint()).isEqualTo("8825");
        Citation grouped = cite(parse("See Regulation of Harbour Pilots, 71 Fed. Reg. 8,823, 8,825 (Feb. 21, 2006)."), 1, 0);
        assertThat(grouped.fields().pages()).isEqualTo("8,823");
        assertThat(grouped.pinpoint()).isEqualTo("8,825");
    }

    @Test
    void aPartialOrFinalAwardOfADayGivesTheAwardsDate() {
        Citation pca = cite(parse("Harbor Lighthouse Arbitration (Velland v. Quorin), PCA Case No. 2016-11, Partial Award of March 3,"
                + " 2019, paras. 210–14."), 1, 0);
        assertThat(pca.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(pca.fields().title()).isEqualTo("Harbor Lighthouse Arbitration (Velland v. Quorin)");
        assertThat(pca.fields().date()).isEqualTo("2019-03-03");
        assertThat(pca.fields().year()).isEqualTo("2019");
        assertThat(pca.pinpoint()).isEqualTo("paras. 210-214");
        Article a = parse("Fisheries Dispute (Tarvik’s Claim No. 7), Final Award of 12 May 2018, RIAA, vol. XXXII, p. 455, para. 88.",
                "Tarvik’s Claim No. 7, paras. 90–2.");
        Citation award = cite(a, 1, 0);
        assertThat(award.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(award.fields().title()).isEqualTo("Fisheries Dispute (Tarvik’s Claim No. 7)");
        assertThat(award.fields().container()).isEqualTo("RIAA");
        assertThat(award.fields().volume()).isEqualTo("XXXII");
        assertThat(award.fields().pages()).isEqualTo("455");
        assertThat(award.pinpoint()).isEqualTo("para. 88");
        assertThat(award.fields().date()).isEqualTo("2018-05-12");
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void anActNamedByItsDayAndAPublicLawsDivisionAndHyphenatedPage() {
        Citation act = cite(parse("Act of June 9, 1971, Pub. L. No. 92-41, § 3(b), 85 Stat. 211 (codified as amended at 22 U.S.C."
                + " § 2401)."), 1, 0);
        assertThat(act.fields().title()).isEqualTo("Act of June 9, 1971");
        assertThat(act.fields().date()).isEqualTo("1971-06-09");
        assertThat(act.fields().year()).isEqualTo("1971");
        assertThat(act.fields().container()).isEqualTo("Stat.");
        Citation law = cite(parse("Coastal Revenue Act of 2001, Pub. L. No. 107-12, div. C, § 1412(b), 115 Stat. 3311-204 (2001)."), 1, 0);
        assertThat(law.type()).isEqualTo(CitationType.OTHER);
        assertThat(law.fields().title()).isEqualTo("Coastal Revenue Act of 2001");
        assertThat(law.fields().container()).isEqualTo("Stat.");
        assertThat(law.fields().volume()).isEqualTo("115");
        assertThat(law.fields().pages()).isEqualTo("3311-204");
        assertThat(law.pinpoint()).isEqualTo("div. C, § 1412(b)");
        assertThat(law.fields().year()).isEqualTo("2001");
    }

    @Test
    void anOrganisationWhoseNameHoldsANumberBeforeAWebPage() {
        Citation c = cite(parse("See Grant 2040 Monitor, Awards by Region and Year, https://www.grant2040.org/regions (last visited"
                + " June 1, 2025)."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.WEB_PAGE);
        assertThat(names(c.fields().authors())).containsExactly("org:Grant 2040 Monitor");
        assertThat(c.fields().title()).isEqualTo("Awards by Region and Year");
        assertThat(Names.kind("Grant 2040 Monitor")).isEqualTo(Names.Kind.ORG);
        assertThat(Names.kind("Anna 2040 Berg")).isEqualTo(Names.Kind.NONE);
    }

    @Test
    void aNameDefinedWithHereinafterServesLaterInTheSameNote() {
        Article a = parse("Brook v. Hale, 500 U.S. 100 (1990).",
                "Agreement on the Custody of Fossil Specimens, Apr. 4, 1981, 31 U.S.T. 1201, 901 U.N.T.S. 77 [hereinafter Fossil"
                + " Pact]. Nothing in the statute requires more. See Brook, 500 U.S. at 104; cf. Fossil Pact art. 19 (allowing"
                + " refusal).");
        List<Citation> found = cites(a, 2);
        assertThat(found).hasSize(3);
        Citation pact = found.get(2);
        assertThat(pact.type()).isEqualTo(CitationType.TREATY);
        assertThat(pact.shortFormOf()).isEqualTo(new CitationRef(2, 0));
        assertThat(pact.pinpoint()).isEqualTo("art. 19");
        assertThat(pact.signal()).isEqualTo("Cf.");
    }

    @Test
    void aRevisedEditionInAnAuthorDateEntry() {
        Article a = parseEntries(
                "Lindqvist-Amara, Petra. 2016. Shelter and Its Limits: Housing the Displaced. Rev. ed. Cambridge, MA: Harwell University Press.",
                "Lindqvist-Amara, Petra. 2019. Shelter After War: Policy and Practice. 3rd rev. ed. Oxford: Harwell University Press.");
        Citation first = cite(a, 1, 0);
        assertThat(first.fields().title()).isEqualTo("Shelter and Its Limits: Housing the Displaced");
        assertThat(first.fields().place()).isEqualTo("Cambridge, MA");
        assertThat(first.fields().publisher()).isEqualTo("Harwell University Press");
        Citation second = cite(a, 2, 0);
        assertThat(second.fields().title()).isEqualTo("Shelter After War: Policy and Practice");
        assertThat(second.fields().place()).isEqualTo("Oxford");
        assertThat(second.fields().publisher()).isEqualTo("Harwell University Press");
    }

    @Test
    void aHearingWhoseTitleHoldsCommasHasNoAuthor() {
        Citation c = cite(parse("Maritime Claims, Tolls, and Passage: Hearing Before the Subcomm. on Coast Guard of the H. Comm. on"
                + " Transp., 117th Cong. 12–14 (2022) (statement of Ora Vell-Lindgren)."), 1, 0);
        assertThat(c.fields().authors()).isEmpty();
        assertThat(c.fields().title()).isEqualTo("Maritime Claims, Tolls, and Passage: Hearing Before the Subcomm. on Coast Guard of"
                + " the H. Comm. on Transp.");
        assertThat(c.pinpoint()).isEqualTo("12-14");
        assertThat(c.fields().year()).isEqualTo("2022");
    }

    @Test
    void aMandateWhoseNameHoldsCommasBeforeTheReport() {
        Citation c = cite(parse("Special Rapporteur on Harbour Labour, Forced Transfers or Servitude, Rep. on Dockside Detention,"
                + " ¶¶ 11–19, U.N. Doc. A/78/301 (Aug. 2, 2023)."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(names(c.fields().authors()))
                .containsExactly("org:Special Rapporteur on Harbour Labour, Forced Transfers or Servitude");
        assertThat(c.fields().title()).isEqualTo("Rep. on Dockside Detention");
        assertThat(c.fields().unSymbol()).isEqualTo("A/78/301");
        assertThat(c.pinpoint()).isEqualTo("¶¶ 11-19");
    }

    @Test
    void anOfficesPublicationUnderItsAcronymIsAReport() {
        Citation c = cite(parse("Office of the Northern Fisheries Commissioner, Guidance on Returning Trawlers (Bergen: NFC, 2020),"
                + " paras. 4–9."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(names(c.fields().authors())).containsExactly("org:Office of the Northern Fisheries Commissioner");
        assertThat(c.fields().publisher()).isEqualTo("NFC");
        assertThat(c.fields().place()).isEqualTo("Bergen");
        assertThat(Tail.initialsOf("Office of the Northern Fisheries Commissioner", "NFC")).isTrue();
        assertThat(Tail.initialsOf("Harbour Press of the North", "NFC")).isFalse();
    }
}
