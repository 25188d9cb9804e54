package org.citegraph.rdf;

import org.apache.jena.graph.Node;
import org.citegraph.model.BibFields;
import org.citegraph.model.CitationType;
import org.citegraph.model.Work;
import org.citegraph.rdf.IriMinter.Venue;
import org.citegraph.rdf.vocab.Bibo;
import org.citegraph.rdf.vocab.DcTerms;
import org.citegraph.rdf.vocab.Fabio;
import org.citegraph.rdf.vocab.Frbr;
import org.citegraph.rdf.vocab.Prism;

/**
 * The chain of containers above a work, in both layers ({@code frbr:partOf} for OCDM,
 * {@code dcterms:isPartOf} for BIBO): journal → volume → issue → article; book → chapter;
 * newspaper → article; series → report; series → volume → treaty; website → page.
 * Only the top container carries a title; volumes and issues carry their numbers.
 */
final class ContainerMapper {

    private final IriMinter iris;
    private final QuadSink out;
    private final TitleWriter titles;

    ContainerMapper(IriMinter iris, QuadSink out) {
        this.iris = iris;
        this.out = out;
        this.titles = new TitleWriter(out);
    }

    /** States the chain above {@code item}; returns the book node for chapters (it takes the imprint), else null. */
    Node map(Work work, Node item) {
        BibFields f = work.fields();
        String container = f.container();
        boolean named = container != null && !container.isBlank();
        switch (work.type()) {
            case JOURNAL_ARTICLE -> {
                if (named) periodical(item, iris.venue(Venue.JOURNAL, container), container, f,
                        Fabio.Journal, Bibo.Journal, Fabio.JournalVolume, Fabio.JournalIssue);
            }
            case NEWS_ARTICLE -> {
                if (named) periodical(item, iris.venue(Venue.NEWSPAPER, container), container, f,
                        Fabio.Newspaper, Bibo.Newspaper, Fabio.PeriodicalVolume, Fabio.NewspaperIssue);
            }
            case CHAPTER -> {
                if (named) return book(item, container, f);
            }
            case REPORT -> {
                numberInSeries(item, f.issue());
                if (named) partOf(item, titled(iris.venue(Venue.SERIES, container), container, Fabio.Expression, Fabio.Series, Bibo.Series));
            }
            case TREATY -> {
                if (named) treatySeries(item, container, f.volume());
            }
            case BOOK, EDITED_BOOK -> {
                if (named) partOf(item, titled(iris.venue(Venue.SERIES, container), container, Fabio.Expression, Fabio.BookSeries, Bibo.Series));
            }
            case WEB_PAGE -> {
                if (named) {
                    Node site = titled(iris.venue(Venue.WEBSITE, container), container, Bibo.Website);
                    out.add(item, DcTerms.isPartOf, site); // a website has no FaBiO/OCDM container class
                }
            }
            case LEGAL_CASE -> {
                if (named) partOf(item, titled(iris.venue(Venue.REPORTER, container), container, Fabio.Expression, Fabio.Series, Bibo.CourtReporter));
            }
            case UN_DOCUMENT, THESIS, OTHER -> {
                numberInSeries(item, f.issue());
                if (named) partOf(item, titled(iris.venue(Venue.COLLECTION, container), container, Fabio.Expression, Bibo.Collection));
            }
        }
        return null;
    }

    private void periodical(Node item, Node periodical, String title, BibFields f,
                            Node fabioClass, Node biboClass, Node volumeClass, Node issueClass) {
        titled(periodical, title, Fabio.Expression, fabioClass, biboClass);
        Node parent = periodical;
        if (present(f.volume())) {
            Node volume = iris.volume(periodical, f.volume());
            out.type(volume, Fabio.Expression, volumeClass);
            out.text(volume, Fabio.hasSequenceIdentifier, f.volume());
            partOf(volume, parent);
            parent = volume;
        }
        if (present(f.issue())) {
            Node issue = iris.issue(periodical, f.volume(), f.issue());
            out.type(issue, Fabio.Expression, issueClass, Bibo.Issue);
            out.text(issue, Fabio.hasSequenceIdentifier, f.issue());
            out.text(issue, Prism.issueIdentifier, f.issue());
            out.text(issue, Bibo.issue, f.issue());
            out.text(issue, Bibo.volume, f.volume());
            partOf(issue, parent);
            parent = issue;
        }
        partOf(item, parent);
    }

    /** The book holding a chapter: title, year, and (stated by the caller) its editors and imprint. */
    private Node book(Node chapter, String title, BibFields f) {
        Node book = iris.book(title, f.year());
        out.type(book, Fabio.Expression, Fabio.Book, f.editors().isEmpty() ? Bibo.Book : Bibo.EditedBook);
        titles.title(book, title);
        Literals.issued(f.year(), null).ifPresent(year -> {
            out.add(book, Prism.publicationDate, year);
            out.add(book, DcTerms.issued, year);
        });
        partOf(chapter, book);
        return book;
    }

    /** UNTS-style: the treaty sits in a numbered volume of a titled series. */
    private void treatySeries(Node treaty, String title, String volume) {
        Node series = titled(iris.venue(Venue.SERIES, title), title, Fabio.Expression, Fabio.BookSeries, Bibo.Series);
        if (!present(volume)) {
            partOf(treaty, series);
            return;
        }
        Node vol = iris.volume(series, volume);
        out.type(vol, Fabio.Expression, Fabio.Book, Bibo.Book);
        out.text(vol, Fabio.hasSequenceIdentifier, volume);
        out.text(vol, Bibo.volume, volume);
        partOf(vol, series);
        partOf(treaty, vol);
    }

    /** A report's number in its series ("ISPI Analysis, no. 152"). */
    private void numberInSeries(Node item, String number) {
        if (!present(number)) return;
        out.text(item, Fabio.hasSequenceIdentifier, number);
        out.text(item, Bibo.number, number);
    }

    private Node titled(Node container, String title, Node... classes) {
        out.type(container, classes);
        titles.title(container, title);
        return container;
    }

    private void partOf(Node part, Node whole) {
        out.add(part, Frbr.partOf, whole);
        out.add(part, DcTerms.isPartOf, whole);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
