package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.notes.NotesAssertions.cite;
import static org.citegraph.notes.NotesAssertions.cites;
import static org.citegraph.notes.NotesAssertions.names;
import static org.citegraph.notes.NotesAssertions.parse;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationRef;
import org.citegraph.model.CitationType;

/**
 * Short forms by a treatise's volume or a case's short name, the second half of Bluebook's "Compare id.
 * …, with …", asides after a pinpoint, and sources a sentence of prose names (the thirty-second blind
 * round's causes, each with invented text).
 */
class ShortNamesAndAsidesTest {

    private static final String TREATISE = "See generally 3 Ingrid Vasquez-Holm, The Law of Straits 12–40 (2d ed. 2016).";
    private static final String TWO_CASES = "Boundary in the Orlen Strait (Arvia v. Belmark), Judgment, 2015 I.C.J. Rep. 88, "
            + "¶ 40 (Apr. 2); see also Tarn Islands Arbitration (Arvia v. Coltan), PCA Case No. 2011-02, Award, ¶ 12 "
            + "(Perm. Ct. Arb. 2013).";

    @Test
    void aTreatisesVolumeBeforeTheNameOfASupraFormIsNoPartOfTheName() {
        Article a = parse(TREATISE, "Cf. 3 Vasquez-Holm, supra note 1, at 55.");
        Citation c = cite(a, 2, 0);
        assertThat(c.type()).isEqualTo(CitationType.BOOK);
        assertThat(names(c.fields().authors())).containsExactly("Vasquez-Holm|null");
        assertThat(c.fields().title()).isNull();
        assertThat(c.fields().volume()).isNull();
        assertThat(c.pinpoint()).isEqualTo("55");
        assertThat(c.shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aYearBeforeAShortNameStaysInTheName() {
        Article a = parse("Convention on the Means of Prohibiting Illicit Transfer, Nov. 14, 1970, 823 U.N.T.S. 231 "
                + "[hereinafter 1970 Transfer Convention].", "1970 Transfer Convention, supra note 1, art. 7.");
        Citation c = cite(a, 2, 0);
        assertThat(c.fields().title()).isEqualTo("1970 Transfer Convention");
        assertThat(c.shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aCasesShortNameWithSupraIsTheCaseOfThatNoteNotAPerson() {
        Article a = parse(TWO_CASES, "Orlen Strait, supra note 1, ¶¶ 51–53.");
        Citation c = cite(a, 2, 0);
        assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(c.fields().authors()).isEmpty();
        assertThat(c.fields().title()).isEqualTo("Orlen Strait");
        assertThat(c.pinpoint()).isEqualTo("¶¶ 51-53");
        assertThat(c.shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void compareIdWithASecondCitationIsTwoCitations() {
        Article a = parse(TWO_CASES, "Tarn Islands Arbitration, supra note 1, ¶ 15.",
                "Compare id. ¶ 60 (declining to “guess at future coastlines”), with Orlen Strait, supra note 1, ¶ 72.");
        List<Citation> found = cites(a, 3);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).pinpoint()).isEqualTo("¶ 60");
        assertThat(found.get(0).signal()).isEqualTo("Compare");
        assertThat(found.get(0).shortFormOf()).isEqualTo(new CitationRef(1, 1));
        assertThat(found.get(1).raw()).startsWith("with Orlen Strait");
        assertThat(found.get(1).pinpoint()).isEqualTo("¶ 72");
        assertThat(found.get(1).signal()).isEqualTo("Compare");
        assertThat(found.get(1).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aCompareSentenceInLowerCaseIsStillProse() {
        Article a = parse("Compare the two awards with care before drawing any lesson from them.");
        assertThat(cites(a, 1)).isEmpty();
    }

    @Test
    void aSpeakersNameAfterAnIbidPinpointIsNoPartOfIt() {
        Article a = parse("UN Security Council, 8012th meeting, UN Doc. S/PV.8012 (4 May 2017), p. 9 (Dravonia).",
                "Ibid., p. 31 (Quelmark).", "Ibid., art. 11(5) and (7).");
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("31");
        assertThat(cite(a, 3, 0).pinpoint()).isEqualTo("art. 11(5) and (7)");
    }

    @Test
    void aShortFormAfterProseEndingInInIsACitation() {
        Article a = parse("Henrik Ostby-Mwangi, Sovereign Ports (Oxford: Harbour Press, 2019), p. 88.",
                "The argument is pressed much further in Ostby-Mwangi, Sovereign Ports, ch. 6.");
        List<Citation> found = cites(a, 2);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).raw()).isEqualTo("Ostby-Mwangi, Sovereign Ports, ch. 6");
        assertThat(found.get(0).pinpoint()).isEqualTo("ch. 6");
        assertThat(found.get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void proseNamingPlacesAndAPageIsNoShortForm() {
        Article a = parse("The harbour was rebuilt twice in the decade, according to the records in Bergen, Stavanger and Trondheim.");
        assertThat(cites(a, 1)).isEmpty();
    }

    @Test
    void anOrganisationNamedAfterAColonOfProseIsTheAuthorWithoutTheProse() {
        Article a = parse("Coastal claims rose sharply between 1990 and 2010: Harbour Data Initiative, ‘Claims Register: "
                + "Annual Summary’, available at: https://example.org/claims (accessed 2 May 2022).");
        Citation c = cite(a, 1, 0);
        assertThat(cites(a, 1)).hasSize(1);
        assertThat(c.raw()).startsWith("Harbour Data Initiative, ");
        assertThat(names(c.fields().authors())).containsExactly("org:Harbour Data Initiative");
        assertThat(c.fields().title()).isEqualTo("Claims Register: Annual Summary");
    }

    @Test
    void aSentenceReportingWhatASourceSaidIsProseEvenWithAQuotation() {
        Article a = parse("Letter dated 3 March 2018 from the Permanent Representative of Veltria addressed to the President "
                + "of the Security Council, UN Doc. S/2018/201 (5 March 2018). The mission’s presence, the letter "
                + "stressed, was ‘temporary and subject to review at any time’.");
        List<Citation> found = cites(a, 1);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).fields().unSymbol()).isEqualTo("S/2018/201");
    }
}
