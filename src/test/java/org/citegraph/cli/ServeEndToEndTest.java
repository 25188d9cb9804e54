package org.citegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.citegraph.model.Article;
import org.citegraph.notes.NotesParser;
import org.citegraph.page.PageReader;
import org.citegraph.rdf.ArticleMapper;
import org.citegraph.rdf.IriMinter;
import org.citegraph.server.CitegraphServer;
import org.citegraph.server.ServerOptions;
import org.citegraph.store.GraphStore;
import org.citegraph.store.QueryLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample served as `serve` serves it: articles in named graphs, queried over HTTP. */
class ServeEndToEndTest {

    private static GraphStore store;
    private static CitegraphServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @BeforeAll
    static void serveTheSample() throws Exception {
        Article article = new NotesParser().parse(new PageReader().read(Path.of("examples/hadano-2023.txt")));
        store = GraphStore.inMemory();
        server = CitegraphServer.create(store.dataset(), ServerOptions.builder().port(0).build()).start();
        store.withMapper(new ArticleMapper(new IriMinter(server.baseIri()))).load(article);
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static String get(String url, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (accept != null) request.header("Accept", accept);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void theEndpointAnswersACountQuery() throws Exception {
        String query = URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", StandardCharsets.UTF_8);
        String csv = get(server.sparqlUrl() + "?query=" + query, "text/csv");
        long n = Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow().strip());
        assertThat(n).isEqualTo(store.size());
    }

    @Test
    void theReferencesQueryGives184RowsOverHttp() {
        try (var exec = QueryExecutionHTTP.service(server.sparqlUrl()).query(QueryLibrary.load("references").query()).build()) {
            ResultSet rows = exec.execSelect();
            assertThat(ResultSetFormatter.consume(rows)).isEqualTo(184);
        }
    }

    @Test
    void everyShippedQueryRunsFromTheQueryPage() throws Exception {
        for (Map.Entry<String, String> q : Map.of("references", "184 rows", "works-most-cited", "102 rows",
                "un-documents", "9 rows").entrySet()) {
            assertThat(get(server.localUrl() + "query?name=" + q.getKey(), "text/html")).as(q.getKey()).contains(q.getValue());
        }
    }

    @Test
    void mintedIrisDereferenceOnTheServer() throws Exception {
        String turtle = get(server.baseIri() + "un/doc/S/PV.7796", "text/turtle");
        assertThat(turtle).contains("S/PV.7796").contains("undocs.org");
    }
}
