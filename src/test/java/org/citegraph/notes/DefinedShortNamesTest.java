package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.notes.NotesAssertions.cite;
import static org.citegraph.notes.NotesAssertions.parse;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationRef;
import org.citegraph.model.CitationType;

/** Short names a citation defines for its work ("[hereinafter X]", "(X)") and the later citations that use them. */
class DefinedShortNamesTest {

    @Test
    void bluebookHereinafterIsCutOutAndNamesTheWorkLater() {
        Article a = parse(
                "Convention on Harbour Lights, Mar. 3, 1961, 612 U.N.T.S. 45 [hereinafter CHL].",
                "CHL art. 7.",
                "See CHL, supra note 1, art. 9.");
        Citation full = cite(a, 1, 0);
        assertThat(full.type()).isEqualTo(CitationType.TREATY);
        assertThat(full.fields().title()).isEqualTo("Convention on Harbour Lights");
        assertThat(full.fields().container()).isEqualTo("U.N.T.S.");
        assertThat(full.fields().volume()).isEqualTo("612");
        assertThat(full.fields().pages()).isEqualTo("45");
        assertThat(full.raw()).endsWith("[hereinafter CHL]");
        Citation byName = cite(a, 2, 0);
        assertThat(byName.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(byName.type()).isEqualTo(CitationType.TREATY);
        assertThat(byName.fields().title()).isEqualTo("CHL");
        assertThat(byName.pinpoint()).isEqualTo("art. 7");
        assertThat(cite(a, 3, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aBooksDefinedNameKeepsItsPinpointAndAuthor() {
        Article a = parse(
                "Inge Varga, The Law of Lighthouses 212 (2d ed. 2019) [hereinafter Varga, Lighthouses].",
                "Inge Varga, Coastal Duties 5 (2020).",
                "Varga, Lighthouses, at 230.");
        Citation full = cite(a, 1, 0);
        assertThat(full.fields().title()).isEqualTo("The Law of Lighthouses");
        assertThat(full.pinpoint()).isEqualTo("212");
        Citation later = cite(a, 3, 0);
        assertThat(later.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(later.fields().authors()).extracting(p -> p.displayName()).containsExactly("Varga");
        assertThat(later.fields().title()).isEqualTo("Lighthouses");
        assertThat(later.pinpoint()).isEqualTo("230");
    }

    @Test
    void oscolaBareNamesBeforeAndAfterThePinpoint() {
        Article a = parse(
                "Convention on the Status of Ferry Crews (adopted 2 May 1977, entered into force 1 June 1980) 1102 UNTS 88 (FCC) art 4.",
                "Protocol on Pilotage, 9 June 1982, 1290 UNTS 17 (1982 Pilotage Protocol).",
                "FCC art 6; 1982 Pilotage Protocol, art. 2.");
        Citation ferry = cite(a, 1, 0);
        assertThat(ferry.type()).isEqualTo(CitationType.TREATY);
        assertThat(ferry.fields().volume()).isEqualTo("1102");
        assertThat(ferry.fields().pages()).isEqualTo("88");
        assertThat(ferry.pinpoint()).isEqualTo("art 4");
        assertThat(cite(a, 3, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(cite(a, 3, 0).pinpoint()).isEqualTo("art 6");
        assertThat(cite(a, 3, 1).shortFormOf()).isEqualTo(new CitationRef(2, 0));
        assertThat(cite(a, 3, 1).fields().title()).isEqualTo("1982 Pilotage Protocol");
        assertThat(cite(a, 3, 1).pinpoint()).isEqualTo("art. 2");
    }

    @Test
    void quotedAndChicagoDefinitions() {
        Article a = parse(
                "Agreement on River Tolls, 4 April 1990, 1580 UNTS 301 (the ‘Toll Agreement’).",
                "Ana Ruiz, Tolls and Rivers (Lisbon: Cais, 2011), 14 (hereafter cited as Ruiz, Tolls).",
                "Toll Agreement, art. 3; Ruiz, Tolls, 18.");
        assertThat(cite(a, 1, 0).fields().title()).isEqualTo("Agreement on River Tolls");
        assertThat(cite(a, 2, 0).fields().publisher()).isEqualTo("Cais");
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("14");
        assertThat(cite(a, 3, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(cite(a, 3, 1).shortFormOf()).isEqualTo(new CitationRef(2, 0));
        assertThat(cite(a, 3, 1).pinpoint()).isEqualTo("18");
    }

    @Test
    void courtsSessionsAndJurisdictionsInParenthesesDefineNoName() {
        Article a = parse(
                "G.A. Res. 2999 (XXVII), ¶ 2 (Dec. 1, 1972).",
                "Prosecutor v. Halden, Case No. IT-01-99-T, Judgment, ¶ 40 (ICTY).",
                "Harbour Works Act 1990 (NSW).",
                "ICTY art. 5.");
        assertThat(cite(a, 1, 0).fields().unSymbol()).isEqualTo("A/RES/2999(XXVII)");
        assertThat(cite(a, 4, 0).shortFormOf()).isNull();
    }

    @Test
    void aQuotationAfterThePinpointIsNoName() {
        Article a = parse(
                "Mara Quill, Harbour Pleas, 44 Example L. Rev. 1, 9 (2019).",
                "See Quill, supra note 1, at 21 (\"[T]he bargain is struck at the quay.\"); Quill, supra note 1, at 22 (\u201Cpleas are rare\u201D).",
                "Pleas are rare, at 3.");
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("21");
        assertThat(cite(a, 2, 1).pinpoint()).isEqualTo("22");
        assertThat(cite(a, 3, 0).shortFormOf()).isNull();
    }
}
