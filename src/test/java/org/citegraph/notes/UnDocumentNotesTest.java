package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.notes.NotesAssertions.cite;
import static org.citegraph.notes.NotesAssertions.parse;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationRef;
import org.citegraph.model.CitationType;
import org.citegraph.model.Diagnostic;
import org.citegraph.model.Work;

/** UN documents cited the ways articles cite them: by resolution number, bare symbol, document citation. */
class UnDocumentNotesTest {

    private static Work work(Article a, Citation c) {
        return a.work(c.workId()).orElseThrow();
    }

    @Test
    void securityCouncilResolutionByNumberTakesItsYearFromTheAdoptionDate() {
        Article a = parse("SC Res. 846, pmbl. paras. 2–5 (June 22, 1993).");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(c.fields().unSymbol()).isEqualTo("S/RES/846(1993)");
        assertThat(c.fields().date()).isEqualTo("1993-06-22");
        assertThat(c.fields().year()).isEqualTo("1993");
        assertThat(c.pinpoint()).isEqualTo("pmbl. paras. 2-5");
        Work w = work(a, c);
        assertThat(w.unSymbol()).isNotNull();
        assertThat(w.unSymbol().organ()).isEqualTo("S");
        assertThat(w.unSymbol().docType()).isEqualTo("RES");
        assertThat(w.unSymbol().year()).isEqualTo(1993);
        assertThat(a.diagnostics()).anySatisfy(d -> {
            assertThat(d.note()).isEqualTo(1);
            assertThat(d.message()).contains("year 1993");
        });
    }

