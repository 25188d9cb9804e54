package org.citegraph.notes;

import java.util.List;
import java.util.Set;

/**
 * Finds a citation that a sentence of prose leads into: after words ending in a preposition or a copula ("… is
 * surveyed state by state in Name, ‘Title’, …", "The classic statement remains Name, Title, 60"), after an apposition
 * ("The same author’s earlier article, Name, …"), after "pace", or a short title named mid-sentence with its pinpoint
 * ("… the Court made in Veltrana, para. 91, that …"). Each recogniser returns where the citation starts (or its
 * span), or -1 (or null) when the sentence does not lead into one.
 */
final class LeadIns {

    private LeadIns() {
    }

    /**
     * After "The": a few lower-case words, then "in" or "is" and a capital ("applicants in Tolvanen", "case is Koval",
     * "exception that every course now teaches is Valdoria v. Harwell").
     */
    static int caseAfterFewWords(String t, int from, int end) {
        int limit = Math.min(end, from + 80);
        for (int k = from; k + 4 < limit; k++) {
            if (t.charAt(k) != ' ' || !(t.startsWith(" in ", k) || t.startsWith(" is ", k))) continue;
            return Character.isUpperCase(t.charAt(k + 4)) && Prose.lowerCaseAside(t, from, k) ? k + 4 : -1;
        }
        return -1;
    }

    /**
     * "… a pattern that, as Quintero-Haas has shown in The Committee’s Voice, 112–18, has grown more common": a
     * short title and its pinpoint named after "in" inside a sentence of prose, the sentence going on after them.
     * The pinpoint must look like one (a range, or a page with its label), not a year. The citation's [start, end),
     * or null.
     */
    static int[] titleNamedMidSentence(Scan scan, int start, int end) {
        String t = scan.text;
        int limit = Math.min(end, start + NoteSplitter.LEAD_IN_LIMIT);
        for (int in = nextInOrOn(t, start); in >= 0 && in < limit; in = nextInOrOn(t, in + 1)) {
            int s = in + 4;
            if (s >= end || !Character.isUpperCase(t.charAt(s)) || !scan.top(s) || Prose.lowerCaseWords(t, start, in) < 3) continue;
            int comma = scan.indexOfTop(',', s);
            // "… put most forcefully in Balasubramanian-Holt, Inherent Right, 61–64, where …": the author's name first
            if (comma > 0 && comma < end && comma - s <= 40) {
                Names.Kind kind = Names.kind(t.substring(s, comma));
                if ((kind == Names.Kind.FAMILY_ONLY || kind == Names.Kind.FULL) && comma + 2 < end) {
                    int pinEnd = titleThenPinpointBeforeClause(scan, comma + 2, end);
                    if (pinEnd > 0) return new int[] {s, pinEnd};
                }
            }
            // "… the assumption the Court made in Veltrana, para. 91, that …": one word may be a case's short title too
            int pinEnd = titleThenPinpointBeforeClause(scan, s, end);
            if (pinEnd > 0) return new int[] {s, pinEnd};
        }
        return null;
    }

    /** ", pace Reyes, ‘Threshold’, p. 207": a work cited against the sentence's view, after "pace"; where it starts, or -1. */
    static int citationAfterPace(Scan scan, int from, int end) {
        String t = scan.text;
        int k = t.indexOf(", pace ", from);
        if (k < 0 || k >= end || !scan.top(k)) return -1;
        int s = k + 7;
        int stop = NoteSplitter.untilSemicolon(scan, s, end);
        return s < stop && Character.isUpperCase(t.charAt(s))
                && (NoteSplitter.namesThenQuotedTitle(scan, s, stop) || NoteSplitter.namesThenWork(scan, s, stop) || NoteSplitter.shortFormThenPinpoint(scan, s, stop)) ? s : -1;
    }

