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

/** Discursive forms of the fifty-third and fifty-fourth blind rounds, each with invented text. */
class RoundsFiftyThreeAndFiftyFourFormsTest {

    @Test
    void casesAfterAClauseAndAColonAfterFromAndFarIntoASentence() {
        Article a = parse("Strasbourg found jurisdiction over a single shooting abroad in Orlov v. Kestland, App. No. 1234/18 (ECtHR,"
                        + " 3 May 2021), paras. 60–71, yet none over the shelling of a town: Varno v. Ostravia (II), App. No."
                        + " 5678/15 (ECtHR, Grand Chamber, 9 March 2022), paras. 110–25.",
                "Away from the battlefield the measure of force is that of policing, under which a killing is allowed only where"
                        + " it is absolutely necessary and the operation was planned to keep force to the minimum that the"
                        + " situation allows, the test that the Court set out in Morrow and Others v. Kestland, App. No. 9911/90"
                        + " (ECtHR, Grand Chamber, 5 October 1994), paras. 140–50. A reading many take from Legality of the"
                        + " Threat of Force in Orbit, Advisory Opinion, ICJ Reports 2001, p. 90, para. 25, goes further.",
                "A killing is lawful only in the rare case that Morrow, para. 148, describes, and the state owes its target the"
                        + " duty it would owe him at home.");
        List<Citation> first = cites(a, 1);
        assertThat(first).extracting(c -> c.fields().title()).containsExactly("Orlov v. Kestland", "Varno v. Ostravia (II)");
        assertThat(first).extracting(Citation::pinpoint).containsExactly("paras. 60-71", "paras. 110-125");
        List<Citation> second = cites(a, 2);
        assertThat(second).extracting(c -> c.fields().title())
                .containsExactly("Morrow and Others v. Kestland", "Legality of the Threat of Force in Orbit");
        // a case's first party with its pinpoint, inside the prose, is the case's short form
        assertThat(cites(a, 3)).singleElement().satisfies(c -> {
            assertThat(c.shortFormOf()).isEqualTo(new CitationRef(2, 0));
            assertThat(c.pinpoint()).isEqualTo("para. 148");
        });
    }

