package org.citegraph.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.citegraph.model.Person;

/**
 * Personal and corporate names. A person written in natural order ("Tonny Brems Knudsen",
 * "Marcel de Haas", "Inis L. Claude Jr.") has the last word as family name, together with any
 * lower-case particles before it; the rest is the given name; "Jr." is a suffix. Inverted forms
 * ("Buzan, B.", "de Haas, Marcel") come from reference lists. A name that cannot be a person
 * (organisation words, all capitals, an article in front) is an organisation.
 */
final class Names {

    private Names() {
    }

    /** How a chunk of text reads as a name. */
    enum Kind { FULL, FAMILY_ONLY, ORG, NONE }

    /** Classifies one name as written in natural order (no commas). */
    static Kind kind(String name) {
        String s = name.strip();
        String bare = withoutHonorific(s);
        if (bare != s) {
            Kind k = kindOf(bare);
            if (k == Kind.FULL || k == Kind.FAMILY_ONLY) return k;
        }
        return kindOf(s);
    }

    /** {@code s} without a leading title such as "Prof." or "Hon."; {@code s} itself when it has none. */
    static String withoutHonorific(String s) {
        String out = s;
        for (int round = 0; round < 2; round++) { // "Lt. Gen. Ann Lowe"
            int space = out.indexOf(' ');
            if (space < 2 || space > 5 || out.charAt(space - 1) != '.' || !Character.isUpperCase(out.charAt(0))
                    || !Lexicon.HONORIFICS.contains(out.substring(0, space))) break;
            out = out.substring(space + 1).strip();
        }
        return out;
    }

    /** The small words a long organisation's name is joined by ("Office of the … for Human Rights"); titles use more. */
    private static final Set<String> LONG_NAME_CONNECTORS = Set.of("of", "the", "and", "for", "&");

    /** Bodies whose long names say what they are for: "Committee on the Peaceful Uses of Outer Space". */
    private static final Set<String> BODIES = Set.of("Committee", "Commission", "Council", "Conference", "Office", "Working",
        "Secretariat");

    /** The further small words such a body's name is joined by. */
    private static final Set<String> BODY_CONNECTORS = Set.of("on", "against", "in", "to");

