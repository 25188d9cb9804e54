package org.citegraph.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The official ontologies citegraph writes terms from, read from their published files: which
 * namespaces they cover and which terms they declare. A term counts as declared when the file of
 * its namespace has it as the subject of an {@code rdf:type} statement. RDF, RDFS and OWL built-ins (including
 * the container membership properties {@code rdf:_1 …}) count as declared too.
 */
public final class Vocabularies {

    /** A namespace and the ontology file that declares its terms. */
    public record Namespace(String prefix, String iri, String file) {
    }

    static {
        // Jena's vocabulary constants (RDF.type, …) are null if their classes load before Jena initialises.
        JenaSystem.init();
    }

    public static final String BUNDLE = "/ontology/vocab/";
    private static final String MANIFEST = "vocabularies.csv";
    private static final Pattern MEMBERSHIP = Pattern.compile(Pattern.quote(RDF.getURI()) + "_[1-9][0-9]*");
    private static final Set<String> BUILT_INS = builtIns();

    private final List<Namespace> namespaces;
    private final Map<String, Set<String>> declaredByFile;

    private Vocabularies(List<Namespace> namespaces, Map<String, Set<String>> declaredByFile) {
        this.namespaces = List.copyOf(namespaces);
        this.declaredByFile = declaredByFile;
    }

    private static Vocabularies bundled;

    /** The copies shipped under {@code ontology/vocab/} (loaded once, on first use). */
    public static synchronized Vocabularies bundled() {
        if (bundled == null) {
            List<Namespace> namespaces = readManifest();
            Map<String, Set<String>> declared = new LinkedHashMap<>();
            for (String file : files(namespaces)) {
                try (InputStream in = resource(file)) {
                    declared.put(file, declaredTerms(in, file));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read bundled ontology " + file, e);
                }
            }
            bundled = new Vocabularies(namespaces, declared);
        }
        return bundled;
    }

    /** The same ontologies read from another directory (e.g. a reference copy), files named as in the bundle; missing files are skipped. */
    public static Vocabularies load(Path directory) throws IOException {
        List<Namespace> namespaces = readManifest();
        Map<String, Set<String>> declared = new LinkedHashMap<>();
        for (String file : files(namespaces)) {
            Path path = directory.resolve(file);
            if (!Files.isRegularFile(path)) continue;
            try (InputStream in = Files.newInputStream(path)) {
                declared.put(file, declaredTerms(in, file));
            }
        }
        return new Vocabularies(namespaces, declared);
    }

    public List<Namespace> namespaces() {
        return namespaces;
    }

    /** The ontology files read, by name. */
    public Set<String> files() {
        return Collections.unmodifiableSet(declaredByFile.keySet());
    }

    /** Terms declared in one file (empty if the file was not read). */
    public Set<String> declaredIn(String file) {
        return declaredByFile.getOrDefault(file, Set.of());
    }

    public static boolean isBuiltIn(String iri) {
        return BUILT_INS.contains(iri) || MEMBERSHIP.matcher(iri).matches();
    }

    /**
     * True for built-ins and for terms declared by the file that owns their namespace. A term
     * re-declared elsewhere does not count: OCO, for one, declares the misspelt
     * {@code cito:hasCitationCharacterisation}, which CiTO itself does not define.
     */
    public boolean declares(String iri) {
        if (isBuiltIn(iri)) return true;
        return namespaceOf(iri).map(ns -> declaredIn(ns.file()).contains(iri)).orElse(false);
    }

    /** The bundled namespace an IRI belongs to (longest match), if any. */
    public Optional<Namespace> namespaceOf(String iri) {
        return namespaces.stream().filter(ns -> iri.startsWith(ns.iri()))
                .max(Comparator.comparingInt(ns -> ns.iri().length()));
    }

    /** "fabio:JournalArticle" for a bundled namespace, else the IRI in angle brackets. */
    public String shortForm(String iri) {
        return namespaceOf(iri).map(ns -> ns.prefix() + ":" + iri.substring(ns.iri().length()))
                .orElseGet(() -> BuiltIn.shortForm(iri));
    }