    /** At {@code title}: a short title, its pinpoint and a comma before a lower-case clause; where the pinpoint ends, or -1. */
    static int titleThenPinpointBeforeClause(Scan scan, int title, int end) {
        String t = scan.text;
        int comma = scan.indexOfTop(',', title);
        if (comma < 0 || comma >= end) return -1;
        int pinEnd = scan.indexOfTop(',', comma + 1);
        // "The Court said as much in Veltrana, para. 93.": or the pinpoint ends the sentence
        if (pinEnd < 0 || pinEnd >= end) pinEnd = end;
        else if (pinEnd + 2 >= end || !Character.isLowerCase(t.charAt(pinEnd + 2))) return -1;
        String pin = t.substring(comma + 1, pinEnd).strip();
        Parts.Locator loc = Parts.locator(pin, true);
        if (loc == null || !(loc.range() || !loc.kind().equals("bare"))) return -1;
        return NoteSplitter.shortTitleThenPinpoint(scan, title, pinEnd) ? pinEnd : -1;
    }

    /**
     * "The same point is made, with more sympathy, in Joon-ho Baek, Fleets Afar (…), 77": a sentence of
     * prose (a verb of running prose, no quotation) that ends in "in" and a person's full name, a comma,
     * then a quoted title or bibliographic evidence. A chapter's "in" follows a quoted title, and a
     * book's editors are no authors followed by a comma, so neither reads so. -1 otherwise.
     */
    static int workAfterProseIn(Scan scan, int start, int end) {
        String t = scan.text;
        int limit = Math.min(end, start + 200);
        int in = t.indexOf(" in ", start);
        if (in < 0 || in >= limit) return -1; // the cheap test first: most citations have no "in" before a name
        boolean proseWord = false;
        for (int i = start; i < limit; i++) {
            char c = t.charAt(i);
            // "… it was before 1930 should read …": a year in the lead-in is a word of its prose
            if (Character.isDigit(c) && yearInProse(t, start, i, end)) {
                i += 3;
                continue;
            }
            if (Scan.isOpeningQuote(c) || c == '"' || Character.isDigit(c)) return -1;
            if (!Character.isLetter(c) || i > start && Character.isLetter(t.charAt(i - 1))) continue;
            int j = i;
            while (j < end && Character.isLetter(t.charAt(j))) j++;
            if (Character.isLowerCase(c) && Lexicon.isProseWord(t, i, j)) proseWord = true;
            if (proseWord && j - i == 2 && t.startsWith("in ", i) && scan.top(i) && j + 1 < end && Character.isUpperCase(t.charAt(j + 1))) {
                // "… is documented in United Nations Environment Programme, Courts and … (Nairobi: …)": or an organisation's
                return NoteSplitter.namesThenWork(scan, j + 1, end) || NoteSplitter.organisationThenWork(scan, j + 1, end) ? j + 1 : -1;
            }
            i = j - 1;
        }
        return -1;
    }

    /**
     * A citation that starts inside a sentence without a signal ("This chapter draws on Kwame
     * Osei, Guardians of the Commons (…), 45"): after a lead-in of plain words, at least two of
     * them lower-case and the last one too, a person's full name, a comma, then a quoted title or
     * bibliographic evidence. -1 when the stretch does not read so.
     */
    static int citationAfterLeadIn(Scan scan, int start, int end) {
        String t = scan.text;
        int lowerWords = 0;
        int contentWords = 0; // lower-case words that are not the glue of a name ("of the" in "Committee of the Red Cross")
        int capitalWords = 0;
        boolean previousLower = false;
        int limit = Math.min(end, start + 120);
        for (int i = start; i < limit; i++) {
            char c = t.charAt(i);
            // "… of Judge Dock, discussed in Tom Reed, …": a comma the sentence runs on after
            if (c == ',' && i + 2 < end && t.charAt(i + 1) == ' ' && Character.isLowerCase(t.charAt(i + 2))) continue;
            if (Character.isDigit(c) && yearInProse(t, start, i, end)) {
                i += 3;
                continue;
            }
            if (Character.isDigit(c) || Scan.isOpeningQuote(c) || c == ',' || c == '(' || c == ':' || c == '"') return -1;
            if (!Character.isLetter(c) || i > start && t.charAt(i - 1) != ' ') continue;
            // "Declaration on Principles of International Law concerning Friendly Relations, …": capitalised words
            // outnumber the lower-case ones in a title, never in a sentence's lead-in
            // ("The view of the Court … is discussed in Tom Reed, “Title,” …": the first capital may not yet be the names)
            if (Character.isUpperCase(c) && i > start && previousLower && lowerWords >= 2 && contentWords >= 1 && lowerWords > capitalWords
                    && (NoteSplitter.namesThenWork(scan, i, end) || NoteSplitter.possessiveNamesThenWork(scan, i, end))
                    && !insideTitle(t, start, t.lastIndexOf(' ', i - 2) + 1)) { // "the Harbourne Manual on Naval Warfare, ed. …"
                return i;
            }
            int j = i;
            while (j < end && Character.isLetter(t.charAt(j))) j++;
            previousLower = Character.isLowerCase(c);
            if (!previousLower) capitalWords++;
            if (previousLower) {
                lowerWords++;
                String w = t.substring(i, j);
                if (w.equals("v") && j < end && t.charAt(j) == '.') return -1; // "Trident Bank v. Office of …": a case name
                if (!Lexicon.STOPWORDS.contains(w) && !Lexicon.isParticle(w)) contentWords++;
            }
            i = j - 1;
        }
        return -1;
    }

