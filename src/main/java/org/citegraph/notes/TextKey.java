package org.citegraph.notes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Normalised forms for comparing names and titles: lower case, no accents, no punctuation. */
final class TextKey {

    private TextKey() {
    }

    /** "Russia’s droit de regard!" → "russias droit de regard". */
    static String norm(String s) {
        if (s == null) return "";
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) if (s.charAt(i) >= 0x80 && s.charAt(i) != '\u2019' && s.charAt(i) != '\u2018') plain = false;
        // accents only need decomposing when there are any: most text is plain ASCII plus curly quotes
        String d = plain ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        boolean space = true;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (!plain && Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (c == '\u2019' || c == '\'' || c == '\u2018') continue; // apostrophes join: "russias"
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int n = b.length();
        if (n > 0 && b.charAt(n - 1) == ' ') b.setLength(n - 1);
        // letters without a lower-case form under NFD (ł, ø, đ) map to themselves; fine for comparison
        return b.toString();
    }

    static List<String> tokens(String s) {
        String n = norm(s);
        List<String> out = new ArrayList<>();
        if (n.isEmpty()) return out;
        for (String t : n.split(" ")) out.add(t);
        return out;
    }

    /** ASCII form of a token that is already {@link #norm normalised}: only the few unaccented non-ASCII letters fold. */
    static String ascii(String normToken) {
        boolean plain = true;
        for (int i = 0; i < normToken.length() && plain; i++) if (normToken.charAt(i) >= 128) plain = false;
        if (plain) return normToken;
        StringBuilder b = new StringBuilder(normToken.length());
        for (int i = 0; i < normToken.length(); i++) {
            char c = normToken.charAt(i);
            b.append(c < 128 ? String.valueOf(c) : fold(c));
        }
        return b.toString();
    }

    /** ASCII slug for work keys: "Šćepanović" → "scepanovic", "de Haas" → "de-haas". */
    static String slug(String s) {
        String n = norm(s);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) b.append(c);
            else if (c == ' ') b.append('-');
            else {
                String folded = fold(c);
                b.append(folded);
            }
        }
        StringBuilder out = new StringBuilder(b.length());
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c == '-' && (out.length() == 0 || out.charAt(out.length() - 1) == '-')) continue;
            out.append(c);
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == '-') out.setLength(out.length() - 1);
        return out.toString();
    }

    private static String fold(char c) {
        return switch (c) {
            case 'ł' -> "l";
            case 'ø' -> "o";
            case 'đ' -> "d";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ß' -> "ss";
            case 'þ' -> "th";
            case 'ı' -> "i";
            default -> "";
        };
    }


    static String withoutArticle(String normTitle) {
        if (normTitle.startsWith("the ")) return normTitle.substring(4);
        if (normTitle.startsWith("a ")) return normTitle.substring(2);
        if (normTitle.startsWith("an ")) return normTitle.substring(3);
        return normTitle;
    }

}
