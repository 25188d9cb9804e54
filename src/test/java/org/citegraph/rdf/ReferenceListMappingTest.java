package org.citegraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.citegraph.model.Article;
import org.citegraph.model.Diagnostic;
import org.citegraph.model.Note;
import org.citegraph.notes.NotesParser;
import org.citegraph.page.ArticleReader;
import org.citegraph.page.InputFormat;
import org.citegraph.rdf.vocab.Biro;
import org.citegraph.rdf.vocab.C4o;
import org.citegraph.rdf.vocab.Deo;
import org.citegraph.rdf.vocab.Doco;
import org.citegraph.rdf.vocab.Fabio;
import org.citegraph.rdf.vocab.Frbr;
import org.citegraph.rdf.vocab.Oco;
import org.citegraph.rdf.vocab.Rdf;
import org.junit.jupiter.api.Test;

/**
 * An author–date article's reference list is mapped as a list of bibliographic-reference entries,
 * not as footnotes; a footnote article is mapped exactly as before.
 */
class ReferenceListMappingTest {

    private static final String B = "http://localhost:3030/";
    private static final Path AUTHOR_DATE = Path.of("src/test/resources/corpus/author-date-references.txt");
    private static final Path SAMPLE = Path.of("examples/hadano-2023.txt");

    private final ArticleMapper mapper = new ArticleMapper();

    private static Article read(Path file) throws Exception {
        return new NotesParser().parse(new ArticleReader().read(file, InputFormat.AUTO));
    }

