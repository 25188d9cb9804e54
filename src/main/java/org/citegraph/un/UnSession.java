package org.citegraph.un;

import java.util.Objects;

/**
 * A session of a UN organ or body. {@code label} is the session as printed in the symbol ("48", "S-13",
 * "III", "S-VI", or the year for ECOSOC-series documents); {@code key} the path key with Roman numerals
 * turned into arabic, so that A/RES/217(III) and A/3/… name the same session (design note §3.6:
 * "A/48", "A/S-13", "A/ES-10", "E/1994").
 */
public record UnSession(String series, String label, String key) {

    public UnSession {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(key, "key");
    }
}
