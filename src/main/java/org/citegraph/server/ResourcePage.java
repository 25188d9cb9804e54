package org.citegraph.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.vocabulary.RDF;

/**
 * Builds the view of one resource's HTML page: its label, types and formats; the sections that
 * fit what it is (an article with its annotated notes or reference list, a footnote or an entry of
 * that list, a cited work with the notes
 * citing it, a UN document, a person or organisation with their works), each found by running the
 * section's query and showing it only when the query finds something; then every property and
 * every incoming link.
 */
final class ResourcePage {

    record View(String label, String subtitle, String iri, List<Values.Link> types, List<Format> formats,
                String sparqlHref, Optional<ArticleSection> article, Optional<FootnoteSection> footnote,
                Optional<WorkSection> work, Optional<UnSection> unDocument, Optional<AgentSection> agent,
                List<Values.Property> properties, List<Incoming> incoming) {}

    record Format(String name, String mediaType, String href) {}

    record Incoming(Values.Link property, String via, List<Values.Link> subjects, Integer more) {}

    /** {@code heading} and {@code unitsName} say whether the article has footnotes, a reference list, or both. */
    record ArticleSection(List<Contributors.RoleGroup> contributors, String date, List<Values.Link> containers, Values.Link doi,
                          String rights, String abstractText, List<Notes.NoteItem> notes,
                          int noteCount, int referenceCount, int workCount, String heading, String unitsName) {}

    /** A footnote's page, or a reference-list entry's: {@code unitName} says which ("Note", "Reference-list entry"). */
    record FootnoteSection(String number, Values.Link article, String inArticle, Notes.NoteItem item, String unitName) {}

    record WorkSection(List<Contributors.RoleGroup> contributors, String date, List<Values.Link> containers, String volume,
                       String issue, String pages, String place, Values.Link doi, Values.Link url,
                       List<CitingArticle> citedIn) {}

    record CitingArticle(Values.Link article, List<NoteCitation> notes, String notesLabel) {
        CitingArticle(Values.Link article, List<NoteCitation> notes) {
            this(article, notes, label(notes));
        }

        /** "note 3", "notes 3, 5", "entry 12", "entries 4, 12", or "notes and entries" for an article with both. */
        private static String label(List<NoteCitation> notes) {
            long entries = notes.stream().filter(NoteCitation::inReferenceList).count();
            if (entries == 0) return notes.size() == 1 ? "note" : "notes";
            if (entries == notes.size()) return notes.size() == 1 ? "entry" : "entries";
            return "notes and entries";
        }
    }

    /** One citing note or reference-list entry; {@code separator} is the text after it in the list (", " or ""). */
    record NoteCitation(String number, String href, String locators, String separator, boolean inReferenceList) {}

    record UnSection(String symbol, List<Values.Link> organs, String issued, String adopted, String published,
                     Values.Link meeting, String meetingDate, Values.Link undocs) {}

    record AgentSection(List<AgentWork> works, String summary) {}

    record AgentWork(Values.Link work, String kind, String roles, long references) {}

    static final int MAX_INCOMING_PER_PROPERTY = 100;

    private final DatasetReader.View data;
    private final Values values;
    private final SiteUrls urls;
    private final Node resource;
    private final Graph description;

    ResourcePage(DatasetReader.View data, Values values, Node resource, Graph description) {
        this.data = data;
        this.values = values;
        this.urls = values.urls();
        this.resource = resource;
        this.description = description;
    }

    View build(String openInSparql) {
        values.labels().preload(resource);
        Map<String, Node> self = Map.of("resource", resource);
        Row details = first(data.select("work-details", self));
        String iri = resource.getURI();
        String label = Optional.ofNullable(values.labels().label(resource)).orElse(values.shortName(iri));

        Optional<ArticleSection> article = articleSection(details);
        Optional<FootnoteSection> footnote = article.isPresent() ? Optional.empty() : footnoteSection();
        Optional<WorkSection> work = article.isPresent() || footnote.isPresent() ? Optional.empty() : workSection(details);
        return new View(label, details == null ? null : details.text("subtitle"), iri, types(), formats(iri),
                sparqlHref(openInSparql), article, footnote, work, unSection(), agentSection(),
                values.properties(resource, description, Set.of()), incoming());
    }

    private List<Values.Link> types() {
        List<Values.Link> types = new ArrayList<>();
        description.find(resource, RDF.type.asNode(), Node.ANY).forEach(t -> types.add(values.typeLink(t.getObject())));
        types.sort(Comparator.comparing(Values.Link::text));
        return types;
    }

    private List<Format> formats(String iri) {
        List<Format> formats = new ArrayList<>();
        for (Representation r : Representation.rdfFormats()) {
            formats.add(new Format(r.displayName(), r.mediaType(), urls.documentUrl(iri, r)));
        }
        return formats;
    }

