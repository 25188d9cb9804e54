package org.citegraph.page;

/** The input cannot be used as an article page at all (missing file, not text, no notes). */
public final class PageException extends Exception {

    public PageException(String message) {
        super(message);
    }
}