    /**
     * "This was confirmed in the Harbour Dispute (Quayland v. Portia), Judgment, 2010 I.C.J. 14": a sentence
     * that names the case it rests on after "in" (and "the"); where the case starts, or -1.
     */
    static int caseAfterLeadIn(Scan scan, int start, int end) {
        String t = scan.text;
        // the cheap test first: a case named in a sentence shows its parties' "v." or the kind of its decision
        if (!within(t, " v", start, end) && !within(t, "Judgment", start, end) && !within(t, "Opinion", start, end)) return -1;
        int limit = Math.min(end, start + NoteSplitter.LEAD_IN_LIMIT);
        int colon = scan.indexOfTop(": ", start);
        // "… through the criminal law: a dealer who … was convicted in United States v. Schultz, …": a clause in lower case
        // after the colon goes on with the sentence
        if (colon > start && colon + 2 < end && Character.isLowerCase(t.charAt(colon + 2)) && !t.startsWith("in ", colon + 2)) colon = -1;
        for (int k = nextInOrBy(t, start); k >= 0 && k < limit; k = nextInOrBy(t, k + 1)) {
            // "… only once, and obliquely: Conservation of Stocks in the Orlen Sea (…)"; but "…: in Name v. State, …" is a lead-in
            if (colon > start && colon < k && k != colon + 1) break;
            int s = t.indexOf(' ', k + 1) + 1; // after " in ", " by ", " from " or ", "
            if (t.charAt(k) == ',') {
                // after a comma, the case's parties open the stretch: "Republic v. Hersi", not "the Court held in A v. B"
                int v = t.indexOf(" v. ", s);
                if (!Character.isLowerCase(t.charAt(k - 1)) || Prose.lowerCaseWords(t, start, k) < 4 || v < 0 || v - s > 80
                        || !Character.isUpperCase(t.charAt(s)) || lowerCaseWordIn(t, s, v)) {
                    continue;
                }
            } else if (t.startsWith("the ", s)) {
                s += 4;
            }
            // after "at", the parties' names with no comma before "v.": "at Strasbourg, where A v. B" names a place
            if (t.startsWith(" at ", k) && (t.indexOf(" v. ", s) < 0 || t.lastIndexOf(',', t.indexOf(" v. ", s)) > s)) continue;
            // after "of", a name in capitals up to its parties: "of Egypt’s ownership law was convicted … in A v. B" is prose
            if (t.startsWith(" of ", k)) {
                int open = t.indexOf(" (", s);
                int vs = t.indexOf(" v. ", s);
                int nameEnd = open > 0 && (vs < 0 || open < vs) ? open : vs;
                if (vs < 0 || nameEnd <= s || !Prose.titleCasedName(t, s, nameEnd)) continue;
            }
            if (s >= end || !Character.isUpperCase(t.charAt(s)) || !scan.top(s)) continue;
            // "… by the Ninth Circuit in Institute of Research v. Sea Society, 725 F.3d 940": the court, then the case after "in"
            int v = t.indexOf(" v. ", s);
            int inner = t.indexOf(" in ", s);
            if (v > 0 && inner > 0 && inner < v && inner + 4 < end && Character.isUpperCase(t.charAt(inner + 4))) continue;
            // "… ordered only once by the International Court, when …: Temple of Preah Vihear (Cambodia v. Thailand)": the
            // sentence goes on past a colon to the case
            int colonAfter = v > 0 ? scan.indexOfTop(": ", s) : -1;
            if (colonAfter > 0 && colonAfter < v) continue;
            String rest = t.substring(s, end);
            if (LegalCases.parse(rest, new Draft(0, 0, rest))) return s;
        }
        return -1;
    }

