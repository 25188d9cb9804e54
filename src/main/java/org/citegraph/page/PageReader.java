package org.citegraph.page;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citegraph.model.ArticleAuthor;
import org.citegraph.model.ArticleMetadata;
import org.citegraph.model.ArticlePage;
import org.citegraph.model.Diagnostic;
import org.citegraph.model.NoteText;
import org.citegraph.model.Person;

/**
 * Reads an article page given as plain text: a publisher's landing page (Cambridge Core layout:
 * title, publication line, authors with affiliations, abstract, type, copyright, then the numbered
 * notes under a "References" or "Notes" heading) or a bare numbered notes file ({@code 1 text},
 * {@code 1. text}, {@code [1] text}). An author–date article's reference list under such a heading
 * may be unnumbered: its entries become notes 1, 2, 3 … in list order, marked as reference-list
 * entries ({@link NoteText#referenceListEntry()}).
 *
 * <p>Header fields the page does not give stay null; nothing is guessed. Notes are recognised by
 * their numbers running in sequence, so a line that happens to start with a number (a year, a page)
 * continues the note before it instead of starting a bogus one.
 */
public final class PageReader {

    /** "1 text", "1. text", "[1] text"; not "1 - Introduction", a chapter's number and title on its page. */
    private static final Pattern NOTE_START = Pattern.compile("^\\s*(?:\\[(\\d{1,4})]|(\\d{1,4})\\.?)\\s+(?![-\u2013\u2014]\\s)(\\S.*)$");
    private static final Pattern BARE_NOTE_NUMBER = Pattern.compile("^\\s*(?:\\[(\\d{1,4})]|(\\d{1,4})\\.?)\\s*$");
    private static final Pattern NOTES_HEADING = Pattern.compile(
            "^\\s*(References|Notes|Footnotes|Endnotes|Bibliography|Works Cited|Reference List)\\s*:?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLISHED_ONLINE = Pattern.compile(
            "^\\s*Published online by (.+?):[\\s\\u00A0]*(\\d{1,2} \\p{L}+ \\d{4})\\s*$");
    private static final Pattern ON_BEHALF_OF = Pattern.compile("on behalf of (.+?)\\.?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLISHED_BY = Pattern.compile("Published by (.+?)(?: on behalf of|\\.\\s*$|$)");
    private static final Pattern DOI = Pattern.compile("\\b(?:doi:\\s*|https?://(?:dx\\.)?doi\\.org/)(10\\.\\d{4,9}/\\S+?)[.,;]?(?:\\s|$)",
            Pattern.CASE_INSENSITIVE);

    /** Page furniture that carries no content: link labels and widgets around references. */
    private static final List<Pattern> FURNITURE = List.of(
            Pattern.compile("^Hostname: .*Render date.*$"),
            Pattern.compile("^(Google Scholar|Crossref|CrossRef|PubMed|Web of Science|Find this resource|Open in viewer|Cited by|"
                    + "Save article to Kindle|Save to Dropbox|Save to Google Drive|Article Metrics|Access options|Full text views|"
                    + "Download full list|Show all|Hide All|Export citation|Request permissions|Recommend this journal|Footnotes?|"
                    + "WorldCat|OpenURL Placeholder Text|Search ADS|Scopus|Europe PMC|PubMed Central|"
                    + "View all notes|View all references|Back to top|Open in new tab|Download PDF|Reprints & Permissions)\\.?$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^Get access to the full version of this content.*$"));

    /** Reads a file; a missing, unreadable or non-text file is reported as {@link PageException}. */
    public ArticlePage read(Path file) throws PageException {
        Path name = file.getFileName();
        return read(name == null ? file.toString() : name.toString(), ArticleReader.readText(file));
    }

    /** Reads page text; {@code source} names it in messages. */
    public ArticlePage read(String source, String text) throws PageException {
        List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().map(PageReader::withoutLinkLabels).toList();
        List<Diagnostic> diagnostics = new ArrayList<>();
        int headingIndex = findNotesHeading(lines);
        List<String> headerLines = headingIndex < 0 ? List.of() : lines.subList(0, headingIndex);
        int notesFrom = headingIndex < 0 ? 0 : headingIndex + 1;

        // the notes' own diagnostics are kept only if the notes are what is read
        List<Diagnostic> noteDiagnostics = new ArrayList<>();
        List<NoteText> notes = readNotes(source, lines, notesFrom, noteDiagnostics);
        int listHeading = notes.isEmpty() ? -1 : authorDateListHeading(lines);
        if (listHeading >= 0 && commentary(notes)) {
            // An author–date article that also prints its footnotes: the reference list holds the works cited;
            // the notes comment on the text and cite by author and year, so the list is what is read.
            List<NoteText> entries = readUnnumberedEntries(lines, listHeading + 1);
            if (entries.size() >= MIN_LIST_ENTRIES) {
                diagnostics.add(Diagnostic.warning(source, listHeading + 1, 0, "an author–date article: its reference list ("
                        + entries.size() + " entries) is read, not its " + notes.size() + " numbered notes, which comment on the text"));
                noteDiagnostics.clear();
                notes = entries;
                if (headingIndex < 0 || headingIndex > listHeading) {
                    headingIndex = listHeading;
                    headerLines = lines.subList(0, listHeading);
                }
            }
        }
        diagnostics.addAll(noteDiagnostics);
        if (notes.isEmpty() && headingIndex < 0) {
            // No numbered notes anywhere: an author–date article whose reference list is not numbered.
            headingIndex = findListHeading(lines);
            if (headingIndex >= 0) {
                headerLines = lines.subList(0, headingIndex);
                notes = readUnnumberedEntries(lines, headingIndex + 1);
            }
        }
        ArticleMetadata metadata = readHeader(headingIndex < 0 ? headerBeforeFirstNote(lines) : headerLines);
        if (notes.isEmpty()) {
            throw new PageException(source + ": no numbered notes found"
                    + (headingIndex < 0 ? " (no References/Notes heading and no lines like '1 text')" : " after line " + (headingIndex + 1)));
        }
        return new ArticlePage(source, metadata, notes, diagnostics);
    }

    private static final int MIN_LIST_ENTRIES = 5;
    private static final Pattern LIST_HEADING = Pattern.compile("^\\s*(References|Reference List|Works Cited|Literature)\\s*:?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** An author–date entry's start: names, then the year at once ("Buzan, B. (2004)", "Buzan, Barry. 2004."). */
    private static final Pattern AUTHOR_YEAR_ENTRY = Pattern.compile("^\\p{Lu}[^()]{0,150}?(?:\\(\\d{4}[a-z]?[),]|[.,] \\d{4}[a-z]?\\.)");
    /** What a footnote that cites in full shows: a quoted title, ibid., op. cit., supra, an imprint, "pp.". */
    private static final Pattern FULL_CITATION_MARK = Pattern.compile(
            "[\u2018\u201C]|\\b(?:[Ii]bid|op\\. cit|supra)\\b|\\(\\p{Lu}[\\p{L} ,.]{1,40}: [^)]{2,80}\\d{4}\\)|\\bpp\\. \\d");

    /**
     * A heading ("References", "Works Cited") whose content is an unnumbered list of author–date entries
     * (most of its first ten start with names and a year); -1 if the page has none.
     */
    private static int authorDateListHeading(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!LIST_HEADING.matcher(lines.get(i)).matches()) continue;
            int seen = 0;
            int authorYear = 0;
            for (int j = i + 1; j < lines.size() && seen < 10; j++) {
                String l = lines.get(j).strip();
                if (l.isEmpty() || isFurniture(l)) continue;
                if (NOTES_HEADING.matcher(l).matches()) break;
                if (NOTE_START.matcher(l).matches() && seen == 0) break; // numbered notes under this heading
                seen++;
                if (AUTHOR_YEAR_ENTRY.matcher(l).find()) authorYear++;
            }
            if (seen >= MIN_LIST_ENTRIES && authorYear * 10 >= seen * 6) return i;
        }
        return -1;
    }

