package org.citegraph.server;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * Display labels for the nodes one page shows. {@link #preload} labels a resource and everything
 * around it in one query ({@code labels.rq}); a described resource outside every preloaded
 * neighbourhood gets a query of its own ({@code label.rq}). Lives for one request.
 */
final class Labels {

    /** What the page knows about a node: its label (null if none), whether the data describes it, its best type. */
    record Entry(String label, boolean described, String kind) {}

    private static final Entry NONE = new Entry(null, false, null);

    private final DatasetReader.View view;
    private final Map<Node, Entry> entries = new HashMap<>();
    private final Set<Node> loaded = new HashSet<>();

    Labels(DatasetReader.View view) {
        this.view = view;
    }

    Labels preload(Node resource) {
        if (!loaded.add(resource)) return this;
        for (Row row : view.select("labels", Map.of("resource", resource))) {
            Node node = row.node("node");
            if (node == null) continue;
            entries.put(node, new Entry(row.text("label"), hasTriples(node), row.iri("kind")));
        }
        entries.putIfAbsent(resource, new Entry(null, hasTriples(resource), null));
        return this;
    }

    /**
     * What is known about {@code node}. A resource the data describes that no preload covered is
     * labelled on its own ({@code label.rq}); anything else (a vocabulary term, an outside IRI, a
     * blank node) costs no query and has no label.
     */
    Entry entry(Node node) {
        Entry entry = entries.get(node);
        if (entry != null) return entry;
        boolean described = hasTriples(node);
        entry = node.isLiteral() ? NONE : new Entry(null, described, null);
        if (described && node.isURI()) {
            for (Row row : view.select("label", Map.of("resource", node))) {
                entry = new Entry(row.text("label"), true, row.iri("kind"));
            }
        }
        entries.put(node, entry);
        return entry;
    }

    private boolean hasTriples(Node node) {
        return !node.isLiteral() && view.union().contains(node, Node.ANY, Node.ANY);
    }

    /** The node's label, or null when the data gives none. */
    String label(Node node) {
        return entry(node).label();
    }

    boolean described(Node node) {
        return entry(node).described();
    }
}
