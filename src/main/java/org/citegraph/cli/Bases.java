package org.citegraph.cli;

import java.net.URI;
import java.net.URISyntaxException;

import org.citegraph.rdf.IriMinter;

/** Checks a user-given base IRI before any work is done. */
final class Bases {

    private Bases() {
    }

    static IriMinter minter(String base) {
        try {
            URI uri = new URI(base);
            if (!uri.isAbsolute() || uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new UserError("--base " + base + ": not an absolute http(s) IRI");
            }
        } catch (URISyntaxException e) {
            throw new UserError("--base " + base + ": not an IRI (" + e.getReason() + ")");
        }
        return new IriMinter(base.endsWith("/") || base.endsWith("#") ? base : base + "/");
    }
}
