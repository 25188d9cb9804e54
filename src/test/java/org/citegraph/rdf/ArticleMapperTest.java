package org.citegraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIs;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.citegraph.model.Article;
import org.citegraph.model.ArticleMetadata;
import org.citegraph.model.BibFields;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationType;
import org.citegraph.model.Diagnostic;
import org.citegraph.model.Note;
import org.citegraph.model.Person;
import org.citegraph.rdf.vocab.Bibo;
import org.citegraph.rdf.vocab.Biro;
import org.citegraph.rdf.vocab.DcTerms;
import org.citegraph.rdf.vocab.Fabio;
import org.citegraph.rdf.vocab.Rdf;
import org.citegraph.rdf.vocab.Vocabularies;
import org.junit.jupiter.api.Test;

class ArticleMapperTest {

    private static final String B = "http://localhost:3030/";

    private final ArticleMapper mapper = new ArticleMapper();
    private final Article article = ArticleFixture.article();

    private DatasetGraph map(Article a, List<Diagnostic> problems) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        problems.addAll(mapper.map(a, StreamRDFLib.dataset(dataset)));
        return dataset;
    }

    private Graph graph() {
        return map(article, new ArrayList<>()).getGraph(mapper.graphName(article));
    }

    private static Node iri(String path) {
        return NodeFactory.createURI(B + path);
    }

    @Test
    void everythingLandsInTheArticleGraphAndNothingElse() {
        List<Diagnostic> problems = new ArrayList<>();
        DatasetGraph dataset = map(article, problems);
        assertThat(problems).isEmpty();
        List<Node> graphs = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(graphs::add);
        assertThat(graphs).containsExactly(iri("graph/fixture-2023"));
        assertThat(dataset.getDefaultGraph().isEmpty()).isTrue();
    }

    @Test
    void mappingIsDeterministicAndUsesNoBlankNodes() {
        Set<Triple> first = triples(graph());
        Set<Triple> second = triples(graph());
        assertThat(first).isEqualTo(second);
        assertThat(first).allSatisfy(t -> {
            assertThat(t.getSubject().isBlank()).isFalse();
            assertThat(t.getObject().isBlank()).isFalse();
        });
    }

    @Test
    void onlyDeclaredVocabularyTermsAreUsed() throws Exception {
        Set<Node> vocabulary = new HashSet<>();
        for (Class<?> v : Vocabularies.ALL) {
            for (Field f : v.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) vocabulary.add((Node) f.get(null));
            }
        }
        for (Triple t : triples(graph())) {
            Node p = t.getPredicate();
            boolean member = p.getURI().startsWith(Rdf.NS + "_");
            assertThat(member || vocabulary.contains(p)).as("predicate " + p).isTrue();
            if (p.equals(Rdf.type)) assertThat(vocabulary).as("class " + t.getObject()).contains(t.getObject());
        }
    }

    @Test
    void everyIriIsValid() {
        for (Triple t : triples(graph())) {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI()) assertThat(IRIs.check(n.getURI())).as(n.getURI()).isTrue();
            }
        }
    }

    @Test
    void bibliographicNodesFollowOcdmWithTheBiboLayerOnTop() {
        Graph g = graph();
        Node article = iri("works/buzan-2001-english-school");
        assertThat(types(g, article)).containsExactlyInAnyOrder(Fabio.Expression, Fabio.JournalArticle, Bibo.AcademicArticle);
        assertThat(objects(g, article, DcTerms.title)).containsExactly(NodeFactory.createLiteralString("The English School"));
        assertThat(objects(g, article, Fabio.hasSubtitle)).containsExactly(NodeFactory.createLiteralString("An underexploited resource in IR"));
        Node issue = iri("venue/journal/review-of-international-studies/27/3");
        assertThat(objects(g, article, DcTerms.isPartOf)).containsExactly(issue);
        assertThat(objects(g, issue, Bibo.issue)).containsExactly(NodeFactory.createLiteralString("3"));
        assertThat(objects(g, article, DcTerms.issued)).extracting(Node::getLiteralDatatypeURI)
                .containsExactly("http://www.w3.org/2001/XMLSchema#gYear");
    }

    @Test
    void aChaptersEditorsPublisherAndPlaceBelongToItsBook() {
        Graph g = graph();
        Node chapter = iri("works/navari-knudsen-2019-introduction");
        Node book = iri("venue/book/international-organization-in-the-anarchical-society-2019");
        assertThat(objects(g, chapter, DcTerms.isPartOf)).containsExactly(book);
        assertThat(objects(g, chapter, Bibo.editor)).isEmpty();
        assertThat(objects(g, chapter, DcTerms.publisher)).isEmpty();
        assertThat(objects(g, book, Bibo.editor)).containsExactlyInAnyOrder(iri("person/knudsen-tonny-brems"), iri("person/navari-cornelia"));
        assertThat(objects(g, book, DcTerms.publisher)).containsExactly(iri("org/palgrave-macmillan"));
        assertThat(types(g, book)).contains(Bibo.EditedBook);
    }

    @Test
    void shortFormsAddNothingToTheWorkButTheirReference() {
        Graph g = graph();
        // "Buzan, From International to World Society?, p. 167" names Buzan without a given name
        assertThat(g.contains(iri("person/buzan"), Node.ANY, Node.ANY)).isFalse();
        Node book = iri("works/buzan-2004-international-world-society");
        assertThat(objects(g, book, DcTerms.title)).containsExactly(NodeFactory.createLiteralString("From International to World Society?"));
        assertThat(objects(g, book, Fabio.hasShortTitle)).containsExactly(NodeFactory.createLiteralString("From International to World Society?"));
        assertThat(objects(g, iri("article/fixture-2023/ref/2-0"), Biro.references)).containsExactly(book);
    }

    @Test
    void aCitationWithoutAKnownWorkGetsAWorkFromItsOwnFields() {
        Citation orphan = new Citation(0, "Jane Doe, A Book (London: Press, 1999)", CitationType.BOOK,
                BibFields.builder().authors(List.of(new Person("Doe", "Jane"))).title("A Book").year("1999").build(),
                null, null, false, null, null, null, null);
        Article a = new Article("orphan.txt", null, List.of(new Note(1, 3, orphan.raw() + ".", List.of(orphan), true)), List.of(), List.of());
        List<Diagnostic> problems = new ArrayList<>();
        Graph g = map(a, problems).getGraph(mapper.graphName(a));
        assertThat(problems).isEmpty();
        Node work = iri("works/orphan-note-1-0");
        assertThat(objects(g, iri("article/orphan/ref/1-0"), Biro.references)).containsExactly(work);
        assertThat(objects(g, work, DcTerms.title)).containsExactly(NodeFactory.createLiteralString("A Book"));
    }

    private static Set<Triple> triples(Graph g) {
        Set<Triple> set = new HashSet<>();
        g.find().forEachRemaining(set::add);
        return set;
    }

    @Test
    void aChaptersPageIsABookChapterPartOfItsBook() {
        ArticleMetadata meta = new ArticleMetadata("Quays in Common", List.of(), "2022-03-03", null, null, null, null, null, null, null,
                "Harbours and the Law");
        Article chapter = new Article("quays.txt", meta, List.of(), List.of(), List.of());
        Graph g = map(chapter, new ArrayList<>()).getGraph(mapper.graphName(chapter));
        Node node = iri("article/quays");
        assertThat(types(g, node)).contains(Fabio.BookChapter, Bibo.Chapter).doesNotContain(Fabio.JournalArticle);
        List<Node> books = objects(g, node, DcTerms.isPartOf);
        assertThat(books).hasSize(1);
        assertThat(types(g, books.get(0))).contains(Fabio.Book, Bibo.Book);
        assertThat(objects(g, books.get(0), DcTerms.title)).containsExactly(NodeFactory.createLiteralString("Harbours and the Law"));
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static List<Node> types(Graph g, Node s) {
        return objects(g, s, Rdf.type);
    }

    @Test
    void notesSharingANumberAreReported() {
        Note first = article.notes().get(0);
        List<Note> notes = new ArrayList<>(article.notes());
        notes.add(new Note(first.number(), 999, "A stray second note 1.", List.of(), true));
        Article twice = new Article(article.source(), article.metadata(), notes, article.works(), List.of());
        List<Diagnostic> problems = new ArrayList<>();
        map(twice, problems);
        assertThat(problems).extracting(Diagnostic::toString)
                .containsExactly("fixtures/fixture-2023.txt:999: note 1: warning: another note has the same number; the two are merged in the graph");
    }
}
