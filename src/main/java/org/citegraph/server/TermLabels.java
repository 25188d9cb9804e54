package org.citegraph.server;

import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.citegraph.store.ClasspathFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Human names for vocabulary terms (classes and properties) and short prefixed names for IRIs.
 *
 * <p>Labels come from the ontology files shipped on the classpath under {@code /ontology/}
 * (English {@code rdfs:label} or {@code skos:prefLabel}); a term without one gets its local name
 * split into words ("hasSequenceIdentifier" → "has sequence identifier"). Prefixes come from
 * {@code /web/prefixes.ttl} plus the dataset's own.
 */
final class TermLabels {

    private static final Logger LOG = LoggerFactory.getLogger(TermLabels.class);

    private final Map<String, String> labels;
    private final PrefixMapping prefixes;

    private TermLabels(Map<String, String> labels, PrefixMapping prefixes) {
        this.labels = labels;
        this.prefixes = prefixes;
    }

    /** Loads the shipped ontologies' labels; {@code datasetPrefixes} are added to the standard prefixes. */
    static TermLabels load(PrefixMapping datasetPrefixes) {
        PrefixMapping prefixes = PrefixMapping.Factory.create();
        Graph standard = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ClasspathFiles.read("/web/prefixes.ttl"), Lang.TURTLE).parse(standard);
        prefixes.setNsPrefixes(standard.getPrefixMapping());
        if (datasetPrefixes != null) {
            datasetPrefixes.getNsPrefixMap().forEach((prefix, ns) -> {
                if (!prefix.isEmpty()) prefixes.setNsPrefix(prefix, ns);
            });
        }
        return new TermLabels(ontologyLabels(), prefixes);
    }

    private static Map<String, String> ontologyLabels() {
        Map<String, String> labels = new HashMap<>();
        // The official ontologies bundled under /ontology/vocab/ and citegraph's own files beside
        // them; JSON-LD contexts and frames there describe JSON, not terms.
        for (String folder : List.of("/ontology/vocab/", "/ontology/"))
        for (String file : ClasspathFiles.list(folder, "")) {
            Lang lang = RDFLanguages.filenameToLang(file);
            if (lang == null || lang.equals(Lang.JSONLD) || !org.apache.jena.riot.RDFParserRegistry.isRegistered(lang)) continue;
            String text = ClasspathFiles.readOrNull(folder + file);
            if (text == null) continue;
            try {
                DatasetGraph parsed = DatasetGraphFactory.create();
                // Ontology files carry odd IRIs (SWRL variables) that only matter to reasoners: no warnings.
                RDFParser.fromString(text, lang).errorHandler(ErrorHandlerFactory.errorHandlerNoWarnings).parse(parsed);
                collect(parsed, SKOS.prefLabel.asNode(), labels);
                collect(parsed, RDFS.label.asNode(), labels);
            } catch (RiotException e) {
                LOG.warn("ontology file {} could not be read for labels: {}", file, e.getMessage());
            }
        }
        return labels;
    }

    /** English or untagged labels; later calls win, so rdfs:label beats skos:prefLabel. */
    private static void collect(DatasetGraph parsed, Node property, Map<String, String> labels) {
        parsed.find(Node.ANY, Node.ANY, property, Node.ANY).forEachRemaining(t -> {
            if (!t.getSubject().isURI() || !t.getObject().isLiteral()) return;
            String lang = t.getObject().getLiteralLanguage();
            if (lang.isEmpty() || lang.toLowerCase(Locale.ROOT).startsWith("en")) {
                String key = t.getSubject().getURI();
                if (lang.isEmpty() && labels.containsKey(key)) return; // keep an English label over an untagged one
                labels.put(key, t.getObject().getLiteralLexicalForm().trim());
            }
        });
    }

    PrefixMapping prefixes() {
        return prefixes;
    }

    /** A readable name for a term: its ontology label, else its local name in words. */
    String label(String iri) {
        String label = labels.get(iri);
        return label != null ? label : words(localName(iri));
    }

    /**
     * A label for an IRI that is a vocabulary term rather than a web page: its ontology label, or
     * its local name in words when its namespace is a known prefix; empty for any other IRI.
     */
    java.util.Optional<String> knownLabel(String iri) {
        String label = labels.get(iri);
        if (label != null) return java.util.Optional.of(label);
        String qname = prefixes.qnameFor(iri);
        return qname == null ? java.util.Optional.empty() : java.util.Optional.of(words(localName(iri)));
    }

    /** A class's label as a kind of thing, capitalised: "Journal article". */
    String typeLabel(String iri) {
        String label = label(iri);
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /** {@code prefix:local} when a prefix fits, else the full IRI. */
    String shortName(String iri) {
        String qname = prefixes.qnameFor(iri);
        return qname != null ? qname : iri;
    }

    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String local = cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        if (local.startsWith("_") && local.substring(1).chars().allMatch(Character::isDigit)) return "item " + local.substring(1);
        return local;
    }

    /** "hasSequenceIdentifier" → "has sequence identifier"; "JournalArticle" → "journal article". */
    static String words(String camel) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            boolean boundary = i > 0 && Character.isUpperCase(c)
                    && (Character.isLowerCase(camel.charAt(i - 1))
                        || (i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1))));
            if (c == '_' || c == '-') {
                out.append(' ');
                continue;
            }
            if (boundary) out.append(' ');
            out.append(out.length() == 0 || !Character.isUpperCase(c) || isAcronymAt(camel, i) ? c : Character.toLowerCase(c));
        }
        return out.toString().trim();
    }

    private static boolean isAcronymAt(String s, int i) {
        boolean nextUpper = i + 1 < s.length() && Character.isUpperCase(s.charAt(i + 1));
        boolean prevUpper = i > 0 && Character.isUpperCase(s.charAt(i - 1));
        return nextUpper || (prevUpper && (i + 1 == s.length() || !Character.isLowerCase(s.charAt(i + 1))));
    }
}
