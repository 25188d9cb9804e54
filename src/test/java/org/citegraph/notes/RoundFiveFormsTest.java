package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.notes.NotesAssertions.cite;
import static org.citegraph.notes.NotesAssertions.cites;
import static org.citegraph.notes.NotesAssertions.parse;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationType;

/**
 * Forms the fifth blind held-out round found wanting, each with invented text: tribunals' yearly
 * reports and award series, resolutions with their title first or after the number, grey
 * literature, and prose that opens a note.
 */
class RoundFiveFormsTest {

    @Test
    void aTribunalsYearlyReportsThenTheFirstPage() {
        Citation c = cite(parse("The Gull (Arvena v. Tolland), Case No. 31, Judgment of May 2, 2019, TRIB Reports 2019, 71, para. 40."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(c.fields().container()).isEqualTo("TRIB Reports");
        assertThat(c.fields().year()).isEqualTo("2019");
        assertThat(c.fields().pages()).isEqualTo("71");
        assertThat(c.pinpoint()).isEqualTo("para. 40");
    }

    @Test
    void anAwardSeriesWithVolumePagesAndPinpoint() {
        Citation c = cite(parse("Canal Tolls Arbitration (Arvena v. Tolland), Award of 3 June 2004, RIAA, vol. XXV, pp. 101–160, at p. 122, para. 17."), 1, 0);
        assertThat(c.fields().container()).isEqualTo("RIAA");
        assertThat(c.fields().volume()).isEqualTo("XXV");
        assertThat(c.fields().pages()).isEqualTo("101-160");
        assertThat(c.pinpoint()).isEqualTo("122, para. 17");
    }

    @Test
    void resolutionsWithTheirTitleBeforeOrAfterTheNumber() {
        Article a = parse(
                "Declaration on Harbour Cooperation among States, G.A. Res. 2801 (XXVI), annex (Nov. 9, 1971).",
                "G.A. Res. 2802 (XXVI), Protection of Coastal Lights, ¶ 3 (Nov. 9, 1971).",
                "Lights at Sea, GA Res 2803 (XXVI) (9 November 1971).");
        Citation first = cite(a, 1, 0);
        assertThat(first.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(first.fields().title()).isEqualTo("Declaration on Harbour Cooperation among States");
        assertThat(first.fields().unSymbol()).isEqualTo("A/RES/2801(XXVI)");
        assertThat(first.pinpoint()).isEqualTo("annex");
        Citation after = cite(a, 2, 0);
        assertThat(after.fields().title()).isEqualTo("Protection of Coastal Lights");
        assertThat(after.pinpoint()).isEqualTo("¶ 3");
        assertThat(cite(a, 3, 0).fields().title()).isEqualTo("Lights at Sea");
        assertThat(cite(a, 3, 0).fields().date()).isEqualTo("1971-11-09");
    }

    @Test
    void anOrganisationPublishingItsOwnWorkWritesAReport() {
        Article a = parse(
                "Quay Watch, Nets in the Dark (Dublin: Quay Watch, 2021), 4–6.",
                "Quay Institute, Harbours Past (Dublin: Tern Books, 2020), 9.");
        assertThat(cite(a, 1, 0).type()).isEqualTo(CitationType.REPORT);
        assertThat(cite(a, 2, 0).type()).isEqualTo(CitationType.BOOK);
    }

    @Test
    void proseBeforeTheCitationCitesNothing() {
        Article a = parse(
                "The difference shows in port inspections. Inspectors rarely board foreign vessels; see Ines Baro, Port Duties (Porto: Cais, 2016), 30.",
                "The same view is taken, with some caution, in Tae-min Ro, Distant Fleets (Busan: Haneul, 2019), 12.",
                "Declaration on Principles of Harbour Law concerning Friendly Ports, G.A. Res. 2804 (XXVI), at 5 (Nov. 9, 1971).");
        assertThat(cites(a, 1)).singleElement().satisfies(c -> {
            assertThat(c.fields().title()).isEqualTo("Port Duties");
            assertThat(c.signal()).isEqualTo("See");
        });
        assertThat(cites(a, 2)).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CitationType.BOOK);
            assertThat(c.fields().authors()).extracting(p -> p.displayName()).containsExactly("Tae-min Ro");
            assertThat(c.fields().title()).isEqualTo("Distant Fleets");
        });
        assertThat(cite(a, 3, 0).fields().title()).isEqualTo("Declaration on Principles of Harbour Law concerning Friendly Ports");
    }

