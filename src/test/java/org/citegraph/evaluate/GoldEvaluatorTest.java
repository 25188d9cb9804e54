package org.citegraph.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.citegraph.evaluate.EvaluationReport.Score;
import org.citegraph.model.Agent;
import org.citegraph.model.Article;
import org.citegraph.model.ArticleMetadata;
import org.citegraph.model.BibFields;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationRef;
import org.citegraph.model.CitationType;
import org.citegraph.model.Note;
import org.citegraph.model.Person;

/**
 * The scorer on a hand-made gold file of 4 notes and 5 citations (30 gold values; work pairs
 * roe = {1.0, 2.0} and lee = {1.1, 3.1}). Articles are built from model records, not parsed.
 */
class GoldEvaluatorTest {

    private static final Path GOLD = Path.of("src/test/resources/notes/gold-small.json");

    private final GoldEvaluator evaluator = new GoldEvaluator();

    // ------------------------------------------------------------------ the five citations, right

    private static Citation roeFull(int pos) {
        return new Citation(pos, "See Ada Roe, ‘Rivers of law’, Annals of Fiction, 1:1 (2000), pp. 1–10 (p. 5)",
                CitationType.JOURNAL_ARTICLE,
                BibFields.builder().authors(persons("Roe", "Ada")).title("Rivers of law").container("Annals of Fiction")
                        .volume("1").issue("1").year("2000").pages("1-10").build(),
                "5", "See", false, null, null, null, "roe");
    }

    private static Citation leeFull(int pos) {
        return new Citation(pos, "Bo Lee, Harbours (London: Fictive Books, 1999), p. 3", CitationType.BOOK,
                BibFields.builder().authors(persons("Lee", "Bo")).title("Harbours").year("1999")
                        .publisher("Fictive Books").place("London").build(),
                "3", "See", true, null, null, null, "lee");
    }

    private static Citation roeShort(int pos, String work) {
        return new Citation(pos, "Roe, ‘Rivers of law’, p. 7", CitationType.JOURNAL_ARTICLE,
                BibFields.builder().authors(persons("Roe", null)).title("Rivers of law").build(),
                "7", null, false, null, new CitationRef(1, 0), null, work);
    }

    private static Citation unDoc(int pos, String work) {
        return new Citation(pos, "UN Doc S/PV.1, 2 January 2001", CitationType.UN_DOCUMENT,
                BibFields.builder().year("2001").date("2001-01-02").unSymbol("S/PV.1").build(),
                null, null, false, null, null, null, work);
    }

    private static Citation leeShort(int pos, String pinpoint) {
        return new Citation(pos, "Lee, Harbours, p. 9", CitationType.BOOK,
                BibFields.builder().authors(persons("Lee", null)).title("Harbours").build(),
                pinpoint, null, false, null, new CitationRef(1, 1), null, "lee");
    }

    private static List<Agent> persons(String family, String given) {
        return List.of(new Person(family, given));
    }

    private static Article article(List<Citation> n1, List<Citation> n2, List<Citation> n3) {
        List<Note> notes = new ArrayList<>();
        notes.add(new Note(1, 1, "", n1, true));
        notes.add(new Note(2, 2, "", n2, true));
        notes.add(new Note(3, 3, "", n3, true));
        notes.add(new Note(4, 4, "", List.of(), true));
        ArticleMetadata meta = new ArticleMetadata(null, List.of(), null, null, null, null, null, null, null, null);
        return new Article("test", meta, notes, List.of(), List.of());
    }

    private static Article perfect() {
        return article(List.of(roeFull(0), leeFull(1)), List.of(roeShort(0, "roe")), List.of(unDoc(0, "un"), leeShort(1, "9")));
    }

    // ------------------------------------------------------------------ tests

