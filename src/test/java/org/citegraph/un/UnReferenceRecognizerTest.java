package org.citegraph.un;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each citation style of UN documents, resolutions and the Treaty Series, with positions and dates. */
class UnReferenceRecognizerTest {

    private static UnReference only(String text) {
        List<UnReference> refs = UnReferenceRecognizer.recognize(text);
        assertThat(refs).as("references in %s", text).hasSize(1);
        return refs.get(0);
    }

    private static List<String> symbols(String text) {
        return UnReferenceRecognizer.recognize(text).stream()
                .map(r -> r.symbol() != null ? r.symbol().symbol() : "?" + r.unparsedSymbol()).toList();
    }

    /** text | style | symbol | ISO date ('-' for none) | text the reference spans. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", value = {
        "UN Doc A/48/PV.6, 28 September 1993, p. 15. | DOCUMENT_CITATION | A/48/PV.6 | 1993-09-28 | UN Doc A/48/PV.6",
        "UN doc. S/2016/867, 14 October 2016. | DOCUMENT_CITATION | S/2016/867 | 2016-10-14 | UN doc. S/2016/867",
        "U.N. Doc. A/RES/73/331 (July 25, 2019). | DOCUMENT_CITATION | A/RES/73/331 | 2019-07-25 | U.N. Doc. A/RES/73/331",
        "see doc. no. S/PRST/2015/19 of 30 October 2015 | DOCUMENT_CITATION | S/PRST/2015/19 | 2015-10-30 | doc. no. S/PRST/2015/19",
        "UN Document E/CN.4/1998/53/Add.2. | DOCUMENT_CITATION | E/CN.4/1998/53/Add.2 | - | UN Document E/CN.4/1998/53/Add.2",
        "U.N. Doc. A/CONF.183/9 (1998) | DOCUMENT_CITATION | A/CONF.183/9 | - | U.N. Doc. A/CONF.183/9",
        "U.N. Doc. A/CONF.183/9 (17 July 1998) | DOCUMENT_CITATION | A/CONF.183/9 | 1998-07-17 | U.N. Doc. A/CONF.183/9",
        "S/PV.7796, p. 10. | BARE_SYMBOL | S/PV.7796 | - | S/PV.7796",
        "A/73/PV.101, p. 15. | BARE_SYMBOL | A/73/PV.101 | - | A/73/PV.101",
        "S/RES/2334 (2016), 23 December 2016 | BARE_SYMBOL | S/RES/2334(2016) | 2016-12-23 | S/RES/2334 (2016)",
        "An Agenda for Peace, A/47/277 – S/24111, 17 June 1992. | BARE_SYMBOL | A/47/277-S/24111 | 1992-06-17 | A/47/277 – S/24111",
        "A/RES/69/274 A, 2 April 2015 | BARE_SYMBOL | A/RES/69/274 A | 2015-04-02 | A/RES/69/274 A",
        "A/RES/377 A (V), 3 November 1950 | BARE_SYMBOL | A/RES/377 A(V) | 1950-11-03 | A/RES/377 A (V)",
        "S/PV.6201 (Resumption 1) | BARE_SYMBOL | S/PV.6201(Resumption1) | - | S/PV.6201 (Resumption 1)",
        "Supplement No. 49 (A/50/49). | BARE_SYMBOL | A/50/49 | - | A/50/49",
        "available at: {https://undocs.org/en/A/RES/73/331}. | LINK | A/RES/73/331 | - | https://undocs.org/en/A/RES/73/331",
        "SC Res. 713 (1991), 25 September 1991. | RESOLUTION_NUMBER | S/RES/713(1991) | 1991-09-25 | SC Res. 713 (1991)",
        "GA Res. 73/331 | RESOLUTION_NUMBER | A/RES/73/331 | - | GA Res. 73/331",
        "Security Council, Resolution 2014 (2011), 21 October 2011. | RESOLUTION_NUMBER | S/RES/2014(2011) | 2011-10-21"
                + " | \"Security Council, Resolution 2014 (2011)\"",
        "General Assembly resolution 217 A (III) of 10 December 1948 | RESOLUTION_NUMBER | A/RES/217 A(III) | 1948-12-10"
                + " | General Assembly resolution 217 A (III)",
        "G.A. Res. 2625 (XXV), 24 October 1970 | RESOLUTION_NUMBER | A/RES/2625(XXV) | 1970-10-24 | G.A. Res. 2625 (XXV)",
        "UNGA Res. ES-11/1 | RESOLUTION_NUMBER | A/RES/ES-11/1 | - | UNGA Res. ES-11/1",
        "Council resolution 1296 (XLIV) of 23 May 1968 | RESOLUTION_NUMBER | E/RES/1296(XLIV) | 1968-05-23"
                + " | Council resolution 1296 (XLIV)",
        "ECOSOC Res. 1996/31, 25 July 1996 | RESOLUTION_NUMBER | E/RES/1996/31 | 1996-07-25 | ECOSOC Res. 1996/31",
        "E.S.C. Res. 1996/31 | RESOLUTION_NUMBER | E/RES/1996/31 | - | E.S.C. Res. 1996/31",
        "HRC Res. 5/1 | RESOLUTION_NUMBER | A/HRC/RES/5/1 | - | HRC Res. 5/1",
        "Commission on Human Rights resolution 2005/69 | RESOLUTION_NUMBER | E/CN.4/RES/2005/69 | -"
                + " | Commission on Human Rights resolution 2005/69",
        "UNSCR 1325 (2000) | RESOLUTION_NUMBER | S/RES/1325(2000) | - | UNSCR 1325 (2000)",
    })
    void recognisesEachCitationStyle(String text, UnReference.Style style, String symbol, String date, String span) {
        UnReference ref = only(text);

        assertThat(ref.style()).isEqualTo(style);
        assertThat(ref.symbol().symbol()).isEqualTo(symbol);
        assertThat(ref.date()).isEqualTo(date);
        assertThat(ref.text()).isEqualTo(span);
        assertThat(text.substring(ref.start(), ref.end())).isEqualTo(span);
        assertThat(ref.extentEnd()).isGreaterThanOrEqualTo(ref.end());
    }

    @Test
    void keepsTheWrittenDateAndItsExtent() {
        String text = "UN Doc A/48/PV.6, 28 September 1993, p. 15.";
        UnReference ref = only(text);

        assertThat(ref.dateText()).isEqualTo("28 September 1993");
        assertThat(text.substring(ref.extentEnd())).isEqualTo(", p. 15.");
    }

    @Test
    void readsTreatySeriesReferences() {
        UnReference longForm = only("UN, ‘Agreement on the peacekeeping activities of the Collective Security Treaty"
                + " Organization’, United Nations Treaty Series, 2632 (2009), pp. 29–50.");
        assertThat(longForm.style()).isEqualTo(UnReference.Style.TREATY_SERIES);
        assertThat(longForm.treatySeries()).isEqualTo(new UntsReference(2632, 29, 50, 2009, null));
        assertThat(longForm.text()).isEqualTo("United Nations Treaty Series, 2632 (2009), pp. 29–50");

        assertThat(only("2632 UNTS 29").treatySeries()).isEqualTo(new UntsReference(2632, 29, null, null, null));
        assertThat(only("1155 U.N.T.S. 331, 332").treatySeries()).isEqualTo(new UntsReference(1155, 331, null, null, null));
        assertThat(only("United Nations, Treaty Series, vol. 1155, No. 18232, p. 331.").treatySeries())
                .isEqualTo(new UntsReference(1155, 331, null, null, "18232"));
        assertThat(only("UNTS, vol. 999, pp. 171–86").treatySeries()).isEqualTo(new UntsReference(999, 171, 186, null, null));
    }

    @Test
    void findsADepositaryNotificationWithTheWordsThatNameIt() {
        String text = "see Depositary Notification C.N.412.2019.TREATIES-IV.4, 14 August 2019.";
        List<UnReference> refs = UnReferenceRecognizer.recognize(text);
        assertThat(refs).hasSize(1);
        UnReference notification = refs.get(0);
        assertThat(notification.symbol().symbol()).isEqualTo("C.N.412.2019.TREATIES-IV.4");
        assertThat(notification.start()).isEqualTo(text.indexOf("Depositary"));
        assertThat(notification.date()).isEqualTo("2019-08-14");
        assertThat(UnReferenceRecognizer.recognize("the TREATIES section, C.N. of old")).isEmpty();
    }

    @Test
    void aDocumentCuedByAnotherOrganisationIsNoUnDocument() {
        assertThat(UnReferenceRecognizer.recognize("Charter, June 27, 1981, OAU Doc. CAB/LEG/67/3 rev. 5.")).isEmpty();
        assertThat(UnReferenceRecognizer.recognize("Report, OAS Doc. OEA/Ser.L/V/II.116, doc. 5.")).isEmpty();
        assertThat(UnReferenceRecognizer.recognize("Report, U.N. Doc. A/73/331 (2018).")).hasSize(1);
        assertThat(UnReferenceRecognizer.recognize("GAOAU Doc. A/73/331")).as("a longer word is no such organisation").hasSize(1);
    }

    @Test
    void needsTheSecurityCouncilContextForAResolutionCitedWithoutItsOrgan() {
        String text = "Resolution 2014 (2011), 21 October 2011.";

        assertThat(UnReferenceRecognizer.recognize(text)).isEmpty();
        UnReference withContext = UnReferenceRecognizer.recognize(text, "S").get(0);
        assertThat(withContext.symbol().symbol()).isEqualTo("S/RES/2014(2011)");
        assertThat(withContext.date()).isEqualTo("2011-10-21");
        assertThat(withContext.warnings()).anySatisfy(w -> assertThat(w).contains("Security Council"));

        assertThat(symbols("The Security Council met. In resolution 2014 (2011) it demanded ..."))
                .containsExactly("S/RES/2014(2011)");
        assertThat(symbols("See resolution 48/237 of the General Assembly.")).containsExactly("A/RES/48/237");
    }

    @Test
    void prefersTheOrganNamedInTheTextOverTheCallersContext() {
        assertThat(UnReferenceRecognizer.recognize("General Assembly, resolution 48/237", "S"))
                .extracting(r -> r.symbol().symbol()).containsExactly("A/RES/48/237");
        assertThat(UnReferenceRecognizer.recognize("resolution 48/237", "A"))
                .extracting(r -> r.symbol().symbol()).containsExactly("A/RES/48/237");
    }

    @Test
    void readsACouncilResolutionByItsNumberingOrContext() {
        assertThat(symbols("the Council's resolution 1296 (XLIV)")).containsExactly("E/RES/1296(XLIV)");
        assertThat(symbols("Council resolution 2014 (2011)")).containsExactly("S/RES/2014(2011)");
        assertThat(symbols("Council resolution 5/1")).isEmpty();
        assertThat(UnReferenceRecognizer.recognize("Council resolution 5/1", "A/HRC"))
                .extracting(r -> r.symbol().symbol()).containsExactly("A/HRC/RES/5/1");
    }

    @Test
    void readsListsOfResolutions() {
        assertThat(symbols("See Security Council resolutions 1325 (2000), 1820 (2008) and 1888 (2009)."))
                .containsExactly("S/RES/1325(2000)", "S/RES/1820(2008)", "S/RES/1888(2009)");
        assertThat(symbols("GA Res. 73/331, 25 July 2019")).containsExactly("A/RES/73/331");
    }

    @Test
    void takesAnSCResolutionYearFromTheDateThatFollowsItsNumber() {
        UnReference ref = only("S.C. Res. 713 (Sept. 25, 1991).");

        assertThat(ref.symbol().symbol()).isEqualTo("S/RES/713(1991)");
        assertThat(ref.date()).isEqualTo("1991-09-25");
        assertThat(ref.warnings()).anySatisfy(w -> assertThat(w).contains("taken from the date"));
    }

    @Test
    void keepsAWrittenSymbolAsWritten() {
        UnReference ref = only("U.N. Doc. S/RES/713 (Sept. 25, 1991).");

        assertThat(ref.symbol().symbol()).isEqualTo("S/RES/713");
        assertThat(ref.date()).isEqualTo("1991-09-25");
        assertThat(ref.warnings()).isEmpty();
    }

    @Test
    void foldsAnImmediateRestatementOfTheSameDocument() {
        String text = "S.C. Res. 713, ¶ 6, U.N. Doc. S/RES/713 (Sept. 25, 1991); S/PV.3009.";
        List<UnReference> refs = UnReferenceRecognizer.recognize(text);

        // the restatement writes the symbol out, so it stands as written
        assertThat(refs).extracting(r -> r.symbol().symbol()).containsExactly("S/RES/713", "S/PV.3009");
        assertThat(refs.get(0).text()).isEqualTo("S.C. Res. 713");
        assertThat(refs.get(0).date()).isEqualTo("1991-09-25");
        assertThat(text.substring(refs.get(0).extentEnd())).startsWith("; S/PV.3009");
    }

    @Test
    void keepsRepeatedCitationsSeparatedByASemicolon() {
        assertThat(symbols("S/PV.7796, p. 10; S/PV.7796, p. 11.")).containsExactly("S/PV.7796", "S/PV.7796");
    }

    @Test
    void normalisesMistypedSymbolsWithAWarning() {
        UnReference ref = only("UN Doc A/Res/61/295, 13 September 2007");

        assertThat(ref.symbol().symbol()).isEqualTo("A/RES/61/295");
        assertThat(ref.warnings()).anySatisfy(w -> assertThat(w).contains("'Res' -> 'RES'"));
        assertThat(ref.date()).isEqualTo("2007-09-13");
    }

    @Test
    void keepsAnUnreadableCitedSymbolAsUnparsed() {
        UnReference ref = only("UN Doc S/RES/212423, 2015.");

        assertThat(ref.isUnparsed()).isTrue();
        assertThat(ref.unparsedSymbol()).isEqualTo("S/RES/212423");
        assertThat(ref.warnings()).anySatisfy(w -> assertThat(w).contains("ambiguous"));
    }

    @Test
    void keepsAnExplicitlyCuedResolutionInAnUnusedNumbering() {
        UnReference ref = only("SC Res. 48/237");

        assertThat(ref.isUnparsed()).isTrue();
        assertThat(ref.warnings()).anySatisfy(w -> assertThat(w).contains("Security Council"));
    }

    @Test
    void ignoresSlashAbbreviationsAndFractions() {
        assertThat(UnReferenceRecognizer.recognize("TCP/IP and A/B testing, E/2 ratio, ISO/IEC 27001, 3/4 of states,"
                + " the resolution was adopted, pp. 29/30")).isEmpty();
        assertThat(UnReferenceRecognizer.recognize("")).isEmpty();
        assertThat(UnReferenceRecognizer.recognize("A/)")).isEmpty();
        assertThat(UnReferenceRecognizer.recognize("UN Doc A/). A/1 - S/).")).isEmpty();
        assertThat(UnReferenceRecognizer.recognize(null)).isEmpty();
    }

    @Test
    void findsTheUnNotesOfTheSampleArticle() throws IOException {
        Pattern note = Pattern.compile("^(\\d+) (.*)$");
        Map<Integer, List<String>> found = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("examples/hadano-2023.txt"))) {
            Matcher m = note.matcher(line);
            if (m.matches()) {
                List<UnReference> refs = UnReferenceRecognizer.recognize(m.group(2));
                if (!refs.isEmpty()) {
                    found.put(Integer.valueOf(m.group(1)), refs.stream().map(r -> r.symbol() != null
                            ? r.symbol().symbol() : "UNTS " + r.treatySeries().volume()).toList());
                }
            }
        }

        assertThat(found.keySet()).containsExactly(83, 93, 110, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123,
                124, 125, 140, 141, 142);
        assertThat(found.get(83)).containsExactly("A/48/PV.6");
        assertThat(found.get(110)).containsExactly("UNTS 2632");
        assertThat(found.get(125)).containsExactly("A/73/PV.101");
    }
}