    @Test
    void oneSecurityCouncilResolutionCitedThreeWaysIsOneWork() {
        Article a = parse(
                "See S.C. Res. 2417 (May 24, 2018), para. 6.",
                "S/RES/2417 (2018), para. 9.",
                "Cf. Security Council Resolution 2417 (2018), at 3.");
        Citation full = cite(a, 1, 0);
        assertThat(full.fields().unSymbol()).isEqualTo("S/RES/2417(2018)");
        assertThat(full.fields().date()).isEqualTo("2018-05-24");
        assertThat(full.pinpoint()).isEqualTo("para. 6");
        assertThat(full.signal()).isEqualTo("See");
        Citation bare = cite(a, 2, 0);
        assertThat(bare.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(bare.fields().unSymbol()).isEqualTo("S/RES/2417(2018)");
        assertThat(bare.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(bare.pinpoint()).isEqualTo("para. 9");
        Citation named = cite(a, 3, 0);
        assertThat(named.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(named.fields().unSymbol()).isEqualTo("S/RES/2417(2018)");
        assertThat(named.fields().year()).isEqualTo("2018");
        assertThat(named.pinpoint()).isEqualTo("3");
        assertThat(named.signal()).isEqualTo("Cf.");
        assertThat(named.workId()).isEqualTo(full.workId()).isEqualTo(bare.workId());
        assertThat(a.works()).filteredOn(w -> w.type() == CitationType.UN_DOCUMENT).hasSize(1);
    }

    @Test
    void aResolutionWithoutItsYearIsTheSameWorkAsWithIt() {
        Article a = parse("UN Doc S/RES/1540 (2004), 28 April 2004.", "S.C. Res. 1540, para. 2.");
        Citation later = cite(a, 2, 0);
        assertThat(later.fields().unSymbol()).isEqualTo("S/RES/1540");
        assertThat(later.workId()).isEqualTo(cite(a, 1, 0).workId());
        assertThat(later.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(work(a, later).unSymbol().symbol()).isEqualTo("S/RES/1540(2004)");
    }

    @Test
    void generalAssemblyResolutionsByNumberAndTheirShortForms() {
        Article a = parse(
                "GA Res. 70/1 (21 October 2015), p. 14.",
                "See also G.A. Res. 70/1, para. 18.");
        Citation full = cite(a, 1, 0);
        assertThat(full.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(full.fields().unSymbol()).isEqualTo("A/RES/70/1");
        assertThat(full.fields().date()).isEqualTo("2015-10-21");
        assertThat(full.fields().year()).isEqualTo("2015");
        assertThat(full.pinpoint()).isEqualTo("14");
        Citation again = cite(a, 2, 0);
        assertThat(again.fields().unSymbol()).isEqualTo("A/RES/70/1");
        assertThat(again.signal()).isEqualTo("See also");
        assertThat(again.pinpoint()).isEqualTo("para. 18");
        assertThat(again.workId()).isEqualTo(full.workId());
        assertThat(again.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(work(a, full).unSymbol().session()).isEqualTo("70");
    }

    @Test
    void aResolutionWithoutOrganTakesTheCouncilFromAnEarlierNote() {
        Article a = parse(
                "UN Doc S/PV.6491, 26 February 2011, p. 7.",
                "Resolution 1970 (2011), para. 4.");
        Citation c = cite(a, 2, 0);
        assertThat(c.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(c.fields().unSymbol()).isEqualTo("S/RES/1970(2011)");
        assertThat(c.pinpoint()).isEqualTo("para. 4");
        assertThat(a.diagnostics()).anySatisfy(d -> {
            assertThat(d.note()).isEqualTo(2);
            assertThat(d.message()).contains("organ taken from");
        });
    }

    @Test
    void aResolutionWithoutOrganTakesTheCouncilFromItsOwnNote() {
        Article a = parse("Security Council, Resolution 1973 (2011), para. 8; Resolution 1975 (2011), para. 2.");
        assertThat(cite(a, 1, 0).fields().unSymbol()).isEqualTo("S/RES/1973(2011)");
        assertThat(cite(a, 1, 1).fields().unSymbol()).isEqualTo("S/RES/1975(2011)");
        assertThat(cite(a, 1, 1).type()).isEqualTo(CitationType.UN_DOCUMENT);
    }

    @Test
    void aResolutionWithoutOrganOrContextIsNoUnDocument() {
        Article a = parse("Resolution 1970 (2011), para. 4.");
        assertThat(cite(a, 1, 0).type()).isNotEqualTo(CitationType.UN_DOCUMENT);
    }

    @Test
    void aRepairedSymbolIsCanonicalAndTheRepairIsReported() {
        Article a = parse("Jo Nam, ‘A study’, Fictive Review, 3:1 (2010), pp. 1–9.", "U.N. Doc. A/Res/66/290.");
        Citation c = cite(a, 2, 0);
        assertThat(c.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(c.fields().unSymbol()).isEqualTo("A/RES/66/290");
        assertThat(work(a, c).unSymbol().symbol()).isEqualTo("A/RES/66/290");
        assertThat(a.diagnostics()).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.source()).isEqualTo("test.txt");
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.note()).isEqualTo(2);
            assertThat(d.message()).contains("A/RES/66/290").containsIgnoringCase("case");
        });
    }

    @Test
    void aMistypedSymbolIsKeptAsWrittenWithAWarning() {
        Article a = parse("UN Doc S/RES/19O2 (2009), para. 1.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(c.fields().unSymbol()).isEqualTo("S/RES/19O2 (2009)");
        assertThat(c.pinpoint()).isEqualTo("para. 1");
        assertThat(work(a, c).unSymbol()).isNull();
        assertThat(a.diagnostics()).anySatisfy(d -> {
            assertThat(d.note()).isEqualTo(1);
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.message()).contains("19O2");
        });
    }

    @Test
    void aResolutionNamedInATitleIsNotTheCitedDocument() {
        Article a = parse("UN Secretary-General, ‘Implementing resolution 1325 (2000)’, UN Doc S/2012/732, 2 October 2012, para. 5.");
        Citation c = cite(a, 1, 0);
        assertThat(c.fields().unSymbol()).isEqualTo("S/2012/732");
        assertThat(c.fields().title()).isEqualTo("Implementing resolution 1325 (2000)");
        assertThat(c.fields().date()).isEqualTo("2012-10-02");
        assertThat(c.pinpoint()).isEqualTo("para. 5");
    }

    @Test
    void aTitleEndsBeforeTheConnectingPhraseToItsUnDocument() {
        Article a = parse(
                "Draft Principles on Shared Aquifers, annexed to UN Doc. A/RES/63/124 (December 11, 2008), art. 3.",
                "Ibid., art. 4(2)(a).",
                "Draft Articles on Transboundary Harm, annexed to G.A. Res. 62/68, U.N. Doc. A/RES/62/68 (Dec. 6, 2007).",
                "Guiding Principles on Export Bans, contained in UN Doc. A/HRC/36/44 (2017), para. 3.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(c.fields().title()).isEqualTo("Draft Principles on Shared Aquifers");
        assertThat(c.fields().authors()).isEmpty();
        assertThat(c.fields().unSymbol()).isEqualTo("A/RES/63/124");
        assertThat(c.fields().date()).isEqualTo("2008-12-11");
        assertThat(c.pinpoint()).isEqualTo("art. 3");
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("art. 4(2)(a)");
        assertThat(cite(a, 3, 0).fields().title()).isEqualTo("Draft Articles on Transboundary Harm");
        assertThat(cite(a, 3, 0).fields().unSymbol()).isEqualTo("A/RES/62/68");
        assertThat(cite(a, 4, 0).fields().title()).isEqualTo("Guiding Principles on Export Bans");
        assertThat(cite(a, 4, 0).pinpoint()).isEqualTo("para. 3");
    }

    @Test
    void aTitleAnnexedToAResolutionCitedByNumberIsThatResolution() {
        Article a = parse(
                "Draft Articles on Transboundary Harm, annexed to GA Res 62/68 (6 December 2007).",
                "Basic Guidelines on Remedies, annexed to General Assembly resolution 60/147, para. 8.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(c.fields().title()).isEqualTo("Draft Articles on Transboundary Harm");
        assertThat(c.fields().authors()).isEmpty();
        assertThat(c.fields().unSymbol()).isEqualTo("A/RES/62/68");
        assertThat(c.fields().date()).isEqualTo("2007-12-06");
        Citation g = cite(a, 2, 0);
        assertThat(g.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(g.fields().title()).isEqualTo("Basic Guidelines on Remedies");
        assertThat(g.fields().unSymbol()).isEqualTo("A/RES/60/147");
        assertThat(g.pinpoint()).isEqualTo("para. 8");
    }

    @Test
    void aResolutionDatedWithOfOrFollowedByAParagraphAfterItsDate() {
        Article a = parse(
                "General Assembly resolution 61/295 of 13 September 2007, para. 8.",
                "GA Res 64/292 (28 July 2010) para 2.");
        Citation c = cite(a, 1, 0);
        assertThat(c.fields().unSymbol()).isEqualTo("A/RES/61/295");
        assertThat(c.fields().date()).isEqualTo("2007-09-13");
        assertThat(c.pinpoint()).isEqualTo("para. 8");
        Citation o = cite(a, 2, 0);
        assertThat(o.fields().unSymbol()).isEqualTo("A/RES/64/292");
        assertThat(o.fields().date()).isEqualTo("2010-07-28");
        assertThat(o.pinpoint()).isEqualTo("para 2");
    }

    @Test
    void aBareSymbolShortFormTakesABarePageAsItsPinpoint() {
        Article a = parse(
                "Report of the Secretary-General on the Situation in Example Bay, UN Doc. S/2018/455, May 14, 2018, para. 3.",
                "S/2018/455, 7.");
        Citation s = cite(a, 2, 0);
        assertThat(s.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(s.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(s.pinpoint()).isEqualTo("7");
    }

    @Test
    void aUnPressReleaseIsAUnDocumentWithItsSymbol() {
        Article a = parse(
                "United Nations, \u201CCouncil Welcomes Example Ceasefire,\u201D press release SC/15001, March 3, 2022, https://press.example.org/sc15001.",
                "SC/15001.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(c.fields().unSymbol()).isEqualTo("SC/15001");
        assertThat(c.fields().title()).isEqualTo("Council Welcomes Example Ceasefire");
        assertThat(c.fields().date()).isEqualTo("2022-03-03");
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aBodyNamedAfterItsResolutionIsTheAuthorNotPartOfTheTitle() {
        Citation c = cite(parse(
                "Group of Experts Established Pursuant to Resolution 2001 (2011), Midterm Report, \u00B6 9, U.N. Doc. S/2013/88 (Feb. 12, 2013)."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(c.fields().authors()).hasSize(1);
        assertThat(c.fields().authors().get(0).displayName()).isEqualTo("Group of Experts Established Pursuant to Resolution 2001 (2011)");
        assertThat(c.fields().title()).isEqualTo("Midterm Report");
        assertThat(c.fields().unSymbol()).isEqualTo("S/2013/88");
    }
}
