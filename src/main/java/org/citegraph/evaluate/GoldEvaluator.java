package org.citegraph.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.citegraph.evaluate.EvaluationReport.Mismatch;
import org.citegraph.evaluate.EvaluationReport.Score;
import org.citegraph.model.Agent;
import org.citegraph.model.Article;
import org.citegraph.model.BibFields;
import org.citegraph.model.Citation;
import org.citegraph.model.Note;
import org.citegraph.model.Organization;
import org.citegraph.model.Person;

/**
 * Scores a parsed {@link Article} against a gold annotation (the layout of
 * {@code hadano-2023.json}: {@code notes[].n}, {@code notes[].citations[]} with the fields below
 * and a {@code work} key).
 *
 * <h2>Pairing citations</h2>
 * Within each note, gold and parsed citations are paired in order by a monotone alignment that
 * maximises the word overlap (Dice coefficient) of their raw texts; a pair needs an overlap of at
 * least 0.3. So an extra or a missing citation shifts nothing: it is simply left unpaired. Every
 * value of an unpaired gold citation is a false negative, every value of an unpaired parsed one
 * a false positive.
 *
 * <h2>Comparing fields</h2>
 * For a pair, a field is a true positive when both sides give equal values, a false positive
 * when the parser gives a value that is absent or different in the gold, a false negative when
 * the gold gives a value the parser misses or gets wrong (a wrong value counts once each way).
 * Values are compared after Unicode NFC normalisation, collapsing white space and trimming;
 * otherwise exactly (case, quotes and diacritics count). Per field:
 * <ul>
 *   <li>{@code type}: the label ({@code journal-article}, …). The gold format's types are a closed
 *       list ending in {@code other}; a finer type of the parser that the gold file never uses
 *       ({@code legal-case}, {@code thesis}) is compared as {@code other}, which is all such a gold
 *       can say about it. A gold file that uses the finer label gets it compared as is.</li>
 *   <li>{@code authors}, {@code editors}: the whole ordered list at once; a person is family,
 *       given and suffix (a missing given name is part of the value), an organisation its name.
 *       An empty list is "no value".</li>
 *   <li>{@code title}, {@code container}, {@code publisher}, {@code place}, {@code url},
 *       {@code un_symbol}: the text.</li>
 *   <li>{@code volume}, {@code issue}, {@code year}, {@code date}: the text (ISO dates).</li>
 *   <li>{@code pages}, {@code pinpoint}: the text with every dash made an ASCII hyphen and the
 *       spaces around hyphens and commas normalised ("515–16 ,519" = "515–16, 519" after expansion
 *       by the parser; no expansion is done here).</li>
 *   <li>{@code emphasis}: {@code added} or {@code in original}.</li>
 *   <li>{@code signal}: the signal in force for the citation, written or inherited, without a
 *       trailing comma ("See, for example").</li>
 * </ul>
 * Overall precision, recall and F1 are micro-averaged over all fields.
 *
 * <h2>Grouping into works</h2>
 * Work keys are arbitrary, so works are compared by grouping: every unordered pair of citations
 * that the gold puts in one work is a gold pair; every pair the parser puts under one work id
 * is a predicted pair; a predicted pair is right when both citations are paired with gold
 * citations of one gold work. Pairwise precision, recall and F1 follow.
 */
public final class GoldEvaluator {

    /** The scored fields, in report order. */
    public static final List<String> FIELDS = List.of("type", "authors", "editors", "title", "container", "volume",
            "issue", "year", "date", "publisher", "place", "pages", "pinpoint", "url", "un_symbol", "emphasis",
            "signal");

    /** The type labels of the gold format (see the gold README's "Types"). */
    static final Set<String> FORMAT_TYPES = Set.of("journal-article", "book", "edited-book", "chapter", "web-page",
            "news-article", "report", "un-document", "treaty", "other");

    private static final double MIN_OVERLAP = 0.3;

