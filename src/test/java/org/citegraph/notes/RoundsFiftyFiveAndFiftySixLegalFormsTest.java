package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.notes.NotesAssertions.cite;
import static org.citegraph.notes.NotesAssertions.names;
import static org.citegraph.notes.NotesAssertions.parse;
import static org.citegraph.notes.NotesAssertions.parseEntries;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationRef;
import org.citegraph.model.CitationType;

/**
 * The fifty-fifth and fifty-sixth blind rounds' Bluebook footnotes and author–date reference lists, each form with
 * invented text.
 */
class RoundsFiftyFiveAndFiftySixLegalFormsTest {

    @Test
    void twoAgenciesJoinedByAnAmpersandAreTwoAuthorsOfAReport() {
        Article a = parse("Antitrust Div. of the U.S. Dep't of Just. & Bureau of Competition of the Fed. Trade Comm'n,"
                + " Guidelines for Harbour Pilot Mergers 14–16 (3d ed. 2019) [hereinafter Pilot Guidelines].",
                "Pilot Guidelines, supra note 1, at 20.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(names(c.fields().authors())).containsExactly("org:Antitrust Div. of the U.S. Dep't of Just.",
                "org:Bureau of Competition of the Fed. Trade Comm'n");
        assertThat(c.fields().title()).isEqualTo("Guidelines for Harbour Pilot Mergers");
        assertThat(c.fields().year()).isEqualTo("2019");
        assertThat(c.pinpoint()).isEqualTo("14-16");
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        // an "&" inside one agency's name does not split it
        Citation one = cite(parse("Off. of Sci. & Tech. Pol'y, Harbour Research Priorities 3 (2018)."), 1, 0);
        assertThat(names(one.fields().authors())).containsExactly("org:Off. of Sci. & Tech. Pol'y");
    }

    @Test
    void aTreatyWithTheSenatesNumberAndAPagedSeriesIsFiledUnderTheSeries() {
        Citation c = cite(parse("Convention on Harbour Safety Inspections art. 4(2), Mar. 3, 1999, S. Treaty Doc. No. 106-21,"
                + " 38 I.L.M. 612 [hereinafter Harbour Convention]."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.TREATY);
        assertThat(c.fields().title()).isEqualTo("Convention on Harbour Safety Inspections");
        assertThat(c.fields().container()).isEqualTo("I.L.M.");
        assertThat(c.fields().volume()).isEqualTo("38");
        assertThat(c.fields().pages()).isEqualTo("612");
        assertThat(c.fields().issue()).isNull();
        assertThat(c.pinpoint()).isEqualTo("art. 4(2)");
    }

    @Test
    void anInstitutionNamedByAListOfAbbreviatedFieldsKeepsItsCommas() {
        Citation c = cite(parse("See Nat'l Inst. of Agric., Educ., & Env't, Harbours in Memory: A Survey of Maritime Archives 7–9 (2017)."),
                1, 0);
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(names(c.fields().authors())).containsExactly("org:Nat'l Inst. of Agric., Educ., & Env't");
        assertThat(c.fields().title()).isEqualTo("Harbours in Memory: A Survey of Maritime Archives");
        assertThat(c.pinpoint()).isEqualTo("7-9");
    }

    @Test
    void aLongAgencyNameAbbreviatedWordByWordIsAnAuthor() {
        Citation c = cite(parse("Lake County Off. of Env't. & Harbour Pol'y Plan., Dredging Plan for the Northern Quays 5 (2022),"
                + " https://example.org/dredging.pdf."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(names(c.fields().authors())).containsExactly("org:Lake County Off. of Env't. & Harbour Pol'y Plan.");
        assertThat(c.fields().title()).isEqualTo("Dredging Plan for the Northern Quays");
        assertThat(c.fields().year()).isEqualTo("2022");
    }

    @Test
    void aReportPublishedByABranchOfItsAuthorIsSelfPublished() {
        Citation c = cite(parseEntries("Harbour Safety Agency (2017) Global Quay Survey 2016. Oslo: Harbour Safety Agency,"
                + " Inspections and Standards Branch."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.REPORT);
        assertThat(names(c.fields().authors())).containsExactly("org:Harbour Safety Agency");
        assertThat(c.fields().title()).isEqualTo("Global Quay Survey 2016");
    }

    @Test
    void anOrganisationsHandbookIssuedByABodyIsAReport() {
        List<Citation> cs = parseEntries(
                "Quay Convention Secretariat. (2018). Handbook for the Convention on Quay Safety (6th ed.). International Maritime Council.",
                "Lindqvist-Abara, T. (2015). Harbours and the law (2nd ed.). Harwell University Press.").notes().stream()
                .map(n -> n.citations().get(0)).toList();
        assertThat(cs.get(0).type()).isEqualTo(CitationType.REPORT);
        assertThat(names(cs.get(0).fields().authors())).containsExactly("org:Quay Convention Secretariat");
        assertThat(cs.get(0).fields().publisher()).isEqualTo("International Maritime Council");
        // a person's book from a press stays a book
        assertThat(cs.get(1).type()).isEqualTo(CitationType.BOOK);
    }
}
