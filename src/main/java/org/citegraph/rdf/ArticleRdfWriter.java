package org.citegraph.rdf;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.citegraph.model.Article;
import org.citegraph.model.Diagnostic;

/**
 * Writes an article as RDF in any {@link RdfFormat}. The pretty formats (Turtle, TriG, JSON-LD,
 * RDF/XML) need the whole graph to group statements by subject, so the article is first mapped
 * into an in-memory dataset, then written with Jena's writers and the mapper's prefixes.
 */
public final class ArticleRdfWriter {

    private final ArticleMapper mapper;

    public ArticleRdfWriter(ArticleMapper mapper) {
        this.mapper = mapper;
    }

    /** The article's statements in their named graph (parts that cannot be mapped are left out). */
    public DatasetGraph toDataset(Article article) {
        return toDataset(article, new ArrayList<>());
    }

    /** As {@link #toDataset(Article)}, adding the problems met to {@code problems}. */
    public DatasetGraph toDataset(Article article, List<Diagnostic> problems) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        problems.addAll(mapper.map(article, StreamRDFLib.dataset(dataset)));
        dataset.prefixes().putAll(mapper.prefixes());
        return dataset;
    }

    /** The article's statements as one graph (what the triple formats carry). */
    public Graph toGraph(Article article) {
        DatasetGraph dataset = toDataset(article);
        Graph graph = dataset.getGraph(mapper.graphName(article));
        graph.getPrefixMapping().setNsPrefixes(mapper.prefixes());
        return graph;
    }

    /**
     * Writes the article; returns the problems met (parts left out), naming file, line and note.
     * The line-based formats (N-Triples, N-Quads) are streamed straight from the mapper, which sends
     * each statement once; the others are grouped by subject through an in-memory dataset.
     */
    public List<Diagnostic> write(Article article, RdfFormat format, OutputStream out) {
        if (format == RdfFormat.NTRIPLES || format == RdfFormat.NQUADS) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, format.jenaFormat());
            return mapper.map(article, format.isQuads() ? writer : new QuadsAsTriples(writer));
        }
        List<Diagnostic> problems = new ArrayList<>();
        DatasetGraph dataset = toDataset(article, problems);
        write(dataset, mapper.graphName(article), format, out);
        return problems;
    }

    /** Drops the graph name: what a triple format carries of the article's named graph. */
    private static final class QuadsAsTriples extends StreamRDFWrapper {
        QuadsAsTriples(StreamRDF triples) {
            super(triples);
        }

        @Override
        public void quad(Quad quad) {
            triple(quad.asTriple());
        }
    }

    public String write(Article article, RdfFormat format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(article, format, bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes several articles: quad formats keep each in its named graph; triple formats carry the
     * union of their statements (shared works and people appear once). Returns the problems met.
     */
    public List<Diagnostic> write(List<Article> articles, RdfFormat format, OutputStream out) {
        if (articles.size() == 1) return write(articles.get(0), format, out);
        List<Diagnostic> problems = new ArrayList<>();
        DatasetGraph dataset = DatasetGraphFactory.create();
        articles.forEach(article -> problems.addAll(mapper.map(article, StreamRDFLib.dataset(dataset))));
        dataset.prefixes().putAll(mapper.prefixes());
        if (format.isQuads()) {
            RDFWriter.source(dataset).format(format.jenaFormat()).output(out);
        } else {
            Graph union = GraphFactory.createDefaultGraph();
            dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
            union.getPrefixMapping().setNsPrefixes(mapper.prefixes());
            RDFWriter.source(union).format(format.jenaFormat()).output(out);
        }
        return problems;
    }

    /** Writes an already mapped dataset: the whole dataset for quad formats, graph {@code graphName} otherwise. */
    public void write(DatasetGraph dataset, Node graphName, RdfFormat format, OutputStream out) {
        if (format.isQuads()) {
            RDFWriter.source(dataset).format(format.jenaFormat()).output(out);
        } else {
            Graph graph = dataset.getGraph(graphName);
            graph.getPrefixMapping().setNsPrefixes(mapper.prefixes());
            RDFWriter.source(graph).format(format.jenaFormat()).output(out);
        }
    }
}
