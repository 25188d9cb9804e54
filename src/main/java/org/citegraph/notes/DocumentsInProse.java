package org.citegraph.notes;

import java.util.ArrayList;
import java.util.List;

import org.citegraph.un.UnReference;
import org.citegraph.un.UnReferenceRecognizer;

/**
 * Finds the UN documents, treaties and codes a sentence of prose names: a resolution by its organ and number ("Nothing
 * in the preamble of GA res. 3321 (XXIX) suggests …"), a symbol set off by commas with its date and pinpoint, a
 * treaty cited in full as a verb's object ("… read the Convention on …, 1155 U.N.T.S. 331, art. 60(3)"), a code after
 * a lead-in ("… are at 15 C.F.R. § 744.23"). Each recogniser returns where the citation starts, or its span; -1 or null when the sentence names none.
 */
final class DocumentsInProse {

    private DocumentsInProse() {
    }

    /** Whether a treaty series' volume ("1155 UNTS", "24 Stat.") stands in [start, end): the cheap test before the others. */
    static boolean holdsTreatySeries(String t, int start, int end) {
        return treatySeriesVolume(t, start, end) >= 0;
    }

    /** An instrument's name, its date (in brackets or after a comma), then a treaty series' volume and page. */
    static boolean treatyCitedInFull(Scan scan, int n) {
        String t = scan.text;
        int series = treatySeriesVolume(t, 0, n);
        if (series < 0) return false;
        int comma = scan.indexOfTop(',', 0);
        int open = t.indexOf(" (");
        // "Convention (IV) Respecting the Laws and Customs of War on Land, …": a numeral in brackets is part of the name
        if (open > 0 && NUMBERED_INSTRUMENT.matcher(t).region(open + 1, t.length()).lookingAt()) open = t.indexOf(" (", open + 2);
        int nameEnd = open > 0 && (comma < 0 || open < comma) ? open : comma;
        return nameEnd > 0 && nameEnd < series && Prose.titleCasedName(t, 0, nameEnd) && Tail.namesAnInstrument(t.substring(0, nameEnd));
    }

    private static final java.util.regex.Pattern NUMBERED_INSTRUMENT = java.util.regex.Pattern.compile("\\([IVXL]{1,6}\\) ");

    /** Where the first of {@code words} stands in {@code text}, or -1. */
    private static int firstOf(String text, String... words) {
        int first = -1;
        for (String w : words) {
            int k = text.indexOf(w);
            if (k >= 0 && (first < 0 || k < first)) first = k;
        }
        return first;
    }

    /** A UN resolution cited by its organ and number at the start of {@code text} ("GA res. 2625 (XXV)", "SC Res. 713"). */
    static boolean resolutionAtStart(String text) {
        // the cheap test first: an organ's initial or name, then "res." or "Res." or "resolution" within a few words
        if (text.isEmpty() || "GSEHCU".indexOf(text.charAt(0)) < 0) return false;
        int res = firstOf(text, " res", " Res", " RES");
        if (res < 0 || res > 40) return false;
        List<UnReference> refs = UnReferenceRecognizer.recognize(text);
        return !refs.isEmpty() && refs.get(0).start() == 0 && refs.get(0).symbol() != null;
    }

