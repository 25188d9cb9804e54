package org.citegraph.notes;

import java.util.ArrayList;
import java.util.List;

import org.citegraph.model.CitationRef;
import org.citegraph.model.CitationType;
import org.citegraph.model.Emphasis;

/** A citation while it is being parsed and resolved; becomes a {@code Citation} at the end. */
final class Draft {

    /** How a short form points back at its work. */
    enum ShortKind {
        /** "Ibid.", "Id. at 5": the previous citation's work. */
        IBID,
        /** "Buzan, From International, p. 5": family names and a short title. */
        AUTHOR_TITLE,
        /** "Buzan, p. 5", "Buzan, op. cit.": family names only. */
        AUTHOR_ONLY,
        /** "‘Unbreakable Brotherhood’, p. 5": a short title only. */
        TITLE_ONLY,
        /** "Muggah, supra note 12, at 5", "Buzan (n 3) 45": the work cited in that note. */
        SUPRA,
        /** "Buzan 2004a, 45", "Buzan (2004: 45)": family names and year. */
        AUTHOR_YEAR,
        /** "S/PV.7796, p. 10": a bare UN symbol. */
        UN_SYMBOL
    }

    final int note;
    int position;
    int sentence;
    /** A reference-list entry, as the splitter found. */
    boolean entry;
    final int line;
    final String raw;
    String signal;
    boolean signalInherited;
    Emphasis emphasis;

    CitationType type;
    Fields fields = new Fields();
    String pinpoint;

    ShortKind shortKind;
    /** The note's text and where the citation starts in it, for the words before it (see {@link #before()}). */
    String noteText = "";
    int start;
    /** A sentence of prose read as a short form, which names no work: it is no citation (see WorkRegistry#resolve). */
    boolean prose;
    String shortTitle;
    int supraNote;
    String yearSuffix;
    /** A chapter whose book is named only by its editors' family names and a (short) title. */
    boolean abbreviatedBook;
    /** The full title of that book, from its first description; the work takes it. */
    String bookTitle;
    /** A short form read as a case's name because a case cited earlier has that name. */
    boolean namesCase;
    /** The year of the report a case's short name goes with ("Nicaragua, 1986 I.C.J. ¶ 190"), else null. */
    String caseYear;
    /** The case number a short form names its case by ("A/18" of "Case No. A/18, 268–69"), else null. */
    String caseNumber;
    /** Whether a case's short name was followed by the kind of decision ("Wall Advisory Opinion"). */
    boolean caseDecisionNamed;
    /** The short name this citation defines for its work ("[hereinafter VCLT]"), else null. */
    String alias;
    /** A short form that starts with a short name an earlier citation defined ("VCLT art. 31"). */
    boolean namesAlias;
    /** "Idem", "Eadem", "———": the authors are those of the previous citation. */
    boolean sameAuthorsAsPrevious;
    /** The UN organ the note is about where the citation starts ("S", "A", …), else null: see {@link UnCitations.OrganContext}. */
    String unOrgan;
    /** True when the parser had to guess because the text matched no known shape. */
    boolean unparsed;

    CitationRef shortFormOf;
    CitationRef containerFrom;
    String workId;

    final List<String> warnings = new ArrayList<>(1);

    Draft(int note, int line, String raw) {
        this.note = note;
        this.line = line;
        this.raw = raw;
    }

    boolean isShort() {
        return shortKind != null;
    }

    CitationRef ref() {
        return new CitationRef(note, position);
    }

    /** Up to 160 characters of the note before the citation: "… by Anand-Rourke in his introduction (supra n. 2, xxiv)". */
    String before() {
        return noteText.substring(Math.max(0, start - 160), start);
    }
}
