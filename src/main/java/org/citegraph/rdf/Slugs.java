package org.citegraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Readable IRI path segments: lower-case ASCII words joined by hyphens, diacritics folded
 * ("Šćepanović" → "scepanovic"). Text whose letters cannot be folded to ASCII (Cyrillic, CJK, ...)
 * gets a short hash of the original appended, so two different names never share a slug.
 */
public final class Slugs {

    /** Letters that Unicode decomposition does not reduce to ASCII. */
    private static final Map<Character, String> FOLDS = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('Æ', "ae"), Map.entry('ø', "o"), Map.entry('Ø', "o"),
            Map.entry('œ', "oe"), Map.entry('Œ', "oe"), Map.entry('ł', "l"), Map.entry('Ł', "l"), Map.entry('đ', "d"),
            Map.entry('Đ', "d"), Map.entry('ð', "d"), Map.entry('Ð', "d"), Map.entry('þ', "th"), Map.entry('Þ', "th"),
            Map.entry('ı', "i"), Map.entry('ħ', "h"), Map.entry('Ħ', "h"));

    /** Apostrophes join the word ("Russia’s" → "russias") instead of splitting it. */
    private static final String APOSTROPHES = "'’ʼ‘";

    public static String slug(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("cannot make a slug of empty text");
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        boolean lostLetters = false;
        boolean pendingHyphen = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK || APOSTROPHES.indexOf(cp) >= 0) continue;
            String ascii = fold(cp);
            if (ascii == null) {
                if (Character.isLetterOrDigit(cp)) lostLetters = true;
                pendingHyphen = out.length() > 0;
                continue;
            }
            if (pendingHyphen) out.append('-');
            pendingHyphen = false;
            out.append(ascii);
        }
        if (lostLetters) {
            if (out.length() > 0) out.append('-');
            out.append(shortHash(Normalizer.normalize(text, Normalizer.Form.NFC)));
        }
        return out.toString();
    }

    /** The ASCII letters or digits for one code point, or null for a separator or an unfoldable letter. */
    private static String fold(int cp) {
        if (cp < 128) {
            char c = (char) cp;
            if (c >= 'A' && c <= 'Z') return String.valueOf((char) (c + 32));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return String.valueOf(c);
            return null;
        }
        String folded = cp <= Character.MAX_VALUE ? FOLDS.get((char) cp) : null;
        return folded == null ? null : folded.toLowerCase(Locale.ROOT);
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private Slugs() {
    }
}
