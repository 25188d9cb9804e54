package org.citegraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SERVICE reaches the hosts on the allow-list and no others; two servers on loopback, no network. */
class ServiceAllowListTest {

    private static CitegraphServer remote;
    private static CitegraphServer local;

    @BeforeAll
    static void start() {
        remote = CitegraphServer.create(Fixture.dataset("https://remote.example/"), ServerOptions.builder().port(0).build()).start();
        local = CitegraphServer.create(Fixture.dataset("https://local.example/"), ServerOptions.builder().port(0)
                .allowedServiceHosts(Set.of("localhost")).build()).start();
    }

    @AfterAll
    static void stop() {
        local.stop();
        remote.stop();
    }

    private static HttpResponse<String> ask(String endpoint) {
        String query = "SELECT ?title { SERVICE <" + endpoint + "> { GRAPH ?g { <https://remote.example/br/2> "
                + "<http://purl.org/dc/terms/title> ?title } } }";
        return Fixture.get(local.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "application/sparql-results+json");
    }

    @Test
    void anAllowedHostIsQueried() {
        HttpResponse<String> response = ask("http://localhost:" + remote.port() + "/citegraph/sparql");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("The English School");
    }

    @Test
    void anyOtherHostIsRefusedBeforeAnyRequestIsMade() {
        HttpResponse<String> response = ask("http://127.0.0.1:" + remote.port() + "/citegraph/sparql");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("refused", "localhost");
    }

    @Test
    void theServiceDescriptionAnnouncesFederation() {
        assertThat(Fixture.get(local.sparqlUrl(), "text/turtle").body()).contains("BasicFederatedQuery");
    }
}
