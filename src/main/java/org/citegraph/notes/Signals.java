package org.citegraph.notes;

import java.util.Locale;

import org.citegraph.model.Emphasis;

/**
 * Introductory signals ("See", "See also", "See, for example,", "Cf.", "But see", "See, e.g.,")
 * and closing remarks ("emphasis added", "emphasis in original", "footnote omitted").
 */
final class Signals {

    private Signals() {
    }

    /** Longest first, so "See also" wins over "See". Compared case-insensitively. */
    private static final String[] SIGNALS = {
        "see, for example,", "see, for instance,", "see, in particular,", "see, inter alia,",
        "see also, for example,", "see also, e.g.,", "see also, e.g.", "see, e.g.,", "see, e.g.", "see e.g.,",
        "see e.g.", "see generally", "see further", "see especially", "see esp.", "see in particular",
        // OSCOLA writes its abbreviations without full stops: "See eg", "cf"
        "see also, eg,", "see also eg", "see, eg,", "see, eg", "see eg,", "see eg",
        "see also", "see", "but see, e.g.,", "but see", "but cf.", "but cf", "cf., e.g.,", "cf.", "cf eg", "cf",
        "compare", "contrast", "contra", "accord", "e.g.,", "e.g.", "eg,", "eg", "for example, see", "for a discussion, see",
        "also see", "see among others", "see, among others,", "see notably",
    };

    /** A signal at the start of a citation: its text as written (first letter capitalised) and its length. */
    record Match(String signal, int length) {
    }

