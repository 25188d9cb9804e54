package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.notes.NotesAssertions.cite;
import static org.citegraph.notes.NotesAssertions.parse;
import static org.citegraph.notes.NotesAssertions.parseEntries;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationRef;
import org.citegraph.model.CitationType;
import org.citegraph.model.Organization;

/**
 * Forms the eighth blind held-out round found wanting, each with invented text: regional courts'
 * series, a chapter of the present volume, UN mandate holders as authors, Chicago author–date
 * pieces dated to the day and book titles with a comma.
 */
class RoundEightFormsTest {

    @Test
    void aRegionalCourtsSeriesAndItsShortForm() {
        Article a = parse(
                "Quay Fishers Cmty. v. Tolland, Merits, Judgment, Inter-Am. Ct. H.R. (ser. C) No. 512, ¶ 64 (Nov. 3, 2021).",
                "Id. ¶¶ 70–72.",
                "Quay Fishers Cmty., Inter-Am. Ct. H.R. (ser. C) No. 512, ¶ 80.");
        Citation full = cite(a, 1, 0);
        assertThat(full.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(full.fields().title()).isEqualTo("Quay Fishers Cmty. v. Tolland");
        assertThat(full.fields().container()).isEqualTo("Inter-Am. Ct. H.R. (ser. C)");
        assertThat(full.fields().issue()).isEqualTo("512");
        assertThat(full.fields().date()).isEqualTo("2021-11-03");
        assertThat(full.pinpoint()).isEqualTo("¶ 64");
        assertThat(cite(a, 2, 0).type()).isEqualTo(CitationType.LEGAL_CASE);
        Citation later = cite(a, 3, 0);
        assertThat(later.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(later.fields().title()).isEqualTo("Quay Fishers Cmty.");
        assertThat(later.pinpoint()).isEqualTo("¶ 80");
    }

    @Test
    void aChapterOfThisVolumeAndAMandateHolder() {
        Article a = parse(
                "See Ines Ruiz, \u201CTides without Charts,\u201D chapter 5 in this volume.",
                "Ruiz, \u201CTides without Charts.\u201D",
                "Special Rapporteur on the Rights of Harbour Workers, Report on Night Shifts, \u00B6 12, U.N. Doc. A/HRC/99/12 (July 1, 2013).");
        assertThat(cite(a, 1, 0).type()).isEqualTo(CitationType.CHAPTER);
        assertThat(cite(a, 1, 0).pinpoint()).isNull();
        assertThat(cite(a, 2, 0).type()).isEqualTo(CitationType.CHAPTER);
        Citation report = cite(a, 3, 0);
        assertThat(report.fields().authors()).containsExactly(new Organization("Special Rapporteur on the Rights of Harbour Workers"));
        assertThat(report.fields().title()).isEqualTo("Report on Night Shifts");
    }

    @Test
    void chicagoAuthorDatePiecesDatedToTheDayAndTitlesWithAComma() {
        Article a = parseEntries(
                "Brandt, Ole. 2023. \u201CQuay Fees Are Back.\u201D Harbour Ledger, May 17, 2023. https://ledger.example.org/fees.",
                "Ruiz, Ana. 2022. \u201CWhat the Tide Left.\u201D Quay Notes (blog), March 9, 2022. https://quaynotes.example.org/tide.",
                "Dahl, Ivo. 2019. \u201CPorts after Nairobi.\u201D In Trade, Tides and Ports, edited by Hana Kovac and Peter Ola, 77\u2013102. London: Greaves & Pike.");
        Citation news = cite(a, 1, 0);
        assertThat(news.type()).isEqualTo(CitationType.NEWS_ARTICLE);
        assertThat(news.fields().container()).isEqualTo("Harbour Ledger");
        assertThat(news.fields().date()).isEqualTo("2023-05-17");
        assertThat(news.fields().volume()).isNull();
        Citation blog = cite(a, 2, 0);
        assertThat(blog.type()).isEqualTo(CitationType.WEB_PAGE);
        assertThat(blog.fields().date()).isEqualTo("2022-03-09");
        Citation chapter = cite(a, 3, 0);
        assertThat(chapter.fields().container()).isEqualTo("Trade, Tides and Ports");
        assertThat(chapter.fields().pages()).isEqualTo("77-102");
    }

    @Test
    void oscolaEuCasesWithoutACommaAndJudgesSpeeches() {
        Article a = parse(
                "Case C-999/05 P Harbour Trust v Council and Commission [2008] ECR I-6351, para 285.",
                "Quay v Ministry of Ports [2013] UKSC 41, [2014] AC 52 [55] (Lord Ostrander).");
        Citation eu = cite(a, 1, 0);
        assertThat(eu.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(eu.fields().title()).isEqualTo("Harbour Trust v Council and Commission");
        assertThat(eu.fields().container()).isEqualTo("ECR");
        assertThat(eu.fields().pages()).isEqualTo("I-6351");
        assertThat(eu.pinpoint()).isEqualTo("para 285");
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("[55]");
    }

    @Test
    void aHarvardBooksEditorAfterItsTitle() {
        Article a = parseEntries("Wren, M. (1977) Systems of Ports. Edited by H. Dahl. Leicester: Quay University Press.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.BOOK);
        assertThat(c.fields().title()).isEqualTo("Systems of Ports");
        assertThat(c.fields().editors()).extracting(p -> p.displayName()).containsExactly("H. Dahl");
        assertThat(c.fields().publisher()).isEqualTo("Quay University Press");
    }

    @Test
    void aWorkQuotedInAnotherIsTwoCitations() {
        Article a = parse("Ruth Quist, \"Harbour Lights,\" Journal of Quays 92, no. 4 (1998): 724\u201328, quoted in Ivo Dahl, Port Law (London: Cais, 2005), 40.");
        assertThat(NotesAssertions.cites(a, 1)).hasSize(2);
        Citation quoted = cite(a, 1, 0);
        assertThat(quoted.type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(quoted.fields().year()).isEqualTo("1998");
        assertThat(quoted.fields().pages()).isEqualTo("724-728");
        Citation source = cite(a, 1, 1);
        assertThat(source.type()).isEqualTo(CitationType.BOOK);
        assertThat(source.fields().title()).isEqualTo("Port Law");
        assertThat(source.pinpoint()).isEqualTo("40");
    }
}
