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
 * Citations that discursive notes weave into their sentences (a lost thirty-first blind round's causes,
 * each with invented text): set off by brackets or dashes, told as a possessive, joined by "as well as" or
 * a bare "and", and the sentences of prose around them.
 */
class DiscursiveNotesFormsTest {

    private static final String ARTICLE = "Ilka Brandvold, “Quays That Remember: Harbour Law and Memory,” "
            + "Journal of Quay Studies 12, no. 3 (2019): 301–38, 305.";

    @Test
    void aCitationInBracketsInsideASentenceIsReadAloneWithItsLowerCaseSignal() {
        Article a = parse("The Board’s reasoning has been doubted (see, for example, Marrow v. Quayside Trust, "
                + "41 F.4th 233, 240–42 (7th Cir. 2022)), though not often.");
        List<Citation> found = cites(a, 1);
        assertThat(found).hasSize(1);
        Citation c = found.get(0);
        assertThat(c.raw()).isEqualTo("see, for example, Marrow v. Quayside Trust, 41 F.4th 233, 240–42 (7th Cir. 2022)");
        assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(c.fields().title()).isEqualTo("Marrow v. Quayside Trust");
        assertThat(c.pinpoint()).isEqualTo("240-242");
        assertThat(c.signal()).startsWith("See, for example");
    }

    @Test
    void aCitationBetweenDashesInsideASentenceEndsAtTheSecondDash() {
        Article a = parse("The point is made at length—Oda Fennimore, “Berths and Bonds,” Quay Law Quarterly 31, "
                + "no. 2 (2022): 211–49, 220–24—and has been followed since.");
        Citation c = cite(a, 1, 0);
        assertThat(cites(a, 1)).hasSize(1);
        assertThat(names(c.fields().authors())).containsExactly("Fennimore|Oda");
        assertThat(c.fields().title()).isEqualTo("Berths and Bonds");
        assertThat(c.pinpoint()).isEqualTo("220-224");
        assertThat(c.raw()).endsWith("220–24");
    }

