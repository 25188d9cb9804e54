package org.citegraph.un;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.citegraph.model.UnSymbol;

/** The IMO's resolution symbols, read beside the UN's grammar. */
class ImoSymbolsTest {

    @Test
    void aCommitteesResolutionNamesTheBodySessionAndNumber() {
        UnSymbol s = UnSymbolParser.parse("MEPC.264(68)").toSymbol().orElseThrow();
        assertThat(s.organ()).isEqualTo("IMO");
        assertThat(s.body()).isEqualTo("MEPC");
        assertThat(s.session()).isEqualTo("68");
        assertThat(s.docType()).isEqualTo("RES");
        assertThat(s.number()).isEqualTo("264");
        assertThat(UnOrgans.issuer(s)).hasValueSatisfying(o -> assertThat(o.name()).isEqualTo("Marine Environment Protection Committee"));
        assertThat(UnLinks.page(s)).isEmpty();
        assertThat(UnLinks.languageVersions(s)).isEmpty();
    }

    @Test
    void theAssemblysResolutionAndOtherShapes() {
        assertThat(ImoSymbols.parse("A.1110(30)")).hasValueSatisfying(s -> assertThat(s.body()).isEqualTo("A"));
        assertThat(ImoSymbols.parse("A/RES/30/1")).isEmpty();
        assertThat(ImoSymbols.parse("MEPC.264")).isEmpty();
    }

    @Test
    void theRecognizerFindsThemAfterResolutionOnly() {
        assertThat(UnReferenceRecognizer.recognize("IMO, Resolution MEPC.264(68), Polar Code"))
                .extracting(r -> r.symbol().symbol()).containsExactly("MEPC.264(68)");
        assertThat(UnReferenceRecognizer.recognize("the MEPC.264(68) text")).isEmpty();
    }
}
