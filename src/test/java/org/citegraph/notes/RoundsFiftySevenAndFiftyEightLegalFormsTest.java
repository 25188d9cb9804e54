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
import org.citegraph.model.CitationRef;
import org.citegraph.model.CitationType;

/**
 * The fifty-seventh and fifty-eighth blind rounds' Bluebook footnotes and author–date reference lists, each form with
 * invented text.
 */
class RoundsFiftySevenAndFiftyEightLegalFormsTest {

    @Test
    void aStatuteCodifiedInScatteredSectionsIsReadByItsPublicLaw() {
        Citation c = cite(parse("Harbour Dredging Prevention and Coastal Control Act, Pub. L. No. 112-40, 125 Stat. 1210 (2011)"
                + " (codified in scattered sections of 33 U.S.C.) [hereinafter Dredging Act]."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.OTHER);
        assertThat(c.fields().authors()).isEmpty();
        assertThat(c.fields().title()).isEqualTo("Harbour Dredging Prevention and Coastal Control Act");
        assertThat(c.fields().container()).isEqualTo("Stat.");
        assertThat(c.fields().volume()).isEqualTo("125");
        assertThat(c.fields().pages()).isEqualTo("1210");
        assertThat(c.fields().year()).isEqualTo("2011");
    }

    @Test
    void aRuleTitleListingNamesWithCommasKeepsItsSemicolon() {
        Article a = parse("See Declaring Harbour Vessels To Be Subject to the Federal Ports, Docks, and Wharves Act, as Amended by"
                + " the Coastal Control Act; Restrictions on the Mooring of Vessels, 84 Fed. Reg. 12,974, 12,976 (May 10, 2019).");
        assertThat(cites(a, 1)).hasSize(1);
        Citation c = cite(a, 1, 0);
        assertThat(c.fields().title()).isEqualTo("Declaring Harbour Vessels To Be Subject to the Federal Ports, Docks, and Wharves"
                + " Act, as Amended by the Coastal Control Act; Restrictions on the Mooring of Vessels");
        assertThat(c.fields().container()).isEqualTo("Fed. Reg.");
        assertThat(c.fields().volume()).isEqualTo("84");
        assertThat(c.fields().pages()).isEqualTo("12,974");
        assertThat(c.pinpoint()).isEqualTo("12,976");
        assertThat(c.fields().date()).isEqualTo("2019-05-10");
        assertThat(c.signal()).isEqualTo("See");
    }

    @Test
    void anAgencysCentreNamedBeforeTheAgencyIsOneAuthorAndItsSupraFormByTheCentreIsLinked() {
        Article a = parse("Ctr. for Harbour Safety, U.S. Maritime & Port Admin., Pilotage Licence Applications: Status Report 3"
                + " (2021), https://www.example.gov/pilotage-report.pdf.",
                "Tug Co. v. Port Auth., No. 1:22-cv-00117, 2023 WL 4418820, at *6 (D. Me. July 2, 2023) (declining to enjoin"
                + " a licence denial); see also Ctr. for Harbour Safety, supra note 1, at 5 (reporting that few pilots were"
                + " licensed).");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(names(c.fields().authors())).containsExactly("org:Ctr. for Harbour Safety, U.S. Maritime & Port Admin.");
        assertThat(c.fields().title()).isEqualTo("Pilotage Licence Applications: Status Report");
        assertThat(c.fields().container()).isNull();
        assertThat(c.fields().issue()).isNull();
        assertThat(c.pinpoint()).isEqualTo("3");
        assertThat(c.fields().year()).isEqualTo("2021");
        Citation s = cite(a, 2, 1);
        assertThat(s.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(s.type()).isEqualTo(CitationType.REPORT);
        assertThat(names(s.fields().authors())).containsExactly("org:Ctr. for Harbour Safety");
        assertThat(s.fields().title()).isNull();
        assertThat(s.pinpoint()).isEqualTo("5");
    }

    @Test
    void aBluebookArticleTitleEndingInAYearKeepsIt() {
        Citation c = cite(parse("See Anna Berg-Lund et al., Injuries Among Dock Workers—Northern Ports, 2023, 12 Morbidity &"
                + " Mortality Wkly. Rep. 417, 419 (2023)."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(c.fields().title()).isEqualTo("Injuries Among Dock Workers—Northern Ports, 2023");
        assertThat(c.fields().container()).isEqualTo("Morbidity & Mortality Wkly. Rep.");
        assertThat(c.fields().volume()).isEqualTo("12");
        assertThat(c.fields().pages()).isEqualTo("417");
        assertThat(c.pinpoint()).isEqualTo("419");
        assertThat(c.fields().year()).isEqualTo("2023");
    }

    @Test
    void coalitionAbbreviatedEndsABodysNameNotAPersons() {
        Article a = parse("See Tugboat Safety Coal., Tugboat Monitor 2022, at 3–5 (2022), https://example.org/tug-monitor.",
                "Tugboat Safety Coal., supra note 1, at 21–24.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(names(c.fields().authors())).containsExactly("org:Tugboat Safety Coal.");
        assertThat(c.fields().title()).isEqualTo("Tugboat Monitor 2022");
        assertThat(c.pinpoint()).isEqualTo("3-5");
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        Citation other = cite(parse("See Safe Harbour Coal., Mooring Report 7 (2024)."), 1, 0);
        assertThat(names(other.fields().authors())).containsExactly("org:Safe Harbour Coal.");
        assertThat(other.type()).isEqualTo(CitationType.REPORT);
    }

    @Test
    void aRegulationWhoseParentheticalHoldsCommasIsACodeSection() {
        Citation c = cite(parse("33 C.F.R. § 161.4 (2023) (listing, in Part IV of the Port Rules, “tugs” and “barges” and their"
                + " moorings)."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.OTHER);
        assertThat(c.fields().title()).isNull();
        assertThat(c.fields().container()).isEqualTo("C.F.R.");
        assertThat(c.fields().volume()).isEqualTo("33");
        assertThat(c.pinpoint()).isEqualTo("§ 161.4");
        assertThat(c.fields().year()).isEqualTo("2023");
    }

    @Test
    void anExecutiveOrderAfterASentenceEndingInAnAbbreviableWordIsNamedByItsNumber() {
        Citation c = cite(parse("The authority was delegated to the Secretary of State. Exec. Order No. 14,021, 86 Fed. Reg."
                + " 11,601, 11,603 (Mar. 2, 2021)."), 1, 0);
        assertThat(c.fields().title()).isEqualTo("Exec. Order No. 14,021");
        assertThat(c.fields().container()).isEqualTo("Fed. Reg.");
        assertThat(c.fields().volume()).isEqualTo("86");
        assertThat(c.fields().pages()).isEqualTo("11,601");
        assertThat(c.fields().date()).isEqualTo("2021-03-02");
    }

    @Test
    void aProtocolsDesignationBeforeTheArticleCitedStaysInItsTitle() {
        Citation c = cite(parse("Protocol on Abandoned Moorings to the Convention on Harbour Safety (Protocol IV) art. 6, May 3,"
                + " 2005, 2400 U.N.T.S. 211."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.TREATY);
        assertThat(c.fields().title()).isEqualTo("Protocol on Abandoned Moorings to the Convention on Harbour Safety (Protocol IV)");
        assertThat(c.pinpoint()).isEqualTo("art. 6");
        assertThat(c.fields().container()).isEqualTo("U.N.T.S.");
        assertThat(c.fields().volume()).isEqualTo("2400");
    }

    @Test
    void aLongOrganisationNamedAsAPlatformWithAHyphenatedWordIsAHarvardAuthor() {
        Citation c = cite(parseEntries("Transnational Quay-Safety Platform on Harbours and Coastal Services (2017) The QSP"
                + " assessment report on dredging and pilotage. Oslo: QSP Secretariat."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(names(c.fields().authors())).containsExactly("org:Transnational Quay-Safety Platform on Harbours and Coastal Services");
        assertThat(c.fields().title()).isEqualTo("The QSP assessment report on dredging and pilotage");
        assertThat(c.fields().place()).isEqualTo("Oslo");
        assertThat(c.fields().publisher()).isEqualTo("QSP Secretariat");
    }

    @Test
    void apaEditorsInBracketsAfterAReportsTitleAreItsEditors() {
        Citation c = cite(parseEntries("Transnational Quay-Safety Platform on Harbours and Coastal Services. (2016). Regional"
                + " assessment report on harbour pilotage of the Transnational Quay-Safety Platform on Harbours and Coastal Services"
                + " (A. B. Lund, C. Fisk, & D. E. Moe, Eds.). QSP Secretariat. https://doi.org/10.5555/qsp.2016"), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(names(c.fields().authors())).containsExactly("org:Transnational Quay-Safety Platform on Harbours and Coastal Services");
        assertThat(names(c.fields().editors())).containsExactly("Lund|A. B.", "Fisk|C.", "Moe|D. E.");
        assertThat(c.fields().title()).isEqualTo("Regional assessment report on harbour pilotage of the Transnational Quay-Safety"
                + " Platform on Harbours and Coastal Services");
        assertThat(c.fields().publisher()).isEqualTo("QSP Secretariat");
    }

    @Test
    void apaAuthorNamedAfterAConventionIsTheAuthor() {
        Citation c = cite(parseEntries("Convention on the Protection of Harbour Seals and Coastal Birds. (2023, March 14). Second"
                + " report finds seal colonies in decline [Press release]. https://example.org/seals-release"), 1, 0);
        assertThat(names(c.fields().authors())).containsExactly("org:Convention on the Protection of Harbour Seals and Coastal Birds");
        assertThat(c.fields().title()).isEqualTo("Second report finds seal colonies in decline");
        assertThat(c.fields().date()).isEqualTo("2023-03-14");
        assertThat(c.fields().year()).isEqualTo("2023");
    }

    @Test
    void apaTranslatorAndEditionInOneBracketAreDroppedFromTheTitle() {
        Citation c = cite(parseEntries("Lund-Okafor, K. (2017). Harbours, moorings and quays: A history of the pilotage acts"
                + " (T. Berg-Haugen, Trans.; 3rd ed.). Fjord University Press."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.BOOK);
        assertThat(c.fields().title()).isEqualTo("Harbours, moorings and quays: A history of the pilotage acts");
        assertThat(c.fields().editors()).isEmpty();
        assertThat(c.fields().publisher()).isEqualTo("Fjord University Press");
    }
}
