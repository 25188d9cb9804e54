package org.citegraph.notes;

import java.util.List;

import org.citegraph.model.Agent;
import org.citegraph.model.BibFields;

/** The bibliographic fields of a citation while it is parsed: readable and writable, unlike the model's builder. */
final class Fields {
    private List<Agent> authors = List.of();
    private List<Agent> editors = List.of();
    private String title, container, volume, issue, year, date, publisher, place, pages, url, accessed, unSymbol, doi, isbn;

    Fields authors(List<Agent> v) { authors = v == null ? List.of() : List.copyOf(v); return this; }
    Fields editors(List<Agent> v) { editors = v == null ? List.of() : List.copyOf(v); return this; }
    Fields title(String v) { title = v; return this; }
    Fields container(String v) { container = v; return this; }
    Fields volume(String v) { volume = v; return this; }
    Fields issue(String v) { issue = v; return this; }
    Fields year(String v) { year = v; return this; }
    Fields date(String v) { date = v; return this; }
    Fields publisher(String v) { publisher = v; return this; }
    Fields place(String v) { place = v; return this; }
    Fields pages(String v) { pages = v; return this; }
    Fields url(String v) { url = v; return this; }
    Fields accessed(String v) { accessed = v; return this; }
    Fields unSymbol(String v) { unSymbol = v; return this; }
    Fields doi(String v) { doi = v; return this; }
    Fields isbn(String v) { isbn = v; return this; }

    List<Agent> authors() { return authors; }
    List<Agent> editors() { return editors; }
    String title() { return title; }
    String container() { return container; }
    String volume() { return volume; }
    String issue() { return issue; }
    String year() { return year; }
    String date() { return date; }
    String publisher() { return publisher; }
    String place() { return place; }
    String pages() { return pages; }
    String url() { return url; }
    String accessed() { return accessed; }
    String unSymbol() { return unSymbol; }
    String doi() { return doi; }
    String isbn() { return isbn; }

    BibFields build() {
        return new BibFields(authors, editors, title, container, volume, issue, year, date, publisher, place, pages,
                url, accessed, unSymbol, doi, isbn);
    }

    static Fields of(BibFields b) {
        return new Fields().authors(b.authors()).editors(b.editors()).title(b.title()).container(b.container())
                .volume(b.volume()).issue(b.issue()).year(b.year()).date(b.date()).publisher(b.publisher())
                .place(b.place()).pages(b.pages()).url(b.url()).accessed(b.accessed()).unSymbol(b.unSymbol())
                .doi(b.doi()).isbn(b.isbn());
    }
}
