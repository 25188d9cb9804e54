package org.citegraph.model;

/** An author of the citing article, with the affiliation printed under the name. */
public record ArticleAuthor(Person person, String affiliation, boolean corresponding) {
}
