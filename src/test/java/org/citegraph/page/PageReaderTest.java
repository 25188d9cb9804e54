package org.citegraph.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.citegraph.model.ArticlePage;
import org.citegraph.model.NoteText;
import org.junit.jupiter.api.Test;

class PageReaderTest {

    private final PageReader reader = new PageReader();

    @Test
    void readsTheSampleHeaderAndAllNotes() throws Exception {
        ArticlePage page = reader.read(Path.of("examples/hadano-2023.txt"));

        assertThat(page.source()).isEqualTo("hadano-2023.txt");
        assertThat(page.metadata().title()).startsWith("Agents, multilateral institutions").endsWith("peacekeeping policy");
        assertThat(page.metadata().publishedOnline()).isEqualTo("2023-10-18");
        assertThat(page.metadata().publisher()).isEqualTo("Cambridge University Press");
        assertThat(page.metadata().onBehalfOf()).isEqualTo("The British International Studies Association");
        assertThat(page.metadata().type()).isEqualTo("Research Article");
        assertThat(page.metadata().copyright()).startsWith("©").endsWith("Association.");
        assertThat(page.metadata().abstractText()).startsWith("Drawing on recent debates").endsWith("‘peacekeeping’ actor.");
        assertThat(page.metadata().authors()).singleElement().satisfies(a -> {
            assertThat(a.person().family()).isEqualTo("Hadano");
            assertThat(a.person().given()).isEqualTo("Takamitsu");
            assertThat(a.corresponding()).isTrue();
            assertThat(a.affiliation()).isEqualTo("Faculty of International Studies, Hiroshima City University, Hiroshima, Japan");
        });
        assertThat(page.notes()).hasSize(145);
        assertThat(page.notes()).extracting(NoteText::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 145).boxed().toList());
        assertThat(page.notes().get(128).text()).isEqualTo("I thank one of the anonymous reviewers for this phrase.");
        assertThat(page.notes().get(0).line()).isGreaterThan(20);
        assertThat(page.diagnostics()).isEmpty();
    }

    @Test
    void aChaptersPageNamesItsBookAndItsSummary() throws Exception {
        ArticlePage page = reader.read("chapter.txt", "Harbours and the Law: Essays on Ports\n\n"
                + "4 - Quays in Common: Berths, Cranes and Shared Use\n\n"
                + "Published online by Cambridge University Press:  3 March 2022\n\nIlse Marrow-Dunne\n\n"
                + "Summary\n\nPorts have shared their quays for centuries. This chapter asks how.\n\n"
                + "Notes\n\n1 Ana Quill, Quays (Lisbon: Quay Press, 2015), 4.\n");
        assertThat(page.metadata().book()).isEqualTo("Harbours and the Law: Essays on Ports");
        assertThat(page.metadata().title()).isEqualTo("Quays in Common: Berths, Cranes and Shared Use");
        assertThat(page.metadata().authors()).singleElement()
                .satisfies(a -> assertThat(a.person().family()).isEqualTo("Marrow-Dunne"));
        assertThat(page.metadata().abstractText()).isEqualTo("Ports have shared their quays for centuries. This chapter asks how.");
        assertThat(page.metadata().publishedOnline()).isEqualTo("2022-03-03");
        assertThat(page.notes()).hasSize(1);
    }

    @Test
    void readsPlainNumberedNotesInEveryNumberingStyle() throws Exception {
        for (String text : new String[] {
                "1 First note.\n2 Second note, p. 4.\n",
                "1. First note.\n\n2. Second note, p. 4.\n",
                "[1] First note.\n[2] Second note, p. 4.\n" }) {
            ArticlePage page = reader.read("notes.txt", text);
            assertThat(page.notes()).extracting(NoteText::text).containsExactly("First note.", "Second note, p. 4.");
            assertThat(page.metadata().title()).isNull();
        }
    }

    @Test
    void aNoteNumberOnALineOfItsOwnStartsTheNoteOnTheNextLine() throws Exception {
        ArticlePage page = reader.read("page.txt", "Title\n\nFootnotes\n\n* Professor of Law.\n\n1\nSee Tomas Okafor, Rivers of Law 45 (2008).\n\n"
                + "2\nId. at 47,\nand 12\nmore.\n\n[3]\n\u201CQuoted,\u201D ibid.\n");
        assertThat(page.notes()).extracting(NoteText::number).containsExactly(1, 2, 3);
        assertThat(page.notes()).extracting(NoteText::text).containsExactly(
                "See Tomas Okafor, Rivers of Law 45 (2008).", "Id. at 47, and 12 more.", "\u201CQuoted,\u201D ibid.");
        assertThat(page.notes()).allSatisfy(n -> assertThat(n.referenceListEntry()).isFalse());
    }

    @Test
    void aLineStartingWithANumberOutOfSequenceContinuesTheNote() throws Exception {
        ArticlePage page = reader.read("n.txt", "References\n1 Smith, Book (London:\n2004 Press), p. 3.\n2 Next.\n");
        assertThat(page.notes()).extracting(NoteText::text)
                .containsExactly("Smith, Book (London: 2004 Press), p. 3.", "Next.");
    }

    @Test
    void readsAnUnnumberedReferenceListOneEntryPerParagraph() throws Exception {
        ArticlePage page = reader.read("refs.txt", "Regions\n\nReferences\n\nAbbot, K. (2000) Title one.\n\n"
                + "Brandt, L. (2001) A title that\nwraps onto a second line.\n\nGoogle Scholar\n\nChen, W. (2002) Three.\n");
        assertThat(page.notes()).extracting(NoteText::text).containsExactly("Abbot, K. (2000) Title one.",
                "Brandt, L. (2001) A title that wraps onto a second line.", "Chen, W. (2002) Three.");
        assertThat(page.notes()).extracting(NoteText::number).containsExactly(1, 2, 3);
        assertThat(page.notes()).extracting(NoteText::line).containsExactly(5, 7, 12);
        assertThat(page.metadata().title()).isEqualTo("Regions");
    }

    @Test
    void twoParagraphEntriesCopiedWithoutTheBlankLineBetweenThem() throws Exception {
        ArticlePage page = reader.read("refs.txt", "Regions\n\nReferences\n\nAbbot, K. (2000) Title one.\n\n"
                + "Brandt, L. (2022, May 4). Quays. Harbour Daily. https://example.org/quays\nChen, W. (2002). Three. Journal, 4(1), 1\u20139.\n\n"
                + "Dunn, A. (2003) A title that wraps\nDunn, B. (2004) is no entry of its own: the line before ends mid-sentence.\n");
        assertThat(page.notes()).extracting(NoteText::text).containsExactly("Abbot, K. (2000) Title one.",
                "Brandt, L. (2022, May 4). Quays. Harbour Daily. https://example.org/quays", "Chen, W. (2002). Three. Journal, 4(1), 1\u20139.",
                "Dunn, A. (2003) A title that wraps Dunn, B. (2004) is no entry of its own: the line before ends mid-sentence.");
    }

    @Test
    void otherPublishersLinkLabelsAreNoPartOfANoteOrEntry() throws Exception {
        ArticlePage notes = reader.read("n.txt", "Title\n\nFootnotes\n\n1 A note.\nWorldCat\nOpenURL Placeholder Text\n\n2 Another.\n\nView all notes\n");
        assertThat(notes.notes()).extracting(NoteText::text).containsExactly("A note.", "Another.");
        ArticlePage list = reader.read("refs.txt", "Regions\n\nReferences\n\nAbbot, K. (2000) Title one. Journal 4(1): 1\u20139."
                + " [Crossref], [Web of Science \u00AE], [Google Scholar]\n\nBrandt, L. (2001) Two. [Google Scholar]\n\n"
                + "Chen, W. (2002) Three.\n\nDunn, A. (2003) Four.\n\nEng, B. (2004) Five [draft].\n");
        assertThat(list.notes()).extracting(NoteText::text).containsExactly("Abbot, K. (2000) Title one. Journal 4(1): 1\u20139.",
                "Brandt, L. (2001) Two.", "Chen, W. (2002) Three.", "Dunn, A. (2003) Four.", "Eng, B. (2004) Five [draft].");
    }

    @Test
    void readsAnUnnumberedReferenceListOneEntryPerLine() throws Exception {
        ArticlePage page = reader.read("refs.txt", "Bibliography\nAbbot, K. (2000) Title one.\nBrandt, L. (2001) Two.\n");
        assertThat(page.notes()).extracting(NoteText::text).containsExactly("Abbot, K. (2000) Title one.", "Brandt, L. (2001) Two.");
    }

    @Test
    void skipsPageFurnitureBetweenNotes() throws Exception {
        ArticlePage page = reader.read("n.txt", "Title\n\nReferences\n\n1 A note.\nGoogle Scholar\nCrossref\n2 Another.\n");
        assertThat(page.notes()).extracting(NoteText::text).containsExactly("A note.", "Another.");
    }

    @Test
    void warnsWhenNotesAreMissingFromTheSequence() throws Exception {
        ArticlePage page = reader.read("n.txt", "1 One.\n2 Two.\n4 Four.\n");
        assertThat(page.notes()).extracting(NoteText::number).containsExactly(1, 2, 4);
        assertThat(page.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.toString()).contains("n.txt:3").contains("note 4").contains("notes 3 missing");
        });
    }

    @Test
    void anUnnumberedReferenceListBecomesEntriesInListOrder() throws Exception {
        String page = "A title\n\nPublished online by Some Press:  3 March 2022\n\nAda Roe\nAffiliation:\nA University\n\n"
                + "References\n\nRoe, A. (2001) Harbours.\nLondon: Fictive Books.\n\nGoogle Scholar\n\nLee, B. 1999a. “Tides.” Annals 3 (1): 1–9.\n";
        ArticlePage paragraphs = reader.read("ad.txt", page);
        assertThat(paragraphs.metadata().title()).isEqualTo("A title");
        assertThat(paragraphs.notes()).extracting(NoteText::number).containsExactly(1, 2);
        assertThat(paragraphs.notes()).extracting(NoteText::text)
                .containsExactly("Roe, A. (2001) Harbours. London: Fictive Books.", "Lee, B. 1999a. “Tides.” Annals 3 (1): 1–9.");

        ArticlePage lines = reader.read("ad.txt", "Bibliography\nRoe, A. (2001) Harbours. London:\nFictive Books.\nLee, B. 1999a. Tides.\n");
        assertThat(lines.notes()).extracting(NoteText::text)
                .containsExactly("Roe, A. (2001) Harbours. London: Fictive Books.", "Lee, B. 1999a. Tides.");
        assertThat(lines.notes()).extracting(NoteText::line).containsExactly(2, 4);
    }

    @Test
    void onlyAnUnnumberedReferenceListIsMarkedAsReferenceListEntries() throws Exception {
        ArticlePage list = reader.read("ad.txt", "Bibliography\nRoe, A. (2001) Harbours.\nLee, B. 1999a. Tides.\n");
        assertThat(list.notes()).extracting(NoteText::referenceListEntry).containsExactly(true, true);

        ArticlePage underHeading = reader.read("n.txt", "Title\n\nReferences\n\n1 A note.\n2 Another.\n");
        ArticlePage plain = reader.read("notes.txt", "1 First note.\n2 Second note, p. 4.\n");
        assertThat(underHeading.notes()).extracting(NoteText::referenceListEntry).containsExactly(false, false);
        assertThat(plain.notes()).extracting(NoteText::referenceListEntry).containsExactly(false, false);
    }

    @Test
    void theNumberedNotesEndAtTheNextSectionHeading() throws Exception {
        ArticlePage page = reader.read("n.txt", "Footnotes\n1 See Roe (2001).\n2 Lee 1999a, 4.\n\nReferences\nRoe, A. (2001) Harbours.\n");
        assertThat(page.notes()).extracting(NoteText::text).containsExactly("See Roe (2001).", "Lee 1999a, 4.");
        assertThat(page.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(5);
            assertThat(d.message()).contains("'References'", "after note 2");
        });
    }

    @Test
    void refusesInputWithoutNotesNamingTheFile() {
        assertThatThrownBy(() -> reader.read("empty.txt", "Just a paragraph of prose.\n"))
                .isInstanceOf(PageException.class).hasMessageContaining("empty.txt").hasMessageContaining("no numbered notes");
        assertThatThrownBy(() -> reader.read(Path.of("does/not/exist.txt")))
                .isInstanceOf(PageException.class).hasMessageContaining("no such file");
    }

    private static final String LIST = "References\n\n"
            + "Abbot, K. (2000). Harbour law. Quay Press.\nGoogle Scholar\n\n"
            + "Brandt, L. (2001). Tides and treaties. Fictive Books.\n\n"
            + "Cole, M., & Dunne, A. (2010). Ports. Journal of Quays, 3(2), 1–20.\n\n"
            + "Dahl, I. (2015a). Lights. Sample & Sons.\n\n"
            + "Dahl, I. (2015b). Buoys. Sample & Sons.\n\n";
    private static final String COMMENTARY = "1 I thank the reviewers.\n\n2 On this see Abbot (2000, 12).\n\n3 Dahl (2015a) agrees.\n\n";

    @Test
    void anAuthorDateArticleWithFootnotesIsReadByItsReferenceList() throws Exception {
        for (String text : List.of("Title\n\n" + LIST + "Footnotes\n\n" + COMMENTARY, "Title\n\nNotes\n\n" + COMMENTARY + LIST)) {
            ArticlePage page = reader.read("ad.txt", text);
            assertThat(page.notes()).hasSize(5).allSatisfy(n -> assertThat(n.referenceListEntry()).isTrue());
            assertThat(page.notes().get(0).text()).isEqualTo("Abbot, K. (2000). Harbour law. Quay Press.");
            assertThat(page.notes().get(4).text()).startsWith("Dahl, I. (2015b)");
            assertThat(page.diagnostics()).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains("reference list (5 entries) is read, not its 3 numbered notes"));
        }
    }

    @Test
    void footnotesThatCiteInFullWinOverAReferenceList() throws Exception {
        String notes = "1 Ilse Brandt, \u2018Tides\u2019, Journal of Quays, 3:2 (2010), pp. 1\u201320.\n\n"
                + "2 Ibid., p. 4.\n\n3 Brandt, \u2018Tides\u2019, p. 6.\n\n";
        ArticlePage page = reader.read("n.txt", "Title\n\nNotes\n\n" + notes + LIST);
        assertThat(page.notes()).hasSize(3).noneSatisfy(n -> assertThat(n.referenceListEntry()).isTrue());
    }

    @Test
    void aChapterPagesNumberedTitleIsNoNote() throws Exception {
        ArticlePage page = reader.read("ch.txt", "1 - Harbours and the Law\nfrom Part I - Foundations\n\n"
                + "Published online by Cambridge University Press:  05 March 2021\n\nAna Tester\n\nSummary\n\nA summary.\n\n"
                + "Footnotes\n\n1 Ilse Brandt, Harbour Law (Oxford: Quay Press, 2015), 45.\n\n2 Ibid., 46.\n");
        assertThat(page.notes()).extracting(NoteText::text)
                .containsExactly("Ilse Brandt, Harbour Law (Oxford: Quay Press, 2015), 45.", "Ibid., 46.");
    }
}
