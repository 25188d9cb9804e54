package org.citegraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * The OCDM-strict profile: a citegraph graph rewritten into OpenCitations Data Model data only
 * (no BIBO layer, at most two types per entity, DataCite identifier nodes, lower-case DOIs).
 * The rules live in the query {@code queries/profiles/ocdm-strict.rq}; this class only runs it.
 */
public final class OcdmStrict {

    public static final String QUERY_RESOURCE = "/queries/profiles/ocdm-strict.rq";

    private static final Query QUERY = QueryFactory.create(read(QUERY_RESOURCE));

    private OcdmStrict() {
    }

    /** A new graph holding the OCDM-strict form of {@code graph} (which is left unchanged). */
    public static Graph transform(Graph graph) {
        try (QueryExec exec = QueryExec.graph(graph).query(QUERY).build()) {
            return exec.construct();
        }
    }

    private static String read(String resource) {
        try (InputStream in = OcdmStrict.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("missing resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
