package org.citegraph.model;

/** Someone responsible for a work: a person or an organisation. */
public sealed interface Agent permits Person, Organization {

    /** The name as a reader would write it in running text ("Barry Buzan", "United Nations"). */
    String displayName();

    /** The name in sorted form ("Buzan, Barry"; organisations by name). */
    String sortName();
}