    /** "Request for an Advisory Opinion …, Case No. 34, Advisory Opinion of 2 April 2022, ITLOS Reports 2022, p. 4": a decision in its report. */
    static boolean decidedCase(String text) {
        return (text.contains("Reports") || text.contains("Case No.")) && LegalCases.parse(text, new Draft(0, 0, text));
    }

    /**
     * "Much of what follows relies on Morvan’s careful reconstruction of the cases, The Quiet Sea, 88–97": after a lead-in
     * ending in a preposition, a name's possessive opens a short form told as prose; where the name starts, or -1.
     */
    static int possessiveAfterLeadIn(Scan scan, int start, int end) {
        String t = scan.text;
        for (int k = t.indexOf("\u2019s ", start); k > start && k < end; k = t.indexOf("\u2019s ", k + 3)) {
            int n = k;
            while (n > start && (Character.isLetter(t.charAt(n - 1)) || t.charAt(n - 1) == '-')) n--;
            if (n == k || n < start + 4 || !Character.isUpperCase(t.charAt(n)) || t.charAt(n - 1) != ' ') continue;
            int w = n - 1;
            while (w > start && Character.isLowerCase(t.charAt(w - 1))) w--;
            String word = t.substring(w, n - 1);
            if (!word.equals("on") && !word.equals("in") && !word.equals("to") && !word.equals("by") && !word.equals("from")) continue;
            if (CitationParser.possessiveAsShortForm(t.substring(n, end)) != null) return n;
        }
        return -1;
    }

    /** The next " in " or " on " at or after {@code from} ("… usually relies on VCDR, art. 41(3), which …"), or -1. */
    private static int nextInOrOn(String t, int from) {
        int in = t.indexOf(" in ", from);
        int on = t.indexOf(" on ", from);
        return in < 0 ? on : on < 0 ? in : Math.min(in, on);
    }

    /**
     * The next " in ", " by ", " from " or ", " at or after {@code from} ("… was settled … by Demir v. Osterlund, App. No. …",
     * "… a reading many take from Legality of …, Advisory Opinion, …"), or -1.
     */
    private static int nextInOrBy(String t, int from) {
        int in = t.indexOf(" in ", from);
        int by = t.indexOf(" by ", from);
        int first = in < 0 ? by : by < 0 ? in : Math.min(in, by);
        int fromWord = t.indexOf(" from ", from);
        first = first < 0 ? fromWord : fromWord < 0 ? first : Math.min(first, fromWord);
        // "… the tribunal's reasoning … is set out at Halvard Services Ltd v. Republic of Marenland, ICSID Case No. …"
        int at = t.indexOf(" at ", from);
        first = first < 0 ? at : at < 0 ? first : Math.min(first, at);
        // "… on the authority of Nuclear Tests (Australia v. France), Judgment, …": "of" after a word of prose ("Republic of
        // Valdoria v. …" and "Application of the Convention" hold it after a capital)
        int of = t.indexOf(" of ", from);
        while (of > 0 && !plainLowerWordBefore(t, of)) of = t.indexOf(" of ", of + 1);
        first = first < 0 ? of : of < 0 ? first : Math.min(first, of);
        // "… must find its jurisdiction in its own statute, Republic v. Hersi, Criminal Appeal No. 14 of 2011 (…)": or a
        // comma closing a clause of prose
        int comma = t.indexOf(", ", from);
        return first < 0 ? comma : comma < 0 ? first : Math.min(first, comma);
    }

