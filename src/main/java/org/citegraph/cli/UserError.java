package org.citegraph.cli;

/** An error the user can fix (bad file, bad option): reported as one line, no stack trace. */
final class UserError extends RuntimeException {

    private final int exitCode;

    UserError(String message) {
        this(message, Main.UNUSABLE_INPUT);
    }

    UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
