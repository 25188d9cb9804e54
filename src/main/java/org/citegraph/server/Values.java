package org.citegraph.server;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * Turns RDF terms into what a page shows: a link to the resource's own page (for IRIs under the
 * base or described in the data), an outbound link (other http(s) IRIs), plain text (any other
 * IRI scheme, so a {@code javascript:} IRI in the data can never become a link), a literal with
 * its language or datatype, or, for a blank node, its properties shown in place.
 */
final class Values {

    /**
     * A link or text; {@code href} is null for plain text. {@code external} marks a link off this
     * site, {@code term} a link to a vocabulary term's definition.
     */
    record Link(String text, String href, String title, boolean external, boolean term) {
        Link(String text, String href, String title, boolean external) {
            this(text, href, title, external, false);
        }
    }

    /** One value in a property table. {@code details} holds a blank node's properties, {@code members} a list's items. */
    record Value(String text, String href, String title, boolean external, String note,
                 List<Property> details, List<Value> members, boolean term) {
        Value(String text, String href, String title, boolean external, String note, List<Property> details, List<Value> members) {
            this(text, href, title, external, note, details, members, false);
        }
    }

    /** A property with its values, as one row of a property table; {@code many} when the list is long enough to fold. */
    record Property(Link property, List<Value> values, boolean many, int count) {
        Property(Link property, List<Value> values) {
            this(property, values, values.size() > FOLD_AFTER, values.size());
        }
    }

    /** Value lists longer than this are folded (in a details element) on the page. */
    static final int FOLD_AFTER = 12;

    private static final int MAX_BLANK_DEPTH = 4;

    private final SiteUrls urls;
    private final Labels labels;
    private final TermLabels terms;

    Values(SiteUrls urls, Labels labels, TermLabels terms) {
        this.urls = urls;
        this.labels = labels;
        this.terms = terms;
    }

    Labels labels() {
        return labels;
    }

    TermLabels terms() {
        return terms;
    }

    SiteUrls urls() {
        return urls;
    }

    /** A link to a data resource: its page when it has one, else outbound (http/https only), else text. */
    Link link(Node node) {
        if (node.isURI()) {
            String iri = node.getURI();
            String label = labels.label(node);
            if (urls.isLocal(iri) || labels.described(node)) {
                return new Link(label != null ? label : shortName(iri), urls.pageUrl(iri), iri, false);
            }
            String text = label != null ? label : terms.knownLabel(iri).orElse(iri);
            return new Link(text, isWebIri(iri) ? iri : null, iri, isWebIri(iri));
        }
        if (node.isLiteral()) return new Link(node.getLiteralLexicalForm(), null, null, false);
        return new Link("(unnamed node)", null, null, false);
    }

    /** A link for a vocabulary term (a property or class): its human label, pointing at the term's IRI. */
    Link term(Node node) {
        if (!node.isURI()) return link(node);
        String iri = node.getURI();
        if (urls.isLocal(iri) || labels.described(node))
            return new Link(terms.label(iri), urls.pageUrl(iri), terms.shortName(iri), false, false);
        return new Link(terms.label(iri), isWebIri(iri) ? iri : null, terms.shortName(iri), false, isWebIri(iri));
    }

    /**
     * A cell of a query result: like {@link #value} but without a label look-up per IRI (a
     * result can hold thousands), so IRIs show in their short form.
     */
    Value resultValue(Node node, boolean described) {
        if (node.isLiteral() || node.isBlank()) {
            if (node.isBlank()) return new Value("_:" + node.getBlankNodeLabel(), null, null, false, null, List.of(), List.of());
            return new Value(node.getLiteralLexicalForm(), null, null, false, literalNote(node), List.of(), List.of());
        }
        String iri = node.getURI();
        if (urls.isLocal(iri) || described)
            return new Value(shortName(iri), urls.pageUrl(iri), iri, false, null, List.of(), List.of());
        boolean web = isWebIri(iri);
        return new Value(shortName(iri), web ? iri : null, iri, web, null, List.of(), List.of());
    }

    /** A link for a class, labelled as a kind of thing ("Journal article"). */
    Link typeLink(Node node) {
        Link link = term(node);
        if (!node.isURI()) return link;
        return new Link(terms.typeLabel(node.getURI()), link.href(), link.title(), link.external(), link.term());
    }

    Value value(Node node, Graph graph) {
        return value(node, graph, 0, new HashSet<>());
    }