    private Graph map(Article article) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        List<Diagnostic> problems = mapper.map(article, StreamRDFLib.dataset(dataset));
        assertThat(problems).isEmpty();
        return dataset.getGraph(mapper.graphName(article));
    }

    @Test
    void anAuthorDateArticlesEntriesFormOneReferenceListAndNoFootnote() throws Exception {
        Article article = read(AUTHOR_DATE);
        assertThat(article.notes()).isNotEmpty().allMatch(Note::referenceListEntry);
        Graph g = map(article);
        Node articleNode = mapper.articleNode(article);
        Node list = iri("article/author-date-references/reference-list");

        assertThat(subjectsOfType(g, Doco.Footnote)).isEmpty();
        assertThat(subjectsOfType(g, Doco.BibliographicReferenceList)).containsExactly(list);
        assertThat(types(g, list)).containsExactlyInAnyOrder(Deo.DiscourseElement, Doco.BibliographicReferenceList, Biro.ReferenceList);
        assertThat(objects(g, articleNode, Frbr.part)).contains(list);

        List<Node> entries = new ArrayList<>();
        for (Note note : article.notes()) {
            Node entry = iri("article/author-date-references/reference-list/" + note.number());
            entries.add(entry);
            assertThat(types(g, entry)).as(entry.getURI()).containsExactlyInAnyOrder(Deo.DiscourseElement, Deo.BibliographicReference);
            assertThat(objects(g, entry, Fabio.hasSequenceIdentifier)).containsExactly(NodeFactory.createLiteralString(Integer.toString(note.number())));
            assertThat(objects(g, entry, C4o.hasContent)).containsExactly(NodeFactory.createLiteralString(note.text()));
            assertThat(objects(g, list, Frbr.part)).contains(entry);
            assertThat(objects(g, articleNode, Frbr.part)).contains(entry);
            for (int p = 0; p < note.citations().size(); p++) {
                Node reference = iri("article/author-date-references/ref/" + note.number() + "-" + p);
                assertThat(objects(g, entry, Frbr.part)).contains(reference);
                assertThat(types(g, reference)).contains(Biro.BibliographicReference);
            }
        }
        assertThat(subjectsOfType(g, Deo.BibliographicReference)).containsExactlyInAnyOrderElementsOf(entries);
        assertThat(objects(g, list, Frbr.part)).hasSameSizeAs(entries);
        assertThat(article.notes().stream().mapToInt(n -> n.citations().size()).sum()).isPositive();
        for (int i = 0; i + 1 < entries.size(); i++) {
            assertThat(objects(g, entries.get(i), Oco.hasNext)).containsExactly(entries.get(i + 1));
        }
        assertThat(objects(g, entries.get(entries.size() - 1), Oco.hasNext)).isEmpty();
    }

    @Test
    void aJatsReferenceListIsMappedAsEntriesToo() throws Exception {
        String xml = "<article><front><article-meta><title-group><article-title>Fords</article-title></title-group></article-meta></front>"
                + "<back><ref-list><ref id='r1'><mixed-citation>Venn, M. (2010) ‘Crossing points’, Water History, 12(2), pp. 33–59.</mixed-citation></ref>"
                + "<ref id='r2'><mixed-citation>Hale, T. (1999) Bridges Before Bridges. Leeds: Northern Press.</mixed-citation></ref></ref-list></back></article>";
        Article article = new NotesParser().parse(new ArticleReader().read("fords.xml", xml, InputFormat.AUTO));
        Graph g = map(article);
        assertThat(subjectsOfType(g, Doco.Footnote)).isEmpty();
        assertThat(subjectsOfType(g, Deo.BibliographicReference))
                .containsExactlyInAnyOrder(iri("article/fords/reference-list/1"), iri("article/fords/reference-list/2"));
        assertThat(objects(g, iri("article/fords/reference-list"), Frbr.part))
                .containsExactlyInAnyOrder(iri("article/fords/reference-list/1"), iri("article/fords/reference-list/2"));
    }

    @Test
    void footnotesAndEntriesOfOneArticleKeepTheirOwnKindAndChain() {
        Article fixture = ArticleFixture.article();
        List<Note> notes = new ArrayList<>();
        for (Note n : fixture.notes()) {
            // the last three notes stand for a reference list printed after the footnotes
            boolean entry = n.number() > fixture.notes().size() - 3;
            notes.add(new Note(n.number(), n.line(), n.text(), n.citations(), n.parsed(), entry));
        }
        Article mixed = new Article(fixture.source(), fixture.metadata(), notes, fixture.works(), List.of());
        Graph g = map(mixed);
        int footnotes = fixture.notes().size() - 3;
        assertThat(subjectsOfType(g, Doco.Footnote)).hasSize(footnotes);
        assertThat(subjectsOfType(g, Deo.BibliographicReference)).hasSize(3);
        Node lastFootnote = iri("article/fixture-2023/note/" + footnotes);
        assertThat(objects(g, lastFootnote, Oco.hasNext)).isEmpty();
        assertThat(objects(g, iri("article/fixture-2023/reference-list"), Frbr.part)).hasSize(3);
    }

    @Test
    void theSampleStaysAFootnoteArticle() throws Exception {
        Article article = read(SAMPLE);
        Graph g = map(article);
        Set<Node> footnotes = subjectsOfType(g, Doco.Footnote);
        assertThat(footnotes).hasSize(145);
        for (Node footnote : footnotes) {
            assertThat(footnote.getURI()).matches(B + "article/hadano-2023/note/\\d+");
            assertThat(types(g, footnote)).containsExactlyInAnyOrder(Deo.DiscourseElement, Doco.Footnote);
        }
        assertThat(subjectsOfType(g, Deo.BibliographicReference)).isEmpty();
        assertThat(subjectsOfType(g, Doco.BibliographicReferenceList)).isEmpty();
        assertThat(subjectsOfType(g, Biro.ReferenceList)).isEmpty();
        Set<Triple> mentioningALists = new HashSet<>();
        g.find().forEachRemaining(t -> {
            if (t.toString().contains("reference-list")) mentioningALists.add(t);
        });
        assertThat(mentioningALists).isEmpty();
    }

    private static Node iri(String path) {
        return NodeFactory.createURI(B + path);
    }

    private static Set<Node> subjectsOfType(Graph g, Node type) {
        Set<Node> subjects = new HashSet<>();
        g.find(Node.ANY, Rdf.type, type).forEachRemaining(t -> subjects.add(t.getSubject()));
        return subjects;
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static List<Node> types(Graph g, Node s) {
        return objects(g, s, Rdf.type);
    }
}
