package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Emphasis;
import org.citegraph.model.Person;

/** The small recognisers the grammar is built from. */
class HelpersTest {

    @Test
    void pageRangesExpandTheirAbbreviatedEnds() {
        assertThat(Pages.expandRange("471\u201388")).isEqualTo("471-488");
        assertThat(Pages.expandRange("1526\u201352")).isEqualTo("1526-1552");
        assertThat(Pages.expandRange("109\u201372")).isEqualTo("109-172");
        assertThat(Pages.expandRange("183\u20134")).isEqualTo("183-184");
        assertThat(Pages.expandRange("12\u201315")).isEqualTo("12-15");
        assertThat(Pages.expandRange("xii\u2013xv")).isEqualTo("xii-xv");
        assertThat(Pages.expandList("515\u201316, 519")).isEqualTo("515-516, 519");
        assertThat(Pages.expandList("4 and 7")).isEqualTo("4, 7");
        assertThat(Parts.locator("pp. 183, 187, 246\u20137", false).value()).isEqualTo("183, 187, 246-247");
        assertThat(Parts.locator("Palgrave Macmillan", true)).isNull();
    }

    @Test
    void datesInTheirCommonForms() {
        assertThat(Dates.whole("28 September 1993").iso()).isEqualTo("1993-09-28");
        assertThat(Dates.whole("September 28, 1993").iso()).isEqualTo("1993-09-28");
        assertThat(Dates.whole("Sept. 28, 1993").iso()).isEqualTo("1993-09-28");
        assertThat(Dates.whole("2016-10-28").iso()).isEqualTo("2016-10-28");
        Dates.Parsed month = Dates.whole("January 2013");
        assertThat(month.iso()).isNull();
        assertThat(month.year()).isEqualTo("2013");
        assertThat(Dates.whole("Review of 2013")).isNull();
        assertThat(Dates.whole("31 February")).isNull();
    }

    @Test
    void unSymbolsAfterMarkersAndBare() {
        assertThat(UnSymbols.afterMarker("UN Doc A/48/PV.6, 28 September 1993").symbol()).isEqualTo("A/48/PV.6");
        assertThat(UnSymbols.afterMarker("U.N. Doc. S/RES/2334 (2016) (Dec. 23, 2016)").symbol()).isEqualTo("S/RES/2334(2016)");
        assertThat(UnSymbols.afterMarker("see UN doc. E/CN.4/2005/L.10/Add.1.").symbol()).isEqualTo("E/CN.4/2005/L.10/Add.1");
        assertThat(UnSymbols.atStart("S/PV.7796, p. 10").symbol()).isEqualTo("S/PV.7796");
        assertThat(UnSymbols.atStart("N/A, p. 3")).isNull();
        assertThat(UnSymbols.atStart("and/or 3")).isNull();
        assertThat(UnSymbols.resolution("G.A. Res. 48/237, at 2").symbol()).isEqualTo("A/RES/48/237");
        assertThat(UnSymbols.slug("S/PV.7796")).isEqualTo("s-pv-7796");
    }

    @Test
    void namesSplitIntoFamilyGivenAndSuffix() {
        assertThat(Names.person("Tonny Brems Knudsen")).isEqualTo(new Person("Knudsen", "Tonny Brems"));
        assertThat(Names.person("Marcel de Haas")).isEqualTo(new Person("de Haas", "Marcel"));
        assertThat(Names.person("Ludwig van der Berg")).isEqualTo(new Person("van der Berg", "Ludwig"));
        assertThat(Names.person("Inis L. Claude Jr.")).isEqualTo(new Person("Claude", "Inis L.", "Jr."));
        assertThat(Names.kind("CSTO")).isEqualTo(Names.Kind.ORG);
        assertThat(Names.kind("The Example Times")).isEqualTo(Names.Kind.ORG);
        assertThat(Names.kind("Center on Example Studies")).isEqualTo(Names.Kind.ORG);
        assertThat(Names.kind("Buzan")).isEqualTo(Names.Kind.FAMILY_ONLY);
        assertThat(Names.kind("Russia against the Rest")).isEqualTo(Names.Kind.NONE);
        assertThat(Names.splitList("Ada Roe, Bo Lee, and Cy Moss")).containsExactly("Ada Roe", "Bo Lee", "Cy Moss");
        assertThat(Names.splitList("Roe & Lee et al.")).containsExactly("Roe", "Lee");
    }

    @Test
    void signalsAndClosingRemarks() {
        assertThat(Signals.atStart("See, for example, Roe, p. 4").signal()).isEqualTo("See, for example,");
        assertThat(Signals.atStart("see also Roe").signal()).isEqualTo("See also");
        assertThat(Signals.atStart("Seeing Roe")).isNull();
        assertThat(Signals.atStart("Cf. Roe").signal()).isEqualTo("Cf.");
        Signals.Remark r = Signals.trailing("Roe, p. 4, emphasis in original");
        assertThat(r.emphasis()).isEqualTo(Emphasis.IN_ORIGINAL);
        assertThat("Roe, p. 4, emphasis in original".substring(0, r.start())).isEqualTo("Roe, p. 4");
        assertThat(Signals.trailing("Roe, p. 4 (emphasis added) (footnote omitted)").emphasis()).isEqualTo(Emphasis.ADDED);
        assertThat(Signals.isCrossReference("n. 12 above")).isTrue();
        assertThat(Signals.isCrossReference("notes 4 and 5")).isTrue();
        assertThat(Signals.isCrossReference("Nye, p. 4")).isFalse();
    }

    @Test
    void notesSplitAtSemicolonsAndSentencesButNotInsideQuotesOrAfterInitials() {
        String note = "A. B. Roe, ‘One; two’, J. Ex. Stud., 1:1 (2000), pp. 1–2. See also C. Lee, Book (Oslo: X, 2001); Lee, Book, p. 4.";
        List<NoteSplitter.Piece> pieces = NoteSplitter.split(note);
        assertThat(pieces).extracting(p -> note.substring(p.start(), p.end())).containsExactly(
                "A. B. Roe, ‘One; two’, J. Ex. Stud., 1:1 (2000), pp. 1–2",
                "See also C. Lee, Book (Oslo: X, 2001)",
                "Lee, Book, p. 4");
        assertThat(pieces).extracting(NoteSplitter.Piece::sentence).containsExactly(0, 1, 1);
    }

    @Test
    void quotesAndApostrophesAreToldApart() {
        Scan scan = Scan.of("Roe, ‘Russia’s “near abroad” policy’, p. 4; Lee");
        assertThat(scan.quoteSpans()).hasSize(1);
        assertThat(scan.degraded()).isFalse();
        assertThat(Scan.of("Roe, ‘open, never closed; Lee").degraded()).isTrue();
    }

    @Test
    void workKeysAreAsciiAndShort() {
        Fields f = new Fields().authors(List.of(new Person("Šćepanović", "Janko"))).year("2020")
                .title("Was the deal a missed opportunity for the alliance?");
        assertThat(WorkIds.base(f, null)).isEqualTo("scepanovic-2020-was-deal-missed");
        assertThat(WorkIds.base(new Fields().unSymbol("A/RES/48/237"), null)).isEqualTo("un-doc-a-res-48-237");
    }
}
