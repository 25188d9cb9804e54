package org.citegraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store stage hands the server a TDB2 dataset: every read must happen inside a transaction. */
class Tdb2DatasetTest {

    private static final String BASE = Fixture.FIXTURE_BASE;
    private static CitegraphServer server;

    @BeforeAll
    static void start() {
        Dataset tdb = TDB2Factory.createDataset();
        Txn.executeWrite(tdb, () -> RDFParser.fromString(Fixture.trig(BASE), Lang.TRIG).parse(tdb));
        server = CitegraphServer.create(tdb, ServerOptions.builder().port(0).baseIri(BASE).build()).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> get(String path, String accept) {
        return Fixture.get(server.localUrl() + path, accept);
    }

    @Test
    void pagesDocumentsAndDescriptionsWorkOnTdb2() {
        assertThat(get("", "text/html").body()).contains("<span class=\"figure\">325</span> triples");
        assertThat(get("doc/br/1", "text/html").body()).contains("id=\"note-10\"", ">Barry Buzan, ‘The English School");
        assertThat(get("doc/br/2", "text/turtle").body()).contains("The English School");
        assertThat(get("br/2", "text/turtle").statusCode()).isEqualTo(303);
        assertThat(get(".well-known/void", "text/turtle").body()).contains("void:triples");
        assertThat(get("citegraph/sparql", "text/turtle").body()).contains("sd:Service");
        assertThat(get("sitemap.xml", null).body()).contains(BASE + "doc/br/1");
        assertThat(get("query?query=ASK%7BGRAPH%20%3Fg%7B%3Fs%20%3Fp%20%3Fo%7D%7D", "text/html").body()).contains("Yes (true)");
        assertThat(get("citegraph/sparql?query=ASK%7BGRAPH%20%3Fg%7B%3Fs%20%3Fp%20%3Fo%7D%7D", "application/sparql-results+json").body())
                .contains("true");
    }

    /** The store keeps each article in a named graph and queries their union as the default graph. */
    @Test
    void theQueryPageSeesTheUnionDefaultGraphLikeTheEndpoint() {
        Dataset tdb = TDB2Factory.createDataset();
        tdb.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(tdb, () -> RDFParser.fromString("<http://g/1> { <http://x/s> <http://x/p> \"o\" }", Lang.TRIG).parse(tdb));
        try (CitegraphServer union = CitegraphServer.create(tdb, ServerOptions.builder().port(0).baseIri(BASE).build()).start()) {
            String ask = "ASK%7B%3Fs%20%3Fp%20%22o%22%7D";
            assertThat(Fixture.get(union.localUrl() + "citegraph/sparql?query=" + ask, "application/sparql-results+json").body())
                    .contains("true");
            assertThat(Fixture.get(union.localUrl() + "query?query=" + ask, "text/html").body()).contains("Yes (true)");
        }
    }
}
