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

/** The fifty-first blind round's legal citations and types, each with invented text. */
class RoundFiftyOneLegalFormsTest {

    @Test
    void aStatuteCodifiedAtASubsectionKeepsItsNameBeforeItsDefinedNameAndAnExplanation() {
        Article a = parse("Congress replied within a year. Harbor Vale Financial Stability and Investor Relief Act, Pub. L. No. 114-77,"
                + " § 312(c), 129 Stat. 2210 (2015) (codified at 12 U.S.C. § 5331(c)) [hereinafter Vale Act] (restoring the old"
                + " tests for actions by the agency).",
                "Vale Act § 401(b).");
        Citation act = cites(a, 1).get(cites(a, 1).size() - 1);
        assertThat(act.type()).isEqualTo(CitationType.OTHER);
        assertThat(act.fields().authors()).isEmpty();
        assertThat(act.fields().title()).isEqualTo("Harbor Vale Financial Stability and Investor Relief Act");
        assertThat(act.fields().container()).isEqualTo("Stat.");
        assertThat(act.fields().volume()).isEqualTo("129");
        assertThat(act.fields().pages()).isEqualTo("2210");
        assertThat(act.fields().year()).isEqualTo("2015");
        assertThat(act.pinpoint()).isEqualTo("§ 312(c)");
        Citation later = cite(a, 2, 0);
        assertThat(later.type()).isEqualTo(CitationType.OTHER);
        assertThat(later.pinpoint()).isEqualTo("§ 401(b)");
        assertThat(later.shortFormOf()).isEqualTo(new CitationRef(1, cites(a, 1).size() - 1));
    }

    @Test
    void anAgencysReleaseNumberBeforeTheFederalRegisterIsNoPartOfTheTitle() {
        Citation grouped = cite(parse("See Market Rules on Listed Issuers, Exchange Act Release No. 71,205, 79 Fed. Reg. 44,210"
                + " (July 30, 2014)."), 1, 0);
        assertThat(grouped.type()).isEqualTo(CitationType.OTHER);
        assertThat(grouped.fields().title()).isEqualTo("Market Rules on Listed Issuers");
        assertThat(grouped.fields().container()).isEqualTo("Fed. Reg.");
        assertThat(grouped.fields().volume()).isEqualTo("79");
        assertThat(grouped.fields().pages()).isEqualTo("44,210");
        assertThat(grouped.fields().date()).isEqualTo("2014-07-30");
        Citation plain = cite(parse("See Resale Limits, Securities Act Release No. 7012, 58 Fed. Reg. 22,106, 22,110 (Apr. 12, 1993)."),
                1, 0);
        assertThat(plain.fields().title()).isEqualTo("Resale Limits");
        assertThat(plain.fields().pages()).isEqualTo("22,106");
        assertThat(plain.pinpoint()).isEqualTo("22,110");
    }

