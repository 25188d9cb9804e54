package org.citegraph.un;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.citegraph.model.UnSymbol;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * Properties of the symbol parser and the reference recogniser: they never throw, the canonical form is
 * a fixed point, symbols generated from the grammar decompose as generated, and the work is linear in the
 * input length (measured by counting character reads, not by timing).
 */
class UnSymbolProperties {

    /** Pieces of real and broken symbols and citations, glued at random to make hostile inputs. */
    private static final List<String> FRAGMENTS = List.of(
            "A", "S", "E", "ST", "CCPR", "/", "//", "\\", "RES", "Res", "PV.", "SR.", "L.", "CRP.", "INF", "PRST",
            "C.4", "HRC", "CN.4", "Sub.2", "CONF.232", "(", ")", "[A]", "-", "\u2013", " ", "  ", "2016", "1994", "48",
            "7796", "212423", "0", "9", "III", "XLIV", "S-VI", "ES-", "S-", "Add.1", "Rev.", "Corr", "Amend.1",
            "(Resumption1)", "(Part I)", " A", " A-B", "*", ".", ",", ";", "UN Doc ", "U.N. Doc. ", "doc. no. ",
            "https://undocs.org/en/", "SC Res. ", "GA Res. ", "resolution ", "Security Council ", " (", "(2016)",
            "United Nations Treaty Series, ", " UNTS ", "pp. 29\u201350", "vol. ", "28 September 1993", "Sept. 25, 1991",
            " and ", "\u00a0", "é", "\n");

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.of(FRAGMENTS).list().ofMinSize(0).ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Property(tries = 1000)
    void parserNeverThrowsOnArbitraryText(@ForAll @StringLength(max = 400) String text) {
        assertResultIsWellFormed(text, UnSymbolParser.parse(text));
    }

    @Property(tries = 1500)
    void parserNeverThrowsOnHostileText(@ForAll("hostile") String text) {
        assertResultIsWellFormed(text, UnSymbolParser.parse(text));
    }

    private static void assertResultIsWellFormed(String text, UnSymbolResult result) {
        assertThat(result).isNotNull();
        assertThat(result.input()).isEqualTo(text);
        assertThat(result.warnings()).doesNotContainNull();
        if (result instanceof UnSymbolResult.Unparsed unparsed) {
            assertThat(unparsed.error()).isNotBlank();
        } else {
            UnSymbol s = result.toSymbol().orElseThrow();
            assertThat(s.symbol()).isNotBlank();
            assertThat(s.organ()).isNotBlank();
            assertThat(s.number()).matches("\\d{1,5}");
            assertThat(s.docType()).isNotBlank();
        }
    }

    /** Whatever parses, its canonical symbol parses again to the same decomposition, without a warning. */
    @Property(tries = 1500)
    void canonicalFormIsAFixedPoint(@ForAll("hostile") String text) {
        UnSymbolResult first = UnSymbolParser.parse(text);
        if (first instanceof UnSymbolResult.Parsed parsed) {
            UnSymbolResult again = UnSymbolParser.parse(parsed.symbol().symbol());
            assertThat(again.toSymbol()).contains(parsed.symbol());
            assertThat(again.warnings()).isEmpty();
        }
    }

    @Property(tries = 1000)
    void recogniserNeverThrowsAndReportsPositionsInsideTheText(@ForAll("hostile") String text) {
        for (UnReference ref : UnReferenceRecognizer.recognize(text)) {
            assertThat(ref.start()).isBetween(0, text.length());
            assertThat(ref.end()).isBetween(ref.start(), text.length());
            assertThat(ref.extentEnd()).isBetween(ref.end(), text.length());
            assertThat(ref.text()).isEqualTo(text.substring(ref.start(), ref.end()));
        }
    }

    // ---- grammar-generated symbols -------------------------------------------------------------

    /** A symbol built from the grammar with the decomposition it must have. */
    record Generated(String text, UnSymbol expected) {
    }

    @Provide
    Arbitrary<Generated> grammatical() {
        return Arbitraries.oneOf(gaResolution(), oldResolution(), scResolution(), sessionDocument(), yearDocument(),
                meetingRecord(), treatyBodyDocument());
    }

    private static Arbitrary<List<String>> modifiers() {
        return Combinators.combine(Arbitraries.of("Add", "Rev", "Corr", "Amend"), Arbitraries.integers().between(1, 99))
                .as((m, n) -> m + "." + n).list().ofMaxSize(3);
    }

    private static String withModifiers(String core, List<String> modifiers) {
        StringBuilder b = new StringBuilder(core);
        modifiers.forEach(m -> b.append('/').append(m));
        return b.toString();
    }

