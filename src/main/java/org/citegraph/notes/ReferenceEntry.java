package org.citegraph.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citegraph.model.Agent;
import org.citegraph.model.CitationType;
import org.citegraph.model.Organization;
import org.citegraph.model.Person;
import org.citegraph.un.UnReference;
import org.citegraph.un.UnReferenceRecognizer;

/**
 * Entries of a reference list, where the first name is inverted: author–date ("Buzan, B. (2004)
 * Title. Place: Publisher.", "Buzan, Barry. 2004. Title.", APA "Buzan, B., &amp; Little, R. (2000).")
 * and notes–bibliography ("Buzan, Barry. Title. Place: Publisher, 2004."). Sentences, not commas,
 * separate the elements; inside each sentence the note grammar of {@link Tail} applies.
 */
final class ReferenceEntry {

    private ReferenceEntry() {
    }

    /** The names at the head of an entry, and where they end. */
    private record Head(List<Agent> names, boolean editors, int end, String year, String suffix, String date) {
    }

    static boolean looksLikeEntry(String t) {
        int i = 0;
        // "———. 2015b. Title.": the same author as the entry before
        while (i < t.length() && (t.charAt(i) == '\u2014' || t.charAt(i) == '\u2013' || t.charAt(i) == '-' || t.charAt(i) == '_')) i++;
        if (i >= 2) {
            while (i < t.length() && (t.charAt(i) == '.' || t.charAt(i) == ',' || t.charAt(i) == ' ')) i++;
            return head(t.substring(i)) != null;
        }
        // "1970 UNESCO Convention, art. 13": a year run into a name is a short name, not an entry whose names
        // were left out (those put a period or a bracket after the year)
        if (bareYearThenWord(t)) return false;
        // "Harbour Pilots Act, S. 1402, 117th Cong. (2021)": a bill's name, then its number in the Congress, is no "Family,
        // Given Year" of an entry's head
        if (t.contains(" Cong.") && BILL_AFTER_NAME.matcher(t).lookingAt()) return false;
        return head(t) != null;
    }

    private static final java.util.regex.Pattern BILL_AFTER_NAME = java.util.regex.Pattern.compile(
            "[^,]{1,200}, (?:H\\.\\s?R\\.|S\\.)(?:\\s?(?:J\\.|Con\\.)\\s?Res\\.|\\s?Res\\.)? \\d+, \\d+(?:st|nd|rd|th) Cong\\.");

    private static boolean bareYearThenWord(String t) {
        if (t.length() < 6) return false;
        for (int i = 0; i < 4; i++) if (!Character.isDigit(t.charAt(i))) return false;
        return t.charAt(4) == ' ' && Character.isLetter(t.charAt(5));
    }

    /**
     * Reads "Family, Given[, and|&amp; Family, Given …]" then a year ("(2004)", "2004.") or, for a
     * bibliography entry, the period that ends the names. Null when the text does not start so.
     */
    private static Head head(String t) {
        int n = t.length();
        // no names at all (they were "———"): the entry opens with its year
        int y0 = n > 0 && t.charAt(0) == '(' ? 1 : 0;
        String[] lead = yearAt(t, y0);
        if (lead != null && lead[0] != null) {
            int ye = y0 + lead[2].length();
            if (y0 == 1 && ye < n && t.charAt(ye) == ')') ye++;
            if (ye >= n || t.charAt(ye) == '.' || t.charAt(ye) == ' ') return new Head(List.of(), false, ye, lead[0], lead[1], null);
        }
        List<Agent> names = new ArrayList<>();
        int i = 0;
        boolean sawFullGiven = false;
        boolean previousNatural = false;
        for (int count = 0; count < 12; count++) {
            // Chicago inverts the first name only: once one name was natural, the rest are too
            // ("Zeleke, Mekdes, Arturo Villanueva, Priya Chandrasekaran, and …")
            boolean natural = count > 0 && (previousNatural || !startsInverted(t, i) || sawFullGiven && twoNaturalNames(t, i));
            previousNatural = natural;
            if (natural) {
                // "…, and Richard Little." in a Chicago bibliography
                int e = i;
                while (e < n && t.charAt(e) != ',' && t.charAt(e) != '.' && t.charAt(e) != '(' && e - i < 60) {
                    if (t.startsWith(" and ", e) || t.startsWith(" & ", e)) break;
                    e++;
                }
                // initials inside a natural name: "R. B. J. Walker"
                while (e < n && t.charAt(e) == '.' && e - i < 60 && isInitialEnd(t, e)) {
                    e++;
                    while (e < n && t.charAt(e) != ',' && t.charAt(e) != '.' && t.charAt(e) != '(') {
                        if (t.startsWith(" and ", e) || t.startsWith(" & ", e)) break;
                        e++;
                    }
                }
                String name = t.substring(i, e).strip();
                if (Names.kind(name) != Names.Kind.FULL) return null;
                names.add(Names.person(name));
                i = e;
            } else {
                int[] fam = family(t, i);
                if (fam == null && count == 0) return organisationHead(t);
                if (fam == null) return null;
                int g = fam[1];
                int[] given = given(t, g);
                // "Committee on Harbour Waste, Including Inland Waters. (2023).": a body's name holding a comma, no "Family, Given"
                if (given == null) return count == 0 ? organisationHead(t) : null;
                String suffix = null;
                int after = given[1];
                // "Claude, Inis L., Jr."
                if (t.startsWith(", Jr.", after) || t.startsWith(", Sr.", after)) {
                    suffix = t.substring(after + 2, after + 5);
                    after += 5;
                }
                String givenText = t.substring(g, given[0]).strip();
                // "Anna Berg-Lund, Injuries Among Dock Workers, 2023, 12 …": a natural name, then a title of whole words that
                // ends in a year, is no "Family Name, Given Names"
                if (count == 0 && titleAfterName(t.substring(i, fam[0]), givenText)) return organisationHead(t);
                if (!givenText.isEmpty() && !Names.isInitial(givenText.split(" ")[0])) sawFullGiven = true;
                names.add(Names.inverted(t.substring(i, fam[0]), givenText, suffix));
                i = after;
            }
            // what follows the name?
            int j = etAlEnd(t, i);
            boolean editors = false;
            String marker = editorMarkerAt(t, j);
            if (marker != null) {
                editors = true;
                j += marker.length();
            }
            if (t.startsWith(", and ", j)) { i = j + 6; continue; }
            if (t.startsWith(", & ", j)) { i = j + 4; continue; }
            if (t.startsWith(" and ", j)) { i = j + 5; continue; }
            if (t.startsWith(" & ", j)) { i = j + 3; continue; }
            if (t.startsWith(", ", j) && !editors) {
                int k = j + 2;
                if (startsInverted(t, k) || naturalNameAt(t, k)) {
                    i = k;
                    continue;
                }
            }
            // a year: "(2004)", " (2004a).", ". 2004.", ", 2004."
            int k = j;
            while (k < n && (t.charAt(k) == ' ' || t.charAt(k) == '.' || t.charAt(k) == ',')) k++;
            boolean paren = k < n && t.charAt(k) == '(';
            int ys = paren ? k + 1 : k;
            String[] year = yearAt(t, ys);
            if (year != null) {
                int ye = ys + year[2].length();
                String date = null;
                if (paren) {
                    int close = t.indexOf(')', ye);
                    if (close < 0 || close - ye > 30) return null;
                    // "(2021b, March 3)": the letter that tells a year's works apart is no part of the date
                    String dated = year[1] == null || year[0] == null ? t.substring(ys, close)
                            : year[0] + t.substring(ys + year[2].length(), close);
                    Dates.Parsed dp = Dates.find(dated, 0);
                    if (dp != null && dp.iso() != null) date = dp.iso();
                    ye = close + 1;
                    // Chicago reprint "(1931) 2004.": the year of the edition cited follows the original's
                    String[] reprint = ye + 5 < n && t.charAt(ye) == ' ' ? yearAt(t, ye + 1) : null;
                    if (reprint != null && reprint[0] != null && date == null) {
                        year = reprint;
                        ye = ye + 1 + reprint[2].length();
                    }
                } else if (ye < n && t.charAt(ye) != '.' && t.charAt(ye) != ',' && t.charAt(ye - 1) != '.') { // "n.d. Title"
                    return null;
                }
                return new Head(names, editors, ye, year[0], year[1], date);
            }
            // notes–bibliography: the names end with a period, then the title
            if (t.startsWith(". ", j) && sawFullGiven && j + 2 < n) {
                return new Head(names, editors, j + 1, null, null, null);
            }
            if (editors && t.startsWith(" ", j) && sawFullGiven) {
                return new Head(names, true, j, null, null, null);
            }
            return null;
        }
        return null;
    }

    /** A family name of two words or more before "given names" of three whole words or more: a name, then a title. */
    private static boolean titleAfterName(String family, String given) {
        String[] words = given.split(" ");
        if (family.strip().indexOf(' ') < 0 || words.length < 3) return false;
        for (String w : words) if (Names.isInitial(w) || Lexicon.isParticle(w)) return false;
        return true;
    }