    /** The query page, opened on {@code resource-triples.rq} with this resource's IRI written in. */
    private String sparqlHref(String openInSparql) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(openInSparql);
        query.setIri("resource", resource.getURI());
        return urls.queryPage() + "?query=" + SiteUrls.encode(query.toString());
    }

    // ---- article ----

    private Optional<ArticleSection> articleSection(Row details) {
        List<Row> rows = data.select("notes", Map.of("article", resource));
        if (rows.isEmpty()) return Optional.empty();
        List<Notes.NoteItem> notes = new Notes(values, urls).items(rows, resource);
        int references = notes.stream().mapToInt(n -> n.references().size()).sum();
        long works = rows.stream().map(r -> r.node("work")).filter(w -> w != null).distinct().count();
        long entries = notes.stream().filter(Notes.NoteItem::inReferenceList).count();
        String heading = entries == 0 ? "Notes and references" : entries == notes.size() ? "Reference list" : "Notes and reference list";
        String unitsName = entries == 0 ? "notes" : entries == notes.size() ? "reference-list entries" : "notes and reference-list entries";
        return Optional.of(new ArticleSection(contributors(), text(details, "date"), containers(),
                doiLink(details), text(details, "rights"), text(details, "abstract"), notes,
                notes.size(), references, (int) works, heading, unitsName));
    }

    private Optional<FootnoteSection> footnoteSection() {
        List<Row> rows = data.select("notes", Map.of("note", resource));
        if (rows.isEmpty()) return Optional.empty();
        Node articleNode = rows.get(0).node("article");
        List<Notes.NoteItem> items = new Notes(values, urls).items(rows, articleNode);
        if (items.isEmpty()) return Optional.empty();
        Notes.NoteItem item = items.get(0);
        String inArticle = urls.pageUrl(articleNode.getURI()) + "#" + item.anchor();
        return Optional.of(new FootnoteSection(item.number(), values.link(articleNode), inArticle, item,
                item.inReferenceList() ? "Reference-list entry" : "Note"));
    }

    // ---- cited work ----

    private Optional<WorkSection> workSection(Row details) {
        List<Contributors.RoleGroup> contributors = contributors();
        List<Values.Link> containers = containers();
        List<CitingArticle> citedIn = citedIn();
        String pages = pages(details);
        boolean hasDetails = details != null && (details.has("date") || details.has("doi") || pages != null);
        if (contributors.isEmpty() && containers.isEmpty() && citedIn.isEmpty() && !hasDetails) return Optional.empty();
        return Optional.of(new WorkSection(contributors, text(details, "date"), containers, text(details, "volume"),
                text(details, "issue"), pages, text(details, "place"), doiLink(details), webLink(text(details, "url")),
                citedIn));
    }

    private List<CitingArticle> citedIn() {
        Map<Node, List<NoteCitation>> byArticle = new LinkedHashMap<>();
        Map<String, Set<String>> locatorsByNote = new LinkedHashMap<>();
        Map<String, Node> articleOfNote = new LinkedHashMap<>();
        Map<String, String> numberOfNote = new LinkedHashMap<>();
        Map<String, Boolean> entryNote = new LinkedHashMap<>();
        List<Node> citingWithoutNotes = new ArrayList<>();
        for (Row row : data.select("work-citations", Map.of("resource", resource))) {
            Node note = row.node("note");
            if (note == null) {
                if (row.has("article")) citingWithoutNotes.add(row.node("article"));
                continue;
            }
            String key = note.toString();
            articleOfNote.putIfAbsent(key, row.node("article"));
            numberOfNote.putIfAbsent(key, row.text("number"));
            entryNote.putIfAbsent(key, Notes.inReferenceList(row));
            Set<String> locators = locatorsByNote.computeIfAbsent(key, k -> new LinkedHashSet<>());
            if (row.has("locator")) locators.add(row.text("locator"));
        }
        for (String key : locatorsByNote.keySet()) {
            Node article = articleOfNote.get(key);
            String number = Optional.ofNullable(numberOfNote.get(key)).orElse("?");
            boolean entry = entryNote.get(key);
            String href = article != null && article.isURI()
                    ? urls.pageUrl(article.getURI()) + "#" + Notes.anchor(number, entry)
                    : null;
            String locators = String.join("; ", locatorsByNote.get(key));
            byArticle.computeIfAbsent(article, a -> new ArrayList<>())
                    .add(new NoteCitation(number, href, locators.isEmpty() ? null : locators, ", ", entry));
        }
        byArticle.replaceAll((article, notes) -> {
            List<NoteCitation> separated = new ArrayList<>(notes);
            NoteCitation last = separated.remove(separated.size() - 1);
            separated.add(new NoteCitation(last.number(), last.href(), last.locators(), "", last.inReferenceList()));
            return separated;
        });
        List<CitingArticle> citing = new ArrayList<>();
        byArticle.forEach((article, notes) -> citing.add(new CitingArticle(
                article == null ? new Values.Link("an unknown work", null, null, false) : values.link(article), notes)));
        for (Node article : citingWithoutNotes) {
            if (!byArticle.containsKey(article)) citing.add(new CitingArticle(values.link(article), List.of()));
        }
        return citing;
    }

    // ---- UN document ----

    private Optional<UnSection> unSection() {
        List<Row> rows = data.select("un-document", Map.of("resource", resource));
        if (rows.isEmpty()) return Optional.empty();
        Row first = rows.get(0);
        List<Values.Link> organs = rows.stream().map(r -> r.node("organ")).filter(n -> n != null).distinct()
                .map(values::link).toList();
        Node meeting = first.node("meeting");
        String undocs = first.text("undocs");
        return Optional.of(new UnSection(first.text("symbol"), organs, first.text("issued"), first.text("adopted"),
                first.text("published"), meeting == null ? null : values.link(meeting), first.text("meetingDate"),
                webLink(undocs)));
    }

    // ---- person or organisation ----

    private Optional<AgentSection> agentSection() {
        List<Row> rows = data.select("agent-works", Map.of("resource", resource));
        if (rows.isEmpty()) return Optional.empty();
        Map<Node, Set<String>> roles = new LinkedHashMap<>();
        Map<Node, Long> references = new LinkedHashMap<>();
        for (Row row : rows) {
            Node work = row.node("work");
            roles.computeIfAbsent(work, w -> new LinkedHashSet<>()).add(row.text("roleName"));
            references.merge(work, row.number("references"), Math::max);
        }
        List<AgentWork> works = new ArrayList<>();
        roles.forEach((work, names) -> {
            String kind = Optional.ofNullable(values.labels().entry(work).kind()).map(values.terms()::typeLabel).orElse("");
            works.add(new AgentWork(values.link(work), kind, String.join(", ", names), references.get(work)));
        });
        long cited = works.stream().filter(w -> w.references() > 0).count();
        long citations = works.stream().mapToLong(AgentWork::references).sum();
        String summary = works.size() + (works.size() == 1 ? " work" : " works") + "; "
                + cited + " of them cited, in " + citations + (citations == 1 ? " reference." : " references.");
        return Optional.of(new AgentSection(works, summary));
    }

    // ---- shared pieces ----

    private List<Contributors.RoleGroup> contributors() {
        return Contributors.groups(data, values, resource);
    }

    private List<Values.Link> containers() {
        return data.select("containers", Map.of("resource", resource)).stream()
                .map(r -> values.link(r.node("container"))).toList();
    }

    private Values.Link doiLink(Row details) {
        String doi = text(details, "doi");
        if (doi == null) return null;
        String bare = doi.replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:)", "");
        return new Values.Link(bare, "https://doi.org/" + bare, "DOI " + bare, true);
    }

    private static Values.Link webLink(String url) {
        if (url == null || !Values.isWebIri(url)) return url == null ? null : new Values.Link(url, null, null, false);
        return new Values.Link(url, url, null, true);
    }

    private static String pages(Row details) {
        String start = text(details, "pageStart");
        String end = text(details, "pageEnd");
        if (start == null) return null;
        return end == null || end.equals(start) ? "p. " + start : "pp. " + start + "–" + end;
    }

    private List<Incoming> incoming() {
        Map<String, List<Node>> subjects = new LinkedHashMap<>();
        Map<String, Values.Link> properties = new LinkedHashMap<>();
        Map<String, String> vias = new LinkedHashMap<>();
        List<Triple> triples = description.find(Node.ANY, Node.ANY, resource).toList();
        Map<Node, Values.Link> names = values.distinctNames(triples.stream().map(Triple::getPredicate).distinct().toList());
        for (Triple t : triples) {
            Node subject = t.getSubject();
            Node property = t.getPredicate();
            String via = null;
            if (subject.isBlank()) {
                // A list or other blank node: show the resource that holds it, and how.
                Optional<Triple> holder = description.find(Node.ANY, Node.ANY, subject).toList().stream().findFirst();
                if (holder.isEmpty()) continue;
                via = "(" + values.terms().label(property.getURI()) + ")";
                subject = holder.get().getSubject();
                property = holder.get().getPredicate();
            }
            if (subject.equals(resource)) continue;
            String key = property.getURI() + (via == null ? "" : " " + via);
            properties.putIfAbsent(key, names.containsKey(property) ? names.get(property) : values.term(property));
            vias.putIfAbsent(key, via);
            List<Node> list = subjects.computeIfAbsent(key, k -> new ArrayList<>());
            if (!list.contains(subject)) list.add(subject);
        }
        List<Incoming> incoming = new ArrayList<>();
        properties.keySet().stream()
                .sorted(Comparator.comparing(k -> properties.get(k).text().toLowerCase(Locale.ROOT)))
                .forEach(key -> {
                    List<Node> all = subjects.get(key);
                    List<Values.Link> shown = all.stream().limit(MAX_INCOMING_PER_PROPERTY).map(values::link)
                            .sorted(Comparator.comparing(l -> l.text().toLowerCase(Locale.ROOT))).collect(Collectors.toList());
                    int more = all.size() - shown.size();
                    incoming.add(new Incoming(properties.get(key), vias.get(key), shown, more > 0 ? more : null));
                });
        return incoming;
    }

    private static Row first(List<Row> rows) {
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static String text(Row row, String var) {
        return row == null ? null : row.text(var);
    }
}
