package org.citegraph.notes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.citegraph.model.ArticleMetadata;
import org.citegraph.model.ArticlePage;
import org.citegraph.model.NoteText;

/**
 * Builds an {@link ArticlePage} from a plain-text page for tests: the numbered lines ("N text")
 * after the line "References". Only the notes are read; the header is not the parser's business.
 */
public final class SamplePages {

    private SamplePages() {
    }

    public static ArticlePage read(Path file) throws IOException {
        return fromLines(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    public static ArticlePage fromLines(String source, List<String> lines) {
        List<NoteText> notes = new ArrayList<>();
        boolean inReferences = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().equals("References")) {
                inReferences = true;
                continue;
            }
            if (!inReferences || line.isBlank()) continue;
            int sp = line.indexOf(' ');
            if (sp <= 0) continue;
            String number = line.substring(0, sp);
            if (!number.chars().allMatch(Character::isDigit)) continue;
            notes.add(new NoteText(Integer.parseInt(number), i + 1, line.substring(sp + 1)));
        }
        return new ArticlePage(source, emptyMetadata(), notes, List.of());
    }

    /** A page whose notes are the given texts, numbered from 1. */
    public static ArticlePage ofNotes(String... texts) {
        List<NoteText> notes = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) notes.add(new NoteText(i + 1, i + 1, texts[i]));
        return new ArticlePage("test.txt", emptyMetadata(), notes, List.of());
    }

    static ArticleMetadata emptyMetadata() {
        return new ArticleMetadata(null, List.of(), null, null, null, null, null, null, null, null);
    }
}
