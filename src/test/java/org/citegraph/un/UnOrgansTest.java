package org.citegraph.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citegraph.model.UnSymbol;
import org.junit.jupiter.api.Test;

/** Organ names and Wikidata items, undocs links, meeting and session facts, joint and parent symbols. */
class UnOrgansTest {

    private static UnSymbol sym(String text) {
        return UnSymbolParser.parse(text).toSymbol().orElseThrow();
    }

    @Test
    void givesOnlyTheWikidataItemsOfTheDesignNote() {
        assertThat(UnOrgans.lookup("A").orElseThrow().wikidataId()).isEqualTo("Q47423");
        assertThat(UnOrgans.lookup("S").orElseThrow().wikidataId()).isEqualTo("Q37470");
        assertThat(UnOrgans.lookup("E").orElseThrow().wikidataId()).isEqualTo("Q170075");
        assertThat(UnOrgans.lookup("ST").orElseThrow().wikidataId()).isEqualTo("Q220563");
        assertThat(UnOrgans.lookup("A/HRC").orElseThrow().wikidataIri())
                .contains("http://www.wikidata.org/entity/Q205650");
        assertThat(UnOrgans.UNITED_NATIONS.wikidataId()).isEqualTo("Q1065");
        assertThat(UnOrgans.all()).filteredOn(o -> o.wikidataId() != null).extracting(UnOrgan::wikidataId)
                .containsExactlyInAnyOrder("Q47423", "Q37470", "Q170075", "Q220563", "Q205650");
    }

    @Test
    void namesOrgansAndBodies() {
        assertThat(UnOrgans.lookup("A").orElseThrow().name()).isEqualTo("General Assembly");
        assertThat(UnOrgans.lookup("A/C.4").orElseThrow().parentSeries()).isEqualTo("A");
        assertThat(UnOrgans.lookup("E/CN.4").orElseThrow().name()).isEqualTo("Commission on Human Rights");
        assertThat(UnOrgans.lookup("CCPR/C").orElseThrow().name()).isEqualTo("Human Rights Committee");
        assertThat(UnOrgans.lookup("XYZ")).isEmpty();
        assertThat(UnOrgans.lookup(null)).isEmpty();
        assertThat(UnOrgans.isKnownRoot("S")).isTrue();
        assertThat(UnOrgans.isKnownRoot("A/HRC")).isFalse();
        assertThat(UnOrgans.rootCodes()).contains("A", "S", "E", "ST", "T", "CCPR", "CAT");
    }

    @Test
    void followsTheBodyChainOfASymbol() {
        assertThat(UnOrgans.seriesChain(sym("A/C.4/66/SR.10"))).containsExactly("A", "A/C.4");
        assertThat(UnOrgans.seriesChain(sym("ST/SG/AC.10/11/Rev.5/Amend.1")))
                .containsExactly("ST", "ST/SG", "ST/SG/AC.10");
        assertThat(UnOrgans.seriesChain(sym("A/HRC/WG.6/30/ARM/1"))).containsExactly("A", "A/HRC", "A/HRC/WG.6");
        assertThat(UnOrgans.seriesChain(sym("CCPR/C/21/Rev.1/Add.13"))).containsExactly("CCPR", "CCPR/C");
        assertThat(UnOrgans.issuerSeries(sym("A/CONF.232/2023/4"))).isEqualTo("A/CONF.232");
        assertThat(UnOrgans.issuer(sym("A/AC.123/4")).orElseThrow().series()).isEqualTo("A");
        assertThat(UnOrgans.issuer(sym("E/CN.4/Sub.2/1998/13")).orElseThrow().series()).isEqualTo("E/CN.4/Sub.2");
    }

