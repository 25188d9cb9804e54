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
 * Forms found wanting by probes and the eleventh to thirteenth blind held-out rounds, each with invented text.
 */
class RoundElevenFormsTest {

    @Test
    void aTextAnnexedToAResolutionAbbreviatedWithoutStops() {
        Article a = parse(
                "Articles on the Conduct of Harbour States, annexed to GA Res. 99/83 (Dec. 12, 2001), art. 25.",
                "Declaration on Quay Relations, annex to SC Res. 9625 (Oct. 24, 1970).");
        Citation articles = cite(a, 1, 0);
        assertThat(articles.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(articles.fields().unSymbol()).isEqualTo("A/RES/99/83");
        assertThat(articles.fields().title()).isEqualTo("Articles on the Conduct of Harbour States");
        assertThat(articles.fields().date()).isEqualTo("2001-12-12");
        assertThat(articles.pinpoint()).isEqualTo("art. 25");
        assertThat(cite(a, 2, 0).fields().unSymbol()).isEqualTo("S/RES/9625");
        assertThat(cite(a, 2, 0).fields().title()).isEqualTo("Declaration on Quay Relations");
    }

    @Test
    void theFederalRegisterAndConstitutionsAreNoJournals() {
        Article a = parse(
                "Exec. Order No. 99,224, 66 Fed. Reg. 49,079, 49,081 (Sept. 23, 2001).",
                "See Quay Const. amend. XIV, \u00A7 1.",
                "Quay Const. art. VI, cl. 2.");
        Citation order = cite(a, 1, 0);
        assertThat(order.type()).isEqualTo(CitationType.OTHER);
        assertThat(order.fields().title()).isEqualTo("Exec. Order No. 99,224");
        assertThat(order.fields().container()).isEqualTo("Fed. Reg.");
        assertThat(order.fields().volume()).isEqualTo("66");
        assertThat(order.fields().pages()).isEqualTo("49,079"); // as written: the one annotator to meet such a page kept the comma
        assertThat(order.pinpoint()).isEqualTo("49,081");
        assertThat(order.fields().date()).isEqualTo("2001-09-23");
        Citation amendment = cite(a, 2, 0);
        assertThat(a.notes().get(1).citations()).hasSize(1);
        assertThat(amendment.type()).isEqualTo(CitationType.OTHER);
        assertThat(amendment.fields().title()).isEqualTo("Quay Const.");
        assertThat(amendment.pinpoint()).isEqualTo("amend. XIV, \u00A7 1");
        assertThat(cite(a, 3, 0).pinpoint()).isEqualTo("art. VI, cl. 2");
        assertThat(cite(a, 3, 0).workId()).isEqualTo(amendment.workId());
        assertThat(a.diagnostics()).isEmpty();
    }

    @Test
    void chicagoAuthorDateJournalsWithACommaOrWithoutAnIssue() {
        Article a = parseEntries(
                "Orme, Felix. 2024. \u201CThreats to Harbour Pilots.\u201D Ships, Ports and Law 12 (1): 1\u201324.",
                "Whit, Jonah, and Chen Li. 2023. \u201CPilots as Civilians.\u201D Yearbook of Harbour Law 24: 119\u201350.");
        Citation comma = cite(a, 1, 0);
        assertThat(comma.type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(comma.fields().container()).isEqualTo("Ships, Ports and Law");
        assertThat(comma.fields().volume()).isEqualTo("12");
        assertThat(comma.fields().issue()).isEqualTo("1");
        assertThat(comma.fields().pages()).isEqualTo("1-24");
        Citation noIssue = cite(a, 2, 0);
        assertThat(noIssue.fields().container()).isEqualTo("Yearbook of Harbour Law");
        assertThat(noIssue.fields().volume()).isEqualTo("24");
        assertThat(noIssue.fields().issue()).isNull();
        assertThat(noIssue.fields().pages()).isEqualTo("119-150");
    }

    @Test
    void reportsThesesAndResolutionsInAnAuthorDateList() {
        Article a = parseEntries(
                "Committee for Pilot Safety. 2023. Deadly Crossings: Pilots Lost at Sea, 2013\u20132022. Special Report 11. New York: Committee for Pilot Safety.",
                "Abbo, Yusuf. 2019. Reporting from the Quay: Pilots and the Law. Cambridge: Ashwell University Press.",
                "Tessa, Meron. 2016. \u201CPilots and the Law of the Sea.\u201D PhD diss., University of Westmere.",
                "United Nations General Assembly. 2013. \u201CThe Safety of Pilots.\u201D Resolution A/RES/68/999, adopted December 18, 2013.");
        Citation report = cite(a, 1, 0);
        assertThat(report.type()).isEqualTo(CitationType.REPORT);
        assertThat(report.fields().container()).isEqualTo("Special Report");
        assertThat(report.fields().issue()).isEqualTo("11");
        assertThat(report.fields().volume()).isNull();
        assertThat(cite(a, 2, 0).type()).isEqualTo(CitationType.BOOK);
        Citation thesis = cite(a, 3, 0);
        assertThat(thesis.fields().container()).isNull();
        assertThat(thesis.fields().publisher()).isEqualTo("University of Westmere");
        Citation resolution = cite(a, 4, 0);
        assertThat(resolution.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(names(resolution.fields().authors())).containsExactly("org:United Nations General Assembly");
        assertThat(resolution.fields().title()).isEqualTo("The Safety of Pilots");
        assertThat(resolution.fields().unSymbol()).isEqualTo("A/RES/68/999");
        assertThat(resolution.fields().date()).isEqualTo("2013-12-18");
    }

    @Test
    void anEntryListedUnderItsTitleIsOneWorkWhateverItsFullStops() {
        Article a = parseEntries(
                "Protocol Additional to the Quay Conventions of 12 August 1949, and Relating to the Protection of Pilots (Protocol I). June 8, 1977. 1125 U.N.T.S. 3.");
        assertThat(cites(a, 1)).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CitationType.TREATY);
            assertThat(c.fields().title()).isEqualTo(
                    "Protocol Additional to the Quay Conventions of 12 August 1949, and Relating to the Protection of Pilots (Protocol I)");
            assertThat(c.fields().date()).isEqualTo("1977-06-08");
            assertThat(c.fields().container()).isEqualTo("U.N.T.S.");
            assertThat(c.fields().volume()).isEqualTo("1125");
            assertThat(c.fields().pages()).isEqualTo("3");
            assertThat(c.raw()).contains("(Protocol I). June 8, 1977. 1125");
        });
    }

