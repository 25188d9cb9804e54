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

/** The forty-seventh and forty-eighth blind rounds' causes in discursive notes, each with invented text. */
class RoundsFortySevenAndFortyEightFormsTest {

    @Test
    void aLeadInWithAPhraseSetOffByCommasAndAPinpointBeforeAColonOfProse() {
        Article a = parse("The early history of the practice, from the exchanges of the sixteenth century to the Brussels"
                        + " Declaration, is the subject of Ilse Okoro-Brandt, Ransom and Release: Captives in Early Modern War"
                        + " (Leiden: Harlow Press, 2013).",
                "Halden-Ruiz, ‘Release Delayed’, Journal of War Studies 9:1 (2020), pp. 77–99.",
                "The view taken here is the one taken by Halden-Ruiz, ‘Release Delayed’, pp. 80–82: release is owed at once"
                        + " (see, for example, Okoro-Brandt, Ransom and Release, p. 12; Halden-Ruiz, ‘Release Delayed’, p. 90).");
        Citation book = cites(a, 1).get(0);
        assertThat(names(book.fields().authors())).containsExactly("Okoro-Brandt|Ilse");
        assertThat(book.fields().title()).isEqualTo("Ransom and Release: Captives in Early Modern War");
        List<Citation> third = cites(a, 3);
        assertThat(third).hasSize(3);
        assertThat(third.get(0).pinpoint()).isEqualTo("80-82");
        assertThat(third).extracting(Citation::shortFormOf)
                .containsExactly(new CitationRef(2, 0), new CitationRef(1, 0), new CitationRef(2, 0));
    }

    @Test
    void aTreatyInBracketsWithItsOwnDateBracketsAndACaseAfterAQuotationEndingItsSentence() {
        Article a = parse("A captive who will not go home falls under the bar on return (Convention on the Status of Stateless"
                        + " Persons (New York, 28 September 1954, in force 6 June 1960), 360 UNTS 117, art. 31(1)).",
                "The rule bars any look at “the justice of the foreign courts.” Marlow v. Ostrander, 318 F.2d 41, 44 (3d Cir."
                        + " 1963).");
        Citation treaty = cites(a, 1).get(0);
        assertThat(treaty.type()).isEqualTo(CitationType.TREATY);
        assertThat(treaty.fields().title()).isEqualTo("Convention on the Status of Stateless Persons");
        assertThat(treaty.fields().volume()).isEqualTo("360");
        assertThat(treaty.pinpoint()).isEqualTo("art. 31(1)");
        Citation court = cites(a, 2).get(0);
        assertThat(court.fields().title()).isEqualTo("Marlow v. Ostrander");
        assertThat(court.pinpoint()).isEqualTo("44");
    }

    @Test
    void ibidAfterADescriptionAndAShortNameAsASubjectAfterAColon() {
        Article a = parse("Geneva Convention relative to the Treatment of Prisoners of War, 12 August 1949, 75 UNTS 135"
                        + " (hereafter GC III).",
                "Treatment of Captives (Velmark v. Ostravia), Judgment, ICJ Reports 2022, p. 431, paras. 112–18.",
                "Judge Haldane would have gone further (separate opinion, ibid., p. 507).",
                "The Convention’s own exception for the gravely ill runs the other way: GC III, art. 109, obliges the parties"
                        + " to send them home, and ibid., art. 110, says who qualifies.");
        assertThat(cites(a, 3)).extracting(Citation::pinpoint).containsExactly("507");
        assertThat(cites(a, 3).get(0).shortFormOf()).isEqualTo(new CitationRef(2, 0));
        List<Citation> fourth = cites(a, 4);
        assertThat(fourth).extracting(Citation::pinpoint).containsExactly("art. 109", "art. 110");
        assertThat(fourth).extracting(Citation::shortFormOf).containsExactly(new CitationRef(1, 0), new CitationRef(1, 0));
    }

