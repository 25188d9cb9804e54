package org.citegraph.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.jsonld.JSONLDMode;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import no.hasmac.jsonld.JsonLdError;
import no.hasmac.jsonld.document.JsonDocument;

/**
 * Writes an article's graph as framed, compacted JSON-LD that reads as plain JSON: one object for
 * the citing article with its cited works, footnotes (or reference list and its entries) and
 * references nested inside, short keys from {@code ontology/context.jsonld} ("title", "cites",
 * "roles", "identifiers"), and dates as
 * plain strings (one key per precision: "year", "yearMonth", "date"). The context is inlined, so
 * consumers never fetch anything; JSON-LD processors still read the output back to the same triples.
 * Framing is done by RDF4J Rio's JSON-LD 1.1 writer; the frame is {@code ontology/article-frame.jsonld}.
 */
public final class FramedJsonLdWriter {

    public static final String CONTEXT_RESOURCE = "/ontology/context.jsonld";
    public static final String FRAME_RESOURCE = "/ontology/article-frame.jsonld";

    private static final ObjectMapper JSON = new ObjectMapper();

    private FramedJsonLdWriter() {
    }

    /** Frames {@code graph} around the node {@code articleIri} and writes it to {@code out}. */
    public static void write(Graph graph, String articleIri, Writer out) throws IOException {
        WriterConfig config = new WriterConfig();
        config.set(JSONLDSettings.JSONLD_MODE, JSONLDMode.FRAME);
        config.set(JSONLDSettings.FRAME, frame(articleIri));
        config.set(BasicWriterSettings.PRETTY_PRINT, true);
        Rio.write(toRdf4j(graph), out, RDFFormat.JSONLD, config);
        out.flush();
    }

    /** The published context document (the object holding "@context"). */
    public static ObjectNode context() {
        return (ObjectNode) read(CONTEXT_RESOURCE);
    }

    static JsonDocument frame(String articleIri) {
        ObjectNode frame = (ObjectNode) read(FRAME_RESOURCE);
        frame.set("@context", context().get("@context"));
        frame.put("id", articleIri);
        try {
            return JsonDocument.of(new StringReader(JSON.writeValueAsString(frame)));
        } catch (IOException | JsonLdError e) {
            throw new IllegalStateException("cannot build the JSON-LD frame", e);
        }
    }

    private static JsonNode read(String resource) {
        try (InputStream in = FramedJsonLdWriter.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("missing resource " + resource);
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Model toRdf4j(Graph graph) {
        ValueFactory vf = SimpleValueFactory.getInstance();
        Model model = new LinkedHashModel();
        graph.find().forEachRemaining((Triple t) -> model.add(
                (Resource) value(vf, t.getSubject()), vf.createIRI(t.getPredicate().getURI()), value(vf, t.getObject())));
        return model;
    }

    private static Value value(ValueFactory vf, Node n) {
        if (n.isURI()) return vf.createIRI(n.getURI());
        if (n.isBlank()) return vf.createBNode(n.getBlankNodeLabel());
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) return vf.createLiteral(n.getLiteralLexicalForm(), lang);
            return vf.createLiteral(n.getLiteralLexicalForm(), vf.createIRI(n.getLiteralDatatypeURI()));
        }
        throw new IllegalArgumentException("cannot write node " + n);
    }
}