    /**
     * "The arbitrators read the Convention on the Law of Treaties, May 23, 1969, 1155 U.N.T.S. 331, art. 60(3), narrowly":
     * a treaty cited in full as the object of a verb. After "the", a name in title case with a word of an instrument
     * ("Convention", "Agreement", …), then at most its date before the volume of a treaty series; where the name
     * starts, or -1.
     */
    static int treatyNamedInProse(Scan scan, int start, int end) {
        String t = scan.text;
        int series = treatySeriesVolume(t, start, end);
        if (series < 0) return -1;
        for (int k = t.indexOf("the ", start); k >= 0 && k < series; k = t.indexOf("the ", k + 1)) {
            int s = k + 4;
            if (k > start && t.charAt(k - 1) != ' ' || !Character.isUpperCase(t.charAt(s)) || !scan.top(k)) continue;
            // "Optional Protocol to the Convention on …": the article inside a title; the words before it must be prose
            // ("Read with article 101, article 105 of the …": or a lead-in of prose before the provision)
            int provided = provisionBefore(t, start, k);
            if (!Prose.readsAsProse(scan, start, k) && !Prose.isPlainSentence(scan, start, k)
                    && !(provided > start + 2 && t.startsWith(", ", provided - 2) && Prose.proseLeadIn(t, start, provided))) {
                continue;
            }
            int comma = scan.indexOfTop(',', s);
            if (comma < 0 || comma >= series) continue;
            // "the Vienna Convention on Diplomatic Relations (Vienna, 18 April 1961, in force 24 April 1964), 500 UNTS 95": the
            // place and dates in brackets after the name
            int open = t.indexOf(" (", s);
            int nameEnd = open > s && open < comma && t.charAt(comma - 1) == ')' && holdsYear(t, open + 2, comma - 1) ? open : comma;
            if (Prose.titleCasedName(t, s, nameEnd) && Tail.namesAnInstrument(t.substring(s, nameEnd)) && onlyDateBetween(t, comma, series)) {
                return provided >= 0 ? provided : s;
            }
            // "the Convention on … the Illicit Import, Export and Transfer of Ownership of Cultural Property (Paris, 14 November
            // 1970, …), 823 UNTS 231": a name listing things, its commas before the place and dates in brackets
            int close = open > comma && open < series ? NoteSplitter.closingBracket(t, open + 1, series) : -1;
            if (close > 0 && t.startsWith(", ", close + 1) && holdsYear(t, open + 2, close) && listInName(t, s, open)
                    && Tail.namesAnInstrument(t.substring(s, open)) && onlyDateBetween(t, close + 1, series)) {
                return provided >= 0 ? provided : s;
            }
        }
        return -1;
    }

    /** A name in title case from {@code s} to {@code e} whose commas each separate words in capitals ("Import, Export"). */
    private static boolean listInName(String t, int s, int e) {
        for (int c = t.indexOf(", ", s); c >= 0 && c < e; c = t.indexOf(", ", c + 2)) {
            if (c + 2 >= e || !Character.isUpperCase(t.charAt(c + 2))) return false;
        }
        String name = t.substring(s, e).replace(", ", " ");
        return Prose.titleCasedName(name, 0, name.length());
    }

    /** "1978 Convention", "1954 Hague Convention": a year, then a capitalised word, at {@code s}. */
    static boolean yearOpensName(String t, int s, int end) {
        return s + 6 < end && t.charAt(s + 4) == ' ' && Character.isUpperCase(t.charAt(s + 5)) && Pages.allDigits(t.substring(s, s + 4));
    }

    /** Four digits standing alone, a year, in [from, to). */
    private static boolean holdsYear(String t, int from, int to) {
        for (int i = from; i + 4 <= to; i++) {
            if (Prose.yearWordAt(t, i, to) || i + 4 < to && t.charAt(i + 4) == ')' && Pages.allDigits(t.substring(i, i + 4))) return true;
        }
        return false;
    }

    /** "… is now in article 22(1) of the …": where the provision before "of the" at {@code the} starts, or -1. */
    private static int provisionBefore(String t, int start, int the) {
        if (the - start < 12 || !t.startsWith(" of ", the - 4)) return -1;
        int number = t.lastIndexOf(' ', the - 5) + 1;
        if (number <= start + 1 || !Character.isDigit(t.charAt(number))) return -1;
        int word = t.lastIndexOf(' ', number - 2) + 1;
        String label = t.substring(Math.max(word, start), number - 1);
        return label.equalsIgnoreCase("article") || label.equalsIgnoreCase("art.") ? Math.max(word, start) : -1;
    }

    /** Treaty series cited by volume and page: the UN's, the League's, the Consolidated Treaty Series. */
    // the United States' own series print the treaties it made before the UN's ("March 14, 1884, 24 Stat. 989")
    private static final String[] TREATY_SERIES = {"UNTS ", "U.N.T.S. ", "LNTS ", "L.N.T.S. ", "CTS ", "C.T.S. ", "Consol. T.S. ",
        "Stat. ", "U.S.T. ", "T.I.A.S. ", "I.L.M. ", "ILM "};