    static Match atStart(String text) {
        if (text.isEmpty()) return null;
        if (text.length() < 2 || !mayStartSignal(text.charAt(0), text.charAt(1))) return null;
        for (String s : SIGNALS) {
            if (!text.regionMatches(true, 0, s, 0, s.length())) continue;
            int end = s.length();
            char last = s.charAt(s.length() - 1);
            if (end < text.length()) {
                char next = text.charAt(end);
                // a whole word: "See" must not match "Seeing"; "Compare" needs a space after it
                if (Character.isLetterOrDigit(last) && Character.isLetterOrDigit(next)) continue;
                if (last != ',' && next != ' ' && next != ',' && next != ':') continue;
            } else {
                continue; // a signal with nothing after it is not a signal
            }
            String written = text.substring(0, end);
            // "See:" and "See," when not part of the signal
            int k = end;
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == ':')) k++;
            if (k >= text.length()) continue;
            return new Match(capitalise(written.strip()), k);
        }
        return null;
    }

    /** Whether a signal could start at {@code i}: a cheap test before cutting the text out for {@link #atStart}. */
    static boolean mayStartAt(String text, int i) {
        return i + 1 < text.length() && mayStartSignal(text.charAt(i), text.charAt(i + 1));
    }

    /**
     * Whether a signal can start with these two characters: "se", "bu", "cf", "co", "ac", "al", "e.", "eg"
     * in any case. Most citations start with a name, so this spares the comparison with every signal.
     */
    private static boolean mayStartSignal(char first, char second) {
        // folded as String.regionMatches(true, …) folds, so no text it would match is missed
        char a = Character.toLowerCase(Character.toUpperCase(first));
        char b = Character.toLowerCase(Character.toUpperCase(second));
        return switch (a) {
            case 's' -> b == 'e';
            case 'b' -> b == 'u';
            case 'c' -> b == 'f' || b == 'o';
            case 'a' -> b == 'c' || b == 'l';
            case 'e' -> b == '.' || b == 'g';
            default -> false;
        };
    }

    private static String capitalise(String s) {
        if (s.isEmpty()) return s;
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * A lower-case signal in the middle of a sentence of prose ("On X, see Marcel de Haas, …"):
     * the index where it starts, or -1. Only "see" and "cf." qualify, and only at a top-level word
     * boundary after a comma or space.
     */
    static int embedded(Scan scan, int from, int to) {
        String t = scan.text;
        for (int i = Math.max(from, 1); i + 4 < to; i++) {
            char c = t.charAt(i);
            if (c != 's' && c != 'c' && c != 'S') continue;
            if (t.charAt(i - 1) != ' ' || !scan.top(i)) continue;
            if (t.startsWith("see ", i) && seeAsVerb(t, i)) continue;
            if (t.startsWith("see ", i) || t.startsWith("see, ", i) || t.startsWith("cf. ", i)
                    || t.startsWith("See ", i)) {
                return i;
            }
        }
        return -1;
    }

    /** Words that may follow a signal "see" in lower case: "see also", "see generally", "see id.", "see supra note 4". */
    private static final java.util.Set<String> AFTER_SEE = java.util.Set.of(
            "also", "generally", "further", "especially", "esp.", "id.", "id", "ibid.", "supra", "infra", "e.g.,", "e.g.", "eg",
            "eg,", "in", "among", "notably", "for", "text", "the", "op.");

    /** Words before a lower-case signal "see" that join it to the sentence: "on which see", "and see", "but see". */
    private static final java.util.Set<String> BEFORE_SEE = java.util.Set.of("which", "and", "also", "but", "or", "whom", "generally");

    /**
     * "Parties now see more of the record than they did": "see" as the verb of a clause, after its subject or an adverb (a
     * word with no comma after it) and before a lower-case object, is prose, no signal; "For the history, see …" and "on which
     * see …" are signals.
     */
    private static boolean seeAsVerb(String t, int i) {
        if (i < 2 || !Character.isLetter(t.charAt(i - 2))) return false;
        int wordStart = t.lastIndexOf(' ', i - 2) + 1;
        if (BEFORE_SEE.contains(t.substring(wordStart, i - 1).toLowerCase(Locale.ROOT))) return false;
        int next = i + 4;
        int nextEnd = t.indexOf(' ', next);
        String word = t.substring(next, nextEnd < 0 ? t.length() : nextEnd);
        if (word.equals("the") && nextEnd > 0) {
            // "bodies see the same events differently": "the" and a word of prose, no work ("see the discussion in", "see
            // the Report of …")
            int after = nextEnd + 1;
            int afterEnd = t.indexOf(' ', after);
            String noun = t.substring(after, afterEnd < 0 ? t.length() : afterEnd);
            return !noun.isEmpty() && Character.isLowerCase(noun.charAt(0)) && !POINTER_WORDS.contains(noun);
        }
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !AFTER_SEE.contains(word);
    }

    /**
     * Drops "Quoted in" / "Cited in" before a citation: the work cited is the one that follows.
     */
    static String withoutQuotedIn(String text) {
        if (text.isEmpty() || "qacrtQACRT".indexOf(text.charAt(0)) < 0) return text; // no such lead-in starts otherwise
        String head = text.substring(0, Math.min(text.length(), 20)).toLowerCase(Locale.ROOT);
        for (String p : new String[] {"quoted in ", "as quoted in ", "cited in ", "as cited in ", "reprinted in "}) {
            if (head.startsWith(p)) return text.substring(p.length());
        }
        return withoutDiscussionIn(text);
    }

    /** "the discussion in", "the essays in": what a signal points to in the work that follows. */
    private static final String[] POINTERS = {"discussion", "discussions", "analysis", "account", "overview", "essays",
        "contributions", "survey", "argument", "arguments", "critique", "debate", "review", "references", "literature"};

    private static final java.util.Set<String> POINTER_WORDS = java.util.Set.of(POINTERS);

    /** "See, for instance, the discussion in Iver B. Neumann, Russia …": the work cited follows the pointer. */
    private static String withoutDiscussionIn(String text) {
        if (!text.startsWith("the ") && !text.startsWith("The ")) return text;
        int in = text.indexOf(" in ", 4);
        if (in < 0 || in > 20) return text;
        String noun = text.substring(4, in);
        int after = in + 4;
        if (after >= text.length() || !Character.isUpperCase(text.charAt(after))) return text;
        for (String p : POINTERS) if (p.equals(noun)) return text.substring(after);
        return text;
    }

    /**
     * A cross-reference to other notes ("n. 12 above", "notes 4 and 5", "supra n. 3"): no work is cited.
     */
    static boolean isCrossReference(String text) {
        if (text.isEmpty() || text.length() > 80) return false;
        if (partOfThisVolume(text)) return true;
        char c0 = Character.toLowerCase(text.charAt(0));
        if (c0 != 'n' && c0 != 's' && c0 != 'i') return false;
        String s = text.toLowerCase(Locale.ROOT).strip();
        // "infra Part III.B", "supra text accompanying note 5": a place in the article itself
        for (String p : new String[] {"infra part", "supra part", "infra section", "supra section", "infra sec", "supra sec",
            "infra \u00A7", "supra \u00A7", "infra text", "supra text", "infra note", "infra notes"}) {
            if (s.startsWith(p)) return true;
        }
        // "supra note 12" (law reviews) cites the work of note 12; "supra n. 3" and "n. 3 above" only point at a note
        if (s.startsWith("supra note ") && !s.startsWith("supra notes ")) return false;
        for (String p : new String[] {"supra ", "infra "}) if (s.startsWith(p)) s = s.substring(p.length());
        int i;
        if (s.startsWith("nn. ")) i = 4;
        else if (s.startsWith("n. ")) i = 3;
        else if (s.startsWith("n ")) i = 2;
        else if (s.startsWith("notes ")) i = 6;
        else if (s.startsWith("note ")) i = 5;
        else return false;
        String rest = s.substring(i).replace("above", "").replace("below", "").replace("and", ",").replace("supra", "")
                .replace("infra", "").strip();
        while (rest.endsWith(".")) rest = rest.substring(0, rest.length() - 1).strip();
        return !rest.isEmpty() && Parts.pageList(rest);
    }

    /**
     * "Chapter 7 in this volume", "Ruiz, Chapter 3, this volume", "Orford's chapter in this volume": another part of the
     * book the note stands in. Alone it cites no work; after a chapter's quoted title it says where
     * the chapter is.
     */
    static boolean partOfThisVolume(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        if (!s.endsWith("this volume") && !s.endsWith("this volume.") && !s.endsWith("this book")) return false;
        // "Anne Orford's chapter in this volume", "Orford's contribution to this volume"
        return s.equals("this volume") || s.equals("in this volume") || s.startsWith("chapter") || s.startsWith("ch. ")
                || s.contains(", chapter") || s.contains(", ch. ") || s.startsWith("part ") || s.contains("chapter in ")
                || s.contains("chapter to ") || s.contains("contribution to ") || s.contains("contribution in ")
                || s.contains(" in chapter "); // "the discussion in chapter 7 of this volume"
    }

    /**
     * Drops the explanatory parentheticals that close a law citation: "(arguing that …)",
     * "(quoting …)", "(Marsh, J., dissenting)", "(per curiam)". They describe the source; they are
     * not part of it.
     */
    static String withoutExplanation(String text) {
        String s = text;
        for (int round = 0; round < 3; round++) {
            String t = s.stripTrailing();
            if (!t.endsWith(")")) break;
            int depth = 0;
            int open = -1;
            for (int i = t.length() - 1; i >= 0; i--) {
                char c = t.charAt(i);
                if (c == ')') depth++;
                else if (c == '(' && --depth == 0) {
                    open = i;
                    break;
                }
            }
            if (open <= 0 || t.charAt(open - 1) != ' ') break;
            String inner = t.substring(open + 1, t.length() - 1).strip();
            if (!isExplanation(inner) && !(open >= 2 && Character.isDigit(t.charAt(open - 2)) && phraseAfterPage(inner, 5))
                    && !(afterDateParenthesis(t, open) && phraseAfterPage(inner, 2))) {
                break;
            }
            s = t.substring(0, open).stripTrailing();
        }
        return s;
    }

    private static final java.util.regex.Pattern JUDGE = java.util.regex.Pattern.compile(
            "(?:Lord|Lady|Baroness|Baron) \\p{Lu}[\\p{L}'-]+(?: of [\\p{Lu}][\\p{L} -]+)?|\\p{Lu}[\\p{L}'-]+ (?:LJ|JJ|J|CJ|MR|LCJ|P|JSC)");

    /**
     * "80 (freedom as exception)": a phrase of lower-case words after a page says what is found there; a
     * note reference ("n 4"), a locator, an edition, a translator's note or a short name defined "(hereafter
     * General Convention)" is no such phrase.
     */
    private static boolean phraseAfterPage(String inner, int minLength) {
        if (inner.length() < minLength || !Character.isLowerCase(inner.charAt(0))) return false;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (Character.isDigit(c) || c == '.' || c == ':' || c == ',' || Character.isUpperCase(c)) return false;
        }
        String first = inner.indexOf(' ') < 0 ? inner : inner.substring(0, inner.indexOf(' ')); // "(introduction)"
        return !first.equals("in") && !first.equals("trans") && !first.equals("ed") && !first.equals("forthcoming")
                && !first.equals("emphasis") && !first.equals("italics") && !first.startsWith("herein") && !first.startsWith("hereafter");
    }

    /**
     * "… Code 211–14 (Ines Cole ed., 2022) (no)": a parenthetical right after the parenthesis that closes with
     * the year; in a law citation whatever follows the date says something about the source, even a short
     * phrase of lower-case words.
     */
    private static boolean afterDateParenthesis(String t, int open) {
        return open >= 7 && t.charAt(open - 2) == ')' && Character.isDigit(t.charAt(open - 3)) && Character.isDigit(t.charAt(open - 6));
    }

    private static boolean isExplanation(String inner) {
        if (inner.isEmpty()) return false;
        String lower = inner.toLowerCase(Locale.ROOT);
        // "(separate opinion of Judge Ravindran)", "(dissenting opinion of Judge X)", "(declaration of Judge Y)"
        if (lower.startsWith("separate opinion") || lower.startsWith("dissenting opinion") || lower.startsWith("joint dissenting")
                || lower.startsWith("joint separate") || lower.startsWith("declaration of judge") || lower.startsWith("concurring opinion")) {
            return true;
        }
        // "(statement of France)", "(remarks of the delegate of Chile)": who spoke in the record cited
        if (lower.startsWith("statement of ") || lower.startsWith("statement by ") || lower.startsWith("remarks of ")
                || lower.startsWith("remarks by ")) {
            return true;
        }
        // "(Lord Hope)", "(Lady Hale)", "(Arden LJ)": the judge whose speech is cited
        if (JUDGE.matcher(inner).matches()) return true;
        // "(on file with the author)", "(notes on file with the author)": where an unpublished source can be seen
        if (lower.startsWith("on file") || lower.startsWith("notes on file") || lower.startsWith("transcript on file")
                || lower.startsWith("copy on file")) {
            return true;
        }
        if (lower.equals("per curiam") || lower.equals("plurality opinion") || lower.endsWith(", dissenting")
                || lower.endsWith(", concurring") || lower.contains(", concurring in ") || lower.contains(", dissenting in ")) {
            return true;
        }
        // ("[T]he bargain is struck …"): a quotation from the source, not a short name defined for it
        if (Aliases.isQuotation(inner) && Aliases.quotedName(inner) == null) return true;
        int e = 0;
        while (e < inner.length() && Character.isLetter(inner.charAt(e))) e++;
        String first = inner.substring(0, e);
        // "arguing that", "quoting", "citing", "noting", "describing", "holding": a lower-case -ing verb
        return e >= 5 && Character.isLowerCase(inner.charAt(0)) && first.endsWith("ing") && (e == inner.length() || inner.charAt(e) == ' ');
    }

    /** A trailing remark found at the end of a citation. */
    record Remark(Emphasis emphasis, int start) {
    }

    private static final String[][] EMPHASIS = {
        {"emphasis in original", "in original"}, {"emphasis original", "in original"},
        {"original emphasis", "in original"}, {"emphases in original", "in original"},
        {"italics in original", "in original"}, {"emphasis in the original", "in original"},
        {"emphasis added", "added"}, {"emphases added", "added"}, {"italics added", "added"},
        {"emphasis mine", "added"}, {"my emphasis", "added"}, {"emphasis supplied", "added"},
        {"our emphasis", "added"}, {"italics mine", "added"},
    };

    private static final String[] OMISSIONS = {
        "footnote omitted", "footnotes omitted", "citation omitted", "citations omitted",
        "internal quotation marks omitted", "internal citations omitted", "alteration in original",
        "alterations in original", "internal quotation marks and citations omitted",
    };

    /**
     * Finds trailing remarks ("…, emphasis added", "… (emphasis in original)", "… [citations
     * omitted]") and returns where the citation proper ends, with the emphasis if any.
     */
    static Remark trailing(String text) {
        if (!endsWithRemarkWord(text)) return new Remark(null, text.length());
        Emphasis emphasis = null;
        int end = text.length();
        boolean found = true;
        for (int round = 0; found && round < 4; round++) {
            found = false;
            String head = text.substring(0, end).stripTrailing();
            while (head.endsWith(".")) head = head.substring(0, head.length() - 1).stripTrailing();
            boolean bracketed = head.endsWith(")") || head.endsWith("]");
            String inner = bracketed ? head.substring(0, head.length() - 1) : head;
            String lower = inner.toLowerCase(Locale.ROOT);
            for (String[] e : EMPHASIS) {
                if (lower.endsWith(e[0])) {
                    int k = inner.length() - e[0].length();
                    int cut = cutBefore(inner, k, bracketed);
                    if (cut < 0) continue;
                    if (emphasis == null) emphasis = e[1].equals("added") ? Emphasis.ADDED : Emphasis.IN_ORIGINAL;
                    end = cut;
                    found = true;
                    break;
                }
            }
            if (found) continue;
            for (String o : OMISSIONS) {
                if (lower.endsWith(o)) {
                    int k = inner.length() - o.length();
                    int cut = cutBefore(inner, k, bracketed);
                    if (cut < 0) continue;
                    end = cut;
                    found = true;
                    break;
                }
            }
        }
        return new Remark(emphasis, end);
    }

    /** Cheap check of the last word: every remark ends in one of a handful of words. */
    private static boolean endsWithRemarkWord(String text) {
        int e = text.length();
        while (e > 0 && !Character.isLetter(text.charAt(e - 1)) && text.length() - e < 4) e--;
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1)) && e - s < 10) s--;
        if (s == e) return false;
        for (String w : new String[] {"added", "original", "omitted", "mine", "supplied"}) {
            if (e - s == w.length() && text.regionMatches(true, s, w, 0, w.length())) return true;
        }
        return false;
    }

    /** Where the citation ends before a remark starting at {@code k}: before ", " or " (" or " [". */
    private static int cutBefore(String inner, int k, boolean bracketed) {
        int j = k;
        if (bracketed) {
            if (j == 0 || (inner.charAt(j - 1) != '(' && inner.charAt(j - 1) != '[')) return -1;
            j--;
        }
        while (j > 0 && inner.charAt(j - 1) == ' ') j--;
        if (!bracketed) {
            if (j == 0) return 0;
            if (inner.charAt(j - 1) != ',' && inner.charAt(j - 1) != ';' && inner.charAt(j - 1) != '.') return -1;
            j--;
        }
        while (j > 0 && inner.charAt(j - 1) == ' ') j--;
        return j;
    }
}