    @Test
    void aFinerTypeThanTheGoldFormatKnowsIsComparedAsOther(@TempDir Path dir) throws IOException {
        String raw = "Georgiou v. Fictive Bank, 725 F. Supp. 2d 451 (S.D.N.Y. 2010)";
        Citation parsedCase = new Citation(0, raw, CitationType.LEGAL_CASE,
                BibFields.builder().title("Georgiou v. Fictive Bank").year("2010").build(), null, null, false, null, null, null, "georgiou");
        Article a = new Article("test", new ArticleMetadata(null, List.of(), null, null, null, null, null, null, null, null),
                List.of(new Note(1, 1, raw + ".", List.of(parsedCase), true)), List.of(), List.of());
        String gold = "{\"notes\": [{\"n\": 1, \"citations\": [{\"type\": \"%s\", \"title\": \"Georgiou v. Fictive Bank\","
                + " \"year\": \"2010\", \"raw\": \"" + raw + "\", \"work\": \"g\"}]}]}";

        // The gold format's closed list says "other" for a case: that is what the parser's type is compared as.
        Path formatGold = Files.writeString(dir.resolve("format.json"), gold.formatted("other"));
        assertThat(evaluator.evaluate(formatGold, a).fields().get("type")).isEqualTo(new Score(1, 0, 0));
        // A gold that uses the finer label itself is compared label for label.
        Path finerGold = Files.writeString(dir.resolve("finer.json"), gold.formatted("legal-case"));
        assertThat(evaluator.evaluate(finerGold, a).fields().get("type")).isEqualTo(new Score(1, 0, 0));
        Path otherTypeGold = Files.writeString(dir.resolve("book.json"), gold.formatted("book"));
        assertThat(evaluator.evaluate(otherTypeGold, a).fields().get("type")).isEqualTo(new Score(0, 1, 1));
    }

    @Test
    void aPerfectParseScoresOneEverywhere() throws IOException {
        EvaluationReport r = evaluator.evaluate(GOLD, perfect());
        assertThat(r.goldCitations()).isEqualTo(5);
        assertThat(r.predictedCitations()).isEqualTo(5);
        assertThat(r.alignedCitations()).isEqualTo(5);
        assertThat(r.overall()).isEqualTo(new Score(30, 0, 0));
        assertThat(r.grouping()).isEqualTo(new Score(2, 0, 0));
        assertThat(r.overallF1()).isEqualTo(1.0);
        assertThat(r.combined()).isEqualTo(1.0);
        assertThat(r.mismatches()).isEmpty();
        assertThat(r.fields().keySet()).containsExactlyElementsOf(GoldEvaluator.FIELDS);
        assertThat(r.fields().get("signal")).isEqualTo(new Score(2, 0, 0));
    }

    @Test
    void aWrongValueCountsOnceEachWayAndAMissingOneOnlyAsMissed() throws IOException {
        Citation wrongTitle = new Citation(0, roeFull(0).raw(), CitationType.JOURNAL_ARTICLE,
                roeFull(0).fields().toBuilder().title("Rivers of Law").build(), "5", "See", false, null, null, null, "roe");
        Article a = article(List.of(wrongTitle, leeFull(1)), List.of(roeShort(0, "roe")), List.of(unDoc(0, "un"), leeShort(1, null)));
        EvaluationReport r = evaluator.evaluate(GOLD, a);
        assertThat(r.fields().get("title")).isEqualTo(new Score(3, 1, 1));
        assertThat(r.fields().get("title").precision()).isCloseTo(0.75, within(1e-9));
        assertThat(r.fields().get("pinpoint")).isEqualTo(new Score(3, 0, 1));
        assertThat(r.fields().get("pinpoint").recall()).isCloseTo(0.75, within(1e-9));
        assertThat(r.overall()).isEqualTo(new Score(28, 1, 2));
        assertThat(r.mismatches()).extracting(EvaluationReport.Mismatch::field).containsExactlyInAnyOrder("title", "pinpoint");
        assertThat(r.mismatches()).anySatisfy(m -> {
            assertThat(m.note()).isEqualTo(1);
            assertThat(m.expected()).isEqualTo("Rivers of law");
            assertThat(m.actual()).isEqualTo("Rivers of Law");
        });
    }

