package org.citegraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;

/** The test data ({@code /server/fixture.trig}) and a small HTTP client for server tests. */
final class Fixture {

    /** The base IRI the fixture file is written with. */
    static final String FIXTURE_BASE = "https://example.org/ris/";

    private Fixture() {}

    static String trig(String base) {
        try (InputStream in = Fixture.class.getResourceAsStream("/server/fixture.trig")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(FIXTURE_BASE, base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new in-memory dataset holding the fixture, its IRIs moved under {@code base}. */
    static Dataset dataset(String base) {
        Dataset dataset = DatasetFactory.createTxnMem();
        loadInto(dataset, base);
        return dataset;
    }

    static void loadInto(Dataset dataset, String base) {
        Txn.executeWrite(dataset, () -> RDFParser.fromString(trig(base), Lang.TRIG).parse(dataset));
    }

    static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    static HttpResponse<String> get(String url, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (accept != null) request.header("Accept", accept);
        return send(request.build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