    /** Notes that comment rather than cite: fewer than three in ten show the marks of a full citation. */
    private static boolean commentary(List<NoteText> notes) {
        int citing = 0;
        for (NoteText n : notes) if (FULL_CITATION_MARK.matcher(n.text()).find()) citing++;
        return citing * 10 < notes.size() * 3;
    }

    /** The last notes heading whose first line of content is note 1. */
    private static int findNotesHeading(List<String> lines) {
        return findHeading(lines, line -> {
            Matcher m = NOTE_START.matcher(line);
            return m.matches() && noteNumber(m) == 1;
        });
    }

    /** The last notes heading followed by text at all (an unnumbered reference list). */
    private static int findListHeading(List<String> lines) {
        return findHeading(lines, line -> true);
    }

    /** The last notes heading whose first line of content (page furniture skipped) passes {@code accepts}; -1 if none. */
    private static int findHeading(List<String> lines, Predicate<String> accepts) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!NOTES_HEADING.matcher(lines.get(i)).matches()) continue;
            for (int j = i + 1; j < lines.size(); j++) {
                String l = lines.get(j);
                if (l.isBlank() || isFurniture(l)) continue;
                if (accepts.test(l)) return i;
                break;
            }
        }
        return -1;
    }

    /**
     * The entries of an unnumbered reference list, numbered 1, 2, 3 … in their order. Where blank
     * lines separate the entries, an entry is a paragraph (its lines joined); where none do, every
     * line is an entry unless it continues a wrapped one: it starts in lower case or with a digit, or
     * the line before ends mid-sentence (comma, colon, semicolon, dash, ampersand, open bracket).
     */
    private static List<NoteText> readUnnumberedEntries(List<String> lines, int from) {
        boolean paragraphs = false;
        for (int i = from + 1; i < lines.size() - 1; i++) {
            if (lines.get(i).isBlank() && !lines.get(i - 1).isBlank() && !lines.get(i + 1).isBlank()) {
                paragraphs = true;
                break;
            }
        }
        List<NoteText> entries = new ArrayList<>();
        StringBuilder current = null;
        int currentLine = 0;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (startsNumberedSection(lines, i)) break; // the footnotes after the list: not entries
            boolean furniture = isFurniture(line);
            if (line.isBlank() || furniture) {
                // A blank line ends a paragraph entry; a link label ("Google Scholar") ends any entry.
                if (current != null && (furniture || paragraphs)) {
                    entries.add(entry(entries.size() + 1, currentLine, current));
                    current = null;
                }
                continue;
            }
            String text = line.strip();
            boolean continues = current != null && (paragraphs && !nextEntryOnItsLine(current, text)
                    || Character.isLowerCase(text.codePointAt(0)) || Character.isDigit(text.codePointAt(0))
                    || ",:;&(–-".indexOf(current.charAt(current.length() - 1)) >= 0);
            if (continues) {
                current.append(' ').append(text);
            } else {
                if (current != null) entries.add(entry(entries.size() + 1, currentLine, current));
                current = new StringBuilder(text);
                currentLine = i + 1;
            }
        }
        if (current != null) entries.add(entry(entries.size() + 1, currentLine, current));
        return entries;
    }

    /**
     * In a list of paragraphs, two entries copied without the blank line between them: the line opens with
     * names and a year as an entry does, and the entry before has ended (a full stop, a bracket or a link).
     */
    private static boolean nextEntryOnItsLine(StringBuilder current, String line) {
        if (!AUTHOR_YEAR_ENTRY.matcher(line).find()) return false;
        char last = current.charAt(current.length() - 1);
        if (last == '.' || last == ')') return true;
        int space = current.lastIndexOf(" ");
        String lastWord = current.substring(space + 1);
        return lastWord.startsWith("http") || lastWord.startsWith("doi:");
    }

    /** A heading ("Notes", "Footnotes") whose next line of content is note 1. */
    private static boolean startsNumberedSection(List<String> lines, int i) {
        String l = lines.get(i).strip();
        if (!NOTES_HEADING.matcher(l).matches()) return false;
        for (int j = i + 1; j < lines.size(); j++) {
            String next = lines.get(j);
            if (next.isBlank()) continue;
            Matcher m = NOTE_START.matcher(next);
            return m.matches() && noteNumber(m) == 1;
        }
        return false;
    }

    private static NoteText entry(int number, int line, StringBuilder text) {
        return new NoteText(number, line, text.toString().strip(), true);
    }

    private static List<String> headerBeforeFirstNote(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = NOTE_START.matcher(lines.get(i));
            if (m.matches() && noteNumber(m) == 1) return lines.subList(0, i);
        }
        return List.of();
    }

    private static int noteNumber(Matcher m) {
        return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
    }

    /** "… 612–635. [Crossref], [Web of Science ®], [Google Scholar]": the links a publisher's site prints after an entry. */
    private static final Pattern LINK_LABELS = Pattern.compile(
            "(?:,?\\s*\\[(?:Crossref|CrossRef|Google Scholar|Web of Science ®?|PubMed|Scopus|CAS|PubMed Central|WorldCat)\\])+\\s*$");

    private static String withoutLinkLabels(String line) {
        if (line.indexOf('[') < 0 || !line.endsWith("]") && !line.endsWith("] ")) return line; // the cheap test first
        return LINK_LABELS.matcher(line).replaceFirst("");
    }

    private static boolean isFurniture(String line) {
        String t = line.strip();
        for (Pattern p : FURNITURE) {
            if (p.matcher(t).matches()) return true;
        }
        return false;
    }

    private static List<NoteText> readNotes(String source, List<String> lines, int from, List<Diagnostic> diagnostics) {
        List<NoteText> notes = new ArrayList<>();
        int expected = 1;
        int currentLine = 0;
        StringBuilder current = null;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || isFurniture(line)) continue;
            if (current != null && NOTES_HEADING.matcher(line).matches()) {
                // Another section (an unnumbered reference list after the footnotes): not part of the last note.
                diagnostics.add(Diagnostic.warning(source, i + 1, 0,
                        "section '" + line.strip() + "' after note " + (expected - 1) + " not read: only the numbered notes are"));
                break;
            }
            Matcher m = NOTE_START.matcher(line);
            int number = m.matches() ? noteNumber(m) : -1;
            String text = number < 0 ? null : m.group(3);
            if (number < 0) {
                // "1" on a line of its own, the note's text on the next: how some pages lay footnotes out
                Matcher bare = BARE_NOTE_NUMBER.matcher(line);
                String next = bare.matches() ? nextTextLine(lines, i + 1) : null;
                if (next != null && startsLikeNote(next)) {
                    number = noteNumber(bare);
                    text = "";
                }
            }
            if (number == expected || (number > expected && number <= expected + 2 && current != null
                    && (text.isEmpty() || startsLikeNote(text)))) { // a bare number was checked against the next line
                if (current != null) notes.add(new NoteText(expected - 1, currentLine, current.toString().strip()));
                if (number != expected) {
                    diagnostics.add(Diagnostic.warning(source, i + 1, number,
                            "notes " + expected + (number - 1 > expected ? "-" + (number - 1) : "") + " missing; numbering resumes here"));
                }
                current = new StringBuilder(text.strip());
                currentLine = i + 1;
                expected = number + 1;
            } else if (current != null) {
                current.append(' ').append(line.strip());
            }
        }
        if (current != null) notes.add(new NoteText(expected - 1, currentLine, current.toString().strip()));
        return notes;
    }

    /** The next line with text that is no page furniture, from {@code from}; null at the end. */
    private static String nextTextLine(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !isFurniture(line)) return line.strip();
        }
        return null;
    }

    private static boolean startsLikeNote(String rest) {
        return !rest.isEmpty() && (Character.isUpperCase(rest.codePointAt(0)) || "‘“\"'".indexOf(rest.charAt(0)) >= 0);
    }

    /** A chapter's number and title on a book's page: "6 - Taking from the Heavens", "XII – Title". */
    private static final Pattern CHAPTER_LINE = Pattern.compile("(?:\\d{1,3}|[IVXLC]{1,6})\\s+[-\u2013\u2014]\\s+(\\S.*)");

    private static ArticleMetadata readHeader(List<String> header) {
        List<String> lines = header.stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !isFurniture(l)).toList();
        String title = null, publisher = null, online = null, type = null, copyright = null, onBehalfOf = null, doi = null;
        String book = null;
        StringBuilder abstractText = new StringBuilder();
        List<ArticleAuthor> authors = new ArrayList<>();
        List<String> pendingNames = new ArrayList<>();
        String section = "top";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher pub = PUBLISHED_ONLINE.matcher(line);
            if (pub.matches()) {
                publisher = pub.group(1).strip();
                online = Dates.isoDate(pub.group(2));
                section = "authors";
                continue;
            }
            if (doi == null) {
                Matcher d = DOI.matcher(line + " ");
                if (d.find() && !section.equals("abstract")) doi = d.group(1).toLowerCase(java.util.Locale.ROOT);
            }
            switch (line) {
                case "Affiliation:", "Affiliations:" -> {
                    String affiliation = i + 1 < lines.size() ? lines.get(++i) : null;
                    for (String name : pendingNames) authors.add(author(name, affiliation));
                    pendingNames.clear();
                    continue;
                }
                case "Abstract", "Summary" -> { section = "abstract"; continue; } // a chapter's page says "Summary"
                case "Type" -> { if (i + 1 < lines.size()) type = lines.get(++i); section = "after"; continue; }
                case "Copyright" -> {
                    if (i + 1 < lines.size()) copyright = lines.get(++i);
                    section = "after";
                    continue;
                }
                case "Keywords" -> { section = "after"; i++; continue; }
                default -> { }
            }
            switch (section) {
                case "top" -> {
                    Matcher chapter = CHAPTER_LINE.matcher(line);
                    if (title != null && book == null && chapter.matches()) {
                        // "6 - Taking from the Heavens" under the book's title: the page is a chapter's
                        book = title;
                        title = chapter.group(1).strip();
                    } else if (title == null) {
                        title = line;
                    }
                }
                case "authors" -> pendingNames.addAll(splitAuthorNames(line));
                case "abstract" -> {
                    if (abstractText.length() > 0) abstractText.append('\n');
                    abstractText.append(line);
                }
                default -> { }
            }
        }
        for (String name : pendingNames) authors.add(author(name, null));
        if (copyright != null) {
            Matcher b = ON_BEHALF_OF.matcher(copyright);
            if (b.find()) onBehalfOf = b.group(1).strip();
            if (publisher == null) {
                Matcher p = PUBLISHED_BY.matcher(copyright);
                if (p.find()) publisher = p.group(1).strip();
            }
        }
        return new ArticleMetadata(title, authors, online, publisher, onBehalfOf, type, copyright,
                abstractText.length() == 0 ? null : abstractText.toString(), null, doi, book);
    }

    /** "A and B", "A, B and C", each possibly carrying a "*" corresponding-author mark. */
    private static List<String> splitAuthorNames(String line) {
        List<String> names = new ArrayList<>();
        for (String part : line.split("\\s*,\\s*|\\s+and\\s+|\\s*&\\s*")) {
            if (!part.isBlank()) names.add(part.strip());
        }
        return names;
    }

    private static ArticleAuthor author(String marked, String affiliation) {
        boolean corresponding = marked.endsWith("*");
        String name = marked.replaceAll("[*†‡§]+$", "").strip();
        int space = name.lastIndexOf(' ');
        Person person = space < 0 ? new Person(name, null) : new Person(name.substring(space + 1), name.substring(0, space));
        return new ArticleAuthor(person, affiliation, corresponding);
    }
}