    private static Arbitrary<Generated> gaResolution() {
        Arbitrary<String> session = Arbitraries.oneOf(Arbitraries.integers().between(31, 79).map(String::valueOf),
                Arbitraries.integers().between(8, 30).map(n -> "S-" + n),
                Arbitraries.integers().between(6, 11).map(n -> "ES-" + n));
        return Combinators.combine(session, Arbitraries.integers().between(1, 999), Arbitraries.of("", "A", "B", "A-B"))
                .as((s, n, part) -> {
                    String text = "A/RES/" + s + "/" + n + (part.isEmpty() ? "" : " " + part);
                    return new Generated(text, new UnSymbol(text, "A", null, s, null, "RES", String.valueOf(n),
                            part.isEmpty() ? List.of() : List.of(part)));
                });
    }

    private static Arbitrary<Generated> oldResolution() {
        return Combinators.combine(Arbitraries.of("A", "E", "T"), Arbitraries.integers().between(1, 3541),
                Arbitraries.integers().between(1, 64), Arbitraries.of("", "S-", "ES-")).as((organ, n, session, prefix) -> {
                    String roman = prefix + RomanNumerals.toRoman(session);
                    String text = organ + "/RES/" + n + "(" + roman + ")";
                    return new Generated(text, new UnSymbol(text, organ, null, roman, null, "RES", String.valueOf(n), List.of()));
                });
    }

    private static Arbitrary<Generated> scResolution() {
        return Combinators.combine(Arbitraries.integers().between(1, 2999), Arbitraries.integers().between(1946, 2030))
                .as((n, year) -> {
                    String text = "S/RES/" + n + "(" + year + ")";
                    return new Generated(text, new UnSymbol(text, "S", null, null, year, "RES", String.valueOf(n), List.of()));
                });
    }

    private static Arbitrary<Generated> sessionDocument() {
        return Combinators.combine(Arbitraries.of("", "C.1", "C.6", "HRC", "AC.105"), Arbitraries.integers().between(1, 79),
                Arbitraries.of("", "L.", "CRP."), Arbitraries.integers().between(1, 9999), modifiers())
                .as((body, session, type, n, mods) -> {
                    String core = "A/" + (body.isEmpty() ? "" : body + "/") + session + "/" + type + n;
                    String text = withModifiers(core, mods);
                    String docType = type.isEmpty() ? UnSymbolParser.GENERAL : type.substring(0, type.length() - 1);
                    return new Generated(text, new UnSymbol(text, "A", body.isEmpty() ? null : body, String.valueOf(session),
                            null, docType, String.valueOf(n), mods));
                });
    }

    private static Arbitrary<Generated> yearDocument() {
        return Combinators.combine(Arbitraries.of("S", "E", "ST"), Arbitraries.of("", "PRST", "AI", "SGB", "CN.4", "C.19"),
                Arbitraries.integers().between(1946, 2030), Arbitraries.integers().between(1, 9999), modifiers())
                .as((organ, middle, year, n, mods) -> {
                    String text = withModifiers(organ + "/" + (middle.isEmpty() ? "" : middle + "/") + year + "/" + n, mods);
                    boolean type = middle.equals("PRST") || middle.equals("AI") || middle.equals("SGB");
                    return new Generated(text, new UnSymbol(text, organ, middle.isEmpty() || type ? null : middle, null, year,
                            type ? middle : UnSymbolParser.GENERAL, String.valueOf(n), mods));
                });
    }

    private static Arbitrary<Generated> meetingRecord() {
        return Combinators.combine(Arbitraries.of("S/", "A/48/", "A/C.4/66/", "E/2019/"), Arbitraries.of("PV.", "SR."),
                Arbitraries.integers().between(1, 99999), Arbitraries.integers().between(0, 3)).as((prefix, type, n, resumption) -> {
                    String text = prefix + type + n + (resumption == 0 ? "" : "(Resumption" + resumption + ")");
                    UnSymbol base = UnSymbolParser.parse(prefix + "1").toSymbol().orElseThrow();
                    return new Generated(text, new UnSymbol(text, base.organ(), base.body(), base.session(), base.year(),
                            type.substring(0, 2), String.valueOf(n),
                            resumption == 0 ? List.of() : List.of("(Resumption" + resumption + ")")));
                });
    }

