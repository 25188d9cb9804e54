package org.citegraph.model;

import java.util.List;

/**
 * The citing article's header. {@code publishedOnline} is an ISO date; {@code journal} and
 * {@code doi} are null when the page does not give them (never guessed). {@code book} is the title of
 * the book a chapter belongs to, when the page is a chapter's; null for an article.
 */
public record ArticleMetadata(
        String title,
        List<ArticleAuthor> authors,
        String publishedOnline,
        String publisher,
        String onBehalfOf,
        String type,
        String copyright,
        String abstractText,
        String journal,
        String doi,
        String book) {

    public ArticleMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** An article's header: no book. */
    public ArticleMetadata(String title, List<ArticleAuthor> authors, String publishedOnline, String publisher, String onBehalfOf,
                           String type, String copyright, String abstractText, String journal, String doi) {
        this(title, authors, publishedOnline, publisher, onBehalfOf, type, copyright, abstractText, journal, doi, null);
    }
}
