package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.notes.NotesAssertions.cite;
import static org.citegraph.notes.NotesAssertions.names;
import static org.citegraph.notes.NotesAssertions.parse;
import static org.citegraph.notes.NotesAssertions.parseEntries;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationType;

/**
 * Forms found wanting by probes and the fourteenth and fifteenth blind held-out rounds, each with invented text.
 */
class RoundFourteenFormsTest {

    @Test
    void aResolutionsTitleBeforeItsDateWithOrWithoutAnAnnex() {
        Article a = parse(
                "G.A. Res. 99/83, Conduct of Harbour States in Peacetime (Dec. 12, 2001).",
                "G.A. Res. 99/84, annex, Principles on Quay Access (Dec. 12, 2001).",
                "G.A. Res. 99/85, annex, art. 2 (Dec. 12, 2001).");
        Citation titled = cite(a, 1, 0);
        assertThat(titled.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(titled.fields().title()).isEqualTo("Conduct of Harbour States in Peacetime");
        assertThat(titled.fields().date()).isEqualTo("2001-12-12");
        Citation annexed = cite(a, 2, 0);
        assertThat(annexed.fields().title()).isEqualTo("Principles on Quay Access");
        assertThat(annexed.pinpoint()).isEqualTo("annex");
        assertThat(annexed.fields().unSymbol()).isEqualTo("A/RES/99/84");
        assertThat(cite(a, 3, 0).fields().title()).isNull();
        assertThat(cite(a, 3, 0).pinpoint()).isEqualTo("annex, art. 2");
    }

    @Test
    void theEuropeanCommissionsNumberedDocumentsAreReports() {
        Article a = parse(
                "European Commission, The Quayside Deal, COM(2019) 999 final (Dec. 11, 2019), 4.",
                "Communication on Harbour Dues, SWD(2021) 84 final, 9 March 2021, p. 3.");
        Citation deal = cite(a, 1, 0);
        assertThat(deal.type()).isEqualTo(CitationType.REPORT);
        assertThat(deal.fields().title()).isEqualTo("The Quayside Deal");
        assertThat(deal.fields().date()).isEqualTo("2019-12-11");
        assertThat(deal.pinpoint()).isEqualTo("4");
        assertThat(cite(a, 2, 0).type()).isEqualTo(CitationType.REPORT);
        assertThat(cite(a, 2, 0).fields().title()).isEqualTo("Communication on Harbour Dues");
        assertThat(cite(a, 2, 0).fields().authors()).isEmpty();
        assertThat(cite(a, 2, 0).fields().issue()).isEqualTo("SWD(2021) 84 final"); // the number of the report, as the one annotator to meet it read it
    }

    @Test
    void aTradeDisputeRulingIsACaseWithItsTitleRunningToItsSymbol() {
        Article a = parse(
                "Panel Report, Quayland \u2013 Measures on Exports of Salt, Tin, and Timber, WT/DS999/R, adopted March 15, 2021, para. 7.58.",
                "Panel Report, Quayland \u2013 Timber, para. 7.60.",
                "Appellate Body Report, Harbouria\u2014Measures Affecting Quays, \u00B6 7.5, WTO Doc. WT/DS998/AB/R (adopted Apr. 20, 2005).",
                "Appellate Body Report, Harbouria\u2014Quays, \u00B6 12.");
        Citation report = cite(a, 1, 0);
        assertThat(report.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(report.fields().title()).isEqualTo("Quayland \u2013 Measures on Exports of Salt, Tin, and Timber");
        assertThat(report.fields().date()).isEqualTo("2021-03-15");
        assertThat(report.pinpoint()).isEqualTo("para. 7.58");
        Citation shortForm = cite(a, 2, 0);
        assertThat(shortForm.shortFormOf()).isNotNull();
        assertThat(shortForm.workId()).isEqualTo(report.workId());
        assertThat(shortForm.pinpoint()).isEqualTo("para. 7.60");
        Citation bluebook = cite(a, 3, 0);
        assertThat(bluebook.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(bluebook.fields().title()).isEqualTo("Harbouria\u2014Measures Affecting Quays");
        assertThat(bluebook.fields().unSymbol()).isNull();
        assertThat(bluebook.fields().date()).isEqualTo("2005-04-20");
        assertThat(bluebook.pinpoint()).isEqualTo("\u00B6 7.5");
        assertThat(cite(a, 4, 0).workId()).isEqualTo(bluebook.workId());
        assertThat(a.diagnostics()).isEmpty();
    }

    @Test
    void theInternationalLawCommissionsGuidelinesAndConclusionsAreLocators() {
        Article a = parse(
                "International Law Commission, Guide to Practice on Reservations to Quays, UN Doc. A/99/10/Add.1 (2011), guideline 4.5.3.",
                "Draft Conclusions on Identification of Harbour Law, in Report of the International Law Commission, UN Doc. A/98/10 (2018), 119, conclusion 8.",
                "Ibid., conclusions 9\u201310.");
        assertThat(cite(a, 1, 0).pinpoint()).isEqualTo("guideline 4.5.3");
        Citation conclusions = cite(a, 2, 0);
        assertThat(conclusions.fields().title()).isEqualTo("Draft Conclusions on Identification of Harbour Law");
        assertThat(conclusions.fields().container()).isEqualTo("Report of the International Law Commission");
        assertThat(conclusions.fields().authors()).isEmpty();
        assertThat(conclusions.pinpoint()).isEqualTo("119, conclusion 8");
        assertThat(cite(a, 3, 0).pinpoint()).isEqualTo("conclusions 9-10");
    }

    @Test
    void aShortNameDefinedWithHereinafterNamesItsWorkBeforeSupra() {
        Article a = parse(
                "See Convention on Quays art. 2, Dec. 10, 1984, 1465 U.N.T.S. 85 [hereinafter CAQ]; Int'l Law Comm'n, Draft Articles"
                        + " on Harbour Protection, art. 9, U.N. Doc. A/99/10 (2006) [hereinafter Draft Articles].",
                "Covenant on Harbours art. 7, Dec. 16, 1966, 999 U.N.T.S. 171; CAQ, supra note 1, art. 16.",
                "See also Draft Articles, supra note 1, art. 12 cmt. \u00B6 3.");
        Citation caq = cite(a, 2, 1);
        assertThat(caq.type()).isEqualTo(CitationType.TREATY);
        assertThat(caq.fields().authors()).isEmpty();
        assertThat(caq.fields().title()).isEqualTo("CAQ");
        assertThat(caq.workId()).isEqualTo(cite(a, 1, 0).workId());
        assertThat(caq.pinpoint()).isEqualTo("art. 16");
        Citation articles = cite(a, 3, 0);
        assertThat(articles.fields().authors()).isEmpty();
        assertThat(articles.workId()).isEqualTo(cite(a, 1, 1).workId());
        assertThat(articles.pinpoint()).isEqualTo("art. 12 cmt. \u00B6 3");
        assertThat(a.diagnostics()).isEmpty();
    }

    @Test
    void aHeadlineNamingATreatyStillEndsBeforeItsPaper() {
        Article a = parse("Claire Ashdown, Investors Turn to Treaty Claims as Quays Spread, Harb. Chron., Apr. 11, 2022, at B3.");
        Citation news = cite(a, 1, 0);
        assertThat(news.type()).isEqualTo(CitationType.NEWS_ARTICLE);
        assertThat(news.fields().title()).isEqualTo("Investors Turn to Treaty Claims as Quays Spread");
        assertThat(news.fields().container()).isEqualTo("Harb. Chron.");
        assertThat(news.pinpoint()).isEqualTo("B3");
    }

    @Test
    void bluebookAbbreviationsOfInstitutionsEndNoSentence() {
        Article a = parse("Int'l Inst. for Inv. Governance, Shareholder Claims in Quay Practice 12 (2022), https://example.org/claims.pdf.");
        assertThat(a.notes().get(0).citations()).hasSize(1);
        Citation report = cite(a, 1, 0);
        assertThat(report.type()).isEqualTo(CitationType.REPORT);
        assertThat(names(report.fields().authors())).containsExactly("org:Int'l Inst. for Inv. Governance");
    }

    @Test
    void anUndatedEntryOfAnOrganisation() {
        Article a = parseEntries(
                "Quay Trade Database (n.d.) Trade statistics for listed quays. Available at: https://example.org/statistics"
                        + " (Accessed: 10 April 2023).");
        Citation page = cite(a, 1, 0);
        assertThat(names(page.fields().authors())).containsExactly("org:Quay Trade Database");
        assertThat(page.fields().title()).isEqualTo("Trade statistics for listed quays");
        assertThat(page.fields().year()).isNull();
    }

    @Test
    void anArbitralAwardInTheUnSeriesWithItsPartiesAndItsDate() {
        Article a = parse("Boundary of the Quay Shelf (Norvania/Estrovia), Award of June 30, 1977, 18 RIAA 3, para. 55.");
        Citation award = cite(a, 1, 0);
        assertThat(award.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(award.fields().title()).isEqualTo("Boundary of the Quay Shelf (Norvania/Estrovia)");
        assertThat(award.fields().date()).isEqualTo("1977-06-30");
        assertThat(award.fields().container()).isEqualTo("RIAA");
        assertThat(award.fields().volume()).isEqualTo("18");
        assertThat(award.pinpoint()).isEqualTo("para. 55");
    }

    @Test
    void proseThatPointsToThisArticlesOwnPartsCitesNothing() {
        Article a = parse("For the argument that quays should be free, see infra Part III.B; cf. Tom Reed, Quays, 12 Harb. L. Rev. 4 (2001).");
        assertThat(a.notes().get(0).citations()).hasSize(1);
        assertThat(cite(a, 1, 0).signal()).isEqualTo("Cf.");
    }

    @Test
    void aQuestionEndsAnUnquotedTitleWhenTheJournalFollows() {
        Article a = parseEntries(
                "Acharya, A. (2004). How quays spread: Whose harbours matter? Harbour Organization, 58(2), 239\u2013275.",
                "Reed, T (2015) Which post-harbour? Journal of Quay Relations 21(3), 568\u2013594. https://doi.org/10.5555/jqr.2015.21",
                "Reed, T (2016) Whose quays travel? Norm diffusion in the harbour. Journal of Quay Relations 22(1), 1\u201320.");
        Citation apa = cite(a, 1, 0);
        assertThat(apa.type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(apa.fields().title()).isEqualTo("How quays spread: Whose harbours matter?");
        assertThat(apa.fields().container()).isEqualTo("Harbour Organization");
        assertThat(apa.fields().volume()).isEqualTo("58");
        assertThat(apa.fields().pages()).isEqualTo("239-275");
        Citation cambridge = cite(a, 2, 0);
        assertThat(cambridge.fields().title()).isEqualTo("Which post-harbour?");
        assertThat(cambridge.fields().container()).isEqualTo("Journal of Quay Relations");
        assertThat(cambridge.fields().issue()).isEqualTo("3");
        // a question followed by more title is a subtitle's end, not the title's
        assertThat(cite(a, 3, 0).fields().title()).isEqualTo("Whose quays travel? Norm diffusion in the harbour");
        assertThat(cite(a, 3, 0).fields().container()).isEqualTo("Journal of Quay Relations");
    }

    @Test
    void aNoteCitedAboveThenThePage() {
        Article a = parse("J. Reed, The Creation of Quays (Oxford: Clarendon Press, 2006), p. 41.", "Reed, n. 1 above, p. 50.");
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("50");
        assertThat(cite(a, 2, 0).workId()).isEqualTo(cite(a, 1, 0).workId());
    }

    @Test
    void usCasesNamedWithoutPartiesAndEarlyReporters() {
        Article a = parse(
                "The Quay Habana, 175 U.S. 677, 700 (1900).",
                "The Schooner Quay v. McHarbour, 11 U.S. (7 Cranch) 116 (1812).",
                "Quay Habana, 175 U.S. at 708.");
        Citation habana = cite(a, 1, 0);
        assertThat(habana.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(habana.fields().title()).isEqualTo("The Quay Habana");
        assertThat(habana.fields().container()).isEqualTo("U.S.");
        assertThat(habana.fields().volume()).isEqualTo("175");
        assertThat(habana.fields().pages()).isEqualTo("677");
        assertThat(habana.pinpoint()).isEqualTo("700");
        Citation schooner = cite(a, 2, 0);
        assertThat(schooner.fields().volume()).isEqualTo("11");
        assertThat(schooner.fields().pages()).isEqualTo("116");
        assertThat(schooner.fields().year()).isEqualTo("1812");
        assertThat(cite(a, 3, 0).workId()).isEqualTo(habana.workId());
    }

    @Test
    void aSpecialRapporteursReportIsTheirs() {
        Article a = parse(
                "Michael Reed, Third Report on Identification of Quay Law, U.N. Doc. A/CN.4/999, \u00B6 14 (Mar. 27, 2015).",
                "Dora Quay (Special Rapporteur), Fourth Report on Harbour Norms, UN Doc. A/CN.4/998 (31 January 2019), para. 20.");
        Citation third = cite(a, 1, 0);
        assertThat(third.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(names(third.fields().authors())).containsExactly("Reed|Michael");
        assertThat(third.fields().title()).isEqualTo("Third Report on Identification of Quay Law");
        assertThat(names(cite(a, 2, 0).fields().authors())).containsExactly("Quay|Dora");
        assertThat(cite(a, 2, 0).fields().title()).isEqualTo("Fourth Report on Harbour Norms");
    }

    @Test
    void aVolumeWrittenBeforeTheAuthors() {
        Article a = parse("1 Jean-Marie Reed & Louise Quay, Customary Harbour Law 25 (2005).");
        Citation book = cite(a, 1, 0);
        assertThat(names(book.fields().authors())).containsExactly("Reed|Jean-Marie", "Quay|Louise");
        assertThat(book.fields().title()).isEqualTo("Customary Harbour Law");
        assertThat(book.fields().volume()).isEqualTo("1");
        assertThat(book.pinpoint()).isEqualTo("25");
    }

    @Test
    void aBareSymbolStandingAsAPartAfterTheTitleIsTheDocumentCited() {
        Article a = parse("Report of the Panel of Experts on Quayland, S/2021/365, April 15, 2021, para. 34.");
        Citation report = cite(a, 1, 0);
        assertThat(report.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(report.fields().unSymbol()).isEqualTo("S/2021/365");
        assertThat(report.fields().title()).isEqualTo("Report of the Panel of Experts on Quayland");
        assertThat(report.fields().container()).isNull();
        assertThat(report.fields().date()).isEqualTo("2021-04-15");
        assertThat(report.pinpoint()).isEqualTo("para. 34");
    }

    @Test
    void aPluralsApostropheInsideASingleQuotedTitle() {
        Article a = parse(
                "R. Reed, \u2018Complementarity and the quays\u2019 perspective\u2019, in A. Castellanos and B. Whitfield (eds), The Quay Court"
                        + " (Oxford: Oxford University Press, 2020), pp. 45\u201367, at p. 50.",
                "R Reed, \u2018The rights of quays\u2019 in A Castellanos and B Whitfield (eds), The Quay Court (OUP 2020) 45.");
        assertThat(cite(a, 1, 0).fields().title()).isEqualTo("Complementarity and the quays\u2019 perspective");
        assertThat(cite(a, 1, 0).fields().container()).isEqualTo("The Quay Court");
        Citation oscola = cite(a, 2, 0);
        assertThat(oscola.fields().title()).isEqualTo("The rights of quays");
        assertThat(names(oscola.fields().editors())).containsExactly("Castellanos|A", "Whitfield|B");
        assertThat(oscola.fields().container()).isEqualTo("The Quay Court");
    }

    @Test
    void proseOpenedByACommonNounAndAnAuxiliaryCitesNothing() {
        Article a = parse("The principle is stated in the tenth paragraph of the preamble and given operative form in Article 17."
                + " Statute of the Quay Court, 17 July 1998, 2187 UNTS 90.");
        assertThat(a.notes().get(0).citations()).hasSize(1);
        assertThat(cite(a, 1, 0).type()).isEqualTo(CitationType.TREATY);
    }

    @Test
    void oscolaDecisionKindInBracketsIsNoPartOfTheName() {
        Article a = parse("Case concerning Quays on the Territory (Quayland v Portia) (Judgment) [2005] ICJ Rep 168, para 301.");
        assertThat(cite(a, 1, 0).fields().title()).isEqualTo("Case concerning Quays on the Territory (Quayland v Portia)");
        assertThat(cite(a, 1, 0).fields().year()).isEqualTo("2005");
    }

    @Test
    void proseThenACodeSectionOpeningWithItsTitleNumber() {
        Article a = parse("The Act directs the Secretary to report on every quay not yet recognized. 99 U.S.C. \u00A7 2656k(b) (2018).",
                "98 U.S.C. \u00A7 1101 (2018).");
        assertThat(a.notes().get(0).citations()).hasSize(1);
        Citation code = cite(a, 1, 0);
        assertThat(code.type()).isEqualTo(CitationType.OTHER);
        assertThat(code.fields().title()).isNull();
        assertThat(code.fields().container()).isEqualTo("U.S.C.");
        assertThat(code.fields().volume()).isEqualTo("99");
        // works without a title get keys from their container and volume, not from the year alone
        assertThat(code.workId()).isEqualTo("2018-usc-99");
        assertThat(cite(a, 2, 0).workId()).isEqualTo("2018-usc-98");
    }

    @Test
    void aNationalBanksSuffixIsPartOfTheCaseName() {
        Article a = parse("Quayland v. Harbour Bank, N.A., 721 F.3d 1089, 1094 (9th Cir. 2013).");
        assertThat(cite(a, 1, 0).fields().title()).isEqualTo("Quayland v. Harbour Bank, N.A.");
        assertThat(cite(a, 1, 0).fields().volume()).isEqualTo("721");
    }

    @Test
    void treatyBodyViewsAndObservationsKeepTheirTitles() {
        Article a = parse(
                "Human Rights Committee, Reed v. Quayland, Communication No. 2874/2016, UN Doc. CCPR/C/128/D/2874/2016 (April 17, 2020), para. 7.4.",
                "Committee on the Rights of the Child, Concluding Observations on the Report Submitted by Quayland under Article 8,"
                        + " Paragraph 1, of the Optional Protocol, UN Doc. CRC/C/OPAC/QLD/CO/1 (October 4, 2019), paras. 14\u201315.");
        assertThat(cite(a, 1, 0).fields().title()).isEqualTo("Reed v. Quayland");
        assertThat(cite(a, 1, 0).pinpoint()).isEqualTo("para. 7.4");
        Citation observations = cite(a, 2, 0);
        assertThat(observations.fields().title())
                .isEqualTo("Concluding Observations on the Report Submitted by Quayland under Article 8, Paragraph 1, of the Optional Protocol");
        assertThat(observations.pinpoint()).isEqualTo("paras. 14-15");
    }

    @Test
    void compareWithJoinsTwoCitations() {
        Article a = parse(
                "Compare Tom Reed, Quays, 12 Harb. L. Rev. 4, 9 (2001) (arguing for free quays), with Ann Dock, Ports, 13 Harb. L. Rev. 55,"
                        + " 60 (2002) (arguing against).",
                "Dock, supra note 1, at 61.");
        assertThat(a.notes().get(0).citations()).hasSize(2);
        assertThat(cite(a, 1, 0).signal()).isEqualTo("Compare");
        assertThat(cite(a, 1, 0).pinpoint()).isEqualTo("9");
        Citation with = cite(a, 1, 1);
        assertThat(with.signal()).isEqualTo("Compare"); // the signal is the pair's: "Compare … with …"
        assertThat(names(with.fields().authors())).containsExactly("Dock|Ann");
        assertThat(with.fields().title()).isEqualTo("Ports");
        assertThat(with.pinpoint()).isEqualTo("60");
        assertThat(cite(a, 2, 0).workId()).isEqualTo(with.workId());
    }

    @Test
    void aStarPageOfADatabaseCopy() {
        Article a = parse("See Quayland v. Harbour Co., No. 19-cv-1234, 2020 WL 123456, at *3 (S.D.N.Y. Jan. 5, 2020).");
        assertThat(cite(a, 1, 0).pinpoint()).isEqualTo("*3");
        assertThat(cite(a, 1, 0).fields().date()).isEqualTo("2020-01-05");
    }

    @Test
    void apaPostsOnSitesWithAColonAndReportsOnline() {
        Article a = parseEntries(
                "Reed, T. (2020, March 3). Harbour law after the storm. QJIL: Talk! https://example.org/harbour-law",
                "Quay Bank. (2020). World harbour report 2020: Trading quays. https://doi.org/10.5555/978-1-4648-1457-0");
        Citation post = cite(a, 1, 0);
        assertThat(post.type()).isEqualTo(CitationType.WEB_PAGE);
        assertThat(post.fields().container()).isEqualTo("QJIL: Talk!");
        assertThat(post.fields().place()).isNull();
        assertThat(post.fields().publisher()).isNull();
        assertThat(post.fields().date()).isEqualTo("2020-03-03");
        assertThat(cite(a, 2, 0).type()).isEqualTo(CitationType.REPORT);
    }

    @Test
    void aChicagoAuthorDateResolutionDatedAfterItsSymbol() {
        Article a = parseEntries("UN Security Council. 2011. Resolution 9973. S/RES/9973. March 17, 2011.");
        Citation resolution = cite(a, 1, 0);
        assertThat(resolution.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(resolution.fields().unSymbol()).isEqualTo("S/RES/9973");
        assertThat(resolution.fields().date()).isEqualTo("2011-03-17");
    }

    @Test
    void archivedDocumentsArchiveFirstOrItemFirst() {
        Article a = parse(
                "League of Quays Archives, Geneva, R1643/41/51234, Memorandum by Erik Quay, May 3, 1926.",
                "Letter from Pablo Harbour to Erik Quay, 12 November 1930, FO 371/14567, The Harbour Archives, Kew.");
        Citation memo = cite(a, 1, 0);
        assertThat(memo.type()).isEqualTo(CitationType.OTHER);
        assertThat(names(memo.fields().authors())).containsExactly("Quay|Erik");
        assertThat(memo.fields().title()).isEqualTo("Memorandum by Erik Quay");
        assertThat(memo.fields().container()).isEqualTo("League of Quays Archives");
        assertThat(memo.fields().place()).isEqualTo("Geneva");
        assertThat(memo.fields().date()).isEqualTo("1926-05-03");
        Citation letter = cite(a, 2, 0);
        assertThat(names(letter.fields().authors())).containsExactly("Harbour|Pablo");
        assertThat(letter.fields().container()).isEqualTo("The Harbour Archives");
        assertThat(letter.fields().place()).isEqualTo("Kew");
        assertThat(letter.fields().date()).isEqualTo("1930-11-12");
    }

    @Test
    void leagueDocumentsTreatySeriesReprintsAndVolumesNamedByYear() {
        Article a = parse(
                "League of Nations, Protection of Quays by the League of Nations, League of Nations Doc. C.24.M.18.1929.I (Geneva, 1929), 12.",
                "Treaty between the Principal Powers and Quayland, June 28, 1919, 225 Consol. T.S. 412, art. 12.",
                "Arthur Reed, The Protection of Quays, trans. Dorothy Dock (1931; repr., New York: Harbour Reprints, 1972), 88.",
                "Papers Relating to the Foreign Relations of the Quays, 1927, vol. 1 (Washington, DC: Government Printing Office, 1942),"
                        + " 433\u201335 (hereafter FRQ 1927).",
                "FRQ 1927, 1:440.");
        Citation league = cite(a, 1, 0);
        assertThat(league.type()).isEqualTo(CitationType.REPORT);
        assertThat(league.fields().title()).isEqualTo("Protection of Quays by the League of Nations");
        assertThat(league.fields().issue()).isEqualTo("C.24.M.18.1929.I");
        assertThat(league.fields().place()).isEqualTo("Geneva");
        assertThat(league.fields().publisher()).isNull();
        assertThat(cite(a, 2, 0).type()).isEqualTo(CitationType.TREATY);
        assertThat(cite(a, 3, 0).fields().place()).isEqualTo("New York");
        assertThat(cite(a, 3, 0).fields().publisher()).isEqualTo("Harbour Reprints");
        Citation papers = cite(a, 4, 0);
        assertThat(papers.fields().title()).isEqualTo("Papers Relating to the Foreign Relations of the Quays, 1927");
        assertThat(papers.fields().volume()).isEqualTo("1");
        assertThat(papers.pinpoint()).isEqualTo("433-435");
        Citation shortForm = cite(a, 5, 0);
        assertThat(shortForm.workId()).isEqualTo(papers.workId());
        assertThat(shortForm.fields().volume()).isEqualTo("1");
        assertThat(shortForm.pinpoint()).isEqualTo("440");
    }

    @Test
    void aForeignDecisionCitedByItsCourtAndDate() {
        Article a = parse(
                "Bundesgerichtshof [BGH] [Federal Court of Justice] Oct. 8, 2020, I ZB 13/20, \u00B6 21 (Ger.).",
                "Cour de cassation [Cass.] [supreme court for judicial matters] 1e civ., Mar. 4, 2015, No. 13-23.456 (Fr.).");
        Citation bgh = cite(a, 1, 0);
        assertThat(bgh.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(bgh.fields().title()).isNull();
        assertThat(bgh.fields().date()).isEqualTo("2020-10-08");
        assertThat(bgh.pinpoint()).isEqualTo("\u00B6 21");
        assertThat(bgh.workId()).isEqualTo("2020-10-08"); // no name, title or court report: the day it is dated
        assertThat(cite(a, 2, 0).type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(cite(a, 2, 0).fields().date()).isEqualTo("2015-03-04");
    }

    @Test
    void aProvisionAfterAnInstrumentsNameBeforeItsSymbol() {
        Article a = parse("UNCITRAL Model Law on International Commercial Quays art. 34(2)(b)(ii), U.N. Doc. A/99/17, annex I (June 21, 1985).");
        Citation law = cite(a, 1, 0);
        assertThat(law.fields().title()).isEqualTo("UNCITRAL Model Law on International Commercial Quays");
        assertThat(law.pinpoint()).isEqualTo("art. 34(2)(b)(ii)");
        assertThat(law.fields().date()).isEqualTo("1985-06-21");
    }

    @Test
    void harvardEditionsAfterACommaAndBodiesNamedWithLists() {
        Article a = parseEntries(
                "Gupta, A and Quay, K (2015) The Thirsty Harbour: Water, Power and Order, 2nd edn. New York: Caldwell Books.",
                "Committee on Quays, Docks and Harbour Rights (2003) General Comment No. 15: The right to moor. UN Doc. E/C.12/2002/99,"
                        + " 20 January 2003.");
        Citation book = cite(a, 1, 0);
        assertThat(book.fields().title()).isEqualTo("The Thirsty Harbour: Water, Power and Order");
        assertThat(book.fields().place()).isEqualTo("New York");
        assertThat(book.fields().publisher()).isEqualTo("Caldwell Books");
        Citation comment = cite(a, 2, 0);
        assertThat(names(comment.fields().authors())).containsExactly("org:Committee on Quays, Docks and Harbour Rights");
        assertThat(comment.fields().title()).isEqualTo("General Comment No. 15: The right to moor");
        assertThat(comment.fields().unSymbol()).isEqualTo("E/C.12/2002/99");
    }

    @Test
    void aPublisherWithACommaAfterANumberedSeries() {
        Article a = parseEntries("Okafor, N. 2016. \"Reporting Quays.\" Working Paper 42. Centre for Harbour Governance, University of Quayton.");
        Citation paper = cite(a, 1, 0);
        assertThat(paper.type()).isEqualTo(CitationType.REPORT);
        assertThat(paper.fields().container()).isEqualTo("Working Paper");
        assertThat(paper.fields().issue()).isEqualTo("42");
        assertThat(paper.fields().publisher()).isEqualTo("Centre for Harbour Governance, University of Quayton");
    }

    @Test
    void aRegionalCourtsParagraphAndTheCommissionsYearbookBeforeASymbol() {
        Article a = parse(
                "Reed v. Quayland, App. No. 35763/97, Eur. Ct. H.R. \u00B6 61 (Nov. 21, 2001).",
                "Draft Articles on Responsibility of Quays, with Commentaries, [2001] 2 Y.B. Int'l L. Comm'n 31, U.N. Doc."
                        + " A/CN.4/SER.A/2001/Add.1 (Part 2).");
        Citation echr = cite(a, 1, 0);
        assertThat(echr.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(echr.fields().container()).isEqualTo("Eur. Ct. H.R.");
        assertThat(echr.pinpoint()).isEqualTo("\u00B6 61");
        assertThat(echr.fields().date()).isEqualTo("2001-11-21");
        Citation articles = cite(a, 2, 0);
        assertThat(articles.fields().title()).isEqualTo("Draft Articles on Responsibility of Quays, with Commentaries");
        assertThat(articles.fields().container()).isEqualTo("Y.B. Int'l L. Comm'n");
        assertThat(articles.fields().volume()).isEqualTo("2");
        assertThat(articles.fields().pages()).isEqualTo("31");
        assertThat(articles.fields().year()).isEqualTo("2001");
    }

    @Test
    void discursiveNotesThatLeadIntoTheirCitations() {
        Article a = parse(
                "Compare the view of the Court in the Quay case with the dissenting opinion of Judge Dock, discussed in Tom Reed,"
                        + " \u201CDissent and Doctrine,\u201D in The Harbour Court, ed. Ann Pier (Cambridge: Cambridge University Press, 2018), 101\u201323.",
                "The Commission's commentary makes the same point: see Report of the Quay Commission on the Work of Its Fifty-Third Session,"
                        + " UN Doc. A/99/10 (2001), 31, para. 3.",
                "This was confirmed in the Harbour Dispute (Quayland v. Portia), Judgment, 2010 I.C.J. 14, \u00B6 101 (Apr. 20). See also id. \u00B6 204.",
                "As one delegate put it, \u201Cthe quay belongs to all.\u201D UN GAOR, 3rd Comm., 1234th mtg., UN Doc. A/C.3/SR.9234 (Nov. 3, 1962), para. 12.",
                "Interview with a former legal adviser, Geneva, May 2019 (notes on file with the author).");
        assertThat(a.notes().get(0).citations()).hasSize(1);
        assertThat(names(cite(a, 1, 0).fields().authors())).containsExactly("Reed|Tom");
        assertThat(cite(a, 1, 0).fields().title()).isEqualTo("Dissent and Doctrine");
        assertThat(a.notes().get(1).citations()).hasSize(1);
        assertThat(cite(a, 2, 0).fields().title()).isEqualTo("Report of the Quay Commission on the Work of Its Fifty-Third Session");
        assertThat(cite(a, 2, 0).signal()).isEqualTo("See");
        Citation harbour = cite(a, 3, 0);
        assertThat(harbour.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(harbour.fields().title()).isEqualTo("Harbour Dispute (Quayland v. Portia)");
        assertThat(cite(a, 3, 1).workId()).isEqualTo(harbour.workId());
        assertThat(a.notes().get(3).citations()).hasSize(1);
        assertThat(cite(a, 4, 0).fields().unSymbol()).isEqualTo("A/C.3/SR.9234");
        assertThat(cite(a, 4, 0).fields().authors()).isEmpty();
        assertThat(cite(a, 5, 0).fields().year()).isEqualTo("2019");
        assertThat(a.diagnostics()).isEmpty();
    }

    @Test
    void aSentenceBeforeASymbolIsNoTitleAndAChapterOfThisVolumeIsNoWork() {
        Article a = parse(
                "See, for example, the statements of Quayland and Portia in UN Doc. S/PV.9000 (June 1, 2013), 4\u20136.",
                "See the discussion in chapter 7 of this volume.");
        Citation record = cite(a, 1, 0);
        assertThat(record.fields().unSymbol()).isEqualTo("S/PV.9000");
        assertThat(record.fields().title()).isNull();
        assertThat(record.pinpoint()).isEqualTo("4-6");
        assertThat(a.notes().get(1).citations()).isEmpty();
    }

    @Test
    void aShortTitleBeforeSupraIsNoAuthor() {
        Article a = parse(
                "Human Rights Comm., General Comment No. 99, \u00B6 10, U.N. Doc. CCPR/C/21/Rev.9/Add.13 (May 26, 2004).",
                "Gen. Comment No. 99, supra note 1, \u00B6 12.");
        Citation shortForm = cite(a, 2, 0);
        assertThat(shortForm.fields().authors()).isEmpty();
        assertThat(shortForm.fields().title()).isEqualTo("Gen. Comment No. 99");
        assertThat(shortForm.workId()).isEqualTo(cite(a, 1, 0).workId());
        assertThat(shortForm.pinpoint()).isEqualTo("\u00B6 12");
    }
}