    private Value value(Node node, Graph graph, int depth, Set<Node> seen) {
        if (node.isLiteral()) {
            return new Value(node.getLiteralLexicalForm(), null, null, false, literalNote(node), List.of(), List.of());
        }
        if (node.isBlank()) {
            if (depth >= MAX_BLANK_DEPTH || !seen.add(node))
                return new Value("(nested node)", null, null, false, null, List.of(), List.of());
            List<Value> members = listMembers(node, graph, depth, seen);
            if (!members.isEmpty()) return new Value("", null, null, false, null, List.of(), members);
            return new Value("", null, null, false, null, properties(node, graph, depth + 1, seen, Set.of()), List.of());
        }
        Link link = link(node);
        return new Value(link.text(), link.href(), link.title(), link.external(), null, List.of(), List.of());
    }

    /** The properties of {@code subject} in {@code graph}, grouped by property, in a stable order. */
    List<Property> properties(Node subject, Graph graph, Set<Node> skipProperties) {
        return properties(subject, graph, 0, new HashSet<>(), skipProperties);
    }

    private List<Property> properties(Node subject, Graph graph, int depth, Set<Node> seen, Set<Node> skip) {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        graph.find(subject, Node.ANY, Node.ANY).toList().stream()
                .sorted(Comparator.comparing((Triple t) -> propertyOrder(t.getPredicate())).thenComparing(t -> t.getObject().toString()))
                .forEach(t -> {
                    if (!skip.contains(t.getPredicate()))
                        byProperty.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getObject());
                });
        List<Property> properties = new ArrayList<>();
        Map<Node, Link> names = distinctNames(byProperty.keySet());
        byProperty.forEach((property, objects) -> {
            List<Value> values = new ArrayList<>();
            boolean isType = property.equals(RDF.type.asNode());
            for (Node o : objects) values.add(isType ? typeValue(o) : value(o, graph, depth, seen));
            properties.add(new Property(names.get(property), values));
        });
        return properties;
    }

    /**
     * Links for a set of properties, where two properties with the same label ("cites" from CiTO
     * and from BIBO) are told apart by their prefix: "cites (cito)", "cites (bibo)".
     */
    Map<Node, Link> distinctNames(java.util.Collection<Node> properties) {
        Map<Node, Link> links = new LinkedHashMap<>();
        Map<String, Integer> uses = new java.util.HashMap<>();
        for (Node p : properties) {
            Link link = term(p);
            links.put(p, link);
            uses.merge(link.text(), 1, Integer::sum);
        }
        links.replaceAll((p, link) -> {
            if (uses.get(link.text()) < 2 || !p.isURI()) return link;
            String qname = terms.shortName(p.getURI());
            String prefix = qname.contains(":") && !qname.startsWith("http") ? qname.substring(0, qname.indexOf(':')) : p.getNameSpace();
            return new Link(link.text() + " (" + prefix + ")", link.href(), link.title(), link.external(), link.term());
        });
        return links;
    }

    private Value typeValue(Node node) {
        Link link = typeLink(node);
        return new Value(link.text(), link.href(), link.title(), link.external(), null, List.of(), List.of(), link.term());
    }

    /** rdf:type first, then properties by label. */
    private String propertyOrder(Node property) {
        if (property.equals(RDF.type.asNode())) return "";
        return property.isURI() ? terms.label(property.getURI()).toLowerCase(Locale.ROOT) : property.toString();
    }

    /** The members of an rdf:Seq/Bag/Alt container node, by index; empty when it is not one. */
    private List<Value> listMembers(Node node, Graph graph, int depth, Set<Node> seen) {
        Map<Integer, Node> members = new java.util.TreeMap<>();
        boolean other = false;
        for (Triple t : graph.find(node, Node.ANY, Node.ANY).toList()) {
            String p = t.getPredicate().getURI();
            if (p.startsWith(RDF.getURI() + "_")) {
                try {
                    members.put(Integer.parseInt(p.substring(RDF.getURI().length() + 1)), t.getObject());
                } catch (NumberFormatException e) {
                    other = true;
                }
            } else if (!t.getPredicate().equals(RDF.type.asNode())) {
                other = true;
            }
        }
        if (other || members.isEmpty()) return List.of();
        List<Value> values = new ArrayList<>();
        for (Node member : members.values()) values.add(value(member, graph, depth + 1, seen));
        return values;
    }

    private String literalNote(Node literal) {
        String lang = literal.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) return lang;
        String datatype = literal.getLiteralDatatypeURI();
        if (datatype == null || datatype.equals(XSDDatatype.XSDstring.getURI()) || datatype.equals(RDF.langString.getURI()))
            return null;
        return terms.shortName(datatype);
    }

    String shortName(String iri) {
        if (urls.isLocal(iri)) return iri.substring(urls.base().length());
        return terms.shortName(iri);
    }

    static boolean isWebIri(String iri) {
        try {
            String scheme = URI.create(iri).getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
