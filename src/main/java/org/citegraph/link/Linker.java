package org.citegraph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.citegraph.rdf.IriMinter;
import org.citegraph.rdf.vocab.DataCite;
import org.citegraph.rdf.vocab.DcTerms;
import org.citegraph.rdf.vocab.LiteralReification;

/**
 * Links a citegraph graph to OpenCitations and Wikidata through their SPARQL services, using the
 * shipped federated queries: works with a DOI get their OpenCitations Meta OMID ({@code owl:sameAs}
 * the Meta resource, both being FRBR expressions, plus a {@code datacite:omid} identifier) and
 * their Wikidata item; UN documents get their Wikidata item by symbol. Wikidata items conflate
 * work and edition, so they are related with {@code dcterms:relation} and a
 * {@code datacite:wikidata} identifier, never {@code owl:sameAs} (the data model's linking policy).
 *
 * <p>Each lookup runs whole or not at all: when its service cannot be reached the report says so
 * and nothing from that lookup is added. Without network the graph is left unchanged.
 */
public final class Linker {

    static final String OMID_BR = "https://w3id.org/oc/meta/";
    static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    private final Federation federation;
    private final IriMinter iris;

    /** @param iris mints the identifier nodes, under the base the graph was written with */
    public Linker(RemoteAccess access, IriMinter iris) {
        this.federation = new Federation(Objects.requireNonNull(access, "access"));
        this.iris = Objects.requireNonNull(iris, "iris");
    }

    /** Looks everything up and adds what was found to {@code graph}. */
    public LinkReport link(Graph graph) {
        Endpoints endpoints = federation.access().endpoints();
        List<LinkReport.Lookup> lookups = new ArrayList<>();
        List<Graph> additions = new ArrayList<>();
        lookups.add(lookup("DOI -> OpenCitations Meta OMID", endpoints.describe(Endpoints.META),
                FederatedQuery.DOI_TO_OMID, "work", "omid", graph, additions, this::omid));
        lookups.add(lookup("DOI -> Wikidata item", endpoints.describe(Endpoints.WIKIDATA_SCHOLARLY),
                FederatedQuery.DOI_TO_WIKIDATA, "work", "item", graph, additions, this::wikidata));
        lookups.add(lookup("UN symbol -> Wikidata item", endpoints.describe(Endpoints.WIKIDATA_MAIN),
                FederatedQuery.UN_SYMBOL_TO_WIKIDATA, "doc", "item", graph, additions, this::wikidata));
        // Written only after every lookup ran, so a graph being linked is never half-written.
        for (Graph g : additions) g.find().forEachRemaining(graph::add);
        return new LinkReport(lookups);
    }

    /** Writes the triples linking one local entity to its remote matches (sorted, so runs are reproducible). */
    private interface Writer {
        void write(Node local, List<Node> matches, Graph out);
    }

    private LinkReport.Lookup lookup(String what, String service, FederatedQuery query, String localVar, String remoteVar,
                                     Graph graph, List<Graph> additions, Writer writer) {
        List<Binding> rows;
        try {
            rows = federation.select(query, graph);
        } catch (RemoteServiceException e) {
            return new LinkReport.Lookup(what, service, 0, 0, RemoteServiceException.reason(e.getCause()));
        }
        Map<Node, TreeSet<String>> matches = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        for (Binding row : rows) {
            Node local = row.get(Var.alloc(localVar));
            Node remote = row.get(Var.alloc(remoteVar));
            if (local == null || remote == null || !local.isURI() || !remote.isURI()) continue;
            matches.computeIfAbsent(local, k -> new TreeSet<>()).add(remote.getURI());
        }
        Graph out = GraphFactory.createDefaultGraph();
        matches.forEach((local, remote) -> {
            if (!local.getURI().startsWith(iris.base())) return; // not ours: no identifier IRI to mint
            writer.write(local, remote.stream().map(NodeFactory::createURI).toList(), out);
        });
        long added = out.find().filterDrop(graph::contains).toList().size();
        additions.add(out);
        return new LinkReport.Lookup(what, service, matches.size(), (int) added, null);
    }

    private void omid(Node work, List<Node> omids, Graph out) {
        for (int i = 0; i < omids.size(); i++) {
            Node omid = omids.get(i);
            if (!omid.getURI().startsWith(OMID_BR)) continue;
            out.add(Triple.create(work, OWL2.sameAs.asNode(), omid));
            // "br/0610100001": the OMID as OpenCitations writes it after the "omid:" prefix.
            identifier(work, i == 0 ? "omid" : "omid-" + (i + 1), DataCite.omid, omid.getURI().substring(OMID_BR.length()), out);
        }
    }

    private void wikidata(Node entity, List<Node> items, Graph out) {
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            if (!item.getURI().startsWith(WIKIDATA_ENTITY)) continue;
            out.add(Triple.create(entity, DcTerms.relation, item));
            identifier(entity, i == 0 ? "wikidata" : "wikidata-" + (i + 1), DataCite.wikidata,
                    item.getURI().substring(WIKIDATA_ENTITY.length()), out);
        }
    }

    private void identifier(Node entity, String schemeName, Node scheme, String value, Graph out) {
        Node id = iris.identifier(entity, schemeName);
        out.add(Triple.create(entity, DataCite.hasIdentifier, id));
        out.add(Triple.create(id, RDF.type.asNode(), DataCite.Identifier));
        out.add(Triple.create(id, DataCite.usesIdentifierScheme, scheme));
        out.add(Triple.create(id, LiteralReification.hasLiteralValue, NodeFactory.createLiteralString(value)));
    }
}
