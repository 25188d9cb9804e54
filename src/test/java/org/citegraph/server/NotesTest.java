package org.citegraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class NotesTest {

    private static Notes.ReferenceItem ref(String text, String href) {
        return new Notes.ReferenceItem(1, href == null ? null : new Values.Link("w", href, null, false), null, List.of(), null, null, text);
    }

    @Test
    void eachReferenceTextInTheNoteBecomesALinkToItsWork() {
        String note = "See A, Title One (2001), p. 3; B, Title Two (2004). Also useful.";
        List<Notes.Segment> segments = Notes.segments(note, List.of(
                ref("A, Title One (2001), p. 3", "/w1"), ref("B, Title Two (2004)", "/w2")));
        assertThat(segments).containsExactly(
                new Notes.Segment("See ", null),
                new Notes.Segment("A, Title One (2001), p. 3", "/w1"),
                new Notes.Segment("; ", null),
                new Notes.Segment("B, Title Two (2004)", "/w2"),
                new Notes.Segment(". Also useful.", null));
    }

    @Test
    void referencesNotFoundVerbatimOrWithoutAWorkStayPlainText() {
        String note = "Ibid., p. 4; C, Other.";
        List<Notes.Segment> segments = Notes.segments(note, List.of(
                ref("Ibidem, p. 4", "/w1"), ref("C, Other", null)));
        assertThat(segments).containsExactly(new Notes.Segment(note, null));
    }

    @Test
    void aRepeatedTextIsMatchedInOrder() {
        String note = "X; X";
        assertThat(Notes.segments(note, List.of(ref("X", "/a"), ref("X", "/b")))).containsExactly(
                new Notes.Segment("X", "/a"), new Notes.Segment("; ", null), new Notes.Segment("X", "/b"));
    }

    @Property
    void theSegmentsAlwaysSpellTheWholeNote(@ForAll @StringLength(max = 80) String note,
                                             @ForAll @StringLength(max = 10) String first,
                                             @ForAll @StringLength(max = 10) String second) {
        List<Notes.Segment> segments = Notes.segments(note, List.of(ref(first, "/1"), ref(second, "/2")));
        assertThat(String.join("", segments.stream().map(Notes.Segment::text).toList())).isEqualTo(note);
    }

    @Test
    void anchorsAreSafeIds() {
        assertThat(Notes.anchor("12")).isEqualTo("note-12");
        assertThat(Notes.anchor("3a \"x\"")).isEqualTo("note-3a__x_");
    }
}
