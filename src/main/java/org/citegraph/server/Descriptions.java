package org.citegraph.server;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The dataset's VoID description and the endpoint's SPARQL Service Description, from their CONSTRUCT queries. */
final class Descriptions {

    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    private Descriptions() {}

    static Graph voidDescription(DatasetReader.View data, SiteUrls urls) {
        return data.construct("void", Map.of(
                "dataset", iri(urls.voidDataset()),
                "endpoint", iri(urls.sparqlEndpoint()),
                "dump", iri(urls.dataset()),
                "homepage", iri(urls.home()),
                "sitemap", iri(urls.sitemap()),
                "uriSpace", NodeFactory.createLiteralString(urls.base())));
    }

    static Graph serviceDescription(DatasetReader.View data, SiteUrls urls, ServerOptions options) {
        Map<String, Node> parameters = new HashMap<>();
        parameters.put("service", iri(urls.sparqlEndpoint() + "#service"));
        parameters.put("endpoint", iri(urls.sparqlEndpoint()));
        parameters.put("dataset", iri(urls.voidDataset()));
        if (options.allowUpdate()) parameters.put("updateLanguage", iri(SD + "SPARQL11Update"));
        if (!options.allowedServiceHosts().isEmpty()) parameters.put("federation", iri(SD + "BasicFederatedQuery"));
        return data.constructStored("service-description", parameters);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
