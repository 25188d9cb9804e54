package org.citegraph.rdf;

/**
 * Splits a Chicago title into main title and subtitle the way OpenCitations keeps them
 * ({@code dcterms:title} main title only, {@code fabio:hasSubtitle} the rest), so that
 * {@link #join} gives back exactly the title as written. Chicago separates a subtitle with ": ",
 * or with a space after a main title ending in '?' or '!'.
 */
public final class Titles {

    public record Parts(String main, String subtitle) {

        public boolean hasSubtitle() {
            return subtitle != null;
        }
    }

    public static Parts split(String title) {
        int colon = title.indexOf(": ");
        int question = firstQuestionOrExclamationBreak(title);
        if (question >= 0 && (colon < 0 || question < colon)) {
            return new Parts(title.substring(0, question + 1), title.substring(question + 2));
        }
        if (colon > 0 && colon + 2 < title.length()) {
            String main = title.substring(0, colon);
            // "Why?: ..." cannot be told apart from "Why? ..." when joined again: keep it whole.
            if (!endsWithQuestionOrExclamation(main)) return new Parts(main, title.substring(colon + 2));
        }
        return new Parts(title, null);
    }

    /** The title as written: inverse of {@link #split}. */
    public static String join(String main, String subtitle) {
        if (subtitle == null) return main;
        return main + (endsWithQuestionOrExclamation(main) ? " " : ": ") + subtitle;
    }

    /** Index of a '?' or '!' followed by a space and a capital, digit or quote that starts a subtitle. */
    private static int firstQuestionOrExclamationBreak(String title) {
        for (int i = 1; i + 2 < title.length(); i++) {
            char c = title.charAt(i);
            if ((c == '?' || c == '!') && title.charAt(i + 1) == ' ') {
                int next = title.codePointAt(i + 2);
                if (Character.isUpperCase(next) || Character.isDigit(next) || "‘“'\"".indexOf(next) >= 0) return i;
            }
        }
        return -1;
    }

    private static boolean endsWithQuestionOrExclamation(String s) {
        return s.endsWith("?") || s.endsWith("!");
    }

    private Titles() {
    }
}