    /** Where the volume of "1155 U.N.T.S. 331", "596 UNTS 261" or "205 CTS 277" starts in [start, end), or -1. */
    private static int treatySeriesVolume(String t, int start, int end) {
        int first = -1;
        for (String series : TREATY_SERIES) {
            // " 1155 UNTS": the series after a space and the volume (so "LNTS" is not read as "NTS")
            for (int k = t.indexOf(series, start); k > start && k < end; k = t.indexOf(series, k + 1)) {
                if (t.charAt(k - 1) != ' ') continue;
                int v = k - 1;
                while (v > start && Character.isDigit(t.charAt(v - 1))) v--;
                if (v < k - 1 && (first < 0 || v < first)) first = v;
                break;
            }
        }
        return first;
    }

    /** From the comma after a name to a series' volume: nothing but a date (", May 23, 1969, ", ", 18 April 1961, "). */
    private static boolean onlyDateBetween(String t, int comma, int volume) {
        if (volume - comma > 40) return false;
        String between = t.substring(comma + 1, volume).strip();
        if (between.endsWith(",")) between = between.substring(0, between.length() - 1).strip();
        if (between.isEmpty()) return true;
        Dates.Parsed date = Dates.whole(between);
        if (date != null && date.iso() != null) return true;
        // ", The Hague, 18 October 1907, ": the place of conclusion before the date
        int place = between.indexOf(", ");
        if (place < 0 || place > 25 || !Character.isUpperCase(between.charAt(0)) || Prose.lowerCaseWords(between, 0, place) > 1) return false;
        date = Dates.whole(between.substring(place + 2));
        return date != null && date.iso() != null;
    }

    /**
     * "The implementing rules are at 15 C.F.R. § 744.23 (2024)": a sentence of prose whose last words lead to a
     * code or reporter cited by volume ("at", "in", "under" before "15 C.F.R.", "50 U.S.C.", "89 Fed. Reg."); where
     * the volume starts, or -1.
     */
    private static final String[] LEAD_IN_WORDS = {" at ", " in ", " under "};

    static int codeAfterLeadIn(Scan scan, int start, int end) {
        String t = scan.text;
        int limit = Math.min(end, start + 200);
        for (int i = start; i < limit; i++) {
            // "… pays claims above it, up to a ceiling, from the Treasury, 51 U.S.C. §§ 50914–15 (2018)": or a code's
            // section set off by a comma
            if (t.charAt(i) == ',' && i + 2 < end && Character.isDigit(t.charAt(i + 2)) && scan.top(i)
                    && Prose.lowerCaseWords(t, start, i) >= 3 && codeSectionAt(t, i + 2, end)) return i + 2;
            if (t.charAt(i) != ' ' || i + 1 >= end) continue;
            char lead = t.charAt(i + 1);
            if (lead != 'a' && lead != 'i' && lead != 'u' || !scan.top(i)) continue; // "at", "in", "under" only
            int v = -1;
            for (String word : LEAD_IN_WORDS) if (t.startsWith(word, i)) v = i + word.length();
            if (v < 0 || v >= end || !Character.isDigit(t.charAt(v)) || Prose.lowerCaseWords(t, start, i) < 3) continue;
            int d = v;
            while (d < end && Character.isDigit(t.charAt(d))) d++;
            if (d - v > 4 || d + 2 >= end || t.charAt(d) != ' ' || !Character.isUpperCase(t.charAt(d + 1))) continue;
            int w = d + 1;
            while (w < end && t.charAt(w) != ' ' && t.charAt(w) != ',') w++;
            if (t.substring(d + 1, w).indexOf('.') > 0) return v; // an abbreviated code or reporter: "C.F.R.", "Fed."
        }
        return -1;
    }

