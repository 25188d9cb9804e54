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
 * The fifty-second to fifty-fourth blind rounds' Bluebook footnotes and author–date reference lists, each form with
 * invented text.
 */
class RoundsFiftyTwoToFiftyFourLegalFormsTest {

    @Test
    void aTitleOfAPublicLawDoesNotSplitTheStatuteAndIsNoPinpoint() {
        Article a = parse("Harbour Security Modernization Act of 2019, Pub. L. No. 116-92, tit. XIV, 133 Stat. 1880 (codified as"
                + " amended at 46 U.S.C. § 70101) [hereinafter HSMA]. See Exec. Order No. 12,881, 58 Fed. Reg. 61,003 (Nov. 19, 1993).",
                "HSMA, supra note 1, § 1402(b).");
        List<Citation> first = cites(a, 1);
        assertThat(first).hasSize(2);
        Citation act = first.get(0);
        assertThat(act.type()).isEqualTo(CitationType.OTHER);
        assertThat(act.fields().authors()).isEmpty();
        assertThat(act.fields().title()).isEqualTo("Harbour Security Modernization Act of 2019");
        assertThat(act.fields().container()).isEqualTo("Stat.");
        assertThat(act.fields().volume()).isEqualTo("133");
        assertThat(act.fields().pages()).isEqualTo("1880");
        assertThat(act.fields().year()).isEqualTo("2019");
        assertThat(act.pinpoint()).isNull();
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        // a section after the title is still the pinpoint
        Citation sectioned = cite(parse("Quay Access Act of 2020, Pub. L. No. 116-260, tit. IX, § 904(a), 134 Stat. 1182."), 1, 0);
        assertThat(sectioned.pinpoint()).isEqualTo("tit. IX, § 904(a)");
    }

