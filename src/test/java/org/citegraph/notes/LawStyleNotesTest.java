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

/** US law style (Bluebook): See, e.g.,; Id. at 5; supra note 12; 95 Harv. L. Rev. 1, 15 (1982); cases; at A12. */
class LawStyleNotesTest {

    @Test
    void lawReviewArticleIdAndSupra() {
        Article a = parse(
                "See, e.g., Noor Halvorsen, Pledges and Borders, 118 Example L. Rev. 455, 460 (2003).",
                "Id. at 462.",
                "Halvorsen, supra note 1, at 470–71.");
        Citation c = cite(a, 1, 0);
        assertThat(c.signal()).isEqualTo("See, e.g.,");
        assertThat(c.type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(names(c.fields().authors())).containsExactly("Halvorsen|Noor");
        assertThat(c.fields().title()).isEqualTo("Pledges and Borders");
        assertThat(c.fields().container()).isEqualTo("Example L. Rev.");
        assertThat(c.fields().volume()).isEqualTo("118");
        assertThat(c.fields().pages()).isEqualTo("455");
        assertThat(c.pinpoint()).isEqualTo("460");
        assertThat(c.fields().year()).isEqualTo("2003");
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("462");
        assertThat(cite(a, 3, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(cite(a, 3, 0).pinpoint()).isEqualTo("470-471");
    }

    @Test
    void casesAndTheirShortForms() {
        Article a = parse(
                "Brandt Shipping Co. v. Ferreira, 512 U.S. 301, 309 (1994).",
                "See also Brandt Shipping, 512 U.S. at 312.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(c.fields().title()).isEqualTo("Brandt Shipping Co. v. Ferreira");
        assertThat(c.fields().container()).isEqualTo("U.S.");
        assertThat(c.fields().volume()).isEqualTo("512");
        assertThat(c.fields().pages()).isEqualTo("301");
        assertThat(c.pinpoint()).isEqualTo("309");
        assertThat(c.fields().year()).isEqualTo("1994");
        Citation s = cite(a, 2, 0);
        assertThat(s.workId()).isEqualTo(c.workId());
        assertThat(s.pinpoint()).isEqualTo("312");
        assertThat(s.signal()).isEqualTo("See also");
    }

    @Test
    void editedVolumeWithPinpointBeforeTheParenthesis() {
        Article a = parse("See Keeping the Peace After Wars 1 (Robert Muggah ed., 2013).");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.EDITED_BOOK);
        assertThat(c.fields().title()).isEqualTo("Keeping the Peace After Wars");
        assertThat(names(c.fields().editors())).containsExactly("Muggah|Robert");
        assertThat(c.fields().year()).isEqualTo("2013");
        assertThat(c.pinpoint()).isEqualTo("1");
    }

    @Test
    void newspaperWithPageAt() {
        Article a = parse("Dana Okafor, Ports Reopen After Strike, N.Y. Times, Jan. 3, 2012, at A12.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.NEWS_ARTICLE);
        assertThat(c.fields().title()).isEqualTo("Ports Reopen After Strike");
        assertThat(c.fields().container()).isEqualTo("N.Y. Times");
        assertThat(c.fields().date()).isEqualTo("2012-01-03");
        assertThat(c.pinpoint()).isEqualTo("A12");
    }

    @Test
    void treatiesAndResolutions() {
        Article a = parse(
                "Convention on Shared Watercourses, May 21, 1997, 2999 U.N.T.S. 77.",
                "G.A. Res. 68/262, U.N. Doc. A/RES/68/262 (Mar. 27, 2014); cf. S.C. Res. 2601, ¶ 4 (Oct. 29, 2021).");
        Citation t = cite(a, 1, 0);
        assertThat(t.type()).isEqualTo(CitationType.TREATY);
        assertThat(t.fields().title()).isEqualTo("Convention on Shared Watercourses");
        assertThat(t.fields().date()).isEqualTo("1997-05-21");
        assertThat(t.fields().volume()).isEqualTo("2999");
        assertThat(t.fields().pages()).isEqualTo("77");
        Citation ga = cite(a, 2, 0);
        assertThat(ga.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(ga.fields().unSymbol()).isEqualTo("A/RES/68/262");
        assertThat(ga.fields().title()).isNull();
        assertThat(ga.fields().date()).isEqualTo("2014-03-27");
        Citation sc = cite(a, 2, 1);
        assertThat(sc.signal()).isEqualTo("Cf.");
        assertThat(sc.fields().unSymbol()).isEqualTo("S/RES/2601(2021)"); // the adoption year completes the symbol
        assertThat(sc.pinpoint()).isEqualTo("¶ 4");
    }

    @Test
    void yearNumberedReportsProvisionsAfterTitlesAndOnlineNews() {
        Article a = parse(
                "Activities on the Frontier (Atl. v. Bor.), Judgment, 1986 I.C.J. 14, \u00B6 190 (June 27).",
                "Convention on Example Waters art. 31, May 23, 1969, 1155 U.N.T.S. 331.",
                "Lena Chan, Ports Reopen, N.Y. TIMES (Jan. 3, 2012), https://news.example.com/2012/01/03/ports.html.");
        Citation icj = cite(a, 1, 0);
        assertThat(icj.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(icj.fields().year()).isEqualTo("1986");
        assertThat(icj.fields().volume()).isNull();
        assertThat(icj.fields().container()).isEqualTo("I.C.J.");
        assertThat(icj.fields().pages()).isEqualTo("14");
        assertThat(icj.pinpoint()).isEqualTo("\u00B6 190");
        Citation treaty = cite(a, 2, 0);
        assertThat(treaty.type()).isEqualTo(CitationType.TREATY);
        assertThat(treaty.fields().title()).isEqualTo("Convention on Example Waters");
        assertThat(treaty.fields().pages()).isEqualTo("331");
        assertThat(treaty.pinpoint()).isEqualTo("art. 31");
        Citation news = cite(a, 3, 0);
        assertThat(news.type()).isEqualTo(CitationType.NEWS_ARTICLE);
        assertThat(news.fields().title()).isEqualTo("Ports Reopen");
        assertThat(news.fields().container()).isEqualTo("N.Y. TIMES");
        assertThat(news.fields().date()).isEqualTo("2012-01-03");
    }

    @Test
    void editorAndEditionTogetherInTheParenthesis() {
        Article a = parse("Paul Brandt, Harbour Rules in Practice 45 (Lena Hoff ed., 2d ed. 2014).");
        Citation c = cite(a, 1, 0);
        assertThat(names(c.fields().authors())).containsExactly("Brandt|Paul");
        assertThat(names(c.fields().editors())).containsExactly("Hoff|Lena");
        assertThat(c.fields().year()).isEqualTo("2014");
        assertThat(c.fields().publisher()).isNull();
        assertThat(c.pinpoint()).isEqualTo("45");
    }

    @Test
    void contractedJournalWordsDoNotEndTheSentence() {
        Article a = parse("Mira Sol, Ports and Powers, 45 Harv. Int'l L.J. 123, 130 (2004).");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(c.fields().title()).isEqualTo("Ports and Powers");
        assertThat(c.fields().container()).isEqualTo("Harv. Int'l L.J.");
        assertThat(c.pinpoint()).isEqualTo("130");
    }

    @Test
    void supraNoteWithoutAnAuthorCitesTheFirstWorkOfThatNote() {
        Article a = parse(
                "Ada Roe, Harbour Law 3 (2001); Bo Lee, Rivers 4 (1999).",
                "See supra note 1 and accompanying text.",
                "Supra note 1, at 12.",
                "See infra Part III.B.");
        Citation s = cite(a, 2, 0);
        assertThat(s.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(s.workId()).isEqualTo(cite(a, 1, 0).workId());
        assertThat(s.signal()).isEqualTo("See");
        assertThat(cite(a, 3, 0).pinpoint()).isEqualTo("12");
        assertThat(cite(a, 3, 0).workId()).isEqualTo(cite(a, 1, 0).workId());
        assertThat(a.diagnostics()).anySatisfy(d -> assertThat(d.toString()).contains("note 1 cites 2 works"));
        assertThat(cites(a, 4)).isEmpty();
    }

    @Test
    void explanatoryParentheticalsAndFootnotePinpoints() {
        Article a = parse(
                "Ada Roe, Harbour Law 3 (2001).",
                "Roe, supra note 1, at 102 (arguing that ports \"outrun every rule\"); see also id. at 150 n.41.",
                "Brandt Shipping Co. v. Ferreira, 512 U.S. 301, 309 (1994) (Marsh, J., dissenting).");
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("102");
        assertThat(cite(a, 2, 0).raw()).endsWith("every rule\")");
        assertThat(cite(a, 2, 1).pinpoint()).isEqualTo("150 n.41");
        assertThat(cite(a, 3, 0).pinpoint()).isEqualTo("309");
        assertThat(cite(a, 3, 0).fields().year()).isEqualTo("1994");
    }

    @Test
    void subsequentHistoryIsNotTheCitedDecision() {
        Citation c = cite(parse("Georgiou v. Example Org., 725 F. Supp. 2d 451, 459 (S.D.N.Y. 2010), aff'd, 801 F.3d 88 (2d Cir. 2015)."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(c.fields().container()).isEqualTo("F. Supp. 2d");
        assertThat(c.fields().year()).isEqualTo("2010");
        assertThat(c.fields().pages()).isEqualTo("451");
        assertThat(c.pinpoint()).isEqualTo("459");
    }

    @Test
    void internationalDecisionsNamedByTheirSubject() {
        Article a = parse(
                "See Border Dispute (Atl./Bor.), Judgment, 1986 I.C.J. 554, \u00B6 20 (Dec. 22).",
                "Border Waters (Atl. v. Bor.), Merits, Judgment, I.C.J. Reports 1986, p. 14, para. 202.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(c.fields().title()).isEqualTo("Border Dispute (Atl./Bor.)");
        assertThat(c.fields().date()).isEqualTo("1986-12-22");
        assertThat(c.pinpoint()).isEqualTo("\u00B6 20");
        assertThat(cite(a, 2, 0).fields().title()).isEqualTo("Border Waters (Atl. v. Bor.)");
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("para. 202");
    }

    @Test
    void chapterInAnEditedVolumeWithFirstPageAndPinpoint() {
        Citation c = cite(parse("Noor Sol, Consent and the Council, in The Council in Our Century 211, 215 (Karl van Dijk et al. eds., 2016)."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.CHAPTER);
        assertThat(c.fields().container()).isEqualTo("The Council in Our Century");
        assertThat(names(c.fields().editors())).containsExactly("van Dijk|Karl");
        assertThat(c.fields().pages()).isEqualTo("211");
        assertThat(c.pinpoint()).isEqualTo("215");
        assertThat(c.fields().year()).isEqualTo("2016");
    }

    @Test
    void treatyProvisionsWithRomanNumbersAndSubparagraphs() {
        Article a = parse(
                "Convention on Example Immunities art. VIII, \u00A7 29, Feb. 13, 1946, 1 U.N.T.S. 15.",
                "Convention on Example Waters art. 31(3)(c), May 23, 1969, 1155 U.N.T.S. 331.",
                "U.N. Charter art. 2, \u00B6 7.");
        assertThat(cite(a, 1, 0).fields().title()).isEqualTo("Convention on Example Immunities");
        assertThat(cite(a, 1, 0).pinpoint()).isEqualTo("art. VIII, \u00A7 29");
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("art. 31(3)(c)");
        assertThat(cite(a, 3, 0).type()).isEqualTo(CitationType.TREATY);
        assertThat(cite(a, 3, 0).pinpoint()).isEqualTo("art. 2, \u00B6 7");
    }

    @Test
    void unDocumentsWithRecordsDesignationsBodiesAndTitles() {
        Article a = parse(
                "U.N. SCOR, 71st Sess., 7796th mtg. at 4, U.N. Doc. S/PV.7796 (Oct. 28, 2016).",
                "U.N. Secretary-General, Report on Example Matters, \u00B6\u00B6 12\u201314, U.N. Doc. S/2016/447 (May 13, 2016).",
                "Int'l Law Comm'n, Draft Articles on Examples, U.N. Doc. A/66/10, at 88 (2011).");
        Citation pv = cite(a, 1, 0);
        assertThat(pv.fields().unSymbol()).isEqualTo("S/PV.7796");
        assertThat(pv.fields().authors()).isEmpty();
        assertThat(pv.fields().title()).isNull();
        assertThat(pv.pinpoint()).isEqualTo("4");
        Citation report = cite(a, 2, 0);
        assertThat(names(report.fields().authors())).containsExactly("org:U.N. Secretary-General");
        assertThat(report.fields().title()).isEqualTo("Report on Example Matters");
        assertThat(report.pinpoint()).isEqualTo("\u00B6\u00B6 12-14");
        assertThat(names(cite(a, 3, 0).fields().authors())).containsExactly("org:Int'l Law Comm'n");
        assertThat(cite(a, 3, 0).pinpoint()).isEqualTo("88");
    }

    @Test
    void pagedReportsOnlineAndOnlineNewsWithATime() {
        Article a = parse(
                "Example Rights Watch, Civilian Harm Near Bases 14 (2017), https://example.org/report/2017/harm.",
                "Sara Kim, Why the Council Fails, Foreign Pol'y (Sept. 12, 2018, 4:15 PM), https://example.com/2018/09/12/fails/.");
        assertThat(cite(a, 1, 0).type()).isEqualTo(CitationType.REPORT);
        assertThat(cite(a, 1, 0).pinpoint()).isEqualTo("14");
        Citation news = cite(a, 2, 0);
        assertThat(news.type()).isEqualTo(CitationType.NEWS_ARTICLE);
        assertThat(news.fields().title()).isEqualTo("Why the Council Fails");
        assertThat(news.fields().container()).isEqualTo("Foreign Pol'y");
        assertThat(news.fields().date()).isEqualTo("2018-09-12");
    }

    @Test
    void aNamedAuthorBeforeATitleIsNotAnInvertedNameList() {
        Article a = parse(
                "Jessica Lin, Council Deadlocks Again, Wall St. J. (Mar. 2, 2014, 6:02 PM), https://example.com/deadlocks.",
                "G.A. Res. 60/288, annex (Sept. 8, 2006).",
                "Int'l Example Grp., Borealia: The Sanctions Trap 7 (Report No. 212, 2018), https://example.org/trap.");
        Citation news = cite(a, 1, 0);
        assertThat(news.type()).isEqualTo(CitationType.NEWS_ARTICLE);
        assertThat(names(news.fields().authors())).containsExactly("Lin|Jessica");
        assertThat(news.fields().container()).isEqualTo("Wall St. J.");
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("annex");
        Citation report = cite(a, 3, 0);
        assertThat(report.type()).isEqualTo(CitationType.REPORT);
        assertThat(report.fields().container()).isEqualTo("Report");
        assertThat(report.fields().issue()).isEqualTo("212");
        assertThat(report.fields().year()).isEqualTo("2018");
    }

    @Test
    void treatiesNamedLikePeopleAndCasesCitedWithTheirDocket() {
        Article a = parse(
                "Mission Agreement, Atl.-U.N., art. 7, May 3, 2012, 2850 U.N.T.S. 45.",
                "Prosecutor v. Markov, Case No. IT-99-12-T, Judgment, \u00B6 55 (Int'l Crim. Trib. for the Former Yugoslavia Nov. 16, 2005).",
                "Markov, Case No. IT-99-12-T, \u00B6 60.");
        Citation t = cite(a, 1, 0);
        assertThat(t.type()).isEqualTo(CitationType.TREATY);
        assertThat(t.fields().authors()).isEmpty();
        assertThat(t.fields().title()).isEqualTo("Mission Agreement");
        assertThat(t.pinpoint()).isEqualTo("art. 7");
        Citation c = cite(a, 2, 0);
        assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(c.fields().title()).isEqualTo("Prosecutor v. Markov");
        assertThat(c.fields().date()).isEqualTo("2005-11-16");
        Citation s = cite(a, 3, 0);
        assertThat(s.shortFormOf()).isEqualTo(new CitationRef(2, 0));
        assertThat(s.fields().title()).isEqualTo("Markov");
        assertThat(s.pinpoint()).isEqualTo("\u00B6 60");
    }

    @Test
    void supraWithoutANoteTreatyTitlesWithCommasAndInstitutionalReports() {
        Article a = parse(
                "See, e.g., Ruth Sol, The Sea Council, 12 Chi. J. Int'l L. 45, 50\u201352 (2011); see also Sol, supra, at 60.",
                "Convention Against Example and Other Cruel, Inhuman or Degrading Acts art. 3, Dec. 10, 1984, 1465 U.N.T.S. 85.",
                "Int'l Comm'n on Example & State Sovereignty, The Duty to Protect \u00B6 2.7 (2001).");
        Citation s = cite(a, 1, 1);
        assertThat(s.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(s.pinpoint()).isEqualTo("60");
        Citation t = cite(a, 2, 0);
        assertThat(t.type()).isEqualTo(CitationType.TREATY);
        assertThat(t.fields().title()).isEqualTo("Convention Against Example and Other Cruel, Inhuman or Degrading Acts");
        assertThat(t.fields().container()).isEqualTo("U.N.T.S.");
        assertThat(t.pinpoint()).isEqualTo("art. 3");
        Citation r = cite(a, 3, 0);
        assertThat(r.type()).isEqualTo(CitationType.REPORT);
        assertThat(r.fields().title()).isEqualTo("The Duty to Protect");
        assertThat(r.pinpoint()).isEqualTo("\u00B6 2.7");
    }

    @Test
    void periodsInsideAnAbbreviatedJournalOrBodyDoNotEndTheCitation() {
        Article a = parse(
                "See Rhea Gant, Pirates at Law, 12 Atl. Monthly Rev. 45, 51 (2004); Osei Ampah, Coastal Power, 9 Mod. Asian Stud. 101 (2001).",
                "U.S. Dep't. of Harbors, Annual Review of Piers 14 (2015).");
        assertThat(NotesAssertions.cites(a, 1)).hasSize(2);
        Citation gant = cite(a, 1, 0);
        assertThat(gant.type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(gant.fields().title()).isEqualTo("Pirates at Law");
        assertThat(gant.fields().container()).isEqualTo("Atl. Monthly Rev.");
        assertThat(gant.fields().volume()).isEqualTo("12");
        assertThat(gant.pinpoint()).isEqualTo("51");
        Citation ampah = cite(a, 1, 1);
        assertThat(ampah.fields().container()).isEqualTo("Mod. Asian Stud.");
        assertThat(NotesAssertions.cites(a, 2)).hasSize(1);
        Citation agency = cite(a, 2, 0);
        assertThat(names(agency.fields().authors())).containsExactly("org:U.S. Dep't. of Harbors");
        assertThat(agency.fields().title()).isEqualTo("Annual Review of Piers");
    }

    @Test
    void abbreviatedMagazineBeforeItsDateStaysInOneCitation() {
        Article a = parse("See Rhea Gant, Pirates at Law, Atl. Monthly Rev., Mar. 2004, at 12; Ivo Kral, Harbor Fees, 3 J. Port L. 5 (1999).");
        assertThat(NotesAssertions.cites(a, 1)).hasSize(2);
        Citation gant = cite(a, 1, 0);
        assertThat(names(gant.fields().authors())).containsExactly("Gant|Rhea");
        assertThat(gant.fields().title()).isEqualTo("Pirates at Law");
        assertThat(gant.fields().container()).isEqualTo("Atl. Monthly Rev.");
        assertThat(gant.pinpoint()).isEqualTo("12");
        Article online = parse("Rhea Gant, Pirates at Law, Atl. Monthly Rev. (Mar. 4, 2004), https://example.org/pirates.");
        assertThat(NotesAssertions.cites(online, 1)).hasSize(1);
        Citation piece = cite(online, 1, 0);
        assertThat(piece.type()).isEqualTo(CitationType.NEWS_ARTICLE);
        assertThat(piece.fields().title()).isEqualTo("Pirates at Law");
        assertThat(piece.fields().container()).isEqualTo("Atl. Monthly Rev.");
        assertThat(piece.fields().date()).isEqualTo("2004-03-04");
    }

    @Test
    void paragraphRangeAfterATitleAndHistoryUnderAnotherName() {
        Article a = parse(
                "Carla Nuñez, Tidal Sovereignty ¶¶ 12–14 (2015).",
                "Reef Co. v. Tide Co., 55 F.3d 10, 12 (1st Cir. 1995), aff'd sub nom. Tide Co. v. Reef Co., 517 U.S. 3 (1996).");
        Citation report = cite(a, 1, 0);
        assertThat(report.fields().title()).isEqualTo("Tidal Sovereignty");
        assertThat(report.pinpoint()).isEqualTo("¶¶ 12-14");
        assertThat(report.fields().year()).isEqualTo("2015");
        assertThat(NotesAssertions.cites(a, 2)).hasSize(1);
        Citation c = cite(a, 2, 0);
        assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(c.fields().title()).isEqualTo("Reef Co. v. Tide Co.");
        assertThat(c.fields().year()).isEqualTo("1995");
        assertThat(c.fields().pages()).isEqualTo("10");
        assertThat(c.pinpoint()).isEqualTo("12");
    }

    @Test
    void journalAbbreviationWithAnInnerWordDoesNotSplitTheNote() {
        Article a = parse("Pia Kern, Loud Courts, 130 Harv. Sample L. Rev. 1, 4 (2016); see Tom Ruiz, Open Seas, 12 Mich. J. Int'l L. 88 (1990).");
        assertThat(cites(a, 1)).hasSize(2);
        assertThat(cite(a, 1, 0).fields().container()).isEqualTo("Harv. Sample L. Rev.");
        assertThat(cite(a, 1, 0).fields().volume()).isEqualTo("130");
        assertThat(cite(a, 1, 0).pinpoint()).isEqualTo("4");
        assertThat(cite(a, 1, 1).fields().container()).isEqualTo("Mich. J. Int'l L.");
    }

    @Test
    void statutesAreOtherWithTheCodeAsContainerAndTheSectionAsPinpoint() {
        Article a = parse(
                "See 17 U.S.C. §§ 106–107 (2012).",
                "Harbour Safety Act of 1988, 33 U.S.C. § 1221 (2006); see also 40 C.F.R. § 60.4 (2019).",
                "Rural Broadband Act, Pub. L. No. 110-34, 121 Stat. 215, 218 (2007).");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.OTHER);
        assertThat(c.fields().title()).isNull();
        assertThat(c.fields().container()).isEqualTo("U.S.C.");
        assertThat(c.fields().volume()).isEqualTo("17");
        assertThat(c.pinpoint()).startsWith("§§ 106");
        assertThat(c.fields().year()).isEqualTo("2012");
        Citation named = cite(a, 2, 0);
        assertThat(named.fields().title()).isEqualTo("Harbour Safety Act of 1988");
        assertThat(named.fields().year()).isEqualTo("2006");
        assertThat(named.pinpoint()).isEqualTo("§ 1221");
        assertThat(cite(a, 2, 1).fields().container()).isEqualTo("C.F.R.");
        assertThat(cite(a, 2, 1).fields().volume()).isEqualTo("40");
        Citation law = cite(a, 3, 0);
        assertThat(law.type()).isEqualTo(CitationType.OTHER);
        assertThat(law.fields().title()).isEqualTo("Rural Broadband Act");
        assertThat(law.fields().authors()).isEmpty();
        assertThat(law.fields().container()).isEqualTo("Stat.");
        assertThat(law.fields().volume()).isEqualTo("121");
        assertThat(law.fields().pages()).isEqualTo("215");
        assertThat(law.pinpoint()).isEqualTo("218");
        assertThat(law.fields().year()).isEqualTo("2007");
    }

    @Test
    void stateCodeSectionWithASubsectionAndPublisherYear() {
        Citation c = cite(parse("See Or. Rev. Code § 412(b) (West 2017)."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.OTHER);
        assertThat(c.fields().container()).isEqualTo("Or. Rev. Code");
        assertThat(c.fields().title()).isNull();
        assertThat(c.pinpoint()).isEqualTo("§ 412(b)");
        assertThat(c.fields().year()).isEqualTo("2017");
        assertThat(c.signal()).isEqualTo("See");
        Citation nested = cite(parse("10 U.S.C. § 950(b)(2)."), 1, 0);
        assertThat(nested.pinpoint()).isEqualTo("§ 950(b)(2)");
        assertThat(nested.fields().year()).isNull();
    }

    @Test
    void caseShortNameWithYearReportAndParagraphIsAShortFormOfTheCase() {
        Article a = parse(
                "See Lighthouse Passage (Ruv. v. Tesk.), Judgment, 2014 I.C.J. 77, \u00B6 31 (Apr. 9).",
                "Noor Halvorsen, Pledges and Borders, 118 Example L. Rev. 455, 460 (2003).",
                "Halvorsen, supra note 2, at 462; see also Lighthouse Passage, 2014 I.C.J. \u00B6 60.",
                "Id. \u00B6 61.");
        Citation s = cite(a, 3, 1);
        assertThat(s.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(s.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(s.fields().title()).isEqualTo("Lighthouse Passage");
        assertThat(s.fields().authors()).isEmpty();
        assertThat(s.fields().year()).isNull();
        assertThat(s.pinpoint()).isEqualTo("\u00B6 60");
        assertThat(s.signal()).isEqualTo("See also");
        Citation id = cite(a, 4, 0);
        assertThat(id.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(id.workId()).isEqualTo(cite(a, 1, 0).workId());
        assertThat(id.pinpoint()).isEqualTo("\u00B6 61");
    }

    @Test
    void ruleAndCommentOfAManualAreThePinpointNotPartOfTheTitle() {
        Article a = parse(
                "Baltic Guide to Space Operations r. 7, cmt. 2 (Jonas Berg ed., 2019).",
                "Id. r. 8.",
                "See G.A. Res. 68/243, \u00B6 4(c) (Dec. 27, 2013).");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.EDITED_BOOK);
        assertThat(c.fields().title()).isEqualTo("Baltic Guide to Space Operations");
        assertThat(names(c.fields().editors())).containsExactly("Berg|Jonas");
        assertThat(c.fields().year()).isEqualTo("2019");
        assertThat(c.pinpoint()).isEqualTo("r. 7, cmt. 2");
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("r. 8");
        Citation res = cite(a, 3, 0);
        assertThat(res.fields().unSymbol()).isEqualTo("A/RES/68/243");
        assertThat(res.pinpoint()).isEqualTo("\u00B6 4(c)");
        assertThat(res.fields().date()).isEqualTo("2013-12-27");
    }

    @Test
    void aBlogNamedAsSuchIsAWebPageNotNews() {
        Article a = parse(
                "Tomas Vidal, The Proxy Problem, Harbourline Blog (Mar. 4, 2022), https://www.harbourline.example/proxy.",
                "Dana Okafor, Ports Reopen After Strike, Coastal Gazette (Jan. 3, 2012), https://gazette.example/ports.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.WEB_PAGE);
        assertThat(c.fields().title()).isEqualTo("The Proxy Problem");
        assertThat(c.fields().container()).isEqualTo("Harbourline Blog");
        assertThat(c.fields().date()).isEqualTo("2022-03-04");
        assertThat(cite(a, 2, 0).type()).isEqualTo(CitationType.NEWS_ARTICLE);
    }

    @Test
    void anOutletAbbreviatedBeforeAWholeWordAndAContractedBodyStayInOneCitation() {
        Article a = parse(
                "Ada Reyes & Tom Vik, Ports Brace for New Duties, Sci. Monitor (Jan. 9, 2021, 8:00 AM), https://news.example.org/ports.",
                "Scand. Ass'n, Briefing on Example Tariff Rules 7 (2020).");
        assertThat(cites(a, 1)).hasSize(1);
        Citation news = cite(a, 1, 0);
        assertThat(news.fields().container()).isEqualTo("Sci. Monitor");
        assertThat(news.fields().date()).isEqualTo("2021-01-09");
        assertThat(names(news.fields().authors())).containsExactly("Reyes|Ada", "Vik|Tom");
        assertThat(cites(a, 2)).hasSize(1);
        assertThat(names(cite(a, 2, 0).fields().authors())).containsExactly("org:Scand. Ass'n");
    }

    @Test
    void aCaseWhosePartyNameHasLowerCaseWordsIsNotAProseLeadIn() {
        Article a = parse(
                "Harrow Grain Co. v. Board of Export Licensing Appeals, 77 F.4th 902, 910 (9th Cir. 2023), cert. denied, 144 S. Ct. 88 (2024).",
                "Harrow Grain, 77 F.4th at 915.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(c.fields().title()).isEqualTo("Harrow Grain Co. v. Board of Export Licensing Appeals");
        assertThat(c.fields().authors()).isEmpty();
        assertThat(c.fields().container()).isEqualTo("F.4th");
        assertThat(c.fields().volume()).isEqualTo("77");
        assertThat(c.fields().pages()).isEqualTo("902");
        assertThat(c.pinpoint()).isEqualTo("910");
        assertThat(c.fields().year()).isEqualTo("2023");
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aForthcomingArticleHasVolumeJournalYearAndAManuscriptPinpoint() {
        Article a = parse(
                "Cf. Oren Tal, Ports of Last Resort, 88 Example L.J. (forthcoming 2026) (manuscript at 31), https://papers.example.org/tal.",
                "Tal, supra note 1, at 40.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(c.fields().title()).isEqualTo("Ports of Last Resort");
        assertThat(c.fields().container()).isEqualTo("Example L.J.");
        assertThat(c.fields().volume()).isEqualTo("88");
        assertThat(c.fields().year()).isEqualTo("2026");
        assertThat(c.fields().pages()).isNull();
        assertThat(c.pinpoint()).isEqualTo("31");
        assertThat(c.fields().url()).isEqualTo("https://papers.example.org/tal");
        assertThat(cite(a, 2, 0).type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
    }

    @Test
    void anEuCaseWithItsCaseNumberAndEcliAndItsShortForm() {
        Article a = parse(
                "See Case C-77/20, Varno Shipping v. Commission, ECLI:EU:C:2022:301, ¶ 41 (Apr. 7, 2022).",
                "Varno Shipping, ECLI:EU:C:2022:301, ¶ 45.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(c.fields().title()).isEqualTo("Varno Shipping v. Commission");
        assertThat(c.fields().date()).isEqualTo("2022-04-07");
        assertThat(c.fields().year()).isEqualTo("2022");
        assertThat(c.pinpoint()).isEqualTo("¶ 41");
        Citation s = cite(a, 2, 0);
        assertThat(s.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(s.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(s.fields().title()).isEqualTo("Varno Shipping");
        assertThat(s.pinpoint()).isEqualTo("¶ 45");
    }

    @Test
    void casesNamedAgainWithTheirApplicationOrCaseNumberAreShortForms() {
        Article a = parse(
                "R.V. v. Eldmark, App. No. 30517/16, \u00B6 71 (Eur. Ct. H.R. Feb. 4, 2019).",
                "Tessaro Minerals S.A. v. Republic of Quenland, ICSID Case No. ARB/14/9, Award, \u00B6 205 (Sept. 8, 2018).",
                "See R.V., App. No. 30517/16, \u00B6 83.",
                "Tessaro Minerals, ICSID Case No. ARB/14/9, \u00B6 230.");
        Citation s = cite(a, 3, 0);
        assertThat(s.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(s.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(s.fields().title()).isEqualTo("R.V.");
        assertThat(s.fields().authors()).isEmpty();
        assertThat(s.pinpoint()).isEqualTo("\u00B6 83");
        Citation t = cite(a, 4, 0);
        assertThat(t.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(t.shortFormOf()).isEqualTo(new CitationRef(2, 0));
        assertThat(t.fields().title()).isEqualTo("Tessaro Minerals");
        assertThat(t.pinpoint()).isEqualTo("\u00B6 230");
    }

    @Test
    void aSentenceOfCommentaryWithAPossessiveIsNoCitation() {
        Article a = parse(
                "See Dana Orlov, Ports of Last Resort, 71 Example L.J. 210, 215 (2016).",
                "Id. at 219. The ministry\u2019s later tallies paint a bleaker picture.",
                "The tribunal's own record points the other way.",
                "Orlov's Ports of Last Resort");
        assertThat(cites(a, 2)).hasSize(1);
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("219");
        assertThat(cites(a, 3)).isEmpty();
        assertThat(cites(a, 4)).hasSize(1);
    }

    @Test
    void threeEditorsBeforeEdsAreAllEditorsNotAPublisher() {
        Citation c = cite(parse(
                "Ines Varga, Tolls at Sea, in Example Handbook of Port Law 90, 94 (Lina Ortu, Kemal Arslan & Yuki Mori eds., 2020)."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.CHAPTER);
        assertThat(names(c.fields().editors())).containsExactly("Ortu|Lina", "Arslan|Kemal", "Mori|Yuki");
        assertThat(c.fields().publisher()).isNull();
        assertThat(c.fields().year()).isEqualTo("2020");
    }

    @Test
    void anUnsignedStudentNoteHasNoAuthorAndItsSupraFormIsACitation() {
        Article a = parse(
                "Note, Salvage Claims Against Sovereign Ships, 88 Example L. Rev. 1201, 1205 (2011).",
                "See Carla Moss, Ports, 12 Example J. 1 (2010); Note, supra note 1, at 1210.");
        Citation full = cite(a, 1, 0);
        assertThat(full.type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(full.fields().authors()).isEmpty();
        assertThat(full.fields().title()).isEqualTo("Salvage Claims Against Sovereign Ships");
        assertThat(cites(a, 2)).hasSize(2);
        Citation s = cite(a, 2, 1);
        assertThat(s.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(s.fields().authors()).isEmpty();
        assertThat(s.pinpoint()).isEqualTo("1210");
    }

    @Test
    void aCongressionalHearingEndsItsTitleAtTheCongressAndCitesAPage() {
        Citation c = cite(parse(
                "Port Security Funding: Hearing Before the S. Comm. on Example Affs., 116th Cong. 22 (2019) (statement of Ida Ruiz, Director)."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.OTHER);
        assertThat(c.fields().title()).isEqualTo("Port Security Funding: Hearing Before the S. Comm. on Example Affs.");
        assertThat(c.pinpoint()).isEqualTo("22");
        assertThat(c.fields().year()).isEqualTo("2019");
        assertThat(c.fields().volume()).isNull();
    }

    @Test
    void anAgencyReportNumberBeforeTheTitleIsItsIssue() {
        Citation c = cite(parse(
                "Nat'l Example Off., NEO-19-204, Example Port Fees and Their Costs 8 (2019), available at https://budget.example.gov/neo-19-204."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(names(c.fields().authors())).containsExactly("org:Nat'l Example Off.");
        assertThat(c.fields().issue()).isEqualTo("NEO-19-204");
        assertThat(c.fields().title()).isEqualTo("Example Port Fees and Their Costs");
        assertThat(c.pinpoint()).isEqualTo("8");
    }

    @Test
    void anAcronymInsideATitleAndAPageBeforeTheDate() {
        Citation c = cite(parse(
                "Nordic Example Council, Notice on Applying Regulation (NEC) No. 12/2019 to Ports, at 9 (Mar. 2, 2020), available at https://nec.example.org/notice-12."), 1, 0);
        assertThat(c.fields().title()).isEqualTo("Notice on Applying Regulation (NEC) No. 12/2019 to Ports");
        assertThat(c.pinpoint()).isEqualTo("9");
        assertThat(c.fields().date()).isEqualTo("2020-03-02");
        assertThat(c.fields().container()).isNull();
    }

    @Test
    void anAgencyAbbreviatedWordByWordIsAnOrganisationNotAPerson() {
        Citation c = cite(parse(
                "Cong. Budget Off., CBO-19-204, Example Port Fees and Their Costs 8 (2019), available at https://budget.example.gov/cbo-19-204."), 1, 0);
        assertThat(names(c.fields().authors())).containsExactly("org:Cong. Budget Off.");
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(c.fields().issue()).isEqualTo("CBO-19-204");
    }
    @Test
    void honorificsAndAbbreviatedGivenNamesSplitNeitherTheCitationNorTheName() {
        Article a = parse(
                "Hon. Chas. Reed & Sen. Ann Lowe, Harbors and Duties, 14 Example J. Int'l L. 101, 104 (2004).",
                "See Prof. Wm. Harlow, Tides of Custom 45 (2000); Thos. Bright & Geo. Marlow, Harbors of Law 22 (1988).",
                "Dr. Jas. Fenn, Quiet Waters, 9 Example L.J. 1, 3 (1999).");
        Citation c = cite(a, 1, 0);
        assertThat(names(c.fields().authors())).containsExactly("Reed|Chas.", "Lowe|Ann");
        assertThat(c.fields().title()).isEqualTo("Harbors and Duties");
        assertThat(cites(a, 2)).hasSize(2);
        assertThat(names(cite(a, 2, 0).fields().authors())).containsExactly("Harlow|Wm.");
        assertThat(cite(a, 2, 0).fields().title()).isEqualTo("Tides of Custom");
        assertThat(names(cite(a, 2, 1).fields().authors())).containsExactly("Bright|Thos.", "Marlow|Geo.");
        assertThat(cites(a, 3)).hasSize(1);
        assertThat(names(cite(a, 3, 0).fields().authors())).containsExactly("Fenn|Jas.");
        assertThat(cite(a, 3, 0).pinpoint()).isEqualTo("3");
    }
    @Test
    void aReportNumberWithoutAHyphenAndASubtitleAfterAColon() {
        Article a = parse(
                "See Cong. Rsch. Serv., R47711, Example Levies on Harbors: Background and Options 6 (2022).",
                "Cong. Rsch. Serv., Example Levies on Harbors: Background and Options 9 (2022).",
                "CRS Report RL31020, Dredging the Example Channel: Issues for Congress 14 (2019).");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(names(c.fields().authors())).containsExactly("org:Cong. Rsch. Serv.");
        assertThat(c.fields().issue()).isEqualTo("R47711");
        assertThat(c.fields().title()).isEqualTo("Example Levies on Harbors: Background and Options");
        assertThat(c.fields().place()).isNull();
        assertThat(c.pinpoint()).isEqualTo("6");
        assertThat(c.fields().year()).isEqualTo("2022");
        Citation plain = cite(a, 2, 0);
        assertThat(plain.type()).isEqualTo(CitationType.REPORT);
        assertThat(plain.fields().issue()).isNull();
        assertThat(plain.fields().title()).isEqualTo("Example Levies on Harbors: Background and Options");
        assertThat(plain.pinpoint()).isEqualTo("9");
        Citation crs = cite(a, 3, 0);
        assertThat(crs.type()).isEqualTo(CitationType.REPORT);
        assertThat(names(crs.fields().authors())).containsExactly("org:CRS");
        assertThat(crs.fields().issue()).isEqualTo("RL31020");
        assertThat(crs.fields().title()).isEqualTo("Dredging the Example Channel: Issues for Congress");
        assertThat(crs.pinpoint()).isEqualTo("14");
        assertThat(crs.fields().year()).isEqualTo("2019");
    }
    @Test
    void aBodysYearbookInBluebookFormIsAReport() {
        Article a = parse(
                "Example Law Comm'n, Report on Harbour Fees, Y.B. Example L. Comm'n 2003, vol. II, pt. 1, at 58.",
                "Example Law Comm'n, Draft Guidelines on Harbour Fees, [2004] 2 Y.B. Example L. Comm'n 40, 44.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(c.fields().title()).isEqualTo("Report on Harbour Fees");
        assertThat(c.fields().container()).isEqualTo("Y.B. Example L. Comm'n");
        assertThat(c.fields().year()).isEqualTo("2003");
        assertThat(c.fields().volume()).isEqualTo("II");
        assertThat(c.fields().issue()).isEqualTo("1");
        assertThat(c.pinpoint()).isEqualTo("58");
        Citation b = cite(a, 2, 0);
        assertThat(b.type()).isEqualTo(CitationType.REPORT);
        assertThat(b.fields().title()).isEqualTo("Draft Guidelines on Harbour Fees");
        assertThat(b.fields().container()).isEqualTo("Y.B. Example L. Comm'n");
        assertThat(b.fields().year()).isEqualTo("2004");
        assertThat(b.fields().volume()).isEqualTo("2");
        assertThat(b.fields().pages()).isEqualTo("40");
        assertThat(b.pinpoint()).isEqualTo("44");
    }
    @Test
    void aPersonsReportForAnAgencyWithItsNumber() {
        Citation c = cite(parse(
                "Ines Varga, Cong. Rsch. Serv., R46003, Harbour Dredging: Issues for Congress 11 (2019)."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(names(c.fields().authors())).containsExactly("Varga|Ines");
        assertThat(c.fields().issue()).isEqualTo("R46003");
        assertThat(c.fields().title()).isEqualTo("Harbour Dredging: Issues for Congress");
        assertThat(c.pinpoint()).isEqualTo("11");
        assertThat(c.fields().year()).isEqualTo("2019");
    }

    @Test
    void anInstitutionalAuthorsUnitComesBeforeTheBodyItBelongsTo() {
        Article a = parse("Off. of the Harbourmaster, Int'l Quay Ct., Policy on Berth Allocation 12 (2021).",
                "Bureau of Quays, U.S. Dep't of State, Report on Harbour Practices 14 (2021).",
                "Harbour Research Inst., Policy on Cranes, Berths and Dues 3 (2020).");
        assertThat(names(cite(a, 1, 0).fields().authors())).containsExactly("org:Off. of the Harbourmaster, Int'l Quay Ct.");
        assertThat(cite(a, 1, 0).fields().title()).isEqualTo("Policy on Berth Allocation");
        assertThat(names(cite(a, 2, 0).fields().authors())).containsExactly("org:Bureau of Quays, U.S. Dep't of State");
        assertThat(names(cite(a, 3, 0).fields().authors())).as("no unit, so the title stays whole")
                .containsExactly("org:Harbour Research Inst.");
    }

    @Test
    void aStatutesPopularNameAfterItsYearNamesNothing() {
        Citation c = cite(parse("See 1 U.S.C. § 112b (2018) (Harbour Agreements Act)."), 1, 0);
        assertThat(c.fields().container()).isEqualTo("U.S.C.");
        assertThat(c.fields().volume()).isEqualTo("1");
        assertThat(c.fields().year()).isEqualTo("2018");
        assertThat(c.pinpoint()).isEqualTo("§ 112b");
    }
}