    /** A word of lower-case letters only (not "Dep't"), of three letters or more, right before {@code space}. */
    private static boolean plainLowerWordBefore(String t, int space) {
        int w = space;
        while (w > 0 && Character.isLowerCase(t.charAt(w - 1))) w--;
        return space - w >= 3 && (w == 0 || t.charAt(w - 1) == ' ');
    }

    private static boolean within(String t, String s, int start, int end) {
        int k = t.indexOf(s, start);
        return k >= 0 && k < end;
    }

    /**
     * "…, a point made forcefully by Kowalczyk-Mbeki, ‘Province of All Mankind Revisited’, p. 38", "… the
     * most careful treatment is Tomasz Okonjo-Brandt, ‘Extraction as Use’, …": after a lead-in of prose
     * (a lower-case word right before), names, a comma and a quoted title in title case. Where the names
     * start, or -1.
     */
    static int sourceNamedInProse(Scan scan, int start, int end) {
        return sourceNamedInProse(scan, start, end, start + NoteSplitter.LEAD_IN_LIMIT);
    }

    /** As {@link #sourceNamedInProse(Scan, int, int)}, with the names starting before {@code namesBefore}. */
    static int sourceNamedInProse(Scan scan, int start, int end, int namesBefore) {
        String t = scan.text;
        int limit = Math.min(end, namesBefore);
        for (int i = start + 1; i < limit; i++) {
            if (!Character.isUpperCase(t.charAt(i)) || t.charAt(i - 1) != ' ' || !scan.top(i)) continue;
            int w = i - 2;
            while (w >= start && Character.isLetter(t.charAt(w))) w--;
            if (w + 1 >= i - 1 || !Character.isLowerCase(t.charAt(w + 1))) continue;
            if (insideTitle(t, start, w + 1)) continue; // "Report of the Secretary-General on the Protection of …"
            if (Prose.lowerCaseWords(t, start, i) >= 3 && (NoteSplitter.namesThenQuotedTitle(scan, i, end) || NoteSplitter.shortFormToEnd(scan, i, end)
                    || NoteSplitter.possessiveNamesThenWork(scan, i, end) || NoteSplitter.namesThenSupra(scan, i, end)
                    || NoteSplitter.namesThenPointerBeforeClause(scan, i, end)
                    // "… the lawyer’s version, still the fuller of the two, is Halvard Strand, The Cable (Boston: …, 2014), 57–102"
                    || NoteSplitter.namesThenWork(scan, i, Math.min(end, i + 250))
                    || NoteSplitter.organisationThenWork(scan, i, end))) return i; // "… is given by the International Harbour Institute, Report (…)"
        }
        return -1;
    }

    /**
     * Whether the lower-case word at {@code word} and any before it are a title's small words ("on the", "of") after a
     * capitalised word: "… Secretary-General on the Protection": the capital after them goes on a title, starts nothing.
     */
    private static boolean insideTitle(String t, int start, int word) {
        for (int w = word; ; ) {
            int end = t.indexOf(' ', w);
            if (end < 0 || !TITLE_SMALL_WORDS.contains(t.substring(w, end))) return false;
            int space = w - 1;
            if (space <= start || t.charAt(space) != ' ') return false;
            int b = space;
            while (b > start && (Character.isLetter(t.charAt(b - 1)) || t.charAt(b - 1) == '-')) b--;
            if (b == space) return false;
            if (Character.isUpperCase(t.charAt(b))) return true;
            w = b;
        }
    }

    private static final Set<String> TITLE_SMALL_WORDS = Set.of("of", "on", "the", "and", "in", "for", "to");

    /** "Nils Gabor-Okafor and Sarah Whitfield-Diaz": one to four persons' full names. */
    private static boolean fullNames(String written) {
        List<String> names = Names.splitList(written);
        if (names.isEmpty() || names.size() > 4) return false;
        for (String n : names) if (Names.kind(n) != Names.Kind.FULL) return false;
        return true;
    }