    private static Arbitrary<Generated> treatyBodyDocument() {
        return Combinators.combine(Arbitraries.of("CCPR", "CAT", "CEDAW", "CRC", "CERD"), Arbitraries.integers().between(1, 999),
                modifiers(), Arbitraries.of("", "-A/52/1", "-S/2000/809")).as((root, n, mods, joint) -> {
                    String text = withModifiers(root + "/C/" + n, mods) + joint;
                    List<String> suffixes = new ArrayList<>(mods);
                    if (!joint.isEmpty()) {
                        suffixes.add("joint:" + joint.substring(1));
                    }
                    return new Generated(text, new UnSymbol(text, root, "C", null, null, UnSymbolParser.GENERAL,
                            String.valueOf(n), suffixes));
                });
    }

    @Property(tries = 2000)
    void grammaticalSymbolsDecomposeAsGeneratedAndRoundTrip(@ForAll("grammatical") Generated g) {
        UnSymbolResult result = UnSymbolParser.parse(g.text());

        assertThat(result.toSymbol()).contains(g.expected());
        assertThat(result.warnings()).isEmpty();
        assertThat(UnSymbolParser.parse(g.expected().symbol()).toSymbol()).contains(g.expected());
    }

    @Property(tries = 500)
    void spacingAndCaseVariantsNormaliseToTheCanonicalSymbol(@ForAll("grammatical") Generated g) {
        String lower = g.text().toLowerCase(java.util.Locale.ROOT);
        String spaced = g.text().replace("(", " (").replaceAll("-(?=[A-Z]+/)", " \u2013 ").replace(" A-B", " A\u2013B");

        assertThat(UnSymbolParser.parse(lower).toSymbol().map(UnSymbol::symbol)).contains(g.expected().symbol());
        assertThat(UnSymbolParser.parse(spaced).toSymbol().map(UnSymbol::symbol)).contains(g.expected().symbol());
        assertThat(UnSymbolParser.parse("  " + g.text() + "  ").toSymbol()).contains(g.expected());
    }

    // ---- linear work ------------------------------------------------------------------------------------

    private static long recogniserReads(String unit, int length) {
        StringBuilder b = new StringBuilder(length + unit.length());
        while (b.length() < length) {
            b.append(unit);
        }
        CountingCharSequence text = new CountingCharSequence(b.substring(0, length));
        UnReferenceRecognizer.recognize(text);
        return text.reads();
    }

    private static long parserReads(String unit, int length) {
        StringBuilder b = new StringBuilder(length + unit.length());
        while (b.length() < length) {
            b.append(unit);
        }
        CountingCharSequence text = new CountingCharSequence(b.substring(0, length));
        UnSymbolParser.parse(text);
        return text.reads();
    }

    /** Units that once broke linearity or the stack: list continuations, folded repeats, long slash runs. */
    private static final List<String> HARD_UNITS = List.of("Security Council resolutions 1 (2000), ",
            "resolutions 1 (2000), ", "UN Doc A/", "A/", "A/1/", "S/RES/1 (", "((((", "A/1-", "A/1 - ",
            "United Nations Treaty Series, 1 ", "1 UNTS ", "General Assembly resolution 1/1 ", "A/RES/1 A ",
            "UN Doc A/1)))))", "A/1/Add.1/", "S/PV.1, 1 January 2000, ", "https://undocs.org/en/A/", "UN Doc A / 1 / ");

    @Provide
    Arbitrary<String> hostileUnits() {
        return Arbitraries.oneOf(hostile(), Arbitraries.of(HARD_UNITS));
    }

    /**
     * Repeating a hostile unit to 2,000 and to 16,000 characters multiplies the characters the recogniser
     * reads by about 8 (not 64, as a quadratic scan would), and never more than a fixed number per character.
     */
    @Property(tries = 50)
    void recogniserWorkIsLinearInTheTextLength(@ForAll("hostileUnits") String unit) {
        if (unit.isEmpty()) {
            return;
        }
        long small = recogniserReads(unit, 2_000);
        long large = recogniserReads(unit, 16_000);

        assertThat(large).as("reads per character").isLessThanOrEqualTo(200L * 16_000);
        assertThat((double) large / Math.max(small, 1)).as("growth for 8x the text").isLessThanOrEqualTo(10.0);
    }

    /** The parser reads its input once; text beyond {@link UnSymbolParser#MAX_LENGTH} is refused unread. */
    @Property(tries = 100)
    void parserWorkIsLinearInTheInputLength(@ForAll("hostile") String unit, @ForAll @IntRange(min = 1, max = 50_000) int length) {
        if (unit.isEmpty()) {
            return;
        }
        assertThat(parserReads(unit, length)).isLessThanOrEqualTo(2L * length);
    }
}
