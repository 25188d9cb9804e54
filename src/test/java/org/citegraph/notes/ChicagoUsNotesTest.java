package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.notes.NotesAssertions.cite;
import static org.citegraph.notes.NotesAssertions.cites;
import static org.citegraph.notes.NotesAssertions.names;
import static org.citegraph.notes.NotesAssertions.parse;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationRef;
import org.citegraph.model.CitationType;

/** Chicago notes, US 17th edition: “Title,” Journal 9, no. 2 (2015): 278; (City: Publisher, Year), 4; ed., trans., et al. */
class ChicagoUsNotesTest {

    @Test
    void journalArticleGivesPinpointsAfterTheColon() {
        Article a = parse("Helena Okoro, “Salt Roads and Tax Farms,” Journal of Invented Studies 9, no. 2 (2015): 278, 296.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(c.fields().title()).isEqualTo("Salt Roads and Tax Farms");
        assertThat(c.fields().container()).isEqualTo("Journal of Invented Studies");
        assertThat(c.fields().volume()).isEqualTo("9");
        assertThat(c.fields().issue()).isEqualTo("2");
        assertThat(c.fields().year()).isEqualTo("2015");
        assertThat(c.fields().pages()).isNull();
        assertThat(c.pinpoint()).isEqualTo("278, 296");
    }

    @Test
    void aLoneRangeAfterAJournalsColonIsTheArticlesPagesAndALonePageThePinpoint() {
        Article a = parse(
                "Helena Okoro, “Salt Roads and Tax Farms,” Journal of Invented Studies 9, no. 2 (2015): 278–99.",
                "Rui Tamm, “Ledgers at Sea,” Quarterly of Examples 4, no. 1 (2011): 51.",
                "Okoro, “Salt Roads,” 280–81.");
        assertThat(cite(a, 1, 0).fields().pages()).isEqualTo("278-299");
        assertThat(cite(a, 1, 0).pinpoint()).isNull();
        assertThat(cite(a, 2, 0).fields().pages()).isNull();
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("51");
        assertThat(cite(a, 3, 0).pinpoint()).isEqualTo("280-281"); // after a short form: what the note cites
    }

    @Test
    void bookWithBarePinpointsEditorAndTranslator() {
        Article a = parse(
                "Jonas Marchetti, The Archive and the Frontier, trans. Li Wen (New York: Fictive Books, 2019), 4, 6.",
                "Priya Sundaram, ed., Maps of Obligation (Chicago: Example University Press, 2007), 112–14.");
        Citation book = cite(a, 1, 0);
        assertThat(book.type()).isEqualTo(CitationType.BOOK);
        assertThat(names(book.fields().authors())).containsExactly("Marchetti|Jonas");
        assertThat(book.fields().title()).isEqualTo("The Archive and the Frontier");
        assertThat(book.fields().place()).isEqualTo("New York");
        assertThat(book.fields().publisher()).isEqualTo("Fictive Books");
        assertThat(book.pinpoint()).isEqualTo("4, 6");
        Citation edited = cite(a, 2, 0);
        assertThat(edited.type()).isEqualTo(CitationType.EDITED_BOOK);
        assertThat(edited.fields().authors()).isEmpty();
        assertThat(names(edited.fields().editors())).containsExactly("Sundaram|Priya");
        assertThat(edited.fields().title()).isEqualTo("Maps of Obligation");
        assertThat(edited.pinpoint()).isEqualTo("112-114");
    }

    @Test
    void chapterWithEditorsAfterTheBookTitle() {
        Article a = parse("Amara Lindqvist, “Quiet Borders,” in The Politics of Waiting, ed. Oskar Haddad and Sofia Dubois (Boston: Placeholder Press, 2012), 45–67.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.CHAPTER);
        assertThat(c.fields().title()).isEqualTo("Quiet Borders");
        assertThat(c.fields().container()).isEqualTo("The Politics of Waiting");
        assertThat(names(c.fields().editors())).containsExactly("Haddad|Oskar", "Dubois|Sofia");
        assertThat(c.fields().year()).isEqualTo("2012");
        // the range alone after the book is the chapter's own span, as the sample's "pp. 45–64" is
        assertThat(c.fields().pages()).isEqualTo("45-67");
        assertThat(c.pinpoint()).isNull();
    }

    @Test
    void etAlKeepsTheNamedAuthors() {
        Article a = parse("Kwame Bergström et al., “Counting Ships,” Annals of Fiction 12, no. 1 (2020): 3–30.");
        assertThat(names(cite(a, 1, 0).fields().authors())).containsExactly("Bergström|Kwame");
        assertThat(cite(a, 1, 0).workId()).startsWith("bergstrom-2020-");
    }

    @Test
    void webPageWithDateAndAccessDate() {
        Article a = parse("Marta Novak, “Ten Years of the Shelf Accord,” Coastal Policy Blog, June 12, 2019, accessed May 3, 2020, https://blog.example.org/shelf-accord.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.WEB_PAGE);
        assertThat(c.fields().container()).isEqualTo("Coastal Policy Blog");
        assertThat(c.fields().date()).isEqualTo("2019-06-12");
        assertThat(c.fields().accessed()).isEqualTo("2020-05-03");
        assertThat(c.fields().url()).isEqualTo("https://blog.example.org/shelf-accord");
    }

    @Test
    void newspaperWithUsDate() {
        Article a = parse("Rafael Quint, “Harbor Talks Collapse,” Example Times, March 4, 2018.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.NEWS_ARTICLE);
        assertThat(c.fields().container()).isEqualTo("Example Times");
        assertThat(c.fields().date()).isEqualTo("2018-03-04");
    }

    @Test
    void ibidAndShortFormsWithBarePages() {
        Article a = parse(
                "Helena Okoro, “Salt Roads and Tax Farms,” Journal of Invented Studies 9, no. 2 (2015): 278.",
                "Ibid., 280.",
                "Ibid.",
                "Jonas Marchetti, The Archive and the Frontier (New York: Fictive Books, 2019), 10.",
                "Okoro, “Salt Roads,” 281; Marchetti, Archive and the Frontier, 12–13.");
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("280");
        assertThat(cite(a, 2, 0).type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(cite(a, 3, 0).workId()).isEqualTo(cite(a, 1, 0).workId());
        assertThat(cite(a, 3, 0).pinpoint()).isNull();
        Citation s1 = cite(a, 5, 0);
        assertThat(s1.fields().title()).isEqualTo("Salt Roads");
        assertThat(s1.pinpoint()).isEqualTo("281");
        assertThat(s1.workId()).isEqualTo(cite(a, 1, 0).workId());
        Citation s2 = cite(a, 5, 1);
        assertThat(s2.fields().title()).isEqualTo("Archive and the Frontier");
        assertThat(s2.pinpoint()).isEqualTo("12-13");
        assertThat(s2.shortFormOf()).isEqualTo(new CitationRef(4, 0));
    }

    @Test
    void thesisAndDoi() {
        Article a = parse(
                "Colette Marin, “Pastoral Law in the Highlands” (PhD diss., University of Examples, 2014), 33.",
                "Ana Teller, “Drift,” Quarterly of Examples 3, no. 1 (2001): 7, https://doi.org/10.5555/QOE.2001.7.");
        Citation thesis = cite(a, 1, 0);
        assertThat(thesis.type()).isEqualTo(CitationType.THESIS);
        assertThat(thesis.fields().publisher()).isEqualTo("University of Examples");
        assertThat(thesis.fields().year()).isEqualTo("2014");
        assertThat(thesis.pinpoint()).isEqualTo("33");
        Citation art = cite(a, 2, 0);
        assertThat(art.fields().doi()).isEqualTo("10.5555/qoe.2001.7");
        assertThat(art.fields().url()).isEqualTo("https://doi.org/10.5555/QOE.2001.7");
        assertThat(art.pinpoint()).isEqualTo("7");
    }

    @Test
    void aPinpointInsideTheFirstRangeMakesThatRangeTheItemsPages() {
        Article a = parse(
                "Rui Lopes, \u201CDock Ledgers,\u201D Example History Quarterly 31, no. 4 (2016): 512\u201340, 518.",
                "Rui Lopes, \u201COther Ledgers,\u201D Example History Quarterly 32, no. 1 (2017): 12, 30\u201331.");
        assertThat(cite(a, 1, 0).fields().pages()).isEqualTo("512-540");
        assertThat(cite(a, 1, 0).pinpoint()).isEqualTo("518");
        assertThat(cite(a, 2, 0).fields().pages()).isNull();
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("12, 30-31");
    }

    @Test
    void aSentenceOfCommentaryBeforeTheCitationsIsNoCitation() {
        Article a = parse(
                "The literature on harbour law is vast. For a survey, see Ada Roe, Harbour Law (London: Fictive Books, 2001), 3; and Bo Lee, \u201CRivers,\u201D Annals of Fiction 2, no. 1 (1999): 4.",
                "The treaty was amended in almost identical terms a year later. See Roe, Harbour Law, 9.");
        assertThat(cites(a, 1)).hasSize(2);
        assertThat(cite(a, 1, 0).raw()).startsWith("see Ada Roe");
        assertThat(cite(a, 1, 1).raw()).startsWith("Bo Lee");
        assertThat(cite(a, 1, 1).signal()).isEqualTo("See");
        assertThat(cites(a, 2)).singleElement().satisfies(c -> assertThat(c.shortFormOf()).isEqualTo(new CitationRef(1, 0)));
    }

    @Test
    void ibidAfterAQuotationThatEndsASentence() {
        Article a = parse(
                "Ada Roe, Harbour Law (London: Fictive Books, 2001), 3.",
                "Roe, Harbour Law, 5. As Roe notes, the rule \u201Cwas never meant to travel alone.\u201D Ibid., 8.");
        assertThat(cites(a, 2)).hasSize(2);
        assertThat(cite(a, 2, 1).raw()).isEqualTo("Ibid., 8");
        assertThat(cite(a, 2, 1).pinpoint()).isEqualTo("8");
        assertThat(cite(a, 2, 1).workId()).isEqualTo(cite(a, 1, 0).workId());
        Article b = parse(
                "Ada Roe, Harbour Law (London: Fictive Books, 2001), 3.",
                "As Roe observes, the harbour \u201Cmoves with the law.\u201D Roe, Harbour Law, 10.");
        assertThat(cites(b, 2)).singleElement().satisfies(c -> {
            assertThat(c.raw()).isEqualTo("Roe, Harbour Law, 10");
            assertThat(c.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        });
    }

    @Test
    void chapterInABookNamedByItsEditorsFamilyNamesBorrowsTheBook() {
        Article a = parse(
                "Dora Kiel and Sam Achter, eds., The Handbook of Example Tribunals (Oxford: Fictive Press, 2018).",
                "Rosa Moyo, \u201CStabilisation as Doctrine,\u201D in Kiel and Achter, The Handbook of Example Tribunals, 88\u2013112, 95.",
                "Kiel and Achter, The Handbook of Example Tribunals, vii.");
        Citation ch = cite(a, 2, 0);
        assertThat(ch.type()).isEqualTo(CitationType.CHAPTER);
        assertThat(ch.fields().container()).isEqualTo("The Handbook of Example Tribunals");
        assertThat(names(ch.fields().editors())).containsExactly("Kiel|Dora", "Achter|Sam");
        assertThat(ch.fields().publisher()).isEqualTo("Fictive Press");
        assertThat(ch.fields().year()).isEqualTo("2018");
        assertThat(ch.containerFrom()).isEqualTo(new CitationRef(1, 0));
        Citation s = cite(a, 3, 0);
        assertThat(s.type()).isEqualTo(CitationType.EDITED_BOOK);
        assertThat(s.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(names(s.fields().editors())).containsExactly("Kiel|null", "Achter|null");
        assertThat(s.fields().authors()).isEmpty();
        assertThat(s.pinpoint()).isEqualTo("vii");
    }

    @Test
    void aCaseCitedAgainByOneWordOfItsName() {
        Article a = parse(
                "Military Activities in and against Atlantis (Atlantis v. Borealia), Merits, Judgment, I.C.J. Reports 1986, p. 14, para. 202.",
                "See also Atlantis, para. 115.");
        Citation s = cite(a, 2, 0);
        assertThat(s.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(s.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(s.fields().title()).isEqualTo("Atlantis");
        assertThat(s.fields().authors()).isEmpty();
        assertThat(s.pinpoint()).isEqualTo("para. 115");
    }

    @Test
    void resolutionDesignationsAndUsDatesAfterTheSymbol() {
        Article a = parse(
                "UN Security Council Resolution 2098 (2013), UN Doc. S/RES/2098 (2013), March 28, 2013, para. 12(b).",
                "UN Doc. A/RES/60/1, October 24, 2005, paras. 138\u201339.");
        Citation res = cite(a, 1, 0);
        assertThat(res.fields().authors()).isEmpty();
        assertThat(res.fields().unSymbol()).isEqualTo("S/RES/2098(2013)");
        assertThat(res.fields().date()).isEqualTo("2013-03-28");
        assertThat(res.pinpoint()).isEqualTo("para. 12(b)");
        assertThat(cite(a, 2, 0).fields().date()).isEqualTo("2005-10-24");
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("paras. 138-139");
    }

    @Test
    void reportSeriesBlogsAndInterviews() {
        Article a = parse(
                "Council Watch, Mandate Renewals, Research Report no. 3 (New York: Council Watch, 2020), 7.",
                "Priya Rao, \u201CRemote Violence,\u201D Example Notes (blog), November 3, 2019, https://blog.example.org/remote.",
                "Interview with a former force commander, Nairobi, May 2018.");
        Citation r = cite(a, 1, 0);
        assertThat(r.type()).isEqualTo(CitationType.REPORT);
        assertThat(r.fields().title()).isEqualTo("Mandate Renewals");
        assertThat(r.fields().container()).isEqualTo("Research Report");
        assertThat(r.fields().issue()).isEqualTo("3");
        assertThat(cite(a, 2, 0).type()).isEqualTo(CitationType.WEB_PAGE);
        assertThat(cite(a, 2, 0).fields().container()).isEqualTo("Example Notes");
        assertThat(cite(a, 2, 0).fields().date()).isEqualTo("2019-11-03");
        assertThat(cite(a, 3, 0).type()).isEqualTo(CitationType.OTHER);
        assertThat(cite(a, 3, 0).fields().title()).isEqualTo("Interview with a former force commander");
        assertThat(cite(a, 3, 0).fields().year()).isEqualTo("2018");
    }

    @Test
    void aCitationStartingInsideASentenceWithoutASignal() {
        Article a = parse(
                "This chapter draws on Kwame Osei, Guardians of the Commons (Princeton, NJ: Example Press, 2017), 45\u201348.",
                "International Committee of the Example Cross, \u201CProtection in Cities,\u201D March 2021, https://example.org/cities.");
        Citation c = cite(a, 1, 0);
        assertThat(c.raw()).startsWith("Kwame Osei");
        assertThat(names(c.fields().authors())).containsExactly("Osei|Kwame");
        assertThat(c.fields().title()).isEqualTo("Guardians of the Commons");
        assertThat(c.fields().place()).isEqualTo("Princeton, NJ");
        assertThat(names(cite(a, 2, 0).fields().authors())).containsExactly("org:International Committee of the Example Cross");
    }

    @Test
    void editionsRomanTreatyPagesAndUnDocumentDetails() {
        Article a = parse(
                "Marco Pel, The Politics of Protection, 2nd ed. (London: Harbour Books, 2015), 14.",
                "Charter of the United Nations, June 26, 1945, 1 U.N.T.S. XVI, art. 42.",
                "UN Security Council, Resolution 1973 (2011), UN Doc. S/RES/1973 (2011), March 17, 2011, para. 4.",
                "Statement by the Representative of Atlantis, UN Doc. S/PV.6498, March 17, 2011, 8.");
        assertThat(cite(a, 1, 0).fields().title()).isEqualTo("The Politics of Protection");
        assertThat(cite(a, 1, 0).pinpoint()).isEqualTo("14");
        Citation charter = cite(a, 2, 0);
        assertThat(charter.type()).isEqualTo(CitationType.TREATY);
        assertThat(charter.fields().volume()).isEqualTo("1");
        assertThat(charter.fields().pages()).isEqualTo("XVI");
        assertThat(charter.pinpoint()).isEqualTo("art. 42");
        assertThat(names(cite(a, 3, 0).fields().authors())).containsExactly("org:UN Security Council");
        assertThat(cite(a, 3, 0).fields().title()).isNull();
        assertThat(cite(a, 4, 0).pinpoint()).isEqualTo("8");
        assertThat(cite(a, 4, 0).fields().date()).isEqualTo("2011-03-17");
    }

    @Test
    void seriesPapersAreReportsAndAThesisIsSaidSoOutsideTheTitle() {
        Article a = parse(
                "Jane Fell, Ocean Data, Technical Paper no. 12 (Geneva: Sea Institute, 2019), 4.",
                "Omar Bly, Thesis on Waves (Cambridge: Tide Press, 2003), 18.",
                "Omar Bly, “Waves and Law” (PhD thesis, University of Tidewater, 2003), 7.");
        Citation paper = cite(a, 1, 0);
        assertThat(paper.type()).isEqualTo(CitationType.REPORT);
        assertThat(paper.fields().title()).isEqualTo("Ocean Data");
        assertThat(paper.fields().container()).isEqualTo("Technical Paper");
        assertThat(paper.fields().issue()).isEqualTo("12");
        Citation book = cite(a, 2, 0);
        assertThat(book.type()).isEqualTo(CitationType.BOOK);
        assertThat(book.fields().title()).isEqualTo("Thesis on Waves");
        Citation thesis = cite(a, 3, 0);
        assertThat(thesis.type()).isEqualTo(CitationType.THESIS);
        assertThat(thesis.fields().title()).isEqualTo("Waves and Law");
    }

    @Test
    void editionAfterTheTitleAndDatesOfDecisions() {
        Article a = parse(
                "Ivo Kral, Maritime Law, 3rd ed. (London: Anchor Press, 2010), 45.",
                "Case of the Reef (Atlantis v. Borealia), Judgment of June 12, 2008, ICJ Reports 2008, 12, para. 44.",
                "Maritime Boundary (Norland v. Sudland), Judgment of 3 February 2011, I.C.J. Reports 2011, p. 61, para. 9.");
        Citation book = cite(a, 1, 0);
        assertThat(book.fields().title()).isEqualTo("Maritime Law");
        assertThat(book.fields().publisher()).isEqualTo("Anchor Press");
        assertThat(book.pinpoint()).isEqualTo("45");
        Citation us = cite(a, 2, 0);
        assertThat(us.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(us.fields().date()).isEqualTo("2008-06-12");
        assertThat(us.fields().year()).isEqualTo("2008");
        assertThat(us.fields().container()).isEqualTo("ICJ Reports");
        assertThat(us.fields().pages()).isEqualTo("12");
        assertThat(us.pinpoint()).isEqualTo("para. 44");
        Citation british = cite(a, 3, 0);
        assertThat(british.fields().date()).isEqualTo("2011-02-03");
        assertThat(british.fields().pages()).isEqualTo("61");
        assertThat(british.pinpoint()).isEqualTo("para. 9");
    }

    @Test
    void chapterInABookNamedByEditorsAndAShortTitleKeepsItsRangeAndBorrowsTheImprint() {
        Article a = parse(
                "Clara Moe, \u201CStraits,\u201D in Essays on the Law of the Sea and Coastal States, ed. Nina Ost and Paul Berg (Oslo: Fjord Press, 2012), 60.",
                "Ada Lin, \u201CBays,\u201D in Ost and Berg, Essays on the Law of the Sea, 85\u2013100, 90.",
                "Ada Lin, \u201CCapes,\u201D in Ost and Berg, Essays on the Law of the Sea, 101\u201320.");
        Citation bays = cite(a, 2, 0);
        assertThat(bays.type()).isEqualTo(CitationType.CHAPTER);
        // the citation keeps the short title its text gives; the chapter's work takes the full one
        assertThat(bays.fields().container()).isEqualTo("Essays on the Law of the Sea");
        assertThat(a.works()).filteredOn(w -> w.id().equals(bays.workId()))
                .singleElement().satisfies(w -> assertThat(w.fields().container())
                        .isEqualTo("Essays on the Law of the Sea and Coastal States"));
        assertThat(names(bays.fields().editors())).containsExactly("Ost|Nina", "Berg|Paul");
        assertThat(bays.fields().publisher()).isEqualTo("Fjord Press");
        assertThat(bays.fields().place()).isEqualTo("Oslo");
        assertThat(bays.fields().year()).isEqualTo("2012");
        assertThat(bays.containerFrom()).isEqualTo(new CitationRef(1, 0));
        assertThat(bays.fields().pages()).isEqualTo("85-100");
        assertThat(bays.pinpoint()).isEqualTo("90");
        Citation capes = cite(a, 3, 0);
        assertThat(capes.fields().pages()).isEqualTo("101-120");
        assertThat(capes.pinpoint()).isNull();
        assertThat(capes.containerFrom()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void paperSeriesNumberedWithoutNoIsContainerAndIssue() {
        Article a = parse(
                "Ivo Kral, Port Finance, Occasional Paper 12 (London: Sea Institute, 2014), 9.",
                "Ivo Kral, Dock Labour, Policy Brief 7 (Sea Institute, 2015).");
        Citation paper = cite(a, 1, 0);
        assertThat(paper.type()).isEqualTo(CitationType.REPORT);
        assertThat(paper.fields().title()).isEqualTo("Port Finance");
        assertThat(paper.fields().container()).isEqualTo("Occasional Paper");
        assertThat(paper.fields().issue()).isEqualTo("12");
        assertThat(paper.pinpoint()).isEqualTo("9");
        Citation brief = cite(a, 2, 0);
        assertThat(brief.type()).isEqualTo(CitationType.REPORT);
        assertThat(brief.fields().container()).isEqualTo("Policy Brief");
        assertThat(brief.fields().issue()).isEqualTo("7");
    }

    @Test
    void siteOrProjectNameInTheAuthorPositionIsAnOrganisation() {
        Article a = parse(
                "Coastal Votes Tracker, \u201CSessions in Review,\u201D https://example.org/sessions.",
                "Harbour Data Observatory, \u201CPort Calls,\u201D accessed May 2, 2021, https://example.org/ports.");
        assertThat(names(cite(a, 1, 0).fields().authors())).containsExactly("org:Coastal Votes Tracker");
        assertThat(cite(a, 1, 0).fields().title()).isEqualTo("Sessions in Review");
        assertThat(names(cite(a, 2, 0).fields().authors())).containsExactly("org:Harbour Data Observatory");
    }

    @Test
    void volumeColonPageInAShortFormIsItsPinpoint() {
        Article a = parse(
                "Odile Brun, \u201CSilent Quorums,\u201D Review of Council Practice 8, no. 2 (2014): 101\u2013130.",
                "Brun, \u201CSilent Quorums,\u201D Review of Council Practice 8:112\u201314.");
        Citation s = cite(a, 2, 0);
        assertThat(s.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(s.pinpoint()).isEqualTo("112-114");
        assertThat(s.fields().issue()).isNull();
    }

    @Test
    void internationalCaseNamedAgainByItsShortNameIsAShortFormOfTheCase() {
        Article a = parse(
                "Coastal Fisheries Quota (Aldoria v. Berenland), Judgment, ICJ Reports 2019, p. 211, para. 88.",
                "On necessity, see Coastal Fisheries Quota, para. 140; and Lena Moritz, \u201CQuota Wars,\u201D Journal of Ocean Law 8, no. 2 (2020): 101\u2013130.",
                "Ibid., para. 141.",
                "See Mira Holt, para. 5.");
        Citation s = cite(a, 2, 0);
        assertThat(s.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(s.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(s.fields().title()).isEqualTo("Coastal Fisheries Quota");
        assertThat(s.fields().authors()).isEmpty();
        assertThat(s.pinpoint()).isEqualTo("para. 140");
        assertThat(cite(a, 2, 1).type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        // words that start no earlier case's name stay what they were
        assertThat(cite(a, 4, 0).type()).isNotEqualTo(CitationType.LEGAL_CASE);
    }

    @Test
    void caseNamedAgainWithoutPinpointOrWithABarePageIsAShortFormOfTheCase() {
        Article a = parse(
                "Coastal Fisheries Quota (Aldoria v. Berenland), Judgment, ICJ Reports 2019, p. 211, para. 88.",
                "See generally Coastal Fisheries Quota.",
                "Coastal Fisheries Quota, 215.",
                "Coastal Fisheries Quota case, para. 151.");
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(cite(a, 2, 0).type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(cite(a, 2, 0).pinpoint()).isNull();
        assertThat(cite(a, 3, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(cite(a, 3, 0).pinpoint()).isEqualTo("215");
        Citation named = cite(a, 4, 0);
        assertThat(named.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(named.fields().title()).isEqualTo("Coastal Fisheries Quota");
        assertThat(named.pinpoint()).isEqualTo("para. 151");
    }

    @Test
    void caseNamedByWordsOfItsNameInOrderButNotByAnAuthorsFamilyName() {
        Article a = parse(
                "Lawfulness of Blockading Neutral Ports, Advisory Opinion, ICJ Reports 2012, p. 40, para. 12.",
                "Blockading Neutral Ports, para. 30.",
                "Erin Lawfulness, Harbours at War (London: Keel Press, 2004), 3.",
                "Lawfulness, 7.");
        Citation s = cite(a, 2, 0);
        assertThat(s.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(s.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(s.fields().title()).isEqualTo("Blockading Neutral Ports");
        assertThat(s.pinpoint()).isEqualTo("para. 30");
        Citation author = cite(a, 4, 0);
        assertThat(author.shortFormOf()).isEqualTo(new CitationRef(3, 0));
        assertThat(author.type()).isEqualTo(CitationType.BOOK);
    }

    @Test
    void chapterInABookOfThreeEditorsNamedAllOrWithEtAlBorrowsTheBook() {
        Article a = parse(
                "Ines Carvo, Bo Lindgren, and Tariq Osei, eds., Rivers Between States: A Reader (Lisbon: Tejo Academic, 2012).",
                "Mara Quist, \u201CSilt and Sovereignty,\u201D in Carvo, Lindgren, and Osei, Rivers Between States, 33\u201358, 40.",
                "Lev Dunaj, \u201CDams Upstream,\u201D in Carvo et al., Rivers Between States, 59\u201380.");
        for (int n = 2; n <= 3; n++) {
            Citation ch = cite(a, n, 0);
            assertThat(ch.type()).isEqualTo(CitationType.CHAPTER);
            assertThat(names(ch.fields().editors())).containsExactly("Carvo|Ines", "Lindgren|Bo", "Osei|Tariq");
            assertThat(ch.fields().publisher()).isEqualTo("Tejo Academic");
            assertThat(ch.fields().place()).isEqualTo("Lisbon");
            assertThat(ch.fields().year()).isEqualTo("2012");
            assertThat(ch.containerFrom()).isEqualTo(new CitationRef(1, 0));
        }
        assertThat(cite(a, 3, 0).fields().pages()).isEqualTo("59-80");
    }

    @Test
    void aCaseCitedAgainByTwoCapitalisedWordsOfItsNameIsAShortForm() {
        Article a = parse(
                "Fisheries Jurisdiction in the Pellan Gulf (Arvia v. Tessaly), Judgment, ICJ Reports 1979, p. 30, para. 40.",
                "Pellan Gulf, para. 52.");
        Citation s = cite(a, 2, 0);
        assertThat(s.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(s.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(s.fields().title()).isEqualTo("Pellan Gulf");
        assertThat(s.fields().authors()).isEmpty();
        assertThat(s.pinpoint()).isEqualTo("para. 52");
    }

    @Test
    void anUnquotedCaseNameIsNotTakenForThePrefixOfAQuotedPageTitle() {
        Article a = parse(
                "Fisheries Jurisdiction in the Pellan Gulf (Arvia v. Tessaly), Judgment, ICJ Reports 1979, p. 30, para. 40.",
                "\u201CPellan Gulf Patrol Zones: A Map,\u201D Sea Boundaries Atlas, accessed May 1, 2021, https://atlas.example.org/pellan.",
                "Pellan Gulf, para. 55.");
        Citation s = cite(a, 3, 0);
        assertThat(s.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(s.shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aTreatyOpenedForSignatureTakesThatDateNotTheEntryIntoForce() {
        Article a = parse(
                "Agreement on Example Straits Navigation, opened for signature July 9, 2004, 2301 UNTS 77 (entered into force May 2, 2006), art. 5(1).",
                "Protocol on Example Seabed Cables, opened for signature 3 June 2010, 2702 UNTS 12 (entered into force 1 January 2012).");
        Citation t = cite(a, 1, 0);
        assertThat(t.type()).isEqualTo(CitationType.TREATY);
        assertThat(t.fields().title()).isEqualTo("Agreement on Example Straits Navigation");
        assertThat(t.fields().date()).isEqualTo("2004-07-09");
        assertThat(t.fields().year()).isEqualTo("2004");
        assertThat(t.fields().volume()).isEqualTo("2301");
        assertThat(t.fields().pages()).isEqualTo("77");
        assertThat(t.pinpoint()).isEqualTo("art. 5(1)");
        Citation b = cite(a, 2, 0);
        assertThat(b.fields().title()).isEqualTo("Protocol on Example Seabed Cables");
        assertThat(b.fields().date()).isEqualTo("2010-06-03");
    }

    @Test
    void aMultivolumeBookCitedByVolumeColonPage() {
        Article a = parse(
                "Ilse Marten, The Law of Harbours, 2nd ed. (Bremen: Weser Academic, 2015), 2:310\u201312.",
                "Ibid., 1:44.",
                "Marten, Law of Harbours, 2:330.");
        Citation full = cite(a, 1, 0);
        assertThat(full.type()).isEqualTo(CitationType.BOOK);
        assertThat(full.fields().volume()).isEqualTo("2");
        assertThat(full.fields().issue()).isNull();
        assertThat(full.pinpoint()).isEqualTo("310-312");
        Citation ibid = cite(a, 2, 0);
        assertThat(ibid.fields().volume()).isEqualTo("1");
        assertThat(ibid.pinpoint()).isEqualTo("44");
        Citation s = cite(a, 3, 0);
        assertThat(s.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(s.fields().volume()).isEqualTo("2");
        assertThat(s.pinpoint()).isEqualTo("330");
    }

    @Test
    void aTreatyShortNamedByItsSignificantWordsInAnotherOrder() {
        Article a = parse(
                "Convention on the Conservation of Example Seabirds in the Arvian Sea, May 4, 1995, 1870 UNTS 44, art. 2.",
                "Arvian Seabirds Convention, art. 9.");
        Citation s = cite(a, 2, 0);
        assertThat(s.type()).isEqualTo(CitationType.TREATY);
        assertThat(s.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(s.pinpoint()).isEqualTo("art. 9");
    }

    @Test
    void permanentCourtSeriesGiveContainerNumberAndYear() {
        Article a = parse(
                "Case of the Steamer Orla (Arvia v. Tessaly), Judgment No. 4, 1925, PCIJ Series A, No. 6, 21.",
                "Mills at Example (Arvia v. Tessaly), 1926 P.C.I.J. (ser. A) No. 8, at 30 (July 2).");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(c.fields().container()).isEqualTo("PCIJ Series A");
        assertThat(c.fields().issue()).isEqualTo("6");
        assertThat(c.fields().year()).isEqualTo("1925");
        assertThat(c.pinpoint()).isEqualTo("21");
        Citation b = cite(a, 2, 0);
        assertThat(b.fields().container()).isEqualTo("P.C.I.J. (ser. A)");
        assertThat(b.fields().issue()).isEqualTo("8");
        assertThat(b.fields().date()).isEqualTo("1926-07-02");
        assertThat(b.pinpoint()).isEqualTo("30");
    }

    @Test
    void aYearbookNamedWithItsYearBeforeTheVolume() {
        Citation c = cite(parse(
                "Example Law Institute, \u201CDraft Principles on Harbour Access,\u201D Yearbook of the Example Law Institute 2009, vol. II, 40, para. 2."), 1, 0);
        assertThat(c.fields().container()).isEqualTo("Yearbook of the Example Law Institute");
        assertThat(c.fields().year()).isEqualTo("2009");
        assertThat(c.fields().volume()).isEqualTo("II");
        assertThat(c.pinpoint()).isEqualTo("40, para. 2");
    }

    @Test
    void anOrganisationsPageWithOnlyAnAccessDateIsAWebPageNotNews() {
        Article a = parse(
                "Harbour Rights Observer, \u201CDetention Conditions Tracker,\u201D accessed March 9, 2025, https://hro.example.org/tracker.",
                "Coastal Daily Herald, \u201CPort Strike Enters Second Week,\u201D March 3, 2025, https://herald.example.com/strike.");
        Citation w = cite(a, 1, 0);
        assertThat(w.type()).isEqualTo(CitationType.WEB_PAGE);
        assertThat(names(w.fields().authors())).containsExactly("org:Harbour Rights Observer");
        assertThat(w.fields().container()).isNull();
        assertThat(w.fields().title()).isEqualTo("Detention Conditions Tracker");
        assertThat(w.fields().url()).isEqualTo("https://hro.example.org/tracker");
        Citation n = cite(a, 2, 0);
        assertThat(n.type()).isEqualTo(CitationType.NEWS_ARTICLE);
        assertThat(n.fields().container()).isEqualTo("Coastal Daily Herald");
        assertThat(n.fields().date()).isEqualTo("2025-03-03");
    }

    @Test
    void aBodysYearbookIsAReportWithItsPartAsTheIssueButAJournalNamedYearbookIsNot() {
        Article a = parse(
                "Example Law Commission, \u201CDraft Guidelines on Harbour Fees, with Commentaries,\u201D Yearbook of the Example Law Commission 2004, vol. II, pt. 2, p. 77.",
                "Ines Varga, \u201CHarbour Reservations,\u201D Example Yearbook of International Law 31 (2001): 10\u201340, 12.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(names(c.fields().authors())).containsExactly("org:Example Law Commission");
        assertThat(c.fields().container()).isEqualTo("Yearbook of the Example Law Commission");
        assertThat(c.fields().year()).isEqualTo("2004");
        assertThat(c.fields().volume()).isEqualTo("II");
        assertThat(c.fields().issue()).isEqualTo("2");
        assertThat(c.pinpoint()).isEqualTo("77");
        Citation j = cite(a, 2, 0);
        assertThat(j.type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(j.fields().issue()).isNull();
    }
    @Test
    void aReportSeriesNumberedWithLettersAfterTheTitle() {
        Article a = parse(
                "Ines Varga, Harbour Levies: Options for Congress, CRS Report RL40217 (Washington, DC: Congressional Research Service, 2018), 6.",
                "Ines Varga, Harbour Dredging, CRS Report No. R46003 (2019).",
                "Example Development Programme, Harbour Futures, World Harbour Report 2019 (New York: EDP, 2019), 8.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(c.fields().title()).isEqualTo("Harbour Levies: Options for Congress");
        assertThat(c.fields().container()).isEqualTo("CRS Report");
        assertThat(c.fields().issue()).isEqualTo("RL40217");
        assertThat(c.pinpoint()).isEqualTo("6");
        Citation b = cite(a, 2, 0);
        assertThat(b.type()).isEqualTo(CitationType.REPORT);
        assertThat(b.fields().container()).isEqualTo("CRS Report");
        assertThat(b.fields().issue()).isEqualTo("R46003");
        Citation y = cite(a, 3, 0);
        assertThat(y.fields().issue()).isNull();
        assertThat(y.fields().container()).isNotEqualTo("World Harbour Report"); // a year is not a report number
    }
    @Test
    void militaryAndDiplomaticTitlesAreNotPartOfTheName() {
        Article a = parse(
                "Lt. Gen. Ines Varga, Harbours at War (Oxford: Example Press, 2004), 12. See also Amb. Chas. Reed, Quiet Ports (Leiden: Example Press, 2010), 3.");
        assertThat(cites(a, 1)).hasSize(2);
        assertThat(names(cite(a, 1, 0).fields().authors())).containsExactly("Varga|Ines");
        assertThat(names(cite(a, 1, 1).fields().authors())).containsExactly("Reed|Chas.");
        assertThat(cite(a, 1, 1).signal()).isEqualTo("See also");
    }
    @Test
    void aReportNumberAloneAfterTheTitle() {
        Citation c = cite(parse(
                "Congressional Research Service, Harbour Dredging: Issues for Congress, R46003 (Washington, DC: Congressional Research Service, 2019), 11."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(c.fields().title()).isEqualTo("Harbour Dredging: Issues for Congress");
        assertThat(c.fields().issue()).isEqualTo("R46003");
        assertThat(c.fields().place()).isEqualTo("Washington, DC");
        assertThat(c.pinpoint()).isEqualTo("11");
    }

    @Test
    void aRangeStandingAloneAfterAChaptersBookIsTheChaptersSpan() {
        Article a = parse("Ilka Brandvold, “Quays,” in The Law of Harbours, ed. Edda Kvist (Oslo: Kai Press, 2013), 112–38.",
                "Tor Hallan, “Cranes,” in The Law of Harbours, ed. Edda Kvist (Oslo: Kai Press, 2013), 140–62, 145.");
        assertThat(cite(a, 1, 0).fields().pages()).isEqualTo("112-138");
        assertThat(cite(a, 1, 0).pinpoint()).isNull();
        assertThat(cite(a, 2, 0).fields().pages()).isEqualTo("140-162");
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("145");
    }

    @Test
    void anOrganisationPublishingUnderItsInitialsIssuesAReport() {
        Article a = parse("Food and Harbour Organization of the United Nations, Quays in Coastal Communities: A Global Review "
                        + "(Rome: FHO, 2022), 87.",
                "Harbour Research Institute, Quays and Cranes (Oslo: Kai Press, 2020), 4.");
        assertThat(cite(a, 1, 0).type()).isEqualTo(CitationType.REPORT);
        assertThat(cite(a, 2, 0).type()).as("a press publishes books").isEqualTo(CitationType.BOOK);
    }

    @Test
    void aReissueStatementIsNoPartOfTheTitle() {
        Article a = parse("Ingeborg Vale, From Quay to Charter: The Structure of Harbour Argument, reissue with new epilogue "
                        + "(Bergen: Kai Press, 2015), 562–89.",
                "Ingeborg Vale, Harbours Remembered, with a new preface (Bergen: Kai Press, 2018), 12.");
        assertThat(cite(a, 1, 0).fields().title()).isEqualTo("From Quay to Charter: The Structure of Harbour Argument");
        assertThat(cite(a, 1, 0).fields().publisher()).isEqualTo("Kai Press");
        assertThat(cite(a, 2, 0).fields().title()).isEqualTo("Harbours Remembered");
    }

    @Test
    void twoPlacesAndPublishersGiveTheFirstImprintAndTheYearAtTheEnd() {
        Citation c = cite(parse("Paul Vale, Harbours, trans. Ines Quay (New York: Keel; London: Salt Press, 2015), 4."), 1, 0);
        assertThat(c.fields().place()).isEqualTo("New York");
        assertThat(c.fields().publisher()).isEqualTo("Keel");
        assertThat(c.fields().year()).isEqualTo("2015");
        assertThat(c.pinpoint()).isEqualTo("4");
    }
}
