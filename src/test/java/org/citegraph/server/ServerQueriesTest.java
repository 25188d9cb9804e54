package org.citegraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.citegraph.store.QueryLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The pages' own queries ({@code /queries/server/*.rq}) against the fixture, over the union of its graphs. */
class ServerQueriesTest {

    private static final String B = Fixture.FIXTURE_BASE;
    private static DatasetReader reader;

    @BeforeAll
    static void load() {
        Dataset dataset = Fixture.dataset(B);
        reader = new DatasetReader(dataset, Duration.ofSeconds(30));
    }

    static List<String> serverQueries() {
        return QueryLibrary.names(DatasetReader.QUERY_FOLDER);
    }

    @ParameterizedTest
    @MethodSource("serverQueries")
    void everyQueryParsesAndHasAHeaderComment(String name) {
        String text = reader.queryText(name);
        assertThat(text).startsWith("#");
        assertThatCode(() -> QueryFactory.create(text, Syntax.syntaxARQ)).doesNotThrowAnyException();
    }

    /**
     * Each parameterised query runs when its parameter matches nothing (an empty left side once
     * crashed Jena 5.6.0's hash left join, apache/jena#3516).
     */
    @ParameterizedTest
    @MethodSource("serverQueries")
    void everyQueryRunsOnAResourceItKnowsNothingAbout(String name) {
        Node nothing = NodeFactory.createURI(B + "nothing");
        Map<String, Node> parameters = switch (name) {
            case "notes" -> Map.of("article", nothing);
            case "sitemap" -> Map.of("base", NodeFactory.createLiteralString(B));
            default -> Map.of("resource", nothing);
        };
        assertThatCode(() -> reader.read(view -> {
            if (reader.query(name).isConstructType()) return view.construct(name, parameters);
            return view.select(name, parameters);
        })).doesNotThrowAnyException();
        assertThatCode(() -> reader.read(view -> reader.query(name).isSelectType() ? view.select(name, Map.of("note", nothing)) : null))
                .doesNotThrowAnyException();
    }

    @Test
    void theSingleNodeLabelQueryChoosesLabelsExactlyAsTheNeighbourhoodOne() {
        String many = reader.queryText("labels");
        String one = reader.queryText("label");
        assertThat(one.substring(one.indexOf("PREFIX"), one.indexOf("WHERE {")))
                .isEqualTo(many.substring(many.indexOf("PREFIX"), many.indexOf("WHERE {")));
        assertThat(one.substring(one.indexOf("  {\n    { ?node dcterms:title")))
                .isEqualTo(many.substring(many.indexOf("  {\n    { ?node dcterms:title")));
        for (String work : List.of("br/1", "br/2", "ar/3", "ex/1", "id/40", "un/doc-res")) {
            Row single = select("label", "resource", B + work).get(0);
            Row inNeighbourhood = select("labels", "resource", B + work).stream()
                    .filter(r -> (B + work).equals(r.iri("node"))).findFirst().orElseThrow();
            assertThat(single.text("label")).isEqualTo(inNeighbourhood.text("label")).isNotNull();
            assertThat(single.iri("kind")).isEqualTo(inNeighbourhood.iri("kind"));
        }
    }

    private static List<Row> select(String name, String var, String iri) {
        return reader.read(view -> view.select(name, Map.of(var, NodeFactory.createURI(iri))));
    }

