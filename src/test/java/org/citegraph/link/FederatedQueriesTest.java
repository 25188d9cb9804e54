package org.citegraph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every shipped federated query, run over a local graph against loopback stand-ins for the four
 * services: the joined rows, one remote request per local binding, and the HTTP policy
 * (custom User-Agent) on every call.
 */
class FederatedQueriesTest {

    static final String AGENT = "citegraph-test/1.0 (federation test)";
    static StandIns standIns;
    static Federation federation;
    static Graph local;

    @BeforeAll
    static void start() {
        standIns = new StandIns();
        federation = new Federation(new RemoteAccess(standIns.endpoints(), Duration.ofSeconds(10), AGENT));
        local = GraphFactory.createDefaultGraph();
        RDFParser.source(StandIns.path("local.ttl")).parse(local);
    }

    @AfterAll
    static void stop() {
        if (standIns != null) standIns.close();
    }

    @BeforeEach
    void clear() {
        standIns.clearRequests();
    }

    static String value(Binding row, String var) {
        Node n = row.get(Var.alloc(var));
        if (n == null) return null;
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.getURI();
    }

    @Test
    void everyQueryFileHasAHeaderAndCallsOnlyItsDeclaredPublicServices() {
        for (FederatedQuery q : FederatedQuery.values()) {
            String text = q.text();
            assertThat(text).as(q.file()).startsWith("# ").contains("# What it answers:").contains("# Parameters:");
            assertThat(text).as(q.file()).contains("LATERAL");
            for (String endpoint : List.of(Endpoints.META, Endpoints.INDEX, Endpoints.WIKIDATA_SCHOLARLY, Endpoints.WIKIDATA_MAIN)) {
                boolean called = text.contains("SERVICE <" + endpoint + ">");
                assertThat(called).as(q.file() + " calls " + endpoint).isEqualTo(q.services().contains(endpoint));
            }
        }
    }

    @Test
    void doiToOmid() {
        List<Binding> rows = federation.select(FederatedQuery.DOI_TO_OMID, local);
        assertThat(rows).hasSize(1);
        Binding row = rows.get(0);
        assertThat(value(row, "work")).isEqualTo("https://example.org/t/br/2");
        assertThat(value(row, "doi")).isEqualTo("10.5555/ris.2001.027");
        assertThat(value(row, "omid")).isEqualTo("https://w3id.org/oc/meta/br/0610100001");
        assertThat(value(row, "metaTitle")).isEqualTo("The English School: An Underexploited Resource In IR");
        // One request per local DOI, the DOI substituted into the remote query.
        assertThat(standIns.meta.requests).hasSize(2);
        assertThat(standIns.meta.requests).anySatisfy(r -> assertThat(r.query()).contains("10.5555/ris.2001.027"));
        assertThat(standIns.meta.requests).anySatisfy(r -> assertThat(r.query()).contains("10.5555/not.in.any.service"));
        assertThat(standIns.meta.requests).allSatisfy(r -> assertThat(r.userAgent()).isEqualTo(AGENT));
        // Only the DOI leaves the machine, typed xsd:string for Meta's typed literals.
        assertThat(standIns.meta.requests).allSatisfy(r -> assertThat(r.query())
                .doesNotContain("example.org").contains("http://www.w3.org/2001/XMLSchema#string"));
    }

