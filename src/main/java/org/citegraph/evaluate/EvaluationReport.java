package org.citegraph.evaluate;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How well a parsed article matches a gold annotation: precision, recall and F1 per field and
 * over all fields (micro-averaged), pairwise F1 of the grouping of citations into works, and the
 * disagreements found. {@code combined} = overall F1 × (1 − (1 − grouping F1) / 2).
 *
 * @param fields per-field scores, in {@link GoldEvaluator#FIELDS} order
 * @param overall all fields counted together
 * @param grouping pairs of citations put in the same work, predicted against gold
 * @param goldCitations citations in the gold file
 * @param predictedCitations citations in the parsed article
 * @param alignedCitations predicted citations paired with a gold one
 * @param mismatches every field that disagrees, and every citation left unpaired
 */
public record EvaluationReport(
        Map<String, Score> fields,
        Score overall,
        Score grouping,
        int goldCitations,
        int predictedCitations,
        int alignedCitations,
        List<Mismatch> mismatches) {

    public EvaluationReport {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        mismatches = List.copyOf(mismatches);
    }

    /** Counts of agreements and disagreements, and the measures derived from them. */
    public record Score(int truePositives, int falsePositives, int falseNegatives) {

        /** Share of predicted values that are right; 1 when nothing was predicted. */
        public double precision() {
            int d = truePositives + falsePositives;
            return d == 0 ? 1.0 : (double) truePositives / d;
        }

        /** Share of gold values found; 1 when the gold has none. */
        public double recall() {
            int d = truePositives + falseNegatives;
            return d == 0 ? 1.0 : (double) truePositives / d;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        Score plus(Score o) {
            return new Score(truePositives + o.truePositives, falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives);
        }
    }

    /**
     * One disagreement: note number, index of the gold citation and of the predicted one in the
     * note (-1 when that side has none), the field ("citation" for an unpaired citation, "work" for
     * grouping), and the two values.
     */
    public record Mismatch(int note, int goldIndex, int predictedIndex, String field, String expected, String actual) {

        @Override
        public String toString() {
            return "note " + note + " [gold " + goldIndex + " / parsed " + predictedIndex + "] " + field
                    + ": expected " + show(expected) + ", got " + show(actual);
        }

        private static String show(String s) {
            return s == null ? "—" : "\u201C" + s + "\u201D";
        }
    }

    public double overallF1() {
        return overall.f1();
    }

    public double workGroupingF1() {
        return grouping.f1();
    }

    public double combined() {
        return overallF1() * (1 - (1 - workGroupingF1()) / 2);
    }

    /** A plain-text table of the scores, then the mismatches. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "citations: gold %d, parsed %d, paired %d%n", goldCitations,
                predictedCitations, alignedCitations));
        b.append(String.format(Locale.ROOT, "%-10s %6s %6s %6s %5s %5s %5s%n", "field", "P", "R", "F1", "tp", "fp", "fn"));
        for (Map.Entry<String, Score> e : fields.entrySet()) row(b, e.getKey(), e.getValue());
        row(b, "OVERALL", overall);
        row(b, "GROUPING", grouping);
        b.append(String.format(Locale.ROOT, "combined %.4f%n", combined()));
        if (!mismatches.isEmpty()) {
            b.append(String.format("%nmismatches (%d):%n", mismatches.size()));
            for (Mismatch m : mismatches) b.append("  ").append(m).append(System.lineSeparator());
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Score s) {
        b.append(String.format(Locale.ROOT, "%-10s %6.4f %6.4f %6.4f %5d %5d %5d%n", name, s.precision(), s.recall(),
                s.f1(), s.truePositives(), s.falsePositives(), s.falseNegatives()));
    }
}
