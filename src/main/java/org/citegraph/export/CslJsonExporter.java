package org.citegraph.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * CSL-JSON (the Citation Style Language's input format, read by citeproc-js, pandoc, Zotero):
 * one JSON array, one object per work, keyed by {@code id}. Variable names follow CSL 1.0.2.
 */
public final class CslJsonExporter implements Exporter {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public Format format() {
        return Format.CSL_JSON;
    }

    @Override
    public void write(List<BibEntry> entries, Writer out) throws IOException {
        ArrayNode items = JSON.createArrayNode();
        for (BibEntry entry : entries) items.add(item(entry));
        JSON.writeValue(out, items);
        out.write('\n');
        out.flush();
    }

    /** The CSL item type for a citegraph type (CSL 1.0.2 names). */
    public static String cslType(CitationType type) {
        return switch (type) {
            case JOURNAL_ARTICLE -> "article-journal";
            case BOOK, EDITED_BOOK -> "book";
            case CHAPTER -> "chapter";
            case WEB_PAGE -> "webpage";
            case NEWS_ARTICLE -> "article-newspaper";
            case REPORT -> "report";
            case UN_DOCUMENT, OTHER -> "document";
            case TREATY -> "treaty";
            case LEGAL_CASE -> "legal_case";
            case THESIS -> "thesis";
        };
    }

    private ObjectNode item(BibEntry entry) {
        Work work = entry.work();
        BibFields f = work.fields();
        ObjectNode item = JSON.createObjectNode();
        item.put("id", entry.key());
        item.put("type", cslType(work.type()));
        putIfPresent(item, "title", f.title() != null ? f.title() : f.unSymbol());
        names(item, "author", f.authors());
        names(item, "editor", f.editors());
        date(item, "issued", PartialDate.of(f.date(), f.year()));
        if (work.type() == CitationType.REPORT) {
            putIfPresent(item, "collection-title", f.container());
            putIfPresent(item, "number", f.issue() != null ? f.issue() : f.volume());
        } else {
            putIfPresent(item, "container-title", f.container());
            putIfPresent(item, "volume", f.volume());
            putIfPresent(item, "issue", f.issue());
        }
        if (work.type() == CitationType.UN_DOCUMENT) putIfPresent(item, "number", f.unSymbol());
        putIfPresent(item, "page", f.pages());
        putIfPresent(item, "publisher", f.publisher());
        putIfPresent(item, "publisher-place", f.place());
        putIfPresent(item, "URL", f.url());
        putIfPresent(item, "DOI", f.doi());
        putIfPresent(item, "ISBN", f.isbn());
        date(item, "accessed", PartialDate.parse(f.accessed()));
        return item;
    }

    private static void names(ObjectNode item, String variable, List<Agent> agents) {
        if (agents.isEmpty()) return;
        ArrayNode names = item.putArray(variable);
        for (Agent agent : agents) {
            ObjectNode name = names.addObject();
            if (agent instanceof Person p) {
                name.put("family", p.family());
                putIfPresent(name, "given", p.given());
                putIfPresent(name, "suffix", p.suffix());
            } else {
                // An institutional name must not be split into given/family by the processor.
                name.put("literal", ((Organization) agent).name());
            }
        }
    }

    private static void date(ObjectNode item, String variable, PartialDate date) {
        if (date == null) return;
        ArrayNode parts = item.putObject(variable).putArray("date-parts").addArray();
        parts.add(date.year());
        if (date.hasMonth()) parts.add(date.month());
        if (date.hasMonth() && date.hasDay()) parts.add(date.day());
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) node.put(field, value.strip());
    }
}
