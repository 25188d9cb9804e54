package org.citegraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With allowUpdate, writes exist, but only for users in the password file, and never cross-origin. */
class UpdateAccessTest {

    @TempDir
    static Path dir;

    private static Dataset dataset;
    private static CitegraphServer server;

    @BeforeAll
    static void start() throws Exception {
        Path passwords = Files.writeString(dir.resolve("passwd"), "editor: s3cret\n");
        dataset = Fixture.dataset(Fixture.FIXTURE_BASE);
        server = CitegraphServer.create(dataset, ServerOptions.builder().port(0).baseIri(Fixture.FIXTURE_BASE)
                .allowUpdate(passwords).build()).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpRequest.Builder update(String sparql) {
        return HttpRequest.newBuilder(URI.create(server.localUrl() + "citegraph/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(sparql));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static boolean has(String subject) {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().find(null,
                org.apache.jena.graph.NodeFactory.createURI(subject), null, null).hasNext());
    }

    @Test
    void anonymousOrWrongCredentialsGet401AndChangeNothing() {
        HttpResponse<String> anonymous = Fixture.send(update("INSERT DATA { <urn:x:anon> <urn:x:p> 1 }").build());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
        HttpResponse<String> wrong = Fixture.send(update("INSERT DATA { <urn:x:wrong> <urn:x:p> 1 }")
                .header("Authorization", basic("editor", "guess")).build());
        assertThat(wrong.statusCode()).isEqualTo(401);
        HttpResponse<String> put = Fixture.send(HttpRequest.newBuilder(URI.create(server.localUrl() + "citegraph/data?default"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:x:gsp> <urn:x:p> 1 .")).build());
        assertThat(put.statusCode()).isEqualTo(401);
        assertThat(has("urn:x:anon")).isFalse();
        assertThat(has("urn:x:wrong")).isFalse();
        assertThat(has("urn:x:gsp")).isFalse();
    }

    @Test
    void anAuthenticatedEditorCanUpdate() {
        HttpResponse<String> response = Fixture.send(update("INSERT DATA { <urn:x:editor> <urn:x:p> 1 }")
                .header("Authorization", basic("editor", "s3cret")).build());
        assertThat(response.statusCode()).isBetween(200, 204);
        assertThat(has("urn:x:editor")).isTrue();
    }

    @Test
    void theHomePageFiguresFollowAnUpdate() {
        long before = homePageTriples();
        assertThat(homePageTriples()).as("figures are computed once per state of the data").isEqualTo(before);
        HttpResponse<String> response = Fixture.send(update("INSERT DATA { GRAPH <urn:x:g> { <urn:x:new> <urn:x:p> 1 } }")
                .header("Authorization", basic("editor", "s3cret")).build());
        assertThat(response.statusCode()).isBetween(200, 204);
        assertThat(homePageTriples()).isEqualTo(before + 1);
    }

    private static long homePageTriples() {
        String page = Fixture.get(server.localUrl(), "text/html").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<span class=\"figure\">(\\d+)</span> triples").matcher(page);
        assertThat(m.find()).as("triples figure on the home page").isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void crossOriginWritesAreRefusedEvenWithCredentials() {
        HttpResponse<String> response = Fixture.send(update("INSERT DATA { <urn:x:csrf> <urn:x:p> 1 }")
                .header("Authorization", basic("editor", "s3cret"))
                .header("Origin", "https://attacker.example").build());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(has("urn:x:csrf")).isFalse();
    }

    @Test
    void readingStaysOpenAndTheServiceDescriptionAnnouncesUpdate() {
        assertThat(Fixture.get(server.sparqlUrl() + "?query=ASK%7B%7D", null).statusCode()).isEqualTo(200);
        assertThat(Fixture.get(server.localUrl() + "citegraph/get?default", "text/turtle").statusCode()).isEqualTo(200);
        assertThat(Fixture.get(server.localUrl() + "doc/br/2", "text/html").statusCode()).isEqualTo(200);
        assertThat(Fixture.get(server.sparqlUrl(), "text/turtle").body()).contains("SPARQL11Update");
    }
}