    /** "51 U.S.C. § 50914", "15 C.F.R. §§ 744.2–.3": a code's title, its abbreviated name and a section sign at {@code v}. */
    private static boolean codeSectionAt(String t, int v, int end) {
        int d = v;
        while (d < end && Character.isDigit(t.charAt(d))) d++;
        if (d - v > 3 || d + 2 >= end || t.charAt(d) != ' ' || !Character.isUpperCase(t.charAt(d + 1))) return false;
        int sign = t.indexOf(" \u00A7", d);
        return sign > d && sign - d <= 12 && t.substring(d + 1, sign).indexOf('.') > 0 && t.substring(d + 1, sign).indexOf(',') < 0;
    }

    /**
     * ", GA res. 2625 (XXV), 24 October 1970, annex, says nothing …": a resolution after a comma, its date and
     * pinpoint, then a clause of prose in lower case. The resolution's [start, end), or null.
     */
    static int[] resolutionSetOffByCommas(Scan scan, int start, int end) {
        String t = scan.text;
        int limit = Math.min(end, start + NoteSplitter.LEAD_IN_LIMIT);
        for (int k = scan.indexOfTop(", ", start); k > start && k < limit; k = scan.indexOfTop(", ", k + 2)) {
            int s = k + 2;
            if (s >= end || !Character.isUpperCase(t.charAt(s)) || t.indexOf("es", s) < 0 || t.indexOf("es", s) > s + 20) continue;
            // "The Friendly Relations Declaration, GA res. …": the name a sentence gives the resolution, not its author ("IMO, …")
            if (!t.startsWith("The ", start) && Prose.lowerCaseWords(t, start, k) == 0) continue;
            if (!resolutionAtStart(t.substring(s, Math.min(end, s + 80)))) continue;
            for (int c = scan.indexOfTop(',', s); c > 0 && c + 2 < end; c = scan.indexOfTop(',', c + 1)) {
                int next = scan.indexOfTop(',', c + 1);
                String part = t.substring(c + 1, next > 0 && next < end ? next : end).strip();
                if (part.isEmpty() || !Character.isLowerCase(part.charAt(0))) continue;
                if (part.equals("annex") || part.startsWith("annex ") || Parts.locators(part, true) != null) continue;
                int space = part.indexOf(' ');
                String verb = space > 0 ? part.substring(0, space) : part;
                // a clause opens with a word ("says"), not an abbreviation ("para.") or a locator with an aside after it
                // ("at 5 (Nov. 9, 1971)"), and holds no number
                if (!verb.chars().allMatch(Character::isLetter) || part.chars().anyMatch(Character::isDigit)) return null;
                return new int[] {s, c};
            }
            return null;
        }
        return null;
    }

    /** The UN documents named inside a sentence of prose: resolutions by organ and number, symbols set off by commas. */
    static List<int[]> documentsInProse(Scan scan, int start, int end) {
        List<int[]> found = new ArrayList<>(1);
        String t = scan.text;
        if (!mayNameDocument(t, start, end)) return found; // the cheap test first: most sentences name no UN document
        int from = start;
        while (from < end) {
            int[] resolution = resolutionInProse(scan, from, end);
            int[] symbol = symbolSetOffByCommas(scan, from, end);
            int[] first = resolution == null ? symbol : symbol == null || resolution[0] < symbol[0] ? resolution : symbol;
            if (first == null) break;
            // "… are those of the Articles on Responsibility of States …, annexed to GA res. 56/83, 12 December 2001": the
            // text the resolution annexes, by its title
            int annexed = first[0] - ANNEXED_TO.length();
            int title = annexed > from && t.startsWith(ANNEXED_TO, annexed) ? titleBefore(t, from, annexed) : -1;
            // "… settled in 2000 by an Agreement to Regulate the Relationship …, GA Res. 54/280, annex (…)": or set off by a
            // comma before it
            if (title < 0 && first[0] - 2 > from && t.startsWith(", ", first[0] - 2)) title = titleBefore(t, from, first[0] - 2);
            found.add(new int[] {title >= 0 ? title : first[0], withDateAndPinpoint(scan, first[1], end)});
            from = found.get(found.size() - 1)[1];
        }
        return found;
    }