    /** Expands "prefix:local" with the bundled prefixes and rdf/rdfs/owl/xsd. */
    public String expand(String curie) {
        int colon = curie.indexOf(':');
        if (colon < 0) throw new IllegalArgumentException("not a prefixed name: " + curie);
        String prefix = curie.substring(0, colon);
        String local = curie.substring(colon + 1);
        String base = BuiltIn.PREFIXES.get(prefix);
        if (base == null) {
            base = namespaces.stream().filter(ns -> ns.prefix().equals(prefix)).map(Namespace::iri).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown prefix in " + curie));
        }
        return base + local;
    }

    /** Prefix → namespace for every bundled vocabulary plus the W3C built-ins, for writing readable output. */
    public Map<String, String> prefixes() {
        Map<String, String> map = new LinkedHashMap<>(BuiltIn.PREFIXES);
        for (Namespace ns : namespaces) map.putIfAbsent(ns.prefix(), ns.iri());
        return map;
    }

    private static List<String> files(List<Namespace> namespaces) {
        return namespaces.stream().map(Namespace::file).distinct().toList();
    }

    private static InputStream resource(String file) throws IOException {
        InputStream in = Vocabularies.class.getResourceAsStream(BUNDLE + file);
        if (in == null) throw new IOException("missing resource " + BUNDLE + file);
        return in;
    }

    private static List<Namespace> readManifest() {
        try (InputStream in = resource(MANIFEST)) {
            List<Namespace> list = new ArrayList<>();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) continue;
                String[] cells = line.split(",", 4);
                list.add(new Namespace(cells[0], cells[1], cells[2]));
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> declaredTerms(InputStream in, String file) {
        Set<String> terms = new HashSet<>();
        Node type = RDF.type.asNode();
        StreamRDFBase collector = new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                if (t.getPredicate().equals(type) && t.getSubject().isURI()) terms.add(t.getSubject().getURI());
            }

            @Override
            public void quad(Quad q) {
                triple(q.asTriple());
            }
        };
        // The published files carry a few IRIs RIOT warns about (SWRL variables as <urn:swrl#x>); they are
        // the publishers' business, not the user's, so warnings are silenced and errors still stop the load.
        RDFParser.source(in).lang(langOf(file)).errorHandler(ErrorHandlerFactory.errorHandlerNoWarnings).parse(collector);
        return terms;
    }

    private static Lang langOf(String file) {
        if (file.endsWith(".ttl")) return Lang.TURTLE;
        if (file.endsWith(".nq")) return Lang.NQUADS;
        if (file.endsWith(".nt")) return Lang.NTRIPLES;
        if (file.endsWith(".rdf") || file.endsWith(".owl")) return Lang.RDFXML;
        throw new IllegalArgumentException("unknown ontology file syntax: " + file);
    }

    private static Set<String> builtIns() {
        Set<String> iris = new HashSet<>();
        for (Class<?> vocabulary : List.of(RDF.class, RDFS.class, OWL2.class)) {
            for (var field : vocabulary.getFields()) {
                if (!java.lang.reflect.Modifier.isStatic(field.getModifiers())) continue;
                if (!Resource.class.isAssignableFrom(field.getType()) && !Property.class.isAssignableFrom(field.getType())) continue;
                try {
                    Resource r = (Resource) field.get(null);
                    if (r != null && r.isURIResource()) iris.add(r.getURI());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Set.copyOf(iris);
    }

    /** W3C namespaces every RDF tool knows; their terms need no bundled file. */
    static final class BuiltIn {
        static final Map<String, String> PREFIXES = Map.of(
                "rdf", RDF.getURI(), "rdfs", RDFS.getURI(), "owl", OWL2.getURI(),
                "xsd", "http://www.w3.org/2001/XMLSchema#");

        static String shortForm(String iri) {
            for (Map.Entry<String, String> e : PREFIXES.entrySet()) {
                if (iri.startsWith(e.getValue())) return e.getKey() + ":" + iri.substring(e.getValue().length());
            }
            return "<" + iri + ">";
        }
    }
}
