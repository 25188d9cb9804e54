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
import org.citegraph.model.Emphasis;

/**
 * Sources named after a colon that ends a sentence of prose, decisions cited by a party's name and their kind,
 * sentences that name a subject and what it did, and the smaller forms of the thirty-fifth blind round, each
 * with invented text.
 */
class ProseColonsAndDecisionNamesTest {

    private static final String BOOK = "Ingrid Vale-Oduya, Harbours under Fire (Bergen: Kai Press, 2016), p. 12.";

    @Test
    void aShortFormAfterAColonOfProseStartsAtItsNames() {
        Article a = parse(BOOK, "1954 Hague Convention, art. 4(2). The waiver it allows has been the Convention’s most "
                + "criticised feature: Vale-Oduya, Harbours under Fire, pp. 91–3.", "Ibid., p. 94.");
        List<Citation> found = cites(a, 2);
        assertThat(found).hasSize(2);
        assertThat(found.get(1).raw()).isEqualTo("Vale-Oduya, Harbours under Fire, pp. 91–3");
        assertThat(found.get(1).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(cite(a, 3, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void anOrganisationsWorkAfterAColonOfProseHasTheOrganisationAsAuthor() {
        Citation c = cite(parse("The agency’s own assessment of national practice is more guarded: UNESCO, Harbours and "
                + "Armed Conflict: Periodic Report (Paris: UNESCO, 2021), pp. 17–19."), 1, 0);
        assertThat(names(c.fields().authors())).containsExactly("org:UNESCO");
        assertThat(c.fields().title()).isEqualTo("Harbours and Armed Conflict: Periodic Report");
    }

    @Test
    void aDecisionNamedByAPartyAndItsKindAfterAColonIsTheCasesShortForm() {
        Article a = parse("Prosecutor v. Ibrahim Ould Varsen, Judgment and Sentence, ICC-01/19-01/21-171, Trial Chamber X, "
                        + "27 September 2022, paras. 13–15.",
                "The Chamber described the library as expressing ‘the identity of the whole quarter’: Ould Varsen Judgment, "
                        + "para. 79, emphasis added.");
        List<Citation> found = cites(a, 2);
        assertThat(found).hasSize(1);
        Citation c = found.get(0);
        assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(c.pinpoint()).isEqualTo("para. 79");
        assertThat(c.emphasis()).isEqualTo(Emphasis.ADDED);
        assertThat(c.shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void decisionsNamedByPartiesAndBritishKindsFindTheirCaseInANoteOfTwo() {
        Article a = parse("Prosecutor v. Milo Brankova, Case No. IT-04-79-T, Trial Chamber, Judgement, 21 May 2008, paras. 302–9; "
                        + "see also Prosecutor v. Zoran Ilievo and Dario Matkov, Case No. IT-05-83-A, Appeals Chamber, Judgement, "
                        + "3 November 2010, para. 227.",
                "Brankova Trial Judgement (n 1), para. 327; Ilievo and Matkov Appeal Judgement (n 1), para. 229.");
        Citation trial = cite(a, 2, 0);
        assertThat(trial.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(trial.fields().authors()).isEmpty();
        assertThat(trial.fields().title()).isEqualTo("Brankova Trial Judgement");
        assertThat(trial.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(cite(a, 2, 1).shortFormOf()).isEqualTo(new CitationRef(1, 1));
    }

    @Test
    void aBodysOwnDecisionNumberIsNeitherAuthorNorTitle() {
        Citation c = cite(parse("World Harbour Committee, Decision 43 COM 8C.2, ‘Old Quay of Varna’, UNESCO Doc. WHC/19/43.COM/18 "
                + "(10 July 2019), para. 3."), 1, 0);
        assertThat(names(c.fields().authors())).containsExactly("org:World Harbour Committee");
        assertThat(c.fields().title()).isEqualTo("Old Quay of Varna");
        assertThat(c.fields().unSymbol()).isEqualTo("WHC/19/43.COM/18");
    }

    @Test
    void sentencesThatNameASubjectAndWhatItDidAreProse() {
        Article a = parse("Exec. Order No. 14,001, 89 Fed. Reg. 15,211 (Mar. 1, 2024). The order extends the harbour program to "
                        + "any person who “materially assists” a covered operation. Id. § 2(a).",
                "The World Harbour Committee placed the Old Quay of Varna on the List in July 2019, a month before the report "
                        + "appeared.",
                "The Harbour Commission, Annual Report 2019 (Bergen: Kai Press, 2020), 4.");
        List<Citation> first = cites(a, 1);
        assertThat(first).hasSize(2);
        assertThat(first.get(1).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(cites(a, 2)).isEmpty();
        assertThat(cites(a, 3)).hasSize(1);
    }

    @Test
    void britishArtsWithoutAFullStopArePinpoints() {
        Citation c = cite(parse("Rome Statute of the International Criminal Court (Rome, 17 July 1998), 2187 UNTS 3, "
                + "arts 8(2)(b)(ix) and 8(2)(e)(iv)."), 1, 0);
        assertThat(c.pinpoint()).isEqualTo("arts 8(2)(b)(ix) and 8(2)(e)(iv)");
        assertThat(c.fields().issue()).isNull();
    }

    @Test
    void aParagraphOfARuleIsOnePinpointAfterTheTitle() {
        Citation c = cite(parse("See generally Quay Manual 2.0 on the Law Applicable to Harbour Operations r. 4, ¶ 2 (2d ed. 2017)."),
                1, 0);
        assertThat(c.fields().title()).isEqualTo("Quay Manual 2.0 on the Law Applicable to Harbour Operations");
        assertThat(c.pinpoint()).isEqualTo("r. 4, ¶ 2");
    }

    @Test
    void articlesAnnexedToAResolutionAreTheResolutionsDocument() {
        Citation c = cite(parse("Int'l L. Comm'n, Articles on Responsibility for Harbours, art. 8, G.A. Res. 56/99, annex "
                + "(Dec. 12, 2001)."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(c.fields().unSymbol()).isEqualTo("A/RES/56/99");
        assertThat(c.fields().title()).isEqualTo("Articles on Responsibility for Harbours");
        assertThat(c.pinpoint()).isEqualTo("art. 8");
    }

    @Test
    void referenceListEntriesOfTheSameBodyAndDataSets() {
        Article a = parseEntries(
                "World Health Assembly. 2019. Strengthening Harbour Surveillance. Resolution WHA72.99. Geneva: World Health Organization.",
                "———. 2023. Report of the Review Committee on Harbour Delays. A76/99. Geneva: World Health Organization.",
                "Quay Health Institute. 2023. Harbour Financing Tracker, 2000–2022. Version 2.1. Distributed by Kai Data Archive. "
                        + "https://doi.org/10.5555/kda.2023.");
        Citation report = cite(a, 2, 0);
        assertThat(report.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(report.fields().unSymbol()).isEqualTo("A76/99");
        assertThat(report.fields().container()).isNull();
        Citation data = cite(a, 3, 0);
        assertThat(data.type()).isEqualTo(CitationType.OTHER);
        assertThat(data.fields().publisher()).isEqualTo("Kai Data Archive");
        assertThat(data.fields().container()).isNull();
    }
}