    private static final String ANNEXED_TO = ", annexed to ";

    /** A symbol's slash, or a resolution's word ("res.", "Res.", "resolution"), in [start, end). */
    private static boolean mayNameDocument(String t, int start, int end) {
        int slash = t.indexOf('/', start);
        if (slash >= 0 && slash < end) return true;
        int res = nextRes(t, start);
        if (res >= 0 && res < end) return true;
        int resolution = t.indexOf("esolution ", start);
        return resolution >= 0 && resolution < end;
    }

    /** ", A/HRC/56/49 (3 June 2024), …" after words of prose: the symbol's [start, end), or null. */
    private static int[] symbolSetOffByCommas(Scan scan, int start, int end) {
        String t = scan.text;
        for (int k = t.indexOf(", ", start + 1); k > start && k + 2 < end; k = t.indexOf(", ", k + 2)) {
            if (!scan.top(k) || !Character.isUpperCase(t.charAt(k + 2))) continue;
            // "The Secretary-General’s answer, UN Doc. S/2010/394 (…), …": or a body's noun in the possessive names it
            if (Prose.contentWords(t, start, k) < 2 && !possessiveNounPhrase(t, start, k)) continue;
            UnSymbols.Found symbol = UnSymbols.atStart(t.substring(k + 2, Math.min(end, k + 62)));
            if (symbol != null && symbol.start() == 0) return new int[] {k + 2, k + 2 + symbol.end()};
            // "… in his first report, UN Doc. A/CN.4/501 (1999), para. 12, and …": the symbol after its marker
            String marked = t.substring(k + 2, Math.min(end, k + 72));
            symbol = marked.startsWith("UN Doc") || marked.startsWith("U.N. Doc") ? UnSymbols.afterMarker(marked) : null;
            if (symbol != null && symbol.markerStart() == 0) {
                // "… annexed to nothing weightier than Report of the Committee on Outer Space, UN Doc. A/74/20 (2019)": the
                // document's title in capitals after the last word of prose
                int title = titleBefore(t, start, k);
                return new int[] {title >= 0 ? title : k + 2, k + 2 + symbol.end()};
            }
        }
        return markedSymbolAfterProse(scan, start, end, 3);
    }

    /**
     * "… in the Legal Subcommittee as recently as UN Doc. A/AC.105/C.2/SR.915 (…)": the marked symbol after a word of prose,
     * with at least {@code words} words of content before it; the symbol's [start, end), or null.
     */
    static int[] markedSymbolAfterProse(Scan scan, int start, int end, int words) {
        String t = scan.text;
        for (int k = t.indexOf(" Doc. ", start); k > start && k + 6 < end; k = t.indexOf(" Doc. ", k + 6)) {
            int marker = t.startsWith("UN", k - 2) ? k - 2 : t.startsWith("U.N.", k - 4) ? k - 4 : -1;
            if (marker <= start + 1 || t.charAt(marker - 1) != ' ' || !scan.top(marker) || !Character.isLowerCase(t.charAt(marker - 2))
                    || Prose.contentWords(t, start, marker) < words) continue;
            UnSymbols.Found symbol = UnSymbols.afterMarker(t.substring(marker, Math.min(end, marker + 70)));
            if (symbol != null && symbol.markerStart() == 0) return new int[] {marker, marker + symbol.end()};
        }
        return null;
    }

