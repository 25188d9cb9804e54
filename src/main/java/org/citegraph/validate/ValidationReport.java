package org.citegraph.validate;

import java.util.List;
import java.util.stream.Collectors;

/** The outcome of validating a graph: conforming when no problem was found. */
public record ValidationReport(long triples, List<Problem> problems) {

    public ValidationReport {
        problems = List.copyOf(problems);
    }

    public boolean conforms() {
        return problems.isEmpty();
    }

    public List<Problem> problems(String check) {
        return problems.stream().filter(p -> p.check().equals(check)).toList();
    }

    /** A summary line followed by one line per problem, for the command line. */
    public String toText() {
        if (conforms()) return "valid: " + triples + " triples conform to the citegraph shapes and use only declared terms\n";
        return problems.size() + " problem(s) in " + triples + " triples:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")) + "\n";
    }
}
