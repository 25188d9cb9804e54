package org.citegraph.server;

/** Escaping for HTML text and attribute values (both contexts use the same five replacements). */
public final class Html {

    private Html() {}

    public static String escape(String text) {
        if (text == null) return "";
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            String replacement = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement == null) {
                if (out != null) out.append(text.charAt(i));
            } else {
                if (out == null) out = new StringBuilder(text.length() + 16).append(text, 0, i);
                out.append(replacement);
            }
        }
        return out == null ? text : out.toString();
    }
}
