package org.citegraph.rdf.vocab;

import java.util.Map;

import org.apache.jena.graph.Node;

/** The six official UN languages as the ISO 639-1 individuals UNDO declares (Library of Congress IRIs). */
public final class Lan {

    public static final String PREFIX = "lan";
    public static final String NS = "http://id.loc.gov/vocabulary/iso639-1/";

    public static final Node ar = Terms.term(NS, "ar");
    public static final Node zh = Terms.term(NS, "zh");
    public static final Node en = Terms.term(NS, "en");
    public static final Node fr = Terms.term(NS, "fr");
    public static final Node ru = Terms.term(NS, "ru");
    public static final Node es = Terms.term(NS, "es");

    private static final Map<String, Node> BY_CODE = Map.of("ar", ar, "zh", zh, "en", en, "fr", fr, "ru", ru, "es", es);

    /** The individual for a two-letter code, or null when it is not an official UN language. */
    public static Node of(String code) {
        return BY_CODE.get(code);
    }

    private Lan() {
    }
}
