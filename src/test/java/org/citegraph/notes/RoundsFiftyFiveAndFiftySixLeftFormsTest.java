package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.notes.NotesAssertions.cites;
import static org.citegraph.notes.NotesAssertions.names;
import static org.citegraph.notes.NotesAssertions.parse;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationRef;
import org.citegraph.model.CitationType;

/** Forms the fifty-fifth and fifty-sixth blind rounds left unread after their fixes, each with invented text. */
class RoundsFiftyFiveAndFiftySixLeftFormsTest {

    @Test
    void aPinpointOpenedByEspecially() {
        Article a = parse("The view is best stated among the contributions to Rosa Lind and Kwame Holt, eds., Pipes and the Seabed"
                + " (Cambridge: Ashworth Press, 2021), especially 119–47.");
        assertThat(cites(a, 1)).singleElement().satisfies(c -> assertThat(c.pinpoint()).isEqualTo("119-147"));
    }

    @Test
    void aCaseByItsNameAndABookByItsTitlesOpeningWordsInProse() {
        Article a = parse("Strait of Velmar (Norland v. Ostravia), Merits, Judgment, I.C.J. Reports 1951, p. 4, at 22; Harbourne"
                        + " Manual on Naval Warfare and Coastal Works, ed. Anna Vorst (Oxford: Kestrel Hill Press, 2023), rule 37.",
                "Not even the Harbourne Manual, rule 39, would allow a belligerent to cut a light.",
                "Its peacetime half can be mended by the diligence that Strait of Velmar, 22, already demands of every state.",
                "The Harbourne Manual was drafted in 2023, and Strait of Velmar, 1951, is older still.");
        assertThat(cites(a, 2)).singleElement().satisfies(c -> {
            assertThat(c.shortFormOf()).isEqualTo(new CitationRef(1, 1));
            assertThat(c.fields().title()).isEqualTo("Harbourne Manual");
            assertThat(c.fields().editors()).isEmpty();
            assertThat(c.pinpoint()).isEqualTo("rule 39");
        });
        assertThat(cites(a, 3)).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
            assertThat(c.shortFormOf()).isEqualTo(new CitationRef(1, 0));
            assertThat(c.pinpoint()).isEqualTo("22");
        });
        // a title's words with no pinpoint, a case's name with a year: prose
        assertThat(cites(a, 4)).isEmpty();
    }

    @Test
    void aShortFormAsTheSubjectOfTheClauseAfterBracketsOrALeadIn() {
        Article a = parse("Mira Carr-Oduya, The Law of Lights (Oxford: Clarendon Press, 2019), 12.",
                "The drafters left belligerents free by a saving clause (1880 Convention, art. 15) that Carr-Oduya, supra n. 1,"
                        + " 230, calls the treaty’s “trapdoor.”",
                "The drafters left belligerents free by a saving clause that Carr-Oduya, n. 1 above, at 230, calls the treaty’s"
                        + " “trapdoor.”");
        List<Citation> second = cites(a, 2);
        assertThat(second).hasSize(2);
        assertThat(second.get(1).raw()).isEqualTo("Carr-Oduya, supra n. 1, 230");
        assertThat(second.get(1).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(cites(a, 3)).singleElement().satisfies(c -> {
            assertThat(c.raw()).isEqualTo("Carr-Oduya, n. 1 above, at 230");
            assertThat(c.pinpoint()).isEqualTo("230");
        });
    }

    @Test
    void aRomanNumeralAfterALocatorsLabelEndsTheSentence() {
        Article a = parse("Both trade under reservations to the Convention on Trade in Wild Lichens (Washington, 3 March 1973, in"
                        + " force 1 July 1975), 993 UNTS 999 (hereafter CTWL), app. I. Whether the reservations are valid divides"
                        + " the contributors.",
                "Lichens taken on the high seas are ‘introduced from the sea’ within CTWL, art. I(e), and their trade is barred"
                        + " (ibid., art. III(5)).");
        assertThat(cites(a, 1)).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CitationType.TREATY);
            assertThat(c.pinpoint()).isEqualTo("app. I");
        });
        assertThat(cites(a, 2)).extracting(Citation::shortFormOf).containsExactly(new CitationRef(1, 0), new CitationRef(1, 0));
    }

    @Test
    void aReportedCaseWithItsPinpointAfterTheCourtsBrackets() {
        Article a = parse("The protesters were called pirates by the Ninth Circuit in Institute of Lichen Research v. Sea Guard"
                + " Society, 725 F.3d 990 (9th Cir. 2013), at 993.", "Ibid., at 996.");
        assertThat(cites(a, 1)).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
            assertThat(c.fields().container()).isEqualTo("F.3d");
            assertThat(c.fields().volume()).isEqualTo("725");
            assertThat(c.fields().pages()).isEqualTo("990");
            assertThat(c.pinpoint()).isEqualTo("993");
        });
        assertThat(cites(a, 2)).singleElement().satisfies(c -> assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE));
        assertThat(names(cites(a, 1).get(0).fields().authors())).isEmpty();
    }

    @Test
    void aLetterAfterAColonOfProseAndABodysReportSetOffAfterItsName() {
        Article a = parse("When the lights failed, Valdoria wrote to the Council that the cutting was an armed attack: Letter dated"
                        + " November 21, 2024 from the Permanent Representative of Valdoria to the United Nations addressed to the"
                        + " President of the Security Council, UN Doc. S/2024/999 (November 22, 2024).",
                "The report that first said so, Office of the Harbour Commissioner for Human Rights, Lights Out: Trends, Causes,"
                        + " Legal Implications and Impacts, UN Doc. A/HRC/50/99 (May 13, 2022), paras. 12–15, did not distinguish"
                        + " them.");
        assertThat(cites(a, 1)).singleElement().satisfies(c -> {
            assertThat(c.fields().title()).startsWith("Letter dated November 21, 2024 from the Permanent Representative");
            assertThat(c.fields().authors()).isEmpty();
        });
        assertThat(cites(a, 2)).singleElement().satisfies(c -> {
            assertThat(names(c.fields().authors())).containsExactly("org:Office of the Harbour Commissioner for Human Rights");
            assertThat(c.fields().title()).isEqualTo("Lights Out: Trends, Causes, Legal Implications and Impacts");
        });
    }

    @Test
    void aTreatysAnnexBeforeTheProvisionCitedInIt() {
        Article a = parse("Convention (IV) Respecting the Laws of War at Sea, October 18, 1907, 36 Stat. 2999, annex, art. 54.");
        assertThat(cites(a, 1)).singleElement().satisfies(c -> assertThat(c.pinpoint()).isEqualTo("annex, art. 54"));
    }
}
