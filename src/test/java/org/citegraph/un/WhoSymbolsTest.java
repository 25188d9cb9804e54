package org.citegraph.un;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.citegraph.model.UnSymbol;

/** The WHO governing bodies' own symbol grammar, beside the UN's. */
class WhoSymbolsTest {

    private static UnSymbol parsed(String text) {
        UnSymbolResult result = UnSymbolParser.parse(text);
        assertThat(result).as("parse of %s", text).isInstanceOf(UnSymbolResult.Parsed.class);
        return result.toSymbol().orElseThrow();
    }

    /** text | canonical | organ | session | docType | number | suffixes (';'-separated). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "WHA77.17 | WHA77.17 | WHA | 77 | RES | 17 | ",
        "EB152.R3 | EB152.R3 | EB | 152 | RES | 3 | ",
        "WHA76(9) | WHA76(9) | WHA | 76 | DEC | 9 | ",
        "EB150(5) | EB150(5) | EB | 150 | DEC | 5 | ",
        "A77/10 | A77/10 | WHA | 77 | general | 10 | ",
        "EB152/12 | EB152/12 | EB | 152 | general | 12 | ",
        "A77/10 Add.1 | A77/10 Add.1 | WHA | 77 | general | 10 | Add.1",
        "A77/10/Add.1 | A77/10 Add.1 | WHA | 77 | general | 10 | Add.1",
        "A77/INF./2 | A77/INF./2 | WHA | 77 | INF | 2 | ",
    })
    void governingBodySymbols(String text, String canonical, String organ, String session, String docType, String number,
            String suffixes) {
        UnSymbol s = parsed(text);
        assertThat(s.symbol()).isEqualTo(canonical);
        assertThat(s.organ()).isEqualTo(organ);
        assertThat(s.body()).isNull();
        assertThat(s.session()).isEqualTo(session);
        assertThat(s.docType()).isEqualTo(docType);
        assertThat(s.number()).isEqualTo(number);
        assertThat(s.suffixes()).isEqualTo(suffixes == null ? List.of() : List.of(suffixes.split(";")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"WHA77.R3", "EB152.17", "WHA.17", "A/77/10", "A/RES/77/10"})
    void otherShapesAreNotWhoSymbols(String text) {
        assertThat(WhoSymbols.parse(text)).isEmpty();
    }

    @Test
    void theUnGrammarStillReadsTheAssemblysOwnSymbols() {
        assertThat(parsed("A/77/10").organ()).isEqualTo("A");
        assertThat(parsed("A/77/10").session()).isEqualTo("77");
    }

    @Test
    void organsAreNamedAndAnAddendumHasItsDocumentAsParent() {
        assertThat(UnOrgans.lookup("WHA")).hasValueSatisfying(o -> assertThat(o.name()).isEqualTo("World Health Assembly"));
        assertThat(UnOrgans.lookup("EB")).isPresent();
        assertThat(UnSymbols.parent(parsed("A77/10 Add.1"))).hasValueSatisfying(p -> assertThat(p.symbol()).isEqualTo("A77/10"));
    }

    @Test
    void linksAreTheGoverningBodiesFilesNeverUndocs() {
        assertThat(UnLinks.page(parsed("WHA77.17"))).contains("https://apps.who.int/gb/ebwha/pdf_files/WHA77/A77_R17-en.pdf");
        assertThat(UnLinks.page(parsed("EB152/12"))).contains("https://apps.who.int/gb/ebwha/pdf_files/EB152/B152_12-en.pdf");
        assertThat(UnLinks.page(parsed("EB152.R3"))).contains("https://apps.who.int/gb/ebwha/pdf_files/EB152/B152_R3-en.pdf");
        assertThat(UnLinks.page(parsed("WHA76(9)"))).isEmpty();
        assertThat(UnLinks.page(parsed("A77/10 Add.1"))).isEmpty();
        assertThat(UnLinks.languageVersions(parsed("A77/10"))).isEmpty();
    }

    @Test
    void theRecognizerFindsResolutionsAndCuedDocumentsInText() {
        List<UnReference> refs = UnReferenceRecognizer.recognize(
                "World Health Assembly, Resolution WHA77.17, June 1, 2024; WHO Doc. EB152/12, para. 3");
        assertThat(refs).extracting(r -> r.symbol().symbol()).containsExactly("WHA77.17", "EB152/12");
        assertThat(refs.get(0).start()).isEqualTo("World Health Assembly, ".length());
        assertThat(refs.get(1).start()).isEqualTo("World Health Assembly, Resolution WHA77.17, June 1, 2024; ".length());
    }
}
