package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
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

/** The forty-fifth and forty-sixth blind rounds' causes in discursive notes, each with invented text. */
class RoundsFortyFiveAndFortySixFormsTest {

    @Test
    void sourcesInBracketsClosingASentenceOfProse() {
        Article a = parse(
                "The claim rested on consent alone (Passage through the Orvan Strait (Belmora v. Tessaly), Preliminary Objections,"
                        + " Judgment, I.C.J. Reports 2011, p. 318, paras. 77–84).",
                "The view was put that secession changes nothing (UN Security Council, 4102nd meeting, UN Doc. S/PV.4102 [March 3,"
                        + " 1999], 14), and the matter rested there.",
                "Figures are scarce and contested (Shelter Monitor Network, ‘Persons Sheltered in Consular Premises since 1961’,"
                        + " available at: https://www.example.org/sheltered (accessed 4 May 2024)).",
                "Belmora said that it might (S/PV.4102, p. 12), relying on the agreement.");
        Citation icj = cites(a, 1).get(0);
        assertThat(icj.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(icj.fields().title()).isEqualTo("Passage through the Orvan Strait (Belmora v. Tessaly)");
        assertThat(icj.fields().pages()).isEqualTo("318");
        assertThat(icj.pinpoint()).isEqualTo("paras. 77-84");
        Citation meeting = cites(a, 2).get(0);
        assertThat(meeting.fields().unSymbol()).isEqualTo("S/PV.4102");
        assertThat(meeting.fields().date()).isEqualTo("1999-03-03");
        assertThat(meeting.pinpoint()).isEqualTo("14");
        Citation page = cites(a, 3).get(0);
        assertThat(page.type()).isEqualTo(CitationType.WEB_PAGE);
        assertThat(page.fields().title()).isEqualTo("Persons Sheltered in Consular Premises since 1961");
        assertThat(names(page.fields().authors())).containsExactly("org:Shelter Monitor Network");
        // a symbol in brackets after a speaker is the document's, not a work of the speaker's
        Citation bare = cites(a, 4).get(0);
        assertThat(bare.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(bare.fields().authors()).isEmpty();
        assertThat(bare.shortFormOf()).isEqualTo(new CitationRef(2, 0));
    }

    @Test
    void chicagosSquareBracketsForACourtAndDateOrAYearInsideParentheses() {
        Article a = parse("The Court went no further (Orsini and Others v. Belmora, App. No. 40871/11 [ECtHR, May 4, 2016], paras."
                        + " 52–58).",
                "The registrar kept no list (Handbook of Depositary Practice, UN Doc. ST/LEG/9/Rev.2 [2001], paras. 211–15).");
        Citation judgment = cites(a, 1).get(0);
        assertThat(judgment.fields().date()).isEqualTo("2016-05-04");
        assertThat(judgment.pinpoint()).isEqualTo("paras. 52-58");
        Citation handbook = cites(a, 2).get(0);
        assertThat(handbook.fields().year()).isEqualTo("2001");
        assertThat(handbook.pinpoint()).isEqualTo("paras. 211-215");
    }

    @Test
    void aTreatyCitedInFullAsTheObjectOfAVerbWithItsProvisionAndAnAnnex() {
        Article a = parse(
                "Convention on Succession of States in Respect of Archives, Aug. 23, 1979, 1950 U.N.T.S. 7 (hereafter 1979 Convention).",
                "The arbitrators read the Convention on the Law of Treaties between States, May 23, 1969, 1155 U.N.T.S. 331, art."
                        + " 60(3), together with 1979 Convention, art. 11, and treated the clause as spent.",
                "It was resolved only much later by the Agreement on Property Questions between Osmara and Velten, June 3, 2004,"
                        + " 2319 U.N.T.S. 201 (hereafter Property Agreement), annex B, art. 4.",
                "The rule that envoys may not be detained is now in article 29 of the Vienna Convention on Consular Relations"
                        + " (Vienna, 24 April 1963, in force 19 March 1967), 596 UNTS 261, and nobody doubts it.",
                "The treaty’s clauses on archives (Property Agreement, annex B, arts. 1–7) are brief.");
        List<Citation> read = cites(a, 2);
        assertThat(read).hasSize(2);
        assertThat(read.get(0).fields().title()).isEqualTo("Convention on the Law of Treaties between States");
        assertThat(read.get(0).pinpoint()).isEqualTo("art. 60(3)");
        assertThat(read.get(1).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        Citation agreement = cites(a, 3).get(0);
        assertThat(agreement.fields().volume()).isEqualTo("2319");
        assertThat(agreement.pinpoint()).isEqualTo("annex B, art. 4");
        Citation vienna = cites(a, 4).get(0);
        assertThat(vienna.fields().title()).isEqualTo("Vienna Convention on Consular Relations");
        assertThat(vienna.fields().date()).isEqualTo("1963-04-24");
        assertThat(vienna.pinpoint()).isEqualTo("article 29");
        Citation annex = cites(a, 5).get(0);
        assertThat(annex.pinpoint()).isEqualTo("annex B, arts. 1-7");
        assertThat(annex.shortFormOf()).isEqualTo(new CitationRef(3, 0));
    }

    @Test
    void aLongerLeadInOfProseBetweenTwoCitations() {
        Article a = parse("Readers may start with Hanna Vollrath-Obuya, Refuge in the Residence: A History (Oxford: Lanner Press,"
                        + " 2014), chap. 3, and then turn to the Andean practice, which is surveyed country by country in Tomas"
                        + " Reyna-Holm, ‘Refuge in the Andes’, Andean Law Review 4:2 (2017), pp. 11–40.",
                "The question is treated case by case in Vollrath-Obuya, Refuge in the Residence, 120–33, which may be compared"
                        + " with the account of the Quito formula in Reyna-Holm, ‘Refuge in the Andes’, 20–25, where it is conceded.",
                "Reyna-Holm, op. cit., p. 31, dates the change to the Caracas Convention of 1954, pace Vollrath-Obuya, ‘Refuge in the"
                        + " Residence’, p. 207, who places it later.");
        List<Citation> first = cites(a, 1);
        assertThat(first).hasSize(2);
        assertThat(first.get(0).type()).isEqualTo(CitationType.BOOK);
        assertThat(first.get(0).pinpoint()).isEqualTo("chap. 3");
        assertThat(names(first.get(1).fields().authors())).containsExactly("Reyna-Holm|Tomas");
        List<Citation> second = cites(a, 2);
        assertThat(second).extracting(Citation::shortFormOf).containsExactly(new CitationRef(1, 0), new CitationRef(1, 1));
        List<Citation> third = cites(a, 3);
        assertThat(third).extracting(Citation::shortFormOf).containsExactly(new CitationRef(1, 1), new CitationRef(1, 0));
        assertThat(third.get(1).pinpoint()).isEqualTo("207");
    }

    @Test
    void aBookInARelativeClauseAfterATreatyAndAnAppositionBeforeAnAuthor() {
        Article a = parse("Vienna Convention on Consular Relations, 24 April 1963, 596 UNTS 261 (hereafter VCCR), the commentary on"
                        + " which, in Ilse Marek-Hollis, Consular Law: A Commentary, 3rd edn (Oxford: Lanner Press, 2020), pp. 88–97,"
                        + " remains the standard.",
                "The same author’s earlier book, Ilse Marek-Hollis, Consuls at War (Oxford: Lanner Press, 2011), p. 12, is harsher.",
                "This has to be pieced together from the archives, which has been done for the bilateral treaties with great"
                        + " patience by Tomas Reyna-Holm, Dividing the Estate: Archives after Partition, 2nd ed. (Cambridge: Lanner"
                        + " Press, 2012), 77–115.");
        List<Citation> first = cites(a, 1);
        assertThat(first).hasSize(2);
        assertThat(first.get(0).fields().year()).isEqualTo("1963");
        assertThat(first.get(1).type()).isEqualTo(CitationType.BOOK);
        assertThat(first.get(1).pinpoint()).isEqualTo("88-97");
        assertThat(names(cites(a, 2).get(0).fields().authors())).containsExactly("Marek-Hollis|Ilse");
        Citation book = cites(a, 3).get(0);
        assertThat(names(book.fields().authors())).containsExactly("Reyna-Holm|Tomas");
        assertThat(book.fields().title()).isEqualTo("Dividing the Estate: Archives after Partition");
    }

    @Test
    void ibidAndIdInsideASentenceAndAShortFormAsASubject() {
        Article a = parse("Vienna Convention on Consular Relations, 24 April 1963, 596 UNTS 261 (hereafter VCCR).",
                "The sending state usually relies on VCCR, art. 31(2), which bars entry; it usually forgets ibid., art. 27(1)(a),"
                        + " under which the premises stay protected.",
                "Ibid., 61–63, adds that the rule was a concession to consent.",
                "It came closest in Vantoura Bondholders v. Republic of Osmara, 602 U.S. 101 (2025), which held that the rules"
                        + " govern discovery, id. at 110–11, but reserved the central-bank question, id. at 115 n.4.",
                "Vale, “Consular Refuge” (n. 1), 71, anticipated the doubt by thirty years.");
        List<Citation> second = cites(a, 2);
        assertThat(second).extracting(Citation::pinpoint).containsExactly("art. 31(2)", "art. 27(1)(a)");
        assertThat(second).extracting(Citation::shortFormOf).containsExactly(new CitationRef(1, 0), new CitationRef(1, 0));
        assertThat(cites(a, 3)).extracting(Citation::pinpoint).containsExactly("61-63");
        List<Citation> fourth = cites(a, 4);
        assertThat(fourth).hasSize(3);
        assertThat(fourth.get(1).shortFormOf()).isEqualTo(new CitationRef(4, 0));
        assertThat(fourth.get(2).pinpoint()).isEqualTo("115 n.4");
        assertThat(cites(a, 5).get(0).pinpoint()).isEqualTo("71");
    }

    @Test
    void aShortTitleOrAResolutionMidSentenceAndAShortFormSetOffByCommas() {
        Article a = parse("Asylum Granted at Veltrana (Dalvania v. Marisco), Judgment, ICJ Reports 2021, p. 214.",
                "They suggest that most cases end within a month, which fits the assumption the Court made in Veltrana, para. 91,"
                        + " that refuge is temporary.",
                "GA res. 3310 (XXIX), 12 December 1974, para. 3.",
                "Nothing in the preamble of GA res. 3310 (XXIX) suggests that the Assembly meant to make law.",
                "Economic Penalty Guidelines, 31 C.F.R. § 560.701 (2024) [hereinafter Penalty Guidelines].",
                "The Penalty Guidelines treat the absence of a program as an aggravating factor, Penalty Guidelines, supra note 5,"
                        + " § III.E, but say nothing about services.");
        Citation veltrana = cites(a, 2).get(0);
        assertThat(veltrana.pinpoint()).isEqualTo("para. 91");
        assertThat(veltrana.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(cites(a, 4).get(0).shortFormOf()).isEqualTo(new CitationRef(3, 0));
        Citation supra = cites(a, 6).get(0);
        assertThat(supra.fields().authors()).isEmpty();
        assertThat(supra.pinpoint()).isEqualTo("§ III.E");
        assertThat(supra.shortFormOf()).isEqualTo(new CitationRef(5, 0));
    }

    @Test
    void aShortTitleEndingASentenceAndTwoSymbolsInOneBracket() {
        Article a = parse("Asylum Granted at Veltrana (Dalvania v. Marisco), Judgment, ICJ Reports 2021, p. 214.",
                "The Court said as much in Veltrana, para. 93.",
                "The Council met twice (S/PV.9001, p. 3; S/PV.9002, p. 5), but adopted nothing.");
        assertThat(cites(a, 2)).extracting(Citation::pinpoint).containsExactly("para. 93");
        assertThat(cites(a, 2).get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        List<Citation> meetings = cites(a, 3);
        assertThat(meetings).extracting(c -> c.fields().unSymbol()).containsExactly("S/PV.9001", "S/PV.9002");
        assertThat(meetings).extracting(Citation::pinpoint).containsExactly("3", "5");
    }

    @Test
    void aWorkNamedInAnAppositionToItsAuthorsPossessiveAndABookInBracketsByItsTitleAndImprint() {
        Article a = parse("Karin Oduya-Brandt, The Law of Safe Passage (Cambridge: Lanner Press, 2018), pp. 33–41.",
                "Oduya-Brandt’s monograph, The Law of Safe Passage, remains the standard account, though it is dated.",
                "The travaux are unhelpful (Final Record of the Conference of Berne of 1951, vol. II-A (Berne: Federal Printing"
                        + " Office, 1951), p. 95).");
        Citation apposed = cites(a, 2).get(0);
        assertThat(apposed.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(apposed.fields().title()).isEqualTo("The Law of Safe Passage");
        Citation record = cites(a, 3).get(0);
        assertThat(record.fields().title()).isEqualTo("Final Record of the Conference of Berne of 1951");
        assertThat(record.fields().place()).isEqualTo("Berne");
        assertThat(record.pinpoint()).isEqualTo("95");
    }

    @Test
    void aShortFormAfterACopulaAndAnAuthorBeforeHisShortFormInBrackets() {
        Article a = parse("Miriam Astor-Kell, Rivers without Borders (New York: Halden Press, 2016), 45.",
                "Omar Vidal-Stroud, “Equitable Use Revisited,” Journal of Water Law 31, no. 2 (2022): 155–81.",
                "The classic statement remains Astor-Kell, Rivers without Borders, 60; Vidal-Stroud (“Equitable Use Revisited,”"
                        + " 170) is more cautious.");
        List<Citation> found = cites(a, 3);
        assertThat(found).extracting(Citation::shortFormOf).containsExactly(new CitationRef(1, 0), new CitationRef(2, 0));
        assertThat(found).extracting(Citation::pinpoint).containsExactly("60", "170");
    }

    @Test
    void aShortFormPointingToItsNoteBeforeAClause() {
        Article a = parse("R (Adeyemi) v Secretary of State for Defence [2019] UKSC 12, [41].",
                "Adeyemi, above n. 1, [47], where Lord Harlow put it shortly.",
                "Adeyemi, supra note 1, para. 52, which no later case has questioned.");
        assertThat(cites(a, 2)).extracting(Citation::pinpoint).containsExactly("[47]");
        assertThat(cites(a, 3)).extracting(Citation::pinpoint).containsExactly("para. 52");
        assertThat(cites(a, 3).get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void anArticleInPressNamesItsJournalNotAPublisher() {
        Article a = parseEntries("Zhou, L., & Osei, K. (in press). Aquifers and the law. Journal of Groundwater Law.");
        Citation entry = cites(a, 1).get(0);
        assertThat(entry.type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(entry.fields().container()).isEqualTo("Journal of Groundwater Law");
        assertThat(entry.fields().publisher()).isNull();
    }

    @Test
    void aSentenceOfProseGoesOnPastACommaBeforeAConjunction() {
        Article a = parse("The siege of the legation in 2019 brought the question before the Council for the first time, though"
                + " nothing was put to a vote.");
        assertThat(cites(a, 1)).isEmpty();
    }
}