    /** After "Family, A. et al." the position past "et al." (the other authors are not named); else {@code i}. */
    private static int etAlEnd(String t, int i) {
        for (String m : new String[] {" et al.", ", et al.", " et al", ", et al"}) {
            if (t.startsWith(m, i)) return i + m.length();
        }
        return i;
    }

    /**
     * "Food and Agriculture Organization of the United Nations": a name too long for {@link Names#kind}, of
     * capitalised words and the small words that join them, one of them a word organisations are named by.
     */
    private static boolean longOrganisation(String name) {
        String[] words = name.split(" ");
        if (words.length < 8 || words.length > 14) return false;
        boolean orgWord = false;
        for (String w : words) {
            if (w.isEmpty()) return false;
            if (!Names.isOrgConnector(w) && !Names.isNameWord(w)) return false;
            String lower = w.toLowerCase(Locale.ROOT);
            if (Aliases.INSTRUMENT_WORDS.contains(lower)) return false; // "United Nations Convention on the Law of the Sea"
            if (BODY_WORDS.contains(lower)) orgWord = true;
        }
        return orgWord;
    }

    /**
     * Harvard names a person "Surname, A."; a name with no comma before a bracketed year is a body's: a few
     * capitalised words ("Climate Case Atlas (2024)"), or a long name with a word bodies are named by, its small
     * words included ("Conference of the Parties serving as the meeting of the Parties to the Paris Agreement
     * (2024)"). Not an instrument's or a case's name, which open their entries too.
     */
    private static boolean bodyBeforeYear(String name) {
        String[] words = name.split(" ");
        if (words.length < 2 || words.length > 16 || name.indexOf('.') >= 0 || name.contains(" v ")) return false;
        boolean capitalised = true;
        boolean bodyWord = false;
        for (String w : words) {
            if (w.isEmpty()) return false;
            for (int i = 0; i < w.length(); i++) if (Character.isDigit(w.charAt(i))) return false;
            String lower = w.toLowerCase(Locale.ROOT);
            // "… the meeting of the Parties to the Paris Agreement": an instrument named after the body is its subject
            if ((Aliases.INSTRUMENT_WORDS.contains(lower) || lower.equals("act")) && !bodyWord || lower.equals("opinion")) return false;
            if (BODY_WORDS.contains(lower) || lower.equals("parties")) bodyWord = true;
            if (!Character.isUpperCase(w.charAt(0))) capitalised = false;
        }
        return capitalised && words.length <= 4 || bodyWord && Character.isUpperCase(name.charAt(0));
    }

    /**
     * Words a body is named by ("Organization", "Commission", "Programme"), or a mandate of the UN's special procedures
     * ("Special Rapporteur", "Independent Expert", "Expert Mechanism"), as opposed to its subject.
     */
    private static final Set<String> BODY_WORDS = Set.of("organization", "organisation", "council", "institute", "commission",
            "committee", "agency", "association", "bureau", "programme", "program", "office", "fund", "bank", "foundation",
            "federation", "union", "centre", "center", "ministry", "department", "tribunal", "society", "network",
            "assembly", "secretariat", "conference", "unit", "mechanism", "rapporteur", "expert", "panel", "forum", "board",
            // "Transnational Science-Policy Platform on Harbours and Coasts": a body that joins others' work
            "platform", "coalition", "alliance", "consortium", "partnership", "observatory");

    /** "United Nations (2015) Title." or "World Bank. 2019. Title.": an organisation, then the year. */
    private static Head organisationHead(String t) {
        int n = Math.min(t.length(), 120);
        int e = 0;
        while (e < n && t.charAt(e) != '(' && t.charAt(e) != ',' && !(t.charAt(e) == '.' && e + 1 < t.length() && t.charAt(e + 1) == ' ')) e++;
        if (e == 0 || e >= n) return null;
        int commaPhrase = t.charAt(e) == ',' ? phraseInName(t, e) : -1;
        if (commaPhrase > 0) e = commaPhrase; // "…on Plastic Pollution, Including in the Marine Environment. (2024)"
        else if (t.charAt(e) == ',') e = listInName(t, e, n); // "Committee on Economic, Social and Cultural Rights (2003)"
        String name = t.substring(0, e).strip();
        String words = name.indexOf(',') > 0 ? name.replace(",", "") : name;
        if (commaPhrase > 0) words = name.substring(0, name.indexOf(','));
        // "Climate Case Atlas (2024)", "Joint Inspection Unit. 2020.": the year right after the name
        boolean bracketedYear = t.startsWith(" (", e - 1) || e < t.length() && t.charAt(e) == '('
                || t.startsWith(". ", e) && e + 6 < t.length() && yearAt(t, e + 2) != null && yearAt(t, e + 2)[0] != null
                || commaPhrase > 0;
        if (Names.kind(words) != Names.Kind.ORG && !longOrganisation(words) && !(bracketedYear && bodyBeforeYear(words))
                && !(apaDatedHead(t, e) && capitalisedName(words))) {
            return null;
        }
        int k = e;
        // "Northern Council (NC). 2020.": the body's abbreviation in parentheses before the year
        int abbreviationEnd = k < t.length() && t.charAt(k) == '(' ? t.indexOf(')', k) : -1;
        if (abbreviationEnd > k + 1 && abbreviationEnd - k <= 12 && upperCaseLetters(t, k + 1, abbreviationEnd)) k = abbreviationEnd + 1;
        while (k < t.length() && (t.charAt(k) == ' ' || t.charAt(k) == '.')) k++;
        boolean paren = k < t.length() && t.charAt(k) == '(';
        int ys = paren ? k + 1 : k;
        String[] year = yearAt(t, ys); // "Species Database (n.d.)": no year, but the head is read all the same
        if (year == null) return null;
        int ye = ys + year[2].length();
        String date = null;
        if (paren) {
            // "World Bank. (2020, October 7).": APA's full date of a dated item
            int close = t.indexOf(')', ye);
            if (close < 0 || close - ye > 30) return null;
            if (close > ye) {
                Dates.Parsed dp = Dates.find(t.substring(ys, close), 0);
                if (dp == null || dp.iso() == null) return null;
                date = dp.iso();
            }
            ye = close + 1;
        } else if (ye < t.length() && t.charAt(ye) != '.' && t.charAt(ye - 1) != '.') { // "World Bank. n.d. Title"
            return null;
        }
        return new Head(List.of(new Organization(name)), false, ye, year[0], year[1], date);
    }

    /**
     * "Convention on Harbour Seals. (2023, March 14). Second report …": APA closes the author with a period before the
     * bracketed year or date, then the title follows; a name so placed is the author's, even one that names a treaty
     * (the secretariat of a convention publishes under the convention's name). The name's period is at {@code e}.
     */
    private static boolean apaDatedHead(String t, int e) {
        if (!t.startsWith(". (", e)) return false;
        String[] year = yearAt(t, e + 3);
        if (year == null || year[0] == null) return false;
        int close = t.indexOf(')', e + 3);
        return close > 0 && close - e < 40 && t.startsWith(". ", close + 1) && close + 3 < t.length()
                && Character.isUpperCase(t.charAt(close + 3));
    }

    /** "Convention on the Protection of Harbour Seals": capitalised words and the small words that join them. */
    private static boolean capitalisedName(String name) {
        String[] words = name.split(" ");
        if (words.length < 2 || words.length > 16 || !Character.isUpperCase(name.charAt(0))) return false;
        for (String w : words) if (w.isEmpty() || !Names.isNameWord(w) && !Names.isOrgConnector(w)) return false;
        return true;
    }

    /**
     * "Eurostat (2023) Asylum statistics.": in a reference list a person is never named by one word alone,
     * so one capitalised word before the bracketed year is a body's name. Only for list entries: in a
     * footnote "Keohane (1984)" is an author cited by name and year.
     */
    static boolean opensWithOneWordBody(String t) {
        return oneWordBody(t) != null;
    }

    private static Head oneWordBody(String t) {
        int space = t.indexOf(" (");
        if (space < 3 || space > 30 || !Character.isUpperCase(t.charAt(0))) return null;
        String name = t.substring(0, space);
        if (Names.kind(name) != Names.Kind.FAMILY_ONLY || name.indexOf(' ') >= 0) return null;
        String[] year = yearAt(t, space + 2);
        if (year == null || year[0] == null) return null;
        int close = space + 2 + year[2].length();
        if (close >= t.length() || t.charAt(close) != ')') return null;
        return new Head(List.of(new Organization(name)), false, close + 1, year[0], year[1], null);
    }

    /**
     * "Committee on Economic, Social and Cultural Rights (2003)": a body's name that lists its subjects with
     * commas runs, through capitalised words and a final "and", to the bracketed year; else the name ends at
     * the comma at {@code comma}.
     */
    private static int listInName(String t, int comma, int limit) {
        int open = t.indexOf(" (", comma);
        if (open < 0 || open >= limit) return comma;
        String rest = t.substring(comma + 1, open);
        if (rest.indexOf(" and ") < 0 || rest.indexOf('.') >= 0) return comma;
        for (String piece : rest.split(",")) {
            String p = piece.strip();
            if (p.isEmpty() || !Character.isUpperCase(p.charAt(0))) return comma;
        }
        String[] years = yearAt(t, open + 2);
        return years != null && years[0] != null ? open : comma;
    }

