package org.citegraph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.citegraph.model.Article;
import org.citegraph.model.Diagnostic;
import org.citegraph.rdf.ArticleMapper;

/**
 * Where converted articles live: a TDB2 dataset, in memory or in a directory on disk, one named
 * graph per article. Loading an article replaces its graph inside one write transaction, so
 * loading the same article again neither duplicates nor loses anything, and a failed load leaves
 * the previous version in place. The default graph is the union of the article graphs, which is
 * what the query library and the SPARQL server query.
 */
public final class GraphStore implements AutoCloseable {

    private final Dataset dataset;
    private final ArticleMapper mapper;
    private final boolean onDisk;

    private GraphStore(Dataset dataset, ArticleMapper mapper, boolean onDisk) {
        this.dataset = dataset;
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.onDisk = onDisk;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    public static GraphStore inMemory() {
        return inMemory(new ArticleMapper());
    }

    public static GraphStore inMemory(ArticleMapper mapper) {
        return new GraphStore(TDB2Factory.createDataset(), mapper, false);
    }

    /** Opens (or creates) the TDB2 database in {@code directory}; only one JVM may have it open at a time. */
    public static GraphStore onDisk(Path directory) {
        return onDisk(directory, new ArticleMapper());
    }

    public static GraphStore onDisk(Path directory, ArticleMapper mapper) {
        return new GraphStore(TDB2Factory.connectDataset(directory.toString()), mapper, true);
    }

    /** The same database, loading with another mapper (another base IRI, for instance). */
    public GraphStore withMapper(ArticleMapper other) {
        return new GraphStore(dataset, other, onDisk);
    }

    /** The Jena dataset, for the SPARQL server and queries; touch it only inside transactions. */
    public Dataset dataset() {
        return dataset;
    }

    public ArticleMapper mapper() {
        return mapper;
    }

    /** What loading one article did: the graph it now fills, and the parts that could not be mapped. */
    public record Loaded(Node graph, List<Diagnostic> problems) {
    }

    /** Replaces the article's named graph with a fresh mapping of it. */
    public Loaded load(Article article) {
        return loadAll(List.of(article)).get(0);
    }

    /** Loads several articles in one transaction: all of them or, if one cannot be named, none. */
    public List<Loaded> loadAll(Collection<Article> articles) {
        List<Loaded> loaded = new ArrayList<>();
        Txn.executeWrite(dataset, () -> {
            for (Article article : articles) {
                Node graph = mapper.graphName(article);
                loaded.add(new Loaded(graph, replace(article, graph)));
            }
        });
        return loaded;
    }

    /**
     * Loads an RDF file as it is: quads keep their graphs; triples go into a graph named after the
     * file, replaced on reload like an article's.
     */
    public Node loadRdf(Path file) {
        Lang lang = RDFLanguages.resourceNameToLang(file.toString());
        if (lang == null) throw new IllegalArgumentException(file + ": not a recognised RDF file name");
        Node graph = NodeFactory.createURI(file.toAbsolutePath().toUri().toString());
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            if (RDFLanguages.isQuads(lang)) {
                RDFParser.source(file).lang(lang).parse(dsg);
            } else {
                dsg.removeGraph(graph);
                RDFParser.source(file).lang(lang).parse(dsg.getGraph(graph));
            }
        });
        return graph;
    }

    /** Drops an article's graph; true if there was one. */
    public boolean remove(Node graph) {
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            boolean present = dsg.containsGraph(graph);
            dsg.removeGraph(graph);
            return present;
        });
    }

    /** The names of the article graphs held. */
    public List<Node> graphs() {
        return Txn.calculateRead(dataset, () -> {
            List<Node> names = new ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(names::add);
            return names;
        });
    }

    /** The number of triples in one article graph. */
    public long size(Node graph) {
        return Txn.calculateRead(dataset, () -> (long) dataset.asDatasetGraph().getGraph(graph).size());
    }

    /** The number of quads in all graphs. */
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.asDatasetGraph().find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    private List<Diagnostic> replace(Article article, Node graph) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        dsg.removeGraph(graph);
        return mapper.map(article, StreamRDFLib.dataset(dsg));
    }

    /** Closes the store; an on-disk database is released so that it can be opened again. */
    @Override
    public void close() {
        if (onDisk) TDBInternal.expel(dataset.asDatasetGraph());
        else dataset.close();
    }
}
