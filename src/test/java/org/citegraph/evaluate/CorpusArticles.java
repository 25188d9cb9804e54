package org.citegraph.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.citegraph.model.Article;
import org.citegraph.notes.NotesParser;
import org.citegraph.page.ArticleReader;
import org.citegraph.page.InputFormat;
import org.citegraph.page.PageException;

/** The corpus tests' shared steps: score an article as {@code evaluate} does, and check a gold file's layout. */
final class CorpusArticles {

    /** The 23 keys of a gold citation, in the sample gold's order. */
    private static final List<String> CITATION_KEYS = List.of("type", "authors", "editors", "title", "container",
            "volume", "issue", "year", "date", "publisher", "place", "pages", "pinpoint", "url", "un_symbol", "un_date",
            "emphasis", "signal", "shortFormOf", "work", "signalInherited", "containerFrom", "raw");

    private CorpusArticles() {}

    /**
     * Reads {@code folder/name.txt} and parses it as the {@code evaluate} command does, scores it
     * against {@code folder/name.json}, prints a summary line and writes it with the per-field
     * report to target/{label}-{name}-report.txt.
     */
    static Scored score(Path folder, String name, String label) throws IOException, PageException {
        Article article = new NotesParser().parse(new ArticleReader().read(folder.resolve(name + ".txt"), InputFormat.AUTO));
        EvaluationReport report = new GoldEvaluator().evaluate(folder.resolve(name + ".json"), article);
        String text = String.format(Locale.ROOT, "%s %s: fields %.4f, grouping %.4f, combined %.4f%n%s", label, name,
                report.overallF1(), report.workGroupingF1(), report.combined(), report.toText());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/" + label + "-" + name + "-report.txt"), text, StandardCharsets.UTF_8);
        System.out.println(text);
        return new Scored(report, text);
    }

    record Scored(EvaluationReport report, String text) {}

    /**
     * What breaks the sample gold's layout in a gold file: a citation without the 23 keys in
     * order, a raw text not found in its note's text in citation order, a short form not pointing
     * back to an earlier full citation of its work.
     */
    static List<String> layoutProblems(Path goldFile) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(Files.readString(goldFile));
        List<String> problems = new ArrayList<>();
        for (JsonNode note : gold.path("notes")) {
            int n = note.path("n").asInt();
            String noteText = note.path("text").asText();
            int from = 0;
            int i = 0;
            for (JsonNode c : note.path("citations")) {
                List<String> keys = new ArrayList<>();
                c.fieldNames().forEachRemaining(keys::add);
                if (!keys.equals(CITATION_KEYS)) problems.add("note " + n + " [" + i + "]: keys " + keys);
                int at = noteText.indexOf(c.path("raw").asText(), from);
                if (at < 0) problems.add("note " + n + " [" + i + "]: raw not found in order in the text");
                else from = at + c.path("raw").asText().length();
                JsonNode shortFormOf = c.path("shortFormOf");
                if (shortFormOf.isObject()) {
                    JsonNode full = citation(gold, shortFormOf.path("n").asInt(), shortFormOf.path("i").asInt());
                    if (full == null || !full.path("shortFormOf").isNull()
                            || !full.path("work").asText().equals(c.path("work").asText())
                            || shortFormOf.path("n").asInt() > n) {
                        problems.add("note " + n + " [" + i + "]: shortFormOf does not point to an earlier full citation of its work");
                    }
                }
                i++;
            }
        }
        return problems;
    }

    private static JsonNode citation(JsonNode gold, int n, int i) {
        for (JsonNode note : gold.path("notes")) {
            if (note.path("n").asInt() == n) {
                JsonNode c = note.path("citations").path(i);
                return c.isMissingNode() ? null : c;
            }
        }
        return null;
    }
}
