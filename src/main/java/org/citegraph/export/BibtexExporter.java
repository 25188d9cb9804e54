package org.citegraph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.citegraph.model.Agent;
import org.citegraph.model.BibFields;
import org.citegraph.model.CitationType;
import org.citegraph.model.Organization;
import org.citegraph.model.Person;
import org.citegraph.model.Work;

/**
 * BibTeX, written so both classic BibTeX styles and biblatex/biber (and pandoc) read it: classic
 * entry types and fields where they exist, biblatex types for web pages, treaties and cases
 * ({@code @online}, {@code @legal}, {@code @jurisdiction}), and the biblatex fields {@code date},
 * {@code urldate}, {@code entrysubtype} and {@code doi} that classic styles ignore. UTF-8 text; LaTeX special characters escaped; titles double-braced
 * so styles keep their capitalisation as printed (acronyms such as "CSTO" survive).
 */
public final class BibtexExporter implements Exporter {

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    @Override
    public Format format() {
        return Format.BIBTEX;
    }

    @Override
    public void write(List<BibEntry> entries, Writer out) throws IOException {
        boolean first = true;
        for (BibEntry entry : entries) {
            if (!first) out.write('\n');
            first = false;
            out.write(entry(entry));
        }
        out.flush();
    }

    /** The BibTeX entry type for a citegraph type. */
    public static String entryType(CitationType type) {
        return switch (type) {
            case JOURNAL_ARTICLE, NEWS_ARTICLE -> "article";
            case BOOK, EDITED_BOOK -> "book";
            case CHAPTER -> "incollection";
            case REPORT, UN_DOCUMENT -> "techreport";
            case THESIS -> "phdthesis";
            // biblatex types; classic styles fall back to @misc for them (with a warning).
            case WEB_PAGE -> "online";
            case TREATY -> "legal";
            case LEGAL_CASE -> "jurisdiction";
            case OTHER -> "misc";
        };
    }

    private String entry(BibEntry entry) {
        Work work = entry.work();
        BibFields f = work.fields();
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "author", names(f.authors()));
        put(fields, "editor", names(f.editors()));
        String title = f.title() != null ? f.title() : f.unSymbol();
        if (title != null && !title.isBlank()) fields.put("title", "{" + escape(title.strip()) + "}");
        String container = text(f.container());
        switch (work.type()) {
            case JOURNAL_ARTICLE, NEWS_ARTICLE, TREATY, LEGAL_CASE -> {
                put(fields, "journal", container);
                // biblatex's marker for newspaper articles; without it readers take a journal article.
                if (work.type() == CitationType.NEWS_ARTICLE) put(fields, "entrysubtype", "newspaper");
                put(fields, "volume", text(f.volume()));
                put(fields, "number", text(f.issue()));
            }
            case CHAPTER -> {
                put(fields, "booktitle", container == null ? null : "{" + container + "}");
                put(fields, "volume", text(f.volume()));
            }
            case REPORT -> {
                // Classic styles print "type number" in place of "Technical Report": "ISPI Analysis 152".
                put(fields, "type", container);
                put(fields, "number", text(f.issue() != null ? f.issue() : f.volume()));
            }
            case UN_DOCUMENT -> {
                put(fields, "type", "UN document");
                put(fields, "number", text(f.unSymbol()));
            }
            case WEB_PAGE -> put(fields, "howpublished", container);
            default -> {
                put(fields, "series", container);
                put(fields, "volume", text(f.volume()));
                put(fields, "number", text(f.issue()));
            }
        }
        put(fields, "pages", f.pages() == null ? null : escape(f.pages().strip()).replaceAll("\\s*[-–—]+\\s*", "--"));
        String publisherField = switch (work.type()) {
            case REPORT, UN_DOCUMENT -> "institution";
            case THESIS -> "school";
            default -> "publisher";
        };
        String publisher = f.publisher();
        if (publisher == null && work.type() == CitationType.UN_DOCUMENT) publisher = firstOrganization(f.authors());
        put(fields, publisherField, text(publisher));
        put(fields, "address", text(f.place()));
        PartialDate date = PartialDate.of(f.date(), f.year());
        if (date != null) {
            fields.put("year", Integer.toString(date.year()));
            if (date.hasMonth()) fields.put("month", MONTHS[date.month() - 1]);
            if (date.hasMonth()) fields.put("date", iso(date));
        }
        put(fields, "isbn", text(f.isbn()));
        put(fields, "doi", verbatim(f.doi()));
        put(fields, "url", verbatim(f.url()));
        PartialDate accessed = PartialDate.parse(f.accessed());
        if (accessed != null) fields.put("urldate", iso(accessed));

        StringBuilder b = new StringBuilder("@").append(entryType(work.type())).append('{').append(entry.key());
        for (Map.Entry<String, String> field : fields.entrySet()) {
            b.append(",\n  ").append(field.getKey()).append(" = ");
            // Month macros go unbraced (styles localise them); every other value is one brace group.
            if (field.getKey().equals("month")) b.append(field.getValue());
            else b.append('{').append(field.getValue()).append('}');
        }
        return b.append("\n}\n").toString();
    }

    /** Escapes the characters TeX treats specially, so the text prints as written. */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> b.append('\\').append(c);
                case '~' -> b.append("\\textasciitilde{}");
                case '^' -> b.append("\\textasciicircum{}");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String names(List<Agent> agents) {
        if (agents.isEmpty()) return null;
        return agents.stream().map(BibtexExporter::name).collect(Collectors.joining(" and "));
    }

    /** "Family, Given" / "Family, Suffix, Given"; organisations braced so BibTeX never splits them. */
    private static String name(Agent agent) {
        if (agent instanceof Organization o) return "{" + escape(o.name().strip()) + "}";
        Person p = (Person) agent;
        String family = escape(p.family().strip());
        boolean hasGiven = p.given() != null && !p.given().isBlank();
        if (!hasGiven) return family.contains(" ") ? "{" + family + "}" : family;
        List<String> parts = new ArrayList<>(List.of(family));
        if (p.suffix() != null && !p.suffix().isBlank()) parts.add(escape(p.suffix().strip()));
        parts.add(escape(p.given().strip()));
        return String.join(", ", parts);
    }

    private static String firstOrganization(List<Agent> agents) {
        return agents.stream().filter(a -> a instanceof Organization).map(Agent::displayName).findFirst().orElse(null);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : escape(value.strip());
    }

    /** URLs and DOIs are read verbatim by biblatex and pandoc; only braces must stay balanced. */
    private static String verbatim(String value) {
        return value == null || value.isBlank() ? null : value.strip().replace("{", "%7B").replace("}", "%7D");
    }

    private static String iso(PartialDate d) {
        StringBuilder b = new StringBuilder(String.format("%04d", d.year()));
        if (d.hasMonth()) b.append(String.format("-%02d", d.month()));
        if (d.hasMonth() && d.hasDay()) b.append(String.format("-%02d", d.day()));
        return b.toString();
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isBlank()) fields.put(name, value);
    }
}
