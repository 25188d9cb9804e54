package org.citegraph.export;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.citegraph.model.Agent;
import org.citegraph.model.BibFields;
import org.citegraph.model.Organization;
import org.citegraph.model.Person;
import org.citegraph.model.Work;

/**
 * Gives each work a citation key in the usual author-year-word form ("buzan2004international"),
 * ASCII only so every BibTeX implementation accepts it. Keys depend only on the works and their
 * order, so the same article always gets the same keys; clashes get "-2", "-3" in order.
 */
public final class CitationKeys {

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "on", "of", "in", "and", "to", "for", "from", "at", "by", "with",
            "is", "are", "was", "were", "be", "its", "his", "her", "their", "as", "or", "into", "about",
            "le", "la", "les", "de", "des", "du", "der", "die", "das", "el", "los");

    private CitationKeys() {
    }

    /** One entry per work, same order, each with a key unique within the list. */
    public static List<BibEntry> assign(List<Work> works) {
        Set<String> used = new HashSet<>();
        List<BibEntry> entries = new ArrayList<>(works.size());
        for (Work work : works) {
            String base = baseKey(work);
            String key = base;
            for (int n = 2; !used.add(key); n++) key = base + "-" + n;
            entries.add(new BibEntry(key, work));
        }
        return entries;
    }

    static String baseKey(Work work) {
        BibFields f = work.fields();
        String who = nameToken(f.authors().isEmpty() ? f.editors() : f.authors());
        PartialDate date = PartialDate.of(f.date(), f.year());
        String when = date == null ? "nd" : Integer.toString(date.year());
        // An untitled UN document is known by its symbol: keep it whole ("spv7796").
        String what = f.title() != null ? firstSignificantWord(f.title()) : f.unSymbol() != null ? ascii(f.unSymbol()) : "";
        return who + when + what;
    }

    private static String nameToken(List<Agent> agents) {
        if (agents.isEmpty()) return "anon";
        Agent first = agents.get(0);
        String token = first instanceof Person p ? ascii(p.family()) : organizationToken(((Organization) first).name());
        return token.isEmpty() ? "anon" : token;
    }

    /** "United Nations Security Council" → "unsc"; single words ("CSTO", "BBC") stay whole. */
    private static String organizationToken(String name) {
        String[] words = name.trim().split("[\\s\\-–]+");
        if (words.length == 1) return ascii(words[0]);
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) initials.appendCodePoint(w.codePointAt(0));
        }
        String acronym = ascii(initials.toString());
        return acronym.length() >= 2 ? acronym : ascii(words[0]);
    }

    private static String firstSignificantWord(String title) {
        if (title == null) return "";
        String first = "";
        for (String raw : title.split("[\\s/\\-–—:;,.?!'’‘\"“”()\\[\\]]+")) {
            String word = ascii(raw);
            if (word.isEmpty()) continue;
            if (first.isEmpty()) first = word;
            if (!STOP_WORDS.contains(word)) return word;
        }
        return first;
    }

    /** Lower-case ASCII letters and digits only: accents stripped, other letters folded or dropped. */
    static String ascii(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe").replace("Œ", "OE")
                .replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
                .replace("đ", "d").replace("Đ", "D").replace("ð", "d").replace("þ", "th");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