    private final ObjectMapper mapper = new ObjectMapper();

    public EvaluationReport evaluate(Path goldJson, Article article) throws IOException {
        JsonNode root;
        try {
            root = mapper.readTree(Files.readString(goldJson));
        } catch (IOException e) {
            throw new IOException(goldJson + ": cannot read the gold file: " + e.getMessage(), e);
        }
        JsonNode notesNode = root.path("notes");
        if (!notesNode.isArray()) throw new IOException(goldJson + ": no \"notes\" array");
        Map<Integer, List<Item>> gold = new LinkedHashMap<>();
        for (JsonNode n : notesNode) {
            int number = n.path("n").asInt(-1);
            if (number < 0) throw new IOException(goldJson + ": a note without its number \"n\"");
            List<Item> items = new ArrayList<>();
            for (JsonNode c : n.path("citations")) items.add(goldItem(c));
            gold.put(number, items);
        }
        Set<String> goldTypes = new HashSet<>(FORMAT_TYPES);
        gold.values().forEach(items -> items.forEach(item -> goldTypes.add(item.values().get("type"))));
        Map<Integer, List<Item>> predicted = new LinkedHashMap<>();
        for (Note note : article.notes()) {
            List<Item> items = new ArrayList<>();
            for (Citation c : note.citations()) items.add(predictedItem(c, goldTypes));
            predicted.merge(note.number(), items, (a, b) -> { a.addAll(b); return a; });
        }
        return score(gold, predicted);
    }

    /** One citation reduced to what is scored. */
    private record Item(String raw, Map<String, String> values, String work) {
    }