    @Test
    void linksToUndocsInEveryOfficialLanguage() {
        UnSymbol pv = sym("A/48/PV.6");
        assertThat(UnLinks.undocs(pv)).isEqualTo("https://undocs.org/A/48/PV.6");
        assertThat(UnLinks.undocs(pv, "en")).isEqualTo("https://undocs.org/en/A/48/PV.6");
        assertThat(UnLinks.undocsLanguageVersions(pv)).containsOnlyKeys("ar", "zh", "en", "fr", "ru", "es")
                .containsEntry("fr", "https://undocs.org/fr/A/48/PV.6");
        assertThat(UnLinks.undocs(sym("A/RES/69/274 A"))).isEqualTo("https://undocs.org/A/RES/69/274%20A");
        assertThat(UnLinks.undocs(sym("S/RES/2334(2016)"))).isEqualTo("https://undocs.org/S/RES/2334(2016)");
        assertThat(UnLinks.undocs(sym("A/47/277-S/24111"), "es")).isEqualTo("https://undocs.org/es/A/47/277");
        assertThat(UnLinks.odsPdf(sym("A/RES/69/274 A"), "en")).isEqualTo(
                "https://documents.un.org/api/symbol/access?s=A%2FRES%2F69%2F274%20A&l=en&t=pdf");
        assertThatThrownBy(() -> UnLinks.undocs(pv, "de")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("de");
    }

    @Test
    void readsMeetingsOfVerbatimAndSummaryRecords() {
        assertThat(UnMeetings.meetingOf(sym("A/48/PV.6"))).contains(new UnMeeting("A", "48", 6, null));
        assertThat(UnMeetings.meetingOf(sym("A/48/PV.6")).orElseThrow().key()).isEqualTo("A/48/6");
        assertThat(UnMeetings.meetingOf(sym("S/PV.7796")).orElseThrow().key()).isEqualTo("S/7796");
        assertThat(UnMeetings.meetingOf(sym("A/C.4/66/SR.10")).orElseThrow().key()).isEqualTo("A/C.4/66/10");
        assertThat(UnMeetings.meetingOf(sym("S/PV.6201(Resumption1)"))).contains(new UnMeeting("S", null, 6201, 1));
        assertThat(UnMeetings.meetingOf(sym("E/2019/SR.12")).orElseThrow().key()).isEqualTo("E/2019/12");
        assertThat(UnMeetings.meetingOf(sym("A/RES/48/237"))).isEmpty();
    }

    @Test
    void readsSessions() {
        assertThat(UnMeetings.sessionOf(sym("A/48/PV.6"))).contains(new UnSession("A", "48", "A/48"));
        assertThat(UnMeetings.sessionOf(sym("A/C.4/66/SR.10")).orElseThrow().key()).isEqualTo("A/66");
        assertThat(UnMeetings.sessionOf(sym("A/RES/217(III)"))).contains(new UnSession("A", "III", "A/3"));
        assertThat(UnMeetings.sessionOf(sym("A/RES/3201(S-VI)")).orElseThrow().key()).isEqualTo("A/S-6");
        assertThat(UnMeetings.sessionOf(sym("A/RES/ES-8/2")).orElseThrow().key()).isEqualTo("A/ES-8");
        assertThat(UnMeetings.sessionOf(sym("A/HRC/6/22")).orElseThrow().key()).isEqualTo("A/HRC/6");
        assertThat(UnMeetings.sessionOf(sym("E/1994/24")).orElseThrow().key()).isEqualTo("E/1994");
        assertThat(UnMeetings.sessionOf(sym("S/2016/867"))).isEmpty();
        assertThat(UnMeetings.sessionOf(sym("ST/AI/2001/5"))).isEmpty();
    }

    @Test
    void splitsJointSymbolsAndFindsParents() {
        assertThat(UnSymbols.components(sym("A/47/277-S/24111"))).extracting(UnSymbol::symbol)
                .containsExactly("A/47/277", "S/24111");
        assertThat(UnSymbols.components(sym("E/1994/24-E/CN.4/1994/132")).get(1).body()).isEqualTo("CN.4");
        assertThat(UnSymbols.components(sym("A/52/1"))).extracting(UnSymbol::symbol).containsExactly("A/52/1");

        assertThat(UnSymbols.parent(sym("A/60/50/Corr.1")).orElseThrow().symbol()).isEqualTo("A/60/50");
        assertThat(UnSymbols.relationToParent(sym("A/60/50/Corr.1"))).contains(UnSymbols.Relation.CORRIGENDUM);
        assertThat(UnSymbols.parent(sym("S/INF/19/Rev.1/Add.1")).orElseThrow().symbol()).isEqualTo("S/INF/19/Rev.1");
        assertThat(UnSymbols.relationToParent(sym("S/INF/19/Rev.1/Add.1"))).contains(UnSymbols.Relation.ADDENDUM);
        assertThat(UnSymbols.parent(sym("A/RES/69/274 A")).orElseThrow().symbol()).isEqualTo("A/RES/69/274");
        assertThat(UnSymbols.parent(sym("A/RES/217 A(III)")).orElseThrow().symbol()).isEqualTo("A/RES/217(III)");
        assertThat(UnSymbols.relationToParent(sym("A/RES/69/274 A"))).contains(UnSymbols.Relation.PART);
        assertThat(UnSymbols.parent(sym("S/PV.6201(Resumption1)")).orElseThrow().symbol()).isEqualTo("S/PV.6201");
        assertThat(UnSymbols.relationToParent(sym("S/PV.6201(Resumption1)"))).contains(UnSymbols.Relation.RESUMPTION);
        assertThat(UnSymbols.parent(sym("ST/SG/AC.10/11/Rev.5/Amend.1")).orElseThrow().symbol())
                .isEqualTo("ST/SG/AC.10/11/Rev.5");
        assertThat(UnSymbols.parent(sym("A/52/1"))).isEmpty();
        assertThat(UnSymbols.parent(sym("A/47/277-S/24111"))).isEmpty();
    }
}
