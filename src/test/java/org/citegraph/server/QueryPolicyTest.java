package org.citegraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

class QueryPolicyTest {

    @org.junit.jupiter.api.BeforeAll
    static void initJena() {
        org.apache.jena.sys.JenaSystem.init();
    }

    @Test
    void withoutAllowedHostsServiceIsSwitchedOff() {
        Context cxt = QueryPolicy.context(Duration.ofSeconds(3), Set.of());
        assertThat(cxt.isFalse(ARQ.httpServiceAllowed)).isTrue();
        assertThat(cxt.getAsString(ARQ.queryTimeout)).isEqualTo("3000");
        assertThat(ServiceExecutorRegistry.get(cxt)).isNull();
    }

    @Test
    void withAllowedHostsEachServiceIriIsChecked() {
        Context cxt = QueryPolicy.context(Duration.ofSeconds(10), Set.of("query.example.org"));
        assertThat(cxt.isTrue(ARQ.httpServiceAllowed)).isTrue();
        assertThat(ServiceExecutorRegistry.get(cxt)).isNotNull();
        assertThat(ServiceExecutorRegistry.get(cxt).getSingleChain().get(0)).isInstanceOf(QueryPolicy.HostAllowList.class);
    }

    @Test
    void onlyHttpIrisOnListedHostsPass() {
        QueryPolicy.HostAllowList list = new QueryPolicy.HostAllowList(Set.of("query.example.org", "localhost"));
        assertThat(list.allowed(NodeFactory.createURI("https://query.example.org/sparql"))).isTrue();
        assertThat(list.allowed(NodeFactory.createURI("http://QUERY.example.org:8080/sparql?x=1"))).isTrue();
        assertThat(list.allowed(NodeFactory.createURI("http://localhost:3030/ds/sparql"))).isTrue();
        assertThat(list.allowed(NodeFactory.createURI("http://127.0.0.1:3030/ds/sparql"))).isFalse();
        assertThat(list.allowed(NodeFactory.createURI("https://evil.example.org/sparql"))).isFalse();
        assertThat(list.allowed(NodeFactory.createURI("https://query.example.org.evil.net/sparql"))).isFalse();
        assertThat(list.allowed(NodeFactory.createURI("https://user@query.example.org/sparql"))).isFalse();
        assertThat(list.allowed(NodeFactory.createURI("file:///etc/passwd"))).isFalse();
        assertThat(list.allowed(NodeFactory.createURI("ftp://query.example.org/x"))).isFalse();
        assertThat(list.allowed(NodeFactory.createVariable("endpoint"))).isFalse();
    }
}