    @Test
    void aCaseAfterANounAndInAndABodysWorkAfterConsultedAt() {
        Article a = parse("The applicants in Varga and Others v. Osmara, App. No. 51207/16 (ECtHR, 9 March 2020), paras. 40–48,"
                        + " lived below the dam; the Court found a violation of Article 8.",
                "The data can be consulted at Selvane River Commission, “Flow Records, 2010–2020,” accessed March 3, 2024,"
                        + " https://www.example.org/flow.");
        List<Citation> first = cites(a, 1);
        assertThat(first).hasSize(1);
        assertThat(first.get(0).fields().title()).isEqualTo("Varga and Others v. Osmara");
        Citation page = cites(a, 2).get(0);
        assertThat(names(page.fields().authors())).containsExactly("org:Selvane River Commission");
        assertThat(page.fields().title()).isEqualTo("Flow Records, 2010–2020");
    }

    @Test
    void compareWithTheCommaInsideTheQuoteAndAClauseAfterAndThatOpensTheNextCitation() {
        Article a = parse("Convention on Shared Lakes, May 2, 1990, 1801 U.N.T.S. 9 (hereafter Lakes Convention).",
                "Tamsin Reyes-Okafor, Lakes and Liability (Oxford: Harlow Press, 2019).",
                "Compare Lakes Convention, art. 7(2), which asks the state only to “discuss compensation,” with Lakes"
                        + " Convention, art. 9, which puts the cost on the polluter.",
                "UN General Assembly, The Law of Shared Aquifers, UN Doc. A/RES/63/124 (December 11, 2008), annex, art. 6,"
                        + " repeat the rule almost word for word, and the strict reading of them proposed by Reyes-Okafor,"
                        + " n. 2 above, 61–63, has found few followers.");
        List<Citation> compared = cites(a, 3);
        assertThat(compared).extracting(Citation::pinpoint).containsExactly("art. 7(2)", "art. 9");
        List<Citation> fourth = cites(a, 4);
        assertThat(fourth).hasSize(2);
        assertThat(fourth.get(0).pinpoint()).isEqualTo("annex, art. 6");
        assertThat(fourth.get(1).shortFormOf()).isEqualTo(new CitationRef(2, 0));
        assertThat(fourth.get(1).pinpoint()).isEqualTo("61-63");
    }

    @Test
    void editorsMarkedBeforeTheirTitleAfterALeadInAndACaseAfterTheCaseIs() {
        Article a = parse("How much has been written about it shows in the pages given to it in Tobias Lind-Achebe and Lucía"
                        + " Ferro-Nkosi (eds), The Hague Conventions: A Commentary (Oxford: Harlow Press, 2021), pp. 1341–97.",
                "The leading decision is older; the case is Varga and Others v. Osmara, App. No. 51207/16 (ECtHR, 9 March"
                        + " 2020), paras. 40–48.");
        Citation book = cites(a, 1).get(0);
        assertThat(book.type()).isEqualTo(CitationType.EDITED_BOOK);
        assertThat(names(book.fields().editors())).containsExactly("Lind-Achebe|Tobias", "Ferro-Nkosi|Lucía");
        assertThat(book.fields().title()).isEqualTo("The Hague Conventions: A Commentary");
        assertThat(cites(a, 2).get(0).fields().title()).isEqualTo("Varga and Others v. Osmara");
    }

    @Test
    void uNDocumentsNamedInsideASentenceWithTheirDatesAndPinpoints() {
        Article a = parse("The inquiry said so of those still held in its second report, A/HRC/57/12 (4 June 2024), paras. 70–75,"
                + " and the General Assembly, in GA res. 78/301, 18 December 2023, para. 4, had already asked for their release.");
        List<Citation> found = cites(a, 1);
        assertThat(found).extracting(c -> c.fields().unSymbol()).containsExactly("A/HRC/57/12", "A/RES/78/301");
        assertThat(found).extracting(c -> c.fields().date()).containsExactly("2024-06-04", "2023-12-18");
        assertThat(found).extracting(Citation::pinpoint).containsExactly("paras. 70-75", "para. 4");
    }

