package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.notes.NotesAssertions.cite;
import static org.citegraph.notes.NotesAssertions.names;
import static org.citegraph.notes.NotesAssertions.parse;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationRef;
import org.citegraph.model.CitationType;

/** OSCOLA-like notes: neutral citations, law reports, ICJ reports, treaties in UNTS, (n 3) cross-references. */
class OscolaNotesTest {

    @Test
    void neutralCitationWithParallelReportAndParagraph() {
        Article a = parse("R v Thornbury [2011] UKSC 14, [2011] 2 AC 401 [23].", "Thornbury (n 1) [30].");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(c.fields().title()).isEqualTo("R v Thornbury");
        assertThat(c.fields().year()).isEqualTo("2011");
        assertThat(c.fields().container()).isEqualTo("UKSC");
        assertThat(c.fields().pages()).isEqualTo("14");
        assertThat(c.pinpoint()).isEqualTo("[23]");
        Citation s = cite(a, 2, 0);
        assertThat(s.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(s.fields().title()).isEqualTo("Thornbury");
        assertThat(s.fields().authors()).isEmpty();
        assertThat(s.pinpoint()).isEqualTo("[30]");
    }

    @Test
    void lawReportWithCourtAndPinpoint() {
        Article a = parse("Marlow Estates Ltd v Penn [1998] AC 112 (HL) 118.");
        Citation c = cite(a, 1, 0);
        assertThat(c.fields().title()).isEqualTo("Marlow Estates Ltd v Penn");
        assertThat(c.fields().container()).isEqualTo("AC");
        assertThat(c.fields().pages()).isEqualTo("112");
        assertThat(c.pinpoint()).isEqualTo("118");
    }

    @Test
    void internationalCourtJudgment() {
        Article a = parse("Passage over Coastal Waters (Atlantis v Borealis) (Merits) [1999] ICJ Rep 231, para 54.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
        // the stage decided, "(Merits)", is no part of the name, as ", Merits," is not in other styles
        assertThat(c.fields().title()).isEqualTo("Passage over Coastal Waters (Atlantis v Borealis)");
        assertThat(c.fields().container()).isEqualTo("ICJ Rep");
        assertThat(c.fields().year()).isEqualTo("1999");
        assertThat(c.fields().pages()).isEqualTo("231");
        assertThat(c.pinpoint()).isEqualTo("para 54");
    }

    @Test
    void treatyWithAdoptionDateVolumeAndArticle() {
        Article a = parse("Convention on Cross-Border Cables (adopted 2 June 2004, entered into force 1 March 2006) 2380 UNTS 221, art 7.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.TREATY);
        assertThat(c.fields().title()).isEqualTo("Convention on Cross-Border Cables");
        assertThat(c.fields().date()).isEqualTo("2004-06-02");
        assertThat(c.fields().year()).isEqualTo("2004");
        assertThat(c.fields().container()).isEqualTo("UNTS");
        assertThat(c.fields().volume()).isEqualTo("2380");
        assertThat(c.fields().pages()).isEqualTo("221");
        assertThat(c.pinpoint()).isEqualTo("art 7");
    }

    @Test
    void booksAndArticlesWithCrossReferences() {
        Article a = parse(
                "Gwen Idris, Borders of Obligation (Fictive Books 2015) 33.",
                "Owen Pell, ‘Reading Treaties after Thornbury’ (2013) 62 ICLQ 301, 305.",
                "Idris (n 1) 40; Pell (n 2) 310.");
        Citation book = cite(a, 1, 0);
        assertThat(book.type()).isEqualTo(CitationType.BOOK);
        assertThat(book.fields().publisher()).isEqualTo("Fictive Books");
        assertThat(book.fields().year()).isEqualTo("2015");
        assertThat(book.pinpoint()).isEqualTo("33");
        Citation art = cite(a, 2, 0);
        assertThat(art.type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(art.fields().year()).isEqualTo("2013");
        assertThat(art.fields().volume()).isEqualTo("62");
        assertThat(art.fields().container()).isEqualTo("ICLQ");
        assertThat(art.fields().pages()).isEqualTo("301");
        assertThat(art.pinpoint()).isEqualTo("305");
        assertThat(cite(a, 3, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(cite(a, 3, 0).pinpoint()).isEqualTo("40");
        assertThat(names(cite(a, 3, 1).fields().authors())).containsExactly("Pell|null");
        assertThat(cite(a, 3, 1).shortFormOf()).isEqualTo(new CitationRef(2, 0));
    }
}
