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

/** The forty-third and forty-fourth blind rounds' causes, each with invented text. */
class RoundsFortyThreeAndFortyFourFormsTest {

    @Test
    void aFullCitationInARelativeClauseAfterAShortFormWithASubtitle() {
        Article a = parse("Ada Whit-Oyo, Consent and Quays (Leiden: Brill, 2019), 3.",
                "Its origins are traced in Whit-Oyo, Consent and Quays, 41–58, which draws on Leo Harcourt-Pell, Blockade and"
                        + " Bread: Relief at Sea, 1914–1921 (London: Ashby, 1988), 77–103.");
        List<Citation> found = cites(a, 2);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(names(found.get(1).fields().authors())).containsExactly("Harcourt-Pell|Leo");
        assertThat(found.get(1).fields().title()).isEqualTo("Blockade and Bread: Relief at Sea, 1914–1921");
    }

    @Test
    void aChapterThenAClauseWithItsOwnSubjectThatEndsInAResolution() {
        Article a = parse("The argument is made most fully by Ines Obuya-Lind, “Starvation and Relief,” in Arkwright and Solberg,"
                + " Quay Action, 101–28, and it has since been taken up by the Council, which condemned the practice in UN Security"
                + " Council Resolution 2417, UN Doc. S/RES/2417 (May 24, 2018), paras. 5–6.");
        List<Citation> found = cites(a, 1);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).type()).isEqualTo(CitationType.CHAPTER);
        assertThat(found.get(1).fields().unSymbol()).isEqualTo("S/RES/2417");
    }

    @Test
    void aQuotationWithItsSpeakerIsProseAndIbidInsideASentenceKeepsItsPinpoint() {
        Article a = parse("UN Secretary-General, Report on Quays, UN Doc. S/2024/385 (May 14, 2024), paras. 33–36.",
                "“Consent,” a senior relief official told a meeting in 2016, “is not a formality.” The report counts two hundred denials;"
                        + " ibid., para. 41, attributes most of them to three governments.");
        List<Citation> found = cites(a, 2);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).pinpoint()).isEqualTo("para. 41");
        assertThat(found.get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void inBeforeACaseAndABodysShortFormAfterALeadIn() {
        Article a = parse("Relief Quay Monitor, Blocked Roads: Denials at Sea (Geneva: RQM, 2024), 22.",
                "In Vantoura v. Serevia, App. No. 38114/18 (ECtHR, March 9, 2022), para. 142, the Court held that it was inhuman.",
                "This follows Ngozi, Access Denied, 88–107, and the figures are those of Relief Quay Monitor, Blocked Roads, 24.");
        assertThat(cite(a, 2, 0).fields().title()).isEqualTo("Vantoura v. Serevia");
        Citation body = cites(a, 3).get(cites(a, 3).size() - 1);
        assertThat(body.raw()).isEqualTo("Relief Quay Monitor, Blocked Roads, 24");
        assertThat(body.shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aJournalsYearInSquareBracketsAndAManuscriptsPages() {
        Citation article = cite(parse("Gerd Oyelowo, “Custom by Assertion?,” Harbour Law Journal 13, no. 2 [2021]: 201–9, 204."), 1, 0);
        assertThat(article.fields().issue()).isEqualTo("2");
        assertThat(article.fields().year()).isEqualTo("2021");
        assertThat(article.fields().pages()).isEqualTo("201-209");
        Article a = parse("See Priya Delacourt, The Residual Envoy, 110 Harlow L. Rev. (forthcoming 2025) (manuscript at 22).",
                "See Delacourt, supra note 1 (manuscript at 31–35).");
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("31-35");
    }

    @Test
    void theTreatySeriesNamedInFullInAHarvardList() {
        Citation c = cite(parseEntries("International Covenant on Quays, Harbours and Docks (1966) United Nations Treaty Series, 993, p. 3."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.TREATY);
        assertThat(c.fields().container()).isEqualTo("United Nations Treaty Series");
        assertThat(c.fields().volume()).isEqualTo("993");
        assertThat(c.fields().pages()).isEqualTo("3");
    }

    @Test
    void aStatuteNamedAsTheSubjectOfASentenceOfProse() {
        Article a = parse("The Computer Harbour and Abuse Act reaches the intrusion itself rather than the theft. 18 U.S.C. § 1030(a)(2) (2018).");
        assertThat(cites(a, 1)).hasSize(1);
        assertThat(cite(a, 1, 0).pinpoint()).isEqualTo("§ 1030(a)(2)");
    }

    @Test
    void aShortFormAfterOnWhichSeeInBrackets() {
        Article a = parse("Tobias Renwick, Visit and Search (Oxford: Keel Press, 2018), pp. 1–38.",
                "The Convention says nothing about the ship that is stopped (on which see Renwick, Visit and Search, pp. 140–52).");
        Citation c = cite(a, 2, 0);
        assertThat(c.signal()).isEqualTo("See");
        assertThat(c.pinpoint()).isEqualTo("140-152");
        assertThat(c.shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aCaseAfterByAndAShortTitleBeforeABracketedShortForm() {
        Article a = parse("Passage through the Strait of Quays (Estavia v. Korandia), Provisional Measures, Order of 14 June 2023, ICJ"
                        + " Reports 2023, p. 288.",
                "It was settled, for the purposes of the European Convention, by Demir and Others v. Osterlund, App. No. 40317/19"
                        + " (ECtHR, 3 May 2022), paras. 86–9.",
                "The order is of no help here: nothing in Strait of Quays, paras. 44–6, distinguishes the cargo from the ship, and the"
                        + " Strasbourg court had no occasion to (Demir, para. 91).");
        assertThat(cite(a, 2, 0).fields().title()).isEqualTo("Demir and Others v. Osterlund");
        assertThat(cites(a, 3)).extracting(Citation::shortFormOf).containsExactly(new CitationRef(1, 0), new CitationRef(2, 0));
    }

    @Test
    void aResolutionSetOffByCommasThenASourceAfterAColonAndMoreSourcesInBrackets() {
        Article a = parse("The Friendly Quays Declaration, GA res. 2625 (XXV), 24 October 1970, annex, says nothing of neutrality, and the"
                        + " Commission left the question open: Report of the International Law Commission on Its Work, UN Doc. A/74/10"
                        + " (2019), paras. 68–71.",
                "Neither the Declaration (GA res. 2625 (XXV), annex, principle 3) nor the principles (A/74/10, para. 70) were drafted"
                        + " with the sea in mind.");
        List<Citation> first = cites(a, 1);
        assertThat(first).extracting(c -> c.fields().unSymbol()).containsExactly("A/RES/2625(XXV)", "A/74/10");
        assertThat(first.get(0).pinpoint()).isEqualTo("annex");
        assertThat(cites(a, 2)).extracting(Citation::shortFormOf).containsExactly(new CitationRef(1, 0), new CitationRef(1, 1));
    }

    @Test
    void aTitleEndingInASpanOfYearsBeforeItsTranslatorAndIbidSetOffByCommas() {
        Article a = parse("Lucien Marchet, The Law of Prize from Paris to London, 1856–1909, trans. Helen Quaye (Cambridge: Keel Press,"
                + " 2016), pp. 61–97. The translator’s introduction, ibid., pp. ix–xxiv, is the best short guide.");
        List<Citation> found = cites(a, 1);
        assertThat(found.get(0).fields().title()).isEqualTo("The Law of Prize from Paris to London, 1856–1909");
        assertThat(found.get(0).pinpoint()).isEqualTo("61-97");
        assertThat(found.get(1).pinpoint()).isEqualTo("ix-xxiv");
    }
}
