package org.citegraph.page;

/** The kinds of input citegraph reads. {@code AUTO} picks one from the content. */
public enum InputFormat {
    AUTO, PAGE, NOTES, JATS;

    /** JATS when the text is XML with an {@code <article>} root; otherwise a page (or plain notes). */
    static InputFormat detect(String text) {
        String head = text.stripLeading();
        if (head.startsWith("\uFEFF")) head = head.substring(1);
        if (head.startsWith("<") && head.substring(0, Math.min(head.length(), 4096)).contains("<article")) return JATS;
        return PAGE;
    }
}
