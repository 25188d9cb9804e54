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

/** Forms found wanting by the twenty-ninth and thirtieth blind held-out rounds, each with invented text. */
class RoundTwentyNineFormsTest {

    @Test
    void aSentenceOfProseNamesItsSourceAfterAColon() {
        Article a = parse(
                "The quay clause was, on the record, a compromise nobody wished to define: Ilse Marrow-Dunne, "
                        + "Drafting the Harbour Code: A History (Lisbon: Quay Press, 2015), pp. 44–9.",
                "On that reading no licence could cure a seizure of the quay: ibid., p. 51.",
                "The working draft avoids the word ‘owner’ and speaks instead of the ‘use’ of berths: A/AC.999/L.12, principle 3.",
                "Marrow-Dunne, ‘Quays: A Note’, p. 3.");
        Citation book = cite(a, 1, 0);
        assertThat(book.type()).isEqualTo(CitationType.BOOK);
        assertThat(names(book.fields().authors())).containsExactly("Marrow-Dunne|Ilse");
        assertThat(book.fields().title()).isEqualTo("Drafting the Harbour Code: A History");
        Citation ibid = cite(a, 2, 0);
        assertThat(ibid.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(ibid.pinpoint()).isEqualTo("51");
        Citation draft = cite(a, 3, 0);
        assertThat(draft.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(draft.fields().unSymbol()).isEqualTo("A/AC.999/L.12");
        assertThat(draft.fields().title()).isNull();
        assertThat(cites(a, 4)).as("a title's subtitle after a colon is no citation of its own").hasSize(1);
    }

    @Test
    void aSourceNamedInTheMiddleOfASentence() {
        Article a = parse(
                "Tomas Ferreira-Lind, ‘Berths and Borders’, Harbour Law Review 12:3 (2019), pp. 200–30.",
                "The analogy is weak: cranes wear out and quays do not, a point made forcefully by Ferreira-Lind, "
                        + "‘Berths and Borders’, p. 214.",
                "On the meaning of ‘use’, the most careful treatment is Ana Quill-Moreau, ‘Use as Occupation’, "
                        + "Quay Studies 4:1 (2020), pp. 1–22, at p. 9.");
        Citation shortForm = cite(a, 2, 0);
        assertThat(names(shortForm.fields().authors())).containsExactly("Ferreira-Lind|null");
        assertThat(shortForm.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        Citation article = cite(a, 3, 0);
        assertThat(names(article.fields().authors())).containsExactly("Quill-Moreau|Ana");
        assertThat(article.fields().title()).isEqualTo("Use as Occupation");
    }

    @Test
    void twoShortFormsJoinedByAndAreTwoCitations() {
        Article a = parse(
                "Rhea Dunmore, ‘Licensing Berths’, Quay Studies 3:2 (2018), pp. 150–70; Olu Brannigan, ‘Cranes in Common’, "
                        + "Harbour Law Review 9:1 (2017), pp. 400–33.",
                "See Dunmore, ‘Licensing Berths’, pp. 160–3, and, more optimistically, Brannigan, ‘Cranes in Common’, p. 425.",
                "See Brannigan, ‘Cranes in Common’, p. 410, and Dunmore, ‘Licensing Berths’, p. 152.");
        List<Citation> second = cites(a, 2);
        assertThat(second).hasSize(2);
        assertThat(second.get(0).pinpoint()).isEqualTo("160-163");
        assertThat(second.get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(second.get(1).shortFormOf()).isEqualTo(new CitationRef(1, 1));
        assertThat(second.get(1).pinpoint()).isEqualTo("425");
        List<Citation> third = cites(a, 3);
        assertThat(third).hasSize(2);
        assertThat(third.get(1).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(third.get(1).signal()).as("the signal carries over").isEqualTo("See");
    }

    @Test
    void anAsideAfterAndThenAnOrganisationsPublication() {
        Article a = parse("Some ports have legislated. See Harbour Act 2015, s. 4; and, for a comparison of the national laws, "
                + "Quay Policy Institute, Port Legislation: A Survey (Lisbon: Quay Policy Institute, 2022), pp. 9–31.");
        Citation survey = cite(a, 1, 1);
        assertThat(names(survey.fields().authors())).containsExactly("org:Quay Policy Institute");
        assertThat(survey.fields().title()).isEqualTo("Port Legislation: A Survey");
    }

    @Test
    void sentencesOfProseWithoutACitationAreDropped() {
        Article a = parse(
                "Dunmore, ‘Licensing Berths’, p. 4. Article 6 makes the port authority responsible for ‘activities on the quay’, "
                        + "whether carried on by its own staff or by contractors.",
                "The tribunal awarded $2.5 million with interest. Quayline Corp. v. Republic of Portia, ICSID Case No. ARB/15/2, Award, "
                        + "¶ 40 (May 3, 2019).",
                "Of the twelve awards on which creditors sought execution between 2010 and 2020, nine remained unpaid. "
                        + "Quay Monitor, Annual Review 2021, at 18 (2022).",
                "See Quay Monitor, supra note 3, at 22, and neither accounts for settlements.");
        assertThat(cites(a, 1)).hasSize(1);
        assertThat(cites(a, 2)).hasSize(1);
        assertThat(cite(a, 2, 0).type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(cites(a, 3)).hasSize(1);
        Citation supra = cite(a, 4, 0);
        assertThat(supra.raw()).isEqualTo("See Quay Monitor, supra note 3, at 22");
        assertThat(supra.pinpoint()).isEqualTo("22");
    }

    @Test
    void billsAndSessionLawsWithTheSectionCited() {
        Article a = parse(
                "Harbour Award Enforcement Act, S. 1234, 118th Cong. § 3 (2023).",
                "See Quay Competitiveness Act, Pub. L. No. 114-12, 129 Stat. 104 (2015), § 402.",
                "Port Appropriations Act, 2023, Pub. L. No. 117-99, § 7001(b), 136 Stat. 4000 (2022).");
        Citation bill = cite(a, 1, 0);
        assertThat(bill.type()).isEqualTo(CitationType.OTHER);
        assertThat(bill.fields().title()).isEqualTo("Harbour Award Enforcement Act");
        assertThat(bill.fields().authors()).isEmpty();
        assertThat(bill.fields().year()).isEqualTo("2023");
        assertThat(bill.pinpoint()).isEqualTo("§ 3");
        Citation law = cite(a, 2, 0);
        assertThat(law.type()).isEqualTo(CitationType.OTHER);
        assertThat(law.fields().title()).isEqualTo("Quay Competitiveness Act");
        assertThat(law.fields().container()).isEqualTo("Stat.");
        assertThat(law.pinpoint()).isEqualTo("§ 402");
        assertThat(cite(a, 3, 0).pinpoint()).isEqualTo("§ 7001(b)");
    }

    @Test
    void bodiesNamedByWhatTheyAreForAndByAWatchdogsName() {
        Article a = parse(
                "See also Committee on the Elimination of Discrimination against Dockworkers, R.T. v. Portia, Communication No. 12/2020, "
                        + "UN Doc. CEDD/C/8/D/12/2020 (February 17, 2023), para. 8.4.",
                "Treaty Port Watch, Implementing Awards: A Survey, Research Report no. 7 (Lisbon: Treaty Port Watch, 2021), 14–16.",
                "Report of the Harbour Rights Committee, UN Doc. A/77/999 (2022), paras. 30–34.");
        Citation views = cite(a, 1, 0);
        assertThat(names(views.fields().authors()))
                .containsExactly("org:Committee on the Elimination of Discrimination against Dockworkers");
        assertThat(views.fields().title()).isEqualTo("R.T. v. Portia");
        Citation survey = cite(a, 2, 0);
        assertThat(names(survey.fields().authors())).containsExactly("org:Treaty Port Watch");
        assertThat(survey.fields().title()).isEqualTo("Implementing Awards: A Survey");
        Citation report = cite(a, 3, 0);
        assertThat(report.fields().authors()).as("a report's title names the body; it is no author").isEmpty();
        assertThat(report.fields().title()).isEqualTo("Report of the Harbour Rights Committee");
    }

    @Test
    void viewsAdoptedOnADayAndCitedLaterByThePartiesNames() {
        Article a = parse(
                "Harbour Rights Committee, Quill v. Portia, Communication No. 3104/2018, Views adopted March 22, 2021, "
                        + "UN Doc. CCPR/C/131/D/3104/2018, para. 9.3.",
                "Ibid., para. 11.",
                "Ana Quill-Moreau, Quays and Rights (Lisbon: Quay Press, 2022), 77; Quill v. Portia, para. 10.");
        Citation views = cite(a, 1, 0);
        assertThat(views.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(views.fields().title()).isEqualTo("Quill v. Portia");
        assertThat(views.fields().date()).isEqualTo("2021-03-22");
        assertThat(views.fields().year()).isEqualTo("2021");
        Citation later = cite(a, 3, 1);
        assertThat(later.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(later.shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void internationalCriminalDecisionsSlipOpinionsAndCompanyForms() {
        Article a = parse(
                "Situation in the Republic of Portia, ICC-03/19-45, Decision Pursuant to Article 15 of the Rome Statute, ¶ 88 (Oct. 14, 2021).",
                "Quayside v. Dep't of Ports, No. 23-5061, slip op. at 6 (D.C. Cir. Jan. 9, 2024).",
                "Harbour Energy S.à r.l. v. Kingdom of Portia, PCA Case No. 2017-31, Final Award, ¶ 560 (Perm. Ct. Arb. 2020).",
                "Note, Executing Awards Against Ports, 137 Quay L. Rev. 902, 915 (2024); Port Monitor, Annual Review 2023, at 4 (2024).",
                "Port Monitor, supra note 4, at 5; Note, supra note 4, at 931.");
        Citation situation = cite(a, 1, 0);
        assertThat(situation.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(situation.fields().title()).isEqualTo("Situation in the Republic of Portia");
        assertThat(situation.fields().authors()).isEmpty();
        assertThat(situation.pinpoint()).isEqualTo("¶ 88");
        assertThat(situation.fields().date()).isEqualTo("2021-10-14");
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("6");
        Citation award = cite(a, 3, 0);
        assertThat(award.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(award.fields().title()).isEqualTo("Harbour Energy S.à r.l. v. Kingdom of Portia");
        assertThat(award.pinpoint()).isEqualTo("¶ 560");
        assertThat(cite(a, 5, 1).shortFormOf()).as("the student Note, not the note's first work").isEqualTo(new CitationRef(4, 0));
    }

    @Test
    void harvardEntriesWithoutADateAndATreatyInTheTreatySeries() {
        Article a = parseEntries(
                "Quay Aid Project (no date) Berth exemptions tracker. Available at: https://www.quayaid.org/tracker (Accessed: 2 February 2024).",
                "Constitution of the Harbour Organization (1946) 14 UNTS 185.");
        Citation tracker = cite(a, 1, 0);
        assertThat(names(tracker.fields().authors())).containsExactly("org:Quay Aid Project");
        assertThat(tracker.fields().title()).isEqualTo("Berth exemptions tracker");
        assertThat(tracker.fields().year()).isNull();
        Citation treaty = cite(a, 2, 0);
        assertThat(treaty.type()).isEqualTo(CitationType.TREATY);
        assertThat(treaty.fields().title()).isEqualTo("Constitution of the Harbour Organization");
        assertThat(treaty.fields().authors()).isEmpty();
        assertThat(treaty.fields().container()).isEqualTo("UNTS");
        assertThat(treaty.fields().volume()).isEqualTo("14");
        assertThat(treaty.fields().pages()).isEqualTo("185");
        assertThat(treaty.fields().year()).isEqualTo("1946");
    }
}
