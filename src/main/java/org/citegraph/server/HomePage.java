package org.citegraph.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.citegraph.store.StoredQuery;

/** Builds the home page: dataset figures, the articles, the most-cited works and authors, the shipped queries. */
final class HomePage {

    record View(List<Stat> stats, List<GraphRow> graphs, List<ArticleItem> articles, List<Ranked> works,
                List<Ranked> authors, List<QueryItem> queries, Links links) {}

    record Stat(String label, long value) {}

    record GraphRow(String name, long triples) {}

    record ArticleItem(Values.Link article, String subtitle, String date, String authors, String units, long citedWorks) {}

    record Ranked(Values.Link link, String kind, String detail) {}

    record QueryItem(String name, String title, String description, String runHref, String editorHref) {}

    record Links(String voidUrl, String sparql, String dump, String sitemap, String queryPage, String editor) {}

    private final DatasetReader.View data;
    private final Values values;
    private final SiteUrls urls;

    HomePage(DatasetReader.View data, Values values) {
        this.data = data;
        this.values = values;
        this.urls = values.urls();
    }

    View build(List<StoredQuery> library) {
        List<GraphRow> graphs = new ArrayList<>();
        long triples = 0;
        for (Row row : data.selectStored("graph-sizes", Map.of())) {
            long n = row.number("triples");
            triples += n;
            graphs.add(new GraphRow(row.has("graph") ? row.text("graph") : "default graph", n));
        }
        Row counts = data.select("counts", Map.of()).get(0);
        List<Stat> stats = List.of(
                stat(triples, "triple", "triples"),
                stat(graphs.size(), "graph", "graphs"),
                stat(counts.number("citingWorks"), "citing work", "citing works"),
                stat(counts.number("citedWorks"), "cited work", "cited works"),
                notesStat(counts.number("notes"), counts.number("entries")),
                stat(counts.number("references"), "reference", "references"),
                stat(counts.number("people"), "person", "people"),
                stat(counts.number("organizations"), "organisation", "organisations"));
        return new View(stats, graphs, articles(), works(), authors(), queries(library),
                new Links(urls.voidDocument(), urls.sparqlEndpoint(), urls.dataset(), urls.sitemap(), urls.queryPage(), urls.editor()));
    }

    private List<ArticleItem> articles() {
        List<ArticleItem> items = new ArrayList<>();
        for (Row row : data.select("articles", Map.of())) {
            Node article = row.node("article");
            String authors = Contributors.authorLine(Contributors.groups(data, values, article));
            items.add(new ArticleItem(values.link(article), row.text("subtitle"), row.text("date"),
                    authors.isEmpty() ? null : authors, units(row.number("notes"), row.number("entries")), row.number("citedWorks")));
        }
        return items;
    }

    private List<Ranked> works() {
        List<Ranked> items = new ArrayList<>();
        for (Row row : data.select("most-cited-works", Map.of())) {
            Node work = row.node("work");
            long refs = row.number("references");
            long notes = row.number("notes");
            long citing = row.number("citingWorks");
            String detail = refs > 0
                    ? plural(refs, "reference") + " in " + plural(notes, "note")
                    : "cited by " + plural(citing, "work");
            items.add(new Ranked(values.link(work), kind(work), detail));
        }
        return items;
    }

    private List<Ranked> authors() {
        List<Ranked> items = new ArrayList<>();
        for (Row row : data.select("most-cited-authors", Map.of())) {
            Node agent = row.node("agent");
            items.add(new Ranked(values.link(agent), kind(agent),
                    plural(row.number("references"), "reference") + " to " + plural(row.number("works"), "work")));
        }
        return items;
    }

    private List<QueryItem> queries(List<StoredQuery> library) {
        List<QueryItem> items = new ArrayList<>();
        for (StoredQuery q : library) {
            items.add(new QueryItem(q.name(), q.title(), q.details().isEmpty() ? null : q.details(),
                    urls.queryPage(q.name()), urls.editor(q.text())));
        }
        return items;
    }

    private String kind(Node node) {
        return Optional.ofNullable(values.labels().entry(node).kind()).map(values.terms()::typeLabel).orElse(null);
    }

    /** An article's citing units: "145 notes", "25 reference-list entries", or both kinds counted together. */
    private static String units(long notes, long entries) {
        if (entries == 0) return plural(notes, "note");
        if (entries == notes) return notes + (notes == 1 ? " reference-list entry" : " reference-list entries");
        return notes + " notes and entries";
    }

    /** Footnotes, reference-list entries, or both, named for what the dataset holds. */
    private static Stat notesStat(long notes, long entries) {
        if (entries == 0) return stat(notes, "footnote", "footnotes");
        if (entries == notes) return stat(notes, "reference-list entry", "reference-list entries");
        return stat(notes, "footnote or entry", "footnotes and entries");
    }

    private static Stat stat(long n, String one, String many) {
        return new Stat(n == 1 ? one : many, n);
    }

    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
