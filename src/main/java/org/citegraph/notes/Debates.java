package org.citegraph.notes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citegraph.model.CitationType;

/**
 * Parliamentary debates: "Hansard Parliamentary Debates, 3rd ser., vol. 219 (1874), cols. 1412–14"
 * (Chicago), "HC Deb 12 March 2003, vol 401, col 281" (OSCOLA). The debates' series is the
 * container; the volume, the year or day of the sitting, and the columns cited as a pinpoint that
 * keeps its label. No speaker or debate is named, so there is no author or title; the gold format has
 * no type for them, so they are {@code other}.
 */
final class Debates {

    private Debates() {
    }

    /** The series' name as Chicago and Bluebook write it, or OSCOLA's house and the day of the sitting. */
    private static final Pattern SERIES = Pattern.compile(
            "(?<name>(?:Hansard(?:'s)? )?Parliamentary Debates(?: \\([^()]*\\))?|Hansard|Parl\\. Deb\\.(?: H\\.[CL]\\.)?"
            + "|H[CL] Deb)(?: (?<day>\\d{1,2} \\p{Lu}\\p{Ll}+\\.? \\d{4}))?");

    /** "3rd ser.", "5th series": the series' number, which has no field. */
    private static final Pattern SERIES_NUMBER = Pattern.compile("\\(?\\d+(?:st|nd|rd|th|d) ser(?:\\.|ies)\\)?");

    /** "vol. 219 (1874)", "vol 401". */
    private static final Pattern VOLUME = Pattern.compile("vols?\\.? (?<vol>\\d+)(?: \\((?<year>\\d{4})\\))?");

    static boolean parse(String t, Draft d) {
        char c = t.isEmpty() ? ' ' : t.charAt(0);
        if (c != 'H' && c != 'P') return false; // the cheap test first
        List<String> parts = Scan.of(t).splitTopCommas(0, t.length());
        Matcher series = SERIES.matcher(parts.get(0).strip());
        if (!series.matches()) return false;
        int first = 1;
        String container = series.group("name");
        String day = series.group("day");
        // "Hansard, HC Deb 12 March 2003, …": the name of the record, then the house and day
        if (container.equals("Hansard") && day == null && parts.size() > 1) {
            Matcher house = SERIES.matcher(parts.get(1).strip());
            if (house.matches() && house.group("name").endsWith("Deb")) {
                container = house.group("name");
                day = house.group("day");
                first = 2;
            }
        }
        if (parts.size() <= first && day == null) return false;
        if (day == null && !readsAsDebates(parts.subList(first, parts.size()))) return false;
        d.type = CitationType.OTHER;
        d.fields.container(container);
        if (day != null) {
            Dates.Parsed date = Dates.whole(day);
            if (date != null && date.iso() != null) d.fields.date(date.iso()).year(date.year());
        }
        for (String part : parts.subList(first, parts.size())) {
            String p = part.strip();
            if (SERIES_NUMBER.matcher(p).matches()) continue;
            Matcher vol = VOLUME.matcher(p);
            if (vol.matches()) {
                d.fields.volume(vol.group("vol"));
                if (vol.group("year") != null && d.fields.year() == null) d.fields.year(vol.group("year"));
                continue;
            }
            Dates.Parsed date = Dates.whole(p);
            if (date != null) {
                if (date.iso() != null) d.fields.date(date.iso());
                if (d.fields.year() == null) d.fields.year(date.year());
                continue;
            }
            Parts.Locator loc = Parts.locator(p, false);
            if (loc != null) d.pinpoint = d.pinpoint == null ? loc.value() : d.pinpoint + ", " + loc.value();
        }
        return true;
    }

    /** Without a day, a series name alone is no proof: a volume or a column must follow. */
    private static boolean readsAsDebates(List<String> parts) {
        for (String part : parts) {
            String p = part.strip();
            if (VOLUME.matcher(p).matches() || p.startsWith("col")) return true;
        }
        return false;
    }
}
