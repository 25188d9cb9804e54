package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.notes.NotesAssertions.cite;
import static org.citegraph.notes.NotesAssertions.cites;
import static org.citegraph.notes.NotesAssertions.parse;
import static org.citegraph.notes.NotesAssertions.parseEntries;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationType;

/** Forms found wanting by the twenty-sixth to twenty-eighth blind held-out rounds, each with invented text. */
class RoundTwentySixFormsTest {

    @Test
    void aRegionalCourtsSeriesNumberIsFollowedByTheDayOfTheDecision() {
        Article a = parse(
                "Case of the Quayside Fishers v. Esteria, Merits, Judgment, Inter-Am. Ct. H.R. (ser. C) No. 402 (May 3, 2018), para. 71.",
                "See Harbour Workers in Transit, Advisory Opinion OC-31/20, Inter-Am. Ct. H.R. (ser. A) No. 31 (June 9, 2020), para. 12.");
        Citation judgment = cite(a, 1, 0);
        assertThat(judgment.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(judgment.fields().container()).isEqualTo("Inter-Am. Ct. H.R. (ser. C)");
        assertThat(judgment.fields().issue()).isEqualTo("402");
        assertThat(judgment.fields().date()).isEqualTo("2018-05-03");
        Citation opinion = cite(a, 2, 0);
        assertThat(opinion.type()).as("an advisory opinion is named by its subject, without parties").isEqualTo(CitationType.LEGAL_CASE);
        assertThat(opinion.fields().title()).isEqualTo("Harbour Workers in Transit");
        assertThat(opinion.fields().authors()).isEmpty();
        assertThat(opinion.fields().issue()).isEqualTo("31");
        assertThat(opinion.fields().date()).isEqualTo("2020-06-09");
        assertThat(opinion.pinpoint()).isEqualTo("para. 12");
    }

    @Test
    void anotherOrganisationsDocumentIsNoUnDocumentAndAnInstrumentSignedOnADayIsATreaty() {
        Article a = parse(
                "Protocol to the Charter of the Quay States on the Harbour Court, March 2, 2004, OAU Doc. OAU/LEG/QS/HC/PROT (II), art. 4(1).",
                "Charter of the Quay States, May 5, 1990, OAS Doc. CAB/QS/12/1 rev. 2, 30 I.L.M. 11 (1991).");
        Citation protocol = cite(a, 1, 0);
        assertThat(protocol.type()).isEqualTo(CitationType.TREATY);
        assertThat(protocol.fields().title()).isEqualTo("Protocol to the Charter of the Quay States on the Harbour Court");
        assertThat(protocol.fields().date()).isEqualTo("2004-03-02");
        assertThat(protocol.fields().unSymbol()).isNull();
        assertThat(protocol.pinpoint()).isEqualTo("art. 4(1)");
        Citation charter = cite(a, 2, 0);
        assertThat(charter.type()).isEqualTo(CitationType.TREATY);
        assertThat(charter.fields().unSymbol()).isNull();
        assertThat(charter.fields().container()).isEqualTo("I.L.M.");
        assertThat(a.diagnostics()).isEmpty();
    }

    @Test
    void aFederalRegisterNoticeDatedAfterItsAgency() {
        Article a = parse("Notice of Inquiry on Quay Cranes, 89 Fed. Reg. 3,120 (Dep't of Transp. Feb. 6, 2024).");
        Citation notice = cite(a, 1, 0);
        assertThat(notice.fields().pages()).isEqualTo("3,120");
        assertThat(notice.fields().date()).isEqualTo("2024-02-06");
        assertThat(notice.fields().year()).isEqualTo("2024");
    }

    @Test
    void aTitleEndingInAQuestionIsFollowedByItsNumberedSeries() {
        Article a = parseEntries(
                "Marlow, R. (2021) Who Runs the Harbour? Working Paper No. 7. Lisbon: Quay Institute.",
                "Marlow, R. (2022). Who runs the harbour? Cranes and power (Working Paper No. 2022/3). Quay Institute.");
        Citation paper = cite(a, 1, 0);
        assertThat(paper.fields().title()).isEqualTo("Who Runs the Harbour?");
        assertThat(paper.fields().container()).isEqualTo("Working Paper");
        assertThat(paper.fields().issue()).isEqualTo("7");
        assertThat(cite(a, 2, 0).fields().title()).as("a subtitle follows the question; the series is in brackets")
                .isEqualTo("Who runs the harbour? Cranes and power");
    }

    @Test
    void aJournalsVolumeAndIssueBeforeTheYearWithoutAComma() {
        Article a = parse("See A. Smith, Quays (Lisbon: Quay Press, 2016), pp. 3–9; and Lina Ostrava, ‘Silent Harbours’, "
                + "Harbour Law Review 41:2 (2019), pp. 215–44 (p. 218).",
                "Lina Ostrava, ‘Loud Harbours’, Journal of Quays 12:45–47.");
        Citation article = cite(a, 1, 1);
        assertThat(article.fields().container()).isEqualTo("Harbour Law Review");
        assertThat(article.fields().volume()).isEqualTo("41");
        assertThat(article.fields().issue()).isEqualTo("2");
        assertThat(article.fields().pages()).isEqualTo("215-244");
        assertThat(article.pinpoint()).isEqualTo("218");
        Citation usStyle = cite(a, 2, 0);
        assertThat(usStyle.fields().volume()).as("without a year after it, the number after the colon is a page").isEqualTo("12");
        assertThat(usStyle.fields().issue()).isNull();
    }

    @Test
    void aSentenceWithAPluralsPossessiveIsProse() {
        Article a = parse("The panel read the parties' later letters as a subsequent agreement. Quay Dispute (Esteria v. Malvonia), "
                + "Award of 3 May 2020, PCA Case no. 2018-02, para. 14.");
        assertThat(cites(a, 1)).hasSize(1);
        assertThat(cite(a, 1, 0).type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(cite(a, 1, 0).fields().title()).isEqualTo("Quay Dispute (Esteria v. Malvonia)");
    }

    @Test
    void anOrganisationsUnitPublishedByItsParentAndAPublicationPageAreReports() {
        Article a = parseEntries(
                "United Nations Office of Harbour Affairs. (2023). Financing quays in a fragmented world. United Nations.",
                "Quay Bank. (2022). Crane transparency in port economies. https://www.quaybank.org/en/topic/cranes/publication/crane-transparency",
                "Harbour Office (2022) Quay inspections: guidance. Available at: https://www.example.gov/government/publications/quay-inspections "
                        + "(Accessed: 4 October 2022).");
        assertThat(cite(a, 1, 0).type()).isEqualTo(CitationType.REPORT);
        assertThat(cite(a, 2, 0).type()).isEqualTo(CitationType.REPORT);
        assertThat(cite(a, 3, 0).type()).as("read on a given day, as a page is").isEqualTo(CitationType.WEB_PAGE);
    }

    @Test
    void aDepositaryNotificationIsAUnDocumentNamedByItsReference() {
        Article a = parse("For a later objection, see Depositary Notification C.N.97.2021.TREATIES-XXIII.1, 2 March 2021.",
                "C.N.97.2021.TREATIES-XXIII.1.");
        Citation notification = cite(a, 1, 0);
        assertThat(notification.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(notification.fields().unSymbol()).isEqualTo("C.N.97.2021.TREATIES-XXIII.1");
        assertThat(notification.fields().title()).as("the words that say what it is are no title").isNull();
        assertThat(notification.fields().date()).isEqualTo("2021-03-02");
        assertThat(notification.signal()).isEqualTo("See");
        assertThat(cite(a, 2, 0).workId()).isEqualTo(notification.workId());
        assertThat(a.diagnostics()).isEmpty();
    }

    @Test
    void chicagoAuthorDateNamesAfterTheFirstAreNaturalAndNoDateFollowsABody() {
        Article a = parseEntries(
                "Ostrava, Lina, Arturo Quayle, Priya Harbourne, and Samuel Dock. 2024. “Cranes and Power.” Journal of Quays 11 (2): 201–24.",
                "Quay Bank. n.d. “Crane Costs Dashboard.” Accessed May 14, 2024. https://www.example.org/cranes");
        assertThat(cite(a, 1, 0).fields().authors()).extracting(org.citegraph.model.Agent::displayName)
                .containsExactly("Lina Ostrava", "Arturo Quayle", "Priya Harbourne", "Samuel Dock");
        assertThat(cite(a, 2, 0).fields().authors()).extracting(org.citegraph.model.Agent::displayName).containsExactly("Quay Bank");
        assertThat(cite(a, 2, 0).fields().year()).isNull();
    }

    @Test
    void anItlosCaseNumberIsNoPartOfTheNameAndAWestlawNumberIsItsPage() {
        Article a = parse(
                "Dispute Concerning the Quay Boundary (Esteria/Malvonia), Case No. 41, Judgment of 3 May 2021, ITLOS Reports 2021, p. 4, para. 12.",
                "Quay Cranes, Inc. v. Bureau of Harbours, No. 22-cv-881, 2023 WL 4481230, at *3 (D.D.C. Sept. 27, 2023).");
        assertThat(cite(a, 1, 0).fields().title()).isEqualTo("Dispute Concerning the Quay Boundary (Esteria/Malvonia)");
        Citation unreported = cite(a, 2, 0);
        assertThat(unreported.fields().container()).isEqualTo("WL");
        assertThat(unreported.fields().pages()).isEqualTo("4481230");
        assertThat(unreported.pinpoint()).isEqualTo("*3");
    }

    @Test
    void anOrganisationsNumberedSeriesAndALongOrganisationsName() {
        Article a = parseEntries("Quay Migration Organization. 2022. Cranes in the Sahel. Quay Research Series 71. Geneva: Quay Migration Organization.");
        assertThat(cite(a, 1, 0).fields().container()).isEqualTo("Quay Research Series");
        assertThat(cite(a, 1, 0).fields().issue()).isEqualTo("71");
        assertThat(cite(a, 1, 0).fields().volume()).isNull();
        Article notes = parse("Harbour and Crane Organization of the Northern Quay States, Cranes: A Global Review (Rome: OHC, 2022), p. 87.",
                "Report of the Secretary-General on the Situation in Quayland, UN Doc. S/2014/123, February 20, 2014, para. 31.");
        assertThat(cite(notes, 1, 0).fields().authors()).extracting(org.citegraph.model.Agent::displayName)
                .containsExactly("Harbour and Crane Organization of the Northern Quay States");
        assertThat(cite(notes, 1, 0).fields().title()).isEqualTo("Cranes: A Global Review");
        assertThat(cite(notes, 2, 0).fields().authors()).as("a long title is no organisation").isEmpty();
    }
}
