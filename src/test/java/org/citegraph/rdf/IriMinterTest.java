package org.citegraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.jena.irix.IRIs;
import org.citegraph.model.Article;
import org.citegraph.model.BibFields;
import org.citegraph.model.CitationRef;
import org.citegraph.model.CitationType;
import org.citegraph.model.Organization;
import org.citegraph.model.Person;
import org.citegraph.model.UnSymbol;
import org.citegraph.model.Work;
import org.junit.jupiter.api.Test;

class IriMinterTest {

    private final IriMinter iris = new IriMinter();

    @Test
    void theCitingArticleIsNamedAfterItsSourceFile() {
        Article article = new Article("examples/hadano-2023.txt", null, List.of(), List.of(), List.of());
        String slug = IriMinter.articleSlug(article);
        assertThat(slug).isEqualTo("hadano-2023");
        assertThat(iris.article(slug).getURI()).isEqualTo("http://localhost:3030/article/hadano-2023");
        assertThat(iris.graph(slug).getURI()).isEqualTo("http://localhost:3030/graph/hadano-2023");
        assertThat(iris.note(slug, 17).getURI()).isEqualTo("http://localhost:3030/article/hadano-2023/note/17");
        assertThat(iris.referenceList(slug).getURI()).isEqualTo("http://localhost:3030/article/hadano-2023/reference-list");
        assertThat(iris.referenceListEntry(slug, 17).getURI()).isEqualTo("http://localhost:3030/article/hadano-2023/reference-list/17");
        CitationRef ref = new CitationRef(17, 2);
        assertThat(iris.reference(slug, ref).getURI()).isEqualTo("http://localhost:3030/article/hadano-2023/ref/17-2");
        assertThat(iris.citation(slug, ref).getURI()).isEqualTo("http://localhost:3030/article/hadano-2023/citation/17-2");
        assertThat(iris.excerpt(slug, ref, 1).getURI()).isEqualTo("http://localhost:3030/article/hadano-2023/excerpt/17-2-1");
        assertThat(IriMinter.articleSlug(new Article("C:\\in\\Šćepanović 2020.TXT", null, List.of(), List.of(), List.of())))
                .isEqualTo("scepanovic-2020");
    }

    @Test
    void worksAreKeyedByTheirIdAndUnDocumentsByTheirSymbol() {
        Work book = new Work("buzan-2004-international-world-society", CitationType.BOOK, BibFields.EMPTY, List.of(), null, null);
        assertThat(iris.work(book).getURI()).isEqualTo("http://localhost:3030/works/buzan-2004-international-world-society");

        UnSymbol symbol = new UnSymbol("S/PV.7796", "S", null, null, null, "PV", "7796", List.of());
        Work record = new Work("un-doc-s-pv-7796", CitationType.UN_DOCUMENT, BibFields.EMPTY, List.of(), null, symbol);
        assertThat(iris.work(record).getURI()).isEqualTo("http://localhost:3030/un/doc/S/PV.7796");
        assertThat(iris.unDocument("A/RES/69/274 A").getURI()).isEqualTo("http://localhost:3030/un/doc/A/RES/69/274_A");
        assertThat(iris.unDocument("S/RES/2334(2016)").getURI()).isEqualTo("http://localhost:3030/un/doc/S/RES/2334(2016)");

        Work noSymbol = new Work("un-doc-x", CitationType.UN_DOCUMENT, BibFields.EMPTY, List.of(), null, null);
        assertThat(iris.work(noSymbol).getURI()).isEqualTo("http://localhost:3030/works/un-doc-x");
    }

    @Test
    void agentsPlacesAndVenuesHaveReadableSlugs() {
        assertThat(iris.person(new Person("Knudsen", "Tonny Brems")).getURI()).isEqualTo("http://localhost:3030/person/knudsen-tonny-brems");
        assertThat(iris.person(new Person("King", "Martin Luther", "Jr.")).getURI()).isEqualTo("http://localhost:3030/person/king-martin-luther-jr");
        assertThat(iris.agent(new Organization("Center on International Cooperation")).getURI())
                .isEqualTo("http://localhost:3030/org/center-on-international-cooperation");
        assertThat(iris.place("Boulder, CO").getURI()).isEqualTo("http://localhost:3030/place/boulder-co");
        var journal = iris.venue(IriMinter.Venue.JOURNAL, "Review of International Studies");
        assertThat(iris.issue(journal, "35", "S1").getURI())
                .isEqualTo("http://localhost:3030/venue/journal/review-of-international-studies/35/S1");
        assertThat(iris.issue(journal, null, "4").getURI())
                .isEqualTo("http://localhost:3030/venue/journal/review-of-international-studies/issue/4");
        assertThat(iris.book("International Organization in the Anarchical Society", "2019").getURI())
                .isEqualTo("http://localhost:3030/venue/book/international-organization-in-the-anarchical-society-2019");
    }

    @Test
    void rolesAndIdentifiersHangOffTheirEntity() {
        var work = iris.workById("buzan-2001-english-school");
        assertThat(iris.role(work, "author", 1).getURI()).isEqualTo("http://localhost:3030/role/works/buzan-2001-english-school/author/1");
        assertThat(iris.roleList(work, "author").getURI()).isEqualTo("http://localhost:3030/role/works/buzan-2001-english-school/author");
        assertThat(iris.identifier(work, "doi").getURI()).isEqualTo("http://localhost:3030/id/works/buzan-2001-english-school/doi");
        assertThatThrownBy(() -> iris.role(org.apache.jena.graph.NodeFactory.createURI("http://elsewhere.org/x"), "author", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBaseCanBeChangedAndIsCompletedWithASlash() {
        IriMinter other = new IriMinter("https://data.example.org/kg");
        assertThat(other.base()).isEqualTo("https://data.example.org/kg/");
        assertThat(other.workById("a").getURI()).isEqualTo("https://data.example.org/kg/works/a");
        assertThatThrownBy(() -> new IriMinter("not a base")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oddKeysAreEncodedIntoValidIris() {
        String iri = iris.workById("a b/ü?#").getURI();
        assertThat(iri).isEqualTo("http://localhost:3030/works/a%20b%2F%C3%BC%3F%23");
        assertThat(IRIs.check(iri)).isTrue();
        assertThat(IRIs.check(iris.unDocument("A/HRC/39/CRP.2*").getURI())).isTrue();
    }

    @Test
    void mintingIsDeterministic() {
        assertThat(new IriMinter().person(new Person("Buzan", "Barry"))).isEqualTo(iris.person(new Person("Buzan", "Barry")));
    }
}