    /**
     * Before the comma at {@code comma}: a title in capitals ("Report of the Committee on Outer Space") after a word of
     * prose in lower case; where it starts, or -1.
     */
    private static int titleBefore(String t, int start, int comma) {
        int first = -1;  // the title's first word in capitals, so far
        int lower = 0;   // lower-case words in a row (a title's small words aside) before it
        boolean small = false; // whether the word read last was in lower case
        int e = comma;   // the end of the word read next
        while (e > start) {
            int a = e;
            while (a > start && (Character.isLetter(t.charAt(a - 1)) || t.charAt(a - 1) == '-')) a--;
            // "… settled in 2000 by an Agreement …": a number before the small words that open the title's lead-in
            if (a == e) return small && first >= 0 && titleWords(t, first, comma) ? first : -1;
            String word = t.substring(a, e);
            small = Character.isLowerCase(word.charAt(0));
            if (Character.isUpperCase(word.charAt(0))) {
                first = a;
                lower = 0;
            } else if (!Lexicon.STOPWORDS.contains(word) && ++lower == 2) {
                // "… and chiefly against the Montreux Document on … related to Operations … during Armed Conflict": two
                // words of prose in a row end the title, whose own lower-case words stand one at a time
                return first >= 0 && titleWords(t, first, comma) ? first : -1;
            }
            if (a - 1 <= start || t.charAt(a - 1) != ' ') return -1;
            e = a - 1;
            // "Return or Restitution …: Report of the Secretary-General": a subtitle after its title's colon
            if (t.charAt(e - 1) == ':') e--;
            // "… that preceded it, Return or Restitution …": the title set off by a comma after a word of prose
            else if (t.charAt(e - 1) == ',') {
                int w = e - 1;
                return w > start && Character.isLowerCase(t.charAt(w - 1)) && first >= 0 && titleWords(t, first, comma) ? first : -1;
            }
        }
        return -1;
    }

    /** A title in capitals, a colon before its subtitle and a lower-case word for every three in capitals allowed. */
    private static boolean titleWords(String t, int from, int to) {
        return Prose.titleCased(t, from, to, 3);
    }

    /** "The Secretary-General’s answer": "The", a name in the possessive and a noun, from {@code start} to {@code end}. */
    private static boolean possessiveNounPhrase(String t, int start, int end) {
        if (!t.startsWith("The ", start) || end - start > 60) return false;
        int owner = t.indexOf("\u2019s ", start);
        if (owner < 0) owner = t.indexOf("'s ", start);
        return owner > start + 4 && owner < end && Prose.contentWords(t, owner + 3, end) >= 1;
    }

    /** "para. 26 (December 22, 2007)": a locator, then the document's date in brackets. */
    private static boolean locatorThenDate(String part) {
        int open = part.lastIndexOf(" (");
        if (open <= 0 || !part.endsWith(")")) return false;
        Dates.Parsed date = Dates.whole(part.substring(open + 2, part.length() - 1));
        Parts.Locator loc = date != null && date.iso() != null ? Parts.locators(part.substring(0, open), false) : null;
        return loc != null && !loc.kind().equals("bare");
    }

    /** From {@code e}: a date in brackets or after a comma, and locators after commas, as long as they go on. */
    private static int withDateAndPinpoint(Scan scan, int e, int end) {
        String t = scan.text;
        if (t.startsWith(" (", e)) {
            int close = NoteSplitter.closingBracket(t, e + 1, end);
            if (close > 0) {
                Dates.Parsed date = Dates.whole(t.substring(e + 2, close));
                if (date != null && date.iso() != null) e = close + 1;
            }
        }
        while (e + 2 < end && t.startsWith(", ", e)) {
            int next = scan.indexOfTop(',', e + 2);
            int stop = next < 0 || next > end ? end : next;
            String part = t.substring(e + 2, stop).strip();
            // "…, annex (hereafter Montreux Document)": the name the article gives the document goes with it
            int defined = part.indexOf(" (hereafter ");
            if (defined > 0 && part.endsWith(")")) part = part.substring(0, defined);
            Dates.Parsed date = Dates.whole(part);
            if ((date == null || date.iso() == null) && stop < end && t.startsWith(", ", stop)) {
                // "June 2, 2008": a US date holds a comma of its own
                int after = scan.indexOfTop(',', stop + 2);
                int yearEnd = after < 0 || after > end ? end : after;
                Dates.Parsed us = Dates.whole(t.substring(e + 2, yearEnd).strip());
                if (us != null && us.iso() != null) {
                    date = us;
                    stop = yearEnd;
                }
            }
            if (date != null && date.iso() != null || Parts.locators(part, true) != null || part.equals("annex") || part.equals("preamble") || part.equals("pmbl.")) e = stop;
            else if (locatorThenDate(part)) e = stop; // "GA res. 62/217, para. 26 (December 22, 2007)": Bluebook's order
            else break;
        }
        return e;
    }