    @Test
    void aNoticeCitedAfterSeeInsideASentenceEndsBeforeTheClauseThatGoesOn() {
        Citation c = cite(parse("The agency asked for views, see Review of Offshore Listing Rules, Exchange Act Release No. 80,117,"
                + " 82 Fed. Reg. 13,540 (Mar. 14, 2017), and its staff then wrote a study."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.OTHER);
        assertThat(c.fields().authors()).isEmpty();
        assertThat(c.fields().title()).isEqualTo("Review of Offshore Listing Rules");
        assertThat(c.fields().container()).isEqualTo("Fed. Reg.");
        assertThat(c.fields().volume()).isEqualTo("82");
        assertThat(c.fields().pages()).isEqualTo("13,540");
        assertThat(c.fields().date()).isEqualTo("2017-03-14");
    }

    @Test
    void capitalAndGlobalAbbreviatedInAPartysNameDoNotEndTheCase() {
        List<Citation> found = cites(parse("See Brightwater Cap. Partners, L.P. v. Oakridge Sec. Ltd., 702 F.3d 14, 20–21 (2d Cir. 2013);"
                + " Lindqvist Glob. Fund v. Torrent Holding AG, 790 F.3d 101, 110 (2d Cir. 2015)."), 1);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(found.get(0).fields().title()).isEqualTo("Brightwater Cap. Partners, L.P. v. Oakridge Sec. Ltd.");
        assertThat(found.get(0).signal()).isEqualTo("See");
        assertThat(found.get(0).pinpoint()).isEqualTo("20-21");
        assertThat(found.get(1).fields().title()).isEqualTo("Lindqvist Glob. Fund v. Torrent Holding AG");
        assertThat(found.get(1).fields().volume()).isEqualTo("790");
        assertThat(Lexicon.isAbbreviation("Cap")).isTrue();
        assertThat(Lexicon.isAbbreviation("Glob")).isTrue();
    }

    @Test
    void aWebPageByAnAbbreviatedAuthorWithUsInItsTitleAndTheYearsItCovers() {
        Citation c = cite(parse("See Sec. Litigation Watch, Suits Against Non-U.S. Companies, 2011–2023,"
                + " https://www.litwatch.example/non-us (last visited Jan. 5, 2024) (listing 140 suits)."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.WEB_PAGE);
        assertThat(names(c.fields().authors())).containsExactly("org:Sec. Litigation Watch");
        assertThat(c.fields().title()).isEqualTo("Suits Against Non-U.S. Companies, 2011–2023");
        assertThat(c.fields().url()).isEqualTo("https://www.litwatch.example/non-us");
        assertThat(c.pinpoint()).isNull();
        // an abbreviation with stops after a hyphened prefix ends no sentence; a numbered section is still a locator
        assertThat(Lexicon.isAbbreviation("Non-U.S")).isTrue();
        assertThat(Lexicon.isAbbreviation("Well-known")).isFalse();
        assertThat(Parts.locator("sec. 4", false)).isNotNull();
        assertThat(Parts.locator("Sec. Litigation Watch", false)).isNull();
    }

    @Test
    void aStaffStudyWhoseTitleEndsInANumberCitedAtItsPagesIsAReport() {
        Article a = parse("Staff of the Fed. Mar. Comm'n, Study on the Reach of Carrier Rules Under Section 8 of the Shipping Act of 1984,"
                + " at 40–44 (2016) [hereinafter FMC Study].",
                "FMC Study, supra note 1, at 12.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(names(c.fields().authors())).containsExactly("org:Staff of the Fed. Mar. Comm'n");
        assertThat(c.fields().title()).isEqualTo("Study on the Reach of Carrier Rules Under Section 8 of the Shipping Act of 1984");
        assertThat(c.fields().year()).isEqualTo("2016");
        assertThat(c.pinpoint()).isEqualTo("40-44");
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aTreatyCitedByItsConferenceDocumentIsATreatyDatedByTheDayItWasAdopted() {
        Article a = parse("Convention on the Transfer of Registers and Records Between Successor States, March 14, 1991, UN Doc."
                + " A/CONF.142/9 (hereafter 1991 Convention), arts. 12–18.",
                "1991 Convention, art. 14.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.TREATY);
        assertThat(c.fields().title()).isEqualTo("Convention on the Transfer of Registers and Records Between Successor States");
        assertThat(c.fields().date()).isEqualTo("1991-03-14");
        assertThat(c.fields().year()).isEqualTo("1991");
        assertThat(c.fields().unSymbol()).isEqualTo("A/CONF.142/9");
        assertThat(c.pinpoint()).isEqualTo("arts. 12-18");
        Citation later = cite(a, 2, 0);
        assertThat(later.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(later.pinpoint()).isEqualTo("art. 14");
        // a report on a convention, dated and numbered, stays a UN document
        Citation report = cite(parse("Report of the Preparatory Committee on the Convention, June 2, 1990, UN Doc. A/CONF.142/3."), 1, 0);
        assertThat(report.type()).isEqualTo(CitationType.UN_DOCUMENT);
    }

    @Test
    void anArbitralAwardBetweenAListOfStatesInTheSeriesSpelledOut() {
        Citation c = cite(parse("Danubian Railway Arbitration (Austria, Hungary, Romania, Serbia and Czechoslovakia), Award of June 3,"
                + " 1929, Reports of International Arbitral Awards, vol. II, 311, at 340."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(c.fields().title()).isEqualTo("Danubian Railway Arbitration (Austria, Hungary, Romania, Serbia and Czechoslovakia)");
        assertThat(c.fields().container()).isEqualTo("Reports of International Arbitral Awards");
        assertThat(c.fields().volume()).isEqualTo("II");
        assertThat(c.fields().pages()).isEqualTo("311");
        assertThat(c.fields().date()).isEqualTo("1929-06-03");
        assertThat(c.pinpoint()).isEqualTo("340");
        // after a sentence ending in a colon, the series written out is evidence enough of a citation
        List<Citation> found = cites(parse("The umpire treated it as settled: Danubian Railway Arbitration (Austria, Hungary, Romania,"
                + " Serbia and Czechoslovakia), Award of June 3, 1929, Reports of International Arbitral Awards, vol. II, 311, at 340."), 1);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(found.get(0).fields().pages()).isEqualTo("311");
    }
}
