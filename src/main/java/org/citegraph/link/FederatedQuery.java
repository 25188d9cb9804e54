package org.citegraph.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * The shipped federated queries ({@code queries/federated/*.rq}); each file's header says what it
 * answers, its parameters and the service it calls.
 */
public enum FederatedQuery {
    DOI_TO_OMID("doi-to-omid.rq", List.of(Endpoints.META)),
    WHO_ELSE_CITES("who-else-cites.rq", List.of(Endpoints.META, Endpoints.INDEX)),
    DOI_TO_WIKIDATA("doi-to-wikidata.rq", List.of(Endpoints.WIKIDATA_SCHOLARLY)),
    UN_SYMBOL_TO_WIKIDATA("un-symbol-to-wikidata.rq", List.of(Endpoints.WIKIDATA_MAIN));

    public static final String DIRECTORY = "/queries/federated/";

    private final String file;
    private final List<String> services;

    FederatedQuery(String file, List<String> services) {
        this.file = file;
        this.services = services;
    }

    public String file() {
        return file;
    }

    /** The public endpoints the query calls, as written in its SERVICE clauses. */
    public List<String> services() {
        return services;
    }

    public String text() {
        try (InputStream in = FederatedQuery.class.getResourceAsStream(DIRECTORY + file)) {
            if (in == null) throw new IOException("missing resource " + DIRECTORY + file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Query query() {
        return QueryFactory.create(text());
    }
}
