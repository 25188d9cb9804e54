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

/** Discursive forms of the fifty-fifth and fifty-sixth blind rounds, each with invented text. */
class RoundsFiftyFiveAndFiftySixFormsTest {

    @Test
    void aSecondWorkNamedInTheClauseAfterTheFirstCitationsPinpoint() {
        Article a = parse("The duty “not to allow knowingly its territory to be used” that the Court drew in Strait of Velmar (Norland v."
                        + " Ostravia), Merits, Judgment, I.C.J. Reports 1951, p. 4, at 22, was read as reaching a ship that drags its"
                        + " anchor by Ulla Sand, Care beneath the Sea: Duties for Undersea Cables (London: Harrow & Lyle, 2023),"
                        + " 88–104, though no court has tested it.",
                "Catch figures here come from the body’s own tables, Harbour Fishing Commission, ‘Permit Catches since 1990’,"
                        + " available at: https://hfc.example/catches (accessed 12 March 2025), checked against Ocean Harvest Watch,"
                        + " Fishing under Permit, 2014–2024 (Hobart: Ocean Harvest Watch, 2024), pp. 7–19.");
        List<Citation> first = cites(a, 1);
        assertThat(first).extracting(Citation::type).containsExactly(CitationType.LEGAL_CASE, CitationType.BOOK);
        assertThat(first.get(0).pinpoint()).isEqualTo("22");
        assertThat(names(first.get(1).fields().authors())).containsExactly("Sand|Ulla");
        List<Citation> second = cites(a, 2);
        assertThat(second).hasSize(2);
        assertThat(names(second.get(0).fields().authors())).containsExactly("org:Harbour Fishing Commission");
        assertThat(second.get(0).fields().container()).isNull();
        assertThat(names(second.get(1).fields().authors())).containsExactly("org:Ocean Harvest Watch");
        assertThat(second.get(1).pinpoint()).isEqualTo("7-19");
    }

