package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.notes.NotesAssertions.cite;
import static org.citegraph.notes.NotesAssertions.names;
import static org.citegraph.notes.NotesAssertions.parse;
import static org.citegraph.notes.NotesAssertions.parseEntries;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationRef;
import org.citegraph.model.CitationType;

/**
 * Forms found wanting by the twentieth and later blind held-out rounds and by probes of other
 * journals' house styles (LJIL, OSCOLA), each with invented text.
 */
class RoundTwentyFormsTest {

    @Test
    void aBluebookPostOnANonCommercialSiteIsAWebPageAndOnANewspapersSiteNews() {
        Article a = parse(
                "Lina Ostrava, Quiet Rules for Loud Ports, Harbour Notes (Mar. 4, 2021), https://www.harbournotes.org/2021/03/quiet-rules.",
                "Lina Ostrava, Quiet Rules for Loud Ports, Harbour Notes (Mar. 4, 2021), https://www.harbournotes.com/2021/03/quiet-rules.",
                "Lina Ostrava, Quiet Rules for Loud Ports, Harbour Daily (Mar. 4, 2021), https://www.harbourdaily.org/2021/03/quiet-rules.");
        Citation post = cite(a, 1, 0);
        assertThat(post.type()).isEqualTo(CitationType.WEB_PAGE);
        assertThat(post.fields().container()).isEqualTo("Harbour Notes");
        assertThat(post.fields().date()).isEqualTo("2021-03-04");
        assertThat(cite(a, 2, 0).type()).as("an outlet on a commercial domain").isEqualTo(CitationType.NEWS_ARTICLE);
        assertThat(cite(a, 3, 0).type()).as("a newspaper's name wins over its domain").isEqualTo(CitationType.NEWS_ARTICLE);
    }

    @Test
    void nonCommercialSitesAreKnownByTheirHostOnly() {
        assertThat(Tail.nonCommercialSite("https://www.example.org/a")).isTrue();
        assertThat(Tail.nonCommercialSite("http://treaties.example.int:8080/x")).isTrue();
        assertThat(Tail.nonCommercialSite("https://example.com/path.org")).isFalse();
        assertThat(Tail.nonCommercialSite("https://example.org.uk/x")).isFalse();
        assertThat(Tail.nonCommercialSite("not a url")).isFalse();
    }

    @Test
    void aShortFormsPinpointOfSeveralKinds() {
        Article a = parse(
                "Harbour Lights (Esteria v. Malvonia), Judgment, [2011] ICJ Rep. 14, para. 51.",
                "Harbour Lights, supra note 1, at 190, para. 73.",
                "Ibid., at 192, para. 75.",
                "See supra note 1, at 200, para. 80.");
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("190, para. 73");
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(cite(a, 3, 0).pinpoint()).isEqualTo("192, para. 75");
        assertThat(cite(a, 4, 0).pinpoint()).isEqualTo("200, para. 80");
    }

    @Test
    void aQuotedPhraseThatOpensATitleDoesNotEndIt() {
        Article a = parse(
                "T. Marlow, 'Safe Harbour' and Article 12 of the Quay Convention: Practice and Doctrine (2010), 45.",
                "Ann Lee, ‘Harbour Law’, (2001) 4 Quay LJ 1.");
        Citation book = cite(a, 1, 0);
        assertThat(book.type()).isEqualTo(CitationType.BOOK);
        assertThat(book.fields().title()).isEqualTo("'Safe Harbour' and Article 12 of the Quay Convention: Practice and Doctrine");
        assertThat(book.fields().year()).isEqualTo("2010");
        assertThat(book.pinpoint()).isEqualTo("45");
        assertThat(cite(a, 2, 0).fields().title()).as("a quoted title followed by its year").isEqualTo("Harbour Law");
    }

