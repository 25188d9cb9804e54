package org.citegraph.notes;

import java.util.ArrayList;
import java.util.List;

import org.citegraph.model.Agent;
import org.citegraph.model.Article;
import org.citegraph.model.ArticlePage;
import org.citegraph.model.Citation;
import org.citegraph.model.NoteText;
import org.citegraph.model.Organization;
import org.citegraph.model.Person;

/** Small helpers shared by the note-style tests. */
final class NotesAssertions {

    private NotesAssertions() {
    }

    static Article parse(String... notes) {
        return new NotesParser().parse(SamplePages.ofNotes(notes));
    }

    /** Parses the texts as the entries 1, 2, 3 … of an unnumbered reference list. */
    static Article parseEntries(String... entries) {
        List<NoteText> notes = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) notes.add(new NoteText(i + 1, i + 1, entries[i], true));
        return new NotesParser().parse(new ArticlePage("list.txt", SamplePages.emptyMetadata(), notes, List.of()));
    }

    /** The citation at (note number, position). */
    static Citation cite(Article a, int note, int position) {
        return a.notes().get(note - 1).citations().get(position);
    }

    static List<Citation> cites(Article a, int note) {
        return a.notes().get(note - 1).citations();
    }

    /** "Family|Given" for persons (given may be null), "org:Name" for organisations. */
    static List<String> names(List<Agent> agents) {
        return agents.stream().map(a -> a instanceof Person p
                ? p.family() + "|" + p.given() + (p.suffix() == null ? "" : "|" + p.suffix())
                : "org:" + ((Organization) a).name()).toList();
    }
}
