package org.citegraph.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.Path;

/**
 * Validates what citegraph emits: the SHACL shapes in {@code ontology/citegraph-shapes.ttl} (run by
 * Jena SHACL, SPARQL constraints included) and the ontology term check ({@link TermChecker}).
 */
public final class Validator {

    public static final String SHAPES_RESOURCE = "/ontology/citegraph-shapes.ttl";
    public static final String SHAPE_CHECK = "shape";

    private final Shapes shapes;
    private final Vocabularies vocabularies;
    private final TermChecker terms;

    public Validator(Shapes shapes, Vocabularies vocabularies) {
        this.shapes = shapes;
        this.vocabularies = vocabularies;
        this.terms = new TermChecker(vocabularies);
    }

    /** The shipped shapes and bundled ontologies. */
    public static Validator standard() {
        return new Validator(Shapes.parse(readShapes(SHAPES_RESOURCE)), Vocabularies.bundled());
    }

    /** Shapes read from a classpath resource (Turtle). */
    public static Graph readShapes(String resource) {
        try (InputStream in = Validator.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("missing resource " + resource);
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            return graph;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ValidationReport validate(Graph data) {
        List<Problem> problems = new ArrayList<>(shapeProblems(data));
        problems.addAll(terms.check(data));
        return new ValidationReport(data.size(), problems);
    }

    /** Only the SHACL part. */
    public List<Problem> shapeProblems(Graph data) {
        org.apache.jena.shacl.ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Problem> problems = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            problems.add(new Problem(SHAPE_CHECK, shortForm(e.focusNode()), shortForm(e.resultPath()), message(e)));
        }
        return problems;
    }

    private String message(ReportEntry e) {
        String message = e.message() == null ? e.constraint().toString() : e.message();
        if (e.value() != null && !e.value().equals(e.focusNode()) && !message.contains(e.value().toString())) {
            message += " (value " + shortForm(e.value()) + ")";
        }
        return message;
    }

    private String shortForm(Node node) {
        if (node == null) return "";
        if (node.isURI()) return vocabularies.shortForm(node.getURI()).replaceAll("^<(.*)>$", "<$1>");
        if (node.isBlank()) return "_:" + node.getBlankNodeLabel();
        return node.toString();
    }

    private String shortForm(Path path) {
        if (path == null) return "";
        String text = path.toString();
        for (var ns : vocabularies.prefixes().entrySet()) {
            text = text.replace("<" + ns.getValue(), ns.getKey() + ":\u0000");
        }
        return text.replaceAll(":\u0000([^>]*)>", ":$1");
    }
}
