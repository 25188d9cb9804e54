package org.citegraph.notes;

import java.util.Locale;
import java.util.Set;

/**
 * Tells running prose from a citation: the sentences of commentary a discursive note holds between its
 * citations ("The Court left the question open"), the lead-ins before a source ("This chapter draws on"),
 * and the clauses after one ("…, and neither accounts for settlements"). The tests read words mostly in place,
 * by their case, their endings and a few closed lists, without building substrings.
 */
final class Prose {

    private Prose() {
    }

    /** The clause from {@code from} to the next semicolon or full stop reads as a sentence of prose. */
    static boolean proseFollows(String t, int from) {
        if (from >= t.length() || !Character.isUpperCase(t.charAt(from))) return false;
        int limit = Math.min(t.length(), from + 300);
        int e = from;
        while (e < limit && t.charAt(e) != ';' && !(t.charAt(e) == '.' && (e + 1 == t.length() || t.charAt(e + 1) == ' '))) e++;
        if (e == limit && limit < t.length()) return false;
        Scan clause = Scan.of(t.substring(from, e));
        int n = e - from;
        return readsAsProse(clause, 0, n) || isPlainSentence(clause, 0, n);
    }

    static int lowerCaseWords(String t, int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            if (Character.isLowerCase(t.charAt(i)) && (i == 0 || t.charAt(i - 1) == ' ')) words++;
        }
        return words;
    }

    /**
     * A sentence of commentary with no mark of a citation: no digit, quote, bracket or top-level
     * comma, several words, and a verb or pronoun of running prose ("The mandate was renewed in
     * almost identical terms a year later").
     */
    static boolean isPlainSentence(Scan scan, int start, int end) {
        String t = scan.text;
        int words = 1;
        int lowerWords = 0;
        boolean proseWord = false;
        boolean year = false;
        boolean possessive = false;
        boolean pastTense = false;
        for (int i = start; i < end; i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c)) {
                // a year mentioned in passing ("… only in 2005") is no locator
                if (!yearWordAt(t, i, end)) return false;
                year = true;
                i += 3;
                continue;
            }
            // "…, though nothing was put to a vote": a comma before a conjunction goes on with the sentence
            if (c == ',' && clauseJoinedAt(t, i, end)) continue;
            // "… any look at “the justice of the foreign courts.”": a quotation in lower case, no title
            if (Scan.isOpeningQuote(c) && i > start && t.charAt(i - 1) == ' ' && i + 1 < end && Character.isLowerCase(t.charAt(i + 1))) continue;
            if (Scan.isOpeningQuote(c) && !isApostropheOrPossessive(t, start, i) || c == '(' || c == '[' || c == ',' || c == ':') return false;
            // a possessive ("the agency's figures"): running prose more often than a title
            if ((c == '\'' || c == '\u2019') && i + 1 < end && t.charAt(i + 1) == 's' && (i + 2 == end || t.charAt(i + 2) == ' ')
                    && i > start && Character.isLowerCase(t.charAt(i - 1))) possessive = true;
            if (c == ' ') {
                words++;
                int w = i + 1 < end && Scan.isOpeningQuote(t.charAt(i + 1)) ? i + 2 : i + 1; // a quotation's first word
                int j = w;
                while (j < end && Character.isLetter(t.charAt(j))) j++;
                if (j > w && Character.isLowerCase(t.charAt(w))) {
                    lowerWords++;
                    if (Lexicon.isProseWord(t, w, j)) proseWord = true;
                    if (j - w > 4 && t.charAt(j - 2) == 'e' && t.charAt(j - 1) == 'd') pastTense = true;
                }
            }
        }
        // without a verb from the list, a sentence with a year or a possessive still reads as prose when half its
        // words or more are lower-case
        boolean sentenceCase = (year || possessive) && words >= 6 && lowerWords * 2 >= words;
        // "The distinction matters in practice": every word but the first in lower case, and nothing else in the stretch
        boolean allLower = lowerWords == words - 1;
        // "The first wave of American suits foundered on standing": a verb in the past, most words in lower case
        boolean narrated = pastTense && words >= 7 && lowerWords * 3 >= words * 2;
        // "States seldom refuse outright.": four words, all but the first in lower case, are a sentence too
        return (proseWord || sentenceCase || allLower || narrated || namedSubjectThenVerb(t, start, end))
                && (words >= 5 || allLower && words == 4);
    }

    private static final String[] CONJUNCTIONS = {" though ", " but ", " although ", " while ", " whereas ", " and "};

    /** ", though nothing …", ", but the Council …": at the comma {@code i}, a conjunction, then a lower-case word. */
    private static boolean clauseJoinedAt(String t, int i, int end) {
        for (String c : CONJUNCTIONS) {
            int w = i + 1 + c.length();
            if (w < end && t.startsWith(c, i + 1) && Character.isLowerCase(t.charAt(w))) return true;
        }
        return false;
    }

    /**
     * "The Court left the position of a private lender open": "The", a capitalised noun, then a lower-case
     * word that is not the glue of a title ("The Court and the Charter", "The Hague in …", "The Queen v
     * Smith"): in a stretch with no comma, digit or quotation, a verb.
     */
    private static boolean namedSubjectThenVerb(String t, int start, int end) {
        if (!t.startsWith("The ", start) || start + 4 >= end || !Character.isUpperCase(t.charAt(start + 4))) return false;
        int e2 = start + 4;
        while (e2 < end && Character.isLetter(t.charAt(e2))) e2++;
        if (e2 >= end || t.charAt(e2) != ' ') return false;
        int w3 = e2 + 1;
        int e3 = w3;
        while (e3 < end && Character.isLetter(t.charAt(e3))) e3++;
        if (e3 == w3 || e3 - w3 < 3 || !Character.isLowerCase(t.charAt(w3)) || e3 < end && t.charAt(e3) != ' ') return false;
        String word = t.substring(w3, e3);
        return !Lexicon.STOPWORDS.contains(word) && !Lexicon.isParticle(word);
    }

    /** A four-digit year standing alone as a word, as the last word or before a space. */
    static boolean yearWordAt(String t, int i, int end) {
        if (i + 4 > end || (i > 0 && t.charAt(i - 1) != ' ')) return false;
        for (int k = i; k < i + 4; k++) if (!Character.isDigit(t.charAt(k))) return false;
        return i + 4 == end || t.charAt(i + 4) == ' ' || (t.charAt(i + 4) == '.' && i + 5 == end);
    }

    /**
     * From {@code from} to {@code to}: words in title case (capitals, apart from the small words of a name), with no
     * comma, quotation or digit but a year's: the name of an instrument or a body's text.
     */
    /** Lower-case words that join an instrument's name to its subject: "Convention (IV) respecting the Laws …". */
    private static final Set<String> INSTRUMENT_LINKS = Set.of("relating", "concerning", "respecting", "relative", "regarding",
            "against", "between", "among", "within", "without"); // "Convention … against the Safety of Maritime Navigation"

    static boolean titleCasedName(String t, int from, int to) {
        return titleCased(t, from, to, 0);
    }

    /**
     * As {@link #titleCasedName}, with up to one lower-case word that is no small word for every {@code capitalsPerWord}
     * words in capitals ("… Obligations for States related to Operations … during Armed Conflict"); none when 0.
     */
    static boolean titleCased(String t, int from, int to, int capitalsPerWord) {
        if (to <= from || to - from > 400) return false;
        int capitals = 0;
        int others = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == ',' || c == ';' || Scan.isOpeningQuote(c) || c == '"') return false;
            if (i > from && t.charAt(i - 1) != ' ' || !Character.isLetter(c)) continue;
            int e = i;
            while (e < to && Character.isLetter(t.charAt(e))) e++;
            if (Character.isUpperCase(c)) capitals++;
            else if (!Lexicon.STOPWORDS.contains(t.substring(i, e)) && !INSTRUMENT_LINKS.contains(t.substring(i, e))) others++;
        }
        return capitals >= 2 && (others == 0 || capitalsPerWord > 0 && capitals >= capitalsPerWord * others);
    }

    /**
     * Letters and spaces only, from {@code from} to {@code to}, two or more of them lower-case words that are not the
     * small words of a name: words of prose ("The last years are told in"), not a body's name ("Commission for Truth
     * and Reconciliation of") or the punctuation of a citation.
     */
    static boolean plainWords(String t, int from, int to) {
        return plainWords(t, from, to, 2);
    }

    /** How many lower-case words from {@code from} to {@code to} are not the small words of a name or title. */
    static int contentWords(String t, int from, int to) {
        int content = 0;
        for (int i = from; i < to; i++) {
            if (!Character.isLowerCase(t.charAt(i)) || i > from && Character.isLetter(t.charAt(i - 1))) continue;
            int e = i;
            while (e < to && Character.isLetter(t.charAt(e))) e++;
            if (!Lexicon.STOPWORDS.contains(t.substring(i, e))) content++;
            i = e;
        }
        return content;
    }

    /** As {@link #plainWords(String, int, int)}, with at least {@code contentWords} such words. */
    static boolean plainWords(String t, int from, int to, int contentWords) {
        int content = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (!Character.isLetter(c) && c != ' ' && c != '\u2019' && c != '\'' && c != '-') return false;
            if (Character.isLowerCase(c) && (i == from || t.charAt(i - 1) == ' ')) {
                int e = i;
                while (e < to && Character.isLetter(t.charAt(e))) e++;
                if (!Lexicon.STOPWORDS.contains(t.substring(i, e))) content++;
            }
        }
        return content >= contentWords;
    }

    /**
     * The stretch before a colon reads as a sentence of prose: three or more lower-case words, more of them
     * than capitalised ones, and no quoted title (a quotation opening with a capital), which a citation
     * whose container has a subtitle would show ("“Title,” in The Law of …: Current Debates, ed. …").
     */
    static boolean proseLeadIn(String t, int from, int to) {
        int lower = 0;
        int capital = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (Scan.isOpeningQuote(c) && i + 1 < to && Character.isUpperCase(t.charAt(i + 1))) return false;
            if (!Character.isLetter(c) || i > from && t.charAt(i - 1) != ' ') continue;
            if (Character.isLowerCase(c)) lower++;
            else capital++;
        }
        return lower >= 3 && lower > capital;
    }

    /** Three or more words, every one in lower case, with no digit, quote or bracket: "neither accounts for settlements". */
    static boolean lowerCaseClause(String t, int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c) || Scan.isOpeningQuote(c) || c == '"' || c == '(' || c == '[') return false;
            if (i == from || t.charAt(i - 1) == ' ') {
                if (!Character.isLowerCase(c)) return false;
                words++;
            }
        }
        return words >= 3;
    }

    /** Lower-case words and spaces only: an aside such as "more optimistically" or "for a comparison of the laws". */
    static boolean lowerCaseAside(String t, int from, int to) {
        if (to <= from) return false;
        for (int i = from; i < to; i++) {
            // "and, for the years after 1945, on …": a year after a lower-case word is a word of the aside
            if (Character.isDigit(t.charAt(i)) && i - 2 >= from && Character.isLowerCase(t.charAt(i - 2)) && yearWordAt(t, i, to)) {
                i += 3;
                continue;
            }
            if (!Character.isLowerCase(t.charAt(i)) && t.charAt(i) != ' ') return false;
        }
        return true;
    }

    /** An apostrophe within a word, or a plural's possessive: "the parties' later notes" (after the s, before lower case). */
    private static boolean isApostropheOrPossessive(String t, int wordStart, int i) {
        if (Sentences.isApostrophe(t, wordStart, i)) return true;
        return i > wordStart && i + 2 < t.length() && t.charAt(i - 1) == 's' && t.charAt(i + 1) == ' '
                && Character.isLowerCase(t.charAt(i + 2));
    }

    /** Longer words cannot be prose words: no need to cut them out of the text to look them up. */
    private static final int LONGEST_PROSE_WORD = Lexicon.PROSE_WORDS.stream().mapToInt(String::length).max().orElse(0);

    /**
     * "The Court described …", "The Tribunal has repeatedly treated …", "The tribunal awarded …": "The", a
     * noun, then a verb (a lower-case word ending in "ed", or an auxiliary after a common noun). A title
     * reads "The Law of …", "The Court and …".
     */
    private static boolean subjectThenVerb(String t, int start, int end) {
        // "…; the resolution speaks only of “restraint.”": a clause after a semicolon opens in lower case
        boolean lowerThe = t.startsWith("the ", start);
        if (!t.startsWith("The ", start) && !lowerThe) return false;
        int w2 = start + 4;
        int e2 = w2;
        while (e2 < end && (Character.isLetter(t.charAt(e2)) || t.charAt(e2) == '-' && e2 > w2)) e2++; // "Pre-Trial"
        if (e2 == w2 || e2 >= end || t.charAt(e2) != ' ') return false;
        int w3 = e2 + 1;
        int e3 = w3;
        while (e3 < end && Character.isLetter(t.charAt(e3))) e3++;
        if (e3 > w3 && Character.isUpperCase(t.charAt(w2)) && Character.isUpperCase(t.charAt(w3))) return namedSubjectThenPastVerb(t, w2, end);
        // "The Act requires publication within …": a capitalised noun, a verb in the present, a lower-case word
        if (e3 - w3 >= 5 && e3 + 1 < end && Character.isUpperCase(t.charAt(w2)) && Character.isLowerCase(t.charAt(w3))
                && t.charAt(e3 - 1) == 's' && t.charAt(e3 - 2) != 's' && t.charAt(e3) == ' ' && Character.isLowerCase(t.charAt(e3 + 1))) {
            return true;
        }
        if (e3 == w3 || !Character.isLowerCase(t.charAt(w3)) || e3 < end && t.charAt(e3) != ' ') return false;
        String verb = t.substring(w3, e3);
        // "The principle is stated in …": a common noun, then an auxiliary verb
        // "The tribunal awarded …": or a verb in the past
        // "The order extends the program …": or a verb in the present, then a determiner
        if (Character.isLowerCase(t.charAt(w2))) {
            boolean present = verb.length() >= 5 && verb.endsWith("s") && !verb.endsWith("ss");
            return AUXILIARIES.contains(verb) || verb.length() >= 6 && verb.endsWith("ed") || IRREGULAR_PAST.contains(verb)
                    || present && (lowerThe || determinerAt(t, e3 + 1, end));
        }
        // "…; the Court found a violation of Article 8": after a semicolon, a verb in the past
        if (lowerThe) return verb.length() >= 6 && verb.endsWith("ed") || IRREGULAR_PAST.contains(verb);
        return verb.length() >= 5 && verb.endsWith("ed") || Lexicon.PROSE_WORDS.contains(verb) && !verb.equals("see")
                || IRREGULAR_PAST.contains(verb);
    }

    /** Verbs in the past that do not end in "-ed", as a sentence about a decision uses them ("The Tribunal upheld …"). */
    private static final Set<String> IRREGULAR_PAST = Set.of("held", "upheld", "found", "read", "said",
            "took", "made", "gave", "set", "struck", "left", "saw", "thought", "wrote", "brought", "sought", "laid", "won",
            "lost", "put", "went", "came", "chose", "drew", "began", "ran", "meant", "kept", "built", "overturned", "heard",
            "told", "knew", "spoke", "felt", "stood", "sent", "paid", "led", "became", "grew", "rose", "fell", "bore");

    /**
     * At {@code name}, after "The": "World Heritage Committee placed the Old City …": two to five capitalised
     * words, a verb in the past and a determiner, as a sentence names its subject and the object acted on; a
     * title's lower-case words are not followed so.
     */
    private static boolean namedSubjectThenPastVerb(String t, int name, int end) {
        int i = name;
        boolean aside = false;
        for (int words = 0; words < 6 && i < end; words++) {
            int e = i;
            while (e < end && (Character.isLetter(t.charAt(e)) || t.charAt(e) == '-' && e > i)) e++;
            // "The Security Council, for its part, demanded in …": an aside between commas after the name
            if (e > i && words >= 1 && t.startsWith(", ", e) && Character.isUpperCase(t.charAt(i))) {
                int close = t.indexOf(", ", e + 2);
                if (close > 0 && close < end && close - e <= 40 && lowerCaseAside(t, e + 2, close)) {
                    i = close + 2;
                    aside = true;
                    continue;
                }
            }
            if (e == i || e >= end || t.charAt(e) != ' ') return false;
            if (Character.isLowerCase(t.charAt(i))) {
                String verb = t.substring(i, e);
                // "The Computer Fraud and Abuse Act reaches …": the small words of a name go on to its next capital
                if (Names.isOrgConnector(verb) && e + 1 < end && Character.isUpperCase(t.charAt(e + 1))) {
                    i = e + 1;
                    continue;
                }
                // "The Pre-Trial Chamber read article 25(3)(c) …": an irregular verb in the past needs no determiner
                if (words >= 1 && IRREGULAR_PAST.contains(verb)) return true;
                // "… Act reaches the intrusion itself": a verb in the present, then a determiner
                boolean present = verb.length() >= 5 && verb.endsWith("s") && !verb.endsWith("ss");
                if (words < 2 || verb.length() < 5 || !verb.endsWith("ed") && !present) return false;
                // "The General Assembly endorsed them in …": or an object's pronoun; after an aside ("…, for its part,
                // demanded in …"), or a preposition
                return determinerAt(t, e + 1, end) || t.startsWith("them ", e + 1) || t.startsWith("it ", e + 1)
                        || aside && (t.startsWith("in ", e + 1) || t.startsWith("by ", e + 1) || t.startsWith("that ", e + 1));
            }
            i = e + 1;
        }
        return false;
    }

    /**
     * "Congress implemented article 54 in a short section": a capitalised name, a verb in the past of six letters
     * or more, then a lower-case word, as a sentence opens; titles are capitalised throughout.
     */
    private static boolean nameThenPastVerb(String t, int start, int wordEnd, int end) {
        if (wordEnd - start < 2 || !Character.isUpperCase(t.charAt(start)) || wordEnd >= end || t.charAt(wordEnd) != ' ') return false;
        int v = wordEnd + 1;
        int ve = v;
        while (ve < end && Character.isLowerCase(t.charAt(ve))) ve++;
        if (ve - v < 6 || ve >= end || t.charAt(ve) != ' ' || !t.startsWith("ed", ve - 2)) return false;
        return ve + 1 < end && Character.isLowerCase(t.charAt(ve + 1));
    }

    /**
     * "Halvorsen-Adebayo reads the two judgments as …", "Castellane-Mbeki treated the later one as a retreat": a name
     * (hyphenated or not), a verb in the present or the past, then a determiner or "that", as a sentence opens. A
     * citation puts a comma after its author's name.
     */
    private static boolean nameThenVerbThenDeterminer(String t, int start, int end) {
        if (start >= end || !Character.isUpperCase(t.charAt(start))) return false;
        int n = start + 1;
        while (n < end && (Character.isLetter(t.charAt(n)) || t.charAt(n) == '-')) n++;
        if (n - start < 3 || n >= end || t.charAt(n) != ' ') return false;
        int v = n + 1;
        int ve = v;
        while (ve < end && Character.isLowerCase(t.charAt(ve))) ve++;
        if (ve - v < 4 || ve >= end || t.charAt(ve) != ' ') return false;
        boolean verb = t.charAt(ve - 1) == 's' && t.charAt(ve - 2) != 's' || t.startsWith("ed", ve - 2);
        return verb && (determinerAt(t, ve + 1, end) || t.startsWith("that ", ve + 1));
    }

    /**
     * "Fadel-Reyes, who disagrees, nonetheless accepts …": a name of one to three capitalised words, then ", who" or
     * ", whose", as a sentence opens. A citation's author is followed by a title, never by a relative clause.
     */
    private static boolean nameThenRelativeClause(String t, int start, int end) {
        if (start >= end || !Character.isUpperCase(t.charAt(start))) return false;
        int words = 1;
        int i = start;
        while (i < end && i - start <= 60) {
            char c = t.charAt(i);
            if (c == ',') return words <= 3 && (t.startsWith(", who ", i) || t.startsWith(", whose ", i));
            if (c == ' ') {
                if (++words > 3 || i + 1 >= end || !Character.isUpperCase(t.charAt(i + 1))) return false;
            } else if (!Character.isLetter(c) && c != '-' && c != '.' && c != '\u2019' && c != '\'') {
                return false;
            }
            i++;
        }
        return false;
    }

    /**
     * "“Consent,” a senior relief official told a closed meeting, “is not …”": a quotation opens the sentence and its
     * speaker follows, introduced by an article or a pronoun; a title in quotation marks is followed by its source.
     */
    private static boolean quotationWithSpeaker(Scan scan, int start, int end) {
        String t = scan.text;
        if (start >= end || !Scan.isOpeningQuote(t.charAt(start))) return false;
        for (int[] span : scan.quoteSpans()) {
            if (span[0] != start) continue;
            int k = span[1] + 1;
            if (t.charAt(span[1] - 1) != ',' && !(k < end && t.charAt(k) == ',')) return false;
            while (k < end && (t.charAt(k) == ',' || t.charAt(k) == ' ')) k++;
            for (String w : new String[] {"a ", "an ", "the ", "he ", "she ", "they ", "it ", "we ", "said ", "wrote "}) {
                if (t.startsWith(w, k)) return true;
            }
            return false;
        }
        return false;
    }

    /** A determiner ("the", "a", "its", …) as the word at {@code i}. */
    private static boolean determinerAt(String t, int i, int end) {
        int e = i;
        while (e < end && Character.isLetter(t.charAt(e))) e++;
        return e > i && e < end && t.charAt(e) == ' ' && DETERMINERS.contains(t.substring(i, e));
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her",
            "this", "that", "these", "those");

    /**
     * "The remedy, in short, lies with Congress": "The" and a common noun open a stretch of six words or more,
     * two in three of them lower-case, with no number, quotation or bracket that a citation would show.
     */
    private static boolean commonNounSentence(String t, int start, int end) {
        if (!t.startsWith("The ", start) || start + 4 >= end || !Character.isLowerCase(t.charAt(start + 4))) return false;
        int words = 1;
        int lower = 0;
        boolean digits = false;
        for (int i = start + 3; i < end; i++) {
            char c = t.charAt(i);
            if (Scan.isOpeningQuote(c) || c == '"' || c == '(' || c == '[') return false;
            if (Character.isDigit(c)) digits = true;
            if (c == ' ' && i + 1 < end && t.charAt(i + 1) != ' ') {
                words++;
                if (Character.isLowerCase(t.charAt(i + 1))) lower++;
            }
        }
        // "The first collision between two satellites, over Siberia in February 2009, was on the front pages": a long
        // sentence may hold a date or a number when it holds no locator to show a citation
        return (digits ? words >= 10 && !holdsLocatorLabel(t, start, end) : words >= 6) && lower * 3 >= words * 2;
    }

    /** A locator's label ("p.", "pp.", "para.", "art.", "at") before a digit somewhere in [start, end). */
    private static boolean holdsLocatorLabel(String t, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            if (!Character.isDigit(t.charAt(i)) || t.charAt(i - 1) != ' ') continue;
            int w = i - 1;
            if (w > start && t.charAt(w - 1) == '.') w--;
            int s = w;
            while (s > start && Character.isLetter(t.charAt(s - 1))) s--;
            if (s < w && Parts.isLocatorWord(t.substring(s, w).toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static final Set<String> AUXILIARIES = Set.of("is", "was", "are", "were", "has", "have", "had",
            "will", "would", "could", "should", "may", "might", "can", "did", "does", "must");

    /** "Wierzbicki’s argument rests on …": a name's possessive, then a lower-case noun, opens a sentence. */
    private static boolean possessiveSubject(String t, int start, int wordEnd, int end) {
        if (wordEnd + 3 >= end || wordEnd == start) return false;
        if (wordEnd - start == 3 && t.startsWith("The ", start)) {
            // "The Commission’s commentary makes …": the article, then the possessive
            int w = wordEnd + 1;
            int e = w;
            while (e < end && Character.isLetter(t.charAt(e))) e++;
            return e > w && possessiveSubject(t, w, e, end);
        }
        char apostrophe = t.charAt(wordEnd);
        if ((apostrophe != '\u2019' && apostrophe != '\'') || t.charAt(wordEnd + 1) != 's' || t.charAt(wordEnd + 2) != ' ') return false;
        return Character.isUpperCase(t.charAt(start)) && Character.isLowerCase(t.charAt(wordEnd + 3));
    }

    /** "expansively", "consistently": an adverb in lower case, which a citation's own words hardly ever hold. */
    private static boolean adverb(String t, int from, int to) {
        return to - from >= 7 && t.charAt(to - 2) == 'l' && t.charAt(to - 1) == 'y';
    }

    /**
     * Reads as commentary rather than a citation: it opens with a word that never opens a citation
     * ("In", "On", "This", "I"), or has the verbs and pronouns of running prose.
     */
    static boolean readsAsProse(Scan scan, int start, int end) {
        String t = scan.text;
        int wordEnd = start;
        while (wordEnd < end && Character.isLetter(t.charAt(wordEnd))) wordEnd++;
        if (wordEnd < end && (t.charAt(wordEnd) == ' ' || t.charAt(wordEnd) == ',')) {
            String first = t.substring(start, wordEnd).toLowerCase(Locale.ROOT);
            boolean opener = Lexicon.PROSE_OPENERS.contains(first);
            if (opener && first.equals("in") && t.startsWith(":", wordEnd)) opener = false;
            // Bluebook "Note, Title, 120 Harv. L. Rev. …", "Note, supra note 3": an unsigned student note
            if (opener && first.equals("note") && t.startsWith(", ", wordEnd) && wordEnd + 2 < end
                    && (Character.isUpperCase(t.charAt(wordEnd + 2)) || t.startsWith("supra ", wordEnd + 2))) opener = false;
            if (opener) return true;
            if (subjectThenVerb(t, start, end) || commonNounSentence(t, start, end) || nameThenPastVerb(t, start, wordEnd, end)) return true;
        }
        if (possessiveSubject(t, start, wordEnd, end) || nameThenVerbThenDeterminer(t, start, end)
                || nameThenRelativeClause(t, start, end) || quotationWithSpeaker(scan, start, end)) return true;
        int proseWords = 0;
        int i = start;
        int limit = Math.min(end, start + 160); // prose shows itself early; keeps long notes cheap
        while (i < limit && proseWords < 2) {
            if (!Character.isLetter(t.charAt(i)) || (i > start && Character.isLetter(t.charAt(i - 1)))) { i++; continue; }
            int j = i;
            while (j < limit && Character.isLetter(t.charAt(j))) j++;
            if (scan.top(i) && Character.isLowerCase(t.charAt(i)) && (j - i <= LONGEST_PROSE_WORD && Lexicon.isProseWord(t, i, j)
                    || adverb(t, i, j))) proseWords++;
            i = j;
        }
        return proseWords >= 2;
    }
}
