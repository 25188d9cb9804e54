package org.citegraph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.citegraph.model.Agent;
import org.citegraph.model.BibFields;
import org.citegraph.model.CitationType;
import org.citegraph.model.Organization;
import org.citegraph.model.Person;
import org.citegraph.model.Work;

/**
 * RIS, the tagged format of reference managers (EndNote, Zotero, Mendeley): one {@code TAG  - value}
 * line per field, {@code TY} first and {@code ER} last, lines ending in CR LF as the format asks.
 * Tags follow the RIS specification with the reading Zotero applies (T2 for the container, SN for
 * a report's number, Y2 for the access date).
 */
public final class RisExporter implements Exporter {

    private static final String EOL = "\r\n";

    @Override
    public Format format() {
        return Format.RIS;
    }

    @Override
    public void write(List<BibEntry> entries, Writer out) throws IOException {
        for (BibEntry entry : entries) out.write(record(entry));
        out.flush();
    }

    /** The RIS reference type for a citegraph type. */
    public static String risType(CitationType type) {
        return switch (type) {
            case JOURNAL_ARTICLE -> "JOUR";
            case BOOK -> "BOOK";
            case EDITED_BOOK -> "EDBOOK";
            case CHAPTER -> "CHAP";
            case WEB_PAGE -> "ELEC";
            case NEWS_ARTICLE -> "NEWS";
            case REPORT -> "RPRT";
            case UN_DOCUMENT -> "GOVDOC";
            case TREATY -> "LEGAL";
            case LEGAL_CASE -> "CASE";
            case THESIS -> "THES";
            case OTHER -> "GEN";
        };
    }

    private String record(BibEntry entry) {
        Work work = entry.work();
        BibFields f = work.fields();
        StringBuilder b = new StringBuilder();
        tag(b, "TY", risType(work.type()));
        tag(b, "ID", entry.key());
        for (Agent a : f.authors()) tag(b, "AU", name(a));
        for (Agent e : f.editors()) tag(b, "ED", name(e));
        tag(b, "TI", f.title() != null ? f.title() : f.unSymbol());
        tag(b, "T2", f.container());
        if (work.type() == CitationType.REPORT) {
            tag(b, "SN", f.issue() != null ? f.issue() : f.volume());
        } else {
            tag(b, "VL", f.volume());
            tag(b, "IS", f.issue());
        }
        if (work.type() == CitationType.UN_DOCUMENT) tag(b, "SN", f.unSymbol());
        pages(b, f.pages());
        PartialDate date = PartialDate.of(f.date(), f.year());
        if (date != null) {
            tag(b, "PY", Integer.toString(date.year()));
            if (date.hasMonth()) tag(b, "DA", risDate(date));
        }
        tag(b, "PB", f.publisher());
        tag(b, "CY", f.place());
        tag(b, "SN", f.isbn());
        tag(b, "DO", f.doi());
        tag(b, "UR", f.url());
        PartialDate accessed = PartialDate.parse(f.accessed());
        if (accessed != null) tag(b, "Y2", risDate(accessed));
        b.append("ER  - ").append(EOL);
        return b.toString();
    }

    /** "Family, Given" (and ", Suffix"); an organisation is written whole, without a comma. */
    private static String name(Agent agent) {
        if (agent instanceof Organization o) return o.name();
        Person p = (Person) agent;
        StringBuilder b = new StringBuilder(p.family());
        if (p.given() != null && !p.given().isBlank()) b.append(", ").append(p.given());
        if (p.suffix() != null && !p.suffix().isBlank()) b.append(", ").append(p.suffix());
        return b.toString();
    }

    /** Start page in SP, end page in EP; anything that is not a single range goes whole into SP. */
    private static void pages(StringBuilder b, String pages) {
        if (pages == null || pages.isBlank()) return;
        String[] range = pages.strip().split("\\s*[-–—]+\\s*");
        if (range.length == 2 && !pages.contains(",")) {
            tag(b, "SP", range[0]);
            tag(b, "EP", range[1]);
        } else {
            tag(b, "SP", pages.strip());
        }
    }

    /** RIS dates are "YYYY/MM/DD/" with unknown parts left empty ("2013/01//"). */
    static String risDate(PartialDate d) {
        return String.format("%04d/%s/%s/", d.year(),
                d.hasMonth() ? String.format("%02d", d.month()) : "",
                d.hasMonth() && d.hasDay() ? String.format("%02d", d.day()) : "");
    }

    private static void tag(StringBuilder b, String tag, String value) {
        if (value == null || value.isBlank()) return;
        // A tag line is one line: line breaks inside a value would start a bogus tag.
        b.append(tag).append("  - ").append(value.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ")).append(EOL);
    }
}
