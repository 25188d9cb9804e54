package org.citegraph.rdf;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The RDF syntaxes an article can be written in. Triple formats carry the statements of the
 * article's graph; quad formats (N-Quads, TriG, JSON-LD) keep them in their named graph.
 */
public enum RdfFormat {
    TURTLE("turtle", "ttl", RDFFormat.TURTLE_PRETTY, false),
    NTRIPLES("ntriples", "nt", RDFFormat.NTRIPLES, false),
    NQUADS("nquads", "nq", RDFFormat.NQUADS, true),
    TRIG("trig", "trig", RDFFormat.TRIG_PRETTY, true),
    JSONLD("jsonld", "jsonld", RDFFormat.JSONLD11_PRETTY, true),
    RDFXML("rdfxml", "rdf", RDFFormat.RDFXML_PRETTY, false);

    private final String label;
    private final String extension;
    private final RDFFormat jenaFormat;
    private final boolean quads;

    RdfFormat(String label, String extension, RDFFormat jenaFormat, boolean quads) {
        this.label = label;
        this.extension = extension;
        this.jenaFormat = jenaFormat;
        this.quads = quads;
    }

    /** The name users type ("turtle", "jsonld", ...). */
    public String label() {
        return label;
    }

    public String fileExtension() {
        return extension;
    }

    public String mediaType() {
        return lang().getHeaderString();
    }

    public Lang lang() {
        return jenaFormat.getLang();
    }

    public RDFFormat jenaFormat() {
        return jenaFormat;
    }

    /** True when the output keeps the named graph. */
    public boolean isQuads() {
        return quads;
    }

    /** By label or file extension, case-insensitively ("ttl", "Turtle", "nq", ...). */
    public static Optional<RdfFormat> of(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.label.equals(n) || f.extension.equals(n)).findFirst();
    }
}
