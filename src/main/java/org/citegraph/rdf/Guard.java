package org.citegraph.rdf;

/**
 * Runs one unit of mapping all or nothing; a failure is recorded as a problem naming the source
 * line and note instead of stopping the whole article.
 */
@FunctionalInterface
interface Guard {

    /** @return true when the unit was mapped */
    boolean run(int line, int note, String what, Runnable unit);
}
