package org.citegraph.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citegraph.model.UnSymbol;
import org.citegraph.un.UnReference;
import org.citegraph.un.UnReferenceRecognizer;
import org.citegraph.un.UnSymbolParser;
import org.citegraph.un.UnSymbolResult;

/**
 * UN documents in citation text, read by the {@code un} stage's {@link UnReferenceRecognizer}: cited
 * documents ({@code U.N. Doc. A/RES/61/295}), bare symbols ({@code S/RES/2334 (2016)}), resolutions cited
 * by number ({@code SC Res. 713}, {@code G.A. Res. 73/331}, {@code Security Council Resolution 2334 (2016)},
 * and {@code Resolution 2014 (2011)} when the note makes the organ clear). The symbol comes back in
 * canonical form with the recognizer's warnings (a repaired or unreadable symbol is never silently
 * accepted); an unreadable symbol is kept as written.
 */
final class UnCitations {

    private UnCitations() {
    }

    /**
     * The UN reference a citation is about. {@code symbol} is canonical when {@code parsed} is set, else the
     * identifier as written; {@code start}..{@code end} is the reference (cue words included), {@code rest}
     * where the rest of the citation (locators, a date) begins; {@code date} the ISO date the recognizer read
     * right after it, when the rest does not repeat it; {@code built} whether the symbol was built from a
     * resolution's number ("S.C. Res. 713") rather than written out.
     */
    record Found(String symbol, UnSymbol parsed, UnReference.Style style, int start, int end, int rest,
                 String date, List<String> warnings, boolean built) {

        boolean bare() {
            return style == UnReference.Style.BARE_SYMBOL;
        }

        boolean resolutionNumber() {
            return style == UnReference.Style.RESOLUTION_NUMBER;
        }
    }

    /**
     * The reference a citation cites: the first one at its start or right after an issuing organisation
     * ("UN Security Council, Resolution 2334 (2016)"), else the first cited document ("…, UN Doc S/2019/440").
     * A resolution mentioned inside a title or in commentary is not the cited work. Null when there is none.
     *
     * @param contextOrgan the organ the note is about ("S", "A", …), for resolutions cited without one; may be null
     */
    static Found find(String t, String contextOrgan) {
        List<UnReference> refs = UnReferenceRecognizer.recognize(t, contextOrgan);
        UnReference chosen = null;
        for (UnReference r : refs) {
            if (r.isTreatySeries()) continue;
            if (r.start() == 0 || organBefore(t, r.start()) || titledResolution(t, r)) {
                chosen = r;
                break;
            }
        }
        if (chosen == null) {
            for (UnReference r : refs) {
                if (r.style() == UnReference.Style.DOCUMENT_CITATION || symbolPart(t, r)) {
                    chosen = r;
                    break;
                }
            }
        }
        return chosen == null ? null : found(t, chosen);
    }

    /**
     * "Report of the Panel of Experts on X, S/2021/365, April 15, 2021": a bare symbol that is a part of
     * the citation on its own, between commas, after the title, is the document cited.
     */
    private static boolean symbolPart(String t, UnReference r) {
        if (r.style() != UnReference.Style.BARE_SYMBOL || !r.isDocument() || r.start() < 2) return false;
        if (!t.startsWith(", ", r.start() - 2)) return false;
        int e = r.end();
        while (e < t.length() && t.charAt(e) == ' ') e++;
        return e == t.length() || t.charAt(e) == ',' || t.charAt(e) == '(';
    }

    private static Found found(String t, UnReference r) {
        List<String> warnings = new ArrayList<>(r.warnings());
        String symbol = r.isDocument() ? r.symbol().symbol() : r.unparsedSymbol().strip();
        // "G.A. Res. 73/331, U.N. Doc. A/RES/73/331 (July 25, 2019)": the restatement belongs to the reference
        int rest = r.end();
        String date = null;
        if (r.extentEnd() > r.end() && restates(t.substring(r.end(), r.extentEnd()))) {
            rest = r.extentEnd();
            date = r.date();
        }
        // "Resolution 1612, UN Doc. S/RES/1612 (July 26, 2005)": the symbol is written out, and stays as written
        boolean built = r.style() == UnReference.Style.RESOLUTION_NUMBER && t.substring(r.end(), rest).indexOf('/') < 0;
        return new Found(symbol, r.symbol(), r.style(), r.start(), r.end(), rest, date, warnings, built);
    }

    private static boolean restates(String between) {
        return between.indexOf('/') >= 0 || between.toLowerCase(java.util.Locale.ROOT).contains("doc");
    }