    private EvaluationReport score(Map<Integer, List<Item>> gold, Map<Integer, List<Item>> predicted) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String f : FIELDS) counts.put(f, new int[3]);
        List<Mismatch> mismatches = new ArrayList<>();
        TreeSet<Integer> noteNumbers = new TreeSet<>(gold.keySet());
        noteNumbers.addAll(predicted.keySet());
        int goldCount = 0;
        int predictedCount = 0;
        int aligned = 0;
        // for grouping: gold work of each paired predicted citation, and all predicted work ids
        List<String[]> pairedWorks = new ArrayList<>(); // {predicted work, gold work}
        Map<String, Integer> predictedWorkSizes = new HashMap<>();
        Map<String, Integer> goldWorkSizes = new HashMap<>();
        for (int n : noteNumbers) {
            List<Item> g = gold.getOrDefault(n, List.of());
            List<Item> p = predicted.getOrDefault(n, List.of());
            goldCount += g.size();
            predictedCount += p.size();
            for (Item x : g) goldWorkSizes.merge(x.work() == null ? "?gold-" + n : x.work(), 1, Integer::sum);
            for (Item x : p) if (x.work() != null) predictedWorkSizes.merge(x.work(), 1, Integer::sum);
            int[] match = align(g, p);
            boolean[] predictedPaired = new boolean[p.size()];
            for (int i = 0; i < g.size(); i++) {
                int j = match[i];
                if (j < 0) {
                    mismatches.add(new Mismatch(n, i, -1, "citation", g.get(i).raw(), null));
                    for (String f : FIELDS) if (g.get(i).values().get(f) != null) counts.get(f)[2]++;
                    continue;
                }
                aligned++;
                predictedPaired[j] = true;
                compare(n, i, j, g.get(i), p.get(j), counts, mismatches);
                if (p.get(j).work() != null && g.get(i).work() != null) {
                    pairedWorks.add(new String[] {p.get(j).work(), g.get(i).work()});
                }
            }
            for (int j = 0; j < p.size(); j++) {
                if (predictedPaired[j]) continue;
                mismatches.add(new Mismatch(n, -1, j, "citation", null, p.get(j).raw()));
                for (String f : FIELDS) if (p.get(j).values().get(f) != null) counts.get(f)[1]++;
            }
        }
        Map<String, Score> fields = new LinkedHashMap<>();
        Score overall = new Score(0, 0, 0);
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            Score s = new Score(c[0], c[1], c[2]);
            fields.put(e.getKey(), s);
            overall = overall.plus(s);
        }
        Score grouping = grouping(pairedWorks, predictedWorkSizes, goldWorkSizes);
        return new EvaluationReport(fields, overall, grouping, goldCount, predictedCount, aligned, mismatches);
    }

    private static void compare(int note, int gi, int pj, Item g, Item p, Map<String, int[]> counts,
                                List<Mismatch> mismatches) {
        for (String f : FIELDS) {
            String gv = g.values().get(f);
            String pv = p.values().get(f);
            int[] c = counts.get(f);
            if (gv != null && gv.equals(pv)) {
                c[0]++;
                continue;
            }
            if (pv != null) c[1]++;
            if (gv != null) c[2]++;
            if (gv != null || pv != null) mismatches.add(new Mismatch(note, gi, pj, f, gv, pv));
        }
    }

    /** Pairwise grouping score: pairs of citations sharing a work. */
    private static Score grouping(List<String[]> paired, Map<String, Integer> predictedSizes, Map<String, Integer> goldSizes) {
        long predictedPairs = 0;
        for (int size : predictedSizes.values()) predictedPairs += pairs(size);
        long goldPairs = 0;
        for (int size : goldSizes.values()) goldPairs += pairs(size);
        Map<String, Integer> both = new HashMap<>();
        for (String[] pw : paired) both.merge(pw[0] + "\u0000" + pw[1], 1, Integer::sum);
        long tp = 0;
        for (int size : both.values()) tp += pairs(size);
        return new Score((int) tp, (int) (predictedPairs - tp), (int) (goldPairs - tp));
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    /**
     * Monotone alignment of gold and predicted citations maximising total raw-text overlap;
     * returns for each gold citation the index of its predicted partner, or -1.
     */
    static int[] align(List<Item> g, List<Item> p) {
        int m = g.size();
        int k = p.size();
        double[][] best = new double[m + 1][k + 1];
        double[][] sim = new double[m][k];
        for (int i = 0; i < m; i++) for (int j = 0; j < k; j++) sim[i][j] = overlap(g.get(i).raw(), p.get(j).raw());
        for (int i = m - 1; i >= 0; i--) {
            for (int j = k - 1; j >= 0; j--) {
                double skipG = best[i + 1][j];
                double skipP = best[i][j + 1];
                double pair = sim[i][j] >= MIN_OVERLAP ? sim[i][j] + best[i + 1][j + 1] : -1;
                best[i][j] = Math.max(pair, Math.max(skipG, skipP));
            }
        }
        int[] match = new int[m];
        java.util.Arrays.fill(match, -1);
        int i = 0;
        int j = 0;
        while (i < m && j < k) {
            double pair = sim[i][j] >= MIN_OVERLAP ? sim[i][j] + best[i + 1][j + 1] : -1;
            if (pair >= 0 && pair >= best[i][j] - 1e-12) {
                match[i] = j;
                i++;
                j++;
            } else if (best[i + 1][j] >= best[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return match;
    }

    /** Dice coefficient of the word multisets of two texts. */
    static double overlap(String a, String b) {
        Map<String, Integer> wa = words(a);
        Map<String, Integer> wb = words(b);
        int na = 0;
        int nb = 0;
        for (int v : wa.values()) na += v;
        for (int v : wb.values()) nb += v;
        if (na + nb == 0) return 1.0;
        int common = 0;
        for (Map.Entry<String, Integer> e : wa.entrySet()) common += Math.min(e.getValue(), wb.getOrDefault(e.getKey(), 0));
        return 2.0 * common / (na + nb);
    }

    private static Map<String, Integer> words(String s) {
        Map<String, Integer> out = new HashMap<>();
        if (s == null) return out;
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
        int i = 0;
        while (i < t.length()) {
            while (i < t.length() && !Character.isLetterOrDigit(t.charAt(i))) i++;
            int j = i;
            while (j < t.length() && Character.isLetterOrDigit(t.charAt(j))) j++;
            if (j > i) out.merge(t.substring(i, j), 1, Integer::sum);
            i = j;
        }
        return out;
    }

    // ---------------------------------------------------------------- reducing both sides to values

    private static Item goldItem(JsonNode c) {
        Map<String, String> v = new HashMap<>();
        v.put("type", text(c.path("type")));
        v.put("authors", goldAgents(c.path("authors")));
        v.put("editors", goldAgents(c.path("editors")));
        for (String f : new String[] {"title", "container", "volume", "issue", "year", "date", "publisher", "place",
            "url", "un_symbol", "emphasis"}) {
            v.put(f, text(c.path(f)));
        }
        v.put("pages", pages(text(c.path("pages"))));
        v.put("pinpoint", pages(text(c.path("pinpoint"))));
        v.put("signal", signal(text(c.path("signal"))));
        return new Item(text(c.path("raw")), v, text(c.path("work")));
    }

    private static Item predictedItem(Citation c, Set<String> goldTypes) {
        BibFields f = c.fields();
        Map<String, String> v = new HashMap<>();
        v.put("type", goldTypes.contains(c.type().label()) ? c.type().label() : "other");
        v.put("authors", agents(f.authors()));
        v.put("editors", agents(f.editors()));
        v.put("title", clean(f.title()));
        v.put("container", clean(f.container()));
        v.put("volume", clean(f.volume()));
        v.put("issue", clean(f.issue()));
        v.put("year", clean(f.year()));
        v.put("date", clean(f.date()));
        v.put("publisher", clean(f.publisher()));
        v.put("place", clean(f.place()));
        v.put("url", clean(f.url()));
        v.put("un_symbol", clean(f.unSymbol()));
        v.put("emphasis", c.emphasis() == null ? null : c.emphasis().label());
        v.put("pages", pages(clean(f.pages())));
        v.put("pinpoint", pages(clean(c.pinpoint())));
        v.put("signal", signal(clean(c.signal())));
        return new Item(c.raw(), v, c.workId());
    }

    private static String text(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) return null;
        return clean(n.isTextual() ? n.asText() : n.toString());
    }

    static String clean(String s) {
        if (s == null) return null;
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    static String pages(String s) {
        if (s == null) return null;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u2013' || c == '\u2014' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2212') c = '-';
            b.append(c);
        }
        return clean(b.toString().replaceAll(" ?- ?", "-").replaceAll(" ?, ?", ", "));
    }

    static String signal(String s) {
        if (s == null) return null;
        String t = s.strip();
        while (t.endsWith(",")) t = t.substring(0, t.length() - 1).strip();
        return t.isEmpty() ? null : t;
    }

    private static String goldAgents(JsonNode list) {
        if (list == null || !list.isArray() || list.isEmpty()) return null;
        List<String> out = new ArrayList<>();
        for (JsonNode a : list) {
            if (a.has("org")) out.add("org:" + clean(a.path("org").asText()));
            else out.add(person(text(a.path("family")), text(a.path("given")), text(a.path("suffix"))));
        }
        return String.join("; ", out);
    }

    private static String agents(List<Agent> list) {
        if (list.isEmpty()) return null;
        List<String> out = new ArrayList<>();
        for (Agent a : list) {
            if (a instanceof Person p) out.add(person(clean(p.family()), clean(p.given()), clean(p.suffix())));
            else out.add("org:" + clean(((Organization) a).name()));
        }
        return String.join("; ", out);
    }

    private static String person(String family, String given, String suffix) {
        return family + "|" + (given == null ? "" : given) + (suffix == null ? "" : "|" + suffix);
    }
}
