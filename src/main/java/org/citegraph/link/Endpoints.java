package org.citegraph.link;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The SPARQL services citegraph links against. The shipped queries name the public endpoints
 * ({@link #PUBLIC}); a different {@code Endpoints} (a mirror, a local stand-in) is applied by
 * routing, so the query files never change.
 */
public record Endpoints(String openCitationsMeta, String openCitationsIndex, String wikidataScholarly, String wikidataMain) {

    public static final String META = "https://sparql.opencitations.net/meta";
    public static final String INDEX = "https://sparql.opencitations.net/index";
    public static final String WIKIDATA_SCHOLARLY = "https://query-scholarly.wikidata.org/sparql";
    public static final String WIKIDATA_MAIN = "https://query.wikidata.org/sparql";

    /** The public services, as written in queries/federated/*.rq. */
    public static final Endpoints PUBLIC = new Endpoints(META, INDEX, WIKIDATA_SCHOLARLY, WIKIDATA_MAIN);

    public Endpoints {
        Objects.requireNonNull(openCitationsMeta, "openCitationsMeta");
        Objects.requireNonNull(openCitationsIndex, "openCitationsIndex");
        Objects.requireNonNull(wikidataScholarly, "wikidataScholarly");
        Objects.requireNonNull(wikidataMain, "wikidataMain");
    }

    /** Public endpoint IRI → the endpoint actually called. */
    public Map<String, String> routes() {
        Map<String, String> routes = new LinkedHashMap<>();
        routes.put(META, openCitationsMeta);
        routes.put(INDEX, openCitationsIndex);
        routes.put(WIKIDATA_SCHOLARLY, wikidataScholarly);
        routes.put(WIKIDATA_MAIN, wikidataMain);
        return routes;
    }

    /** A human name for an endpoint, for messages ("OpenCitations Meta"). */
    public String describe(String endpoint) {
        if (endpoint.equals(openCitationsMeta) || endpoint.equals(META)) return "OpenCitations Meta (" + openCitationsMeta + ")";
        if (endpoint.equals(openCitationsIndex) || endpoint.equals(INDEX)) return "OpenCitations Index (" + openCitationsIndex + ")";
        if (endpoint.equals(wikidataScholarly) || endpoint.equals(WIKIDATA_SCHOLARLY)) return "Wikidata scholarly graph (" + wikidataScholarly + ")";
        if (endpoint.equals(wikidataMain) || endpoint.equals(WIKIDATA_MAIN)) return "Wikidata main graph (" + wikidataMain + ")";
        return endpoint;
    }
}