    @Test
    void aCaseAfterACommaClosingAClauseButNotTheWordsOfTheClause() {
        Article a = parse("The appeal court held that the article gives jurisdiction to the seizing state alone, so that a state"
                        + " receiving suspects must find it in its own statute, Republic v. Omar Haji and Four Others, Criminal"
                        + " Appeal No. 9 of 2010 (Court of Appeal of Maravelle, March 2, 2011), paras. 20–35, reversing the judge.",
                "When it was asked again, the Court held in Ferris and Others v. Kordania, App. No. 4401/16 (ECtHR, 1 June"
                        + " 2021), paras. 12–19, that the closure was unlawful.");
        assertThat(cites(a, 1)).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
            assertThat(c.fields().title()).isEqualTo("Republic v. Omar Haji and Four Others");
            assertThat(c.pinpoint()).isEqualTo("paras. 20-35");
        });
        assertThat(cites(a, 2)).singleElement().extracting(c -> c.fields().title()).isEqualTo("Ferris and Others v. Kordania");
    }

    @Test
    void treatiesNamedInProseBeforeABracketedSourceAfterAnIntroductoryPhraseOrAfterThe() {
        Article a = parse("No one shall be ‘arbitrarily deprived of his liberty’: so provides the Covenant on Civic Freedoms (Vienna,"
                        + " 3 March 1970, in force 1 May 1972), 812 UNTS 55 (hereafter CCF), art. 9(1), in its first sentence,"
                        + " and the Committee reads it narrowly (Freedoms Committee, General Comment No. 12 (2019) on Article 9,"
                        + " UN Doc. CCF/C/GC/12 (4 June 2019), para. 8 (hereafter General Comment 12)).",
                "Read with the definition of raiding in article 14, article 19 of the Convention on Inland Waters, March 2, 1985,"
                        + " 1501 U.N.T.S. 77 (hereafter CIW), lets every riparian state stop a raiding boat.",
                "The gap was filled elsewhere. The Convention for the Protection of Lighthouses against Unlawful Acts, May 4,"
                        + " 1990, 1702 U.N.T.S. 310 (hereafter Lighthouse Convention), arts. 3 and 7(2), obliges each party to"
                        + " try or extradite.");
        List<Citation> first = cites(a, 1);
        assertThat(first).hasSize(2);
        assertThat(first.get(0).type()).isEqualTo(CitationType.TREATY);
        assertThat(first.get(0).fields().title()).isEqualTo("Covenant on Civic Freedoms");
        assertThat(first.get(0).pinpoint()).isEqualTo("art. 9(1)");
        assertThat(first.get(1).fields().unSymbol()).isEqualTo("CCF/C/GC/12");
        assertThat(cites(a, 2)).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CitationType.TREATY);
            assertThat(c.fields().title()).isEqualTo("Convention on Inland Waters");
            assertThat(c.pinpoint()).isEqualTo("article 19");
        });
        assertThat(cites(a, 3)).singleElement().extracting(c -> c.fields().title())
                .isEqualTo("Convention for the Protection of Lighthouses against Unlawful Acts");
    }

    @Test
    void bracketedShortFormsOfNumberedTitlesCasesAnnexesAndEchoedSources() {
        Article a = parse("Freedoms Committee, General Comment No. 12, UN Doc. CCF/C/GC/12 (4 June 2019), para. 8 (hereafter"
                        + " General Comment 12); Varno v. Ostravia (II), App. No. 5678/15 (ECtHR, 9 March 2022), paras. 110–25.",
                "The Court’s reluctance in wartime (Varno v. Ostravia (II), para. 117) and the Committee’s readiness to find"
                        + " control anywhere (General Comment 12, para. 22) point, oddly, the same way.",
                "Report of the Special Rapporteur on Detention, UN Doc. A/HRC/40/12 (1 March 2019), paras. 4–9. Her account of"
                        + " the camp is set out in an annex (ibid., annex).",
                "Kestrel Holdings v. Republic of Norland, PCA Case No. 2019-04, Final Award, 2 May 2022, paras. 88–97. The award"
                        + " adopts, without saying so, the Committee’s gloss (ibid., para. 120, echoing General Comment 12, para. 9).");
        List<Citation> second = cites(a, 2);
        assertThat(second).extracting(Citation::shortFormOf).containsExactly(new CitationRef(1, 1), new CitationRef(1, 0));
        assertThat(second).extracting(Citation::pinpoint).containsExactly("para. 117", "para. 22");
        assertThat(cites(a, 3).get(1)).satisfies(c -> {
            assertThat(c.shortFormOf()).isEqualTo(new CitationRef(3, 0));
            assertThat(c.pinpoint()).isEqualTo("annex");
        });
        List<Citation> fourth = cites(a, 4);
        assertThat(fourth).extracting(Citation::shortFormOf)
                .containsExactly(null, new CitationRef(4, 0), new CitationRef(1, 0));
        assertThat(fourth).extracting(Citation::pinpoint).containsExactly("paras. 88-97", "para. 120", "para. 9");
    }

    @Test
    void aTitleOpeningWithAQuotationAndTwoWorksJoinedByWhileEachWithItsVerb() {
        Article a = parse("Hanna Orvik, The Borrowed Court (Oxford: Clarendon Press, 2019), chs 2–3.",
                "The claim rests on whether the host is ‘unwilling or unable’ to act, a test whose pedigree Lena Vasquez,"
                        + " ‘“Unwilling or Unable” Again: Host States and Self-Defence’, Journal of Security Law 12 (2017),"
                        + " pp. 1–58, at pp. 9–14, traces and finds wanting, while Orvik, op. cit., pp. 166–79, defends it with"
                        + " more conviction than evidence.");
        assertThat(cites(a, 1).get(0).pinpoint()).isEqualTo("chs 2-3");
        List<Citation> second = cites(a, 2);
        assertThat(second).hasSize(2);
        assertThat(second.get(0).fields().title()).isEqualTo("“Unwilling or Unable” Again: Host States and Self-Defence");
        assertThat(second.get(0).pinpoint()).isEqualTo("9-14");
        assertThat(second.get(1).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(second.get(1).pinpoint()).isEqualTo("166-179");
    }

    @Test
    void aChapterWhoseBookIsGivenByItsEditorsAndTheNoteItWasCitedIn() {
        Article a = parse("Marit Lund and Daniel Ruiz (eds), The Geography of War: Essays on Scope (Cambridge: Fenmore Press, 2021).",
                "Jonas Adu, ‘A War without Borders’, in Lund and Ruiz (eds), n. 1 above, pp. 89–118, at p. 104.",
                "Jonas Adu, ‘A War across Borders’, in Lund and Ruiz, op. cit., pp. 131–40.",
                "Jonas Adu, ‘A War beyond Borders’, in Kim and Lee (eds), n. 1 above, pp. 141–50.");
        for (int note : new int[] {2, 3}) {
            Citation chapter = cites(a, note).get(0);
            assertThat(chapter.type()).isEqualTo(CitationType.CHAPTER);
            assertThat(chapter.fields().container()).isEqualTo("The Geography of War: Essays on Scope");
            assertThat(names(chapter.fields().editors())).containsExactly("Lund|Marit", "Ruiz|Daniel");
            assertThat(chapter.fields().publisher()).isEqualTo("Fenmore Press");
        }
        assertThat(cites(a, 2).get(0).fields().pages()).isEqualTo("89-118");
        assertThat(cites(a, 2).get(0).pinpoint()).isEqualTo("104");
        // editors who edited no book cited there leave the pointer as it is
        assertThat(cites(a, 4).get(0).fields().container()).isNull();
    }

    @Test
    void sourcesAroundResolutionsAndDocumentsNamedInProse() {
        Article a = parse("The Council has urged restraint, HRC res. 31/4, 24 March 2016, para. 2, being the first of three texts to"
                        + " say so, but several states explained their votes at length (UN Doc. A/HRC/31/SR.60 (24 March 2016),"
                        + " paras. 3–19). The Assembly has touched on it only briefly, most fully in Report of the"
                        + " Secretary-General on the Safety of Journalists, UN Doc. A/76/210 (3 August 2021), paras. 10–14.",
                "Six months’ leave to enter the strait was all that SC res. 1901 (2009), March 3, 2009, para. 4, gave the"
                        + " navies, and only for that strait (ibid., para. 6).",
                "The Committee’s answer, UN Doc. S/2011/77 (May 2, 2011), paras. 10–20, set out four options, and it was the"
                        + " cheapest, trials at home with foreign money, that the Council chose, a course it had long encouraged"
                        + " in one resolution after another and was to encourage for years to come in the same words, whatever"
                        + " the cost to the courts of the region and however often the donors asked for something better, ever"
                        + " since it first invited states to take custody of suspects (SC res. 1920 (2010), June 4, 2010, para. 2).",
                "Report of the Secretary-General on the Protection of Archives in Situations of Occupation, UN Doc. S/2020/41"
                        + " (9 January 2020), para. 4.");
        List<Citation> first = cites(a, 1);
        assertThat(first).extracting(c -> c.fields().unSymbol())
                .containsExactly("A/HRC/RES/31/4", "A/HRC/31/SR.60", "A/76/210");
        assertThat(first.get(2).fields().title()).isEqualTo("Report of the Secretary-General on the Safety of Journalists");
        assertThat(cites(a, 2).get(0)).satisfies(c -> {
            assertThat(c.fields().date()).isEqualTo("2009-03-03");
            assertThat(c.pinpoint()).isEqualTo("para. 4");
        });
        assertThat(cites(a, 3)).extracting(c -> c.fields().unSymbol()).containsExactly("S/2011/77", "S/RES/1920(2010)");
        // "in" inside a title starts nothing
        assertThat(cites(a, 4)).singleElement().extracting(c -> c.fields().title())
                .isEqualTo("Report of the Secretary-General on the Protection of Archives in Situations of Occupation");
    }

    @Test
    void worksInAppositionAfterANounPhraseOrAClause() {
        Article a = parse("Capture is rarely feasible. That is the conclusion of the one study of capture operations, Nils Garb and"
                        + " Sara Whit, Capture or Kill (2nd edn, London: Carrow & Finch, 2022), pp. 201–34, reached more"
                        + " tentatively in the first edition, as its preface explains (ibid., p. xi).",
                "Why the court was never built is best explained in an insider’s account, Tomas Reyes’s “Seven Options and a"
                        + " Budget,” Maritime Review 6 (2012): 1–34, at 12–19.",
                "A week later came the reply, Bruno Harrow, “Silence Is Not Consent,” Sea Forum (blog), May 9, 2017,"
                        + " https://www.seaforum.example/2017/05/09/silence.");
        List<Citation> first = cites(a, 1);
        assertThat(first).hasSize(2);
        assertThat(names(first.get(0).fields().authors())).containsExactly("Garb|Nils", "Whit|Sara");
        assertThat(first.get(1).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(cites(a, 2)).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
            assertThat(names(c.fields().authors())).containsExactly("Reyes|Tomas");
            assertThat(c.fields().title()).isEqualTo("Seven Options and a Budget");
        });
        assertThat(names(cites(a, 3).get(0).fields().authors())).containsExactly("Harrow|Bruno");
    }

    @Test
    void aBodysWorkAfterACommaAndItsOwnPress() {
        Article a = parse("The numbers are in the yearly figures of the body that paid for the prisons, Coastal Justice Institute,"
                + " Trials of Raiders in the Region, 2010–2020 (Mombasa: CJI Press, 2021), 17–23, and the case for sending"
                + " convicts home was first made by the Council (S/2011/77, paras. 101–6).");
        List<Citation> first = cites(a, 1);
        assertThat(first).hasSize(2);
        assertThat(first.get(0).type()).isEqualTo(CitationType.REPORT);
        assertThat(names(first.get(0).fields().authors())).containsExactly("org:Coastal Justice Institute");
    }

    @Test
    void definedNamesPointersAndIbidAsSubjectsOfClauses() {
        Article a = parse("Rafael Dunn, ‘Law at Thirty Thousand Feet’, Journal of Life Law 19:3 (2020), pp. 311–47; Study on"
                        + " Remote Killing, UN Doc. A/HRC/14/99 (28 May 2010) (hereafter Remote Study), para. 33.",
                "The word ‘continuing’, as Dunn, n. 1 above, p. 329, was the first to notice, does the work that ‘imminent’"
                        + " cannot, and it is hard to square with the Remote Study, para. 86.",
                "Amara Sund, ‘The Global Battlefield’, Journal of Conflict Studies (advance article, published 2 February 2024),"
                        + " https://doi.org/10.5555/jcs.2024.0007; Jonas Adu, ‘A War without Borders’, Borders Law Review 3 (2021),"
                        + " pp. 1–20.",
                "The protections fall away: this is the point on which Sund, op. cit., builds her case, and which Adu, ‘A War"
                        + " without Borders’, p. 11, concedes in a footnote.",
                "Sea Lark Arbitration (Norland v. Ostravia), PCA Case No. 2019-4, Award, 1 May 2021, paras. 200–10. The crew’s"
                        + " acts were not piracy (Sea Lark Arbitration, paras. 224–27); ibid., para. 231, adds that such suspects"
                        + " must be released.",
                "The lesson was drawn in nearly these words by Dunn’s article (n. 1 above) and ignored since.");
        List<Citation> second = cites(a, 2);
        assertThat(second).extracting(Citation::pinpoint).containsExactly("329", "para. 86");
        assertThat(second.get(1).shortFormOf()).isEqualTo(new CitationRef(1, 1));
        assertThat(cites(a, 3).get(0).type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(cites(a, 4)).extracting(Citation::shortFormOf).containsExactly(new CitationRef(3, 0), new CitationRef(3, 1));
        assertThat(cites(a, 5)).extracting(Citation::pinpoint).containsExactly("paras. 200-210", "paras. 224-227", "para. 231");
        assertThat(cites(a, 6)).singleElement().satisfies(c -> {
            assertThat(c.shortFormOf()).isEqualTo(new CitationRef(1, 0));
            assertThat(names(c.fields().authors())).containsExactly("Dunn|null");
        });
    }

    @Test
    void usEditorsBeforeASubtitledBookAndACaseNamedWithADateInBrackets() {
        Article a = parse("The narrower reading was put to the conference by two delegations whose statements survive, with the"
                        + " committee’s notes on them, only in Myron Castel and Ines Dahl, eds., Drafting the Straits: Documents"
                        + " of the Second Conference (New York: Orrin House, 1991), 412–19.",
                "Three judges leaned on it later to argue that other crimes are universal too (Arrest Warrant of 3 May 2001"
                        + " (Norland v. Ostravia), Judgment, I.C.J. Reports 2003, p. 3, para. 61 (joint separate opinion)).");
        assertThat(cites(a, 1)).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CitationType.EDITED_BOOK);
            assertThat(c.fields().title()).isEqualTo("Drafting the Straits: Documents of the Second Conference");
            assertThat(names(c.fields().editors())).containsExactly("Castel|Myron", "Dahl|Ines");
        });
        assertThat(cites(a, 2)).singleElement().extracting(c -> c.fields().title())
                .isEqualTo("Arrest Warrant of 3 May 2001 (Norland v. Ostravia)");
    }
}
