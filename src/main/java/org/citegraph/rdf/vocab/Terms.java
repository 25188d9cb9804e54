package org.citegraph.rdf.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Builds vocabulary constants; kept apart so every vocabulary class reads as a plain list of terms. */
final class Terms {

    static Node term(String namespace, String localName) {
        return NodeFactory.createURI(namespace + localName);
    }

    private Terms() {
    }
}
