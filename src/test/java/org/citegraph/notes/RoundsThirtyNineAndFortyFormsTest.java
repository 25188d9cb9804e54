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

/** The thirty-ninth and fortieth blind rounds' causes, each with invented text. */
class RoundsThirtyNineAndFortyFormsTest {

    @Test
    void aJudgmentNamedAfterAColonKeepsItsCaseNameAndItsShortFormFindsIt() {
        Article a = parse("The Court narrowed the duty a decade later, holding that no study was needed: Weir on the Tallow River"
                        + " (Quessia v. Ormand), Judgment, ICJ Reports 2019, p. 88, paras. 40–2.",
                "Tallow River, para. 51.");
        Citation judgment = cite(a, 1, 0);
        assertThat(judgment.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(judgment.fields().title()).isEqualTo("Weir on the Tallow River (Quessia v. Ormand)");
        assertThat(judgment.fields().authors()).isEmpty();
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void twoShortFormsJoinedByAndAfterAProvisionAreTwoCitations() {
        Article a = parse("Harbour Treaty, May 4, 2011, 2901 U.N.T.S. 77 (hereafter HT), art. 2.",
                "Odile Marrant-Voss, Docks and Duties (Chicago: Lantern Press, 2016), 40.",
                "See HT, art. 6(2), and Marrant-Voss, Docks and Duties, 88–93.");
        List<Citation> found = cites(a, 3);
        assertThat(found).extracting(Citation::raw).containsExactly("See HT, art. 6(2)", "Marrant-Voss, Docks and Duties, 88–93");
        assertThat(found.get(1).shortFormOf()).isEqualTo(new CitationRef(2, 0));
    }

    @Test
    void aSymbolAfterAndAndAnAsideWithInBeforeAShortFormSplit() {
        Article a = parse("See Harbour Convention, app. II, para. 3(b), and ECE/MP.WAT/2021/7, para. 12.",
                "The point is repeated in Lund-Okafor, ‘Quiet Waters’, p. 19, and, with some hesitation, in Brandt-Ilesanmi, Harbours, pp. 7–9.");
        List<Citation> first = cites(a, 1);
        assertThat(first).hasSize(2);
        assertThat(first.get(0).pinpoint()).isEqualTo("app. II, para. 3(b)");
        assertThat(first.get(1).fields().unSymbol()).isEqualTo("ECE/MP.WAT/2021/7");
        assertThat(cites(a, 2)).extracting(Citation::raw)
                .containsExactly("Lund-Okafor, ‘Quiet Waters’, p. 19", "Brandt-Ilesanmi, Harbours, pp. 7–9");
    }

    @Test
    void anApplicationNumberIsNoAppendix() {
        Citation c = cite(parse("Marr v. Quessia, App. No. 40112/18, ¶ 33 (Eur. Ct. H.R. Mar. 2, 2021)."), 1, 0);
        assertThat(c.pinpoint()).isEqualTo("¶ 33");
    }

    @Test
    void aWorkNamedByItsAuthorsPossessiveAfterALeadIn() {
        Article a = parse("The standard account remains Tomas Ekwueme-Lund’s Ports of Refuge: Law and Practice (Leiden: Harrow, 2012),"
                + " which traces the rule to the eighteenth century.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.BOOK);
        assertThat(names(c.fields().authors())).containsExactly("Ekwueme-Lund|Tomas");
        assertThat(c.fields().title()).isEqualTo("Ports of Refuge: Law and Practice");
        assertThat(c.fields().place()).isEqualTo("Leiden");
    }

    @Test
    void aPossessiveBeforeProseIsNoAuthor() {
        Article a = parse("On Okafor’s reading the duty is met by what the state ought to have known.");
        assertThat(cites(a, 1)).isEmpty();
    }

    @Test
    void aQuotedShortFormInBracketsAndAShortFormAsTheSubjectOfAClause() {
        Article a = parse("Ines Darrow-Pike, “The Careless Seller,” Harbour Law Review 9, no. 2 (2018): 101–40.",
                "Lina Okoro, Shared Wrongs (Boston: Keel, 2015), 3.",
                "On this reading the duty is met by what the seller ought to have known (Darrow-Pike, “Careless Seller,” 127);"
                        + " the Court’s words do not bear it, and Okoro, Shared Wrongs, 215, does not try to give it that reading.");
        List<Citation> found = cites(a, 3);
        assertThat(found).extracting(Citation::raw)
                .containsExactly("Darrow-Pike, “Careless Seller,” 127", "Okoro, Shared Wrongs, 215");
        assertThat(found.get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(found.get(1).shortFormOf()).isEqualTo(new CitationRef(2, 0));
    }

    @Test
    void aSentenceOpeningWithANameAndAVerbIsProse() {
        Article a = parse("Marrant-Voss reads the two awards as applying one test; Lund-Okafor treats the later one as a retreat.");
        assertThat(cites(a, 1)).isEmpty();
    }

    @Test
    void aResolutionAfterAColonOrAfterInLosesTheSentence() {
        Article a = parse("The treaty was opened for signature after the vote had failed at the conference: UN General Assembly"
                        + " Resolution 71/112 C, UN Doc. A/RES/71/112 C (December 9, 2016).",
                "The Council has asked states to weigh that risk, most recently in Human Rights Council Resolution 49/21,"
                        + " UN Doc. A/HRC/RES/49/21 (April 1, 2022), para. 5.");
        Citation colon = cite(a, 1, 0);
        assertThat(colon.raw()).startsWith("UN General Assembly Resolution 71/112 C");
        assertThat(colon.fields().unSymbol()).isEqualTo("A/RES/71/112 C");
        assertThat(colon.fields().title()).isNull();
        Citation in = cite(a, 2, 0);
        assertThat(in.raw()).startsWith("Human Rights Council Resolution 49/21");
        assertThat(in.fields().title()).isNull();
    }

    @Test
    void aTitleWithASubtitleAfterItsBodyKeepsItsBody() {
        Citation c = cite(parse("The Committee’s reading is set out in Human Rights Committee, General Comment No. 41: Harbours and Rights,"
                + " UN Doc. CCPR/C/GC/41 (May 3, 2024), para. 9."), 1, 0);
        assertThat(names(c.fields().authors())).containsExactly("org:Human Rights Committee");
        assertThat(c.fields().title()).isEqualTo("General Comment No. 41: Harbours and Rights");
    }

    @Test
    void aSentencePointingToAnotherChapterCitesNothing() {
        Article a = parse("Harbour Treaty, art. 7(1). The question returns in chapter 11, on the duties of the flag state.");
        assertThat(cites(a, 1)).hasSize(1);
    }

    @Test
    void aSupraFormNamedInsideASentence() {
        Article a = parse("Aster Quill-Moreno, Harbours as Rights, 98 Yale L.J. 601 (2019).",
                "The fullest treatment of the question remains Quill-Moreno, supra note 1, at 655–71, which argues for a wider rule.");
        Citation c = cite(a, 2, 0);
        assertThat(c.raw()).startsWith("Quill-Moreno, supra note 1");
        assertThat(c.pinpoint()).isEqualTo("655-671");
        assertThat(c.shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aBillsSectionWithASubsectionBeforeItsYear() {
        Citation c = cite(parse("See Harbour Safety Act of 2023, H.R. 5120, 118th Cong. § 3(a) (2023)."), 1, 0);
        assertThat(c.pinpoint()).isEqualTo("§ 3(a)");
        assertThat(c.fields().year()).isEqualTo("2023");
    }

    @Test
    void aSpecialProcedureOrMechanismHeadsAnEntry() {
        Citation harvard = cite(parseEntries("Special Rapporteur on the rights of people who live on harbours (2021) Quays and homes."
                + " A/HRC/48/40. Geneva: United Nations."), 1, 0);
        assertThat(names(harvard.fields().authors())).containsExactly("org:Special Rapporteur on the rights of people who live on harbours");
        assertThat(harvard.fields().title()).isEqualTo("Quays and homes");
        Citation apa = cite(parseEntries("Expert Mechanism on the Rights of Harbour Peoples. (2020). Consent in port building: Study of"
                + " the Expert Mechanism (A/HRC/EMRIP/2020/3)."), 1, 0);
        assertThat(apa.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(names(apa.fields().authors())).containsExactly("org:Expert Mechanism on the Rights of Harbour Peoples");
        assertThat(apa.fields().unSymbol()).isEqualTo("A/HRC/EMRIP/2020/3");
    }

    @Test
    void aHarvardBookTitleWithACommaAfterItsEditor() {
        Citation c = cite(parseEntries("Ruiz-Abara, D. (2020) ‘Quays and keepers’. In: Pell-Osei, K. (ed.) Ports, People and the State:"
                + " Rights at Sea. Cambridge: Ferncroft Press, pp. 45–71."), 1, 0);
        assertThat(c.fields().container()).isEqualTo("Ports, People and the State: Rights at Sea");
        assertThat(c.fields().place()).isEqualTo("Cambridge");
        assertThat(c.fields().pages()).isEqualTo("45-71");
    }

    @Test
    void aTreatyInARegionalSeriesThatNumbersItsTreaties() {
        Citation c = cite(parseEntries("Inter-American Convention on Harbour Safety (2017) OAS Treaty Series No. A-81."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.TREATY);
        assertThat(c.fields().container()).isEqualTo("OAS Treaty Series");
        assertThat(c.fields().issue()).isEqualTo("A-81");
        assertThat(c.fields().year()).isEqualTo("2017");
    }
}
