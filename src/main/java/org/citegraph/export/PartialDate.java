package org.citegraph.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to year, month or day precision, read from the ISO forms the notes stage writes
 * ("2001", "2013-01", "2016-10-28"). {@code month} and {@code day} are 0 when unknown.
 */
public record PartialDate(int year, int month, int day) {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern YEAR_ANYWHERE = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

    /** The most precise date a work's fields give: {@code date} first, else {@code year}; null if none. */
    public static PartialDate of(String date, String year) {
        PartialDate fromDate = parse(date);
        return fromDate != null ? fromDate : parse(year);
    }

    /** Parses an ISO date of any precision; a bare year inside other text ("2004a", "c. 1990") also counts. */
    public static PartialDate parse(String text) {
        if (text == null || text.isBlank()) return null;
        Matcher iso = ISO.matcher(text.trim());
        if (iso.matches()) {
            int month = iso.group(2) == null ? 0 : Integer.parseInt(iso.group(2));
            int day = iso.group(3) == null ? 0 : Integer.parseInt(iso.group(3));
            if (month > 12) return new PartialDate(Integer.parseInt(iso.group(1)), 0, 0);
            return new PartialDate(Integer.parseInt(iso.group(1)), month, month == 0 || day > 31 ? 0 : day);
        }
        Matcher year = YEAR_ANYWHERE.matcher(text);
        return year.find() ? new PartialDate(Integer.parseInt(year.group(1)), 0, 0) : null;
    }

    public boolean hasMonth() {
        return month > 0;
    }

    public boolean hasDay() {
        return day > 0;
    }
}
