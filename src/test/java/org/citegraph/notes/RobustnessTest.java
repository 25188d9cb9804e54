package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.notes.NotesAssertions.cite;
import static org.citegraph.notes.NotesAssertions.cites;
import static org.citegraph.notes.NotesAssertions.parse;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.model.ArticlePage;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationType;
import org.citegraph.model.Diagnostic;
import org.citegraph.model.NoteText;

/** Damaged input degrades gracefully: no exception, the rest of the note and article survive, the user is told. */
class RobustnessTest {

    @Test
    void unclosedQuoteStillSplitsTheNoteAndWarns() {
        Article a = parse("Lena Moro, ‘Broken quotes, Annals of Fiction, 2:1 (2001), pp. 3–9; Ivo Sand, ‘Whole quotes’, Annals of Fiction, 3:2 (2002), pp. 10–19.");
        assertThat(cites(a, 1)).hasSize(2);
        assertThat(cite(a, 1, 1).fields().title()).isEqualTo("Whole quotes");
        assertThat(a.diagnostics()).anySatisfy(d -> {
            assertThat(d.note()).isEqualTo(1);
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.source()).isEqualTo("test.txt");
            assertThat(d.message()).contains("unbalanced");
        });
    }

    @Test
    void unclosedParenthesisKeepsTheFollowingCitation() {
        Article a = parse("Ivo Sand, The Open Bracket (London: Fictive Books, 2010, p. 4; Lena Moro, Closed Books (Oxford: Placeholder Press, 2011), p. 5.");
        assertThat(cites(a, 1)).hasSize(2);
        assertThat(cite(a, 1, 1).fields().title()).isEqualTo("Closed Books");
        assertThat(cite(a, 1, 1).fields().year()).isEqualTo("2011");
    }

    @Test
    void mixedQuotesAndTyposStillGiveFields() {
        Article a = parse("Mara Vint, \u201CMixed marks\u2019, Quarterly of Examples, 4:1 (2003), pp. 1–10.",
                "Mara Vint, \"Straight quotes\", Quarterly of Examples, 5:2 (2004), pp 11–20.");
        assertThat(cites(a, 1)).hasSize(1);
        assertThat(cite(a, 1, 0).fields().year()).isEqualTo("2003");
        Citation straight = cite(a, 2, 0);
        assertThat(straight.fields().title()).isEqualTo("Straight quotes");
        assertThat(straight.fields().pages()).isEqualTo("11-20");
        assertThat(straight.type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
    }

    @Test
    void shortFormWithoutAntecedentBecomesItsOwnWorkWithAWarning() {
        Article a = parse("Nowhere, Unseen Book, p. 4.");
        Citation c = cite(a, 1, 0);
        assertThat(c.workId()).isNotNull();
        assertThat(c.shortFormOf()).isNull();
        assertThat(a.works()).extracting(w -> w.id()).contains(c.workId());
        assertThat(a.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("no earlier full citation"));
    }

    @Test
    void ambiguousShortFormTakesTheNearestPrecedingWorkAndWarns() {
        Article a = parse(
                "Ada Roe, ‘Rivers of law: Origins’, Annals of Fiction, 1:1 (2000), pp. 1–10.",
                "Ada Roe, ‘Rivers of law: Futures’, Annals of Fiction, 2:1 (2001), pp. 11–20.",
                "Roe, ‘Rivers of law’, p. 5.");
        assertThat(cite(a, 3, 0).workId()).isEqualTo(cite(a, 2, 0).workId());
        assertThat(a.diagnostics()).anySatisfy(d -> {
            assertThat(d.note()).isEqualTo(3);
            assertThat(d.message()).contains("matches 2 works");
        });
    }

    @Test
    void emptyAndNullNotesAreKept() {
        ArticlePage page = new ArticlePage("x.txt", SamplePages.emptyMetadata(),
                List.of(new NoteText(1, 10, ""), new NoteText(2, 11, "   "), new NoteText(3, 12, ".")), List.of());
        Article a = new NotesParser().parse(page);
        assertThat(a.notes()).hasSize(3);
        assertThat(a.notes()).allSatisfy(n -> assertThat(n.citations()).isEmpty());
    }

    @Test
    void pageDiagnosticsArePassedOn() {
        Diagnostic earlier = Diagnostic.warning("x.txt", 3, 0, "header without a date");
        ArticlePage page = new ArticlePage("x.txt", SamplePages.emptyMetadata(), List.of(new NoteText(1, 4, "Ibid.")), List.of(earlier));
        Article a = new NotesParser().parse(page);
        assertThat(a.diagnostics()).contains(earlier);
        assertThat(a.source()).isEqualTo("x.txt");
    }

    @Test
    void workIdsAreReadableAndUnique() {
        Article a = parse(
                "Ada Roe, ‘Rivers of law’, Annals of Fiction, 1:1 (2000), pp. 1–10.",
                "Ada Roe, ‘Rivers of lawyers’, Annals of Fiction, 1:2 (2000), pp. 11–20.",
                "Šárka Øster, Fjords (Bergen: Fictive Books, 1999).");
        assertThat(cite(a, 1, 0).workId()).isEqualTo("roe-2000-rivers-law");
        assertThat(cite(a, 2, 0).workId()).isEqualTo("roe-2000-rivers-lawyers");
        assertThat(cite(a, 3, 0).workId()).isEqualTo("oster-1999-fjords");
        Article again = parse(
                "Ada Roe, ‘Rivers of law’, Annals of Fiction, 1:1 (2000), pp. 1–10.",
                "Ada Roe, ‘Rivers of law’, Annals of Fiction, 1:1 (2000), pp. 1–10.");
        assertThat(cite(again, 2, 0).workId()).isEqualTo(cite(again, 1, 0).workId());
        assertThat(again.works()).hasSize(1);
    }

    @Test
    void anEntrysBookTitleThatIsALoneQuoteStillParses() {
        // damaged text once made the chapter reader cut "\"" down to nothing and throw
        Article a = NotesAssertions.parseEntries("Dlamini, T. (2021). Exit. In \", edited by A. Ruiz, 1\u201320. London: Cais.");
        assertThat(a.diagnostics()).noneSatisfy(d -> assertThat(d.message()).contains("could not"));
        assertThat(cite(a, 1, 0).type()).isEqualTo(CitationType.CHAPTER);
    }
}
