package org.citegraph.server;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/** One solution of a server query, with typed getters; an unbound variable reads as null. */
record Row(Binding binding) {

    Node node(String var) {
        return binding.get(Var.alloc(var));
    }

    boolean has(String var) {
        return node(var) != null;
    }

    /** The lexical form of a literal or the IRI string; null when unbound or a blank node. */
    String text(String var) {
        Node n = node(var);
        if (n == null) return null;
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        if (n.isURI()) return n.getURI();
        return null;
    }

    /** An IRI value as a string; null when unbound or not an IRI. */
    String iri(String var) {
        Node n = node(var);
        return n != null && n.isURI() ? n.getURI() : null;
    }

    long number(String var) {
        Node n = node(var);
        if (n == null || !n.isLiteral()) return 0;
        try {
            return Long.parseLong(n.getLiteralLexicalForm().trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
