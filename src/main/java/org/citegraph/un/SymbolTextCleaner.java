package org.citegraph.un;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text-level normalisation of a symbol before it is split into tokens (design note §1.6): spacing,
 * joint separators, slashes, parentheses, link and "UN Doc" prefixes, the reissue mark. Token-level
 * repairs (letter case, missing dots) are left to {@link UnSymbolParser}. Every repair that is not
 * one of the documented spacing variants adds a warning.
 */
final class SymbolTextCleaner {

    private static final Pattern LINK_PREFIX = Pattern.compile(
            "^(?i)https?://(?:www\\.)?(?:undocs\\.org|docs\\.un\\.org)/(?:(?:ar|zh|en|fr|ru|es|ot)/)?");
    private static final Pattern DOC_PREFIX = Pattern.compile(
            "^(?i)(?:u\\.?\\s?n\\.?\\s*)?doc(?:ument)?s?(?:\\.\\s*|\\s+)(?:no\\.\\s*)?");
    private static final Pattern PERCENT = Pattern.compile("%([0-9A-Fa-f]{2})");
    private static final Pattern SPACED_SLASH = Pattern.compile("\\s*/\\s*");
    private static final Pattern MULTI_SLASH = Pattern.compile("/{2,}");
    private static final Pattern SPACE_AFTER_DOT = Pattern.compile("\\.\\s+(?=\\d)");
    private static final Pattern SPACE_BEFORE_PAREN = Pattern.compile("\\s+\\(");
    private static final Pattern SPACE_INSIDE_PAREN = Pattern.compile("\\(\\s+|\\s+\\)");
    private static final Pattern SPACED_ADDITION = Pattern.compile("\\((?i)(resumption|part)\\s+([0-9IVXivx]+)\\)");
    private static final Pattern BRACKET_PART = Pattern.compile("\\[([A-Za-z](?:-[A-Za-z])?)\\]$");
    private static final Pattern JOINT = Pattern.compile("\\s*[-\u2010\u2011\u2012\u2013\u2014\u2212]\\s*(?=[A-Za-z][A-Za-z0-9]{0,9}/)");
    private static final Pattern JOINT_WORD_DASH = Pattern.compile("[\u2010\u2011\u2012\u2013\u2014\u2212]");

    private SymbolTextCleaner() {
    }

    /** The cleaned text; never longer than the input plus one closing parenthesis. */
    static String clean(String text, List<String> warnings) {
        String s = collapseWhitespace(text);
        s = stripPrefixes(s, warnings);
        if (s.indexOf('*') >= 0) {
            s = s.replace("*", "").trim();
            warnings.add("reissue mark '*' dropped: a document reissued for technical reasons keeps its symbol");
        }
        s = stripTrailingPunctuation(s, warnings);
        s = fixSlashes(s, warnings);
        if (s.indexOf('(') >= 0 || s.indexOf(')') >= 0 || s.indexOf('[') >= 0) {
            s = fixParentheses(s, warnings);
        }
        boolean spaced = s.indexOf(' ') >= 0;
        if (spaced && SPACE_AFTER_DOT.matcher(s).find()) {
            s = SPACE_AFTER_DOT.matcher(s).replaceAll(".");
            warnings.add("space after '.' removed");
        }
        if (!hasDash(s)) {
            return s;
        }
        s = JOINT.matcher(s).replaceAll("-");
        if (JOINT_WORD_DASH.matcher(s).find()) {
            // a dash that does not join two symbols ("A/RES/70/93 A–B", "ES–10") is a typographic variant
            s = JOINT_WORD_DASH.matcher(s).replaceAll("-");
        }
        return s;
    }

    private static boolean hasDash(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || (c >= '\u2010' && c <= '\u2014') || c == '\u2212') {
                return true;
            }
        }
        return false;
    }

    private static String collapseWhitespace(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B') {
                pendingSpace = b.length() > 0;
            } else {
                if (pendingSpace) {
                    b.append(' ');
                    pendingSpace = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String stripPrefixes(String s, List<String> warnings) {
        if (s.regionMatches(true, 0, "http", 0, 4)) {
            Matcher link = LINK_PREFIX.matcher(s);
            if (link.find()) {
                s = percentDecode(s.substring(link.end())).trim();
            }
        }
        if (s.isEmpty() || "UuDd".indexOf(s.charAt(0)) < 0) {
            return s;
        }
        Matcher doc = DOC_PREFIX.matcher(s);
        if (doc.find() && doc.end() < s.length()) {
            warnings.add("citation prefix '" + s.substring(0, doc.end()).trim() + "' removed");
            s = s.substring(doc.end());
        }
        return s;
    }

    private static String percentDecode(String s) {
        Matcher m = PERCENT.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(b);
        return collapseWhitespace(b.toString());
    }

    private static String stripTrailingPunctuation(String s, List<String> warnings) {
        int end = s.length();
        while (end > 0 && ".,;:".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end < s.length() && end > 0) {
            warnings.add("trailing '" + s.substring(end) + "' removed");
            return s.substring(0, end).trim();
        }
        return s;
    }

    private static String fixSlashes(String s, List<String> warnings) {
        if (s.indexOf('\\') >= 0 || s.indexOf('\uFF0F') >= 0 || s.indexOf('\u2044') >= 0) {
            s = s.replace('\\', '/').replace('\uFF0F', '/').replace('\u2044', '/');
            warnings.add("backslash or look-alike slash replaced by '/'");
        }
        if (s.indexOf(' ') >= 0) {
            String unspaced = SPACED_SLASH.matcher(s).replaceAll("/");
            if (!unspaced.equals(s)) {
                warnings.add("spaces around '/' removed");
                s = unspaced;
            }
        }
        if (s.contains("//")) {
            s = MULTI_SLASH.matcher(s).replaceAll("/");
            warnings.add("repeated '/' collapsed");
        }
        if (s.startsWith("/") || s.endsWith("/")) {
            int start = s.startsWith("/") ? 1 : 0;
            int end = s.endsWith("/") && s.length() > start ? s.length() - 1 : s.length();
            s = s.substring(start, Math.max(start, end));
            warnings.add("leading or trailing '/' removed");
        }
        return s;
    }

    private static String fixParentheses(String s, List<String> warnings) {
        s = SPACE_BEFORE_PAREN.matcher(s).replaceAll("(");
        s = SPACE_INSIDE_PAREN.matcher(s).replaceAll(m -> m.group().trim());
        s = SPACED_ADDITION.matcher(s).replaceAll("($1$2)");
        Matcher bracket = BRACKET_PART.matcher(s);
        if (bracket.find()) {
            s = s.substring(0, bracket.start()) + " " + bracket.group(1);
        }
        long open = s.chars().filter(c -> c == '(').count();
        long close = s.chars().filter(c -> c == ')').count();
        if (open == close + 1 && s.lastIndexOf('(') > s.lastIndexOf(')')) {
            s = s + ")";
            warnings.add("missing ')' added");
        }
        return s;
    }
}
