package org.citegraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.OWL2;
import org.citegraph.model.Article;
import org.citegraph.rdf.ArticleMapper;
import org.citegraph.rdf.IriMinter;
import org.citegraph.rdf.vocab.DataCite;
import org.citegraph.rdf.vocab.DcTerms;
import org.citegraph.rdf.vocab.LiteralReification;
import org.citegraph.testing.SampleArticles;
import org.citegraph.validate.ValidationReport;
import org.citegraph.validate.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The linker over real mapper output (the hand-built sample article, whose journal article DOI and
 * UN document symbol the stand-ins know), against the loopback stand-ins, and against a closed
 * loopback port standing in for "no network".
 */
class LinkerTest {

    static final String AGENT = "citegraph-test/1.0 (linker test)";
    static StandIns standIns;
    static final ArticleMapper MAPPER = new ArticleMapper();
    static final IriMinter IRIS = MAPPER.iris();

    @BeforeAll
    static void start() {
        standIns = new StandIns();
    }

    @AfterAll
    static void stop() {
        if (standIns != null) standIns.close();
    }

    @BeforeEach
    void clear() {
        standIns.clearRequests();
    }

    static Graph mapped() {
        Article article = SampleArticles.article();
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        MAPPER.map(article, StreamRDFLib.dataset(ds));
        Graph copy = GraphFactory.createDefaultGraph();
        ds.getGraph(MAPPER.graphName(article)).find().forEachRemaining(copy::add);
        return copy;
    }

    static Linker linker(Endpoints endpoints, Duration timeout) {
        return new Linker(new RemoteAccess(endpoints, timeout, AGENT), IRIS);
    }

    static boolean hasValue(Graph g, Node entity, Node scheme, String value) {
        return g.find(entity, DataCite.hasIdentifier, Node.ANY).toList().stream().anyMatch(t ->
                g.contains(t.getObject(), DataCite.usesIdentifierScheme, scheme)
                        && g.contains(t.getObject(), LiteralReification.hasLiteralValue, NodeFactory.createLiteralString(value)));
    }

    @Test
    void linksDoisToOmidsAndWikidataAndUnSymbolsToWikidata() {
        Graph g = mapped();
        long before = g.size();
        LinkReport report = linker(standIns.endpoints(), Duration.ofSeconds(10)).link(g);

        Node article = IRIS.work(SampleArticles.JOURNAL_ARTICLE);
        Node unDoc = IRIS.work(SampleArticles.UN_DOCUMENT);
        assertThat(g.contains(article, OWL2.sameAs.asNode(), NodeFactory.createURI("https://w3id.org/oc/meta/br/0610100001"))).isTrue();
        assertThat(hasValue(g, article, DataCite.omid, "br/0610100001")).isTrue();
        assertThat(g.contains(article, DcTerms.relation, NodeFactory.createURI("http://www.wikidata.org/entity/Q987650001"))).isTrue();
        assertThat(hasValue(g, article, DataCite.wikidata, "Q987650001")).isTrue();
        assertThat(g.contains(unDoc, DcTerms.relation, NodeFactory.createURI("http://www.wikidata.org/entity/Q987659001"))).isTrue();
        assertThat(hasValue(g, unDoc, DataCite.wikidata, "Q987659001")).isTrue();
        // Wikidata items are related to works, never declared the same resource (UN organs, which are
        // not works, are the same as their Wikidata items by the mapping itself).
        assertThat(g.find(Node.ANY, OWL2.sameAs.asNode(), Node.ANY).filterKeep(LinkerTest::aboutADocument).toList())
                .allSatisfy(t -> assertThat(t.getObject().getURI()).startsWith("https://w3id.org/oc/meta/br/"));
        // Works the services do not know are untouched.
        assertThat(g.find(IRIS.work(SampleArticles.BOOK), OWL2.sameAs.asNode(), Node.ANY).toList()).isEmpty();

        assertThat(report.offline()).isFalse();
        assertThat(report.lookups()).extracting(LinkReport.Lookup::found).containsExactly(1, 1, 1);
        assertThat(report.triplesAdded()).isEqualTo(g.size() - before).isEqualTo(3 * 5); // per link: the relation plus four identifier triples
        assertThat(report.toText()).contains("15 triples added");
        for (StandIns.Service s : java.util.List.of(standIns.meta, standIns.scholarly, standIns.main)) {
            assertThat(s.requests).isNotEmpty().allSatisfy(r -> assertThat(r.userAgent()).isEqualTo(AGENT));
        }
    }