    /**
     * "… study of capture operations", "… the first report to suggest sabotage", "… the one award on cable cutting in war":
     * a noun naming a work, a preposition, then what it is of or about, at most eight words before {@code comma}.
     */
    private static boolean workNounThenOf(String t, int start, int comma) {
        int wordEnd = comma;
        for (int words = 0; words < 9 && wordEnd > start; words++) {
            int w = wordEnd;
            while (w > start && Character.isLetter(t.charAt(w - 1))) w--;
            if (w == wordEnd || w <= start || t.charAt(w - 1) != ' ') return false;
            int next = t.indexOf(' ', wordEnd + 1);
            if (words > 0 && WORK_NOUNS.contains(t.substring(w, wordEnd)) && next > 0
                    && NOUN_PREPOSITIONS.contains(t.substring(wordEnd + 1, next))) {
                return true;
            }
            wordEnd = w - 1;
        }
        return false;
    }

    private static final Set<String> NOUN_PREPOSITIONS = Set.of("of", "on", "to", "in", "by", "from", "about", "for", "that");


    /** The nouns that name a work in an apposition before its citation: "The same author’s earlier article, …". */
    private static final Set<String> WORK_NOUNS = Set.of("book", "article", "study", "chapter", "essay", "report", "account",
            "monograph", "work", "paper", "thesis", "commentary", "survey", "treatment", "lecture", "lectures", "edition",
            // "A week later came the reply, Benedikt Harrow, “Silence Is Not Consent,” …": a work answering another
            "reply", "response", "rejoinder", "riposte", "critique", "post", "intervention", "analysis", "overview",
            // "The industry’s own count, Subsea Cable Forum, “Faults,” …", "the one award on cable cutting, A v. B, …"
            "count", "version", "estimate", "tally", "award", "decision", "judgment", "manual", "guide", "statement");

    /**
     * "The same author’s earlier article, Marguerite Ellison-Achterberg, ‘The End of …’, …, is harsher": a short noun
     * phrase naming a work, a comma, then the work cited in full with its author's full name. Where the name starts, or -1.
     */
    static int citationAfterApposition(Scan scan, int start, int end) {
        String t = scan.text;
        // "…; the fullest account, Petra Lind, “Title,” …": after a semicolon the noun phrase opens in lower case
        if (!Character.isUpperCase(t.charAt(start)) && !t.startsWith("the ", start)) return -1;
        int limit = Math.min(end, start + NoteSplitter.LEAD_IN_LIMIT);
        // "That is the conclusion of the one study of capture operations, …", "Why it failed is best explained in an
        // insider’s account, Tomasz Reyes’s “Seven Options,” …": the clause ending in the noun may follow others
        int clause = start;
        for (int comma = scan.indexOfTop(',', start); comma > 0 && comma < limit; clause = comma + 2, comma = scan.indexOfTop(',', comma + 1)) {
            if (comma + 2 >= end || !Character.isUpperCase(t.charAt(comma + 2))) continue;
            int w = comma;
            while (w > clause && Character.isLetter(t.charAt(w - 1))) w--;
            // or the noun, then what it is of
            if (!WORK_NOUNS.contains(t.substring(w, comma)) && !workNounThenOf(t, clause, comma) || w == clause) continue;
            if (!plainClause(t, clause, w)) continue;
            int s = comma + 2;
            int stop = NoteSplitter.untilSemicolon(scan, s, end);
            if (NoteSplitter.possessiveNamesThenWork(scan, s, stop) && fullNames(t.substring(s, CitationParser.possessiveEnd(t, s, stop) - 3))) {
                return s;
            }
            // a body's work or a decision in its report
            if (NoteSplitter.organisationThenQuotedTitle(scan, s, stop) || NoteSplitter.organisationThenWork(scan, s, stop)
                    || decidedCase(t.substring(s, stop)) || NoteSplitter.caseNamedWithItsReport(scan, s, stop)) {
                return s;
            }
            int name = scan.indexOfTop(',', s);
            if (name < 0 || name >= end || !fullNames(t.substring(s, name))) continue;
            if (NoteSplitter.namesThenQuotedTitle(scan, s, stop) || NoteSplitter.namesThenWork(scan, s, stop)) return s;
        }
        return -1;
    }

