package org.citegraph.rdf;

import org.apache.jena.graph.Node;
import org.citegraph.rdf.vocab.DcTerms;
import org.citegraph.rdf.vocab.Fabio;

/** States a title as OCDM keeps it: main title in {@code dcterms:title}, the rest in {@code fabio:hasSubtitle}. */
final class TitleWriter {

    private final QuadSink out;

    TitleWriter(QuadSink out) {
        this.out = out;
    }

    void title(Node node, String title) {
        if (title == null || title.isBlank()) return;
        Titles.Parts parts = Titles.split(title);
        out.text(node, DcTerms.title, parts.main());
        out.text(node, Fabio.hasSubtitle, parts.subtitle());
    }
}
