package org.citegraph.rdf.rio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.citegraph.rdf.RdfFormat;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.ParseErrorCollector;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;

/**
 * An independent check of citegraph's RDF output: re-parse it with RDF4J Rio (a different parser
 * from Jena's) and compare it, with RDF4J's own isomorphism test, to the graph or dataset Jena
 * holds. Rio lives only in this package, since its class names clash with Jena's.
 */
public final class RioCheck {

    /** The outcome: whether Rio read back the same statements, and if not, a few that differ. */
    public record Result(boolean isomorphic, int expectedStatements, int parsedStatements, String message) {
    }

    private static final ValueFactory VALUES = SimpleValueFactory.getInstance();

    /** Checks output of a triple format against {@code expected}. */
    public static Result check(byte[] output, RdfFormat format, Graph expected) {
        Model model = new LinkedHashModel();
        Iterator<Triple> it = expected.find();
        while (it.hasNext()) model.add(statement(it.next(), null));
        return compare(output, format, model);
    }

    /** Checks output of a quad format against {@code expected} (default-graph quads have no context). */
    public static Result check(byte[] output, RdfFormat format, DatasetGraph expected) {
        Model model = new LinkedHashModel();
        Iterator<Quad> it = expected.find();
        while (it.hasNext()) {
            Quad q = it.next();
            Resource context = q.isDefaultGraph() ? null : (Resource) value(q.getGraph());
            model.add(statement(q.asTriple(), context));
        }
        return compare(output, format, model);
    }

    private static Result compare(byte[] output, RdfFormat format, Model expected) {
        Model parsed = new LinkedHashModel();
        try {
            RDFParser parser = Rio.createParser(rioFormat(format));
            parser.setParseErrorListener(new ParseErrorCollector()); // report through the result, not the log
            parser.setRDFHandler(new StatementCollector(parsed));
            parser.parse(new ByteArrayInputStream(output), "");
        } catch (IOException | RDFParseException | RDFHandlerException e) {
            return new Result(false, expected.size(), 0, "Rio could not parse the " + format.label() + " output: " + e.getMessage());
        }
        if (Models.isomorphic(expected, parsed)) {
            return new Result(true, expected.size(), parsed.size(), "isomorphic");
        }
        return new Result(false, expected.size(), parsed.size(), differences(expected, parsed));
    }

    private static String differences(Model expected, Model parsed) {
        List<String> lines = new ArrayList<>();
        expected.stream().filter(s -> !parsed.contains(s)).limit(5).forEach(s -> lines.add("missing: " + s));
        parsed.stream().filter(s -> !expected.contains(s)).limit(5).forEach(s -> lines.add("extra:   " + s));
        if (lines.isEmpty()) lines.add("same statements up to blank-node labels, but not isomorphic");
        return expected.size() + " expected, " + parsed.size() + " parsed\n" + String.join("\n", lines);
    }

    private static org.eclipse.rdf4j.rio.RDFFormat rioFormat(RdfFormat format) {
        return switch (format) {
            case TURTLE -> org.eclipse.rdf4j.rio.RDFFormat.TURTLE;
            case NTRIPLES -> org.eclipse.rdf4j.rio.RDFFormat.NTRIPLES;
            case NQUADS -> org.eclipse.rdf4j.rio.RDFFormat.NQUADS;
            case TRIG -> org.eclipse.rdf4j.rio.RDFFormat.TRIG;
            case JSONLD -> org.eclipse.rdf4j.rio.RDFFormat.JSONLD;
            case RDFXML -> org.eclipse.rdf4j.rio.RDFFormat.RDFXML;
        };
    }

    private static Statement statement(Triple t, Resource context) {
        return VALUES.createStatement((Resource) value(t.getSubject()), VALUES.createIRI(t.getPredicate().getURI()),
                value(t.getObject()), context);
    }

    private static Value value(Node n) {
        if (n.isURI()) return VALUES.createIRI(n.getURI());
        if (n.isBlank()) return VALUES.createBNode(n.getBlankNodeLabel());
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) return VALUES.createLiteral(n.getLiteralLexicalForm(), lang);
            return VALUES.createLiteral(n.getLiteralLexicalForm(), VALUES.createIRI(n.getLiteralDatatypeURI()));
        }
        throw new IllegalArgumentException("not an RDF term: " + n);
    }

    private RioCheck() {
    }
}
