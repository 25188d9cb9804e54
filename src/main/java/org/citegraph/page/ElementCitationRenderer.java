package org.citegraph.page;

import static org.citegraph.page.JatsReader.children;
import static org.citegraph.page.JatsReader.descendants;
import static org.citegraph.page.JatsReader.first;
import static org.citegraph.page.JatsReader.text;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

/**
 * Renders a JATS {@code <element-citation>} (tagged parts, no punctuation) as a Chicago-style note,
 * the one textual form the notes parser reads, so both JATS forms flow through the same parser.
 */
final class ElementCitationRenderer {

    private final Element citation;

    ElementCitationRenderer(Element citation) {
        this.citation = citation;
    }

    String render() {
        String type = citation.getAttribute("publication-type");
        List<String> authors = names("author");
        List<String> editors = names("editor");
        String article = text(first(citation, "article-title"));
        String chapter = text(first(citation, "chapter-title"));
        String source = text(first(citation, "source"));
        String year = text(first(citation, "year"));
        String volume = text(first(citation, "volume"));
        String issue = text(first(citation, "issue"));
        String place = text(first(citation, "publisher-loc"));
        String publisher = text(first(citation, "publisher-name"));
        String pages = pages();
        String doi = null;
        for (Element id : descendants(citation, "pub-id")) {
            if ("doi".equals(id.getAttribute("pub-id-type"))) doi = text(id);
        }
        String uri = text(first(citation, "ext-link"));
        if (uri == null) uri = text(first(citation, "uri"));

        StringBuilder b = new StringBuilder();
        if (!authors.isEmpty()) b.append(joinNames(authors)).append(", ");
        String itemTitle = article != null ? article : chapter;
        if ("journal".equals(type) || (article != null && volume != null)) {
            b.append('‘').append(itemTitle).append("’, ").append(source);
            if (volume != null) b.append(", ").append(volume).append(issue != null ? ":" + issue : "");
            if (year != null) b.append(" (").append(year).append(')');
            if (pages != null) b.append(", pp. ").append(pages);
        } else if (itemTitle != null && source != null) {
            b.append('‘').append(itemTitle).append("’, in ");
            if (!editors.isEmpty()) b.append(joinNames(editors)).append(editors.size() > 1 ? " (eds), " : " (ed.), ");
            b.append(source).append(imprint(place, publisher, year));
            if (pages != null) b.append(", pp. ").append(pages);
        } else if (source != null) {
            b.append(source).append(imprint(place, publisher, year));
        } else if (itemTitle != null) {
            b.append('‘').append(itemTitle).append('’');
            if (year != null) b.append(" (").append(year).append(')');
        }
        if (doi != null) b.append(", doi: ").append(doi);
        if (uri != null) b.append(", available at: {").append(uri).append('}');
        return b.append('.').toString().replace("..", ".");
    }

    private static String imprint(String place, String publisher, String year) {
        List<String> parts = new ArrayList<>();
        if (place != null && publisher != null) parts.add(place + ": " + publisher);
        else if (publisher != null) parts.add(publisher);
        else if (place != null) parts.add(place);
        if (year != null) parts.add(year);
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private String pages() {
        String first = text(first(citation, "fpage"));
        String last = text(first(citation, "lpage"));
        if (first == null) return null;
        return last == null ? first : first + "–" + last;
    }

    private List<String> names(String role) {
        List<String> out = new ArrayList<>();
        List<Element> groups = new ArrayList<>();
        for (Element g : descendants(citation, "person-group")) {
            if (role.equals(g.getAttribute("person-group-type"))) groups.add(g);
        }
        if (groups.isEmpty() && "author".equals(role)) groups.add(citation);
        for (Element g : groups) {
            for (Element name : children(g, "name")) {
                String family = text(first(name, "surname"));
                String given = text(first(name, "given-names"));
                if (family != null) out.add(given == null ? family : given + " " + family);
            }
            for (Element collab : children(g, "collab")) out.add(text(collab));
        }
        return out;
    }

    private static String joinNames(List<String> names) {
        if (names.size() == 1) return names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
