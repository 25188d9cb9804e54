package org.citegraph.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.citegraph.rdf.vocab.Allot;
import org.citegraph.rdf.vocab.Bibo;
import org.citegraph.rdf.vocab.Biro;
import org.citegraph.rdf.vocab.C4o;
import org.citegraph.rdf.vocab.Cito;
import org.citegraph.rdf.vocab.DataCite;
import org.citegraph.rdf.vocab.DcTerms;
import org.citegraph.rdf.vocab.Deo;
import org.citegraph.rdf.vocab.Doco;
import org.citegraph.rdf.vocab.Event;
import org.citegraph.rdf.vocab.Fabio;
import org.citegraph.rdf.vocab.Foaf;
import org.citegraph.rdf.vocab.Frbr;
import org.citegraph.rdf.vocab.Lan;
import org.citegraph.rdf.vocab.LiteralReification;
import org.citegraph.rdf.vocab.Oa;
import org.citegraph.rdf.vocab.Oco;
import org.citegraph.rdf.vocab.Org;
import org.citegraph.rdf.vocab.Owl;
import org.citegraph.rdf.vocab.Prism;
import org.citegraph.rdf.vocab.Pro;
import org.citegraph.rdf.vocab.Rdf;
import org.citegraph.rdf.vocab.Rdfs;
import org.citegraph.rdf.vocab.Skos;
import org.citegraph.rdf.vocab.Undo;
import org.apache.jena.vocabulary.XSD;

/** The prefixes that make citegraph's Turtle, TriG and JSON-LD readable. */
public final class Prefixes {

    /** Vocabulary prefixes only (read-only); {@link #forBase(String)} adds the data namespaces. */
    public static final PrefixMapping VOCABULARIES = vocabularies().lock();

    /** Vocabulary prefixes plus short prefixes for citegraph's own IRIs under {@code base}. */
    public static PrefixMapping forBase(String base) {
        PrefixMapping m = vocabularies();
        IriMinter.dataNamespaces(base).forEach(m::setNsPrefix);
        return m.lock();
    }

    private static PrefixMapping vocabularies() {
        PrefixMapping m = PrefixMapping.Factory.create();
        m.setNsPrefix(Rdf.PREFIX, Rdf.NS);
        m.setNsPrefix(Rdfs.PREFIX, Rdfs.NS);
        m.setNsPrefix(Owl.PREFIX, Owl.NS);
        m.setNsPrefix("xsd", XSD.NS);
        m.setNsPrefix(DcTerms.PREFIX, DcTerms.NS);
        m.setNsPrefix(Foaf.PREFIX, Foaf.NS);
        m.setNsPrefix(Bibo.PREFIX, Bibo.NS);
        m.setNsPrefix(Fabio.PREFIX, Fabio.NS);
        m.setNsPrefix(Frbr.PREFIX, Frbr.NS);
        m.setNsPrefix(Prism.PREFIX, Prism.NS);
        m.setNsPrefix(Pro.PREFIX, Pro.NS);
        m.setNsPrefix(Oco.PREFIX, Oco.NS);
        m.setNsPrefix(DataCite.PREFIX, DataCite.NS);
        m.setNsPrefix(LiteralReification.PREFIX, LiteralReification.NS);
        m.setNsPrefix(Cito.PREFIX, Cito.NS);
        m.setNsPrefix(Biro.PREFIX, Biro.NS);
        m.setNsPrefix(C4o.PREFIX, C4o.NS);
        m.setNsPrefix(Doco.PREFIX, Doco.NS);
        m.setNsPrefix(Deo.PREFIX, Deo.NS);
        m.setNsPrefix(Oa.PREFIX, Oa.NS);
        m.setNsPrefix(Skos.PREFIX, Skos.NS);
        m.setNsPrefix(Org.PREFIX, Org.NS);
        m.setNsPrefix(Event.PREFIX, Event.NS);
        m.setNsPrefix(Undo.PREFIX, Undo.NS);
        m.setNsPrefix(Allot.PREFIX, Allot.NS);
        m.setNsPrefix(Lan.PREFIX, Lan.NS);
        return m;
    }

    private Prefixes() {
    }
}
