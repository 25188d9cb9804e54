package org.citegraph.un;

/** Internal signal that a text cannot be read as a UN symbol; never escapes the package's public API. */
final class NotASymbolException extends Exception {

    private static final long serialVersionUID = 1L;

    NotASymbolException(String reason) {
        super(reason, null, false, false);
    }
}