    /**
     * "Nothing in the preamble of GA res. 3321 (XXIX) suggests that …": a resolution by its organ and number inside a
     * sentence of prose, with no comma round it; its [start, end) as the recogniser reads it, or null.
     */
    private static int nextRes(String t, int from) {
        int lower = t.indexOf(" res", from);
        int upper = t.indexOf(" Res", from);
        return lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
    }

    static int[] resolutionInProse(Scan scan, int start, int end) {
        String t = scan.text;
        for (int k = nextRes(t, start); k > start && k < end; k = nextRes(t, k + 4)) {
            // "GA res. 50/245", "GA Res. 50/245", "G.A. Res. 50/245": the organ, then the word in either case
            if (!t.startsWith(" res. ", k) && !t.startsWith(" Res. ", k) || !scan.top(k)) continue;
            int s = k - 1;
            while (s > start && t.charAt(s - 1) != ' ') s--; // "GA", "SC"
            if (s <= start || Prose.lowerCaseWords(t, start, s) < 2) continue;
            List<UnReference> refs = UnReferenceRecognizer.recognize(t.substring(s, Math.min(end, s + 60)));
            if (refs.isEmpty() || refs.get(0).start() != 0 || refs.get(0).symbol() == null) continue;
            return new int[] {s, s + refs.get(0).end()};
        }
        return resolutionByNumberInProse(scan, start, end);
    }

    /**
     * "The Council's approach in resolution 1483 (2003), 22 May 2003, paras. 4–5, was not repeated": a resolution by number
     * in a sentence that cites nothing else, words of prose before it and a clause in lower case (or nothing) after its
     * date and pinpoint; its [start, end), or null. A report's title that names a resolution comes with its own symbol.
     */
    static int[] resolutionInSentence(Scan scan, int start, int end) {
        String t = scan.text;
        int k = t.indexOf("esolution ", start);
        if (k < 0 || k >= end) return null; // the cheap test first
        int[] found = resolutionByNumberInProse(scan, start, end);
        if (found == null) return null;
        // "Basic Guidelines on Remedies, annexed to General Assembly resolution 60/147": a title the resolution publishes
        int comma = scan.indexOfTop(',', start);
        if (comma > start && comma < found[0] && Prose.titleCasedName(t, start, comma)) return null;
        int e = withDateAndPinpoint(scan, found[1], end);
        // no other document: no symbol's slash but in the resolution's number ("1483", "62/68"), no "Doc."
        int number = t.indexOf("esolution ", found[0]) + 10;
        int numberEnd = number;
        while (numberEnd < end && (Character.isDigit(t.charAt(numberEnd)) || t.charAt(numberEnd) == '/')) numberEnd++;
        int slash = t.indexOf('/', start);
        if (slash >= 0 && slash < number || t.indexOf('/', numberEnd) >= 0 && t.indexOf('/', numberEnd) < end) return null;
        int doc = t.indexOf("Doc", start);
        if (doc >= 0 && doc < end) return null;
        for (int i = start; i < end; i++) {
            // a quoted title (an apostrophe, "Council's", stands after a letter)
            if ((Scan.isOpeningQuote(t.charAt(i)) || t.charAt(i) == '"') && (i == start || !Character.isLetter(t.charAt(i - 1)))) return null;
        }
        int after = e;
        if (t.startsWith(",", after)) after++;
        while (after < end && t.charAt(after) == ' ') after++;
        return after >= end || Character.isLowerCase(t.charAt(after)) ? new int[] {found[0], e} : null;
    }