    @Test
    void upperCaseLocalDoisStillMatchMeta() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
                <https://example.org/x> <http://purl.org/spar/datacite/hasIdentifier> <https://example.org/x-doi> .
                <https://example.org/x-doi> <http://purl.org/spar/datacite/usesIdentifierScheme> <http://purl.org/spar/datacite/doi> ;
                    <http://www.essepuntato.it/2010/06/literalreification/hasLiteralValue> "10.5555/RIS.2001.027" .
                """, org.apache.jena.riot.Lang.TURTLE).parse(g);
        List<Binding> rows = federation.select(FederatedQuery.DOI_TO_OMID, g);
        assertThat(rows).extracting(r -> value(r, "omid")).containsExactly("https://w3id.org/oc/meta/br/0610100001");
    }

    @Test
    void whoElseCitesThroughMetaThenIndex() {
        Node article = NodeFactory.createURI("https://example.org/t/br/1");
        List<Binding> rows = federation.select(FederatedQuery.WHO_ELSE_CITES, local, Map.of("article", article));
        assertThat(rows).extracting(r -> value(r, "citingOmid")).containsExactly(
                "https://w3id.org/oc/meta/br/0610100005", "https://w3id.org/oc/meta/br/0610100006",
                "https://w3id.org/oc/meta/br/0610100007");
        assertThat(rows).allSatisfy(r -> {
            assertThat(value(r, "cited")).isEqualTo("https://example.org/t/br/2");
            assertThat(value(r, "omid")).isEqualTo("https://w3id.org/oc/meta/br/0610100001");
        });
        assertThat(rows).extracting(r -> value(r, "citation")).contains("https://w3id.org/oc/index/ci/0610100005-0610100001");
        assertThat(rows).extracting(r -> value(r, "created")).contains("2015-02-11", "2019");
        assertThat(standIns.index.requests).hasSize(1).allSatisfy(r -> {
            assertThat(r.userAgent()).isEqualTo(AGENT);
            assertThat(r.query()).contains("https://w3id.org/oc/meta/br/0610100001");
        });
    }

    @Test
    void whoElseCitesUsesStoredOmidsAndLeavesTheArticleItselfOut() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping();
        local.find().forEachRemaining(g::add);
        RDFParser.fromString("""
                <https://example.org/t/br/1> <http://www.w3.org/2002/07/owl#sameAs> <https://w3id.org/oc/meta/br/0610100007> .
                <https://example.org/t/br/2> <http://www.w3.org/2002/07/owl#sameAs> <https://w3id.org/oc/meta/br/0610100001> .
                """, org.apache.jena.riot.Lang.TURTLE).parse(g);
        List<Binding> rows = federation.select(FederatedQuery.WHO_ELSE_CITES, g,
                Map.of("article", NodeFactory.createURI("https://example.org/t/br/1")));
        assertThat(rows).extracting(r -> value(r, "citingOmid")).containsExactly(
                "https://w3id.org/oc/meta/br/0610100005", "https://w3id.org/oc/meta/br/0610100006");
        // br:2's OMID was stored, so Meta is asked only about br:7's DOI.
        assertThat(standIns.meta.requests).hasSize(1)
                .allSatisfy(r -> assertThat(r.query()).contains("10.5555/not.in.any.service"));
    }

    @Test
    void doiToWikidataUpperCasesTheDoi() {
        List<Binding> rows = federation.select(FederatedQuery.DOI_TO_WIKIDATA, local);
        assertThat(rows).hasSize(1);
        Binding row = rows.get(0);
        assertThat(value(row, "work")).isEqualTo("https://example.org/t/br/2");
        assertThat(value(row, "doi")).isEqualTo("10.5555/RIS.2001.027");
        assertThat(value(row, "item")).isEqualTo("http://www.wikidata.org/entity/Q987650001");
        assertThat(value(row, "venue")).isEqualTo("http://www.wikidata.org/entity/Q987650100");
        assertThat(value(row, "pages")).isEqualTo("471-488");
        assertThat(standIns.scholarly.requests).hasSize(2).allSatisfy(r -> assertThat(r.userAgent()).isEqualTo(AGENT));
        assertThat(standIns.main.requests).isEmpty();
    }

    @Test
    void unSymbolToWikidataOnTheMainGraph() {
        List<Binding> rows = federation.select(FederatedQuery.UN_SYMBOL_TO_WIKIDATA, local);
        assertThat(rows).hasSize(1);
        Binding row = rows.get(0);
        assertThat(value(row, "doc")).isEqualTo("https://example.org/t/br/20");
        assertThat(value(row, "symbol")).isEqualTo("S/PV.7796");
        assertThat(value(row, "item")).isEqualTo("http://www.wikidata.org/entity/Q987659001");
        assertThat(value(row, "label")).isEqualTo("Security Council, 7796th meeting");
        assertThat(standIns.main.requests).hasSize(1).allSatisfy(r -> {
            assertThat(r.userAgent()).isEqualTo(AGENT);
            assertThat(r.query()).contains("S/PV.7796");
        });
        assertThat(standIns.scholarly.requests).isEmpty();
    }

    @Test
    void serviceIrisOutsideTheConfiguredEndpointsAreRefused() {
        Graph g = GraphFactory.createDefaultGraph();
        RemoteAccess access = new RemoteAccess(standIns.endpoints(), Duration.ofSeconds(5), AGENT);
        String query = "SELECT * { SERVICE <http://127.0.0.1:9/elsewhere> { ?s ?p ?o } }";
        assertThatThrownBy(() -> org.apache.jena.sparql.exec.QueryExec.graph(g).query(query).context(access.context()).select().materialize())
                .isInstanceOf(QueryDeniedException.class).hasMessageContaining("not a configured endpoint");
    }
}