    @Test
    void notesComeInNumericOrderWithTheirReferencesAndPinpoints() {
        List<Row> rows = select("notes", "article", B + "br/1");
        assertThat(rows.stream().map(r -> r.text("number")).distinct().toList()).containsExactly("1", "2", "3", "10");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.iri("ref")).isEqualTo(B + "be/1-1");
            assertThat(r.iri("work")).isEqualTo(B + "br/2");
            assertThat(r.text("locator")).isEqualTo("p. 479");
            assertThat(r.iri("nextRef")).isEqualTo(B + "be/1-2");
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.iri("ref")).isEqualTo(B + "be/2-1");
            assertThat(r.text("comment")).isEqualTo("emphasis added");
            assertThat(r.iri("characterization")).isEqualTo("http://purl.org/spar/cito/includesQuotationFrom");
        });
    }

    @Test
    void aWorkIsCitedInTwoNotesWithDifferentPinpoints() {
        List<Row> rows = select("work-citations", "resource", B + "br/2");
        assertThat(rows).extracting(r -> r.text("number") + " " + r.text("locator")).containsExactly("1 p. 479", "3 pp. 471–3");
        assertThat(rows).allSatisfy(r -> assertThat(r.iri("article")).isEqualTo(B + "br/1"));
    }

    @Test
    void contributorsComeInRoleOrderFromEverySource() {
        List<Row> rows = select("contributors", "resource", B + "br/7");
        assertThat(rows.stream().filter(r -> r.text("source").equals("role")).map(r -> r.text("name") + "@" + r.number("position")))
                .containsExactly("Cornelia Navari@1", "Tonny Brems Knudsen@2");
        assertThat(rows.stream().filter(r -> r.text("source").equals("list")).map(r -> r.text("name") + "@" + r.number("position")))
                .containsExactly("Cornelia Navari@1", "Tonny Brems Knudsen@2");
    }

    @Test
    void labelsCoverTheNeighbourhoodWithReadableTexts() {
        Map<String, String> labels = new java.util.HashMap<>();
        for (Row r : select("labels", "resource", B + "br/2")) if (r.has("label")) labels.put(r.iri("node"), r.text("label"));
        assertThat(labels).containsEntry(B + "br/2", "The English School")
                .containsEntry(B + "br/3", "issue 3")
                .containsEntry(B + "br/4", "volume 27")
                .containsEntry(B + "ar/3", "author: Barry Buzan")
                .containsEntry(B + "ex/1", "p. 479 in The English School")
                .containsEntry(B + "re/1", "pp. 471–488")
                .containsEntry(B + "id/2", "doi 10.1017/s0260210501004715")
                .containsEntry(B + "be/1-1", "Barry Buzan, ‘The English School: An underexploited resource in IR’, Review of International Studies, 27:3 (2001), pp. 471–88 (p. 479)");
    }

    @Test
    void unDocumentsAreRecognisedInBothModellings() {
        Row record = select("un-document", "resource", B + "br/40").get(0);
        assertThat(record.text("symbol")).isEqualTo("S/PV.7796");
        assertThat(record.iri("organ")).isEqualTo(B + "un/body-S");
        assertThat(record.text("meetingDate")).isEqualTo("2016-10-28");
        assertThat(record.text("undocs")).isEqualTo("https://undocs.org/S/PV.7796");
        Row resolution = select("un-document", "resource", B + "un/doc-res").get(0);
        assertThat(resolution.text("adopted")).isEqualTo("1994-03-24");
        assertThat(resolution.text("undocs")).isEqualTo("https://undocs.org/A/RES/48/237");
        assertThat(select("un-document", "resource", B + "br/2")).isEmpty();
    }

    @Test
    void containersRunOutermostFirst() {
        assertThat(select("containers", "resource", B + "br/2")).extracting(r -> r.iri("container"))
                .containsExactly(B + "br/5", B + "br/4", B + "br/3");
    }

    @Test
    void agentsListTheirWorksAndRoles() {
        assertThat(select("agent-works", "resource", B + "ra/5")).extracting(r -> r.iri("work") + " " + r.text("roleName"))
                .containsExactlyInAnyOrder(B + "br/7 author", B + "br/8 editor");
        assertThat(select("agent-works", "resource", B + "ra/2")).extracting(r -> r.text("roleName")).containsExactly("affiliation");
    }

    @Test
    void descriptionHasOutgoingOwnedAndIncomingTriples() {
        Graph description = reader.read(view -> ResourceDescription.describe(view.union(), NodeFactory.createURI(B + "br/2")));
        Node work = NodeFactory.createURI(B + "br/2");
        assertThat(description.contains(work, NodeFactory.createURI("http://purl.org/dc/terms/title"), Node.ANY)).isTrue();
        // owned: its role and identifier, with their own triples
        assertThat(description.contains(NodeFactory.createURI(B + "ar/3"), Node.ANY, Node.ANY)).isTrue();
        assertThat(description.contains(NodeFactory.createURI(B + "id/2"), Node.ANY, Node.ANY)).isTrue();
        // incoming: the citing article and the references
        assertThat(description.contains(NodeFactory.createURI(B + "br/1"), NodeFactory.createURI("http://purl.org/spar/cito/cites"), work)).isTrue();
        assertThat(description.contains(NodeFactory.createURI(B + "be/3-2"), Node.ANY, work)).isTrue();
        // not owned: the author, cited elsewhere too
        assertThat(description.contains(NodeFactory.createURI(B + "ra/4"), Node.ANY, Node.ANY)).isFalse();
        // the blank author list comes whole
        assertThat(description.find(Node.ANY, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#_1"), NodeFactory.createURI(B + "ra/4")).hasNext()).isTrue();
    }
}