    @Test
    void worksInAppositionByABodyOrAsADecisionAndTreatiesNamedByANounPhrase() {
        Article a = parse("The industry’s own count, Cable Safety Forum, “Cable Faults, 2010–2024,” accessed March 3, 2025,"
                        + " https://www.cablesafety.example/faults, puts most faults down to anchors.",
                "Against the manuals stands the one award on cable cutting in war, Northern Telegraph Company (Norland) v."
                        + " Ostravia, Award of May 4, 1921, 5 R.I.A.A. 101, 104–5, in which the tribunal found no rule against it.",
                "The first treaty, the Convention for the Protection of Harbour Lights, art. 2, March 4, 1880, 21 Stat. 711"
                        + " (hereafter 1880 Convention), made the breaking of a light punishable.");
        assertThat(cites(a, 1)).singleElement().satisfies(c ->
                assertThat(names(c.fields().authors())).containsExactly("org:Cable Safety Forum"));
        assertThat(cites(a, 2)).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
            assertThat(c.fields().title()).isEqualTo("Northern Telegraph Company (Norland) v. Ostravia");
        });
        assertThat(cites(a, 3)).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CitationType.TREATY);
            assertThat(c.fields().title()).isEqualTo("Convention for the Protection of Harbour Lights");
        });
    }

    @Test
    void editorsAndTheirBooksAfterLeadInsOfProse() {
        Article a = parse("The opposite view has found its best statement among the contributions to Rosa Lind and Kwame Holt, eds.,"
                        + " Cables, Pipes and the Seabed: Essays in Law (Cambridge: Ashworth Press, 2021), especially 119–47.",
                "The naval manuals fill the gap unevenly, and the most recent of them, the Harbourne Manual on Naval Warfare and"
                        + " Coastal Works, ed. Anna Vorst (Oxford: Kestrel Hill Press, 2023), rule 37, would treat a cable as a target.",
                "Its fullest statement is a collection prepared while the case was pending, Keiko Vant and Paul Mir (eds),"
                        + " Whales, Science and Sovereignty: The Case and Its Aftermath (Abingdon: Kestrel Academic, 2016), several"
                        + " of whose authors gave evidence, and its boldest chapter became, with more candour than tact, in Hiro"
                        + " Tanabe, Why We Sample: Lethal Research, trans. Maggie Kanu (Tokyo: Suiryu Shobo, 2018), ch. 3.",
                "The last word belongs to Vant and Mir (eds), op. cit., pp. 301–15.");
        assertThat(cites(a, 1)).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CitationType.EDITED_BOOK);
            assertThat(c.fields().title()).isEqualTo("Cables, Pipes and the Seabed: Essays in Law");
            assertThat(names(c.fields().editors())).containsExactly("Lind|Rosa", "Holt|Kwame");
        });
        assertThat(cites(a, 2)).singleElement().satisfies(c -> {
            assertThat(c.fields().title()).isEqualTo("Harbourne Manual on Naval Warfare and Coastal Works");
            assertThat(names(c.fields().editors())).containsExactly("Vorst|Anna");
            assertThat(c.pinpoint()).isEqualTo("rule 37");
        });
        List<Citation> third = cites(a, 3);
        assertThat(third).extracting(Citation::type).containsExactly(CitationType.EDITED_BOOK, CitationType.BOOK);
        assertThat(third.get(0).fields().title()).isEqualTo("Whales, Science and Sovereignty: The Case and Its Aftermath");
        assertThat(cites(a, 4)).singleElement().extracting(Citation::shortFormOf).isEqualTo(new CitationRef(3, 0));
    }

    @Test
    void leadInsOfPlainProseBeforeCasesWorksAndQuotedTerms() {
        Article a = parse("The detention of a crew has its counterpart at Strasbourg, where Tempest Foundation and Others v. Skarnia,"
                        + " App. No. 50111/19 (ECtHR, 9 May 2023), paras. 71–88, turned on boarding on the high seas.",
                "Not all courts were so kind to the protesters, who were called pirates, and with relish, by the Ninth Circuit in"
                        + " Institute of Whale Research v. Sea Guardians Society, 715 F.3d 900 (9th Cir. 2013), at 903.",
                "The first reading is the ‘process review’ of Tomas Kell, Standards of Review in Tribunals (Oxford: Halberd Press,"
                        + " 2019), pp. 211–39, who finds it in a line of awards.",
                "Its history has been told twice: the lawyer’s version, still the fuller of the two, is Hal Strand, The Cable and"
                        + " the Sea (Boston: Fenwick Press, 2014), 57–102, and the engineer’s, shorter but better on the machines,"
                        + " appears as Imogen Carr, “Repair Ships at Sea,” Journal of Ocean Works 11, no. 3 (2019): 201–38, at 214.");
        assertThat(cites(a, 1)).singleElement().extracting(c -> c.fields().title())
                .isEqualTo("Tempest Foundation and Others v. Skarnia");
        assertThat(cites(a, 2)).singleElement().extracting(c -> c.fields().title())
                .isEqualTo("Institute of Whale Research v. Sea Guardians Society");
        assertThat(cites(a, 3)).singleElement().satisfies(c -> {
            assertThat(names(c.fields().authors())).containsExactly("Kell|Tomas");
            assertThat(c.fields().title()).isEqualTo("Standards of Review in Tribunals");
        });
        List<Citation> fourth = cites(a, 4);
        assertThat(fourth).extracting(Citation::type).containsExactly(CitationType.BOOK, CitationType.JOURNAL_ARTICLE);
        assertThat(fourth.get(0).pinpoint()).isEqualTo("57-102");
    }

    @Test
    void treatiesAsSubjectsOfClausesAfterColonsAndWithANumeralInTheirName() {
        Article a = parse("The International Convention for the Regulation of Sealing (Washington, 2 March 1950, in force 1 June"
                        + " 1952), 171 UNTS 12 (hereafter ICRS), art. VIII(1), allows a government to grant permits ‘for purposes of"
                        + " research’, ‘anything contained in this Convention notwithstanding’.",
                "Only one article concerns lights, and it protects them “except in the case of absolute necessity”: Convention"
                        + " (IV) Respecting the Laws of War at Sea, October 18, 1907, 36 Stat. 2301, annex, art. 54 (hereafter Sea"
                        + " Regulations).",
                "ICRS, art. XI; Sea Regulations, art. 54.");
        assertThat(cites(a, 1)).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CitationType.TREATY);
            assertThat(c.fields().title()).isEqualTo("International Convention for the Regulation of Sealing");
            assertThat(c.pinpoint()).isEqualTo("art. VIII(1)");
        });
        assertThat(cites(a, 2)).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CitationType.TREATY);
            assertThat(c.fields().title()).isEqualTo("Convention (IV) Respecting the Laws of War at Sea");
        });
        assertThat(cites(a, 3)).extracting(Citation::type).containsExactly(CitationType.TREATY, CitationType.TREATY);
    }

    @Test
    void verbsAndSignalsInTheProseAroundShortForms() {
        Article a = parse("Ivo Brenn, ‘Reasonable Review’, Journal of Sea Law 4 (2015), pp. 150–80; Harbour Commission, ‘Aboriginal"
                        + " Catches’, available at: https://hc.example/catches (accessed 2 March 2025).",
                "The Court’s treatment of sample sizes, which Brenn, n. 1 above, pp. 170–2, thought the weakest part of the"
                        + " judgment, has worn well, as the Commission’s tables show (Harbour Commission, ‘Aboriginal Catches’, op."
                        + " cit.).",
                "Human rights bodies see the same events differently, and the report that first said so, Office of the Harbour"
                        + " Commissioner, Shutdowns at Sea, UN Doc. A/HRC/50/99 (May 13, 2022), paras. 12–15, did not distinguish"
                        + " them.");
        List<Citation> second = cites(a, 2);
        assertThat(second).extracting(Citation::shortFormOf).containsExactly(new CitationRef(1, 0), new CitationRef(1, 1));
        assertThat(second.get(0).pinpoint()).isEqualTo("170-172");
        assertThat(cites(a, 3)).singleElement().satisfies(c -> {
            assertThat(c.signal()).isNull();
            assertThat(c.fields().unSymbol()).isEqualTo("A/HRC/50/99");
        });
    }
}
