package org.citegraph.server;

import java.util.Objects;

/**
 * Markup that is already escaped: the output of a rendered template. A template writes a
 * {@code SafeHtml} value verbatim and escapes every other value, so text from the data can never
 * turn into markup by mistake.
 */
public record SafeHtml(String html) {

    public SafeHtml {
        Objects.requireNonNull(html, "html");
    }

    public static SafeHtml escape(String text) {
        return new SafeHtml(Html.escape(text));
    }

    @Override
    public String toString() {
        return html;
    }
}
