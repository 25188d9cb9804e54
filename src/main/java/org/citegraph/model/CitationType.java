package org.citegraph.model;

import java.util.Arrays;
import java.util.Optional;

/** What kind of thing a citation points at. The labels are the ones users see in query results. */
public enum CitationType {
    JOURNAL_ARTICLE("journal-article"),
    BOOK("book"),
    EDITED_BOOK("edited-book"),
    CHAPTER("chapter"),
    WEB_PAGE("web-page"),
    NEWS_ARTICLE("news-article"),
    REPORT("report"),
    UN_DOCUMENT("un-document"),
    TREATY("treaty"),
    LEGAL_CASE("legal-case"),
    THESIS("thesis"),
    OTHER("other");

    private final String label;

    CitationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<CitationType> fromLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
