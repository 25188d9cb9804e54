package org.citegraph.notes;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.citegraph.model.CitationType;

/**
 * Unpublished documents in an archive, as a historian cites them, archive first or item first:
 * "League of Nations Archives, Geneva, R1643/41/51234, Memorandum by Erik Vannberg, May 3, 1926",
 * "Letter from A to B, 12 November 1930, FO 371/14567, The National Archives, Kew". The item is the
 * work: its description as written is the title, the writer ("by X", "from X") its author, the archive
 * its container and the archive's city its place; the file reference has no field. The gold format
 * has no type for them, so they are {@code other}.
 */
final class Archives {

    private Archives() {
    }

    /** How the description of an archived item begins. */
    private static final Set<String> ITEM_WORDS = Set.of("memorandum", "letter", "note", "minute", "minutes", "telegram", "despatch",
            "dispatch", "cable", "circular", "record", "aide-memoire", "aide-mémoire", "report", "draft", "diary", "notes", "instructions");

    /** A file reference in an archive: "FO 83/1198", "R1643/41/51234", "RG 59/2231". */
    private static final java.util.regex.Pattern FILE_REFERENCE = java.util.regex.Pattern.compile("\\p{Lu}{1,5} ?\\d+(?:/\\d+)+");

    static boolean parse(String t, Draft d) {
        if (t.indexOf("Archive") < 0 && t.indexOf("Record Office") < 0) return repeated(t, d); // the cheap test first
        List<String> parts = CitationParser.joinUsDates(Scan.of(t).splitTopCommas(0, t.length()));
        int archive = -1;
        int item = -1;
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i).strip();
            if (archive < 0 && namesArchive(p)) archive = i;
            else if (item < 0 && describesItem(p)) item = i;
        }
        if (archive < 0 || item < 0) return false;
        d.type = CitationType.OTHER;
        String description = parts.get(item).strip();
        d.fields.title(description);
        String archiveName = parts.get(archive).strip();
        int bracket = archiveName.indexOf(" (");
        if (bracket > 0 && archiveName.endsWith(")")) {
            // "National Archives (Kew)": the archive's city in brackets
            d.fields.place(archiveName.substring(bracket + 2, archiveName.length() - 1));
            archiveName = archiveName.substring(0, bracket);
        }
        d.fields.container(archiveName);
        String writer = writer(description);
        if (writer != null) d.fields.authors(CitationParser.agents(writer));
        if (archive + 1 < parts.size() && archive + 1 != item && isPlace(parts.get(archive + 1).strip())) {
            String place = parts.get(archive + 1).strip(); // "…, League of Nations Archives, Geneva"
            // "…, National Archives, College Park, MD": a US state's postal code goes with its city
            if (archive + 2 < parts.size() && parts.get(archive + 2).strip().matches("[A-Z]{2}\\.?")) {
                place = place + ", " + parts.get(archive + 2).strip().replace(".", "");
            }
            d.fields.place(place);
        }
        for (String part : parts) {
            Dates.Parsed date = Dates.whole(part.strip());
            if (date != null && d.fields.year() == null) {
                d.fields.year(date.year());
                if (date.iso() != null) d.fields.date(date.iso());
            }
        }
        return true;
    }

    /**
     * "Memorandum by Arthur Whitlock, June 2, 1898, FO 83/1198": an archived item cited again, by its
     * description, date and file without the archive (named when it was first cited). A short form:
     * the writer's family name and the description as written, as for other works cited again.
     */
    private static boolean repeated(String t, Draft d) {
        char c = t.isEmpty() ? ' ' : t.charAt(0);
        if (c != 'M' && c != 'L' && c != 'T' && c != 'D' && c != 'N' && c != 'C' && c != 'R') return false;
        List<String> parts = CitationParser.joinUsDates(Scan.of(t).splitTopCommas(0, t.length()));
        if (parts.size() < 3 || !describesItem(parts.get(0).strip())) return false;
        String description = parts.get(0).strip();
        String writer = writer(description);
        if (writer == null || Names.kind(writer) != Names.Kind.FULL) return false;
        boolean dated = false;
        boolean filed = false;
        for (String part : parts.subList(1, parts.size())) {
            String p = part.strip();
            if (Dates.whole(p) != null) dated = true;
            else if (FILE_REFERENCE.matcher(p).matches()) filed = true;
            else return false;
        }
        if (!dated || !filed) return false;
        d.type = CitationType.OTHER;
        d.fields.authors(List.of(new org.citegraph.model.Person(Names.person(writer).family(), null, null))).title(description);
        d.shortTitle = description;
        d.shortKind = Draft.ShortKind.AUTHOR_TITLE;
        return true;
    }

    /** "League of Nations Archives", "The National Archives", "Public Record Office": a name, no file number in it. */
    private static boolean namesArchive(String p) {
        if (p.isEmpty() || !Character.isUpperCase(p.charAt(0)) || p.length() > 80) return false;
        int bracket = p.indexOf(" (");
        if (bracket > 0 && p.endsWith(")") && isPlace(p.substring(bracket + 2, p.length() - 1))) p = p.substring(0, bracket);
        for (int i = 0; i < p.length(); i++) if (Character.isDigit(p.charAt(i))) return false;
        return p.endsWith("Archives") || p.endsWith("Archive") || p.startsWith("Archives ") || p.endsWith("Record Office")
                || p.contains(" Archives of ") || p.contains(" Archive of ");
    }

    /** At {@code s}: an archived item's description ("Telegram 1187 from …"), with its archive named before {@code end}. */
    static boolean startsItem(String t, int s, int end) {
        int comma = t.indexOf(',', s);
        if (comma < 0 || comma >= end || !describesItem(t.substring(s, comma))) return false;
        String rest = t.substring(comma, end);
        return rest.contains("Archive") || rest.contains("Record Office");
    }

    private static boolean describesItem(String p) {
        int sp = p.indexOf(' ');
        if (sp <= 0 || !Character.isUpperCase(p.charAt(0))) return false;
        return ITEM_WORDS.contains(p.substring(0, sp).toLowerCase(Locale.ROOT));
    }

    private static final String[] NAME_ENDS = {" to ", " on ", " regarding ", " concerning ", " about "};

    /** "Memorandum by Erik Vannberg" → "Erik Vannberg"; "Letter from A to B" → "A"; else null. */
    private static String writer(String description) {
        int by = description.indexOf(" by ");
        int from = description.indexOf(" from ");
        int start = by >= 0 && (from < 0 || by < from) ? by + 4 : from >= 0 ? from + 6 : -1;
        if (start < 0) return null;
        // "Letter from A to B", "Memorandum by A on Access to Files", "Note by A concerning …": the name ends at the
        // word that says to whom or on what
        int to = description.length();
        for (String w : NAME_ENDS) {
            int k = description.indexOf(w, start);
            if (k > 0 && k < to) to = k;
        }
        String name = description.substring(start, to).strip();
        if (name.isEmpty()) return null;
        Names.Kind kind = Names.kind(name);
        return kind == Names.Kind.FULL || kind == Names.Kind.ORG ? name : null;
    }

    /** "Geneva", "Kew", "College Park, MD" is cut at its comma: one to three capitalised words, no digit. */
    private static boolean isPlace(String p) {
        if (p.isEmpty() || p.length() > 30 || !Character.isUpperCase(p.charAt(0))) return false;
        String[] words = p.split(" ");
        if (words.length > 3) return false;
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
            for (int i = 0; i < w.length(); i++) if (Character.isDigit(w.charAt(i))) return false;
        }
        return true;
    }
}
