package org.citegraph.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * A work's contributors grouped by role (authors, editors, publisher, …) in order, from
 * {@code contributors.rq}. For each role the best source the data has wins: PRO roles (ordered by
 * {@code oco:hasNext}), else the BIBO author/editor list, else the plain DCTerms/BIBO properties.
 */
final class Contributors {

    record RoleGroup(String role, List<Contributor> agents) {}

    record Contributor(Values.Link agent, Values.Link affiliation) {}

    private static final List<String> ROLE_ORDER = List.of("author", "editor", "translator", "contributor", "publisher", "issuer");
    private static final List<String> SOURCE_ORDER = List.of("role", "list", "direct");

    private Contributors() {}

    static List<RoleGroup> groups(DatasetReader.View data, Values values, Node work) {
        List<Row> rows = data.select("contributors", Map.of("resource", work));
        Map<String, String> sourceOfRole = new LinkedHashMap<>();
        for (String source : SOURCE_ORDER) {
            for (Row row : rows) {
                if (source.equals(row.text("source"))) sourceOfRole.putIfAbsent(row.text("roleName"), source);
            }
        }
        Map<String, Map<Node, Contributor>> byRole = new LinkedHashMap<>();
        rows.stream()
                .filter(r -> r.text("source").equals(sourceOfRole.get(r.text("roleName"))))
                .sorted(Comparator.comparingLong((Row r) -> r.number("position")))
                .forEach(r -> byRole.computeIfAbsent(r.text("roleName"), k -> new LinkedHashMap<>())
                        .merge(r.node("agent"),
                               new Contributor(values.link(r.node("agent")),
                                               r.has("affiliation") ? values.link(r.node("affiliation")) : null),
                               (a, b) -> a.affiliation() != null ? a : b));
        List<RoleGroup> groups = new ArrayList<>();
        byRole.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> rank(e.getKey())))
                .forEach(e -> groups.add(new RoleGroup(heading(e.getKey(), e.getValue().size()), List.copyOf(e.getValue().values()))));
        return groups;
    }

    /** The names of the authors, in order, joined for a one-line listing. */
    static String authorLine(List<RoleGroup> groups) {
        for (RoleGroup group : groups) {
            if (group.role().startsWith("Author")) {
                return String.join(", ", group.agents().stream().map(c -> c.agent().text()).toList());
            }
        }
        return "";
    }

    private static int rank(String role) {
        int i = ROLE_ORDER.indexOf(role);
        return i < 0 ? ROLE_ORDER.size() : i;
    }

    private static String heading(String role, int count) {
        String words = TermLabels.words(role);
        String heading = words.isEmpty() ? "Contributor" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        return count > 1 ? heading + "s" : heading;
    }
}
