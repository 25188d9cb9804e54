package org.citegraph.link;

import java.util.List;

/** What a linking run did, lookup by lookup, in words a user can act on. */
public record LinkReport(List<Lookup> lookups) {

    /**
     * One lookup against one service. {@code found} is the number of local entities the service
     * knew; {@code added} the triples written; {@code error} why the lookup failed (null if it ran).
     */
    public record Lookup(String what, String service, int found, int added, String error) {

        public boolean failed() {
            return error != null;
        }

        @Override
        public String toString() {
            if (failed()) return what + ": " + service + " unreachable (" + error + "); nothing added";
            return what + ": " + found + " found at " + service + ", " + added + " triples added";
        }
    }

    public LinkReport {
        lookups = List.copyOf(lookups);
    }

    public int triplesAdded() {
        return lookups.stream().mapToInt(Lookup::added).sum();
    }

    /** True when no lookup could reach its service: the graph was left as it was. */
    public boolean offline() {
        return !lookups.isEmpty() && lookups.stream().allMatch(Lookup::failed);
    }

    public String toText() {
        StringBuilder b = new StringBuilder();
        if (offline()) {
            b.append("linking: no service could be reached (no network?); the graph is unchanged\n");
        }
        for (Lookup l : lookups) b.append("  ").append(l).append('\n');
        if (!offline()) b.append("linking: ").append(triplesAdded()).append(" triples added\n");
        return b.toString();
    }
}