    /**
     * "… led the General Assembly to take note of the articles in resolution 62/68 of December 6, 2007": a resolution by
     * number alone, its organ named earlier in the sentence; its [start, end) with the date after it, or null.
     */
    private static int[] resolutionByNumberInProse(Scan scan, int start, int end) {
        String t = scan.text;
        for (int k = t.indexOf("esolution ", start); k > start && k + 10 < end; k = t.indexOf("esolution ", k + 10)) {
            int s = k - 1;
            if (s <= start || t.charAt(s) != 'r' && t.charAt(s) != 'R' || t.charAt(s - 1) != ' ' || !Character.isDigit(t.charAt(k + 10))
                    || !scan.top(s) || Prose.lowerCaseWords(t, start, s) < 2) continue;
            // the recogniser reads the organ from the words before the number
            List<UnReference> refs = UnReferenceRecognizer.recognize(t.substring(start, Math.min(end, k + 80)));
            for (UnReference r : refs) {
                if (r.symbol() != null && r.start() <= s - start && r.end() > k + 10 - start) {
                    int e = start + Math.max(r.end(), r.extentEnd());
                    // "resolution 62/67 of December 6, 2007 (UN Doc. A/RES/62/67)": the restatement read ends inside its brackets
                    int open = t.lastIndexOf(" (", e);
                    if (open > start + r.start() && t.indexOf(')', open) > e - 1) {
                        int close = NoteSplitter.closingBracket(t, open + 1, end);
                        if (close > 0) e = close + 1;
                    }
                    return new int[] {start + r.start(), e};
                }
            }
        }
        return null;
    }

    /** From {@code s}: a UN document cited by its symbol ("UN Doc. A/HRC/52/48", "U.N. Doc. S/2016/867") within a sentence's length. */
    static boolean citesUnDocument(String t, int s, int end) {
        int limit = Math.min(end, s + 300);
        int k = t.indexOf(" Doc", s);
        return k > s && k < limit && (t.startsWith("UN", k - 2) || t.startsWith("U.N.", k - 4))
                && k + 6 < end && UnSymbols.atStart(t.substring(t.charAt(k + 4) == '.' ? k + 6 : k + 5, Math.min(end, k + 66))) != null;
    }

    /**
     * "… most recently in Human Rights Council Resolution 53/15, UN Doc. A/HRC/RES/53/15 (…)": after a lead-in of prose
     * ending in "in", a body's resolution by its number, or a document's title, then its document. Where the resolution's
     * name or the title starts, or -1.
     */
    static int resolutionAfterLeadIn(Scan scan, int start, int end) {
        String t = scan.text;
        int limit = Math.min(end, start + NoteSplitter.LEAD_IN_LIMIT);
        for (int in = t.indexOf(" in ", start); in >= 0 && in < limit; in = t.indexOf(" in ", in + 1)) {
            int s = in + 4;
            if (s >= end || !Character.isUpperCase(t.charAt(s)) || !scan.top(s) || Prose.lowerCaseWords(t, start, in) < 3) continue;
            int comma = scan.indexOfTop(',', s);
            if (comma < 0 || comma >= end || comma - s > 200) continue;
            // "… most fully in Report of the Secretary-General on the Protection of Civilians, UN Doc. S/2013/689 (…)": a
            // document by its title in capitals, then its symbol ("Accountability in Post-conflict …" is inside a title)
            // ("… in armed conflicts in Africa: Use of Mercenaries …: Note by the Secretary-General, UN Doc. …": one word before
            // a colon ends the prose, the title follows it)
            int colon = t.indexOf(": ", s);
            boolean placeThenColon = colon > s && colon < comma && t.indexOf(' ', s) > colon;
            if ((t.startsWith(", UN Doc", comma) || t.startsWith(", U.N. Doc", comma)) && NoteSplitter.lowerCaseWordBefore(t, in)
                    && !placeThenColon && Prose.titleCasedName(t, s, comma)
                    && citesUnDocument(t, comma, end)) {
                return s;
            }
            if (comma - s > 80) continue;
            int r = t.indexOf("Resolution ", s);
            if (r < 0 || r >= comma || r + 11 >= comma || !Character.isDigit(t.charAt(r + 11))) continue;
            boolean capitalised = true;
            for (int w = s; w < r && capitalised; w = t.indexOf(' ', w) + 1) capitalised = Character.isUpperCase(t.charAt(w));
            if (capitalised && citesUnDocument(t, s, end)) return s;
        }
        return -1;
    }
}
