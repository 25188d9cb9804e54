package org.citegraph.rdf.vocab;

import java.util.List;

/**
 * Every vocabulary citegraph writes, in one list: {@link org.citegraph.rdf.Prefixes} declares their
 * prefixes and the vocabulary test checks each constant against the published ontology files.
 */
public final class Vocabularies {

    /** The vocabulary classes; each has {@code PREFIX}, {@code NS} and one {@code Node} constant per term. */
    public static final List<Class<?>> ALL = List.of(
            Bibo.class, Fabio.class, Prism.class, Frbr.class, Cito.class, Biro.class, C4o.class, Doco.class,
            Deo.class, Pro.class, DataCite.class, LiteralReification.class, Oco.class, DcTerms.class, Foaf.class,
            Oa.class, Skos.class, Org.class, Event.class, Undo.class, Allot.class, Lan.class, Rdf.class, Rdfs.class, Owl.class);

    private Vocabularies() {
    }
}