    @Test
    void aProvisionBeforeTheInstrumentItBelongsTo() {
        Article a = parse(
                "Art. 31, Convention on Quays and Harbours, 23 May 1969, 1155 UNTS 331.",
                "Art. 8, Articles on the Conduct of Harbour States, Annex to GA Res. 56/83 (2001).");
        Citation treaty = cite(a, 1, 0);
        assertThat(treaty.type()).isEqualTo(CitationType.TREATY);
        assertThat(treaty.fields().title()).isEqualTo("Convention on Quays and Harbours");
        assertThat(treaty.fields().volume()).isEqualTo("1155");
        assertThat(treaty.pinpoint()).isEqualTo("Art. 31");
        Citation articles = cite(a, 2, 0);
        assertThat(articles.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(articles.fields().title()).isEqualTo("Articles on the Conduct of Harbour States");
        assertThat(articles.fields().unSymbol()).isEqualTo("A/RES/56/83");
        assertThat(articles.pinpoint()).isEqualTo("Art. 8");
    }

    @Test
    void oscolaInternationalDecisionsWithTheirReportAfterABracketedYear() {
        Article a = parse(
                "Harbour Lights (Esteria/Malvonia) (Judgment) [1986] ICJ Rep 554, para 20.",
                "Legal Consequences of the Closure of Quays (Advisory Opinion) [2004] ICJ Rep 136 [140].");
        Citation judgment = cite(a, 1, 0);
        assertThat(judgment.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(judgment.fields().title()).isEqualTo("Harbour Lights (Esteria/Malvonia)");
        assertThat(judgment.fields().container()).isEqualTo("ICJ Rep");
        assertThat(judgment.fields().year()).isEqualTo("1986");
        assertThat(judgment.fields().pages()).isEqualTo("554");
        assertThat(judgment.pinpoint()).isEqualTo("para 20");
        Citation opinion = cite(a, 2, 0);
        assertThat(opinion.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(opinion.fields().title()).isEqualTo("Legal Consequences of the Closure of Quays");
        assertThat(opinion.fields().pages()).isEqualTo("136");
    }

    @Test
    void oscolaSignalsAndInitialsWithoutFullStops() {
        Article a = parse(
                "See eg M Ostrava, 'Quays' (1996) 67 BYIL 75, 98; S Lalonde, Harbour Lines (Quay Press 2002) ch 4.",
                "cf A Marlow, 'Moorings' (2001) 4 Quay LJ 1.");
        Citation first = cite(a, 1, 0);
        assertThat(first.signal()).isEqualTo("See eg");
        assertThat(names(first.fields().authors())).containsExactly("Ostrava|M");
        Citation book = cite(a, 1, 1);
        assertThat(book.type()).isEqualTo(CitationType.BOOK);
        assertThat(names(book.fields().authors())).containsExactly("Lalonde|S");
        assertThat(book.fields().title()).isEqualTo("Harbour Lines");
        assertThat(book.pinpoint()).isEqualTo("ch 4");
        Citation cf = cite(a, 2, 0);
        assertThat(cf.signal()).isEqualTo("Cf");
        assertThat(names(cf.fields().authors())).as("an initial A, not an article").containsExactly("Marlow|A");
    }

    @Test
    void anOscolaPostNamesItsSiteAndDayInBrackets() {
        Article a = parse(
                "M Ostrava, 'Quays Revisited' (Harbour Talk!, 4 March 2019) <https://www.harbourtalk.org/quays> accessed 1 June 2020.",
                "A Marlow, 'Ports in a Storm' The Harbour Times (London, 22 May 2019) <https://www.harbourtimes.com/x> accessed 3 June 2019.");
        Citation post = cite(a, 1, 0);
        assertThat(post.type()).isEqualTo(CitationType.WEB_PAGE);
        assertThat(post.fields().container()).isEqualTo("Harbour Talk!");
        assertThat(post.fields().date()).isEqualTo("2019-03-04");
        assertThat(post.fields().accessed()).isEqualTo("2020-06-01");
        Citation news = cite(a, 2, 0);
        assertThat(news.type()).isEqualTo(CitationType.NEWS_ARTICLE);
        assertThat(news.fields().container()).as("a paper's place is no site").isEqualTo("The Harbour Times");
    }

    @Test
    void ejilsHouseStyleVolumeJournalYearAndFirstPage() {
        Article a = parse(
                "Ostrava, 'The Politics of Quays', 12 EJIL (2001) 4, at 7.",
                "Marlow, 'Moorings', 281 RdC (1999) 9.");
        Citation article = cite(a, 1, 0);
        assertThat(article.type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(article.fields().container()).isEqualTo("EJIL");
        assertThat(article.fields().volume()).isEqualTo("12");
        assertThat(article.fields().year()).isEqualTo("2001");
        assertThat(article.fields().pages()).isEqualTo("4");
        assertThat(article.pinpoint()).isEqualTo("7");
        assertThat(cite(a, 2, 0).fields().container()).isEqualTo("RdC");
        assertThat(cite(a, 2, 0).fields().pages()).isEqualTo("9");
        assertThat(cite(a, 2, 0).pinpoint()).isNull();
    }

    @Test
    void aCourtNamedBeforeTheParties() {
        Article a = parse(
                "ECtHR, Ostrava and Others v. Esteria, Appl. no. 12345/07, Judgment of 7 July 2011, para. 137.",
                "Ostrava, supra note 1, para. 142.");
        Citation judgment = cite(a, 1, 0);
        assertThat(judgment.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(judgment.fields().title()).isEqualTo("Ostrava and Others v. Esteria");
        assertThat(judgment.fields().date()).isEqualTo("2011-07-07");
        assertThat(judgment.pinpoint()).isEqualTo("para. 137");
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void usGovernmentSourcesStatutesCodifiedTheRecordAndTheExecutivesOpinions() {
        Article a = parse(
                "Harbour Powers Act, Pub. L. No. 93-148, 87 Stat. 555 (1973) (codified at 50 U.S.C. §§ 1541–1548).",
                "119 Cong. Rec. 36,198 (1973) (statement of Sen. Ostrava).",
                "Quay Authority Without Statute, 45 Op. O.L.C. 88, 93 (2021).",
                "Exec. Order No. 14,024, 86 Fed. Reg. 20,249 (Apr. 15, 2021).");
        Citation act = cite(a, 1, 0);
        assertThat(act.type()).isEqualTo(CitationType.OTHER);
        assertThat(act.fields().title()).isEqualTo("Harbour Powers Act");
        assertThat(act.fields().container()).isEqualTo("Stat.");
        assertThat(act.fields().volume()).isEqualTo("87");
        assertThat(act.fields().pages()).isEqualTo("555");
        assertThat(act.fields().year()).isEqualTo("1973");
        Citation record = cite(a, 2, 0);
        assertThat(record.type()).isEqualTo(CitationType.OTHER);
        assertThat(record.fields().title()).isNull();
        assertThat(record.fields().container()).isEqualTo("Cong. Rec.");
        assertThat(record.fields().volume()).isEqualTo("119");
        assertThat(record.fields().pages()).isEqualTo("36,198");
        assertThat(record.fields().year()).isEqualTo("1973");
        Citation opinion = cite(a, 3, 0);
        assertThat(opinion.type()).isEqualTo(CitationType.REPORT);
        assertThat(opinion.fields().container()).isEqualTo("Op. O.L.C.");
        assertThat(opinion.pinpoint()).isEqualTo("93");
        assertThat(cite(a, 4, 0).fields().pages()).as("a page that groups thousands, as written").isEqualTo("20,249");
    }

    @Test
    void parliamentaryDebatesInChicagoAndOscola() {
        Article a = parse(
                "The settlement was attacked in the Commons. Hansard Parliamentary Debates, 3rd ser., vol. 219 (1874), cols. 1412–14.",
                "HC Deb 12 March 2003, vol 401, col 281.");
        Citation chicago = cite(a, 1, 0);
        assertThat(chicago.type()).isEqualTo(CitationType.OTHER);
        assertThat(chicago.fields().title()).isNull();
        assertThat(chicago.fields().authors()).isEmpty();
        assertThat(chicago.fields().container()).isEqualTo("Hansard Parliamentary Debates");
        assertThat(chicago.fields().volume()).isEqualTo("219");
        assertThat(chicago.fields().year()).isEqualTo("1874");
        assertThat(chicago.pinpoint()).isEqualTo("cols. 1412-1414");
        Citation oscola = cite(a, 2, 0);
        assertThat(oscola.fields().container()).isEqualTo("HC Deb");
        assertThat(oscola.fields().date()).isEqualTo("2003-03-12");
        assertThat(oscola.fields().volume()).isEqualTo("401");
        assertThat(oscola.pinpoint()).isEqualTo("col 281");
    }

    @Test
    void aShortNameAtTheEndOfASentenceAndAnArchivedItemCitedAgain() {
        Article a = parse(
                "Convention on Quays, July 29, 1899, 187 CTS 410, art. 15 (hereafter 1899 Convention).",
                "National Archives, Kew, FO 83/1198, Memorandum by Lena Ostrava, June 2, 1898.",
                "The umpire’s powers were later written into the 1899 Convention, art. 32; see Memorandum by Lena Ostrava, June 2, 1898, FO 83/1198.");
        Citation named = cite(a, 3, 0);
        assertThat(named.raw()).isEqualTo("1899 Convention, art. 32");
        assertThat(named.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(named.pinpoint()).isEqualTo("art. 32");
        Citation again = cite(a, 3, 1);
        assertThat(again.type()).isEqualTo(CitationType.OTHER);
        assertThat(again.shortFormOf()).isEqualTo(new CitationRef(2, 0));
        assertThat(names(again.fields().authors())).containsExactly("Ostrava|null");
        assertThat(again.fields().title()).isEqualTo("Memorandum by Lena Ostrava");
        assertThat(again.fields().date()).as("the date stays on the full citation").isNull();
    }

    @Test
    void apaPreprintsDataSetsSpecialisedAgenciesResolutionsAndPdfReports() {
        Article a = parseEntries(
                "Ostrava, L., & Marlow, R. (2023). Trust in harbour authorities: A survey [Preprint]. medRxiv. https://doi.org/10.5555/2023.1",
                "Quay Research Consortium. (2023). Harbour index 2023 (Version 2.1) [Data set]. Quay Data Archive. https://doi.org/10.5555/qda.1",
                "World Health Assembly. (2021). Strengthening quay health rules (WHA74.7). World Health Organization. https://example.org/wha74-7.pdf",
                "Independent Panel on Harbours. (2022). Lessons unlearned: Review of the quays. https://www.harbourpanel.org/lessons.pdf");
        Citation preprint = cite(a, 1, 0);
        assertThat(preprint.type()).isEqualTo(CitationType.REPORT);
        assertThat(preprint.fields().title()).isEqualTo("Trust in harbour authorities: A survey");
        assertThat(preprint.fields().container()).isEqualTo("medRxiv");
        Citation data = cite(a, 2, 0);
        assertThat(data.type()).isEqualTo(CitationType.OTHER);
        assertThat(data.fields().title()).isEqualTo("Harbour index 2023");
        assertThat(data.fields().publisher()).isEqualTo("Quay Data Archive");
        Citation resolution = cite(a, 3, 0);
        assertThat(resolution.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(resolution.fields().unSymbol()).isEqualTo("WHA74.7");
        assertThat(resolution.fields().title()).isEqualTo("Strengthening quay health rules");
        assertThat(resolution.fields().publisher()).isEqualTo("World Health Organization");
        assertThat(cite(a, 4, 0).type()).as("a document dated by its year, in PDF").isEqualTo(CitationType.REPORT);
    }

    @Test
    void aSignalPointingToTheDiscussionInAWork() {
        Article a = parse(
                "See, for instance, the discussion in Lena Ostrava, Quays and the Idea of Europe, 2nd edn (London: Quay Press, 2017), pp. 160–5.",
                "Ostrava, Quays and the Idea of Europe, p. 170.");
        Citation book = cite(a, 1, 0);
        assertThat(book.signal()).isEqualTo("See, for instance,");
        assertThat(names(book.fields().authors())).containsExactly("Ostrava|Lena");
        assertThat(book.fields().title()).isEqualTo("Quays and the Idea of Europe");
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aStatementMadeInACityOnADay() {
        Article a = parse(
                "Lena Ostrava, 'Statement at the General Debate of the 99th Session', New York, 28 September 2018, available at: {https://example.org/statement}.");
        Citation statement = cite(a, 1, 0);
        assertThat(statement.type()).isEqualTo(CitationType.WEB_PAGE);
        assertThat(statement.fields().container()).isNull();
        assertThat(statement.fields().place()).isEqualTo("New York");
        assertThat(statement.fields().date()).isEqualTo("2018-09-28");
    }

    @Test
    void aMeetingRecordsSessionMeetingAndDayBeforeItsSymbol() {
        Article a = parse(
                "UN General Assembly, Official Records, 73rd session, 12th plenary meeting, 28 September 2018, UN Doc. A/73/PV.12, p. 14.");
        Citation record = cite(a, 1, 0);
        assertThat(record.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(record.fields().unSymbol()).isEqualTo("A/73/PV.12");
        assertThat(record.fields().title()).as("the designations of the records are no title").isNull();
        assertThat(record.fields().date()).isEqualTo("2018-09-28");
        assertThat(record.pinpoint()).isEqualTo("14");
    }

    @Test
    void aPapersCityInBracketsBelongsToItsName() {
        Article a = parse("“The Quay Tribunal and Its Critics,” Times (London), October 14, 1902.");
        Citation piece = cite(a, 1, 0);
        assertThat(piece.type()).isEqualTo(CitationType.NEWS_ARTICLE);
        assertThat(piece.fields().container()).isEqualTo("Times (London)");
        assertThat(piece.fields().date()).isEqualTo("1902-10-14");
    }

    @Test
    void europeanUnionMaterialsInBluebook() {
        Article a = parse(
                "Consolidated Version of the Treaty on Harbour Union art. 21(1), 2012 O.J. (C 326) 13 [hereinafter THU].",
                "Council Regulation 999/2014, art. 2, 2014 O.J. (L 78) 6 (EU).",
                "See Case C-999/08 P, Quayside Shipping Ltd. v. Council, 2010 E.C.R. I-7745, ¶¶ 281–85.",
                "Opinion 9/18, ECLI:EU:C:2019:999, ¶ 112 (May 7, 2019).",
                "Communication from the Commission on Harbour Dues, at 7, COM (2023) 999 final (June 14, 2023).",
                "See Quayside Shipping, 2010 E.C.R. I-7745, ¶ 300.");
        Citation treaty = cite(a, 1, 0);
        assertThat(treaty.type()).isEqualTo(CitationType.TREATY);
        assertThat(treaty.fields().title()).isEqualTo("Consolidated Version of the Treaty on Harbour Union");
        assertThat(treaty.fields().container()).isEqualTo("O.J.");
        assertThat(treaty.fields().issue()).isEqualTo("C 326");
        assertThat(treaty.fields().year()).isEqualTo("2012");
        assertThat(treaty.fields().pages()).isEqualTo("13");
        assertThat(treaty.pinpoint()).isEqualTo("art. 21(1)");
        Citation regulation = cite(a, 2, 0);
        assertThat(regulation.type()).isEqualTo(CitationType.OTHER);
        assertThat(regulation.fields().issue()).isEqualTo("L 78");
        assertThat(regulation.fields().pages()).isEqualTo("6");
        assertThat(regulation.pinpoint()).isEqualTo("art. 2");
        Citation judgment = cite(a, 3, 0);
        assertThat(judgment.fields().container()).isEqualTo("E.C.R.");
        assertThat(judgment.fields().year()).isEqualTo("2010");
        assertThat(judgment.fields().pages()).isEqualTo("I-7745");
        Citation opinion = cite(a, 4, 0);
        assertThat(opinion.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(opinion.fields().title()).isEqualTo("Opinion 9/18");
        assertThat(opinion.fields().date()).isEqualTo("2019-05-07");
        assertThat(opinion.pinpoint()).isEqualTo("¶ 112");
        Citation communication = cite(a, 5, 0);
        assertThat(communication.type()).isEqualTo(CitationType.REPORT);
        assertThat(communication.fields().issue()).isEqualTo("COM (2023) 999 final");
        assertThat(communication.fields().date()).isEqualTo("2023-06-14");
        assertThat(communication.pinpoint()).isEqualTo("7");
        Citation again = cite(a, 6, 0);
        assertThat(again.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(again.shortFormOf()).isEqualTo(new CitationRef(3, 0));
        assertThat(again.pinpoint()).isEqualTo("¶ 300");
    }

    @Test
    void europeanUnionMaterialsInAHarvardList() {
        Article a = parseEntries(
                "Council Directive 2003/99/EC of 22 September 2003 on harbour dues (2003) Official Journal L251, 3 October, pp. 12–18.",
                "Quaystat (2023) Harbour statistics. Available at: https://example.org/quaystat (Accessed: 15 March 2023).",
                "European Commission (2020) Communication on a New Harbour Pact. COM(2020) 999 final. Brussels: European Commission.");
        Citation directive = cite(a, 1, 0);
        assertThat(directive.type()).isEqualTo(CitationType.OTHER);
        assertThat(directive.fields().title()).isEqualTo("Council Directive 2003/99/EC of 22 September 2003 on harbour dues");
        assertThat(directive.fields().container()).isEqualTo("Official Journal");
        assertThat(directive.fields().issue()).isEqualTo("L251");
        assertThat(directive.fields().date()).isEqualTo("2003-10-03");
        assertThat(directive.fields().pages()).isEqualTo("12-18");
        assertThat(directive.pinpoint()).isNull();
        Citation body = cite(a, 2, 0);
        assertThat(names(body.fields().authors())).containsExactly("org:Quaystat");
        assertThat(body.fields().title()).isEqualTo("Harbour statistics");
        Citation communication = cite(a, 3, 0);
        assertThat(communication.type()).isEqualTo(CitationType.REPORT);
        assertThat(communication.fields().issue()).isEqualTo("COM(2020) 999 final");
    }

    @Test
    void aResolutionsYearInsideAReportsTitle() {
        Article a = parse("UN Secretary-General, Report pursuant to Paragraph 2 of Security Council Resolution 808 (1993), UN Doc. S/25704 (May 3, 1993), para. 56.");
        Citation report = cite(a, 1, 0);
        assertThat(report.fields().title()).isEqualTo("Report pursuant to Paragraph 2 of Security Council Resolution 808 (1993)");
        assertThat(report.fields().date()).isEqualTo("1993-05-03");
    }

    @Test
    void aDefinedNameThatOpensWithAYearBeforeSupra() {
        Article a = parse(
                "Rep. of the Grp. of Harbour Experts, U.N. Doc. A/76/135 (July 14, 2021) [hereinafter 2021 Quay Report].",
                "2021 Quay Report, supra note 1, \u00B6 73.",
                "Id. \u00B6 74.");
        Citation again = cite(a, 2, 0);
        assertThat(again.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(again.fields().title()).isEqualTo("2021 Quay Report");
        assertThat(again.fields().year()).isNull();
        assertThat(again.pinpoint()).isEqualTo("\u00B6 73");
        assertThat(again.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(cite(a, 3, 0).type()).isEqualTo(CitationType.UN_DOCUMENT);
    }

    @Test
    void anAssessmentReportsSecondSentenceAndAReportFiledUnderReports() {
        Article a = parseEntries(
                "Intergovernmental Panel on Quays. (2023). Quays 2023: Synthesis report. Contribution of Working Groups I and II to the Sixth Assessment Report of the Intergovernmental Panel on Quays. IPQ.",
                "Harbour Action Watch. (2023). Off track: Assessing harbour plans in 2023. https://www.harbourwatch.example/reports/off-track-2023");
        Citation synthesis = cite(a, 1, 0);
        assertThat(synthesis.type()).isEqualTo(CitationType.REPORT);
        assertThat(synthesis.fields().title()).isEqualTo("Quays 2023: Synthesis report. Contribution of Working Groups I and II to the"
                + " Sixth Assessment Report of the Intergovernmental Panel on Quays");
        assertThat(synthesis.fields().publisher()).isEqualTo("IPQ");
        assertThat(cite(a, 2, 0).type()).isEqualTo(CitationType.REPORT);
    }

    @Test
    void aSenateTreatyDocumentBesideTheUnitedNationsSeries() {
        Article a = parse(
                "Convention on Quays, Dec. 10, 1984, S. Treaty Doc. No. 100-20, 1465 U.N.T.S. 85.",
                "Agreement on Harbour Pilots, U.S.-Kestria, Mar. 3, 2015, T.I.A.S. No. 15-303.");
        Citation convention = cite(a, 1, 0);
        assertThat(convention.type()).isEqualTo(CitationType.TREATY);
        assertThat(convention.fields().container()).isEqualTo("U.N.T.S.");
        assertThat(convention.fields().volume()).isEqualTo("1465");
        assertThat(convention.fields().pages()).isEqualTo("85");
        assertThat(cite(a, 2, 0).fields().container()).as("alone, the US series is the series").isEqualTo("T.I.A.S.");
    }
}