    @Test
    void aPossessiveNamesAShortFormToldAsProse() {
        Article a = parse(ARTICLE,
                "Brandvold’s account in “Quays That Remember” (312–15) rests on the port records.",
                "Edda Kvist and Rune Solli, eds., Harbours under Strain (Bergen: Kai Press, 2021).",
                "Kvist’s discussion in Harbours under Strain, 45–50, is the fullest.");
        Citation told = cite(a, 2, 0);
        assertThat(told.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(names(told.fields().authors())).containsExactly("Brandvold|null");
        assertThat(told.pinpoint()).isEqualTo("312-315");
        Citation book = cite(a, 4, 0);
        assertThat(book.shortFormOf()).isEqualTo(new CitationRef(3, 0));
        assertThat(book.pinpoint()).isEqualTo("45-50");
        // a book whose title opens with a possessive is a book, not a short form
        Article title = parse("Europe’s quays in Winter (Oslo: Kai Press, 2020), 14.");
        assertThat(cite(title, 1, 0).shortFormOf()).isNull();
    }

    @Test
    void asWellAsAndABareAndAfterABracketJoinTwoCitations() {
        Article a = parse(ARTICLE,
                "Edda Kvist and Rune Solli, eds., Harbours under Strain (Bergen: Kai Press, 2021) and Tor Hallan, "
                        + "“Cranes in Court,” Quay Review 9, no. 1 (2020): 98–101.",
                "See Brandvold, “Quays That Remember,” 320, as well as Hallan, “Cranes in Court,” 99–100.");
        List<Citation> second = cites(a, 2);
        assertThat(second).hasSize(2);
        assertThat(second.get(0).type()).isEqualTo(CitationType.EDITED_BOOK);
        assertThat(second.get(1).type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(names(second.get(1).fields().authors())).containsExactly("Hallan|Tor");
        List<Citation> third = cites(a, 3);
        assertThat(third).hasSize(2);
        assertThat(third.get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(third.get(1).shortFormOf()).isEqualTo(new CitationRef(2, 1));
        assertThat(third.get(1).signal()).as("the signal carries over").isEqualTo("See");
        // names joined by "and" are one citation's authors
        Article pair = parse("Edda Kvist and Tor Hallan, “Moorings,” Quay Review 8, no. 2 (2019): 1–20.");
        assertThat(cites(pair, 1)).hasSize(1);
    }

    @Test
    void aDefinedShortNameOpeningWithAYearAfterAndAndTheProseAfterIt() {
        Article a = parse(
                "Convention on the Keeping of Harbour Archives, November 14, 1970, 823 U.N.T.S. 231 (hereafter 1970 Quay Convention).",
                "Pier Holdings v. Republic of Ostmark, Case No. 2019-12, Award (Perm. Ct. Arb. 2021), para. 64.",
                "See 1970 Quay Convention, art. 13(b); and Pier Holdings, para. 72. Neither text, however, says who keeps the keys.",
                "See Pier Holdings, para. 80; and 1970 Quay Convention, art. 14.",
                "The Tribunal left the question of private archives open.");
        List<Citation> third = cites(a, 3);
        assertThat(third).hasSize(2);
        assertThat(third.get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(third.get(0).pinpoint()).isEqualTo("art. 13(b)");
        assertThat(third.get(1).shortFormOf()).isEqualTo(new CitationRef(2, 0));
        List<Citation> fourth = cites(a, 4);
        assertThat(fourth).hasSize(2);
        assertThat(fourth.get(1).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(cites(a, 5)).as("a sentence of prose with a named subject").isEmpty();
    }

    @Test
    void provisionsListedWithAndKeepItAndASentenceOpeningWithACommonNounIsProse() {
        Article a = parse("Convention on Quays, 10 December 1982, 1833 UNTS 3, arts. 74 and 83, pp. 4 and 7.",
                "The remedy, in short, lies with the harbour board.");
        Citation c = cite(a, 1, 0);
        assertThat(c.pinpoint()).contains("arts. 74 and 83");
        assertThat(cites(a, 2)).isEmpty();
    }

    @Test
    void aSignalSetOffInASentenceThatPointsIntoTheArticleCitesNothing() {
        Article a = parse("The argument is taken up below (see Part III), where the boards are compared.",
                "This count has been doubted by several observers (see n. 12 above), though not by the board.",
                "The counts are disputed (see Table 2 and the sources given there).",
                "The Board’s reasoning—see, for instance, Hallan, “Cranes in Court,” 45—is weak.");
        assertThat(cites(a, 1)).isEmpty();
        assertThat(cites(a, 2)).isEmpty();
        assertThat(cites(a, 3)).isEmpty();
        assertThat(cites(a, 4)).singleElement().satisfies(c -> {
            assertThat(c.raw()).isEqualTo("see, for instance, Hallan, “Cranes in Court,” 45");
            assertThat(c.pinpoint()).isEqualTo("45");
        });
    }

    @Test
    void twoCasesJoinedByAndAreTwoCitations() {
        Article a = parse("Marrow v. Quay Board, 347 U.S. 483 (1954) and Dock v. Pier, 163 U.S. 537 (1896).");
        List<Citation> found = cites(a, 1);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).fields().year()).isEqualTo("1954");
        assertThat(found.get(1).fields().title()).isEqualTo("Dock v. Pier");
    }

    @Test
    void aSentenceOfProseAfterAShortFormEndingInAQuotedTitlesFullStop() {
        Article a = parse("Oda Fennimore, “Board Hands Over Final Report,” Quay Times, March 3, 2014.",
                "Fennimore, “Board Hands Over Final Report.” The harbourmaster has made the same point in general terms; "
                        + "see A/HRC/42/45, para. 62.");
        List<Citation> found = cites(a, 2);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(found.get(0).fields().container()).isNull();
        assertThat(found.get(1).fields().unSymbol()).isEqualTo("A/HRC/42/45");
    }

    @Test
    void aRulingCirculatedButNotYetAdoptedIsDatedByItsCirculation() {
        Article a = parse("Panel Report, Quayland—Duties on Cranes, ¶ 7.140, WTO Doc. WT/DS999/R (circulated Dec. 9, 2022).");
        Citation c = cite(a, 1, 0);
        assertThat(c.fields().date()).isEqualTo("2022-12-09");
        assertThat(c.fields().year()).isEqualTo("2022");
    }

    @Test
    void anArchivedMemorandumsWriterEndsBeforeWhatItIsOn() {
        Article a = parse("Memorandum by Ernesta Quayle-Holm on Access to Harbour Files, March 2, 2012, box 17, folder 3, "
                + "National Archive of Portia, Port Town.");
        assertThat(names(cite(a, 1, 0).fields().authors())).containsExactly("Quayle-Holm|Ernesta");
    }

    @Test
    void compareInsideASentenceIntroducesTwoComparedCitations() {
        Article a = parse(ARTICLE, "Edda Kvist, Harbours under Strain (Bergen: Kai Press, 2021), 12.",
                "For a sceptical reading, compare Brandvold, “Quays That Remember,” 310, with Kvist, Harbours under Strain, 60–61.");
        List<Citation> found = cites(a, 3);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).signal()).isEqualTo("Compare");
        assertThat(found.get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(found.get(1).signal()).isEqualTo("Compare");
        assertThat(found.get(1).shortFormOf()).isEqualTo(new CitationRef(2, 0));
        assertThat(found.get(1).pinpoint()).isEqualTo("60-61");
    }

    @Test
    void ibidInBracketsAfterAQuotationIsACitation() {
        Article a = parse(ARTICLE, "Her argument is that the board has “outrun its mandate” (ibid., 320), and few disagree.");
        List<Citation> found = cites(a, 2);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).raw()).isEqualTo("ibid., 320");
        assertThat(found.get(0).pinpoint()).isEqualTo("320");
        assertThat(found.get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aNameOpeningASentenceWithTheTitleAndPageInBracketsIsAShortForm() {
        Article a = parse(ARTICLE, "Brandvold makes the same point (Quays That Remember, 320), though for other reasons.",
                "Brandvold’s account of the archives (“Quays That Remember,” 322–24) is the fullest.",
                "The Board’s reasoning (see the record, 12) is thin.");
        Citation same = cite(a, 2, 0);
        assertThat(same.pinpoint()).isEqualTo("320");
        assertThat(same.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(cite(a, 3, 0).pinpoint()).isEqualTo("322-324");
        assertThat(cite(a, 3, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(cites(a, 4)).allSatisfy(c -> assertThat(c.shortFormOf()).isNull());
    }

    @Test
    void aPhraseInBracketsAfterAShortFormsPageSaysWhatIsThere() {
        Article a = parse(ARTICLE, "Compare Brandvold, Quays That Remember, 80 (memory as default), with Brandvold, "
                + "“Quays That Remember,” 90 (memory as exception).");
        assertThat(cite(a, 2, 0).fields().title()).isEqualTo("Quays That Remember");
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("80");
        assertThat(cite(a, 2, 1).pinpoint()).isEqualTo("90");
    }

    @Test
    void anAsideAfterASignalIsNoPartOfTheAuthor() {
        Citation c = cite(parse("On which see, most recently, Hanna Lutz, “Quays and Commons,” Journal of Port Law 9 (2022): 1–30."), 1, 0);
        assertThat(c.signal()).isEqualTo("See");
        assertThat(names(c.fields().authors())).containsExactly("Lutz|Hanna");
    }

    @Test
    void aCaseAfterAColonOfProseIsACitation() {
        Article a = parse("The phrase is the Tribunal’s: Harbour Arbitration (Arvia v. Belmark), PCA Case No. 2016-04, Award of "
                + "12 July 2019, para. 231.", "Harbour Arbitration, para. 240.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(c.fields().title()).isEqualTo("Harbour Arbitration (Arvia v. Belmark)");
        assertThat(c.pinpoint()).isEqualTo("para. 231");
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void wordsDescribingTheWorkBetweenASignalAndItsAuthorAreDropped() {
        Article a = parse("Cf. the more optimistic view of R. Ivers, ‘Consensus at Sea’ (2019) 30 European Journal of Port Law 411, 415.",
                "Ivers (n 1) 420.");
        Citation c = cite(a, 1, 0);
        assertThat(c.signal()).isEqualTo("Cf.");
        assertThat(names(c.fields().authors())).containsExactly("Ivers|R.");
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aWorkNamedByItsQuotedTitleInsideASentenceEndsWhereTheProseResumes() {
        Citation c = cite(parse("As Vale argues in ‘Ice and Quays’, Polar Port Quarterly, 12:2 (2021), pp. 45–67, the practice is far "
                + "from settled."), 1, 0);
        assertThat(c.raw()).isEqualTo("‘Ice and Quays’, Polar Port Quarterly, 12:2 (2021), pp. 45–67");
        assertThat(c.type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(c.fields().container()).isEqualTo("Polar Port Quarterly");
        assertThat(c.fields().pages()).isEqualTo("45-67");
    }

    @Test
    void aDescriptionEndingInAColonAfterASignalIsNoPartOfTheCitation() {
        Citation c = cite(parse("Cf. the Commission’s recommendations on the Norland submission: CLQS, Summary of Recommendations "
                + "(2019), paras 20–22."), 1, 0);
        assertThat(c.signal()).isEqualTo("Cf.");
        assertThat(names(c.fields().authors())).containsExactly("org:CLQS");
        assertThat(c.fields().title()).isEqualTo("Summary of Recommendations");
    }

    @Test
    void aSingleWordInBracketsAfterAPageIsNoPartOfThePinpoint() {
        Article a = parse("Anna Vale, ‘The Shelf and the Quay’, in K. Varga and P. Osei (eds), Handbook on Quay Law (Cheltenham: Kai, "
                + "2020), pp. 101–24.", "See also Varga and Osei, n. 1 above, pp. 3–9 (introduction).");
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("3-9");
    }

    @Test
    void aNameOpeningALongerSentenceWithTheQuotedTitleInBracketsIsAShortForm() {
        Article a = parse(ARTICLE, "Brandvold counts more than forty such quays between 2014 and 2020 (“Quays That Remember,” 312–14).",
                "S.C. Res. 1270 (Oct. 22, 1999).");
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("312-314");
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(cite(a, 3, 0).type()).isEqualTo(CitationType.UN_DOCUMENT);
    }

    @Test
    void aNamesPossessiveWithItsNoteAndPageInBracketsIsAShortForm() {
        Article a = parse("C. Vale, International Law and the Quay, 4th edn (Oxford: Kai Press, 2018), p. 121.",
                "Vale’s survey of state practice (n 1, pp. 124–30) remains the most complete.");
        Citation c = cite(a, 2, 0);
        assertThat(names(c.fields().authors())).containsExactly("Vale|null");
        assertThat(c.pinpoint()).isEqualTo("124-130");
        assertThat(c.shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aSignalAfterTheCommaThatEndsACitationStartsTheNext() {
        Article a = parse("Ingrid Vale, Quays (Oxford: Kai, 2019), 45, see also Tom Reed, Docks (Oxford: Kai, 2020), 12.",
                "Ingrid Vale, Piers (Oxford: Kai, 2018), 45, but see Tom Reed, Berths (Oxford: Kai, 2021), 12.");
        assertThat(cites(a, 1)).extracting(Citation::raw)
                .containsExactly("Ingrid Vale, Quays (Oxford: Kai, 2019), 45", "see also Tom Reed, Docks (Oxford: Kai, 2020), 12");
        assertThat(cites(a, 2)).hasSize(2);
        assertThat(cite(a, 2, 1).signal()).isEqualTo("But see");
        assertThat(cite(a, 2, 0).signal()).isNull();
    }

    @Test
    void aShortFormAfterAPhraseSetOffByACommaAfterASemicolon() {
        Article a = parse("Peter Vollan, Quays and Empires (London: Carden, 2009), 212.",
                "For a contrary view, see Omar Reyes, “After Neutrality,” Harbour History 6, no. 2 (2021): 140–72;"
                        + " and for a middle position, Vollan, Quays and Empires, 230–31.");
        List<Citation> found = cites(a, 2);
        assertThat(found).hasSize(2);
        assertThat(found.get(1).raw()).isEqualTo("Vollan, Quays and Empires, 230–31");
        assertThat(found.get(1).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aNameWithARelativeClauseOpensProseAndAQuotedTitleInBracketsIsItsShortForm() {
        Article a = parse("Omar Reyes, “After Neutrality,” Harbour History 6, no. 2 (2021): 140–72.",
                "Reyes, who disagrees, nonetheless accepts the dates (“After Neutrality,” 160).");
        List<Citation> found = cites(a, 2);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).raw()).isEqualTo("“After Neutrality,” 160");
        assertThat(found.get(0).pinpoint()).isEqualTo("160");
        assertThat(found.get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void anArchivedItemWithItsArchivesCityInBrackets() {
        Citation c = cite(parse("Memorandum by Ilse Marrow, March 3, 1938, National Archives (Kew), FO 371/22015, fol. 44."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.OTHER);
        assertThat(c.fields().title()).isEqualTo("Memorandum by Ilse Marrow");
        assertThat(c.fields().container()).isEqualTo("National Archives");
        assertThat(c.fields().place()).isEqualTo("Kew");
        assertThat(c.fields().date()).isEqualTo("1938-03-03");
        assertThat(names(c.fields().authors())).containsExactly("Marrow|Ilse");
    }

    @Test
    void aSecondCitationAfterAndWithAFewWordsOfProseEndingInAPreposition() {
        Article a = parse("This paragraph draws on Ana Moreau-Tait, “The Quiet Quay,” Harbour Review 12 (2004): 33–58, and on the essays"
                        + " in Jens Ober and Lea Falk, eds., Harbours and Empire (Cambridge: Keel Press, 2010).",
                "The argument is developed in Moreau-Tait, “Quiet Quay,” 50–52, and is the subject of Ober and Falk, Harbours and"
                        + " Empire, chap. 3.");
        List<Citation> first = cites(a, 1);
        assertThat(first).hasSize(2);
        assertThat(first.get(0).fields().year()).isEqualTo("2004");
        assertThat(first.get(1).type()).isEqualTo(CitationType.EDITED_BOOK);
        assertThat(cites(a, 2)).extracting(Citation::shortFormOf).containsExactly(new CitationRef(1, 0), new CitationRef(1, 1));
    }

    @Test
    void theEssaysInAnEditedBookAfterASignalWithTheMainPages() {
        Article a = parse("Jens Ober and Lea Falk, eds., Harbours and Empire (Cambridge: Keel Press, 2010).",
                "See the essays in Ober and Falk, Harbours and Empire, esp. 101–40.");
        Citation c = cite(a, 2, 0);
        assertThat(c.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(c.pinpoint()).isEqualTo("101-140");
        assertThat(c.signal()).isEqualTo("See");
    }

    @Test
    void aQuotedShortTitleAfterAShortSentenceAndAColon() {
        Article a = parse("Ana Moreau-Tait, “The Quiet Quay,” Harbour Review 12 (2004): 33–58.",
                "Moreau-Tait follows Lauterwald here: “Quiet Quay,” 44.");
        Citation c = cite(a, 2, 0);
        assertThat(c.raw()).isEqualTo("“Quiet Quay,” 44");
        assertThat(c.shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void threeWorksCompared() {
        Article a = parse("Hersch Lauter, The Function of Quays (Oxford: Clarendon, 1933), 64.",
                "Ana Moreau-Tait, “The Quiet Quay,” Harbour Review 12 (2004): 33–58.",
                "Jens Ober and Lea Falk, eds., Harbours and Empire (Cambridge: Keel Press, 2010).",
                "Compare Lauter, Function of Quays, 70, and Moreau-Tait, “Quiet Quay,” 41, with Ober and Falk, Harbours and Empire, 12.");
        assertThat(cites(a, 4)).extracting(Citation::shortFormOf)
                .containsExactly(new CitationRef(1, 0), new CitationRef(2, 0), new CitationRef(3, 0));
    }

    @Test
    void twoAuthorsNamedInProseEachWithTheirShortFormInBrackets() {
        Article a = parse("Margaret Ellis-Ward, The Making of the Quay Convention (New Haven, CT: Quay Press, 2008), 45.",
                "Paul Okoro, “The Myth of Drafting,” Harbour Law Quarterly 22, no. 1 (2012): 1–30.",
                "Ellis-Ward’s account (Making of the Quay Convention, 50) has been questioned by Okoro (“Myth of Drafting,” 15–18).");
        assertThat(cites(a, 3)).extracting(Citation::shortFormOf).containsExactly(new CitationRef(1, 0), new CitationRef(2, 0));
        assertThat(cite(a, 3, 1).pinpoint()).isEqualTo("15-18");
    }

    @Test
    void anOrganisationsReportAfterByTheAndPagesWithAFootnote() {
        Article a = parse("A useful overview is given by the International Quay Institute, Annual Report 2019 (Geneva: IQI, 2020), 3–9.",
                "Margaret Ellis-Ward, The Making of the Quay Convention (New Haven, CT: Quay Press, 2008), 45.",
                "Ellis-Ward, Making of the Quay Convention, 61–62 and n. 14.");
        Citation report = cite(a, 1, 0);
        assertThat(names(report.fields().authors())).containsExactly("org:International Quay Institute");
        assertThat(report.fields().title()).isEqualTo("Annual Report 2019");
        assertThat(cite(a, 3, 0).pinpoint()).isEqualTo("61-62 n. 14");
        assertThat(cite(a, 3, 0).shortFormOf()).isEqualTo(new CitationRef(2, 0));
    }
}