    @Test
    void anExtraCitationIsLeftUnpairedWithoutShiftingTheOthers() throws IOException {
        Citation extra = new Citation(0, "Karl Moss, Tides (Oslo: Fictive Books, 2005)", CitationType.BOOK,
                BibFields.builder().authors(persons("Moss", "Karl")).title("Tides").year("2005").build(),
                null, null, false, null, null, null, "moss");
        Article a = article(List.of(roeFull(0), leeFull(1)), List.of(roeShort(0, "roe")),
                List.of(extra, unDoc(1, "un"), leeShort(2, "9")));
        EvaluationReport r = evaluator.evaluate(GOLD, a);
        assertThat(r.predictedCitations()).isEqualTo(6);
        assertThat(r.alignedCitations()).isEqualTo(5);
        // the extra citation's 4 values are false positives; nothing else is lost
        assertThat(r.overall()).isEqualTo(new Score(30, 4, 0));
        assertThat(r.grouping()).isEqualTo(new Score(2, 0, 0));
        assertThat(r.mismatches()).singleElement().satisfies(m -> {
            assertThat(m.field()).isEqualTo("citation");
            assertThat(m.goldIndex()).isEqualTo(-1);
            assertThat(m.predictedIndex()).isEqualTo(0);
        });
    }

    @Test
    void aMissingCitationCostsItsValuesAndItsPairs() throws IOException {
        Article a = article(List.of(roeFull(0)), List.of(roeShort(0, "roe")), List.of(unDoc(0, "un"), leeShort(0, "9")));
        EvaluationReport r = evaluator.evaluate(GOLD, a);
        assertThat(r.alignedCitations()).isEqualTo(4);
        assertThat(r.overall()).isEqualTo(new Score(22, 0, 8));
        assertThat(r.grouping()).isEqualTo(new Score(1, 0, 1));
        assertThat(r.workGroupingF1()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void groupingIsScoredByPairsNotByKeys() throws IOException {
        // keys differ from the gold's entirely, but the grouping is the same: still perfect
        Article renamed = article(List.of(withWork(roeFull(0), "w1"), withWork(leeFull(1), "w2")),
                List.of(roeShort(0, "w1")), List.of(unDoc(0, "w3"), withWork(leeShort(1, "9"), "w2")));
        assertThat(evaluator.evaluate(GOLD, renamed).grouping()).isEqualTo(new Score(2, 0, 0));
        // the short form of Roe split off, and the UN document wrongly joined to Roe's work
        Article wrong = article(List.of(roeFull(0), leeFull(1)), List.of(roeShort(0, "other")),
                List.of(unDoc(0, "roe"), leeShort(1, "9")));
        EvaluationReport r = evaluator.evaluate(GOLD, wrong);
        assertThat(r.grouping()).isEqualTo(new Score(1, 1, 1));
        assertThat(r.workGroupingF1()).isCloseTo(0.5, within(1e-9));
        double overall = r.overallF1();
        assertThat(r.combined()).isCloseTo(overall * (1 - (1 - 0.5) / 2), within(1e-9));
    }

    @Test
    void signalsCompareWithoutTheirTrailingComma() {
        assertThat(GoldEvaluator.signal("See, for example,")).isEqualTo(GoldEvaluator.signal("See, for example"));
        assertThat(GoldEvaluator.pages("515\u201316 ,519")).isEqualTo("515-16, 519");
    }

    @Test
    void aBrokenGoldFileIsAnIoErrorNamingTheFile() {
        Path broken = Path.of("src/test/resources/notes/gold-broken.json");
        assertThatThrownBy(() -> evaluator.evaluate(broken, perfect()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("gold-broken.json");
    }

    @Test
    void theTextReportListsFieldsScoresAndMismatches() throws IOException {
        Article a = article(List.of(roeFull(0), leeFull(1)), List.of(roeShort(0, "roe")), List.of(unDoc(0, "un"), leeShort(1, "10")));
        String text = evaluator.evaluate(GOLD, a).toText();
        assertThat(text).contains("pinpoint", "OVERALL", "GROUPING", "combined", "note 3", "expected \u201C9\u201D, got \u201C10\u201D");
    }

    private static Citation withWork(Citation c, String work) {
        return new Citation(c.position(), c.raw(), c.type(), c.fields(), c.pinpoint(), c.signal(), c.signalInherited(),
                c.emphasis(), c.shortFormOf(), c.containerFrom(), work);
    }
}