    /**
     * "Negotiating Committee on Harbour Waste, Including Inland Waters. (2023, May 4).": a body's long name whose last phrase,
     * set off by a comma, goes on in capitalised words to APA's period and bracketed date; where the name ends (its period),
     * or -1. The part before the comma must read as a body's name ("Committee", "Working Group"), so a person's "Family,
     * Given." is never read so.
     */
    private static int phraseInName(String t, int comma) {
        int end = t.indexOf(". (", comma);
        if (end < 0 || end - comma > 120 || t.indexOf('.', comma) < end) return -1;
        String[] year = yearAt(t, end + 3);
        if (year == null || year[0] == null) return -1;
        boolean body = Names.kind(t.substring(0, comma)) == Names.Kind.ORG;
        for (String w : t.substring(0, comma).split(" ")) if (BODY_WORDS.contains(w.toLowerCase(Locale.ROOT))) body = true;
        if (!body) return -1;
        String[] words = t.substring(comma + 1, end).strip().split(" ");
        if (words.length < 2 || !Character.isUpperCase(words[0].charAt(0))) return -1;
        for (String w : words) if (w.isEmpty() || !Names.isOrgConnector(w) && !Names.isNameWord(w)) return -1;
        return end;
    }

    private static boolean upperCaseLetters(String t, int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isUpperCase(t.charAt(i))) return false;
        return true;
    }

    /** "David Held, …" or "David Held." in a Chicago list after the first, inverted name. */
    private static boolean naturalNameAt(String t, int i) {
        int e = i;
        while (e < t.length() && e - i < 60 && t.charAt(e) != ',' && t.charAt(e) != '(') {
            if (t.charAt(e) == '.' && !isInitialEnd(t, e)) break;
            e++;
        }
        return e > i && Names.kind(t.substring(i, e).strip()) == Names.Kind.FULL;
    }

    private static boolean isInitialEnd(String t, int dot) {
        return dot > 0 && Character.isUpperCase(t.charAt(dot - 1)) && (dot < 2 || t.charAt(dot - 2) == ' ' || t.charAt(dot - 2) == '.');
    }

    /** "Buzan, " / "de Haas, " / "Friedner Parrat, ": 1–3 capitalised words (particles allowed), then ", ". */
    private static int[] family(String t, int i) {
        int n = t.length();
        int j = i;
        int words = 0;
        while (j < n && words < 4) {
            int e = j;
            while (e < n && t.charAt(e) != ' ' && t.charAt(e) != ',') e++;
            String w = t.substring(j, e);
            boolean particle = Lexicon.isParticle(w);
            if (!particle && !Names.isNameWord(w)) return null;
            if (w.endsWith(".")) return null;
            words++;
            if (e < n && t.charAt(e) == ',') {
                if (particle) return null;
                return new int[] {e, e + 1};
            }
            if (e >= n) return null;
            j = e + 1;
        }
        return null;
    }

    /**
     * Given names after "Family,": initials ("B.", "T.B.", "T. B.") or words ("Barry", "Tonny Brems"),
     * at most four. Returns {end of the given names, end including a closing initial's period}.
     */
    private static int[] given(String t, int g) {
        int n = t.length();
        int j = g;
        while (j < n && t.charAt(j) == ' ') j++;
        int start = j;
        int words = 0;
        int end = -1;
        while (j < n && words < 5) {
            int e = j;
            while (e < n && t.charAt(e) != ' ' && t.charAt(e) != ',' && t.charAt(e) != '(') e++;
            String w = t.substring(j, e);
            if (w.isEmpty()) break;
            boolean initial = Names.isInitial(w);
            boolean word = Names.isNameWord(w) && !w.endsWith(".") || (Names.isNameWord(w.substring(0, w.length() - 1)) && w.endsWith("."));
            // "Jessica Lin, Council Deadlocks Again, …" is a name and a title, not "Lin, Council"
            if (word && !initial && Lexicon.ORG_WORDS.contains(w.toLowerCase(Locale.ROOT).replace(".", ""))) return null;
            // "Markov, Case No. IT-99-12-T": an abbreviation ("No.", "Vol.") is no given name
            if (word && !initial && w.endsWith(".") && Lexicon.isAbbreviation(w.substring(0, w.length() - 1))
                    && !Lexicon.GIVEN_ABBREVIATIONS.contains(w.substring(0, w.length() - 1).toLowerCase(Locale.ROOT))) return null;
            if (!initial && !word && !Lexicon.isParticle(w)) break;
            words++;
            end = e;
            if (w.endsWith(".") && !initial) {
                // "Barry." closes the names of a bibliography entry
                return new int[] {e - 1, e - 1};
            }
            if (e >= n || t.charAt(e) != ' ') break;
            // stop before a year or the next name's "and"
            if (t.startsWith(" and ", e) || t.startsWith(" & ", e) || t.startsWith(" (", e)) break;
            j = e + 1;
        }
        if (end < 0 || start == end) return null;
        return new int[] {end, end};
    }

    /**
     * "Arturo Villanueva, Priya Chandrasekaran, and …": two names of two or more whole words each, a
     * comma between; read inverted they would make a two-word family name with a two-word given name.
     */
    private static boolean twoNaturalNames(String t, int i) {
        int comma = t.indexOf(", ", i);
        if (comma < 0 || comma - i > 40) return false;
        int e = comma + 2;
        while (e < t.length() && e - comma < 42 && t.charAt(e) != ',' && t.charAt(e) != '.' && t.charAt(e) != '('
                && !t.startsWith(" and ", e) && !t.startsWith(" & ", e)) e++;
        return wholeWordsName(t.substring(i, comma)) && wholeWordsName(t.substring(comma + 2, e));
    }

    /** A full name of two or three capitalised words, none an initial: "Priya Chandrasekaran". */
    private static boolean wholeWordsName(String name) {
        String[] words = name.strip().split(" ");
        if (words.length < 2 || words.length > 3) return false;
        for (String w : words) {
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || w.indexOf('.') >= 0) return false;
        }
        return Names.kind(name) == Names.Kind.FULL;
    }

    private static boolean startsInverted(String t, int i) {
        int[] fam = family(t, i);
        return fam != null && given(t, fam[1]) != null;
    }

    private static String editorMarkerAt(String t, int j) {
        String lower = t.substring(j, Math.min(t.length(), j + 12)).toLowerCase(Locale.ROOT);
        for (String m : new String[] {" (eds.)", " (eds)", " (ed.)", " (ed)", ", eds.", ", ed.", " (hrsg.)"}) {
            if (lower.startsWith(m)) return m;
        }
        return null;
    }

    /** A year at {@code i}: {year, suffix or null, text as written}. "n.d." and "no date" give a null year. */
    private static final String[] UNDATED = {"in press", "In press", "forthcoming", "Forthcoming"};

    private static String[] yearAt(String t, int i) {
        if (t.startsWith("n.d.", i)) return new String[] {null, null, "n.d."};
        if (t.startsWith("n.d", i)) return new String[] {null, null, "n.d"};
        if (t.startsWith("no date", i)) return new String[] {null, null, "no date"}; // Harvard's "(no date)"
        // APA's "(in press)", Chicago's "Forthcoming.": accepted, not yet dated
        for (String undated : UNDATED) if (t.startsWith(undated, i)) return new String[] {null, null, undated};
        if (i + 4 > t.length()) return null;
        String y = t.substring(i, i + 4);
        if (!Pages.allDigits(y) || !Dates.isYear(Integer.parseInt(y))) return null;
        if (i + 4 < t.length() && Character.isLowerCase(t.charAt(i + 4))
                && (i + 5 >= t.length() || !Character.isLetter(t.charAt(i + 5)))) {
            return new String[] {y, String.valueOf(t.charAt(i + 4)), t.substring(i, i + 5)};
        }
        if (i + 4 < t.length() && Character.isLetterOrDigit(t.charAt(i + 4))) return null;
        return new String[] {y, null, y};
    }

    // ---------------------------------------------------------------- parsing an entry

    /** "Convention on the Rights of the Child (1989) 1577 UNTS 3": an instrument, its year, then where the Treaty Series prints it. */
    private static final Pattern TREATY_IN_SERIES = Pattern.compile(
            "(?<name>[^()]{8,200}?) \\((?<paren>[^()]*\\d{4}[^()]*)\\),? (?:(?<vol>\\d{1,4}) (?<series>UNTS|U\\.N\\.T\\.S\\.) (?<page>\\d{1,5})"
            // Harvard "… (1966) United Nations Treaty Series, 993, p. 3": the series named in full, its volume and page
            + "|(?<series2>United Nations Treaty Series), (?:vol\\. )?(?<vol2>\\d{1,4}), (?:p\\. )?(?<page2>\\d{1,5}))"
            + "(?:, (?<pin>[^.]+))?\\.?");

    static boolean treatyInSeries(String t, Draft d) {
        if (t.indexOf("UNTS") < 0 && t.indexOf("U.N.T.S.") < 0 && t.indexOf("Treaty Series") < 0) return false; // the cheap test first
        Matcher m = TREATY_IN_SERIES.matcher(t);
        // the Treaty Series prints only treaties: a name with no comma (no author's) before it is the instrument's, and so
        // is one that names an instrument ("International Covenant on Economic, Social and Cultural Rights")
        if (!m.matches() || m.group("name").indexOf(',') >= 0 && !Tail.namesAnInstrument(m.group("name"))) return false;
        d.type = CitationType.TREATY;
        boolean full = m.group("series2") != null;
        d.fields.title(m.group("name").strip()).container(full ? m.group("series2") : m.group("series"))
                .volume(full ? m.group("vol2") : m.group("vol")).pages(full ? m.group("page2") : m.group("page"));
        dateFromParenthesis(m.group("paren"), d);
        if (m.group("pin") != null) d.pinpoint = m.group("pin").strip();
        return true;
    }

    private static final Pattern FOUR_DIGITS = Pattern.compile("\\b\\d{4}\\b");

    /** "(New York, 4 August 1995)", "(2015)": the instrument's date when the parenthesis gives one, else its year. */
    private static void dateFromParenthesis(String paren, Draft d) {
        Dates.Parsed date = Dates.find(paren, 0);
        if (date != null && date.iso() != null) d.fields.date(date.iso()).year(date.year());
        else {
            Matcher y = FOUR_DIGITS.matcher(paren);
            if (y.find()) d.fields.year(y.group());
        }
    }

    /**
     * "Inter-American Convention on … (2015) OAS Treaty Series No. A-70", "… (2011) CETS No. 210": an instrument, its
     * year, then a regional series that numbers its treaties. The number is the issue, as for "T.I.A.S. No.".
     */
    private static final Pattern TREATY_NUMBERED_IN_SERIES = Pattern.compile(
            "(?<name>[^()]{8,200}?) \\((?<paren>[^()]*\\d{4}[^()]*)\\),? (?<series>(?:[A-Z]{2,6} )?Treaty Series|C?ETS|[A-Z]{2,5} T\\.S\\.)"
            + " No\\. (?<number>[A-Z]?-?\\d[\\w-]*)(?:, (?<pin>[^.]+))?\\.?");

    static boolean treatyNumberedInSeries(String t, Draft d) {
        if (t.indexOf(" No. ") < 0 || t.indexOf("T") < 0) return false; // the cheap test first
        Matcher m = TREATY_NUMBERED_IN_SERIES.matcher(t);
        if (!m.matches() || m.group("name").indexOf(',') >= 0) return false;
        d.type = CitationType.TREATY;
        d.fields.title(m.group("name").strip()).container(m.group("series")).issue(m.group("number"));
        dateFromParenthesis(m.group("paren"), d);
        if (m.group("pin") != null) d.pinpoint = m.group("pin").strip();
        return true;
    }

    static void parse(String t, Draft d, CitationParser parser) {
        // APA "… Publisher. (Original work published 1974)": the first edition's year has no field
        if (t.endsWith(")")) {
            int original = t.lastIndexOf(" (Original work published ");
            if (original > 0) t = t.substring(0, original).strip();
        }
        if (treatyInSeries(t, d)) return;
        Head h = head(t);
        if (h == null) h = oneWordBody(t);
        if (h == null) {
            parser.general(t, d);
            return;
        }
        if (h.editors()) d.fields.editors(h.names());
        else if (!h.names().isEmpty()) d.fields.authors(h.names());
        if (h.year() != null) d.fields.year(h.year());
        if (h.date() != null) d.fields.date(h.date());
        d.yearSuffix = h.suffix();
        int i = h.end();
        while (i < t.length() && (t.charAt(i) == '.' || t.charAt(i) == ',' || t.charAt(i) == ' ' || t.charAt(i) == ':')) i++;
        String rest = t.substring(i);
        if (unDocument(rest, d)) return;
        CitationType described = null;
        boolean preprint = false;
        int[] bracket = description(rest);
        if (bracket != null) {
            described = describedType(rest.substring(bracket[0] + 2, bracket[1]));
            preprint = rest.substring(bracket[0] + 2, bracket[1]).equalsIgnoreCase("preprint");
            rest = rest.substring(0, bracket[0]) + rest.substring(bracket[1] + 1);
        }
        Scan scan = Scan.of(rest);
        Tail tail = new Tail(d, scan, true);
        int bodyStart;
        int[] q = CitationParser.firstTitleQuote(scan);
        // APA: "“They are making us slaves”: How …": a title that opens with a quotation goes on after it
        boolean quotationOpensTitle = q != null && q[0] == 0 && rest.startsWith(":", q[1] + 1);
        if (q != null && q[0] == 0 && !quotationOpensTitle) {
            d.fields.title(CitationParser.cleanTitle(rest.substring(1, q[1])));
            tail.quotedTitle = true;
            bodyStart = q[1] + 1;
        } else {
            int end = titleEnd(scan);
            // "Title [Preprint]. medRxiv.": the description closed the title, whatever case follows it
            if (bracket != null && bracket[0] > 0 && bracket[0] < end) end = bracket[0];
            d.fields.title(CitationParser.cleanTitle(withoutTitleNotes(rest.substring(0, end), d)));
            bodyStart = end;
        }
        // "… Version 2.1. Distributed by Harwell Data Archive.": a data set, as APA's "[Data set]" says
        if (described == null && rest.contains(". Distributed by ")) described = CitationType.OTHER;
        sentences(rest, scan, bodyStart, d, tail);
        tail.finish();
        // "Title. Report to the Secretary-General of the United Nations. New York: United Nations.": the entry says what the
        // work is, whoever published it
        if (d.type == CitationType.BOOK && REPORT_SENTENCE.matcher(rest).region(Math.min(bodyStart, rest.length()), rest.length()).find()) {
            d.type = CitationType.REPORT;
        }
        if (d.type == CitationType.THESIS && d.fields.publisher() != null && d.fields.container() != null && d.fields.volume() == null
                && d.fields.pages() == null) {
            // "[Doctoral dissertation, University of Harwick]. Harwick Open Repository. https://…": the university publishes
            // the thesis; the repository that holds a copy is where the link leads, no container
            d.fields.container(null);
        }
        if (d.type == CitationType.UN_DOCUMENT && d.fields.date() == null) adoptionDate(d);
        // APA "Title. Site Name. https://…": the site, not a publisher (a book's DOI keeps it a book);
        // "(2017, October 9). Title. The Harbour Times. https://…": a newspaper online is still a newspaper
        if (d.type == CitationType.BOOK && d.fields.url() != null && d.fields.place() == null && d.fields.publisher() != null
                && d.fields.doi() == null && publishedByBody(d)) {
            // "Department of Peace Operations. (2023). Title. United Nations. https://…": an organisation's work of a year,
            // issued by a body or a press, is its report; a site's name is no body's ("Site Name")
            d.type = CitationType.REPORT;
        } else if (d.type == CitationType.BOOK && d.fields.url() != null && d.fields.place() == null && d.fields.publisher() != null
                && d.fields.doi() == null) {
            d.type = d.fields.date() != null && (Tail.isNews(d.fields.publisher()) || dailyJournal(d))
                    ? CitationType.NEWS_ARTICLE : CitationType.WEB_PAGE;
            d.fields.container(d.fields.publisher()).publisher(null);
        } else if (d.type == CitationType.BOOK && d.fields.url() != null && d.fields.date() != null && d.fields.place() != null
                && d.fields.publisher() != null && d.fields.doi() == null) {
            // "(2020, March 3). Title. EJIL: Talk! https://…": a post dated to the day; its site's name holds a colon
            d.type = CitationType.WEB_PAGE;
            d.fields.container(d.fields.place() + ": " + d.fields.publisher()).publisher(null).place(null);
        }
        if (d.type == CitationType.BOOK && d.fields.url() == null && d.fields.place() == null && d.fields.publisher() != null
                && d.fields.doi() == null && publishedByBody(d) && !publishingHouse(d.fields.publisher())) {
            // "Harbour Secretariat. (2019). Handbook of the Quay Convention (3rd ed.). United Nations Environment Programme.":
            // an organisation's work issued by a body, not by a press, is the body's report, printed or online
            d.type = CitationType.REPORT;
        }
        if (described != null && d.type != described) {
            // "[Report]", "[Press release]": the entry says what it is
            if (described == CitationType.WEB_PAGE && d.fields.container() == null && d.fields.place() == null) {
                d.fields.container(d.fields.publisher()).publisher(null);
            } else if (described == CitationType.WEB_PAGE && d.fields.container() == null && d.fields.publisher() != null) {
                // "[Blog post]. EJIL: Talk! https://…": the site's name holds a colon, no place and publisher
                d.fields.container(d.fields.place() + ": " + d.fields.publisher()).publisher(null).place(null);
            }
            d.type = described;
        }
        if (preprint && d.fields.container() == null) {
            // "[Preprint]. medRxiv.": the server holds the paper as a series holds a report
            String server = d.fields.publisher() != null ? d.fields.publisher() : d.fields.container();
            d.fields.container(server).publisher(null);
        }
        if (d.type == CitationType.BOOK && d.fields.year() == null && d.fields.place() == null && journalName(d.fields.publisher())) {
            // "(in press). Transboundary aquifers in law. Journal of Water Law.": an accepted article, its journal named
            d.type = CitationType.JOURNAL_ARTICLE;
            d.fields.container(d.fields.publisher()).publisher(null);
        }
        if (d.type == CitationType.WEB_PAGE && d.fields.date() == null && d.fields.container() == null
                && servesDocument(d.fields.url(), d.fields.accessed() != null)) {
            // "Panel. (2022). Lessons unlearned. https://…/lessons.pdf": a document dated by its year alone, not a page
            d.type = CitationType.REPORT;
        }
    }

    /** "Harwell University Press", "Kestrel Publishing", "Thornbury Books": a house that publishes books for others. */
    private static boolean publishingHouse(String publisher) {
        String l = publisher.toLowerCase(Locale.ROOT);
        return l.contains("press") || l.contains("publish") || l.contains("books") || l.contains("verlag") || l.contains("editions")
                || l.contains("\u00e9ditions") || l.contains("university") || l.contains("academic");
    }

    /** "Journal of Water Law", "Harbour Law Review": a name only a periodical has. */
    private static boolean journalName(String name) {
        if (name == null) return false;
        return name.startsWith("Journal ") || name.contains(" Journal") || name.endsWith(" Review") || name.endsWith(" Quarterly")
                || name.startsWith("Review of ") || name.startsWith("Yearbook ") || name.contains(" Yearbook");
    }

    /**
     * An organisation's entry dated by its year alone whose publisher is a body or a press ("United Nations",
     * "Harwell University Press"), not a newspaper: the body issued the work, no site holds a page.
     */
    private static boolean publishedByBody(Draft d) {
        if (d.fields.date() != null || d.fields.authors().size() != 1 || !(d.fields.authors().get(0) instanceof Organization)) {
            return false;
        }
        // "Secretariat. (n.d.). Farmers' rights. Site Name. Retrieved April 2, 2025, from https://…": undated and read on a
        // day, a page that changes, on a site that may be a body's
        if (d.fields.year() == null && d.fields.accessed() != null) return false;
        String publisher = d.fields.publisher();
        return Names.kind(publisher) == Names.Kind.ORG && !Tail.isNews(publisher);
    }

    /**
     * An address that serves a document: a PDF, or a page filed under the site's reports; one filed under its
     * publications too, unless the entry gives the day it was read, as it does for a page ("Accessed: 4 October 2022").
     */
    private static boolean servesDocument(String url, boolean accessed) {
        if (url == null) return false;
        if (url.regionMatches(true, url.length() - 4, ".pdf", 0, 4) || url.contains("/reports/")) return true;
        return !accessed && (url.contains("/publication/") || url.contains("/publications/"));
    }

    /**
     * APA's description in square brackets after a title ("Title [Policy brief]. Publisher."): where
     * " [" and its "]" stand, or null when there is none.
     */
    private static int[] description(String rest) {
        int open = rest.indexOf(" [");
        while (open >= 0) {
            int close = rest.indexOf(']', open);
            if (close < 0) return null;
            if (describedType(rest.substring(open + 2, close)) != null) return new int[] {open, close};
            open = rest.indexOf(" [", close);
        }
        return null;
    }

    /** What an APA description says the item is; null when the brackets hold something else (a translation). */
    private static CitationType describedType(String description) {
        String d = description.toLowerCase(Locale.ROOT);
        int comma = d.indexOf(',');
        if (comma > 0) d = d.substring(0, comma); // "[Policy brief, No. 12]"
        return switch (d.strip()) {
            case "report", "policy brief", "brief", "working paper", "fact sheet", "issue brief", "research report",
                 "technical report", "background paper", "discussion paper", "white paper" -> CitationType.REPORT;
            case "press release", "blog post", "blog", "web page", "webpage", "statement", "tweet", "infographic" -> CitationType.WEB_PAGE;
            // a preprint is an unreviewed paper on a server, as a working paper is in a series
            case "preprint" -> CitationType.REPORT;
            case "data set", "dataset" -> CitationType.OTHER;
            default -> null;
        };
    }

    /**
     * "UN Security Council (2016) S/RES/2320 (2016), 18 November.": a UN document listed under its
     * issuing body; the date after the symbol takes the year of the head.
     */
    private static boolean unDocument(String text, Draft d) {
        String rest = text;
        UnSymbols.Found f = UnSymbols.atStart(rest);
        if (f == null) {
            // "United Nations General Assembly (2005) 2005 World Summit Outcome. A/RES/60/1, 24 October."
            // "… Outcome. A/RES/60/1", "“Title.” Resolution A/RES/68/163, adopted …": a sentence of its own
            int s = sentenceEnd(rest, 0);
            int symbolAt = -1;
            while (s > 0 && f == null) {
                symbolAt = s + 2 + symbolWordLength(rest, s + 2);
                // "Title (UN Doc. A/64/170). United Nations.": a symbol in brackets after the title is one of the title's
                // notes (see withoutTitleNotes), not a sentence of its own
                f = insideBrackets(rest, s) ? null : UnSymbols.atStart(rest.substring(symbolAt));
                if (f == null) s = sentenceEnd(rest, s + 2);
            }
            // "———. 2023. Title. A76/14.": the body of the entry above, whose names the registry fills in
            boolean body = d.sameAuthorsAsPrevious || !d.fields.authors().isEmpty() && d.fields.authors().get(0) instanceof Organization;
            if (f == null && body) return ownNumberedDocument(rest, d);
            if (f == null || !body) return false;
            String title = rest.substring(0, rest.charAt(s) == '.' ? s : s + 1);
            // "Question of Antarctica. UN Doc. A/RES/60/47": the marker belongs to the symbol
            for (String marker : new String[] {". UN Doc", ". U.N. Doc", ". UN Document", ". UN doc"}) {
                if (title.endsWith(marker)) title = title.substring(0, title.length() - marker.length());
            }
            if (title.length() > 2 && Scan.isOpeningQuote(title.charAt(0)) && "\u201D\"".indexOf(title.charAt(title.length() - 1)) >= 0) {
                title = CitationParser.stripFinalPeriod(title.substring(1, title.length() - 1)); // "“Title.”"
            }
            d.fields.title(CitationParser.cleanTitle(CitationParser.withoutDecisionNumber(title)));
            rest = rest.substring(symbolAt);
        }
        d.type = CitationType.UN_DOCUMENT;
        d.fields.unSymbol(f.symbol());
        // "… A/RES/60/47. New York: United Nations.": the imprint after the symbol
        String after = rest.substring(f.end()).strip();
        if (after.startsWith(".")) after = after.substring(1).strip();
        String[] imprint = Parts.imprint(after.endsWith(".") ? after.substring(0, after.length() - 1) : after);
        if (imprint != null && imprint[0] != null && imprint[1] != null) {
            d.fields.place(imprint[0]).publisher(imprint[1]);
            return true;
        }
        // "…, adopted December 18, 2013.": the adoption date, commas and all
        String adopted = after.startsWith(",") ? after.substring(1).strip() : after;
        if (adopted.startsWith("adopted ")) {
            Dates.Parsed date = Dates.whole(CitationParser.stripFinalPeriod(adopted.substring("adopted ".length())));
            if (date != null && date.iso() != null) {
                d.fields.date(date.iso()).year(date.year());
                return true;
            }
        }
        List<String> parts = new ArrayList<>();
        for (String part : Scan.of(rest.substring(f.end())).splitTopCommas(0, rest.length() - f.end())) {
            String p = part.strip();
            if (p.startsWith(".")) p = p.substring(1).strip(); // "S/RES/1973. March 17, 2011."
            while (p.endsWith(".")) p = p.substring(0, p.length() - 1);
            parts.add(p);
        }
        for (String p : CitationParser.joinUsDates(parts)) {
            Dates.Parsed whole = Dates.whole(p);
            String iso = whole != null ? whole.iso() : Dates.dayMonth(p, d.fields.year());
            if (iso != null) {
                d.fields.date(iso).year(iso.substring(0, 4));
                break;
            }
        }
        return true;
    }

    /**
     * "International Seabed Authority (2022) Draft rules on dredging. ISBA/27/C/4. Kingston: International Seabed Authority.": a
     * document of a body outside the UN by its own number ({@link UnSymbols#ownDocumentNumber}): a report, the number its issue, as a League
     * document's number is.
     */
    private static boolean ownNumberedDocument(String rest, Draft d) {
        for (int s = sentenceEnd(rest, 0); s > 0; s = sentenceEnd(rest, s + 2)) {
            String number = s + 2 < rest.length() ? UnSymbols.ownDocumentNumber(rest.substring(s + 2)) : null;
            if (number == null) continue;
            d.type = CitationType.REPORT;
            d.fields.title(CitationParser.cleanTitle(rest.substring(0, rest.charAt(s) == '.' ? s : s + 1))).issue(number);
            String after = rest.substring(s + 2 + number.length()).strip();
            if (after.startsWith(".")) after = after.substring(1).strip();
            String[] imprint = Parts.imprint(after.endsWith(".") ? after.substring(0, after.length() - 1) : after);
            if (imprint != null) d.fields.place(imprint[0]).publisher(imprint[1]);
            return true;
        }
        return false;
    }

    /** "Resolution WHA77.17", "Document A74/15", "Doc. EB152/12": the word before a symbol, with its space. */
    private static int symbolWordLength(String text, int at) {
        for (String word : new String[] {"Resolution ", "Document ", "Doc. ", "UN Doc. ", "WHO Doc. "}) {
            if (text.startsWith(word, at)) return word.length();
        }
        return 0;
    }

    /** Whether a bracket opened before {@code i} is still open there: "Title (UN Doc. A/64/170)" at "Doc.". */
    private static boolean insideBrackets(String text, int i) {
        return text.lastIndexOf('(', i) > text.lastIndexOf(')', i);
    }

    /** Where the sentence ending at or after {@code from} ends: its ". " or a quoted title's ".” ", else -1. */
    private static int sentenceEnd(String text, int from) {
        int plain = text.indexOf(". ", from);
        int quoted = text.indexOf(".\u201D ", from);
        if (quoted >= 0 && (plain < 0 || quoted < plain)) return quoted + 1;
        return plain;
    }

    /** "(2019, May 2). Title. The Harbour Journal.": a journal dated to the day is a daily paper. */
    private static boolean dailyJournal(Draft d) {
        if (d.fields.date() == null) return false;
        String outlet = d.fields.publisher().toLowerCase(Locale.ROOT);
        for (String w : PERIODICAL_WORDS) if (outlet.contains(w)) return true;
        return false;
    }

    /** Words of a periodical's name: a piece it dates to the day is an article in it, not a web page. */
    private static final String[] PERIODICAL_WORDS = {"journal", "review", "magazine", "weekly", "monthly", "affairs",
        "economist", "atlantic", "diplomat", "spectator", "observer", "chronicle", "quarterly",
        // "The Harbour Ledger. https://…" dated to the day in a list: a paper (a footnote's "Arms Control Ledger (Jan. 18,
        // 2022), https://…" may be a site's, so the word marks no newspaper there)
        "ledger"};

    /** "Resolution adopted by the General Assembly on 24 May 2005": the title dates the document. */
    private static void adoptionDate(Draft d) {
        String title = d.fields.title();
        if (title == null) return;
        int on = title.toLowerCase(Locale.ROOT).indexOf("adopted ");
        if (on < 0) return;
        Dates.Parsed date = Dates.find(title, on);
        if (date == null || date.iso() == null) return;
        if (d.fields.year() != null && !d.fields.year().equals(date.year())) return;
        d.fields.date(date.iso());
    }

    /** "Resolution MSC.167(78)", "Resolution WHA77.17": a specialized agency's resolution and nothing else; its symbol, or null. */
    private static String agencyResolution(String inner) {
        if (!inner.startsWith("Resolution ")) return null;
        List<UnReference> refs = UnReferenceRecognizer.recognize(inner);
        if (refs.size() != 1 || refs.get(0).end() < inner.length() || refs.get(0).symbol() == null) return null;
        String symbol = inner.substring("Resolution ".length()).strip();
        return symbol.isEmpty() ? null : symbol;
    }

    /**
     * What APA writes after a title and is not part of it: "(2nd ed.)", "(Policy Report No. 44)",
     * "[Blog post]". A report series and its number are kept as container and issue.
     */
    private static String withoutTitleNotes(String title, Draft d) {
        String s = title.strip();
        for (int round = 0; round < 3 && (s.endsWith(")") || s.endsWith("]")); round++) {
            char close = s.charAt(s.length() - 1);
            int open = openingOf(s, close == ')' ? '(' : '[', close); // "(S/RES/2502(2019))" nests
            if (open <= 0 || s.charAt(open - 1) != ' ') break;
            String inner = s.substring(open + 1, s.length() - 1).strip();
            String[] series = Parts.seriesNumber(inner);
            // "(UN Doc. A/64/170)", "(U.N. Doc. A/64/170)": the symbol after the word that marks it
            for (String marker : new String[] {"UN Doc. ", "U.N. Doc. ", "UN doc. "}) {
                if (close == ')' && inner.startsWith(marker)) inner = inner.substring(marker.length()).strip();
            }
            UnSymbols.Found un = close == ')' ? UnSymbols.atStart(inner) : null;
            String agencyResolution = close == ')' && un == null ? agencyResolution(inner) : null;
            if (un != null && un.end() >= inner.length()) {
                // "Resolution adopted by the General Assembly (A/RES/60/1)": the document's symbol
                d.fields.unSymbol(un.symbol());
                d.type = CitationType.UN_DOCUMENT;
            } else if (agencyResolution != null) {
                // "Guidelines on the treatment of persons rescued at sea (Resolution MSC.167(78))": an agency's resolution
                d.fields.unSymbol(agencyResolution);
                d.type = CitationType.UN_DOCUMENT;
            } else if (close == ')' && APPLICATION.matcher(inner).matches()) {
                // "Hirsi Jamaa and Others v. Italy (Application no. 27765/09)": a human-rights court's case by its
                // application number, which has no field
                d.type = CitationType.LEGAL_CASE;
            } else if (close == ']') {
                // "[Blog post]", "[Doctoral dissertation, University of X]": a description of the item;
                // a thesis names the university that accepted it, which stands as its publisher
                int comma = inner.indexOf(", ");
                String kind = comma > 0 ? inner.substring(0, comma).toLowerCase(Locale.ROOT) : "";
                if (kind.endsWith("dissertation") || kind.endsWith("thesis")) d.fields.publisher(inner.substring(comma + 2).strip());
            } else if (close == ')' && (inner.startsWith("Version ") || inner.startsWith("Ver. ")) && inner.length() <= 16) {
                // "(Version 2.1)": a data set's or software's version, as an edition is no part of the title
            } else if (series != null) {
                d.fields.container(series[0]).issue(series[1]);
            } else if (close != ')' || !creditsAndEdition(inner, d)) {
                break;
            }
            s = s.substring(0, open).strip();
        }
        return s;
    }

    /**
     * What an APA parenthesis after a title may hold, one item or several joined by "; ": the translator ("M. Hale,
     * Trans.", no field), the editors ("A. Lund &amp; C. Fisk, Eds.", a report's or a book's) and the edition or volume
     * ("2nd ed.", "Vol. 2"): "(T. Berg, Trans.; 3rd ed.)". False, and nothing read, when any item is something else.
     */
    private static boolean creditsAndEdition(String inner, Draft d) {
        List<Agent> editors = null;
        for (String item : inner.split("; ")) {
            String it = item.strip();
            if (it.endsWith("Trans.") || it.endsWith("Trans")) continue;
            if (Parts.isEdition(it) || Parts.isEdition(it.replaceAll("\\.$", "")) || Parts.volumeWord(it) != null) continue;
            List<Agent> named = editorsNamed(it);
            if (named == null || editors != null) return false;
            editors = named;
        }
        if (editors != null && d.fields.editors().isEmpty()) d.fields.editors(editors);
        return true;
    }

    /** "E. S. Lund, J. Fisk, &amp; H. T. Moe, Eds.": APA's editors named after a title, in natural order; else null. */
    private static List<Agent> editorsNamed(String item) {
        String names;
        if (item.endsWith(", Eds.") || item.endsWith(", Eds")) names = item.substring(0, item.lastIndexOf(", Eds"));
        else if (item.endsWith(", Ed.") || item.endsWith(", Ed")) names = item.substring(0, item.lastIndexOf(", Ed"));
        else return null;
        List<String> list = Names.splitList(names);
        if (list.isEmpty() || !Names.allNames(list, false, true)) return null;
        List<Agent> out = new ArrayList<>(list.size());
        for (String n : list) out.add(Names.person(n));
        return out;
    }

    private static final java.util.regex.Pattern DATA_VERSION = java.util.regex.Pattern.compile("(?:Version|Ver\\.|V\\.) ?\\d+(?:\\.\\d+){0,3}");

    private static final java.util.regex.Pattern APPLICATION = java.util.regex.Pattern.compile(
            "(?:[Aa]pplication|[Aa]pp\\.)(?: [Nn]os?\\.)? \\d{1,6}/\\d{2}(?:(?:,| and) \\d{1,6}/\\d{2})*");

    /** Where the bracket closing {@code s} opens, nested pairs skipped; -1 when it does not. */
    private static int openingOf(String s, char open, char close) {
        int depth = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == close) depth++;
            else if (c == open && --depth == 0) return i;
        }
        return -1;
    }

    /** The title of an unquoted entry ends at the first sentence break (or at "In:" for a chapter). */
    private static int titleEnd(Scan scan) {
        String t = scan.text;
        for (int i = 0; i < t.length(); i++) {
            if (!scan.top(i)) continue;
            char c = t.charAt(i);
            // "Is There an International Society? Oxford: Meridian Press.": a question closes the
            // title when the imprint follows; otherwise a subtitle does ("Whose rules travel? Norm …")
            if ((c == '?' || c == '!') && i + 2 < t.length() && t.charAt(i + 1) == ' ') {
                // … or the journal does ("Whose norms matter? International Organization 58(2), 239–275.")
                String next = nextSentence(t, i + 2);
                if (imprintSentence(next) || JOURNAL_AFTER_TITLE.matcher(next).matches()) return i + 1;
                // … or a numbered series does ("Who Sits at the Table? Working Paper No. 12. Geneva: …")
                if (next.indexOf('(') < 0 && Parts.seriesNumber(next) != null) return i + 1;
            }
            // "Consensus and Its Discontents. 2nd ed. Aarhus: …": an edition follows the title
            if (editionFollows(t, i)) return i;
            if (c == '.' && i + 1 < t.length() && t.charAt(i + 1) == ' ' && Sentences.isSentenceEnd(t, i)
                    && !t.startsWith("Contribution of Working Group", i + 2)) return i;
            // "Climate change 2023: Synthesis report. Contribution of Working Groups I, II and III to …": an
            // assessment report's second sentence says whose it is and belongs to its title
            if (c == '.' && i + 1 == t.length()) return i;
            if ((c == ',' || c == '.') && (t.startsWith(" In: ", i + 1) || t.startsWith(" in: ", i + 1))) return i;
            if (c == ',' && t.startsWith(" in ", i + 1) && i > 0) {
                // Harvard chapters: "‘Title’, in Editors (eds) Book" — only when editors follow
                int m = t.indexOf("(ed", i);
                if (m > 0 && m - i < 120) return i;
            }
        }
        return t.length();
    }

    /** "Journal, 58(2), 239–275", "Journal 35 (6): 1012–30", "Journal 12, 4–9": a journal, its volume, and an issue or pages. */
    private static final Pattern JOURNAL_AFTER_TITLE = Pattern.compile(
            "\\p{Lu}[^():?!]*[\\p{L}.)],? \\d{1,4}(?: ?\\([^()]{1,12}\\)(?:[,:] ?(?:pp?\\. ?)?e?\\d+(?:[-\\u2013]e?\\d+)?)?"
            + "|[,:] ?(?:pp?\\. ?)?e?\\d+(?:[-\\u2013]e?\\d+)?)");

    /** The text from {@code from} to the next sentence break (exclusive), or to the end. */
    private static String nextSentence(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            if (t.charAt(i) == '.' && (i + 1 == t.length() || t.charAt(i + 1) == ' ' && Sentences.isSentenceEnd(t, i))) {
                return t.substring(from, i);
            }
        }
        return t.substring(from);
    }

    /** The period at {@code i} closes an edition statement that followed a sentence or a comma ("… 2nd edn. Basingstoke: …"). */
    private static boolean editionEnds(String t, int i) {
        int prev = i > 0 ? Math.max(t.lastIndexOf(". ", i - 1), t.lastIndexOf(", ", i - 1)) : -1;
        if (prev >= 0 && editionFollows(t, prev) && editionDot(t, prev + 2) == i) return true;
        // "… Displacement. Rev. ed. Cambridge": the statement's own abbreviation stands between
        int before = prev > 0 ? Math.max(t.lastIndexOf(". ", prev - 1), t.lastIndexOf(", ", prev - 1)) : -1;
        return before >= 0 && i - before <= 24 && editionFollows(t, before) && editionDot(t, before + 2) == i;
    }

    /**
     * The period that closes an edition statement starting at {@code from}: the first, or the next when the first
     * closes "rev." ("Rev. ed.", "3rd rev. ed.").
     */
    private static int editionDot(String t, int from) {
        int dot = t.indexOf('.', from);
        if (dot >= 3 && dot - from >= 3 && t.regionMatches(true, dot - 3, "rev", 0, 3)
                && (dot - 3 == from || t.charAt(dot - 4) == ' ')) {
            dot = t.indexOf('.', dot + 1);
        }
        return dot;
    }

    /**
     * A period or comma at {@code i} followed by an edition statement ("… Discontents. 2nd ed. Aarhus: …",
     * Harvard's "… International Order, 2nd edn. New York: …").
     */
    private static boolean editionFollows(String t, int i) {
        char c = t.charAt(i);
        if (c != '.' && c != ',' || i + 2 >= t.length() || t.charAt(i + 1) != ' ') return false;
        int dot = editionDot(t, i + 2);
        if (dot < 0 || dot - i > 24) return false;
        return Parts.isEdition(t.substring(i + 2, dot + 1));
    }

    /** Splits the body after the title into sentences and reads each. */
    private static void sentences(String rest, Scan scan, int from, Draft d, Tail tail) {
        List<int[]> spans = new ArrayList<>();
        int start = from;
        for (int i = from; i < rest.length(); i++) {
            if (!scan.top(i)) continue;
            char c = rest.charAt(i);
            boolean end = c == '.' && (i + 1 == rest.length() || rest.charAt(i + 1) == ' '
                    && (Sentences.isSentenceEnd(rest, i) || editionFollows(rest, i) || editionEnds(rest, i)));
            if (end) {
                spans.add(new int[] {start, i});
                start = i + 1;
            }
        }
        spans.add(new int[] {start, rest.length()});
        for (int[] s : spans) {
            String sentence = rest.substring(s[0], s[1]).strip();
            while (sentence.startsWith(",") || sentence.startsWith(".")) sentence = sentence.substring(1).strip();
            if (sentence.isEmpty()) continue;
            sentence(sentence, d, tail);
        }
    }

    private static void sentence(String sentence, Draft d, Tail tail) {
        String s = withoutTrailingDate(withoutEdition(sentence), d);
        if (s.isEmpty()) return;
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("in: ") || lower.startsWith("in ")) {
            chapter(s.substring(lower.startsWith("in: ") ? 4 : 3).strip(), d, tail);
            return;
        }
        // Harvard "Systems of States. Edited by H. Bull. Leicester: …": a book's editor after its title
        if (lower.startsWith("edited by ") && d.fields.editors().isEmpty() && s.indexOf(':') < 0) {
            d.fields.editors(CitationParser.agents(s.substring(10).strip()));
            return;
        }
        // Chicago author-date "PhD diss., University of X.": the kind of work, then the university as publisher
        int kindEnd = Tail.thesisKindEnd(lower);
        if (kindEnd > 0) {
            String university = s.substring(kindEnd).strip();
            if (!university.isEmpty() && d.fields.publisher() == null) d.fields.publisher(university);
            return;
        }
        // Harvard "PhD thesis. University of X.": the kind of work, then the university as publisher
        if ((lower.endsWith(" thesis") || lower.endsWith(" dissertation")) && s.length() <= 24) return;
        // Chicago author-date data sets: "Version 2.1. Distributed by Harwell Data Archive.": the version has no
        // field, the archive that distributes the data publishes it
        if (DATA_VERSION.matcher(s).matches()) return;
        if (lower.startsWith("distributed by ") && s.length() > 15 && d.fields.publisher() == null) {
            d.fields.publisher(s.substring(15).strip());
            return;
        }
        boolean digits = false;
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) digits = true;
        if (imprintSentence(s)) {
            // "Cham: Palgrave Macmillan, pp. 1–20": the imprint, then perhaps locators
            Scan sc = Scan.of(s);
            List<String> imprintParts = new ArrayList<>();
            List<String> after = new ArrayList<>();
            for (int[] p : sc.spansTopCommas(0, s.length())) {
                String part = s.substring(p[0], p[1]).strip();
                if (!after.isEmpty() || Parts.locator(part, false) != null) after.add(part);
                else imprintParts.add(part);
            }
            String[] imp = Parts.imprint(String.join(", ", imprintParts));
            if (imp != null) tail.applyImprint(imp);
            for (String a : after) tail.handleEntryPart(a);
            return;
        }
        // "… Working Paper 42. Centre for Harbour Governance, University of Quayton.": after a numbered series, the
        // sentence with no digit is its publisher, commas and all
        boolean afterSeries = d.fields.container() != null && d.fields.issue() != null && d.fields.volume() == null;
        if (!digits && d.fields.publisher() == null && (!tail.quotedTitle && d.fields.container() == null || afterSeries)) {
            d.fields.publisher(s);
            return;
        }
        if (tail.quotedTitle && d.fields.container() == null && journalSentence(s, tail)) return;
        Scan sc = Scan.of(s);
        List<int[]> parts = sc.spansTopCommas(0, s.length());
        // "Review of European, Comparative & International Environmental Law, 25(2), 142–150": a journal's
        // name may hold a comma; it runs up to the volume
        int volume = volumePart(s, parts);
        int first = 0;
        if (volume > 1 && d.fields.container() == null) {
            tail.handleEntryPart(s.substring(parts.get(0)[0], parts.get(volume - 1)[1]).strip());
            first = volume;
        }
        for (int k = first; k < parts.size(); k++) {
            tail.handleEntryPart(s.substring(parts.get(k)[0], parts.get(k)[1]).strip());
        }
    }

    /** "… Report to the Minister of Harbours.", "… Report of the Expert Group.": a sentence of the entry naming its genre. */
    private static final Pattern REPORT_SENTENCE = Pattern.compile(
            "(?:^|\\. )(?:A |Final |Annual )?[Rr]eport (?:to|of|for|prepared for|submitted to|commissioned by) (?:the )?\\p{Lu}");

    /** "Media, War and Law 12 (1): 1–24", "Yearbook of Humanitarian Law 24: 119–50": Chicago author–date's journal sentence. */
    private static final Pattern JOURNAL_SENTENCE = Pattern.compile(
            "(?<journal>\\p{Lu}[^():]*[\\p{L}.)]) (?<volume>\\d{1,4})(?: \\((?<issue>[^()]{1,12})\\))?: (?<pages>e?\\d+(?:[-\\u2013]e?\\d+)?)");

    private static boolean journalSentence(String s, Tail tail) {
        if (s.indexOf(": ") < 0) return false;
        Matcher m = JOURNAL_SENTENCE.matcher(s);
        if (!m.matches() || m.group("issue") != null && !Parts.isIssueToken(m.group("issue"))) return false;
        tail.journalSentence(m.group("journal"), m.group("volume"), m.group("issue"), m.group("pages"));
        return true;
    }

    /**
     * Chicago author–date "Global Trade Ledger, May 17, 2023.": a piece's full date closes the outlet's
     * sentence. Records the date and returns the outlet alone; {@code s} itself when it ends otherwise.
     */
    private static String withoutTrailingDate(String s, Draft d) {
        if (d.fields.date() != null || s.isEmpty() || !Character.isDigit(s.charAt(s.length() - 1))) return s;
        int k = s.lastIndexOf(", ");
        for (int tries = 0; k > 0 && tries < 2; tries++, k = s.lastIndexOf(", ", k - 1)) {
            Dates.Parsed date = Dates.whole(s.substring(k + 2));
            if (date != null && date.iso() != null) {
                if (d.fields.year() != null && !d.fields.year().equals(date.year())) return s;
                d.fields.date(date.iso()).year(date.year());
                return s.substring(0, k).strip();
            }
        }
        return s;
    }

    /** The index of the part that is an APA volume ("25(2)", "25"), after word parts only; -1 if none. */
    private static int volumePart(String s, List<int[]> parts) {
        for (int k = 0; k < parts.size(); k++) {
            String p = s.substring(parts.get(k)[0], parts.get(k)[1]).strip();
            int e = 0;
            while (e < p.length() && Character.isDigit(p.charAt(e))) e++;
            if (e > 0 && (e == p.length() || p.charAt(e) == '(')) return k;
            if (!Character.isUpperCase(p.isEmpty() ? ' ' : p.charAt(0)) && !p.startsWith("&")) return -1;
        }
        return -1;
    }

    /** "New edn. Princeton, NJ: …" → "Princeton, NJ: …"; "2nd ed." alone → "". */
    private static String withoutEdition(String s) {
        if (s.startsWith("Reprint, ")) return s.substring(9); // Chicago "Reprint, Leiden: Delta Academic"
        int dot = s.indexOf(". ");
        // "Rev. ed. Cambridge, MA: …", "3rd rev. ed. …": the first period closes "rev." only
        if (dot >= 3 && s.regionMatches(true, dot - 3, "rev", 0, 3) && (dot == 3 || s.charAt(dot - 4) == ' ')) dot = s.indexOf(". ", dot + 1);
        String head = dot > 0 ? s.substring(0, dot + 1) : s;
        if (Parts.isEdition(head) || Parts.isEdition(head.endsWith(".") ? head.substring(0, head.length() - 1) : head)) {
            return dot > 0 ? s.substring(dot + 2).strip() : "";
        }
        return s;
    }

    /** No digit, bracket or editors' words: a title and nothing else. */
    private static boolean plainTitle(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || c == '(' || c == '[') return false;
        }
        return !text.contains("edited by") && !text.contains(" ed. ") && !text.contains(" eds. ");
    }

    /** "Cambridge: Cambridge University Press", "Boulder, CO: Westview, 1996", "Cham: Palgrave, pp. 1–20". */
    private static boolean imprintSentence(String s) {
        int colon = s.indexOf(':');
        if (colon <= 0 || colon > 60) return false;
        String place = s.substring(0, colon).strip();
        for (int i = 0; i < place.length(); i++) if (Character.isDigit(place.charAt(i))) return false;
        return !place.isEmpty() && Character.isUpperCase(place.charAt(0));
    }

    /** Makes the parts before {@code end} one part: the book's title, commas and all. */
    private static void joinFirstParts(List<int[]> parts, int end) {
        parts.set(0, new int[] {parts.get(0)[0], parts.get(end - 1)[1]});
        parts.subList(1, end).clear();
    }

    /** "In: Knudsen, T.B. and Navari, C. (eds) Book" / "In T. B. Knudsen &amp; C. Navari (Eds.), Book (pp. 1–20)". */
    private static void chapter(String s, Draft d, Tail tail) {
        tail.markChapter();
        String lower = s.toLowerCase(Locale.ROOT);
        int m = -1;
        String marker = null;
        for (String mk : new String[] {"(eds.)", "(eds)", "(ed.)", "(ed)", ", eds.", ", ed."}) {
            int k = lower.indexOf(mk);
            if (k > 0 && (m < 0 || k < m)) {
                m = k;
                marker = mk;
            }
        }
        String containerText;
        if (m > 0) {
            String names = s.substring(0, m).strip();
            d.fields.editors(editorNames(names));
            containerText = s.substring(m + marker.length()).strip();
            while (containerText.startsWith(",")) containerText = containerText.substring(1).strip();
        } else {
            containerText = s;
        }
        Scan sc = Scan.of(containerText);
        List<int[]> parts = new ArrayList<>(sc.spansTopCommas(0, containerText.length()));
        // Harvard "In: Bramwell-Osei, K. (ed.) Care, Dignity and the State: … Care.": the sentence after the editors is
        // the book's title, commas and all, when nothing in it (a page, a bracket) says otherwise
        if (marker != null && marker.startsWith("(") && parts.size() > 1 && plainTitle(containerText)) joinFirstParts(parts, parts.size());
        // "In Trade, Food and Development, edited by …": the book's title runs up to its editors
        int editedBy = -1;
        for (int k = 1; k < parts.size() && editedBy < 0; k++) {
            String part = containerText.substring(parts.get(k)[0], parts.get(k)[1]).strip();
            if (Parts.startsWithWord(part, "edited by ", "ed. ", "eds. ") > 0) editedBy = k;
            else if (part.chars().anyMatch(c -> Character.isDigit(c) || c == '(')) break;
        }
        if (editedBy > 1) joinFirstParts(parts, editedBy);
        // APA "In A. Okafor (Ed.), Security, citizenship and the state (pp. 201–229)": a title in sentence case goes on
        // after a comma as long as the next word is in lower case
        int sentenceCase = 1;
        while (marker != null && marker.startsWith("(") && sentenceCase < parts.size()) {
            String next = containerText.substring(parts.get(sentenceCase)[0], parts.get(sentenceCase)[1]).strip();
            if (next.isEmpty() || !Character.isLowerCase(next.charAt(0))) break;
            sentenceCase++;
        }
        if (sentenceCase > 1) joinFirstParts(parts, sentenceCase);
        boolean first = true;
        String editorList = null; // "edited by Erik Moss, Ana Pereira, and Taro Ueda": the list runs over commas
        for (int[] p : parts) {
            String part = containerText.substring(p[0], p[1]).strip();
            if (editorList != null) {
                String name = part.startsWith("and ") ? part.substring(4) : part.startsWith("& ") ? part.substring(2) : part;
                if (Names.kind(name) == Names.Kind.FULL) {
                    editorList = editorList + ", " + part;
                    d.fields.editors(CitationParser.agents(editorList));
                    continue;
                }
                editorList = null;
            }
            if (first) {
                Parts.Split sp = Parts.split(part);
                String title = sp.head();
                int q0 = title.isEmpty() ? -1 : title.charAt(0);
                if (q0 == '\u2018' || q0 == '\u201C' || q0 == '"') {
                    // a quoted book title; a quote left open (damaged text) keeps what follows it
                    char last = title.charAt(title.length() - 1);
                    boolean closed = title.length() >= 2 && (last == '\u2019' || last == '\u201D' || last == '"');
                    title = CitationParser.cleanTitle(title.substring(1, closed ? title.length() - 1 : title.length()));
                }
                d.fields.container(title);
                if (!sp.parens().isEmpty() || !sp.after().isEmpty()) tail.handleEntryPart(part.substring(part.indexOf('(')));
                first = false;
                continue;
            }
            int ed = Parts.startsWithWord(part, "edited by ", "ed. ", "eds. ");
            if (ed > 0) {
                Parts.Split sp = Parts.split(part.substring(ed));
                d.fields.editors(CitationParser.agents(sp.head()));
                if (sp.parens().isEmpty() && sp.after().isEmpty()) editorList = sp.head();
                continue;
            }
            tail.handleEntryPart(part);
        }
    }

    /** Editors written inverted ("Knudsen, T.B. and Navari, C.") or in natural order. */
    private static List<Agent> editorNames(String names) {
        String s = names.strip();
        Head h = head(s + " (2000)");
        if (h != null && !h.names().isEmpty()) return h.names();
        List<Agent> out = new ArrayList<>();
        for (String n : Names.splitList(s)) {
            Names.Kind k = Names.kind(n);
            out.add(k == Names.Kind.FULL || k == Names.Kind.FAMILY_ONLY ? (Person) Names.person(n) : new Organization(n));
        }
        return out;
    }
}