    /** Whether a word in [from, to) opens with a lower-case letter other than the small words of a name ("and", "of"). */
    private static boolean lowerCaseWordIn(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isLowerCase(t.charAt(i)) || i > from && t.charAt(i - 1) != ' ') continue;
            int e = i;
            while (e < to && Character.isLetter(t.charAt(e))) e++;
            if (!Lexicon.STOPWORDS.contains(t.substring(i, e))) return true;
        }
        return false;
    }

    /** Letters, spaces, apostrophes and hyphens only, from {@code from} to {@code to}: words of a plain clause. */
    private static boolean plainClause(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (!Character.isLetter(c) && c != ' ' && c != '\u2019' && c != '\'' && c != '-') return false;
        }
        return true;
    }


    /**
     * From {@code from}, words of prose (some of them capitalised, a relative clause set off by a comma allowed) up to a
     * preposition and a work cited in full or by its short form: "then turn to the practice, which is surveyed state by
     * state in Rafael Quintanar-Obi, ‘Asylum …’, …", "may be compared with the account of the Amboran formula in
     * Okonkwo-Lindell, Clean Slate, 88–93". Where the citation starts, or -1. No digit, quotation or bracket comes
     * before it, and the search ends with the sentence.
     */
    static int proseLeadInToCitation(Scan scan, int from, int end) {
        String t = scan.text;
        int limit = Math.min(end, from + 240);
        for (int i = from; i < limit; i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c) && yearInProse(t, from, i, end)) {
                i += 3;
                continue;
            }
            // "…, and denied outright on the blog that lawyers read most closely: Name, “Title,” Blog (blog), …": a colon
            // closes the lead-in before the work
            if (c == ':' && i + 2 < end && t.charAt(i + 1) == ' ' && Character.isUpperCase(t.charAt(i + 2)) && scan.top(i)) {
                return Prose.contentWords(t, from, i) >= 2 ? workAt(scan, i + 2, end) : -1;
            }
            if (Character.isDigit(c) || Scan.isOpeningQuote(c) || c == '"' || c == '(' || c == '[' || c == ';' || c == ':') return -1;
            if (c == '.' && Sentences.isSentenceEnd(t, i)) return -1;
            // a phrase set off by commas goes on in lower case: ", which is surveyed …", ", from the cartels … to …, is the
            // subject of"; a comma before a capital ends the lead-in
            if (c == ',' && !(i + 2 < limit && t.charAt(i + 1) == ' ' && Character.isLowerCase(t.charAt(i + 2)))) {
                // "The leading study remains, in my view, Philippe Sands, Principles …": the aside closes before the work
                return i + 2 < end && t.charAt(i + 1) == ' ' && leadWordBeforeAside(t, from, i) ? workAt(scan, i + 2, end) : -1;
            }
            if (c != ' ' || i + 1 >= limit || !Character.isUpperCase(t.charAt(i + 1))) continue;
            int w = i - 1;
            while (w > from && Character.isLowerCase(t.charAt(w - 1))) w--;
            String word = t.substring(w, i);
            // "… with great patience by Name", "The classic statement remains Name, Title, 60": a preposition or a copula
            // "…, as Mirela Sørbø-Adeyemi points out in “Title,” …": the author as the subject of a clause of the lead-in
            if (word.equals("as") && CitationParser.possessiveAsShortForm(t.substring(i + 1, NoteSplitter.untilSemicolon(scan, i + 1, end))) != null
                    && Evidence.strong(t, i + 1, end)) return i + 1;
            // "… the Harbourne Manual on Naval Warfare, ed. …": a title's small word, no lead-in's
            if (!LEAD_WORDS.contains(word) || insideTitle(t, from, w)) continue;
            int s = workAt(scan, i + 1, end);
            if (s > 0) return s;
        }
        return -1;
    }

    /** The last words of a lead-in to a work: a preposition or a copula. */
    private static final Set<String> LEAD_WORDS = Set.of("in", "by", "to", "of", "with", "is", "remains", "at", "on");

    /** At {@code s}, a work cited in full or by its short form, or a body's work with strong evidence: {@code s}, or -1. */
    private static int workAt(Scan scan, int s, int end) {
        int stop = NoteSplitter.untilSemicolon(scan, s, end);
        if (NoteSplitter.namesThenWork(scan, s, stop) || NoteSplitter.namesThenQuotedTitle(scan, s, stop) || NoteSplitter.shortFormThenPinpoint(scan, s, stop)) return s;
        // "… rests, in the end, on Velmo Harbour, paras. 314–16": a short title and its pinpoint
        if (NoteSplitter.shortTitleThenPinpoint(scan, s, stop)) return s;
        // "… the only question put to the tribunal in Name Arbitration (A v. B), PCA Case No. 2020-09, Award of …": a decision
        // (after "in" or "by" only: "S.à r.l. v. Kingdom of Ostmark, PCA Case No. …" is one name)
        if ((scan.text.startsWith(" in ", s - 4) || scan.text.startsWith(" by ", s - 4)) && Character.isUpperCase(scan.text.charAt(s))
                && decidedCase(scan.text.substring(s, stop))) return s;
        // "… can be consulted at Orvane Basin Commission, “Flow and Water Quality …,” accessed …": a body's work
        return NoteSplitter.organisationThenQuotedTitle(scan, s, stop) && Evidence.strong(scan.text, s, stop) ? s : -1;
    }

    /** Before the comma at {@code close}: ", in my view" after a lead word ("remains, in my view"), all in lower case. */
    private static boolean leadWordBeforeAside(String t, int from, int close) {
        int open = t.lastIndexOf(", ", close - 1);
        if (open <= from || close - open > 40) return false;
        for (int k = open + 2; k < close; k++) if (!Character.isLowerCase(t.charAt(k)) && t.charAt(k) != ' ') return false;
        int w = open;
        while (w > from && Character.isLowerCase(t.charAt(w - 1))) w--;
        return w < open && (w == from || t.charAt(w - 1) == ' ') && LEAD_WORDS.contains(t.substring(w, open));
    }

    /**
     * At {@code i}: a year standing as a word of prose after a lower-case word ("before 1930 should read", "for the years
     * after 1945, on"), not a volume or a page (a capital or a digit follows those).
     */
    private static boolean yearInProse(String t, int from, int i, int end) {
        if (i - 2 < from || !Character.isLowerCase(t.charAt(i - 2)) || !Prose.yearWordAt(t, i, end) && !(i + 4 < end
                && t.charAt(i + 4) == ',' && Prose.yearWordAt(t, i, i + 4))) return false;
        int after = i + 4;
        while (after < end && (t.charAt(after) == ' ' || t.charAt(after) == ',')) after++;
        return after < end && Character.isLowerCase(t.charAt(after));
    }

    /** Verbs of saying that writers put before their subject: "Yes, says Name, …", "Not so, replies Name, …". */
    private static final Set<String> SAYING = Set.of("says", "say", "writes", "argues", "replies", "answers", "insists", "objects");

    /**
     * "Yes, says Rosenthal-Adu, op. cit., pp. 212–19, since …", "no, says Brandt-Mensah, n. 3 above, …": up to three words,
     * a comma and a verb of saying before a capitalised name; where the name starts, or -1.
     */
    static int afterInvertedSaying(String t, int from, int end) {
        int comma = t.indexOf(", ", from);
        if (comma < 0 || comma > from + 20 || comma + 2 >= end) return -1;
        for (int i = from; i < comma; i++) if (!Character.isLetter(t.charAt(i)) && t.charAt(i) != ' ') return -1;
        int verbEnd = t.indexOf(' ', comma + 2);
        if (verbEnd < 0 || verbEnd + 1 >= end || !SAYING.contains(t.substring(comma + 2, verbEnd))) return -1;
        return Character.isUpperCase(t.charAt(verbEnd + 1)) ? verbEnd + 1 : -1;
    }

    /** Up to six lower-case words ending in "in", "of", "on" or "by" before a capital: where the capital stands, or -1. */
    static int afterPrepositionLeadIn(String t, int from, int end) {
        int i = from;
        for (int words = 0; words < 6 && i < end; words++) {
            int e = i;
            while (e < end && Character.isLowerCase(t.charAt(e))) e++;
            if (e == i || e + 1 >= end || t.charAt(e) != ' ') return -1;
            String word = t.substring(i, e);
            if ((word.equals("in") || word.equals("of") || word.equals("on") || word.equals("by")) && Character.isUpperCase(t.charAt(e + 1))) {
                return e + 1;
            }
            i = e + 1;
        }
        return -1;
    }
}