    private static boolean endsWithOrgWord(String s) {
        return Lexicon.ORG_WORDS.contains(s.substring(s.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
    }

    private static Kind kindOf(String s) {
        if (s.isEmpty() || s.length() > 120) return Kind.NONE;
        // the words as s.split(" ") gives them (s has no space at either end: one more word than spaces),
        // cut one at a time
        int count = 1;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == ' ') count++;
        // "Food and Agriculture Organization of the United Nations": past seven words, only an organisation's name
        boolean longName = count > 7;
        int firstSpace = s.indexOf(' ');
        boolean bodyFirst = longName && BODIES.contains(s.substring(0, firstSpace));
        // "Secretariat of the International Treaty on Plant Genetic Resources for Food and Agriculture": a body named after
        // the instrument it serves may run longer
        if (count > (bodyFirst ? 16 : 12) || s.length() > 100 && !bodyFirst) return Kind.NONE;
        boolean namedByOrgWord = false;
        int words = 0;
        int abbreviated = 0; // "Cong. Budget Off.", "Cong. Rsch. Serv.": an agency's name, abbreviated word by word
        boolean orgWord = false;
        boolean allCapsWord = false;
        boolean numbered = false;
        int from = 0;
        for (int i = 0; i < count; i++) {
            int space = s.indexOf(' ', from);
            if (space < 0) space = s.length();
            String t = s.substring(from, space);
            from = space + 1;
            if (t.isEmpty()) continue;
            if (Lexicon.SUFFIXES.contains(t) && i > 0) continue;
            if (isInitial(t)) { words++; continue; }
            if (Lexicon.isParticle(t) && i < count - 1) continue;
            // "Section 1782 Tracker": a number inside a name, which only an organisation's (named by its word) holds
            if (i > 0 && i < count - 1 && !longName && t.length() <= 5 && Pages.allDigits(t)) { numbered = true; continue; }
            if (!isNameWord(t)) {
                // "Report of … on the Situation in …" is a title; "Committee on the Elimination of Discrimination
                // against Women", a body named by what it is for
                if (longName && !LONG_NAME_CONNECTORS.contains(t) && !(bodyFirst && BODY_CONNECTORS.contains(t))) return Kind.NONE;
                if ((isOrgConnector(t) || bodyFirst && BODY_CONNECTORS.contains(t)) && i > 0 && i < count - 1) { orgWord = true; continue; }
                return Kind.NONE;
            }
            if (Lexicon.ORG_WORDS.contains(t.toLowerCase(Locale.ROOT))) orgWord = namedByOrgWord = true;
            // "Convention on the Rights of …" names a treaty; "Preparatory Commission for the … Treaty Organization", the
            // body a treaty set up, ends in a body's word right after it; and a body first names the instrument it serves
            // ("Secretariat of the … Treaty on …")
            if (longName && !bodyFirst && Aliases.INSTRUMENT_WORDS.contains(t.toLowerCase(Locale.ROOT))
                    && !(i == count - 2 && endsWithOrgWord(s))) {
                return Kind.NONE;
            }
            if (t.length() >= 4 && t.charAt(t.length() - 1) == '.' && ++abbreviated >= 2) orgWord = true;
            if (t.length() >= 2 && isAllCaps(t) && !isInitialCluster(t, i, count)) allCapsWord = true;
            if (i == 0 && (t.equals("The") || t.equals("A") && !initialA(s, count))) orgWord = true;
            words++;
        }
        if (words == 0 || numbered && !namedByOrgWord) return Kind.NONE;
        // "White House Off. of Sci. & Tech. Pol'y": a long name abbreviated word by word (Bluebook's table T6) is an
        // agency's too, though no word of it is written out as "Office"; a title is not abbreviated so
        if (longName) return namedByOrgWord || abbreviated >= 3 ? Kind.ORG : Kind.NONE;
        if (orgWord || allCapsWord) return Kind.ORG;
        if (words == 1) return Kind.FAMILY_ONLY;
        return Kind.FULL;
    }

    /**
     * "A Smith", "A J Smith": OSCOLA writes initials without full stops, so a leading "A" before one
     * more word, or before another bare initial, is a person's initial, not an article.
     */
    private static boolean initialA(String s, int count) {
        if (count == 2) return true;
        int second = s.indexOf(' ') + 1;
        return second < s.length() - 1 && Character.isUpperCase(s.charAt(second)) && s.charAt(second + 1) == ' ';
    }

    /** "of", "for", "on", "and", "the", "&" inside an organisation name. */
    static boolean isOrgConnector(String t) {
        return switch (t) {
            case "of", "for", "on", "and", "the", "&", "in", "to", "at" -> true;
            default -> false;
        };
    }

    /** A capitalised word: "Buzan", "O’Neill", "MacFarlane", "Šćepanović", "Jean-Marc", "al-Sayed". */
    static boolean isNameWord(String t) {
        if (t.isEmpty() || t.length() > 30) return false;
        int start = 0;
        if (t.startsWith("al-") || t.startsWith("el-")) start = 3;
        if (start >= t.length() || !Character.isUpperCase(t.charAt(start))) return false;
        for (int i = start + 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(Character.isLetter(c) || c == '-' || c == '\'' || c == '\u2019' || c == '.')) return false;
        }
        // a period is allowed only in initials and abbreviations like "Jr."
        int dot = t.indexOf('.');
        return dot < 0 || dot == t.length() - 1;
    }

