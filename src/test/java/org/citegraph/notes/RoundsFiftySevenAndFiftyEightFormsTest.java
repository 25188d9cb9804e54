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
                "The United States pays claims above a ceiling, from the Treasury, 51 U.S.C. §§ 50994–96 (2018).");
        assertThat(cites(a, 1)).extracting(c -> c.fields().title())
                .containsExactly("Tarn Mill (Norland v. Ostravia)", "Dams on the River Vell (Argentina v. Uruguay)");
        assertThat(cites(a, 1).get(1).pinpoint()).isEqualTo("83, para. 204");
        assertThat(cites(a, 2)).singleElement().satisfies(c -> {
            assertThat(c.raw()).isEqualTo("51 U.S.C. §§ 50994–96 (2018)");
            assertThat(c.fields().title()).isNull();
            assertThat(c.pinpoint()).isEqualTo("§§ 50994-50996");
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

    @Test
    void treatiesAndCasesAfterLongerLeadIns() {
        Article a = parse("Its text is the Convention on the Means of Preventing the Illicit Import, Export and Transfer of Lichens"
                        + " (Paris, 14 November 1970, in force 24 April 1972), 823 UNTS 999 (hereafter 1970 Convention); the story of"
                        + " its drafting is told elsewhere.",
                "The return of lichens has been ordered only once by the International Court, when Norland was required to"
                        + " restore the samples removed since 1954: Temple of Vell (Norland v. Ostravia), Merits, Judgment, ICJ"
                        + " Reports 1962, p. 99 (hereafter Vell Temple), at pp. 36–7.",
                "The exception that every course on the subject now teaches is Republic of Valdoria v. Harrow Foundation for the"
                        + " Arts, PCA Case No. 2016-99, Final Award, 19 October 2018, paras. 201–16, in which the tribunal read a loan"
                        + " agreement broadly.",
                "Where the market states have acted at all, it has been through the criminal law: a dealer who sold lichens"
                        + " taken in breach of Norland’s law was convicted in United States v. Schulte, 333 F.3d 999, 399–402 (2d"
                        + " Cir. 2003), a decision that Hallam Kris-Obi, Crime and the Lichen Trade (London: Fenwick & Daw, 2016),"
                        + " ch. 4, treats as the real beginning.",
                "The periods are the most disputed part of the 1970 Convention, art. 3(3)–(5): three years from the theft, fifty"
                        + " in all.");
        assertThat(cites(a, 1)).first().satisfies(c -> assertThat(c.fields().title())
                .isEqualTo("Convention on the Means of Preventing the Illicit Import, Export and Transfer of Lichens"));
        assertThat(cites(a, 2)).singleElement().satisfies(c ->
                assertThat(c.fields().title()).isEqualTo("Temple of Vell (Norland v. Ostravia)"));
        assertThat(cites(a, 3)).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
            assertThat(c.fields().title()).isEqualTo("Republic of Valdoria v. Harrow Foundation for the Arts");
        });
        assertThat(cites(a, 4)).extracting(c -> c.fields().title()).containsExactly("United States v. Schulte", "Crime and the Lichen Trade");
        assertThat(cites(a, 5)).singleElement().satisfies(c -> {
            assertThat(c.raw()).isEqualTo("1970 Convention, art. 3(3)–(5)");
            assertThat(c.pinpoint()).isEqualTo("art. 3(3)-(5)");
            assertThat(c.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        });
    }

    @Test
    void chaptersAndDocumentsSetOffInProse() {
        Article a = parse("The codes have done more, a claim made at length in Helga Oyel and Tomás Lind (eds), Museum Ethics and"
                        + " Lichens (Abingdon: Kestrel Academic, 2022), and put most sharply there by Noor Castel, ‘Deaccessioning:"
                        + " A Lawyer’s View’, in Oyel and Lind (eds), op. cit., pp. 77–104, at p. 81.",
                "The account of the Committee that preceded it, Return of Lichens to the Countries of Origin: Report of the"
                        + " Secretary-General, UN Doc. A/76/999 (21 July 2021), paras. 14–19, is frank. The Council came to it"
                        + " late; the debate before the vote is UN Doc. S/PV.7999 (24 March 2017), pp. 3–6.",
                "The lichens went to the royal family – a result regretted in a post by Sunniva Abar, ‘Returned to Whom?’,"
                        + " Lichen Law Notes (blog), 2 August 2023 – and the Secretary-General had foreseen it (A/76/999,"
                        + " para. 31).");
        List<Citation> first = cites(a, 1);
        assertThat(first).extracting(Citation::type).containsExactly(CitationType.EDITED_BOOK, CitationType.CHAPTER);
        assertThat(first.get(1).fields().container()).isEqualTo("Museum Ethics and Lichens");
        assertThat(first.get(1).fields().pages()).isEqualTo("77-104");
        List<Citation> second = cites(a, 2);
        assertThat(second).extracting(c -> c.fields().title())
                .containsExactly("Return of Lichens to the Countries of Origin: Report of the Secretary-General", null);
        assertThat(second.get(1).fields().unSymbol()).isEqualTo("S/PV.7999");
        List<Citation> third = cites(a, 3);
        assertThat(third).hasSize(2);
        assertThat(names(third.get(0).fields().authors())).containsExactly("Abar|Sunniva");
        assertThat(third.get(1).shortFormOf()).isEqualTo(new CitationRef(2, 0));
    }

    @Test
    void sentenceEndsBeforeAShortFormAfterAQuotationOrAnExecutiveOrder() {
        Article a = parse("Convention on Lichen Munitions, May 30, 2008, 2688 U.N.T.S. 999 [hereinafter CLM].",
                "The duty reaches states “not party to this Convention.” CLM, supra note 1, art. 21(3).",
                "The President has delegated the authority to the Secretary of State. Exec. Order No. 13,999, 78 Fed. Reg."
                        + " 16,129 (Mar. 13, 2013).");
        assertThat(cites(a, 2)).singleElement().satisfies(c -> {
            assertThat(c.shortFormOf()).isEqualTo(new CitationRef(1, 0));
            assertThat(c.pinpoint()).isEqualTo("art. 21(3)");
        });
        assertThat(cites(a, 3)).singleElement().satisfies(c -> assertThat(c.raw()).startsWith("Exec. Order No. 13,999"));
    }

    @Test
    void aJournalWhoseNameHoldsACommaButNotANewspapersDate() {
        Article a = parse("Elif Sand, ‘Due Diligence after the Lists’, Art, Lichens and Provenance Review 31:2 (2022), pp. 98–121.",
                "Lena Whit, “Keepers Accused of Standing By,” Guardian, July 14, 2016.");
        assertThat(cites(a, 1)).singleElement().satisfies(c -> {
            assertThat(c.fields().container()).isEqualTo("Art, Lichens and Provenance Review");
            assertThat(c.fields().volume()).isEqualTo("31");
            assertThat(c.fields().issue()).isEqualTo("2");
        });
        assertThat(cites(a, 2)).singleElement().satisfies(c -> {
            assertThat(c.fields().container()).isEqualTo("Guardian");
            assertThat(c.fields().date()).isEqualTo("2016-07-14");
        });
    }
}
