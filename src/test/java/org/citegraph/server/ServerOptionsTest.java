package org.citegraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerOptionsTest {

    @Test
    void defaultsAreSafe() {
        ServerOptions o = ServerOptions.defaults();
        assertThat(o.port()).isEqualTo(3030);
        assertThat(o.datasetName()).isEqualTo("/citegraph");
        assertThat(o.allowUpdate()).isFalse();
        assertThat(o.allowedServiceHosts()).isEmpty();
        assertThat(o.queryTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(o.loopbackOnly()).isTrue();
        assertThat(o.baseIriFor(3030)).isEqualTo("http://localhost:3030/");
    }

    @Test
    void baseIriIsNormalised() {
        assertThat(ServerOptions.builder().baseIri("https://example.org/ris").build().baseIri()).isEqualTo("https://example.org/ris/");
        assertThat(ServerOptions.builder().baseIri("https://example.org/").build().baseIriFor(1)).isEqualTo("https://example.org/");
        assertThatThrownBy(() -> ServerOptions.builder().baseIri("example.org").build()).hasMessageContaining("absolute http(s)");
        assertThatThrownBy(() -> ServerOptions.builder().baseIri("ftp://example.org/").build()).hasMessageContaining("absolute http(s)");
        assertThatThrownBy(() -> ServerOptions.builder().baseIri("https://example.org/?q#f").build()).hasMessageContaining("query or fragment");
    }

    @Test
    void updatesNeedAReadablePasswordFile(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> ServerOptions.builder().allowUpdate(null).build()).hasMessageContaining("password file");
        assertThatThrownBy(() -> ServerOptions.builder().allowUpdate(dir.resolve("missing")).build()).hasMessageContaining("cannot read");
        Path passwd = Files.writeString(dir.resolve("passwd"), "editor: secret\n");
        assertThat(ServerOptions.builder().allowUpdate(passwd).build().allowUpdate()).isTrue();
    }

    @Test
    void otherValuesAreChecked() {
        assertThatThrownBy(() -> ServerOptions.builder().port(70000).build()).hasMessageContaining("port");
        assertThatThrownBy(() -> ServerOptions.builder().queryTimeout(Duration.ZERO).build()).hasMessageContaining("timeout");
        assertThatThrownBy(() -> ServerOptions.builder().datasetName("/a/b").build()).hasMessageContaining("one path segment");
        assertThatThrownBy(() -> ServerOptions.builder().allowedServiceHosts(Set.of("http://x.org/")).build()).hasMessageContaining("plain host name");
        assertThat(ServerOptions.builder().allowedServiceHosts(Set.of(" Query.Wikidata.ORG ")).build().allowedServiceHosts())
                .containsExactly("query.wikidata.org");
        assertThatThrownBy(() -> CitegraphServer.create(DatasetFactory.createTxnMem(), ServerOptions.builder().datasetName("query").build()))
                .hasMessageContaining("clashes");
    }
}
