package org.citegraph.model;

import java.util.List;

/**
 * The citing article's header. {@code publishedOnline} is an ISO date; {@code journal} and
 * {@code doi} are null when the page does not give them (never guessed).
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
        String doi) {

    public ArticleMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