    @Test
    void aShortFormAsTheSubjectOfAVerbSetOffByCommas() {
        Article a = parse("Omar Vidal-Stroud, “Equitable Use Revisited,” Journal of Water Law 31, no. 2 (2022): 155–81.",
                "The narrower reading in Vidal-Stroud, “Equitable Use Revisited,” 166–68, is, I think, the better one.");
        Citation found = cites(a, 2).get(0);
        assertThat(found.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(found.fields().container()).isNull();
        assertThat(found.pinpoint()).isEqualTo("166-168");
    }

    @Test
    void aNumberedClaimsShortTitleInBracketsAndAShortNameInTheClauseAfterABracketedSource() {
        Article a = parse("Geneva Convention relative to the Treatment of Prisoners of War, 12 August 1949, 75 UNTS 135"
                        + " (hereafter GC III).",
                "Detained Crews (Ostrand’s Claim No. 4), Partial Award of 2 March 2018, RIAA, vol. XXXII, p. 77, para. 40.",
                "The commission did not reach it (Ostrand’s Claim No. 4, paras. 50–2).",
                "The delegate argued from reciprocity (S/PV.9120, p. 8), an argument that the words ‘in all circumstances’ in"
                        + " GC III, art. 1, were written to exclude.");
        Citation claim = cites(a, 3).get(0);
        assertThat(claim.shortFormOf()).isEqualTo(new CitationRef(2, 0));
        assertThat(claim.pinpoint()).isEqualTo("paras. 50-52");
        List<Citation> fourth = cites(a, 4);
        assertThat(fourth).hasSize(2);
        assertThat(fourth.get(1).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(fourth.get(1).pinpoint()).isEqualTo("art. 1");
    }

    @Test
    void aShortFormToldThroughItsAuthorsPossessiveAfterALeadIn() {
        Article a = parse("Lena Morvan-Ode, The Quiet Sea: Neutrality at War (Princeton, NJ: Halden Press, 2017), 33–41.",
                "Much of what follows relies on Morvan-Ode’s careful reconstruction of the blockade cases, The Quiet Sea, 88–97.");
        Citation found = cites(a, 2).get(0);
        assertThat(found.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(found.fields().title()).isEqualTo("The Quiet Sea");
        assertThat(found.pinpoint()).isEqualTo("88-97");
    }

    @Test
    void severalChaptersAsAPinpointAndAShortTitleAsTheSubjectOfAClause() {
        Article a = parse("See generally Hugo Brann-Ede, The Laws of Occupation (Oxford: Clarendon Press, 2009), chs. 2–3.",
                "Armed Activities in the Orvan Valley (Belmora v. Tessaly), Judgment, ICJ Reports 2005, p. 168 (hereafter Orvan"
                        + " Valley); Orvan Valley, para. 178, is the passage usually quoted.");
        assertThat(cites(a, 1).get(0).pinpoint()).isEqualTo("chs. 2-3");
        List<Citation> second = cites(a, 2);
        assertThat(second).hasSize(2);
        assertThat(second.get(1).pinpoint()).isEqualTo("para. 178");
        assertThat(second.get(1).shortFormOf()).isEqualTo(new CitationRef(2, 0));
    }

    @Test
    void anAuthorNamedAsTheSubjectOfALeadInClause() {
        Article a = parse("Whether it reaches the people of a neighbouring state was left open, as Mirela Sorn-Ade points out in"
                + " “Liability without Fault?,” Journal of River Law 24 (2021): 55–92, 80–84.");
        Citation found = cites(a, 1).get(0);
        assertThat(names(found.fields().authors())).containsExactly("Sorn-Ade|Mirela");
        assertThat(found.fields().title()).isEqualTo("Liability without Fault?");
        assertThat(found.pinpoint()).isEqualTo("80-84");
    }
}
