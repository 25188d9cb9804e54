package org.citegraph.link;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * Loopback Fuseki servers standing in for OpenCitations Meta, OpenCitations Index and the two
 * Wikidata query services, each on its own random port, loaded with the samples under
 * src/test/resources/federation. Every request's User-Agent and query are recorded.
 */
final class StandIns implements AutoCloseable {

    /** One request as the stand-in saw it. */
    record Request(String userAgent, String query) {
    }

    /** One stand-in service. */
    static final class Service {
        final FusekiServer server;
        final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

        Service(String name, DatasetGraph data) {
            Filter recorder = new Filter() {
                @Override
                public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
                    if (req instanceof HttpServletRequest http && "GET".equals(http.getMethod())) {
                        requests.add(new Request(http.getHeader("User-Agent"), http.getParameter("query")));
                    } else if (req instanceof HttpServletRequest http) {
                        requests.add(new Request(http.getHeader("User-Agent"), null));
                    }
                    chain.doFilter(req, res);
                }
            };
            server = FusekiServer.create().port(0).loopback(true).verbose(false)
                    .add("/" + name, data, false).addFilter("/*", recorder).build().start();
            this.endpoint = "http://localhost:" + server.getPort() + "/" + name + "/sparql";
        }

        final String endpoint;
    }

    final Service meta;
    final Service index;
    final Service scholarly;
    final Service main;

    StandIns() {
        meta = new Service("meta", metaDataset());
        index = new Service("index", load("index.ttl"));
        scholarly = new Service("scholarly", load("wikidata-scholarly.ttl"));
        main = new Service("wikidata", load("wikidata-main.ttl"));
    }

    Endpoints endpoints() {
        return new Endpoints(meta.endpoint, index.endpoint, scholarly.endpoint, main.endpoint);
    }

    void clearRequests() {
        for (Service s : List.of(meta, index, scholarly, main)) s.requests.clear();
    }

    /** Meta keeps each entity kind in its own named graph and answers over their union. */
    private static DatasetGraph metaDataset() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> RDFParser.source(path("meta.trig")).parse(dsg));
        return dsg;
    }

    private static DatasetGraph load(String file) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> RDFParser.source(path(file)).parse(dsg));
        return dsg;
    }

    static String path(String file) {
        return "src/test/resources/federation/" + file;
    }

    @Override
    public void close() {
        for (Service s : List.of(meta, index, scholarly, main)) s.server.stop();
    }
}
