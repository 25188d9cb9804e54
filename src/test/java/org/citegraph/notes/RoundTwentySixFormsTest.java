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

/** Forms found wanting by the twenty-sixth and twenty-seventh blind held-out rounds, each with invented text. */
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
}