    @Test
    void aLawByItsChapterInTheSessionLawsGivesItsFirstPageAndNoPinpoint() {
        Citation c = cite(parse("Harbour Pilots Act of 1931, ch. 212, 46 Stat. 1410 (codified as amended at 46 U.S.C. §§ 8501–8503)"
                + " [hereinafter Pilots Act]. The Act was meant for the Great Lakes."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.OTHER);
        assertThat(c.fields().title()).isEqualTo("Harbour Pilots Act of 1931");
        assertThat(c.fields().container()).isEqualTo("Stat.");
        assertThat(c.fields().volume()).isEqualTo("46");
        assertThat(c.fields().pages()).isEqualTo("1410");
        assertThat(c.fields().year()).isEqualTo("1931");
        assertThat(c.pinpoint()).isNull();
    }

    @Test
    void aConferenceReportIsAHouseReport() {
        Citation c = cite(parse("See H.R. Rep. No. 104-518, at 77 (1996) (Conf. Rep.)."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(c.fields().title()).isNull();
        assertThat(c.fields().container()).isEqualTo("H.R. Rep.");
        assertThat(c.fields().issue()).isEqualTo("104-518");
        assertThat(c.fields().year()).isEqualTo("1996");
        assertThat(c.pinpoint()).isEqualTo("77");
        assertThat(c.signal()).isEqualTo("See");
    }

    @Test
    void aCodeSectionCitedAgainIsAShortFormOfItsFirstCitation() {
        Article a = parse("46 U.S.C. § 70105(c)(2), (f)(1) (2018) (providing that the card “shall be issued” on request).",
                "See 46 U.S.C. § 70105(f)(3).",
                "See 46 U.S.C. § 70106(a).");
        Citation again = cite(a, 2, 0);
        assertThat(again.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(again.type()).isEqualTo(CitationType.OTHER);
        assertThat(again.fields().container()).isNull();
        assertThat(again.fields().volume()).isNull();
        assertThat(again.fields().title()).isNull();
        assertThat(again.pinpoint()).isEqualTo("§ 70105(f)(3)");
        assertThat(again.signal()).isEqualTo("See");
        // another section of the same title is another work
        Citation other = cite(a, 3, 0);
        assertThat(other.shortFormOf()).isNull();
        assertThat(other.fields().container()).isEqualTo("U.S.C.");
        assertThat(other.pinpoint()).isEqualTo("§ 70106(a)");
    }

    @Test
    void seeAsTheVerbOfASentenceIsNoSignal() {
        assertThat(cites(parse("Ports now see fewer of the filings than they did before the rule."), 1)).isEmpty();
        Citation signalled = cite(parse("For the history of the rule, see Mara Quint-Odell, Harbour Law 4 (2001)."), 1, 0);
        assertThat(signalled.signal()).isEqualTo("See");
        assertThat(signalled.fields().title()).isEqualTo("Harbour Law");
    }

    @Test
    void anOfficeNamedAfterItsDepartmentIsOneOrganisationAuthor() {
        Citation c = cite(parse("See U.S. Dep't of Transp., Off. of the Inspector Gen., Review of the Harbour Grant Program 9–14 (2019)"
                + " [hereinafter OIG Review]."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(names(c.fields().authors())).containsExactly("org:U.S. Dep't of Transp., Off. of the Inspector Gen.");
        assertThat(c.fields().title()).isEqualTo("Review of the Harbour Grant Program");
        assertThat(c.fields().year()).isEqualTo("2019");
        assertThat(c.pinpoint()).isEqualTo("9-14");
    }

    @Test
    void aBillsShortFormIsItsNumber() {
        Article a = parse("Congress has tried to close the gap. See Harbour Pilots Safety Act, S. 2210, 118th Cong. § 4(a) (2023).",
                "Compare Harbour Pilots Act of 1931, ch. 212, 46 Stat. 1410, with S. 2210 § 4(c) (requiring a second pilot).");
        Citation bill = cite(a, 1, 0);
        assertThat(bill.fields().title()).isEqualTo("Harbour Pilots Safety Act");
        Citation later = cites(a, 2).get(cites(a, 2).size() - 1);
        assertThat(later.fields().authors()).isEmpty();
        assertThat(later.fields().title()).isEqualTo("S. 2210");
        assertThat(later.fields().year()).isNull();
        assertThat(later.pinpoint()).isEqualTo("§ 4(c)");
        assertThat(later.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        // by its number alone, with no bill cited before: still no "Initial Year"
        Citation bare = cite(parse("H.R. 3318 § 2(b)."), 1, 0);
        assertThat(bare.fields().authors()).isEmpty();
        assertThat(bare.fields().title()).isEqualTo("H.R. 3318");
        assertThat(bare.fields().year()).isNull();
        assertThat(bare.pinpoint()).isEqualTo("§ 2(b)");
    }

    @Test
    void aBillOpeningAFootnoteAfterSeeIsABillAndLeavesTheCitationAfterItsSemicolon() {
        List<Citation> found = cites(parse("See Data Borders Act, H.R. 4410, 116th Cong. § 2 (2019) (proposing a rule of location);"
                + " cf. 18 U.S.C. § 2523 (2018) (allowing agreements)."), 1);
        assertThat(found).hasSize(2);
        Citation bill = found.get(0);
        assertThat(bill.type()).isEqualTo(CitationType.OTHER);
        assertThat(bill.fields().authors()).isEmpty();
        assertThat(bill.fields().title()).isEqualTo("Data Borders Act");
        assertThat(bill.fields().year()).isEqualTo("2019");
        assertThat(bill.pinpoint()).isEqualTo("§ 2");
        assertThat(bill.signal()).isEqualTo("See");
        assertThat(found.get(1).signal()).isEqualTo("Cf.");
        assertThat(found.get(1).fields().container()).isEqualTo("U.S.C.");
    }

    @Test
    void anEuRegulationWithAnExplanationAndADefinedNameIsReadInFull() {
        Article a = parse("Regulation 2021/784 of the European Parliament and of the Council of 29 April 2021 on Harbour Data, art. 3(2),"
                + " 2021 O.J. (L 172) 79 (EU) (limiting the orders to grave offences) [hereinafter Harbour Data Regulation].",
                "Harbour Data Regulation, supra note 1, art. 7.");
        Citation c = cite(a, 1, 0);
        assertThat(c.fields().title()).isEqualTo(
                "Regulation 2021/784 of the European Parliament and of the Council of 29 April 2021 on Harbour Data");
        assertThat(c.fields().container()).isEqualTo("O.J.");
        assertThat(c.fields().issue()).isEqualTo("L 172");
        assertThat(c.fields().year()).isEqualTo("2021");
        assertThat(c.fields().pages()).isEqualTo("79");
        assertThat(c.pinpoint()).isEqualTo("art. 3(2)");
        assertThat(c.shortFormOf()).isNull();
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void anInReCaptionEndingInACompanyKeepsItsWholeNameBeforeVacatedSubNom() {
        Citation c = cite(parse("In re Subpoena to Produce Records Held & Stored by Harbor Soft Corp., 901 F.3d 12, 20–22 (4th Cir."
                + " 2018), vacated sub nom. United States v. Harbor Soft Corp., 140 S. Ct. 1120 (2020)."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(c.fields().title()).isEqualTo("In re Subpoena to Produce Records Held & Stored by Harbor Soft Corp.");
        assertThat(c.fields().container()).isEqualTo("F.3d");
        assertThat(c.fields().volume()).isEqualTo("901");
        assertThat(c.fields().pages()).isEqualTo("12");
        assertThat(c.fields().year()).isEqualTo("2018");
    }

    @Test
    void aSeabedAuthorityDocumentIsAReportNumberedByItsOwnSymbol() {
        Citation c = cite(parseEntries("International Seabed Authority (2021) Draft standards on environmental baselines. ISBA/26/C/12."
                + " Kingston: International Seabed Authority."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(names(c.fields().authors())).containsExactly("org:International Seabed Authority");
        assertThat(c.fields().title()).isEqualTo("Draft standards on environmental baselines");
        assertThat(c.fields().issue()).isEqualTo("ISBA/26/C/12");
        assertThat(c.fields().unSymbol()).isNull();
        assertThat(c.fields().place()).isEqualTo("Kingston");
        assertThat(c.fields().publisher()).isEqualTo("International Seabed Authority");
    }

    @Test
    void anOrganisationWhoseNameHoldsACommaAuthorsItsDocument() {
        Citation c = cite(parseEntries("Working Group on Harbour Waste, Including Inland Waterways and Estuaries. (2023, May 4)."
                + " Co-chairs’ summary (UNEP/HW/WG.2/3). United Nations Environment Programme. https://www.unep.org/harbour-waste/wg2"), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(names(c.fields().authors())).containsExactly("org:Working Group on Harbour Waste, Including Inland Waterways and Estuaries");
        assertThat(c.fields().title()).isEqualTo("Co-chairs’ summary");
        assertThat(c.fields().unSymbol()).isEqualTo("UNEP/HW/WG.2/3");
        assertThat(c.fields().date()).isEqualTo("2023-05-04");
        assertThat(c.fields().container()).isNull();
    }

    @Test
    void aNewspaperNamedLedgerIsANewspaper() {
        Citation c = cite(parseEntries("Okafor-Lind, T. (2023, March 9). Dock strike ends after two weeks. The Quayside Ledger."
                + " https://www.quaysideledger.com/2023/03/09/dock-strike"), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.NEWS_ARTICLE);
        assertThat(c.fields().container()).isEqualTo("The Quayside Ledger");
    }

    @Test
    void aDissertationsRepositoryIsNoContainer() {
        Citation c = cite(parseEntries("Brandt-Osei, K. (2021). Ports and power: The law of harbour concessions [Doctoral dissertation,"
                + " University of Harwick]. Harwick Open Repository. https://repository.harwick.ac.uk/handle/1/234"), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.THESIS);
        assertThat(c.fields().publisher()).isEqualTo("University of Harwick");
        assertThat(c.fields().container()).isNull();
        assertThat(c.fields().url()).isEqualTo("https://repository.harwick.ac.uk/handle/1/234");
    }

    @Test
    void aNewspaperPieceUpdatedLaterKeepsTheDayItWasPublished() {
        Citation c = cite(parseEntries("Lindqvist-Amadi, Sara. 2019. “Harbour Board Votes to Close the Old Pier.” Quayside Courier,"
                + " May 3, 2019, updated May 4, 2019. https://www.quaysidecourier.com/2019/05/03/old-pier."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.NEWS_ARTICLE);
        assertThat(c.fields().container()).isEqualTo("Quayside Courier");
        assertThat(c.fields().date()).isEqualTo("2019-05-03");
        assertThat(c.fields().volume()).isNull();
        assertThat(c.fields().pages()).isNull();
    }

    @Test
    void anEntryThatCallsItselfAReportIsOneWhoeverPublishedIt() {
        Citation c = cite(parseEntries("Expert Panel on Harbour Safety. 2021. Safer Quays: Lessons from a Decade of Accidents. Report to"
                + " the Minister of Transport. Ottawa: Harbour Press."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(names(c.fields().authors())).containsExactly("org:Expert Panel on Harbour Safety");
        assertThat(c.fields().title()).isEqualTo("Safer Quays: Lessons from a Decade of Accidents");
        assertThat(c.fields().publisher()).isEqualTo("Harbour Press");
        assertThat(c.fields().place()).isEqualTo("Ottawa");
    }
}