    @Test
    void lawReviewFormsOfTheEleventhRound() {
        Article a = parse(
                "The first wave of harbour suits foundered on standing. See, e.g., Okoro v. Quayside, 61 F.4th 1150, 1158 (9th Cir. 2023).",
                "Harbour Council Res. 48/99, \u00B6 1, U.N. Doc. A/HRC/RES/48/99 (Oct. 8, 2021).",
                "Conf. of the Parties to the U.N. Framework Convention on Harbours, Adoption of the Quay Agreement, \u00B6 17, U.N. Doc. FCCC/CP/2015/99/Add.1 (Jan. 29, 2016).",
                "Hana Prew, Judges Are Becoming Harbour Masters, Critics Say, Bay Quay Courier, June 3, 2023, at B1.",
                "Youth Harbour Alliance v. Minister for the Quays [2022] FCA 560, \u00B6 41 (Austl.).",
                "See Youth Harbour Alliance, [2022] FCA 560, \u00B6 60.");
        assertThat(cites(a, 1)).singleElement().satisfies(c -> assertThat(c.fields().title()).isEqualTo("Okoro v. Quayside"));
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("\u00B6 1");
        Citation decision = cite(a, 3, 0);
        assertThat(names(decision.fields().authors()))
                .containsExactly("org:Conf. of the Parties to the U.N. Framework Convention on Harbours");
        assertThat(decision.fields().title()).isEqualTo("Adoption of the Quay Agreement");
        Citation news = cite(a, 4, 0);
        assertThat(news.type()).isEqualTo(CitationType.NEWS_ARTICLE);
        assertThat(news.fields().title()).isEqualTo("Judges Are Becoming Harbour Masters, Critics Say");
        assertThat(news.fields().container()).isEqualTo("Bay Quay Courier");
        Citation again = cite(a, 6, 0);
        assertThat(again.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(again.fields().title()).isEqualTo("Youth Harbour Alliance");
        assertThat(again.workId()).isEqualTo(cite(a, 5, 0).workId());
        assertThat(again.pinpoint()).isEqualTo("\u00B6 60");
    }

    @Test
    void documentsFiledInACaseAreTheirOwnWorks() {
        Article a = parse(
                "Brief for Petitioners at 12, Quay v. Harbour Petroleum Co., 569 U.S. 108 (2013) (No. 10-1491).",
                "Complaint \u00B6 12, Tern v. United States, No. 6:15-cv-01517 (D. Or. Aug. 12, 2015).");
        Citation brief = cite(a, 1, 0);
        assertThat(brief.type()).isEqualTo(CitationType.OTHER);
        assertThat(brief.fields().title()).isEqualTo("Brief for Petitioners");
        assertThat(brief.pinpoint()).isEqualTo("12");
        assertThat(brief.fields().year()).isEqualTo("2013");
        Citation complaint = cite(a, 2, 0);
        assertThat(complaint.fields().title()).isEqualTo("Complaint");
        assertThat(complaint.pinpoint()).isEqualTo("\u00B6 12");
        assertThat(complaint.fields().year()).isEqualTo("2015");
    }

    @Test
    void internationalCasesNamedAgainByAWordAndTheDecisionsKind() {
        Article a = parse(
                "Legal Consequences of the Construction of a Quay in the Harbour Territory, Advisory Opinion, ICJ Reports 2004, p. 136.",
                "Prosecutor v. Duro Tadovic, IT-94-1-A, Appeals Chamber Judgment, 15 July 1999, para. 137.",
                "Quay Advisory Opinion, para. 139.",
                "Tadovic Appeals Judgment, para. 145.");
        Citation opinion = cite(a, 3, 0);
        assertThat(opinion.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(opinion.fields().title()).isEqualTo("Quay Advisory Opinion");
        assertThat(opinion.workId()).isEqualTo(cite(a, 1, 0).workId());
        assertThat(opinion.pinpoint()).isEqualTo("para. 139");
        assertThat(cite(a, 4, 0).workId()).isEqualTo(cite(a, 2, 0).workId());
        assertThat(a.diagnostics()).isEmpty();
    }

    @Test
    void judgesOpinionsAndCaseLawIdentifiers() {
        Article a = parse(
                "Quay Platforms (Arvena v. Tolland), Judgment, ICJ Reports 2003, p. 161, Separate Opinion of Judge Sima, p. 327, para. 6.",
                "Judge Sima, separate opinion, Quay Platforms (Arvena v. Tolland), Judgment, ICJ Reports 2003, p. 161, at p. 330.",
                "Case C-999/05 P, Kado v. Council and Commission, EU:C:2008:461, para. 285.");
        Citation trailing = cite(a, 1, 0);
        assertThat(trailing.fields().title()).isEqualTo("Quay Platforms (Arvena v. Tolland)");
        assertThat(trailing.pinpoint()).isEqualTo("327, para. 6");
        Citation leading = cite(a, 2, 0);
        assertThat(leading.fields().title()).isEqualTo("Quay Platforms (Arvena v. Tolland)");
        assertThat(leading.pinpoint()).isEqualTo("330");
        assertThat(leading.workId()).isEqualTo(trailing.workId());
        assertThat(cite(a, 3, 0).fields().year()).isEqualTo("2008");
    }

    @Test
    void oscolaCasesInReportsDatedInRoundBrackets() {
        Article a = parse("Al-Quay v United Kingdom (2002) 34 EHRR 11, [55].", "Harbour (No 3) (1999) 119 ILR 135, 150.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(c.fields().container()).isEqualTo("EHRR");
        assertThat(c.fields().volume()).isEqualTo("34");
        assertThat(c.fields().pages()).isEqualTo("11");
        assertThat(c.fields().year()).isEqualTo("2002");
        assertThat(c.pinpoint()).isEqualTo("[55]");
        Citation unnamed = cite(a, 2, 0);
        assertThat(unnamed.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(unnamed.fields().container()).isEqualTo("ILR");
        assertThat(unnamed.pinpoint()).isEqualTo("150");
    }

    @Test
    void chicagoBooksChaptersOfThisVolumeAndNumberedParagraphs() {
        Article a = parse(
                "Quay Watch, \u201CFlooding the Harbour\u201D: The Use of Munitions in Ports in July 2006 (New York: Quay Watch, 2008), 45.",
                "See Anna Orfeo\u2019s chapter in this volume.",
                "Marco Sasso, Harbour Law: Rules and Controversies (Cheltenham: Edward Elgar, 2019), 8.30.");
        Citation report = cite(a, 1, 0);
        assertThat(report.type()).isEqualTo(CitationType.REPORT);
        assertThat(report.fields().title())
                .isEqualTo("\u201CFlooding the Harbour\u201D: The Use of Munitions in Ports in July 2006");
        assertThat(report.fields().container()).isNull();
        assertThat(report.fields().publisher()).isEqualTo("Quay Watch");
        assertThat(report.pinpoint()).isEqualTo("45");
        assertThat(cites(a, 2)).isEmpty();
        assertThat(cite(a, 3, 0).pinpoint()).isEqualTo("8.30");
    }

    @Test
    void lawReviewLettersRestatementNotesQuotedTitleEndsAndIdParentheticals() {
        Article a = parse(
                "Rep. of the Harbour Comm'n on the Work of Its Seventieth Session, U.N. Doc. A/99/10, at 122 (2018).",
                "Id. at 125 (commentary to conclusion 6, \u00B6 3).",
                "William Dodd, Quay Immunity: The Meanings of \"Official Capacity,\" 109 Quay L. Rev. 156, 158 (2015).",
                "Restatement (Fourth) of the Law of Harbours \u00A7 451 reporters' note 2 (Am. L. Inst. 2018).",
                "Letter from Jeh Quayle, Sec'y of Harbours, to Sen. Pat Lee (Mar. 4, 2015) (on file with author).");
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("125");
        Citation article = cite(a, 3, 0);
        assertThat(article.type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(article.fields().title()).isEqualTo("Quay Immunity: The Meanings of \"Official Capacity\"");
        assertThat(article.fields().container()).isEqualTo("Quay L. Rev.");
        assertThat(article.pinpoint()).isEqualTo("158");
        assertThat(cite(a, 4, 0).fields().title()).isEqualTo("Restatement (Fourth) of the Law of Harbours");
        assertThat(cite(a, 4, 0).pinpoint()).isEqualTo("\u00A7 451 reporters' note 2");
        Citation letter = cite(a, 5, 0);
        assertThat(letter.fields().title()).isEqualTo("Letter from Jeh Quayle, Sec'y of Harbours, to Sen. Pat Lee");
        assertThat(letter.fields().container()).isNull();
        assertThat(letter.fields().date()).isEqualTo("2015-03-04");
    }

    @Test
    void anOrganisationWithALongNameHeadsAnEntry() {
        Article a = parseEntries(
                "Food and Harbour Organization of the United Nations. (2020). The state of world harbours 2020. FHO.",
                "United Nations Convention on the Law of the Quays (1982) 1833 UNTS 3.");
        Citation report = cite(a, 1, 0);
        assertThat(names(report.fields().authors())).containsExactly("org:Food and Harbour Organization of the United Nations");
        assertThat(report.fields().title()).isEqualTo("The state of world harbours 2020");
        assertThat(report.fields().year()).isEqualTo("2020");
        Citation treaty = cite(a, 2, 0);
        assertThat(treaty.type()).isEqualTo(CitationType.TREATY);
        assertThat(treaty.fields().authors()).isEmpty();
    }

    @Test
    void idemBeforeABookAndAFootnoteOnThePageCited() {
        Article a = parse(
                "A. Cassel, \u2018Article 2(4)\u2019, Harbour Law Review, 3:1 (2001), pp. 4\u201332.",
                "Idem, Harbour Law, 2nd edn (Oxford: Oxford University Press, 2005), p. 50.",
                "Cassel, Harbour Law, p. 125, n. 40.");
        Citation book = cite(a, 2, 0);
        assertThat(book.type()).isEqualTo(CitationType.BOOK);
        assertThat(names(book.fields().authors())).containsExactly("Cassel|A.");
        assertThat(book.fields().title()).isEqualTo("Harbour Law");
        Citation again = cite(a, 3, 0);
        assertThat(again.workId()).isEqualTo(book.workId());
        assertThat(again.pinpoint()).isEqualTo("125, n. 40");
    }

    @Test
    void aVolumeOfARegionalCourtsSeriesAndATreatyBodysViews() {
        Article a = parse(
                "Sorel v. Arvena, 161 Eur. Ct. H.R. (ser. A) \u00B6 88 (1989).",
                "Hum. Rts. Comm., Views: Communication No. 2285/2013, \u00B6 7.4, U.N. Doc. CCPR/C/120/D/2285/2013 (Dec. 4, 2017).");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(c.fields().container()).isEqualTo("Eur. Ct. H.R. (ser. A)");
        assertThat(c.fields().volume()).isEqualTo("161");
        assertThat(c.fields().year()).isEqualTo("1989");
        assertThat(c.pinpoint()).isEqualTo("\u00B6 88");
        assertThat(cite(a, 2, 0).fields().unSymbol()).isEqualTo("CCPR/C/120/D/2285/2013");
        assertThat(a.diagnostics()).isEmpty();
    }

    @Test
    void apaBookTitlesWithACommaInSentenceCase() {
        Article a = parseEntries(
                "Marek, G. (2020). Ports as borders. In A. Okoro (Ed.), Security, quays and the state (pp. 201\u2013229). Caxton Academic.",
                "Oko, B., & Ville, R. (2020). The market end. In S. Harro (Ed.), Art, law and the harbour market (2nd ed., pp. 211\u2013238). Lind & Moss.",
                "Dunn, K. (2022, March 3). Thousands left without papers. The Evening Quay. https://www.eveningquay.example/2022/03/03/papers");
        assertThat(cite(a, 1, 0).fields().container()).isEqualTo("Security, quays and the state");
        assertThat(cite(a, 1, 0).fields().pages()).isEqualTo("201-229");
        assertThat(cite(a, 2, 0).fields().container()).isEqualTo("Art, law and the harbour market");
        assertThat(cite(a, 2, 0).fields().pages()).isEqualTo("211-238");
        assertThat(cite(a, 3, 0).type()).isEqualTo(CitationType.NEWS_ARTICLE);
    }

    @Test
    void lawReviewFormsOfTheTwelfthRound() {
        Article a = parse(
                "Douglas Mabb, Article 234 and the Limits of Harbour State Power, 52 N. Quay L. Rev. 145, 150 (2021).",
                "Comm'n on the Limits of the Harbour Shelf, Progress of Work in the Commission, \u00B6 12, U.N. Doc. CLCS/99 (Mar. 31, 2014).",
                "Coastal states have read Article 234 expansively. See Mabb, supra note 1, at 160.",
                "Quay Council, The Increase in Harbour Shipping 2013\u20132023, at 9 (2023), https://www.quaycouncil.example/increase.pdf.",
                "Transpolar Quays Ltd. v. Canada (Attorney General), 2020 FCA 88, \u00B6 12.",
                "Transpolar Quays, 2020 FCA 88, \u00B6 40.");
        Citation article = cite(a, 1, 0);
        assertThat(article.fields().title()).isEqualTo("Article 234 and the Limits of Harbour State Power");
        assertThat(article.pinpoint()).isEqualTo("150");
        Citation progress = cite(a, 2, 0);
        assertThat(names(progress.fields().authors())).containsExactly("org:Comm'n on the Limits of the Harbour Shelf");
        assertThat(progress.fields().title()).isEqualTo("Progress of Work in the Commission");
        assertThat(cites(a, 3)).singleElement().satisfies(c -> assertThat(c.pinpoint()).isEqualTo("160"));
        assertThat(cite(a, 4, 0).type()).isEqualTo(CitationType.REPORT);
        Citation again = cite(a, 6, 0);
        assertThat(again.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(again.fields().title()).isEqualTo("Transpolar Quays");
        assertThat(again.workId()).isEqualTo(cite(a, 5, 0).workId());
        assertThat(again.pinpoint()).isEqualTo("\u00B6 40");
    }
}
