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

/** The forty-first and forty-second blind rounds' causes, and forms found while probing, each with invented text. */
class RoundsFortyOneAndFortyTwoFormsTest {

    private static final String BOOK = "Harold Quay-Strand, The Last Harbour (New York: Carrow Press, 2011).";
    private static final String ARTICLE = "Margit Oyelaran-Pike, “Petitioning the Sea,” Harbour History 38, no. 2 (2019): 211–48.";
    private static final String SECOND_BOOK = "Ruth Castell-Ward, Trusteeship and Tides (Chicago: Lakemoor Press, 2016), 87.";

    @Test
    void threeShortFormsInAListAfterALeadIn() {
        Article a = parse(BOOK, ARTICLE, SECOND_BOOK,
                "The last years are told in Quay-Strand, Last Harbour, 330–52, Oyelaran-Pike, “Petitioning the Sea,” 246–48,"
                        + " and Castell-Ward, Trusteeship and Tides, 260–71; none of them uses the files.");
        assertThat(cites(a, 4)).extracting(Citation::shortFormOf)
                .containsExactly(new CitationRef(1, 0), new CitationRef(2, 0), new CitationRef(3, 0));
    }

    @Test
    void aShortFormAfterARelativeClauseOnTheCitationBefore() {
        Article a = parse(BOOK, "Historians disagree: see Ruth Castell-Ward, Trusteeship and Tides (Chicago: Lakemoor Press, 2016), 87–102,"
                + " who reads it as a victory, and Quay-Strand, Last Harbour, 23–25, who does not.");
        List<Citation> found = cites(a, 2);
        assertThat(found).hasSize(2);
        assertThat(found.get(1).raw()).isEqualTo("Quay-Strand, Last Harbour, 23–25");
        assertThat(found.get(1).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aShortFormAfterAsWithTheSentencesVerbAfterItsPinpoint() {
        Article a = parse(ARTICLE, "As Oyelaran-Pike, “Petitioning the Sea,” 240–44, has shown, the petitions were the main evidence.");
        Citation c = cite(a, 2, 0);
        assertThat(c.raw()).isEqualTo("Oyelaran-Pike, “Petitioning the Sea,” 240–44");
        assertThat(c.fields().authors()).extracting(x -> ((org.citegraph.model.Person) x).given()).containsOnlyNulls();
        assertThat(c.shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aSentenceWithANumberAndAnIrregularVerbIsProseAndIbidSkipsIt() {
        Article a = parse("Report of the Visiting Mission to Quayland, UN Doc. T/1402 (July 2, 1958), paras. 8–9."
                + " The mission heard 41 petitioners in nine days and received more than 300 written petitions. Ibid., para. 104.");
        List<Citation> found = cites(a, 1);
        assertThat(found).hasSize(2);
        assertThat(found.get(1).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void anArchivedTelegramAfterAColonWithAStateCodeEndingTheSentence() {
        Article a = parse("The envoy reported the debate at length: Telegram 812 from Amos Reyes-Pell to the Department of State,"
                + " March 4, 1956, box 12, RG 59, National Archives, College Park, MD. He found the petitioners well organized.");
        List<Citation> found = cites(a, 1);
        assertThat(found).hasSize(1);
        Citation c = found.get(0);
        assertThat(c.type()).isEqualTo(CitationType.OTHER);
        assertThat(c.fields().title()).isEqualTo("Telegram 812 from Amos Reyes-Pell to the Department of State");
        assertThat(c.fields().place()).isEqualTo("College Park, MD");
        assertThat(names(c.fields().authors())).containsExactly("Reyes-Pell|Amos");
    }

    @Test
    void twoUnDocumentsByTitleJoinedByAnd() {
        Article a = parse("The two positions: Petition from the Quay Union concerning Harbouria, UN Doc. T/PET.4/12 (March 3, 1956),"
                + " and Observations of the Administering Authority on the Petition, UN Doc. T/1146 (May 9, 1956).");
        assertThat(cites(a, 1)).extracting(c -> c.fields().unSymbol()).containsExactly("T/PET.4/12", "T/1146");
    }

    @Test
    void anUnsignedHeadlineAfterAColonOfProse() {
        Citation c = cite(parse("The hearings drew the press, and the press drew the delegates: “Petitioners Tell U.N. of Seizures,”"
                + " Harbour Evening Post, June 14, 1956, 7."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.NEWS_ARTICLE);
        assertThat(c.fields().authors()).isEmpty();
        assertThat(c.fields().title()).isEqualTo("Petitioners Tell U.N. of Seizures");
    }

    @Test
    void aSetsNumberOfVolumesEndsTheTitle() {
        Citation c = cite(parse("See Quincy Hall-Ward, The Mandates and Their Heirs, 3 vols. (London: Ashby, 1961), 2:341–58."), 1, 0);
        assertThat(c.fields().title()).isEqualTo("The Mandates and Their Heirs");
        assertThat(c.fields().volume()).isEqualTo("2");
    }

    @Test
    void rulesOfProcedureAreATitleNotABody() {
        Citation c = cite(parse("See Rules of Procedure of the Harbour Council, UN Doc. T/1/Rev.7 (1960), rules 7–9."), 1, 0);
        assertThat(c.fields().authors()).isEmpty();
        assertThat(c.fields().title()).isEqualTo("Rules of Procedure of the Harbour Council");
    }

    @Test
    void theSenatesExecutiveReportAndARestatementsReportersNote() {
        Article a = parse("Restatement (Fourth) of Harbour Law § 306 cmt. a (Am. L. Inst. 2018); cf. id. § 306 reporters' note 4.",
                "See also S. Exec. Rep. No. 109-4, at 3–4 (2005).");
        assertThat(cite(a, 1, 1).pinpoint()).isEqualTo("§ 306 reporters' note 4");
        Citation report = cite(a, 2, 0);
        assertThat(report.type()).isEqualTo(CitationType.REPORT);
        assertThat(report.fields().container()).isEqualTo("S. Exec. Rep.");
        assertThat(report.fields().issue()).isEqualTo("109-4");
    }

    @Test
    void contrastIsASignalAndACaseNamedAfterAColonKeepsItsIn() {
        Article a = parse("The Court has spoken once, and obliquely: Conservation of Stocks in the Quay Sea (Vastia v. Karel), Judgment,"
                + " ICJ Reports 2019, p. 402, paras. 86–91. Contrast Arbitration concerning the Vessel Tern (Karel v. Ostia),"
                + " PCA Case No. 2017-12, Award of 9 March 2021, paras. 311–15, where the tribunal asked less.");
        List<Citation> found = cites(a, 1);
        assertThat(found.get(0).fields().title()).isEqualTo("Conservation of Stocks in the Quay Sea (Vastia v. Karel)");
        assertThat(found.get(1).signal()).isEqualTo("Contrast");
        assertThat(found.get(1).fields().title()).startsWith("Arbitration concerning");
    }

    @Test
    void citationsJoinedByAndOrAsWellAsWhateverTheirFirstWords() {
        Article a = parse("Harbour Treaty (Lisbon, 2 May 1990), 1700 UNTS 3 (hereafter HT), art. 1.",
                "Request for an Advisory Opinion on Quays, Case No. 9, Advisory Opinion of 2 April 2020, ITLOS Reports 2020, p. 4"
                        + " (hereafter Quays Opinion).",
                "Called for: UN General Assembly Resolution 76/12, UN Doc. A/RES/76/12 (9 December 2021), para. 5, and UN General"
                        + " Assembly Resolution 78/9, UN Doc. A/RES/78/9 (5 December 2023), paras. 4–5.",
                "See also HT, art. 19(1), and Quays Opinion, para. 136. On the practice, see Ines Pell, ‘Quays’, in Ana Reyes (ed.),"
                        + " Harbour Law (Cambridge: Keel Press, 2019), pp. 145–72, as well as FAO, The State of Quays 2022 (Rome: FAO, 2022),"
                        + " pp. 33–7.");
        assertThat(cites(a, 3)).extracting(c -> c.fields().unSymbol()).containsExactly("A/RES/76/12", "A/RES/78/9");
        List<Citation> fourth = cites(a, 4);
        assertThat(fourth).hasSize(4);
        assertThat(fourth.get(1).shortFormOf()).isEqualTo(new CitationRef(2, 0));
        assertThat(names(fourth.get(3).fields().authors())).containsExactly("org:FAO");
    }

    @Test
    void anOpCitShortFormAsTheSubjectOfAClause() {
        Article a = parse("Tomas Adeyemi-Lund, ‘Genuine Links’, Harbour Review 14:3 (2020), pp. 201–34.",
                "This is hard to reconcile with the award (Tern, para. 95), and Adeyemi-Lund, op. cit., p. 228, does not try.");
        Citation c = cites(a, 2).get(cites(a, 2).size() - 1);
        assertThat(c.raw()).isEqualTo("Adeyemi-Lund, op. cit., p. 228");
        assertThat(c.pinpoint()).isEqualTo("228");
        assertThat(c.shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aTreatyAfterAColonAndAnOpinionBetweenEnDashes() {
        Article a = parse("The gap was filled later: Agreement for the Implementation of the Provisions relating to Harbour Stocks"
                        + " (New York, 4 August 1995, in force 11 December 2001), 2167 UNTS 3 (hereafter Stocks Agreement), art. 18(3).",
                "The Tribunal read them together – Request for an Advisory Opinion Submitted by the Quay Commission, Case No. 34,"
                        + " Advisory Opinion of 2 April 2022, ITLOS Reports 2022, p. 4, paras. 127–9 – and it held the duty one of conduct.");
        assertThat(cite(a, 1, 0).raw()).startsWith("Agreement for the Implementation");
        Citation opinion = cite(a, 2, 0);
        assertThat(opinion.fields().title()).isEqualTo("Request for an Advisory Opinion Submitted by the Quay Commission");
        assertThat(opinion.pinpoint()).isEqualTo("paras. 127-129");
    }

    @Test
    void aDefinedNameWithARelativeClauseAfterItsPinpointAndABareSymbolInBrackets() {
        Article a = parse("Harbour Convention (Montego Bay, 10 December 1982), 1833 UNTS 3 (hereafter HC), art. 94(1).",
                "UN Secretary-General, Report on Quays, UN Doc. A/78/312 (14 August 2023), para. 2.",
                "Cf. HC, art. 94(6), which gives other states less. The Secretary-General counted forty-one (A/78/312, para. 26).");
        List<Citation> found = cites(a, 3);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(found.get(1).fields().unSymbol()).isEqualTo("A/78/312");
        assertThat(found.get(1).shortFormOf()).isEqualTo(new CitationRef(2, 0));
    }

    @Test
    void anAgencysResolutionAfterAnApaTitle() {
        Citation c = cite(parseEntries("International Maritime Organization. (2004). Guidelines on harbours (Resolution MSC.167(78))."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(c.fields().unSymbol()).isEqualTo("MSC.167(78)");
        assertThat(c.fields().title()).isEqualTo("Guidelines on harbours");
    }

    @Test
    void exRelIsNoSentenceEndAndABlogSaysSoInItsAddress() {
        Article a = parse("Cf. Quill ex rel. Quill v. Reyes, 576 U.S. 1, 14–16 (2015).",
                "Jack Pell, The Executive's Treaties, Lawfare (Oct. 3, 2022, 9:15 AM), https://www.harbourblog.example/treaties.");
        assertThat(cites(a, 1)).hasSize(1);
        assertThat(cite(a, 1, 0).fields().title()).isEqualTo("Quill ex rel. Quill v. Reyes");
        assertThat(cite(a, 2, 0).type()).isEqualTo(CitationType.WEB_PAGE);
    }

    @Test
    void anApaEntryInPressAndAVolumeOfAReferenceWork() {
        Citation inPress = cite(parseEntries("Zhou, M. (in press). Salt and law. Ocean Law Review, 3(1), 4–5."), 1, 0);
        assertThat(names(inPress.fields().authors())).containsExactly("Zhou|M.");
        assertThat(inPress.fields().title()).isEqualTo("Salt and law");
        assertThat(inPress.fields().year()).isNull();
        Citation entry = cite(parseEntries("Vale, P. (2020). Harbours. In Encyclopedia of the sea (Vol. 3, pp. 210–215). Keel Press."), 1, 0);
        assertThat(entry.fields().volume()).isEqualTo("3");
        assertThat(entry.fields().pages()).isEqualTo("210-215");
        assertThat(entry.fields().container()).isEqualTo("Encyclopedia of the sea");
    }
}