    @Test
    void linkedGraphStillValidates() {
        Graph g = mapped();
        linker(standIns.endpoints(), Duration.ofSeconds(10)).link(g);
        ValidationReport report = Validator.standard().validate(g);
        assertThat(report.problems()).as(report.toText()).isEmpty();
    }

    @Test
    void linkingTwiceAddsNothingNew() {
        Graph g = mapped();
        Linker linker = linker(standIns.endpoints(), Duration.ofSeconds(10));
        linker.link(g);
        long once = g.size();
        LinkReport again = linker.link(g);
        assertThat(g.size()).isEqualTo(once);
        assertThat(again.triplesAdded()).isZero();
    }

    @Test
    void withoutNetworkItSaysSoAndChangesNothing() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        String nowhere = "http://127.0.0.1:" + closed + "/sparql";
        Graph g = mapped();
        Graph before = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(before::add);

        LinkReport report = linker(new Endpoints(nowhere, nowhere, nowhere, nowhere), Duration.ofSeconds(2)).link(g);

        assertThat(IsoMatcher.isomorphic(before, g)).isTrue();
        assertThat(report.offline()).isTrue();
        assertThat(report.triplesAdded()).isZero();
        assertThat(report.lookups()).hasSize(3).allSatisfy(l -> assertThat(l.error()).isNotBlank());
        assertThat(report.toText())
                .contains("no service could be reached")
                .contains("graph is unchanged")
                .contains("OpenCitations Meta (" + nowhere + ") unreachable (connection refused or unreachable)");
    }

    /** A service that accepts the connection but never answers is given up after the timeout. */
    @Test
    void aServiceThatNeverAnswersTimesOut() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            java.util.List<java.net.Socket> held = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) held.add(silent.accept());
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String mute = "http://127.0.0.1:" + silent.getLocalPort() + "/sparql";
            Graph g = mapped();
            long start = System.nanoTime();
            LinkReport report = linker(new Endpoints(mute, mute, mute, mute), Duration.ofSeconds(1)).link(g);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
            assertThat(report.offline()).isTrue();
            assertThat(report.lookups()).allSatisfy(l -> assertThat(l.error()).containsIgnoringCase("time"));
            for (java.net.Socket s : held) s.close();
        }
    }

    @Test
    void oneServiceDownStillLinksTheOthers() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Endpoints endpoints = standIns.endpoints();
        Endpoints metaDown = new Endpoints("http://127.0.0.1:" + closed + "/meta", endpoints.openCitationsIndex(),
                endpoints.wikidataScholarly(), endpoints.wikidataMain());
        Graph g = mapped();
        LinkReport report = linker(metaDown, Duration.ofSeconds(2)).link(g);
        assertThat(report.offline()).isFalse();
        assertThat(report.lookups().get(0).failed()).isTrue();
        assertThat(g.find(Node.ANY, OWL2.sameAs.asNode(), Node.ANY).filterKeep(LinkerTest::aboutADocument).toList()).isEmpty();
        assertThat(g.contains(IRIS.work(SampleArticles.UN_DOCUMENT), DcTerms.relation,
                NodeFactory.createURI("http://www.wikidata.org/entity/Q987659001"))).isTrue();
    }

    /** Statements about cited works and UN documents, as opposed to organs and other agents. */
    private static boolean aboutADocument(org.apache.jena.graph.Triple t) {
        String subject = t.getSubject().isURI() ? t.getSubject().getURI() : "";
        return subject.startsWith(IRIS.base() + "works/") || subject.startsWith(IRIS.base() + "un/doc/");
    }
}
