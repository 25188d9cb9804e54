package org.citegraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.citegraph.model.Article;
import org.citegraph.model.Note;
import org.citegraph.notes.NotesParser;
import org.citegraph.page.ArticleReader;
import org.citegraph.page.InputFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped queries on an author–date article, whose citing units are the entries of a reference
 * list rather than footnotes: they find its citations, and they give exactly what they give for the
 * same notes mapped as footnotes.
 */
class QueriesOnReferenceListTest {

    private static final Path AUTHOR_DATE = Path.of("src/test/resources/corpus/author-date-references.txt");

    private static Article entries;
    private static GraphStore asEntries;
    private static GraphStore asFootnotes;

    @BeforeAll
    static void load() throws Exception {
        entries = new NotesParser().parse(new ArticleReader().read(AUTHOR_DATE, InputFormat.AUTO));
        assertThat(entries.notes()).allMatch(Note::referenceListEntry);
        List<Note> footnotes = entries.notes().stream()
                .map(n -> new Note(n.number(), n.line(), n.text(), n.citations(), n.parsed())).toList();
        asEntries = GraphStore.inMemory();
        asEntries.load(entries);
        asFootnotes = GraphStore.inMemory();
        asFootnotes.load(new Article(entries.source(), entries.metadata(), footnotes, entries.works(), entries.diagnostics()));
    }

    @AfterAll
    static void close() {
        asEntries.close();
        asFootnotes.close();
    }

    private static String csv(GraphStore store, String query) {
        return QueryLibrary.load(query).write(store.dataset(), Map.of(), ResultFormat.CSV).replace("\r\n", "\n");
    }

    private static List<String> rows(String query) {
        List<String> lines = csv(asEntries, query).lines().toList();
        return lines.subList(1, lines.size());
    }

    private static int citations() {
        return entries.notes().stream().mapToInt(n -> n.citations().size()).sum();
    }

    @Test
    void referencesListsEveryCitationOfEveryEntryInListOrder() {
        List<String> rows = rows("references");
        assertThat(citations()).isPositive();
        assertThat(rows).hasSize(citations());
        assertThat(rows.get(0)).startsWith("1,0,");
        Note last = entries.notes().get(entries.notes().size() - 1);
        assertThat(rows.get(rows.size() - 1)).startsWith(last.number() + ",");
    }

    @Test
    void citationTypesCountEveryCitation() {
        List<String> rows = rows("citation-types");
        assertThat(rows).isNotEmpty();
        int counted = rows.stream().mapToInt(r -> Integer.parseInt(r.split(",")[1])).sum();
        assertThat(counted).isEqualTo(citations());
    }

    @Test
    void theArticleCountsItsEntriesAsNotes() {
        List<String> rows = rows("article");
        assertThat(rows).singleElement().satisfies(row ->
                assertThat(row).endsWith("," + entries.notes().size() + "," + citations() + "," + entries.works().size()));
    }

    @Test
    void everyShippedQueryGivesWhatItGivesForTheSameNotesAsFootnotes() {
        List<String> names = QueryLibrary.names();
        assertThat(names).contains("references", "citation-types", "article", "works-most-cited");
        for (String name : names) {
            assertThat(csv(asEntries, name)).as(name).isEqualTo(csv(asFootnotes, name));
        }
    }
}
