package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.notes.NotesAssertions.cite;
import static org.citegraph.notes.NotesAssertions.cites;
import static org.citegraph.notes.NotesAssertions.parse;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationRef;
import org.citegraph.model.CitationType;

/**
 * Forms the ninth and tenth blind held-out rounds found wanting, each with invented text: a court's doings told
 * in prose, congressional reports, a student note's designation after its author, treaty parties
 * named in full, a page range after a UN document's year, and a newspaper's editorial.
 */
class RoundNineFormsTest {

    @Test
    void sentencesAboutACourtCiteNothing() {
        Article a = parse(
                "The Tribunal has repeatedly treated article 12 as customary law. See Quay Lights (Arv. v. Toll.), Judgment, 2009 I.C.J. 61, \u00B6 12 (Feb. 3).",
                "The Tribunal described the parties\u2019 conduct as \u201Ca settled practice of the ports.\u201D",
                "Id. \u00B6\u00B6 20\u201322. The Tribunal distinguished harbour dues \"levied for pilotage\" from all other charges. Id. \u00B6 24.",
                "The Law of Harbours, 45.");
        assertThat(cites(a, 1)).singleElement().satisfies(c -> assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE));
        assertThat(cites(a, 2)).isEmpty();
        assertThat(cites(a, 3)).hasSize(2).allSatisfy(c -> assertThat(c.shortFormOf()).isEqualTo(new CitationRef(1, 0)));
        assertThat(cites(a, 4)).singleElement().satisfies(c -> assertThat(c.fields().title()).isEqualTo("The Law of Harbours"));
    }

    @Test
    void congressionalReportsByTheirNumber() {
        Article a = parse("H.R. Rep. No. 116-999, at 9 (2019).", "H.R. Rep. No. 116-999, at 12 (2019).");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(c.fields().container()).isEqualTo("H.R. Rep.");
        assertThat(c.fields().issue()).isEqualTo("116-999");
        assertThat(c.fields().title()).isNull();
        assertThat(c.fields().year()).isEqualTo("2019");
        assertThat(c.pinpoint()).isEqualTo("9");
        assertThat(cite(a, 2, 0).workId()).isEqualTo(c.workId());
    }

    @Test
    void designationsPartiesPagesAndEditorials() {
        Article a = parse(
                "But see Tam Ruiz, Note, Attaching the Harbour's Wallet, 134 Quay L. Rev. 1422, 1430 (2021).",
                "Treaty concerning the Navigation of the Tern River, Arvena\u2013Tolland, April 2, 1958, 402 UNTS 17, art. 5.",
                "See also Harbour Commission, Report on the Work of Its Tenth Session, UN Doc. A/99/10 (2018), 12\u201314.",
                "Editorial, \u201CA Port Under Pressure,\u201D Quay Herald, 4 May 2020.");
        assertThat(cite(a, 1, 0).fields().title()).isEqualTo("Attaching the Harbour's Wallet");
        assertThat(cite(a, 2, 0).fields().title()).isEqualTo("Treaty concerning the Navigation of the Tern River");
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("art. 5");
        assertThat(cite(a, 3, 0).pinpoint()).isEqualTo("12-14");
        Citation editorial = cite(a, 4, 0);
        assertThat(editorial.fields().authors()).isEmpty();
        assertThat(editorial.fields().title()).isEqualTo("A Port Under Pressure");
        assertThat(editorial.type()).isEqualTo(CitationType.NEWS_ARTICLE);
    }

    @Test
    void leadInSentencesPossessivesAndAbbreviatedBodies() {
        Article a = parse(
                "The Assembly has so far acknowledged the question only in passing: UN Doc. A/RES/99/248 (December 30, 2022), para. 12.",
                "Ruiz, Quay Law, 77\u201380. Ruiz\u2019s argument rests on a presumption of continuity, which several delegations endorsed. See UN Doc. A/C.6/99/SR.24 (November 1, 2022), para. 31.",
                "Comm. on Harb., Soc. & Cultural Rts., General Comment No. 8, \u00B6 3, U.N. Doc. E/C.99/1997/8 (Dec. 12, 1997).");
        Citation res = cite(a, 1, 0);
        assertThat(res.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(res.fields().title()).isNull();
        assertThat(res.pinpoint()).isEqualTo("para. 12");
        assertThat(cites(a, 2)).hasSize(2);
        assertThat(cite(a, 2, 1).fields().unSymbol()).isEqualTo("A/C.6/99/SR.24");
        Citation comment = cite(a, 3, 0);
        assertThat(comment.fields().authors()).containsExactly(new org.citegraph.model.Organization("Comm. on Harb., Soc. & Cultural Rts."));
        assertThat(comment.fields().title()).isEqualTo("General Comment No. 8");
    }

    @Test
    void aMeetingRecordAfterItsOrganAndMeetingAndWhoSpoke() {
        Article a = parse(
                "Harbour Council, 7999th meeting, S/PV.7999, November 20, 2015, 3 (statement of Arvena).",
                "Ibid., 5 (statement of the Republic of Tolland).");
        Citation record = cite(a, 1, 0);
        assertThat(record.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(record.fields().unSymbol()).isEqualTo("S/PV.7999");
        assertThat(record.fields().authors()).containsExactly(new org.citegraph.model.Organization("Harbour Council"));
        assertThat(record.fields().title()).isNull();
        assertThat(record.fields().date()).isEqualTo("2015-11-20");
        assertThat(record.pinpoint()).isEqualTo("3");
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("5");
    }
}
