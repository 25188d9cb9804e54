package org.citegraph.link;

import org.apache.jena.query.QueryExecException;

/** A remote SPARQL service could not be reached or answered with an error. */
public final class RemoteServiceException extends QueryExecException {

    private final String service;

    public RemoteServiceException(String service, Throwable cause) {
        super(service + ": " + reason(cause), cause);
        this.service = service;
    }

    /** The service in words ("OpenCitations Meta (https://…)"). */
    public String service() {
        return service;
    }

    /** The innermost message, which says what actually failed ("Connection refused", "HTTP 500"). */
    static String reason(Throwable t) {
        Throwable root = t;
        String message = null;
        while (root != null) {
            if (root.getMessage() != null && !root.getMessage().isBlank()) message = root.getMessage();
            if (root.getCause() == root) break;
            root = root.getCause();
        }
        String kind = t.getClass().getSimpleName();
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof java.net.ConnectException) return "connection refused or unreachable";
            if (c instanceof java.net.http.HttpTimeoutException) return "timed out";
            if (c instanceof java.net.UnknownHostException) return "unknown host " + c.getMessage();
            if (c.getCause() == c) break;
        }
        return message == null ? kind : message;
    }
}