    @Test
    void aCaseNamedByAPartyOrWithTheWordCase() {
        Article a = parse(
                "Dredging in the Estuary (Arvena v. Republic of Tolland), Merits, Judgment, I.C.J. Reports 1999, p. 40.",
                "See the Arvena case, para. 95; Arvena, para. 96.");
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new org.citegraph.model.CitationRef(1, 0));
        assertThat(cite(a, 2, 0).fields().title()).isEqualTo("Arvena");
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("para. 95");
        assertThat(cite(a, 2, 1).shortFormOf()).isEqualTo(new org.citegraph.model.CitationRef(1, 0));
        assertThat(cite(a, 2, 1).type()).isEqualTo(CitationType.LEGAL_CASE);
    }

    @Test
    void aTreatyByItsInitialsOrAProvisionFirst() {
        Article a = parse(
                "Charter of the Tolland Union, 3 May 1950, 90 UNTS 12, art. 4.",
                "TU Charter, art. 7; Article 9(2) of the TU Charter.",
                "Rule 12 of the Harbour Code of Practice.");
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new org.citegraph.model.CitationRef(1, 0));
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("art. 7");
        Citation provision = cite(a, 2, 1);
        assertThat(provision.shortFormOf()).isEqualTo(new org.citegraph.model.CitationRef(1, 0));
        assertThat(provision.fields().title()).isEqualTo("TU Charter");
        assertThat(provision.pinpoint()).isEqualTo("Article 9(2)");
        assertThat(provision.type()).isEqualTo(CitationType.TREATY);
        // a code is no instrument the provision reader knows: left to the general reader
        assertThat(cite(a, 3, 0).pinpoint()).isNotEqualTo("Rule 12");
    }

    @Test
    void paragraphListsAndPrinciplesAsPinpoints() {
        Article a = parse(
                "S.C. Res. 2999, ¶¶ 3(a), 7 (Jan. 5, 2016).",
                "Declaration on Harbour Safety, principle 4.");
        assertThat(cite(a, 1, 0).pinpoint()).isEqualTo("¶¶ 3(a), 7");
        assertThat(cite(a, 2, 0).fields().title()).isEqualTo("Declaration on Harbour Safety");
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("principle 4");
    }

    @Test
    void aCaseNamedByOneWordAndItsReportsYear() {
        Article a = parse(
                "Dredging in and against Tolland (Arv. v. Toll.), 1999 I.C.J. 14, \u00B6 176 (June 27).",
                "Estuary Works (Arv. v. Toll.), Judgment, 2004 I.C.J. 136, \u00B6 139 (July 9) [hereinafter Estuary Opinion].",
                "Tolland, 1999 I.C.J. \u00B6 190; Estuary Opinion, 2004 I.C.J. \u00B6 140.",
                "Tolland, 2001 I.C.J. \u00B6 3.");
        assertThat(cite(a, 3, 0).shortFormOf()).isEqualTo(new org.citegraph.model.CitationRef(1, 0));
        assertThat(cite(a, 3, 0).pinpoint()).isEqualTo("\u00B6 190");
        assertThat(cite(a, 3, 1).shortFormOf()).isEqualTo(new org.citegraph.model.CitationRef(2, 0));
        assertThat(cite(a, 3, 1).pinpoint()).isEqualTo("\u00B6 140");
        // another year's report: not the case of 1999
        assertThat(cite(a, 4, 0).shortFormOf()).isNull();
    }
}