    /**
     * "Definition of Aggression, G.A. Res. 3314 (XXIX) (Dec. 14, 1974)": Bluebook puts a resolution's
     * title first, as one plain part (no quotation, no other comma) before the number and its date.
     */
    private static boolean titledResolution(String t, UnReference r) {
        if (r.style() != UnReference.Style.RESOLUTION_NUMBER) return false;
        String head = t.substring(0, r.start()).stripTrailing();
        if (!head.endsWith(",")) return false;
        head = head.substring(0, head.length() - 1);
        if (head.isEmpty() || !Character.isUpperCase(head.charAt(0))) return false;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == ',' || c == '(' || Scan.isOpeningQuote(c) || c == '"') return false;
        }
        return true;
    }

    private static boolean organBefore(String t, int k) {
        String head = t.substring(0, k).strip();
        while (head.endsWith(",")) head = head.substring(0, head.length() - 1).strip();
        // "UN Security Council, 7565th meeting, S/PV.7565": the organ, then the meeting the record is of
        int comma = head.lastIndexOf(", ");
        if (comma > 0 && MEETING.matcher(head.substring(comma + 2)).matches()) head = head.substring(0, comma).strip();
        // "UN General Assembly, Resolution A/RES/74/2": the word that says what the symbol designates
        comma = head.lastIndexOf(", ");
        if (comma > 0 && DESIGNATION.matcher(head.substring(comma + 2)).matches()) head = head.substring(0, comma).strip();
        return !head.isEmpty() && Names.kind(head) == Names.Kind.ORG;
    }

    private static final java.util.regex.Pattern DESIGNATION = java.util.regex.Pattern.compile(
            "(?:[Rr]esolution|[Dd]ecision|[Dd]ocument|[Rr]eport)");

    private static final java.util.regex.Pattern MEETING = java.util.regex.Pattern.compile(
            "\\d+(?:st|nd|rd|th|d) (?:meeting|mtg\\.?|plenary meeting|plen\\. mtg\\.|session|sess\\.)");

    /**
     * "S.C. Res. 713" cited with its adoption date: Security Council resolutions carry their year, so the
     * symbol built from the number is completed ("S/RES/713(1991)") and the completion reported. A symbol
     * written out ("UN Doc. S/RES/713") is kept as written, and other symbols are returned as given.
     */
    static Found withAdoptionYear(Found f, String year) {
        UnSymbol s = f.parsed();
        if (s == null || year == null || !f.built() || !"S".equals(s.organ()) || !"RES".equals(s.docType()) || s.body() != null
                || s.year() != null || !s.suffixes().isEmpty()) {
            return f;
        }
        UnSymbolResult completed = UnSymbolParser.parse(s.symbol() + "(" + year + ")");
        if (!(completed instanceof UnSymbolResult.Parsed p)) return f;
        List<String> warnings = new ArrayList<>(f.warnings());
        warnings.add("year " + year + " of Security Council resolution " + s.number()
                + " taken from the date that follows it");
        return new Found(p.symbol().symbol(), p.symbol(), f.style(), f.start(), f.end(), f.rest(), f.date(), warnings, true);
    }

    /**
     * The key under which one document is known whatever way it is cited: a Security Council resolution
     * is one document with or without its year ("S/RES/2334" and "S/RES/2334(2016)").
     */
    static String sameDocumentKey(String symbol) {
        if (symbol == null) return null;
        return sameDocumentKey(symbol, UnSymbolParser.parse(symbol));
    }

    /** As {@link #sameDocumentKey(String)}, with the symbol already parsed. */
    static String sameDocumentKey(String symbol, UnSymbolResult r) {
        if (r instanceof UnSymbolResult.Parsed p) {
            UnSymbol s = p.symbol();
            if ("S".equals(s.organ()) && "RES".equals(s.docType()) && s.body() == null && s.suffixes().isEmpty()) {
                return "S/RES/" + s.number();
            }
            return s.symbol();
        }
        return symbol;
    }

    /**
     * Completes a UN-document draft once its date and locators are read: a Security Council resolution takes
     * its year from the adoption date, a full citation takes its year from the symbol when no date gives it,
     * and the recognizer's warnings join the citation's.
     */
    static void complete(Found f, Draft d) {
        Found done = withAdoptionYear(f, d.fields.year());
        if (done.parsed() != null) d.fields.unSymbol(done.symbol());
        if (d.fields.year() == null && !d.isShort()) d.fields.year(symbolYear(done));
        for (String w : done.warnings()) d.warnings.add("UN document " + done.symbol() + ": " + w);
    }

    private static final Pattern PART_OF_RESOLUTION = Pattern.compile(
            "(?i)^(pmbl\\.|preamb(?:le|ular)|op\\.|operative)\\s*,?\\s*(?=para)");

    /**
     * A locator naming the part of a resolution ("pmbl. paras. 3–4", "op. para. 2"): the part kept, the
     * paragraphs read as any locator; or the preamble alone ("preamble", "pmbl."). Null for anything else.
     */
    static String locator(String piece) {
        String s = piece.strip();
        // "GA res. 3321 (XXIX), preamble", "…, pmbl.": the preamble as a whole, as written
        if (s.equalsIgnoreCase("preamble") || s.equalsIgnoreCase("pmbl.")) return s;
        if (s.equalsIgnoreCase("pmbl")) return s + "."; // the period taken for the end of the citation
        Matcher m = PART_OF_RESOLUTION.matcher(s);
        if (!m.lookingAt()) return null;
        Parts.Locator inner = Parts.locator(s.substring(m.end()), false);
        return inner == null ? null : m.group(1) + " " + inner.value();
    }

    /** The year in a symbol ("S/RES/2334(2016)" → "2016"), or null. */
    static String symbolYear(Found f) {
        return f.parsed() == null || f.parsed().year() == null ? null : String.valueOf(f.parsed().year());
    }

    // ---------------------------------------------------------------- the organ a note is about

    private static final Pattern ORGAN_MENTION = Pattern.compile(
            "(?<![A-Za-z])(?:(?<s>Security\\s+Council|UNSC|S\\.\\s?C\\.|S/RES/|S/PV\\.|S/PRST/)"
            + "|(?<a>General\\s+Assembly|UNGA|G\\.\\s?A\\.|A/RES/|A/\\d{1,2}/PV\\.)"
            + "|(?<e>Economic\\s+and\\s+Social\\s+Council|ECOSOC|E/RES/)"
            + "|(?<h>Human\\s+Rights\\s+Council|A/HRC/))");

    /** Every alternative of {@link #ORGAN_MENTION} starts with one of these; most notes hold none of them. */
    private static final String[] ORGAN_CUES = {"Security", "UNSC", "S.", "S/", "General", "UNGA", "G.", "A/",
        "Economic", "ECOSOC", "E/", "Human"};

    private static boolean mayNameOrgan(String text) {
        for (String cue : ORGAN_CUES) {
            if (text.contains(cue)) return true;
        }
        return false;
    }

    /**
     * The UN organ the notes are talking about, as reading goes on: the organ named last before a citation
     * in its note, else the one named last in an earlier note. Lets "Resolution 2014 (2011)" be read as a
     * Security Council resolution after the note has cited the Council.
     */
    static final class OrganContext {
        private String carried;
        private boolean started;
        private final List<Integer> positions = new ArrayList<>();
        private final List<String> organs = new ArrayList<>();

        /** Starts a note; mentions are read once per note. */
        void startNote(String text) {
            if (started && !organs.isEmpty()) carried = organs.get(organs.size() - 1);
            started = true;
            positions.clear();
            organs.clear();
            if (!mayNameOrgan(text)) return;
            // the pattern is tried only where a mention can start (what find() would do at every index);
            // transparent bounds let its look-behind see the character before
            Matcher m = ORGAN_MENTION.matcher(text).useTransparentBounds(true);
            for (int i = 0; i < text.length(); i++) {
                if (!mayStartMention(text, i)) continue;
                m.region(i, text.length());
                if (!m.lookingAt()) continue;
                positions.add(i);
                organs.add(m.group("s") != null ? "S" : m.group("a") != null ? "A" : m.group("e") != null ? "E" : "A/HRC");
                i = m.end() - 1;
            }
        }

        /**
         * Every alternative of the pattern starts, after no letter, with S then e . or /, UN, G then e or .,
         * A/, E then c C or /, or Hu.
         */
        private static boolean mayStartMention(String text, int i) {
            if (i + 1 >= text.length()) return false;
            char next = text.charAt(i + 1);
            boolean start = switch (text.charAt(i)) {
                case 'S' -> next == 'e' || next == '.' || next == '/';
                case 'U' -> next == 'N';
                case 'G' -> next == 'e' || next == '.';
                case 'A' -> next == '/';
                case 'E' -> next == 'c' || next == 'C' || next == '/';
                case 'H' -> next == 'u';
                default -> false;
            };
            if (!start) return false;
            if (i == 0) return true;
            char before = text.charAt(i - 1);
            return !(before >= 'A' && before <= 'Z' || before >= 'a' && before <= 'z');
        }

        /** The organ in force at {@code offset} of the current note, or null. */
        String at(int offset) {
            String organ = carried;
            for (int i = 0; i < organs.size() && positions.get(i) < offset; i++) organ = organs.get(i);
            return organ;
        }
    }
}
