package org.citegraph.notes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.citegraph.model.Agent;
import org.citegraph.model.Organization;
import org.citegraph.model.Person;

/**
 * Readable, deterministic work keys, unique within an article: family names (two at most, else
 * the first and "et-al"), the year or "nd", then up to three significant title words
 * ("buzan-2004-international-world-society"); UN documents by symbol ("un-doc-s-pv-7796").
 * A clash gets "-2", "-3", … in order of first citation.
 */
final class WorkIds {

    private final Set<String> used = new HashSet<>();
    /**
     * Per clashing base, the suffix to try next. Keys are never released, so the lowest free suffix of a
     * base only grows: starting from here finds the same key as counting from 2, without recounting.
     */
    private final Map<String, Integer> nextSuffix = new HashMap<>();

    /** Slugs of the family names already seen: the same authors recur across an article's works. */
    private final Map<String, String> familySlugs = new HashMap<>();

    String mint(Fields f, String yearSuffix, String normTitle) {
        String base = base(f, yearSuffix, normTitle,
                a -> a instanceof Person p ? familySlugs.computeIfAbsent(p.family(), WorkIds::familySlug) : nameSlug(a));
        if (used.add(base)) return base;
        int k = nextSuffix.getOrDefault(base, 2);
        String id = base + "-" + k;
        while (!used.add(id)) id = base + "-" + ++k;
        nextSuffix.put(base, k + 1);
        return id;
    }

    static String base(Fields f, String yearSuffix) {
        return base(f, yearSuffix, TextKey.norm(f.title() != null ? f.title() : f.container()));
    }

    /** As {@link #base(Fields, String)}, with the title (or container) already normalised. */
    static String base(Fields f, String yearSuffix, String normTitle) {
        return base(f, yearSuffix, normTitle, WorkIds::nameSlug);
    }

    private static String base(Fields f, String yearSuffix, String normTitle, Function<Agent, String> nameSlug) {
        if (f.unSymbol() != null) {
            String s = UnSymbols.slug(f.unSymbol());
            if (!s.isEmpty()) return "un-doc-" + s;
        }
        StringBuilder id0 = new StringBuilder(64);
        List<Agent> names = !f.authors().isEmpty() ? f.authors() : f.editors();
        if (names.size() > 2) {
            appendPiece(id0, nameSlug.apply(names.get(0)));
            appendPiece(id0, "et-al");
        } else {
            for (Agent a : names) appendPiece(id0, nameSlug.apply(a));
        }
        String year = f.year() == null ? "nd" : f.year() + (yearSuffix == null ? "" : yearSuffix);
        appendPiece(id0, year);
        int words = 0;
        int from = 0;
        int n = normTitle.length();
        while (from < n && words < 3) {
            int sp = normTitle.indexOf(' ', from);
            if (sp < 0) sp = n;
            String t = normTitle.substring(from, sp);
            from = sp + 1;
            if (Lexicon.STOPWORDS.contains(t) || t.length() < 2) continue;
            String s = TextKey.ascii(t);
            if (s.isEmpty()) continue;
            appendPiece(id0, s);
            words++;
        }
        if (words == 0 && n == 0 && names.isEmpty() && f.date() != null && f.date().length() == 10) {
            // "Bundesgerichtshof [BGH] … Oct. 8, 2020, …": no name, title or container, but the day it is dated
            appendPiece(id0, f.date().substring(5));
        }
        if (words == 0 && n > 0) {
            // "22 U.S.C. § 2656k (2018)": no title word, but an abbreviated container ("usc") and its volume
            String letters = TextKey.ascii(normTitle.replace(" ", ""));
            if (!letters.isEmpty()) {
                appendPiece(id0, letters.length() > 20 ? letters.substring(0, 20) : letters);
                if (f.volume() != null) appendPiece(id0, TextKey.slug(f.volume()));
            }
        }
        String id = id0.toString();
        if (id.length() > 80) id = id.substring(0, 80);
        while (id.endsWith("-")) id = id.substring(0, id.length() - 1);
        return id.isEmpty() || id.equals("nd") ? "work-" + year : id;
    }

    private static String familySlug(String family) {
        String s = TextKey.slug(family);
        return s.length() > 30 ? s.substring(0, 30) : s;
    }

    /** Joins the key's pieces with hyphens; an empty piece (a name with no ASCII letters) adds nothing. */
    private static void appendPiece(StringBuilder id, String piece) {
        if (piece.isEmpty()) return;
        if (id.length() > 0) id.append('-');
        id.append(piece);
    }

    private static String nameSlug(Agent a) {
        if (a instanceof Person p) return familySlug(p.family());
        String name = ((Organization) a).name();
        List<String> tokens = TextKey.tokens(name);
        if (tokens.size() <= 2) return TextKey.slug(name);
        StringBuilder acronym = new StringBuilder();
        for (String w : name.split(" ")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.equals("The")) {
                acronym.append(Character.toLowerCase(w.charAt(0)));
            }
        }
        String s = TextKey.slug(acronym.toString());
        return s.isEmpty() ? TextKey.slug(tokens.get(0)) : s;
    }
}
