package org.citegraph.model;

import java.util.List;

/**
 * The bibliographic fields a citation's text gives, exactly as written (page ranges expanded,
 * dates in ISO form). A value the text does not give is null; lists are empty, never null.
 *
 * <p>{@code date} is an ISO date ({@code 2016-10-28}) only when day, month and year are given;
 * {@code year} holds the four-digit year whenever one is given. {@code pages} is the item's own
 * page range ("471-488"). Identifiers: {@code doi} lower-cased, {@code isbn} digits only.
 */
public record BibFields(
        List<Agent> authors,
        List<Agent> editors,
        String title,
        String container,
        String volume,
        String issue,
        String year,
        String date,
        String publisher,
        String place,
        String pages,
        String url,
        String accessed,
        String unSymbol,
        String doi,
        String isbn) {

    public static final BibFields EMPTY = builder().build();

    public BibFields {
        authors = authors == null ? List.of() : List.copyOf(authors);
        editors = editors == null ? List.of() : List.copyOf(editors);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .authors(authors).editors(editors).title(title).container(container)
                .volume(volume).issue(issue).year(year).date(date).publisher(publisher).place(place)
                .pages(pages).url(url).accessed(accessed).unSymbol(unSymbol).doi(doi).isbn(isbn);
    }

    /** Mutable companion for parsers that fill fields one by one. */
    public static final class Builder {
        private List<Agent> authors = List.of();
        private List<Agent> editors = List.of();
        private String title, container, volume, issue, year, date, publisher, place, pages, url,
                accessed, unSymbol, doi, isbn;

        public Builder authors(List<Agent> v) { authors = v; return this; }
        public Builder editors(List<Agent> v) { editors = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder container(String v) { container = v; return this; }
        public Builder volume(String v) { volume = v; return this; }
        public Builder issue(String v) { issue = v; return this; }
        public Builder year(String v) { year = v; return this; }
        public Builder date(String v) { date = v; return this; }
        public Builder publisher(String v) { publisher = v; return this; }
        public Builder place(String v) { place = v; return this; }
        public Builder pages(String v) { pages = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder accessed(String v) { accessed = v; return this; }
        public Builder unSymbol(String v) { unSymbol = v; return this; }
        public Builder doi(String v) { doi = v; return this; }
        public Builder isbn(String v) { isbn = v; return this; }

        public List<Agent> authors() { return authors; }
        public List<Agent> editors() { return editors; }
        public String title() { return title; }
        public String container() { return container; }
        public String year() { return year; }

        public BibFields build() {
            return new BibFields(authors, editors, title, container, volume, issue, year, date,
                    publisher, place, pages, url, accessed, unSymbol, doi, isbn);
        }
    }
}