    /** "S.", "J.-P.", "JK", "R.B." — given-name initials. */
    static boolean isInitial(String t) {
        if (t.isEmpty() || t.length() > 6) return false;
        if (!Character.isUpperCase(t.charAt(0))) return false;
        boolean dot = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.') dot = true;
            else if (c == '-') continue;
            else if (!Character.isUpperCase(c)) return false;
        }
        return dot;
    }

    private static boolean isInitialCluster(String t, int index, int count) {
        // "JK Rowling": two capitals before a family name are initials, not an acronym
        return t.length() <= 2 && index < count - 1;
    }

    /**
     * Where a person's full name of two to four capitalised words ending at {@code end} starts, at or after
     * {@code from} ("… are quoted in Émile Okoye-Lind" → "Émile Okoye-Lind"), or -1.
     */
    static int fullNameBefore(String t, int from, int end) {
        int best = -1;
        int w = end;
        for (int words = 0; words < 4; words++) {
            int s = w;
            while (s > from && t.charAt(s - 1) != ' ') s--;
            if (s >= w || !Character.isUpperCase(t.charAt(s))) break;
            if (words >= 1 && kind(t.substring(s, end)) == Kind.FULL) best = s;
            if (s <= from + 1) break;
            w = s - 1;
        }
        return best;
    }

    private static boolean isAllCaps(String t) {
        int letters = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            }
        }
        return letters >= 2;
    }


    static Person person(String name) {
        String s = withoutHonorific(clean(name));
        List<String> tokens = words(s);
        String suffix = null;
        if (tokens.size() > 1 && Lexicon.SUFFIXES.contains(tokens.get(tokens.size() - 1))) {
            suffix = tokens.remove(tokens.size() - 1);
            if (suffix.equals("Jr")) suffix = "Jr.";
            if (suffix.equals("Sr")) suffix = "Sr.";
        }
        if (tokens.isEmpty()) return new Person(s, null, null);
        int familyStart = tokens.size() - 1;
        while (familyStart > 0 && Lexicon.isParticle(tokens.get(familyStart - 1))) familyStart--;
        // "Pieter Van Asch-Moreno", "Ana Da Costa": a particle written with a capital, after a given name, is the family
        // name's all the same
        while (familyStart > 1 && CAPITALISED_PARTICLES.contains(tokens.get(familyStart - 1))) familyStart--;
        String family = String.join(" ", tokens.subList(familyStart, tokens.size()));
        String given = familyStart == 0 ? null : String.join(" ", tokens.subList(0, familyStart));
        return new Person(family, given, suffix);
    }

    /** Particles of family names as some families write them, with a capital ("Van", "De", "Da"). */
    private static final Set<String> CAPITALISED_PARTICLES = Set.of("Van", "Von", "Der", "Den", "De", "Di", "Du", "Del", "Della",
        "Da", "Dos", "Das", "Le", "La", "Ter", "Ten");

    /** The words of {@code s} between single spaces, empty ones dropped. */
    private static List<String> words(String s) {
        List<String> words = new ArrayList<>(4);
        int from = 0;
        while (from <= s.length()) {
            int space = s.indexOf(' ', from);
            if (space < 0) space = s.length();
            if (space > from) words.add(s.substring(from, space));
            from = space + 1;
        }
        return words;
    }

    /** "Buzan, B." / "de Haas, Marcel" / "Claude, Inis L., Jr." → person. */
    static Person inverted(String family, String given, String suffix) {
        String f = clean(family);
        String g = given == null ? null : clean(given);
        if (g != null && g.isEmpty()) g = null;
        String sfx = suffix == null ? null : clean(suffix);
        if (sfx != null && sfx.equals("Jr")) sfx = "Jr.";
        return new Person(f, g, sfx == null || sfx.isEmpty() ? null : sfx);
    }

    /** Trims spaces and stray punctuation around a name. */
    static String clean(String name) {
        String s = name.strip();
        while (!s.isEmpty() && (s.endsWith(",") || s.endsWith(";") || s.endsWith(":"))) s = s.substring(0, s.length() - 1).strip();
        while (!s.isEmpty() && (s.startsWith(",") || s.startsWith(";"))) s = s.substring(1).strip();
        return s;
    }

    /**
     * Splits a written list of names ("A and B", "A, B, and C", "A & B", "A, B and C") into names.
     * "et al." is dropped; the caller learns of it through {@link #hasEtAl}.
     */
    static List<String> splitList(String list) {
        String s = stripEtAl(list.strip());
        List<String> out = new ArrayList<>();
        for (String piece : s.split(",")) {
            String p = piece.strip();
            if (p.startsWith("and ")) p = p.substring(4);
            else if (p.startsWith("& ")) p = p.substring(2);
            for (String q : splitAnd(p)) {
                String name = clean(q);
                if (!name.isEmpty()) out.add(name);
            }
        }
        return out;
    }

    private static List<String> splitAnd(String p) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int k = indexOfWord(p, from);
            if (k < 0) { out.add(p.substring(from)); return out; }
            out.add(p.substring(from, k));
            from = k + (p.startsWith(" and ", k) ? 5 : 3);
        }
    }

    private static int indexOfWord(String p, int from) {
        int a = p.indexOf(" and ", from);
        int b = p.indexOf(" & ", from);
        if (a < 0) return b;
        if (b < 0) return a;
        return Math.min(a, b);
    }

    static boolean hasEtAl(String list) {
        String l = list.toLowerCase(Locale.ROOT);
        return l.contains("et al") || l.contains("and others");
    }

    static String stripEtAl(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        int k = l.indexOf(" et al");
        if (k < 0) k = l.indexOf(",et al");
        if (k < 0) k = l.indexOf(" and others");
        if (k >= 0) return clean(s.substring(0, k));
        return s;
    }


    /** Whether every name in the written list reads as a name of the given kinds. */
    static boolean allNames(List<String> names, boolean allowFamilyOnly, boolean allowFull) {
        if (names.isEmpty()) return false;
        for (String n : names) {
            Kind k = kind(n);
            if (k == Kind.FULL && allowFull) continue;
            if (k == Kind.FAMILY_ONLY && allowFamilyOnly) continue;
            return false;
        }
        return true;
    }
}
