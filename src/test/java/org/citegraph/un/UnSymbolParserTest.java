package org.citegraph.un;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.citegraph.model.UnSymbol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The grammar beyond the examples file, spacing and case variants, and every mistyped-symbol rule. */
class UnSymbolParserTest {

    private static UnSymbol parsed(String text) {
        UnSymbolResult result = UnSymbolParser.parse(text);
        assertThat(result).as("parse of %s", text).isInstanceOf(UnSymbolResult.Parsed.class);
        return result.toSymbol().orElseThrow();
    }

    private static UnSymbolResult.Unparsed unparsed(String text) {
        UnSymbolResult result = UnSymbolParser.parse(text);
        assertThat(result).as("parse of %s", text).isInstanceOf(UnSymbolResult.Unparsed.class);
        return (UnSymbolResult.Unparsed) result;
    }

    /** symbol | organ | body | session | year | docType | number | suffixes (';'-separated). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "A/RES/S-13/2 | A | - | S-13 | - | RES | 2 | ",
        "A/RES/ES-10/19 | A | - | ES-10 | - | RES | 19 | ",
        "A/ES-10/273 | A | - | ES-10 | - | general | 273 | ",
        "A/RES/1004(ES-II) | A | - | ES-II | - | RES | 1004 | ",
        "A/RES/377 A(V) | A | - | V | - | RES | 377 | A",
        "A/RES/70/93 A-B | A | - | 70 | - | RES | 93 | A-B",
        "A/59/2005/Add.3 | A | - | 59 | - | general | 2005 | Add.3",
        "A/54/L.74/Add.1 | A | - | 54 | - | L | 74 | Add.1",
        "A/HRC/RES/5/1 | A | HRC | 5 | - | RES | 1 | ",
        "A/HRC/RES/S-1/1 | A | HRC | S-1 | - | RES | 1 | ",
        "A/INF/73/5 | A | - | 73 | - | INF | 5 | ",
        "S/PRST/1994/62 | S | - | - | 1994 | PRST | 62 | ",
        "S/96/Rev.7 | S | - | - | - | general | 96 | Rev.7",
        "S/1950 | S | - | - | - | general | 1950 | ",
        "S/PV.4253(Resumption1) | S | - | - | - | PV | 4253 | (Resumption1)",
        "A/50/PV.40(PartI) | A | - | 50 | - | PV | 40 | (PartI)",
        "A/PV.1976 | A | - | - | - | PV | 1976 | ",
        "E/2019/SR.12 | E | - | - | 2019 | SR | 12 | ",
        "E/C.19/2023/6 | E | C.19 | - | 2023 | general | 6 | ",
        "E/CN.4/Sub.2/1998/13 | E | CN.4/Sub.2 | - | 1998 | general | 13 | ",
        "E/CN.4/2005/L.10/Add.17 | E | CN.4 | - | 2005 | L | 10 | Add.17",
        "ST/SGB/2003/13 | ST | - | - | 2003 | SGB | 13 | ",
        "ST/LIB/SER.B/5/Rev.5 | ST | LIB | - | - | SER.B | 5 | Rev.5",
        "CRC/C/15/Add.233 | CRC | C | - | - | general | 15 | Add.233",
        "A/AC.105/C.1/L.300 | A | AC.105/C.1 | - | - | L | 300 | ",
        "ECE/TRANS/WP.29/2023/5 | ECE | TRANS/WP.29 | - | 2023 | general | 5 | ",
        "UNEP/OzL.Pro.31/9 | UNEP | OzL.Pro.31 | - | - | general | 9 | ",
        "ICCD/COP(14)/11 | ICCD | COP(14) | - | - | general | 11 | ",
        "A/55/305-S/2000/809 | A | - | 55 | - | general | 305 | joint:S/2000/809",
        "E/ECE/324/Rev.2/Add.12/Rev.8/Amend.1-E/ECE/TRANS/505/Rev.2/Add.12/Rev.8/Amend.1 | E | ECE | - | - | general | 324"
                + " | Rev.2;Add.12;Rev.8;Amend.1;joint:E/ECE/TRANS/505/Rev.2/Add.12/Rev.8/Amend.1",
        "T/RES/1(I) | T | - | I | - | RES | 1 | ",
        "HRI/GEN/1/Rev.9(Vol. I) | HRI | GEN | - | - | general | 1 | Rev.9;(Vol. I)",
        "A/59/10(SUPP) | A | - | 59 | - | general | 10 | (SUPP)",
    })
    void decomposesTheWholeGrammar(String symbol, String organ, String body, String session, Integer year,
                                   String docType, String number, String suffixes) {
        UnSymbol s = parsed(symbol);

        assertThat(s.symbol()).isEqualTo(symbol);
        assertThat(s.organ()).isEqualTo(organ);
        assertThat(s.body()).isEqualTo(body);
        assertThat(s.session()).isEqualTo(session);
        assertThat(s.year()).isEqualTo(year);
        assertThat(s.docType()).isEqualTo(docType);
        assertThat(s.number()).isEqualTo(number);
        assertThat(s.suffixes()).isEqualTo(suffixes == null ? List.of() : List.of(suffixes.split(";")));
        assertThat(UnSymbolParser.parse(symbol).warnings()).isEmpty();
    }

    /** Documented spacing and case variants (design §1.6): normalised silently. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "S/RES/2334 (2016) | S/RES/2334(2016)",
        "S/RES/2334 ( 2016 ) | S/RES/2334(2016)",
        "A/RES/217 A (III) | A/RES/217 A(III)",
        "A/RES/217(III)[A] | A/RES/217(III) A",
        "S/PV.6201 (Resumption 1) | S/PV.6201(Resumption1)",
        "A/50/PV.40 (Part I) | A/50/PV.40(PartI)",
        "A/54/L.74/ADD.1 | A/54/L.74/Add.1",
        "A/47/277 - S/24111 | A/47/277-S/24111",
        "A/47/277 \u2013 S/24111 | A/47/277-S/24111",
        "A/47/277\u2014S/24111 | A/47/277-S/24111",
        "  A/52/1  | A/52/1",
        "A/52/1\u00a0 | A/52/1",
        "https://undocs.org/en/A/RES/73/331 | A/RES/73/331",
        "https://undocs.org/A/RES/69/274%20A | A/RES/69/274 A",
    })
    void normalisesSpacingVariantsSilently(String given, String canonical) {
        UnSymbolResult result = UnSymbolParser.parse(given);

        assertThat(result.toSymbol().map(UnSymbol::symbol)).contains(canonical);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.input()).isEqualTo(given);
    }

    /** Mistyped but unambiguous: repaired, and the repair is reported. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "A/Res/61/295 | A/RES/61/295 | 'Res' -> 'RES'",
        "a/res/78/2 | A/RES/78/2 | lower case",
        "https://docs.un.org/en/a/res/78/2 | A/RES/78/2 | lower case",
        "A/hrc/6/22 | A/HRC/6/22 | 'hrc' -> 'HRC'",
        "e/res/1296(xliv) | E/RES/1296(XLIV) | lower case",
        "S/RES/2334/2016 | S/RES/2334(2016) | year in parentheses",
        "S/RES/2016/2334 | S/RES/2334(2016) | year in parentheses",
        "GA/RES/61/295 | A/RES/61/295 | 'GA/RES' read as 'A/RES'",
        "SC/RES/1373(2001) | S/RES/1373(2001) | 'SC/RES' read as 'S/RES'",
        "A\\RES\\61\\295 | A/RES/61/295 | backslash",
        "A / RES / 61 / 295 | A/RES/61/295 | spaces around '/'",
        "A//RES/60/251 | A/RES/60/251 | repeated '/'",
        "A/RES/60/251/ | A/RES/60/251 | trailing '/'",
        "A/52/1. | A/52/1 | trailing '.'",
        "A/48/PV6 | A/48/PV.6 | 'PV6' read as 'PV.6'",
        "A/48/PV 6 | A/48/PV.6 | 'PV 6' read as 'PV.6'",
        "S/PV. 7796 | S/PV.7796 | space after '.'",
        "A/60/50/Corr1 | A/60/50/Corr.1 | 'Corr1' read as 'Corr.1'",
        "A/C4/66/SR.10 | A/C.4/66/SR.10 | 'C4' read as 'C.4'",
        "A/RES/ES - 10/19 | A/RES/ES-10/19 | read as 'ES-10'",
        "S/RES/2334(2016 | S/RES/2334(2016) | missing ')'",
        "A/RES/60/1* | A/RES/60/1 | reissue mark",
        "UN Doc. A/48/PV.6 | A/48/PV.6 | prefix 'UN Doc.' removed",
    })
    void repairsMistypedSymbolsWithAWarning(String given, String canonical, String warning) {
        UnSymbolResult result = UnSymbolParser.parse(given);

        assertThat(result.toSymbol().map(UnSymbol::symbol)).contains(canonical);
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains(warning));
        assertThat(UnSymbolParser.parse(canonical).warnings()).as("canonical form is clean").isEmpty();
    }

    /** Ambiguous or malformed: reported as unparsed with the reason, never silently dropped or guessed. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "S/RES/212423 | at most four digits",
        "A/RES/61295 | A/RES/61/295",
        "A/RES/25/2625 | A/RES/2625(XXV)",
        "A/RES/S-6/3201 | A/RES/3201(S-VI)",
        "A/RES/ES-5/2 | A/RES/2(ES-V)",
        "S/RES/2124(23) | not a year",
        "S/RES/2334(2106) | not a year",
        "S/RES/2016/2015 | ambiguous",
        "A/RES/217(IIII) | Roman",
        "A/RES/6O/1 | '6O' is neither a number",
        "A/9601234 | 7 digits",
        "A/HRC | no document number",
        "S/PV | no document number",
        "TCP/IP | no document number",
        "hello world | no '/'",
        "A/RES/60/1(§3) | unexpected character '§'",
        "A/RES/60/1(1-2) | neither a year",
        "A/RES/Rev.1/60/1 | must come after",
        "A/B/1/2/3 | too many numeric",
        "1/2 | not an organ",
        "A/RES/60/1; S/PV.1 | unexpected character ';'",
    })
    void reportsAmbiguousOrMalformedTextAsUnparsed(String given, String reason) {
        UnSymbolResult.Unparsed result = unparsed(given);

        assertThat(result.error()).contains(reason);
        assertThat(result.input()).isEqualTo(given);
    }

    @Test
    void reportsEmptyAndOverlongInput() {
        assertThat(unparsed("").error()).contains("empty");
        assertThat(unparsed("   ").error()).contains("empty");
        assertThat(UnSymbolParser.parse(null).isParsed()).isFalse();
        assertThat(unparsed("A/" + "1/".repeat(200)).error()).contains("too long");
    }

    @Test
    void namesTheFailingComponentOfAJointSymbol() {
        assertThat(unparsed("A/47/277-S/RES/212423").error()).startsWith("joint symbol 'S/RES/212423'");
    }

    @Test
    void keepsTheInputOrderOfAPartLetterAroundARomanSession() {
        assertThat(parsed("A/RES/217 A(III)").symbol()).isEqualTo("A/RES/217 A(III)");
        assertThat(parsed("A/RES/217(III) A").symbol()).isEqualTo("A/RES/217(III) A");
        assertThat(parsed("A/RES/217(III) A").suffixes()).containsExactly("A");
    }

    @Test
    void parsesAListInOrder() {
        List<UnSymbolResult> results = UnSymbolParser.parseAll(List.of("A/52/1", "nonsense", "S/PV.7796"));

        assertThat(results).extracting(UnSymbolResult::isParsed).containsExactly(true, false, true);
    }

    @Test
    void readsATreatyBodysViewsOnACommunication() {
        UnSymbol views = parsed("CCPR/C/120/D/2285/2013");
        assertThat(views.organ()).isEqualTo("CCPR");
        assertThat(views.body()).isEqualTo("C");
        assertThat(views.session()).isEqualTo("120");
        assertThat(views.docType()).isEqualTo("D");
        assertThat(views.number()).isEqualTo("2285");
        assertThat(views.year()).isEqualTo(2013);
        assertThat(parsed("CAT/C/65/D/818/2017").number()).isEqualTo("818");
    }

    @Test
    void readsADepositaryNotificationByItsDottedReference() {
        UnSymbol notification = parsed("C.N.412.2019.TREATIES-IV.4");
        assertThat(notification.symbol()).isEqualTo("C.N.412.2019.TREATIES-IV.4");
        assertThat(notification.organ()).as("issued by the Secretariat for the depositary").isEqualTo("ST");
        assertThat(notification.docType()).isEqualTo(UnSymbolParser.DEPOSITARY_NOTIFICATION_TYPE);
        assertThat(notification.number()).isEqualTo("412");
        assertThat(notification.year()).isEqualTo(2019);
        assertThat(parsed("C.N. 88.2020.TREATIES-XXVII.7.d").symbol()).isEqualTo("C.N.88.2020.TREATIES-XXVII.7.d");
        assertThat(UnSymbolParser.parse("C.N.412.1919.TREATIES-IV.4").isParsed()).as("before the UN").isFalse();
        assertThat(UnLinks.page(notification)).contains("https://treaties.un.org/doc/Publication/CN/2019/CN.412.2019-Eng.pdf");
        assertThat(UnLinks.languageVersions(notification)).containsOnlyKeys("en", "fr")
                .containsEntry("fr", "https://treaties.un.org/doc/Publication/CN/2019/CN.412.2019-Fre.pdf");
        assertThat(UnLinks.page(parsed("S/2016/867"))).contains("https://undocs.org/S/2016/867");
    }
}
