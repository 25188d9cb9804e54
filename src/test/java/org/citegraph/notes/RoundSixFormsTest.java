package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.notes.NotesAssertions.cite;
import static org.citegraph.notes.NotesAssertions.cites;
import static org.citegraph.notes.NotesAssertions.parse;
import static org.citegraph.notes.NotesAssertions.parseEntries;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationRef;
import org.citegraph.model.CitationType;
import org.citegraph.model.Organization;

/**
 * Forms the sixth and seventh blind held-out rounds and the probes after them found wanting, each with invented
 * text: APA entries dated to the day or described in brackets, journals with a comma in their
 * name, separate opinions after a case's short form, Bluebook's abbreviated institutions.
 */
class RoundSixFormsTest {

    @Test
    void apaOrganisationsDatedToTheDay() {
        Article a = parseEntries(
                "Harbour Council. (1971, March 3). Declaration on the lights of the coast (A/RES/2805(XXVI)). https://undocs.org/A/RES/2805(XXVI)",
                "Quay Bank. (2020, May 4). Ports to lose trade by 2021 [Press release]. https://quaybank.example.org/press/ports");
        assertThat(cites(a, 1)).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CitationType.UN_DOCUMENT);
            assertThat(c.fields().authors()).containsExactly(new Organization("Harbour Council"));
            assertThat(c.fields().date()).isEqualTo("1971-03-03");
            assertThat(c.fields().unSymbol()).isEqualTo("A/RES/2805(XXVI)");
            assertThat(c.fields().title()).isEqualTo("Declaration on the lights of the coast");
        });
        assertThat(cites(a, 2)).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CitationType.WEB_PAGE);
            assertThat(c.fields().title()).isEqualTo("Ports to lose trade by 2021");
            assertThat(c.fields().date()).isEqualTo("2020-05-04");
        });
    }

    @Test
    void apaDescriptionsQuotedTitlesAndCommasInJournalNames() {
        Article a = parseEntries(
                "Shore Watch. (2019, May 2). \"They keep the boats in port\": How licensing fails small fleets [Report]. https://shorewatch.example.org/report",
                "Dunne, A. (2016). The legal force of harbour accords. Review of Coastal, Comparative & Maritime Law, 25(2), 142–150.",
                "Ruiz, M. (2021, October 12). Why the small ports stay open. The Saltmarsh Review. https://saltmarsh.example.org/ports");
        Citation report = cite(a, 1, 0);
        assertThat(report.type()).isEqualTo(CitationType.REPORT);
        assertThat(report.fields().title()).isEqualTo("\"They keep the boats in port\": How licensing fails small fleets");
        Citation article = cite(a, 2, 0);
        assertThat(article.fields().container()).isEqualTo("Review of Coastal, Comparative & Maritime Law");
        assertThat(article.fields().volume()).isEqualTo("25");
        assertThat(article.fields().issue()).isEqualTo("2");
        assertThat(article.fields().publisher()).isNull();
        assertThat(cite(a, 3, 0).type()).isEqualTo(CitationType.NEWS_ARTICLE);
        assertThat(cite(a, 3, 0).fields().container()).isEqualTo("The Saltmarsh Review");
    }

    @Test
    void aSeparateOpinionAfterACasesShortForm() {
        Article a = parse(
                "Tidal Works (Arvena v. Tolland), Judgment, 2015 I.C.J. 250, ¶ 120 (Dec. 16).",
                "Tidal Works, 2015 I.C.J. at 301 (separate opinion of Judge Ostrander).");
        Citation c = cite(a, 2, 0);
        assertThat(c.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(c.pinpoint()).isEqualTo("301");
    }

    @Test
    void bluebookInstitutionsPressReleasesAndCompanies() {
        Article a = parse(
                "Coastal Futures Inst., Charting the Shallows 22 (2020), https://cfi.example.org/shallows.",
                "Press Release, Harbour Council, Council Adopts Lights Resolution, U.N. Press Release HC/1174 (July 20, 2015).",
                "Tern v. Quay Holdings, PLC, 138 S. Ct. 1386, 1402 (2018).");
        Citation report = cite(a, 1, 0);
        assertThat(report.type()).isEqualTo(CitationType.REPORT);
        assertThat(report.fields().authors()).containsExactly(new Organization("Coastal Futures Inst."));
        assertThat(cite(a, 2, 0).fields().authors()).containsExactly(new Organization("Harbour Council"));
        assertThat(cite(a, 2, 0).fields().title()).isEqualTo("Council Adopts Lights Resolution");
        assertThat(cite(a, 3, 0).fields().title()).isEqualTo("Tern v. Quay Holdings, PLC");
    }

    @Test
    void internationalDecisionsDatedInAPartOfTheirOwn() {
        Article a = parse(
                "Harbour Co. and Others v. the Republic of Tolland, App. No. 12345/09, Judgment, 7 July 2011, ECtHR, para. 137.",
                "Tern Shipping v. Republic of Arvena, ICSID Case No. ARB/10/99, Award, 8 July 2016, para. 295.",
                "Appellate Body Report, Arvena – Measures on Lighthouse Oil, WT/DS999/AB/R, adopted 6 November 1998, para. 130.");
        Citation echr = cite(a, 1, 0);
        assertThat(echr.fields().title()).isEqualTo("Harbour Co. and Others v. the Republic of Tolland");
        assertThat(echr.fields().date()).isEqualTo("2011-07-07");
        assertThat(echr.pinpoint()).isEqualTo("para. 137");
        assertThat(cite(a, 2, 0).fields().date()).isEqualTo("2016-07-08");
        assertThat(cite(a, 2, 0).fields().year()).isEqualTo("2016");
        Citation wto = cite(a, 3, 0);
        assertThat(wto.type()).isEqualTo(CitationType.LEGAL_CASE); // a ruling, cited as cases are
        assertThat(wto.fields().title()).isEqualTo("Arvena – Measures on Lighthouse Oil");
        assertThat(wto.fields().date()).isEqualTo("1998-11-06");
        assertThat(wto.pinpoint()).isEqualTo("para. 130");
    }

    @Test
    void yearbooksRulesAndChaptersOfThisVolume() {
        Article a = parse(
                "Draft Articles on Harbour Lights, with commentaries, Yearbook of the International Law Commission, 2003, vol. II, Part Two, art. 4, para. 2.",
                "Ines Ruiz, Customary Harbour Law, vol. 1: Rules (Lisbon: Cais, 2005), rule 12.",
                "See further Chapter 7 in this volume.");
        Citation yearbook = cite(a, 1, 0);
        assertThat(yearbook.fields().year()).isEqualTo("2003");
        assertThat(yearbook.pinpoint()).isEqualTo("art. 4, para. 2");
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("rule 12");
        assertThat(cites(a, 3)).isEmpty();
    }

    @Test
    void harvardEntriesForAResolutionABlogAndAnAnnualReport() {
        Article a = parseEntries(
                "Harbour Council (2005) Question of the Lights. UN Doc. A/RES/60/99. New York: United Nations.",
                "Ruiz, L. (2020) ‘Krill and consensus’, Polar Policy Forum [Blog], 3 June. Available at: https://ppf.example.org/krill (Accessed: 4 June 2020).");
        Citation res = cite(a, 1, 0);
        assertThat(res.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(res.fields().authors()).containsExactly(new Organization("Harbour Council"));
        assertThat(res.fields().year()).isEqualTo("2005");
        assertThat(res.fields().title()).isEqualTo("Question of the Lights");
        assertThat(res.fields().unSymbol()).isEqualTo("A/RES/60/99");
        assertThat(res.fields().place()).isEqualTo("New York");
        assertThat(res.fields().publisher()).isEqualTo("United Nations");
        Citation blog = cite(a, 2, 0);
        assertThat(blog.type()).isEqualTo(CitationType.WEB_PAGE);
        assertThat(blog.fields().container()).isEqualTo("Polar Policy Forum");
        Article law = parse("Quay Monitor Inst., Tracing the Boats: Annual Report 2021, at 33 (2022), https://qm.example.org/2021.");
        assertThat(cite(law, 1, 0).type()).isEqualTo(CitationType.REPORT);
        assertThat(cite(law, 1, 0).pinpoint()).isEqualTo("33");
    }

    @Test
    void reprintsClassicsAndConferencePapers() {
        Article a = parse(
                "Ilse Brandt, Recognition at Sea (Oxford: Quay Press, 1947; repr. 2012), 38.",
                "Emer Dahl, The Law of Harbours, trans. Tom Ruiz (Lisbon: Cais, 2008), bk. 2, chap. 4.",
                "Lena Quist, \u201CCourts and Quays\u201D (paper presented at the Annual Meeting of the Harbour Society, Oslo, April 2, 2019).");
        Citation reprint = cite(a, 1, 0);
        assertThat(reprint.fields().publisher()).isEqualTo("Quay Press");
        assertThat(reprint.fields().year()).isEqualTo("1947");
        assertThat(reprint.pinpoint()).isEqualTo("38");
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("bk. 2, chap. 4");
        assertThat(cite(a, 3, 0).type()).isEqualTo(CitationType.OTHER);
        assertThat(cite(a, 3, 0).fields().title()).isEqualTo("Courts and Quays");
    }
}
