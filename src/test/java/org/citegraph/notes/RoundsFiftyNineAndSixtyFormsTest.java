package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.notes.NotesAssertions.cites;
import static org.citegraph.notes.NotesAssertions.names;
import static org.citegraph.notes.NotesAssertions.parse;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationRef;
import org.citegraph.model.CitationType;

/** Discursive forms of the fifty-ninth and sixtieth blind rounds, each with invented text. */
class RoundsFiftyNineAndSixtyFormsTest {

    @Test
    void documentsNamedInsideSentences() {
        Article a = parse("The companies have preferred to be measured against soft law, and chiefly against the Lumen Document on Pertinent Legal Obligations for States"
                        + " related to Operations of Private Balloon Companies during Armed Conflict, UN Doc. A/63/999 (6 October 2008),"
                        + " annex (hereafter Lumen Document), which restates the obligations of states.",
                "The rules are those of the Articles on Responsibility of Balloonists for Wrongful Acts, annexed to GA res. 56/99,"
                        + " 12 December 2001 (hereafter ARBWA), arts. 5 and 8.",
                "Its relationship with the United Nations was settled in 2000 by an Agreement to Regulate the Relationship between"
                        + " the United Nations and the Balloon Commission, GA Res. 54/999, annex (June 30, 2000).",
                "The Security Council, for its part, demanded in SC res. 2999 (2021), 16 April 2021, para. 5, the withdrawal of"
                        + " all balloons.",
                "The Working Group reported on balloon companies in Africa: Use of Balloons as a Means of Impeding"
                        + " Self-Determination: Note by the Secretary-General, UN Doc. A/74/999 (29 July 2019), paras. 41–58.",
                "The Lumen Document, Part One, para. 1, by contrast, merely reminds contracting states of their obligations.");
        assertThat(cites(a, 1)).singleElement().satisfies(c -> assertThat(c.fields().title())
                .isEqualTo("Lumen Document on Pertinent Legal Obligations for States related to Operations of Private Balloon"
                        + " Companies during Armed Conflict"));
        assertThat(cites(a, 2)).singleElement().satisfies(c -> {
            assertThat(c.fields().title()).isEqualTo("Articles on Responsibility of Balloonists for Wrongful Acts");
            assertThat(c.fields().unSymbol()).isEqualTo("A/RES/56/99");
        });
        assertThat(cites(a, 3)).singleElement().satisfies(c -> assertThat(c.fields().title())
                .isEqualTo("Agreement to Regulate the Relationship between the United Nations and the Balloon Commission"));
        assertThat(cites(a, 4)).singleElement().satisfies(c -> assertThat(c.fields().unSymbol()).isEqualTo("S/RES/2999(2021)"));
        assertThat(cites(a, 5)).singleElement().satisfies(c -> assertThat(c.fields().title()).startsWith("Use of Balloons"));
        assertThat(cites(a, 6)).singleElement().satisfies(c -> {
            assertThat(c.fields().title()).isEqualTo("Lumen Document");
            assertThat(c.pinpoint()).isEqualTo("Part One, para. 1");
            assertThat(c.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        });
    }

    @Test
    void casesAfterLeadInsEndingInAtOrOf() {
        Article a = parse("The tribunal's reasoning on attribution is set out at Halvor Balloon Services Ltd v. Republic of Marenland,"
                        + " ICSID Case No. ARB/17/99, Award, 3 May 2021, paras. 288–301.",
                "The moratoria are said to bind them, on the authority of Balloon Tests (Australia v. France), Judgment, I.C.J."
                        + " Reports 1974, p. 999, at 267–68, where the announcement was held binding.",
                "A dealer who sold balloons taken in breach of Norland’s law was convicted in United States v. Schulte, 333 F.3d"
                        + " 999, 399–402 (2d Cir. 2003).");
        assertThat(cites(a, 1)).singleElement().satisfies(c ->
                assertThat(c.fields().title()).isEqualTo("Halvor Balloon Services Ltd v. Republic of Marenland"));
        assertThat(cites(a, 2)).singleElement().satisfies(c ->
                assertThat(c.fields().title()).isEqualTo("Balloon Tests (Australia v. France)"));
        assertThat(cites(a, 3)).singleElement().satisfies(c ->
                assertThat(c.fields().title()).isEqualTo("United States v. Schulte"));
    }

    @Test
    void bodiesWorksAndTitlesAfterLeadIns() {
        Article a = parse("The Treaty was adopted in 1996. The Comprehensive Balloon-Test-Ban Treaty, opened for signature September"
                        + " 24, 1996, 35 I.L.M. 9999 (hereafter CBTBT), art. XIV, makes its entry into force wait; there is no better"
                        + " guide than Magnus Orr-Fitch, Listening for Balloons: Seismology, Diplomacy, and the Ban, 1958–1996"
                        + " (Cambridge, MA: Redfern University Press, 2014), 211–48.",
                "Some stations send data, by the Commission’s reckoning (Preparatory Commission for the Comprehensive"
                        + " Balloon-Test-Ban Treaty Organization, “Station Profiles,” accessed March 2, 2025,"
                        + " https://www.cbtbto.example/stations).",
                "Balloon guards are agents of the state, Application of the Balloon Convention (Norland v. Ostravia), Award, 1 May"
                        + " 2001, para. 406; for embassies, the answer is no in Henrike Aber-Osei, ‘Guarding the Guards’, Yearbook of"
                        + " Balloon Law 8 (2018), pp. 122–59.",
                "The answer is no in Aber-Osei, n. 3 above, p. 130, an argument that rests on a reading of Application of the"
                        + " Balloon Convention, n. 3 above, para. 406, that the tribunal itself never adopted.");
        List<Citation> first = cites(a, 1);
        assertThat(first).extracting(c -> c.fields().title())
                .containsExactly("Comprehensive Balloon-Test-Ban Treaty", "Listening for Balloons: Seismology, Diplomacy, and the Ban, 1958–1996");
        assertThat(names(first.get(1).fields().authors())).containsExactly("Orr-Fitch|Magnus");
        assertThat(cites(a, 2)).singleElement().satisfies(c -> assertThat(names(c.fields().authors()))
                .containsExactly("org:Preparatory Commission for the Comprehensive Balloon-Test-Ban Treaty Organization"));
        List<Citation> fourth = cites(a, 4);
        assertThat(fourth).hasSize(2);
        assertThat(fourth.get(1).shortFormOf()).isEqualTo(new CitationRef(3, 0));
        assertThat(fourth.get(1).pinpoint()).isEqualTo("para. 406");
    }

    @Test
    void aSentenceWithAnApostropheBeforeIdAndAWebPageTitleEndingInYears() {
        Article a = parse("SEC v. Lumenbase, Inc., 726 F. Supp. 3d 999, 285–90 (S.D.N.Y. 2024). The court declined, however, to treat"
                        + " sales made through the exchange's brokerage application as sales of securities. Id. at 301–03.",
                "Ledger Analytics, Sanctions Exposure by Exchange, 2021–2024, https://www.ledger.example/exposure (last visited"
                        + " Mar. 5, 2025).");
        List<Citation> first = cites(a, 1);
        assertThat(first).hasSize(2);
        assertThat(first.get(1).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(cites(a, 2)).singleElement().satisfies(c -> {
            assertThat(c.fields().title()).isEqualTo("Sanctions Exposure by Exchange, 2021–2024");
            assertThat(c.fields().url()).isEqualTo("https://www.ledger.example/exposure");
        });
    }

    @Test
    void aCitationOpeningAStretchKeptWhenItsClauseLeadsToACase() {
        Article a = parse("Henrike Aber-Osei, ‘Guarding the Guards’, Yearbook of Balloon Law 8 (2018), pp. 122–59, an argument that rests"
                + " on a reading of Application of the Balloon Convention (Norland v. Ostravia), Award, 1 May 2001, para. 406.");
        assertThat(cites(a, 1)).extracting(Citation::type).containsExactly(CitationType.JOURNAL_ARTICLE, CitationType.LEGAL_CASE);
        assertThat(cites(a, 1).get(0).fields().container()).isEqualTo("Yearbook of Balloon Law");
    }
}
