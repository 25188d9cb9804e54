package org.citegraph.server;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * What the server says about one resource, across all graphs:
 * <ol>
 *   <li>its outgoing triples, and recursively those of the blank nodes they reach (an
 *       {@code rdf:Seq} author list, an inline identifier);</li>
 *   <li>the nodes it <em>owns</em>: IRIs it links to that nothing else links to except itself and
 *       its other owned nodes (its roles chained by {@code oco:hasNext}, its identifiers, its
 *       manifestations), with their own outgoing triples and blank nodes;</li>
 *   <li>its incoming triples (who cites it, which reference points at it, which role it holds);
 *       when the linking subject is a blank node, also the triple that leads to that blank node
 *       (so "{@code _:list rdf:_1 <person>}" comes with "{@code <work> bibo:authorList _:list}").</li>
 * </ol>
 * The definition is structural, so it needs no list of properties and works on any graph shape.
 */
final class ResourceDescription {

    static final int MAX_INCOMING = 5000;
    private static final int MAX_OWNERSHIP_CHECK = 200;

    private ResourceDescription() {}

    static Graph describe(Graph data, Node resource) {
        Graph out = GraphFactory.createDefaultGraph();
        Set<Node> visited = new HashSet<>();
        addWithBlankNodes(data, resource, out, visited);
        for (Node owned : ownedNodes(data, resource)) addWithBlankNodes(data, owned, out, visited);
        addIncoming(data, resource, out);
        return out;
    }

    /** The IRIs {@code resource} links to whose every incoming link comes from {@code resource} or another of them. */
    static Set<Node> ownedNodes(Graph data, Node resource) {
        Set<Node> candidates = new LinkedHashSet<>();
        data.find(resource, Node.ANY, Node.ANY).forEach(t -> {
            Node o = t.getObject();
            if (o.isURI() && !o.equals(resource) && data.contains(o, Node.ANY, Node.ANY)) candidates.add(o);
        });
        Set<Node> owners = new HashSet<>(candidates);
        owners.add(resource);
        Set<Node> owned = new LinkedHashSet<>();
        for (Node candidate : candidates) {
            if (onlyLinkedFrom(data, candidate, owners)) owned.add(candidate);
        }
        return owned;
    }

    private static boolean onlyLinkedFrom(Graph data, Node node, Set<Node> owners) {
        ExtendedIterator<Triple> incoming = data.find(Node.ANY, Node.ANY, node);
        try {
            int seen = 0;
            while (incoming.hasNext()) {
                Node subject = incoming.next().getSubject();
                if (!owners.contains(subject) && !subject.isBlank()) return false;
                if (++seen > MAX_OWNERSHIP_CHECK) return false;
            }
            return true;
        } finally {
            incoming.close();
        }
    }

    private static void addWithBlankNodes(Graph data, Node start, Graph out, Set<Node> visited) {
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(start);
        while (!todo.isEmpty()) {
            Node subject = todo.pop();
            if (!visited.add(subject)) continue;
            data.find(subject, Node.ANY, Node.ANY).forEach(t -> {
                out.add(t);
                if (t.getObject().isBlank()) todo.push(t.getObject());
            });
        }
    }

    private static void addIncoming(Graph data, Node resource, Graph out) {
        ExtendedIterator<Triple> incoming = data.find(Node.ANY, Node.ANY, resource);
        try {
            int count = 0;
            while (incoming.hasNext() && count++ < MAX_INCOMING) {
                Triple t = incoming.next();
                out.add(t);
                if (t.getSubject().isBlank()) {
                    data.find(Node.ANY, Node.ANY, t.getSubject()).forEach(out::add);
                }
            }
        } finally {
            incoming.close();
        }
    }
}
