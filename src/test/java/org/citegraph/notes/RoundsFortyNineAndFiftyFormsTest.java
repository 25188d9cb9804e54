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
import org.citegraph.model.Emphasis;

/** Discursive forms of the forty-ninth and fiftieth blind rounds, and of probes written beside them, each with invented text. */
class RoundsFortyNineAndFiftyFormsTest {

    @Test
    void aDefinedNameWithItsPinpointAnywhereInTheProse() {
        Article a = parse("Convention on Shared Pastures, Lindau, 4 May 1961, 512 UNTS 77 (hereafter Pastures Convention).",
                "The herders relied on their right to cross under Pastures Convention, art. 6 (S/PV.9120, p. 8); the kind of"
                        + " fence that Pastures Convention, art. 9, forbids was built all the same.",
                "Tamsin Reyes-Okafor, ‘Fences and Herds’, Journal of Range Law 4:1 (2019), pp. 10–40.",
                "The case for the fence is weak; against it stand Reyes-Okafor, ‘Fences and Herds’, pp. 12–14, and the"
                        + " Board’s own view, in Pastures Convention, art. 11, that the fence was lawful.");
        Citation treaty = cites(a, 1).get(0);
        // the place of conclusion before the date is no part of the name
        assertThat(treaty.fields().title()).isEqualTo("Convention on Shared Pastures");
        assertThat(treaty.fields().date()).isEqualTo("1961-05-04");
        List<Citation> second = cites(a, 2);
        assertThat(second).extracting(Citation::pinpoint).containsExactly("art. 6", "8", "art. 9");
        assertThat(second.get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(second.get(2).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        List<Citation> fourth = cites(a, 4);
        assertThat(fourth).hasSize(2);
        assertThat(fourth.get(0).pinpoint()).isEqualTo("12-14");
        assertThat(fourth.get(0).fields().container()).isNull();
        assertThat(fourth.get(1).pinpoint()).isEqualTo("art. 11");
        assertThat(fourth.get(1).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aTreatyInTheConsolidatedSeriesNamedInProseAndItsNameLinkedAfterASemicolon() {
        Article a = parse("It is worth recalling that the rules were annexed to the Convention (II) respecting the Customs of"
                        + " River Tolls, Mannheim, 9 June 1868, 137 CTS 401 (hereafter River Tolls Convention), and that article 3"
                        + " was drafted with a short season in mind.",
                "Harbour Dues (Osterlund v. Kareland), Judgment, ICJ Reports 1991, p. 12, at para. 40; hereinafter Harbour Dues.",
                "River Tolls Convention, art. 3; Harbour Dues, para. 41.");
        Citation treaty = cites(a, 1).get(0);
        assertThat(treaty.type()).isEqualTo(CitationType.TREATY);
        assertThat(treaty.fields().title()).isEqualTo("Convention (II) respecting the Customs of River Tolls");
        assertThat(treaty.fields().volume()).isEqualTo("137");
        assertThat(cites(a, 2)).hasSize(1);
        assertThat(cites(a, 2).get(0).fields().title()).isEqualTo("Harbour Dues (Osterlund v. Kareland)");
        assertThat(cites(a, 3)).extracting(Citation::shortFormOf).containsExactly(new CitationRef(1, 0), new CitationRef(2, 0));
    }

    @Test
    void resolutionsByNumberInProseWithTheirOrganNamedBefore() {
        Article a = parse("It was this concern that led the General Assembly to take note of the principles in resolution 64/91 of"
                        + " December 9, 2009.",
                "Compare the Security Council’s approach in resolution 1627 (2005), 30 May 2005, paras. 2–3, with its silence"
                        + " thereafter.",
                "The Assembly, which welcomed the guidelines in resolution 66/12 of November 3, 2011 (UN Doc. A/RES/66/12),"
                        + " para. 2, has done nothing since.",
                "Model Rules on Water Boards, annexed to General Assembly resolution 58/77, para. 4.");
        Citation first = cites(a, 1).get(0);
        assertThat(first.fields().unSymbol()).isEqualTo("A/RES/64/91");
        assertThat(first.fields().date()).isEqualTo("2009-12-09");
        Citation second = cites(a, 2).get(0);
        assertThat(second.fields().unSymbol()).isEqualTo("S/RES/1627(2005)");
        assertThat(second.pinpoint()).isEqualTo("paras. 2-3");
        Citation third = cites(a, 3).get(0);
        assertThat(third.fields().unSymbol()).isEqualTo("A/RES/66/12");
        assertThat(third.pinpoint()).isEqualTo("para. 2");
        // a title the resolution publishes keeps its title
        assertThat(cites(a, 4).get(0).fields().title()).isEqualTo("Model Rules on Water Boards");
    }

    @Test
    void aUnDocumentByMarkerInProseBeforeABracketedOneAndADescribedDocumentAfterWith() {
        Article a = parse("A point pressed by the Special Rapporteur in her second report, UN Doc. A/CN.4/611 (2009), para. 14,"
                        + " and echoed in the Sixth Committee (UN Doc. A/C.6/64/SR.9, paras. 2–4).",
                "Compare A/C.6/64/SR.9, para. 3, with the statement of the same delegate ten years later in the same committee,"
                        + " UN Doc. A/C.6/74/SR.18 (October 30, 2019), para. 7, which adds nothing.");
        assertThat(cites(a, 1)).extracting(c -> c.fields().unSymbol()).containsExactly("A/CN.4/611", "A/C.6/64/SR.9");
        assertThat(cites(a, 1).get(0).pinpoint()).isEqualTo("para. 14");
        List<Citation> compared = cites(a, 2);
        assertThat(compared).extracting(c -> c.fields().unSymbol()).containsExactly("A/C.6/64/SR.9", "A/C.6/74/SR.18");
        assertThat(compared).extracting(Citation::pinpoint).containsExactly("para. 3", "para. 7");
        assertThat(compared.get(1).signal()).isEqualTo("Compare");
    }

    @Test
    void leadInsHoldingAYearOrAnAsideBeforeTheWork() {
        Article a = parse("Anyone who doubts how unsettled it was before 1914 should read Hedda Lindqvist-Obi, Two Flags: Ships"
                        + " and Their Owners (Leiden: Harlow Press, 2016), 40–52.",
                "The leading study remains, in my view, Ruth Okafor-Lind, River Law (Cambridge: Fenwick Press, 2018), 210.",
                "The view rests on Lindqvist-Obi, Two Flags, 88–90, and, for the years after 1945, on a close reading of the"
                        + " debates by Omar Vidal-Stroud, “Flags of Need,” in Ships and States, ed. Ana Ruiz (Oxford: Harlow"
                        + " Press, 2020), 131–58.");
        Citation book = cites(a, 1).get(0);
        assertThat(names(book.fields().authors())).containsExactly("Lindqvist-Obi|Hedda");
        assertThat(book.fields().title()).isEqualTo("Two Flags: Ships and Their Owners");
        assertThat(names(cites(a, 2).get(0).fields().authors())).containsExactly("Okafor-Lind|Ruth");
        List<Citation> third = cites(a, 3);
        assertThat(third).hasSize(2);
        assertThat(third.get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(names(third.get(1).fields().authors())).containsExactly("Vidal-Stroud|Omar");
        assertThat(third.get(1).type()).isEqualTo(CitationType.CHAPTER);
    }

    @Test
    void aCaseAfterInBeforeABracketedIbidAndAfterAColonAndAPhaseBeforeTheJudgment() {
        Article a = parse("Fishing Rights (Osterlund v. Kareland), Second Phase, Judgment, I.C.J. Reports 1962, p. 9, at 20.",
                "When the Court came back to it, in Pilot Access (Kareland v. Vastmark), Judgment, I.C.J. Reports 2019, p. 88,"
                        + " paras. 40–46, it said nothing of the earlier case (ibid., para. 50).",
                "Strasbourg has used it: in Lund-Ochieng v. Vastmark, App. No. 51207/16, Judgment of May 4, 2021, paras. 60–66,"
                        + " the Court held the detention unlawful.",
                "Cf. Fishing Rights, 22.");
        assertThat(cites(a, 1).get(0).fields().title()).isEqualTo("Fishing Rights (Osterlund v. Kareland)");
        List<Citation> second = cites(a, 2);
        assertThat(second).hasSize(2);
        assertThat(second.get(0).fields().title()).isEqualTo("Pilot Access (Kareland v. Vastmark)");
        assertThat(second.get(1).shortFormOf()).isEqualTo(new CitationRef(2, 0));
        Citation third = cites(a, 3).get(0);
        assertThat(third.fields().title()).isEqualTo("Lund-Ochieng v. Vastmark");
        assertThat(third.fields().date()).isEqualTo("2021-05-04");
        assertThat(cites(a, 4).get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void theFollowingPagesBeforeAClauseOfProse() {
        Article a = parse("M. Ferro-Nkosi, Occupied Courts (Cheltenham: Harlow Press, 2019), pp. 300–14.",
                "See the discussion in Ferro-Nkosi, op. cit., pp. 320 ff., and the sources there cited.");
        Citation found = cites(a, 2).get(0);
        assertThat(found.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(found.raw()).endsWith("ff.");
    }

    @Test
    void aCodeSectionAfterWithAndAfterASentenceEndingInAProperName() {
        Article a = parse("Convention on Seasonal Labour, June 3, 2001, 2222 U.N.T.S. 45 [hereinafter Labour Convention].",
                "Compare Labour Convention, supra note 1, art. 2(b) (defining the work by its terms, hours, and place), with 29"
                        + " U.S.C. § 207(a) (2018) (defining it by its hours alone).",
                "The statute reaches employers in the Northern Territories. 29 U.S.C. § 213(f) (2018).",
                "The statute reaches any employer “doing business in the Northern Territories.” 29 U.S.C. § 213(g) (2018).");
        List<Citation> compared = cites(a, 2);
        assertThat(compared).hasSize(2);
        assertThat(compared.get(0).pinpoint()).isEqualTo("art. 2(b)");
        assertThat(compared.get(1).fields().container()).isEqualTo("U.S.C.");
        assertThat(compared.get(1).signal()).isEqualTo("Compare");
        for (int note = 3; note <= 4; note++) {
            List<Citation> code = cites(a, note);
            assertThat(code).hasSize(1);
            assertThat(code.get(0).fields().container()).isEqualTo("U.S.C.");
            assertThat(code.get(0).fields().volume()).isEqualTo("29");
        }
    }

    @Test
    void aBracketedIbidClosingTheClauseAfterACaseInTheSentence() {
        Article a = parse("Strasbourg has used it: in Lund-Ochieng v. Vastmark, App. No. 51207/16, Judgment of May 4, 2021, paras."
                + " 60–66, the Court held that the detention of the applicant had no basis in law (ibid., para. 70).");
        List<Citation> found = cites(a, 1);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).fields().title()).isEqualTo("Lund-Ochieng v. Vastmark");
        assertThat(found.get(1).pinpoint()).isEqualTo("para. 70");
        assertThat(found.get(1).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aNameThenItsNoteInBracketsAndAShortTitleAfterAnAsideAndOn() {
        Article a = parse("Ines Ferro-Lund, ‘Usufruct Revisited’, Journal of Occupation Law 3:2 (2021), pp. 200–40.",
                "Quarry Lease Arbitration (Ostrand v. Velmark), Award of 3 March 2019, RIAA, vol. XXXII, p. 77.",
                "Not every writer agrees, and Ferro-Lund (n. 1 above, at pp. 226–9) would confine it to land; the contrary"
                        + " view rests, in the end, on Quarry Lease Arbitration, paras. 314–16.");
        List<Citation> third = cites(a, 3);
        assertThat(third).hasSize(2);
        assertThat(third.get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(third.get(0).pinpoint()).isEqualTo("226-229");
        assertThat(third.get(1).shortFormOf()).isEqualTo(new CitationRef(2, 0));
        assertThat(third.get(1).pinpoint()).isEqualTo("paras. 314-316");
    }

    @Test
    void aPreambleARemarkInBracketsACaseNumberAndASourceAfterABracketedOne() {
        Article a = parse("The exception always cited is SC res. 1511 (2003), 16 October 2003, preamble, which recognised the"
                        + " powers then exercised.",
                "Omar Vidal-Stroud, “Predominance,” in Claims, ed. Ana Ruiz (Oxford: Harlow Press, 2018), 131–58.",
                "The Rapporteur wanted a test “that a claimant could fail” (Vidal-Stroud, “Predominance,” 149, emphasis"
                        + " added).",
                "Ostrand v. Velmark, Case No. B/7, Decision No. 12 (May 4, 1985), 6 Claims Trib. Rep. 101, 110.",
                "The first tribunal put the burden on the claimant; Case No. B/7, 108–9, left it to inference.",
                "The image is Lund’s (Occupied Courts, pp. 30–9), the limits are the Court’s, and the objection I take"
                        + " from Vidal-Stroud, “Predominance,” 150, without accepting her remedy.");
        Citation resolution = cites(a, 1).get(0);
        assertThat(resolution.fields().unSymbol()).isEqualTo("S/RES/1511(2003)");
        assertThat(resolution.pinpoint()).isEqualTo("preamble");
        Citation quoted = cites(a, 3).get(0);
        assertThat(quoted.shortFormOf()).isEqualTo(new CitationRef(2, 0));
        assertThat(quoted.emphasis()).isEqualTo(Emphasis.ADDED);
        List<Citation> fifth = cites(a, 5);
        assertThat(fifth).hasSize(1);
        assertThat(fifth.get(0).shortFormOf()).isEqualTo(new CitationRef(4, 0));
        assertThat(fifth.get(0).pinpoint()).isEqualTo("108-109");
        List<Citation> sixth = cites(a, 6);
        assertThat(sixth.get(sixth.size() - 1).shortFormOf()).isEqualTo(new CitationRef(2, 0));
        assertThat(sixth.get(sixth.size() - 1).pinpoint()).isEqualTo("150");
    }

    @Test
    void aSentenceOfProseReadAsAShortFormIsNoCitation() {
        Article a = parse("Tharani v. Pelagic Foods Co., 61 F.4th 1012, 1020 (9th Cir. 2023).",
                "Geneva came to the same question from the other side, through the rights of the population rather than"
                        + " the powers of the occupant.",
                "An ordinary sale between buyer and seller, the court reasoned, “is not a venture at all.” Id. at 1022.");
        assertThat(cites(a, 2)).isEmpty();
        List<Citation> third = cites(a, 3);
        assertThat(third).hasSize(1);
        assertThat(third.get(0).type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(third.get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aNotePointerAfterProseTakesTheWorkOfTheEditorNamedBeforeIt() {
        Article a = parse("Convention on River Tolls, May 2, 1931, 140 L.N.T.S. 12 (hereafter 1931 Convention); for the conference,"
                        + " see Ilse Varga-Lund, ed., The Lisbon Conference: A Delegate’s Diary (Oxford: Harlow Press, 2012).",
                "Read together, 1931 Convention, art. 5, and the diary tell one story, as Varga-Lund says in her introduction"
                        + " to the diary (supra n. 1, xii–xiv).");
        List<Citation> second = cites(a, 2);
        assertThat(second).hasSize(2);
        assertThat(second.get(0).pinpoint()).isEqualTo("art. 5");
        assertThat(second.get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(second.get(1).pinpoint()).isEqualTo("xii-xiv");
        assertThat(second.get(1).shortFormOf()).isEqualTo(new CitationRef(1, 1));
    }

    @Test
    void definedNamesInBracketsAndATreatyAndAnIccSituationAfterAColon() {
        Article a = parse("Convention on Water Rights, April 8, 1983, UN Doc. A/CONF.99/1 (hereafter 1983 Convention).",
                "The 1983 Convention divides the rights by use (1983 Convention, art. 31), but the parties chose otherwise:"
                        + " Treaty on the Division of the Lakes, March 3, 2004, 2320 U.N.T.S. 9 (hereafter Lakes Treaty), annex D.",
                "Of the lakes, the Lakes Treaty (annex B, art. 4(2)) gave the north the larger share.",
                "The chamber saw no difficulty: Situation in the Republic of Tarvel, Decision on the Prosecutor’s Request,"
                        + " ICC-02/21-7, Pre-Trial Chamber I, 6 May 2022, paras. 40–52 (hereafter Tarvel Decision).",
                "Tarvel Decision, para. 60.");
        List<Citation> second = cites(a, 2);
        assertThat(second).hasSize(2);
        assertThat(second.get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(second.get(1).fields().title()).isEqualTo("Treaty on the Division of the Lakes");
        Citation bracketed = cites(a, 3).get(0);
        assertThat(bracketed.pinpoint()).isEqualTo("annex B, art. 4(2)");
        assertThat(bracketed.shortFormOf()).isEqualTo(new CitationRef(2, 1));
        Citation situation = cites(a, 4).get(0);
        assertThat(situation.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(situation.fields().title()).isEqualTo("Situation in the Republic of Tarvel");
        assertThat(situation.fields().date()).isEqualTo("2022-05-06");
        assertThat(cites(a, 5).get(0).shortFormOf()).isEqualTo(new CitationRef(4, 0));
    }

    @Test
    void anInvertedVerbOfSayingAClauseAfterSinceAndAProvisionAfterUnder() {
        Article a = parse("Mara Rosenthal-Lind, Consent and Courts (Oxford: Harlow Press, 2019).",
                "Can a state object? Yes, says Rosenthal-Lind, op. cit., pp. 212–19, since the objection adds nothing to what the"
                        + " state could already claim.",
                "Under article 12(2) of the Statute of the Tarvel Tribunal (Tarvel, 17 July 2001, in force 1 July 2003), 2200"
                        + " UNTS 3 (hereafter Tarvel Statute), the tribunal may sit anywhere.");
        Citation said = cites(a, 2).get(0);
        assertThat(said.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(said.pinpoint()).isEqualTo("212-219");
        Citation statute = cites(a, 3).get(0);
        assertThat(statute.fields().title()).isEqualTo("Statute of the Tarvel Tribunal");
        assertThat(statute.pinpoint()).isEqualTo("article 12(2)");
    }

    @Test
    void aJudgmentWithAYearInItsNameInBracketsADocumentAfterAtAndADecisionAfterIn() {
        Article a = parse("As the Court will not rule on a state not before it (Gold Shipped from Lisbon in 1941 (Osterlund v."
                        + " Kareland and Vastmark), Preliminary Question, Judgment, ICJ Reports 1952, p. 19, at p. 32), so a"
                        + " tribunal may not either.",
                "The formula was repeated later, and the delegate has asked that it be kept, in a request recorded at UN Doc."
                        + " S/PV.9901 (14 January 2025), pp. 6–7.",
                "Convention on Pilots, 3 May 1990, 1600 UNTS 4 (hereafter Pilots Convention).",
                "The agreements are of the kind contemplated by Pilots Convention, art. 9, and their validity was the only"
                        + " question put to the tribunal in Pilot Agreements Arbitration (Osterlund v. Kareland), PCA Case No."
                        + " 2021-04, Award of 2 June 2023, paras. 140–9, which upheld them.");
        Citation judgment = cites(a, 1).get(0);
        assertThat(judgment.fields().title()).isEqualTo("Gold Shipped from Lisbon in 1941 (Osterlund v. Kareland and Vastmark)");
        assertThat(judgment.pinpoint()).isEqualTo("32");
        Citation record = cites(a, 2).get(0);
        assertThat(record.fields().unSymbol()).isEqualTo("S/PV.9901");
        assertThat(record.fields().title()).isNull();
        List<Citation> fourth = cites(a, 4);
        assertThat(fourth).hasSize(2);
        assertThat(fourth.get(0).pinpoint()).isEqualTo("art. 9");
        assertThat(fourth.get(1).fields().title()).isEqualTo("Pilot Agreements Arbitration (Osterlund v. Kareland)");
        assertThat(fourth.get(1).fields().date()).isEqualTo("2023-06-02");
    }

    @Test
    void broadcastingAbbreviatedInAPartysName() {
        Article a = parse("Compare Hale v. Office of Media, 12 F.4th 100, 104 (2d Cir. 2021), with Lowell Broad. Network, Inc. v."
                + " Office of Media, 30 F.4th 552, 561 (2d Cir. 2022).");
        List<Citation> compared = cites(a, 1);
        assertThat(compared).hasSize(2);
        assertThat(compared.get(1).fields().title()).isEqualTo("Lowell Broad. Network, Inc. v. Office of Media");
        assertThat(compared.get(1).signal()).isEqualTo("Compare");
    }

    @Test
    void aRangeOfSubparagraphsAfterATreatysTitle() {
        Article a = parse("See Convention on Broadcasting art. 19(2)–(3), Dec. 16, 1966, 999 U.N.T.S. 171.");
        Citation treaty = cites(a, 1).get(0);
        assertThat(treaty.fields().title()).isEqualTo("Convention on Broadcasting");
        assertThat(treaty.pinpoint()).isEqualTo("art. 19(2)-(3)"); // a range's dash as a hyphen, as pages
    }

    @Test
    void aWorkAfterAndForAPhraseANewspaperInBracketsAndABodysNoteInBrackets() {
        Article a = parse("For a defense of the rule, see Ada Lind-Oyo, Foreign Enough, 12 Harb. L. Rev. 45, 50 (2021), and for the"
                        + " receipts that have tested it most often, Omar Vidal-Stroud, Receipts at Home, in Securities Abroad 141,"
                        + " 150 (Ana Ruiz ed., 2022).",
                "Lakes Heritage Council, “Register of Lakes,” accessed March 9, 2025, https://www.example.org/register.",
                "The visit made the front page (Ilse Okoro, “Historians Enter the Archive,” Lakes Herald, May 6, 2024, 1), and"
                        + " the register of the Lakes Heritage Council (n. 2 above) now lists the claim.");
        List<Citation> first = cites(a, 1);
        assertThat(first).hasSize(2);
        assertThat(first.get(0).pinpoint()).isEqualTo("50");
        assertThat(names(first.get(1).fields().authors())).containsExactly("Vidal-Stroud|Omar");
        assertThat(first.get(1).signal()).isEqualTo("See");
        List<Citation> third = cites(a, 3);
        assertThat(third).hasSize(2);
        assertThat(third.get(0).type()).isEqualTo(CitationType.NEWS_ARTICLE);
        assertThat(third.get(0).fields().date()).isEqualTo("2024-05-06");
        assertThat(names(third.get(1).fields().authors())).containsExactly("org:Lakes Heritage Council");
        assertThat(third.get(1).shortFormOf()).isEqualTo(new CitationRef(2, 0));
    }
}
