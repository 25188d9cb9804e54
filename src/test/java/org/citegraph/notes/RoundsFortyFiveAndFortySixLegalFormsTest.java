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

/** The forty-fifth and forty-sixth blind rounds' legal citations and types, each with invented text. */
class RoundsFortyFiveAndFortySixLegalFormsTest {

    @Test
    void aRegulationCitedByPartAndAppendix() {
        Article a = parse("Harbor Export Licensing Rules, 15 C.F.R. pt. 744, app. B (2023) [hereinafter Licensing Rules].",
                "Id. § II.C; see also Licensing Rules, supra note 1, pt. 744.");
        Citation rule = cite(a, 1, 0);
        assertThat(rule.type()).isEqualTo(CitationType.OTHER);
        assertThat(rule.fields().title()).isEqualTo("Harbor Export Licensing Rules");
        assertThat(rule.fields().container()).isEqualTo("C.F.R.");
        assertThat(rule.fields().volume()).isEqualTo("15");
        assertThat(rule.fields().year()).isEqualTo("2023");
        assertThat(rule.pinpoint()).isEqualTo("pt. 744, app. B");
        List<Citation> later = cites(a, 2);
        assertThat(later).hasSize(2);
        assertThat(later.get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(later.get(0).type()).isEqualTo(CitationType.OTHER);
        assertThat(later.get(1).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(later.get(1).pinpoint()).isEqualTo("pt. 744");
    }

    @Test
    void theCongressionalRecordsDailyEditionIsOneCitation() {
        List<Citation> found = cites(parse("Id.; see also 168 Cong. Rec. H2,207 (daily ed. Mar. 9, 2022) (statement of Rep."
                + " Vellacourt-Ames)."), 1);
        Citation record = found.get(found.size() - 1);
        assertThat(record.type()).isEqualTo(CitationType.OTHER);
        assertThat(record.fields().container()).isEqualTo("Cong. Rec.");
        assertThat(record.fields().volume()).isEqualTo("168");
        assertThat(record.fields().pages()).isEqualTo("H2,207");
        assertThat(record.fields().date()).isEqualTo("2022-03-09");
        assertThat(record.signal()).isEqualTo("See also");
        Citation alone = cite(parse("142 Cong. Rec. S9,876 (daily ed. Oct. 2, 1996)."), 1, 0);
        assertThat(alone.fields().pages()).isEqualTo("S9,876");
        assertThat(cites(parse("142 Cong. Rec. S9,876 (daily ed. Oct. 2, 1996)."), 1)).hasSize(1);
    }

    @Test
    void aGuidanceNumberWithASeriesLetterAfterAnAgency() {
        Citation c = cite(parse("Off. of Foreign Assets Control, OFAC-2021-A004, Guidance on Harbor Dues for Digital Exchanges"
                + " 9–11 (Feb. 2, 2021)."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(names(c.fields().authors())).containsExactly("org:Off. of Foreign Assets Control");
        assertThat(c.fields().issue()).isEqualTo("OFAC-2021-A004");
        assertThat(c.fields().title()).isEqualTo("Guidance on Harbor Dues for Digital Exchanges");
        assertThat(c.pinpoint()).isEqualTo("9-11");
        assertThat(CitationParser.reportNumber("OFAC-2021-A004")).isTrue();
        assertThat(CitationParser.reportNumber("E/2019/SR")).isFalse();
        assertThat(CitationParser.reportNumber("FIN-2019-GAB1")).isFalse();
    }

    @Test
    void aShortParentheticalAfterTheDateKeepsTheBooksPinpoint() {
        List<Citation> found = cites(parse("Compare Ada Brink, Ledger Law 12 (2019), with Milo T. Varnacott, Chains of Custody:"
                + " Tokens and the State 88–91 (Petra Lindqvist ed., 2021) (yes)."), 1);
        assertThat(found).hasSize(2);
        Citation book = found.get(1);
        assertThat(book.fields().title()).isEqualTo("Chains of Custody: Tokens and the State");
        assertThat(book.pinpoint()).isEqualTo("88-91");
        assertThat(names(book.fields().editors())).containsExactly("Lindqvist|Petra");
        assertThat(book.fields().year()).isEqualTo("2021");
    }

    @Test
    void anExecutiveOrdersSectionBeforeTheRegister() {
        Citation c = cite(parse("Exec. Order No. 14,112, § 2(b), 88 Fed. Reg. 80,931 (Nov. 20, 2023)."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.OTHER);
        assertThat(c.fields().title()).isEqualTo("Exec. Order No. 14,112");
        assertThat(c.pinpoint()).isEqualTo("§ 2(b)");
        assertThat(c.fields().container()).isEqualTo("Fed. Reg.");
        assertThat(c.fields().volume()).isEqualTo("88");
        assertThat(c.fields().pages()).isEqualTo("80,931");
        assertThat(c.fields().date()).isEqualTo("2023-11-20");
    }

    @Test
    void aPublicLawsDivisionBeforeItsSection() {
        Article a = parse("Harbor Security Modernization Act, Pub. L. No. 117-81, div. C, § 3105(b), 135 Stat. 1541 (2021)"
                + " [hereinafter HSM Act].", "HSM Act § 3105(c).");
        Citation act = cite(a, 1, 0);
        assertThat(act.type()).isEqualTo(CitationType.OTHER);
        assertThat(act.fields().title()).isEqualTo("Harbor Security Modernization Act");
        assertThat(act.pinpoint()).isEqualTo("div. C, § 3105(b)");
        assertThat(act.fields().container()).isEqualTo("Stat.");
        assertThat(act.fields().volume()).isEqualTo("135");
        assertThat(act.fields().pages()).isEqualTo("1541");
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(cite(a, 2, 0).type()).isEqualTo(CitationType.OTHER);
    }

    @Test
    void aFirmsNameInItsTradeIsNoPerson() {
        Citation c = cite(parse("See Ledgerline Analytics, Token Seizure Map, https://www.ledgerline.example/map (last visited Jan. 5,"
                + " 2025)."), 1, 0);
        assertThat(names(c.fields().authors())).containsExactly("org:Ledgerline Analytics");
        assertThat(c.fields().title()).isEqualTo("Token Seizure Map");
    }

    @Test
    void theArbitralAwardsSeriesWrittenOut() {
        Citation c = cite(parse("Fishing Rights at Port Arvel (Ostmark v. Calvania), Award of 2 June 1928, Reports of International"
                + " Arbitral Awards, vol. II, p. 903, at p. 911."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(c.fields().container()).isEqualTo("Reports of International Arbitral Awards");
        assertThat(c.fields().volume()).isEqualTo("II");
        assertThat(c.fields().pages()).isEqualTo("903");
        assertThat(c.pinpoint()).isEqualTo("911");
        assertThat(c.fields().date()).isEqualTo("1928-06-02");
    }

    @Test
    void aResolutionsPreambleIsItsPinpoint() {
        Article a = parse("GA res. 2749 (XXV), preamble.", "GA res. 2749 (XXV), pmbl.; see also GA res. 2750 (XXV), para. 3.");
        assertThat(cite(a, 1, 0).fields().unSymbol()).isEqualTo("A/RES/2749(XXV)");
        assertThat(cite(a, 1, 0).pinpoint()).isEqualTo("preamble");
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("pmbl.");
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void anOrganisationsWorkIssuedByABodyOrAPressWithAnAddressIsAReport() {
        Citation report = cite(parseEntries("Office for Harbour Affairs. (2021). Ports and people: Operational guidance for port"
                + " authorities. Kellsbridge University Press. https://www.harbouraffairs.org/guidance-2021"), 1, 0);
        assertThat(report.type()).isEqualTo(CitationType.REPORT);
        assertThat(report.fields().publisher()).isEqualTo("Kellsbridge University Press");
        assertThat(report.fields().container()).isNull();
        Citation page = cite(parseEntries("Harbour Watch. (2022). Ships at rest. Seaside Portal. https://www.seasideportal.org/ships"),
                1, 0);
        assertThat(page.type()).isEqualTo(CitationType.WEB_PAGE);
        assertThat(page.fields().container()).isEqualTo("Seaside Portal");
    }

    @Test
    void anOrganisationsOwnImprintMakesItsPublicationAReport() {
        Citation harvard = cite(parseEntries("OECD (2019) Ledger Taxes and the Digital Port. Paris: OECD Publishing."), 1, 0);
        assertThat(harvard.type()).isEqualTo(CitationType.REPORT);
        assertThat(harvard.fields().publisher()).isEqualTo("OECD Publishing");
        assertThat(harvard.fields().place()).isEqualTo("Paris");
        Citation note = cite(parse("Nordic Council, Harbour Dues in the North (Copenhagen: Nordic Council Publishing, 2020), pp. 3–5."),
                1, 0);
        assertThat(note.type()).isEqualTo(CitationType.REPORT);
        assertThat(note.pinpoint()).isEqualTo("3-5");
        // a handbook is a book, whoever publishes it
        Citation handbook = cite(parseEntries("UNESCO (2018) Safeguarding Archives: A Handbook for Registrars. Paris: UNESCO"
                + " Publishing."), 1, 0);
        assertThat(handbook.type()).isEqualTo(CitationType.BOOK);
    }
}
