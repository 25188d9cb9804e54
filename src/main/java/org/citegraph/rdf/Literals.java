package org.citegraph.rdf;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Dates typed by their precision, page ranges, and OpenCitations-style citation time spans. */
final class Literals {

    /** A date literal typed by what the text gives: xsd:gYear, xsd:gYearMonth or xsd:date. */
    static Optional<Node> date(String iso) {
        if (iso == null) return Optional.empty();
        String s = iso.trim();
        RDFDatatype type = s.matches("\\d{4}") ? XSDDatatype.XSDgYear
                : s.matches("\\d{4}-\\d{2}") && validYearMonth(s) ? XSDDatatype.XSDgYearMonth
                : s.matches("\\d{4}-\\d{2}-\\d{2}") && validDate(s) ? XSDDatatype.XSDdate
                : null;
        return type == null ? Optional.empty() : Optional.of(NodeFactory.createLiteralDT(s, type));
    }

    /** The publication date of a work: the full date when given, else the year. */
    static Optional<Node> issued(String year, String date) {
        Optional<Node> full = date(date);
        return full.isPresent() ? full : date(year);
    }

    /** A page range "471-488" or single page "479"; null when the text is not one simple range. */
    record PageRange(String start, String end) {

        static PageRange parse(String pages) {
            if (pages == null) return null;
            String[] ends = pages.trim().split("\\s*[-\u2013]\\s*", -1);
            if (ends.length > 2 || ends[0].isEmpty()) return null;
            for (String e : ends) if (!e.matches("[A-Za-z]{0,3}\\d+|[ivxlcdmIVXLCDM]+")) return null;
            return new PageRange(ends[0], ends.length == 2 ? ends[1] : ends[0]);
        }
    }

    /**
     * The time between a cited work's publication and the citing article's, as an xsd:duration at
     * the coarser of the two precisions ("P9Y", "P1Y2M", "P3Y4M12D").
     */
    static Optional<String> timeSpan(String cited, String citing) {
        if (cited == null || citing == null) return Optional.empty();
        String a = cited.trim(), b = citing.trim();
        if (date(a).isEmpty() || date(b).isEmpty()) return Optional.empty();
        int precision = Math.min(a.length(), b.length());
        Period span;
        if (precision == 4) {
            span = Period.ofYears(Integer.parseInt(b.substring(0, 4)) - Integer.parseInt(a.substring(0, 4)));
        } else if (precision == 7) {
            YearMonth from = YearMonth.parse(a.substring(0, 7)), to = YearMonth.parse(b.substring(0, 7));
            span = Period.ofMonths((to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue()).normalized();
        } else {
            span = Period.between(LocalDate.parse(a), LocalDate.parse(b));
        }
        return Optional.of(duration(span, precision));
    }

    private static String duration(Period span, int precision) {
        boolean negative = span.isNegative();
        Period p = negative ? span.negated() : span;
        StringBuilder s = new StringBuilder(negative ? "-P" : "P");
        if (p.getYears() != 0 || precision == 4) s.append(p.getYears()).append('Y');
        if (p.getMonths() != 0) s.append(p.getMonths()).append('M');
        if (p.getDays() != 0) s.append(p.getDays()).append('D');
        if (s.length() == (negative ? 2 : 1)) s.append(precision == 7 ? "0M" : "0D");
        return s.toString();
    }

    private static boolean validYearMonth(String s) {
        try {
            YearMonth.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean validDate(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private Literals() {
    }
}
