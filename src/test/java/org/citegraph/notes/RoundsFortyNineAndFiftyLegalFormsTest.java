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

/** The forty-ninth and fiftieth blind rounds' legal citations, reference lists and types, each with invented text. */
class RoundsFortyNineAndFiftyLegalFormsTest {

    @Test
    void aWebPageLastModifiedOnADayIsDatedByIt() {
        Citation c = cite(parse("Harbour Authority of Velmar, “Guidance for Small Vessels,” last modified March 4, 2023, accessed"
                + " May 2, 2024, https://www.velmar.gov/guidance."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.WEB_PAGE);
        assertThat(c.fields().title()).isEqualTo("Guidance for Small Vessels");
        assertThat(c.fields().date()).isEqualTo("2023-03-04");
        assertThat(c.fields().year()).isEqualTo("2023");
        assertThat(c.fields().accessed()).isEqualTo("2024-05-02");
        assertThat(c.pinpoint()).isNull();
    }

    @Test
    void aPrincipleAbbreviatedAfterAnAnnexIsThePinpoint() {
        Article a = parse("Special Envoy on Coastal Displacement, Principles on Shelter and Return: Applying the “Safe, Voluntary"
                + " and Dignified” Standard, annex, princ. 14, U.N. Doc. A/HRC/19/22 (Mar. 3, 2012) [hereinafter Shelter Principles].",
                "Shelter Principles, supra note 1, princ. 15 (setting a floor).");
        Citation full = cite(a, 1, 0);
        assertThat(full.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(full.fields().title())
                .isEqualTo("Principles on Shelter and Return: Applying the “Safe, Voluntary and Dignified” Standard");
        assertThat(full.pinpoint()).isEqualTo("annex, princ. 14");
        assertThat(full.fields().unSymbol()).isEqualTo("A/HRC/19/22");
        Citation later = cite(a, 2, 0);
        assertThat(later.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(later.pinpoint()).isEqualTo("princ. 15");
        // "Principles of Law" is a title, "princ." wants a number
        assertThat(Parts.locator("princ. 7", false).value()).isEqualTo("princ. 7");
        assertThat(Parts.locator("princ. Law", false)).isNull();
    }

    @Test
    void aClaimsCommissionsNumberedDecisionOfAUsDateBeforeTheSeriesSpelledOut() {
        Citation c = cite(parse("Smith-Oduya Claim (Velland v. Quorin), Decision No. 12 of April 5, 1961, Reports of International"
                + " Arbitral Awards, vol. XVI, 233, at 240."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(c.fields().title()).isEqualTo("Smith-Oduya Claim (Velland v. Quorin)");
        assertThat(c.fields().container()).isEqualTo("Reports of International Arbitral Awards");
        assertThat(c.fields().volume()).isEqualTo("XVI");
        assertThat(c.fields().pages()).isEqualTo("233");
        assertThat(c.fields().date()).isEqualTo("1961-04-05");
        assertThat(c.fields().year()).isEqualTo("1961");
    }

    @Test
    void theSpanOfTheArticlesInAReportBeforeTheirDefinedNameIsItsPages() {
        Article a = parse("International Law Commission, Report of the Commission on the Work of Its Sixty-Third Session, UN Doc."
                + " A/66/10 (2011), 31–120 (hereafter Draft Rules), art. 4.",
                "Ibid., art. 4, commentary, para. 3.");
        Citation report = cite(a, 1, 0);
        assertThat(report.fields().unSymbol()).isEqualTo("A/66/10");
        assertThat(report.fields().pages()).isEqualTo("31-120");
        assertThat(report.pinpoint()).isEqualTo("art. 4");
        Citation ibid = cite(a, 2, 0);
        assertThat(ibid.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(ibid.pinpoint()).isEqualTo("art. 4, commentary, para. 3");
        // a bare range alone after the symbol stays the pinpoint
        Citation range = cite(parse("UN Doc. A/66/10 (2011), 31–40."), 1, 0);
        assertThat(range.fields().pages()).isNull();
        assertThat(range.pinpoint()).isEqualTo("31-40");
    }

    @Test
    void aCommentaryInAPinpointAfterTheSymbol() {
        Citation c = cite(parse("International Law Commission, Report of the Commission, UN Doc. A/66/10 (2011), art. 9, commentary,"
                + " para. 2."), 1, 0);
        assertThat(c.pinpoint()).isEqualTo("art. 9, commentary, para. 2");
    }

    @Test
    void anAppendixByItsLetterAfterAnImprint() {
        Citation full = cite(parse("Karin Olsen-Mbeki, Ships of State: Law and Navies (Oxford: Harwell Press, 2011), appendix D."), 1, 0);
        assertThat(full.type()).isEqualTo(CitationType.BOOK);
        assertThat(full.fields().title()).isEqualTo("Ships of State: Law and Navies");
        assertThat(full.pinpoint()).isEqualTo("appendix D");
        Citation abbreviated = cite(parse("Karin Olsen-Mbeki, Ships of State (Oxford: Harwell Press, 2011), app. F."), 1, 0);
        assertThat(abbreviated.pinpoint()).isEqualTo("app. F");
        // an application's number is no appendix
        assertThat(Parts.locator("App. No. 4122/18", false)).isNull();
    }

    @Test
    void aSenateExecutiveDocumentsCongressAndSessionAreNoPages() {
        Citation c = cite(parse("Convention on Coastal Fisheries art. 4(2), Mar. 3, 1971, S. Exec. Doc. G, 93-1 (1973), 880 U.N.T.S. 21."),
                1, 0);
        assertThat(c.type()).isEqualTo(CitationType.TREATY);
        assertThat(c.fields().container()).isEqualTo("U.N.T.S.");
        assertThat(c.fields().volume()).isEqualTo("880");
        assertThat(c.fields().pages()).isEqualTo("21");
        assertThat(c.pinpoint()).isEqualTo("art. 4(2)");
        assertThat(c.fields().date()).isEqualTo("1971-03-03");
    }

    @Test
    void aLitigationDocketIsAnOrganisation() {
        Citation c = cite(parse("See Maritime Labour Docket, Suits Filed Since Kiobel, https://www.mldocket.org/suits (last visited"
                + " May 1, 2025)."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.WEB_PAGE);
        assertThat(names(c.fields().authors())).containsExactly("org:Maritime Labour Docket");
        assertThat(Names.kind("Maritime Labour Docket")).isEqualTo(Names.Kind.ORG);
    }

    @Test
    void aCitysPublicationIssuedByOneOfItsOfficesIsAReport() {
        Citation c = cite(parseEntries("City of Velmar Bay. 2021. Velmar Bay Flood Plan 2021–2031. Velmar Bay: Office of Planning and"
                + " Climate. https://www.velmar.gov/plan.pdf."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(c.fields().publisher()).isEqualTo("Office of Planning and Climate");
        assertThat(c.fields().place()).isEqualTo("Velmar Bay");
        assertThat(Tail.officeOfGovernment("City of Velmar Bay", "Office of Planning", "Velmar Bay")).isTrue();
        assertThat(Tail.officeOfGovernment("City of Velmar Bay", "Harwell University Press", "Velmar Bay")).isFalse();
        assertThat(Tail.officeOfGovernment("Anna Berg", "Office of Planning", "Velmar Bay")).isFalse();
    }

    @Test
    void electronicPageRanges() {
        Article a = parseEntries(
                "Okafor-Lind, Jana. 2020. “Storm Surge and Housing.” Journal of Coastal Health 14 (3): e203–e214.",
                "Okafor-Lind, Jana. 2021. “Storm Surge Again.” Journal of Coastal Health 15 (1): e203–14.",
                "Okafor-Lind, Jana. 2022. “Storm Surge Once More.” Journal of Coastal Health 16 (2): e207.");
        assertThat(cite(a, 1, 0).fields().pages()).isEqualTo("e203-e214");
        assertThat(cite(a, 2, 0).fields().pages()).isEqualTo("e203-e214");
        assertThat(cite(a, 3, 0).fields().pages()).isEqualTo("e207");
        assertThat(Pages.expandRange("e1190–99")).isEqualTo("e1190-e1199");
    }

    @Test
    void aCaseCitedAgainByItsCaseNumber() {
        Article a = parse("Republic of Velland v. Quorin Shipping Co., Case No. B/22, Decision No. 14-B22-FT (May 2, 1986).",
                "Case No. B/22, 301–3.");
        Citation later = cite(a, 2, 0);
        assertThat(later.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(later.fields().title()).isEqualTo("Case No. B/22");
        assertThat(later.pinpoint()).isEqualTo("301-303");
        assertThat(later.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(CitationParser.caseNumberIn("Tarn v. Lusk, PCA Case No. 2019-07, Award")).isEqualTo("2019-07");
    }

    @Test
    void aStatuteByPublicLawWithoutADateTakesTheYearOfItsName() {
        Citation c = cite(parse("Marine Labour Protection Act of 2005, Pub. L. No. 109-44, § 3(b)(2), 119 Stat. 1402 (codified as amended"
                + " at 46 U.S.C. § 1101)."), 1, 0);
        assertThat(c.fields().title()).isEqualTo("Marine Labour Protection Act of 2005");
        assertThat(c.fields().container()).isEqualTo("Stat.");
        assertThat(c.fields().volume()).isEqualTo("119");
        assertThat(c.fields().pages()).isEqualTo("1402");
        assertThat(c.pinpoint()).isEqualTo("§ 3(b)(2)");
        assertThat(c.fields().year()).isEqualTo("2005");
        // the Statutes at Large's own year, when given, is the one read
        Citation dated = cite(parse("Marine Labour Protection Act of 2005, Pub. L. No. 109-44, 119 Stat. 1402 (2006)."), 1, 0);
        assertThat(dated.fields().year()).isEqualTo("2006");
    }

    @Test
    void anInstitutionsNameAbbreviatedWordByWord() {
        List<Citation> found = cites(parse("See Int'l Mar. Org., Seafarers Abandoned 12–14 (2022), and Hum. Rts. Council, Rep. of the"
                + " Special Rapporteur on Seafarers, ¶¶ 10–12, U.N. Doc. A/HRC/55/40 (June 3, 2023)."), 1);
        assertThat(found).hasSize(2);
        Citation report = found.get(1);
        assertThat(names(report.fields().authors())).containsExactly("org:Hum. Rts. Council");
        assertThat(report.fields().title()).isEqualTo("Rep. of the Special Rapporteur on Seafarers");
        assertThat(report.signal()).isEqualTo("See");
        List<Citation> alone = cites(parse("Hum. Rts. Council, Rep. on Port Labour, ¶ 4, U.N. Doc. A/HRC/55/41 (June 4, 2023)."), 1);
        assertThat(alone).hasSize(1);
        assertThat(names(alone.get(0).fields().authors())).containsExactly("org:Hum. Rts. Council");
    }

    @Test
    void aHagueConventionTitledWithItsAnnexedRegulations() {
        Citation c = cite(parse("Convention (II) concerning the Rights of Neutral Shipping and its annex: Rules concerning Prize Courts"
                + " (The Hague, 18 October 1907), 206 CTS 199 (hereafter Prize Rules), art. 12."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.TREATY);
        assertThat(c.fields().title())
                .isEqualTo("Convention (II) concerning the Rights of Neutral Shipping and its annex: Rules concerning Prize Courts");
        assertThat(c.fields().container()).isEqualTo("CTS");
        assertThat(c.fields().volume()).isEqualTo("206");
        assertThat(c.pinpoint()).isEqualTo("art. 12");
        // without an instrument's name before it, "and its annex:" is a colon of prose leading to a work
        Citation book = cite(parse("The delegates read the whole text as a gloss and its annex: Tamsin Reyes-Okafor, Prize Courts"
                + " (Oxford: Harlow Press, 2019), p. 4."), 1, 0);
        assertThat(names(book.fields().authors())).containsExactly("Reyes-Okafor|Tamsin");
    }

    @Test
    void aPendingAppealsDocketDateIsNotTheCasesDate() {
        Citation c = cite(parse("Tarlow v. Meridian Shipping Co., 640 F. Supp. 3d 77, 81–83 (D.D.C. 2022) (holding so), appeal docketed,"
                + " No. 22-7101 (D.C. Cir. Nov. 9, 2022)."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(c.fields().title()).isEqualTo("Tarlow v. Meridian Shipping Co.");
        assertThat(c.fields().year()).isEqualTo("2022");
        assertThat(c.fields().date()).isNull();
        assertThat(c.pinpoint()).isEqualTo("81-83");
    }
}
