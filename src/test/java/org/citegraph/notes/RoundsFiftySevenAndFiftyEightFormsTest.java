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

/** Discursive forms of the fifty-seventh and fifty-eighth blind rounds, each with invented text. */
class RoundsFiftySevenAndFiftyEightFormsTest {

    @Test
    void aNounPhraseInLowerCaseAfterASemicolonBeforeATreatyOrAWork() {
        Article a = parse("The earlier treaty states the rule once; the later, the Convention on Liability for Damage Caused by"
                        + " Balloons, March 9, 1972, 24 U.S.T. 2999, 961 U.N.T.S. 999 (hereafter Balloon Convention), arts. II and"
                        + " III, divides it in two.",
                "The collision was news the next morning; the fullest account, Petra Lind-Osei, “Balloon Strikes Balloon,”"
                        + " Harbour Meridian, February 12, 2009, A1, named both owners.",
                "Balloon Convention, art. I(c).");
        assertThat(cites(a, 1)).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CitationType.TREATY);
            assertThat(c.fields().title()).isEqualTo("Convention on Liability for Damage Caused by Balloons");
            assertThat(c.fields().container()).isEqualTo("U.S.T.");
        });
        assertThat(cites(a, 2)).singleElement().satisfies(c ->
                assertThat(names(c.fields().authors())).containsExactly("Lind-Osei|Petra"));
        assertThat(cites(a, 3)).singleElement().satisfies(c -> assertThat(c.shortFormOf()).isEqualTo(new CitationRef(1, 0)));
    }

    @Test
    void longSentencesWithADateOrANumberAreProse() {
        Article a = parse("The one claim ever made under the Convention followed the fall of the satellite Lumen 954, which scattered"
                        + " debris across the northern plains in January 1978.",
                "The first collision between two working balloons, over the lake in February 2009, was on the front pages the"
                        + " next morning.",
                "The early history of the balloon in the law of the air, 1890–1910, pp. 4–9.");
        assertThat(cites(a, 1)).isEmpty();
        assertThat(cites(a, 2)).isEmpty();
        assertThat(cites(a, 3)).hasSize(1);
    }

    @Test
    void unDocumentsInsideASentenceOfProse() {
        Article a = parse("The General Assembly endorsed them without a vote, GA res. 62/999, para. 26 (December 22, 2007), and the"
                + " guidelines that followed carry no more authority, being annexed to nothing weightier than Report of the"
                + " Committee on Balloons, UN Doc. A/74/99 (2019), annex II. One state called them “voluntary” as recently as"
                + " UN Doc. A/AC.105/C.2/SR.999 (April 4, 2023), 7.");
        List<Citation> cited = cites(a, 1);
        assertThat(cited).extracting(c -> c.fields().unSymbol())
                .containsExactly("A/RES/62/999", "A/74/99", "A/AC.105/C.2/SR.999");
        assertThat(cited.get(0).pinpoint()).isEqualTo("para. 26");
        assertThat(cited.get(1).fields().title()).isEqualTo("Report of the Committee on Balloons");
        assertThat(cited.get(1).pinpoint()).isEqualTo("annex II");
        assertThat(cited.get(2).fields().title()).isNull();
    }

    @Test
    void aCaseAfterAClauseOfTwoWordsAndACodeSectionSetOffByACommaInProse() {
        Article a = parse("The ancestry runs from the mill at Tarn, Tarn Mill (Norland v. Ostravia), Award of March 11, 1941, 3"
                        + " R.I.A.A. 1999, 2065, to the dams on the Vell, Dams on the River Vell (Argentina v. Uruguay), Judgment,"
                        + " I.C.J. Reports 2010, p. 99, at 83, para. 204, where the Court made diligence a duty.",
                "The United States pays claims above a ceiling, from the Treasury, 51 U.S.C. §§ 50999–51000 (2018).");
        assertThat(cites(a, 1)).extracting(c -> c.fields().title())
                .containsExactly("Tarn Mill (Norland v. Ostravia)", "Dams on the River Vell (Argentina v. Uruguay)");
        assertThat(cites(a, 1).get(1).pinpoint()).isEqualTo("83, para. 204");
        assertThat(cites(a, 2)).singleElement().satisfies(c -> {
            assertThat(c.raw()).isEqualTo("51 U.S.C. §§ 50999–51000 (2018)");
            assertThat(c.fields().title()).isNull();
        });
    }

    @Test
    void aClauseAfterAUrlAndAShortFormsClauseLeadToSecondWorks() {
        Article a = parse("Amara Holt, “Paying the Bill,” Air Law Review 45, no. 3 (2020): 301–29; Ruth Okon, “Drafting,” in The"
                        + " Travaux of Air Law, ed. Hamid Reyes and Anneke Mbeki (Leiden: Corvina, 2018), 63–98; Orbital Balloon"
                        + " Monitoring Consortium, Balloon Environment Report 2024 (Darmstadt: OBMC Publications, 2024), 4–11.",
                "One that does, Lumen Balloons, “Lumen-1: Frequently Asked Questions,” accessed May 2, 2025,"
                        + " https://www.lumen.example/faq, promises to fly only in daylight, an undertaking defended in Lucia Ferr,"
                        + " “Ownership Never Lapses,” Air Policy Quarterly 29, no. 2 (2022): 140–67.",
                "Okon, n. 1 above, 88, reads the records as silence, and so does the only other contributor to have looked at"
                        + " them, Marten Quaye, “Parts and Wholes,” in Reyes and Mbeki, The Travaux of Air Law, 99–130, at 117.",
                "Okon, n. 1 above, 90, suggests that a state must assess the risk its licensees create, and Holt, supra n. 1,"
                        + " 322–25, would write the guidelines into every license.",
                "The numbers in Orbital Balloon Monitoring Consortium, Balloon Environment Report 2024, 30–31, suggest that the test will not be long in coming.");
        assertThat(cites(a, 2)).extracting(Citation::type).containsExactly(CitationType.WEB_PAGE, CitationType.JOURNAL_ARTICLE);
        assertThat(cites(a, 2).get(0).fields().url()).isEqualTo("https://www.lumen.example/faq");
        List<Citation> third = cites(a, 3);
        assertThat(third).hasSize(2);
        assertThat(third.get(1).type()).isEqualTo(CitationType.CHAPTER);
        assertThat(names(third.get(1).fields().editors())).containsExactly("Reyes|Hamid", "Mbeki|Anneke");
        assertThat(cites(a, 4)).extracting(Citation::shortFormOf).containsExactly(new CitationRef(1, 1), new CitationRef(1, 0));
        assertThat(cites(a, 5)).singleElement().satisfies(c -> {
            assertThat(names(c.fields().authors())).containsExactly("org:Orbital Balloon Monitoring Consortium");
            assertThat(c.fields().title()).isEqualTo("Balloon Environment Report 2024");
            assertThat(c.pinpoint()).isEqualTo("30-31");
            assertThat(c.shortFormOf()).isEqualTo(new CitationRef(1, 2));
        });
    }
}
