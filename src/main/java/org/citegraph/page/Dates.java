package org.citegraph.page;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Dates as publishers print them ("18 October 2023") turned into ISO form. */
final class Dates {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Dates() {
    }

    /** ISO date, or null when the text is not a valid day-month-year date. */
    static String isoDate(String text) {
        try {
            return LocalDate.parse(text.strip(), DAY_MONTH_YEAR).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
