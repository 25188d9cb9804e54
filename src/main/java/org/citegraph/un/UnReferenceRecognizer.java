package org.citegraph.un;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citegraph.model.UnSymbol;

/**
 * Finds references to UN documents and to the UN Treaty Series in citation text:
 * <ul>
 * <li>cited documents: {@code UN Doc A/48/PV.6}, {@code UN doc. X}, {@code U.N. Doc. X}, {@code doc. no. X};</li>
 * <li>bare symbols of a known series root: {@code S/PV.7796, p. 10}, {@code A/47/277-S/24111};</li>
 * <li>undocs.org and docs.un.org links;</li>
 * <li>resolutions cited by number: {@code SC Res. 713 (1991)} → S/RES/713(1991), {@code GA Res. 73/331} →
 * A/RES/73/331, {@code Security Council resolutions 1325 (2000) and 1820 (2008)}, {@code HRC Res. 5/1},
 * {@code Council resolution 1296 (XLIV)} (ECOSOC); a resolution named without its organ
 * ({@code Resolution 2014 (2011)}) only when the organ is known from the text before it or from the caller;</li>
 * <li>the Treaty Series: {@code United Nations Treaty Series, 2632 (2009), pp. 29–50}, {@code 2632 UNTS 29},
 * {@code United Nations, Treaty Series, vol. 1155, p. 331}.</li>
 * </ul>
 * Each reference carries its position, the date written right after it, and the parser's warnings.
 * A cited document whose symbol cannot be read unambiguously is kept as unparsed with the reason.
 *
 * <p>All patterns are free of nested ambiguous repetition and every scan moves forward, so the work is
 * linear in the length of the text.
 */
public final class UnReferenceRecognizer {

    private static final String ORGAN = "[A-Z][A-Z0-9]{0,9}";
    private static final String TOKEN_AHEAD = "(?=[A-Za-z0-9.()\\-])";

    // Patterns that are searched for through a whole text open with a lookahead on their possible first characters:
    // java.util.regex tries every position, and the class rejects most of them before the lookbehind and alternation.
    // Only the start of a symbol is matched by a pattern: a repeated group such as (?:/token)* recurses once
    // per repetition in java.util.regex and overflows the stack on long slash runs, so the rest is scanned
    // by hand (scanSymbol).
    private static final Pattern LINK = Pattern.compile(
            "https?://(?:www\\.)?(?:undocs\\.org|docs\\.un\\.org)/(?:(?:ar|zh|en|fr|ru|es|ot)/)?"
            + "(?<sym>[A-Za-z][A-Za-z0-9]{0,9})/" + TOKEN_AHEAD);
    private static final Pattern CUED = Pattern.compile(
            "(?=[UWDd])(?<![A-Za-z])(?:(?:U\\.?\\s?N\\.?|WHO)\\s*)?(?:[Dd]oc(?:ument)?s?|DOCS?)(?:\\.\\s*|\\s+)(?:[Nn]os?\\.\\s*)?"
            + "(?<sym>[A-Za-z][A-Za-z0-9]{0,9})\\s?[/\\\\]\\s?" + TOKEN_AHEAD);
    private static final Pattern BARE = Pattern.compile(
            "(?=[A-Z])(?<![A-Za-z0-9/\\\\.\\-])(?<sym>" + ORGAN + ")/" + TOKEN_AHEAD);
    private static final Pattern JOINT_CONTINUATION = Pattern.compile(
            "\\s?[-\u2013\u2014]\\s?(?<sym>" + ORGAN + ")/" + TOKEN_AHEAD);
    /** A year or Roman session in parentheses belongs to resolution symbols only; elsewhere it is a citation date. */
    private static final Pattern RESOLUTION_PAREN_TAIL = Pattern.compile(
            "\\s?\\((?:(?:19[4-9]|20\\d)\\d|(?:E?S-)?[IVXLC]{1,7}|Resumption\\s?\\d{1,2}|Part\\s?[IVX]{1,4})\\)");
    private static final Pattern PAREN_TAIL = Pattern.compile("\\s?\\((?:Resumption\\s?\\d{1,2}|Part\\s?[IVX]{1,4})\\)");
    private static final Pattern PART_TAIL = Pattern.compile(
            " (?<part>[A-Z](?:-[A-Z])?)(?=\\s?\\(|[,.;:)\\]]|\\s+(?:of|and|adopted)\\b|\\s*$)");
    private static final Pattern RES_IN_SYMBOL = Pattern.compile("(?i)/RES/");

    private static final String RES_WORD = "(?:[Rr]esolutions?|RESOLUTIONS?|[Rr]es\\.?|RES\\.?)(?![A-Za-z])\\s*(?:[Nn]os?\\.\\s*)?";
    private static final Pattern RES_CUED = Pattern.compile(
            "(?=[SUGEHC])(?<![A-Za-z.])(?:(?<cue>Security\\s+Council|U\\.\\s?N\\.\\s?S\\.\\s?C\\.|UNSC|S\\.\\s?C\\.|SC"
            + "|General\\s+Assembly|U\\.\\s?N\\.\\s?G\\.\\s?A\\.|UNGA|G\\.\\s?A\\.|GA"
            + "|Economic\\s+and\\s+Social\\s+Council|ECOSOC|E\\.\\s?S\\.\\s?C\\.|ESC"
            + "|Human\\s+Rights\\s+Council|HRC|H\\.\\s?R\\.\\s?C\\.|Commission\\s+on\\s+Human\\s+Rights|CHR|Council)"
            + "(?:['\u2019]s)?\\s*,?\\s*" + RES_WORD + "|(?<unscr>UNSCRs?)\\s*(?:[Nn]os?\\.\\s*)?)");
    private static final Pattern RES_UNCUED = Pattern.compile(
            "(?=[Rr])(?<![A-Za-z])(?:[Rr]esolutions?|RESOLUTIONS?|[Rr]es\\.)\\s*(?:[Nn]os?\\.\\s*)?");
    private static final Pattern RES_NUMBER = Pattern.compile(
            "(?<n>\\d{1,4})\\s?(?:(?<part>[A-Z](?:-[A-Z])?)\\s?)?\\((?<paren>(?:19[4-9]|20\\d)\\d|(?:E?S-)?[IVXLC]{1,7})\\)"
            + "|(?<s>(?:E?S-)?\\d{1,4})/(?<n2>\\d{1,4})(?![\\d/])(?:\\s(?<part2>[A-Z](?:-[A-Z])?)(?=[\\s,.;:)]|$))?"
            + "|(?<n3>\\d{1,4})(?![\\d/])");
    private static final Pattern LIST_SEPARATOR = Pattern.compile(
            "(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)(?:[Rr]esolutions?\\s+)?");
    private static final Pattern ORGAN_MENTION = Pattern.compile(
            "(?=[SUGAEH])(?<![A-Za-z])(?:(?<s>Security\\s+Council|UNSC|S\\.\\s?C\\.|S/RES/|S/PV\\.|S/PRST/)"
            + "|(?<a>General\\s+Assembly|UNGA|G\\.\\s?A\\.|A/RES/)"
            + "|(?<e>Economic\\s+and\\s+Social\\s+Council|ECOSOC|E/RES/)"
            + "|(?<h>Human\\s+Rights\\s+Council|A/HRC/))");
    private static final Pattern YEAR = Pattern.compile("^(?:19[4-9]\\d|20\\d\\d)$");

    private static final Pattern UNTS_LEGAL = Pattern.compile(
            "(?<![\\d.,/])(?<vol>\\d{1,4})\\s+U\\.?\\s?N\\.?\\s?T\\.?\\s?S\\.?(?![A-Za-z])"
            + "(?:\\s*(?<p1>\\d{1,4})(?![\\d])(?:\\s*[-\u2013]\\s*(?<p2>\\d{1,4}))?)?");
    private static final Pattern UNTS_LONG = Pattern.compile(
            "(?<![A-Za-z])(?:United\\s+Nations,?\\s+Treaty\\s+Series|U\\.?\\s?N\\.?\\s?T\\.?\\s?S\\.?(?![A-Za-z]))\\s*,?\\s*"
            + "(?:(?:[Vv]ol(?:ume)?\\.?|VOL\\.)\\s*)?(?<vol>\\d{1,4})(?![\\d])"
            + "(?:\\s*\\((?<year>(?:19[4-9]|20\\d)\\d)\\))?"
            + "(?:\\s*,?\\s*No\\.\\s*(?:I-)?(?<reg>\\d{1,6}))?"
            + "(?:\\s*,?\\s*(?:pp?\\.|pages?)\\s*(?<p1>\\d{1,4})(?:\\s*[-\u2013]\\s*(?<p2>\\d{1,4}))?)?");

    private static final int MENTION_AFTER_WINDOW = 80;
    private static final int RESTATEMENT_WINDOW = 80;

    private UnReferenceRecognizer() {
    }

    /** The references in {@code text}, in text order; the organ of an uncued resolution comes from the text. */
    public static List<UnReference> recognize(CharSequence text) {
        return recognize(text, null);
    }

    /**
     * As {@link #recognize(CharSequence)}, with the organ a citation is about when the surrounding note
     * says so ("S", "A", "E", "A/HRC"); it applies to resolutions cited without an organ and with no
     * organ named before them in the text.
     */
    public static List<UnReference> recognize(CharSequence text, String contextOrgan) {
        if (text == null || text.length() == 0) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        // Most citation text cites no UN document: a cheap pass over the characters tells which patterns
        // could match at all, so the regular expressions run only where they might find something.
        if (mayHoldSymbol(text)) {
            if (contains(text, "docs.")) {
                findLinks(text, candidates);
            }
            if (containsDocWord(text)) {
                findSymbols(text, CUED, UnReference.Style.DOCUMENT_CITATION, candidates);
            }
            if (mayHoldBareSymbol(text)) {
                findSymbols(text, BARE, UnReference.Style.BARE_SYMBOL, candidates);
            }
        }
        if (mayCiteResolution(text)) {
            findResolutions(text, contextOrgan, mentions(text), candidates);
        }
        if (mayCiteTreatySeries(text)) {
            findTreatySeries(text, candidates);
        }
        if (contains(text, "TREATIES")) {
            findDepositaryNotifications(text, candidates);
        }
        if (contains(text, "WHA") || contains(text, "EB") || contains(text, "esolution")) {
            findWhoResolutions(text, candidates);
        }
        if (candidates.isEmpty()) {
            return List.of();
        }

        candidates.sort(Comparator.comparingInt(Candidate::start).thenComparing(c -> -(c.end() - c.start())));
        // "UN Doc S/PV.7796" is found both as a cited document and as a bare symbol: parse the symbol once
        Map<String, UnSymbolResult> parsedSymbols = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.parsed() != null) {
                parsedSymbols.putIfAbsent(c.symbolText(), c.parsed());
            }
        }
        List<UnReference> references = new ArrayList<>();
        int taken = 0;
        for (Candidate c : candidates) {
            if (c.start() >= taken) {
                references.add(complete(text, c, parsedSymbols));
                taken = c.end();
            }
        }
        return mergeRestatements(text, references);
    }

    // ---- cheap pre-checks: each is true whenever the patterns it guards could match --------------------

    /** A symbol, cited or bare or in a link, has a letter or digit before a slash (perhaps with one space between). */
    private static boolean mayHoldSymbol(CharSequence text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' || c == '\\') {
                char before = text.charAt(i - 1);
                if (isAsciiLetterOrDigit(before)
                        || Character.isWhitespace(before) && i >= 2 && isAsciiLetterOrDigit(text.charAt(i - 2))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A bare symbol's organ ends in an upper-case letter or a digit right before its slash. */
    private static boolean mayHoldBareSymbol(CharSequence text) {
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i) == '/') {
                char before = text.charAt(i - 1);
                if ((before >= 'A' && before <= 'Z') || (before >= '0' && before <= '9')) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "doc", "Doc" or "DOC": every citation cue of {@link #CUED} holds one of them. */
    private static boolean containsDocWord(CharSequence text) {
        for (int i = 0; i + 2 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'd' || c == 'D') && (text.charAt(i + 1) == 'o' || text.charAt(i + 1) == 'O')
                    && (text.charAt(i + 2) == 'c' || text.charAt(i + 2) == 'C')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every resolution cue holds "res" in some case ("Res.", "resolution", "RES") or is "UNSCR". Before the
     * "res" stands a non-letter, or the last letter of an organ's cue ("Council", "GA", "SC", "CHR",
     * "Assembly", "Rights", "'s"): so "Press" or "interests" do not count.
     */
    private static boolean mayCiteResolution(CharSequence text) {
        for (int i = 0; i + 2 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'r' || c == 'R') && (text.charAt(i + 1) == 'e' || text.charAt(i + 1) == 'E')
                    && (text.charAt(i + 2) == 's' || text.charAt(i + 2) == 'S')) {
                char before = i > 0 ? text.charAt(i - 1) : ' ';
                if (!isAsciiLetter(before) || "lyCARs".indexOf(before) >= 0) {
                    return true;
                }
            }
        }
        return contains(text, "UNSCR");
    }

    /** The Treaty Series is named "United Nations … Treaty Series" or abbreviated U.N.T.S. (dots and spaces optional). */
    private static boolean mayCiteTreatySeries(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == 'U' && (startsWith(text, i, "United") || abbreviatedUnt(text, i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** "N.T", "N. T", "NT" (what follows the U of U.N.T.S.), with an optional dot and white space after each letter. */
    private static boolean abbreviatedUnt(CharSequence text, int from) {
        int i = from;
        for (char letter : new char[] {'N', 'T'}) {
            if (i < text.length() && text.charAt(i) == '.') {
                i++;
            }
            if (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= text.length() || text.charAt(i) != letter) {
                return false;
            }
            i++;
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean contains(CharSequence text, String word) {
        return text.toString().indexOf(word) >= 0; // a String's own search is far quicker than a loop of charAt
    }

    private static boolean startsWith(CharSequence text, int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (text.charAt(at + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A found reference before its date is read. {@code symbolText} is null for Treaty Series places;
     * {@code parsed} is the symbol's parse when finding it needed one already (else null).
     */
    private record Candidate(UnReference.Style style, int start, int end, String symbolText, String unparsedText,
                             UntsReference unts, List<String> warnings, UnSymbolResult parsed) {
        Candidate(UnReference.Style style, int start, int end, String symbolText, String unparsedText,
                  UntsReference unts, List<String> warnings) {
            this(style, start, end, symbolText, unparsedText, unts, warnings, null);
        }
    }

    // ---- symbols -------------------------------------------------------------------------------------

    private static void findLinks(CharSequence text, List<Candidate> out) {
        Matcher m = LINK.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int scanned = scanSymbol(text, m.end(), false, true);
            String symbol = trimTrailing(text.subSequence(m.start("sym"), scanned).toString());
            from = Math.max(scanned, m.start() + 1);
            if (!hasSlash(symbol)) {
                continue;
            }
            int end = m.start("sym") + symbol.length();
            out.add(new Candidate(UnReference.Style.LINK, m.start(), end, symbol, null, null, List.of()));
        }
    }

    private static boolean isTokenChar(char c, boolean percent) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '.' || c == '(' || c == ')' || c == '-' || (percent && c == '%');
    }

    /**
     * The end of the slash-separated tokens starting at {@code from} (just after the organ's "/"):
     * tokens of letters, digits, '.', '(', ')', '-', joined by '/' (or, after a citation cue, by '\\'
     * and a slash with a space on either side). Stops before a separator that no token follows.
     */
    private static int scanSymbol(CharSequence text, int from, boolean spacedSlashes, boolean percent) {
        int length = text.length();
        int i = from;
        int end = from;
        while (true) {
            int tokenStart = i;
            while (i < length && isTokenChar(text.charAt(i), percent)) {
                i++;
            }
            if (i == tokenStart) {
                return end;
            }
            end = i;
            int j = i;
            if (spacedSlashes && j < length && text.charAt(j) == ' ') {
                j++;
            }
            if (j >= length || !(text.charAt(j) == '/' || (spacedSlashes && text.charAt(j) == '\\'))) {
                return end;
            }
            j++;
            if (spacedSlashes && j < length && text.charAt(j) == ' ') {
                j++;
            }
            if (j >= length || !isTokenChar(text.charAt(j), percent)) {
                return end;
            }
            i = j;
        }
    }

    private static void findSymbols(CharSequence text, Pattern pattern, UnReference.Style style, List<Candidate> out) {
        Matcher m = pattern.matcher(text);
        int from = 0;
        boolean cued = style == UnReference.Style.DOCUMENT_CITATION;
        while (from < text.length() && m.find(from)) {
            int scanned = scanSymbol(text, m.end(), cued, false);
            String symbol = trimTrailing(text.subSequence(m.start("sym"), scanned).toString());
            if (!hasSlash(symbol) || cued && otherOrganisationsDocument(text, m.start())) {
                from = Math.max(scanned, m.start() + 1);
                continue;
            }
            int end = m.start("sym") + symbol.length();
            StringBuilder full = new StringBuilder(symbol);
            end = extend(text, end, full);
            from = Math.max(end, m.start() + 1);
            String fullText = full.toString();
            UnSymbolResult parsed = null;
            if (style == UnReference.Style.BARE_SYMBOL) {
                parsed = acceptedBare(fullText);
                if (parsed == null) {
                    continue;
                }
            }
            out.add(new Candidate(style, m.start(), end, fullText, null, null, List.of(), parsed));
        }
    }

    /** Organisations outside the UN system whose documents are cited as "OAU Doc. X", "OAS Doc. X". */
    private static final java.util.Set<String> OTHER_ORGANISATIONS = java.util.Set.of("OAU", "AU", "OAS", "OEA", "OSCE", "CSCE",
            "ASEAN", "ECOWAS", "SADC", "NATO", "OECD", "EU", "EC", "CoE", "OIC", "ICAO");

    /** "OAU Doc. CAB/LEG/67/3": a document cue right after another organisation's name cites no UN document. */
    private static boolean otherOrganisationsDocument(CharSequence text, int cue) {
        int e = cue;
        while (e > 0 && text.charAt(e - 1) == ' ') e--;
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
        return e > b && (b == 0 || !Character.isLetterOrDigit(text.charAt(b - 1)))
                && OTHER_ORGANISATIONS.contains(text.subSequence(b, e).toString());
    }

    /**
     * "Depositary Notification C.N.412.2019.TREATIES-IV.4": the Secretary-General's notifications as
     * depositary, named by a dotted reference of their own; the words that say what it is belong to the cue.
     */
    private static final Pattern DEPOSITARY_NOTIFICATION = Pattern.compile(
            "(?<![A-Za-z0-9.])(?:(?:[Dd]epositary\\s+[Nn]otification|C\\.N\\.\\s+[Rr]eference)\\s+)?"
            + "(?<sym>" + UnSymbolParser.DEPOSITARY_NOTIFICATION_SYMBOL + ")");

    private static void findDepositaryNotifications(CharSequence text, List<Candidate> out) {
        Matcher m = DEPOSITARY_NOTIFICATION.matcher(text);
        while (m.find()) {
            String symbol = m.group("sym");
            out.add(new Candidate(UnReference.Style.DOCUMENT_CITATION, m.start(), m.end(), symbol, null, null, List.of(),
                    UnSymbolParser.parse(symbol)));
        }
    }

    /**
     * "Resolution WHA77.17", "EB152.R3", "Decision WHA76(9)": the WHO governing bodies' resolutions and
     * decisions, which have no slash (their documents, "A77/10", "EB152/12", are found as other symbols);
     * "Resolution MEPC.264(68)": the IMO's.
     */
    private static final Pattern WHO_RESOLUTION = Pattern.compile(
            "(?=[RrDdWEAMLF])(?<![A-Za-z0-9./])(?:(?:[Rr]esolution|[Rr]es\\.|[Dd]ecision)\\s+)?"
            + "(?<sym>WHA\\d{1,3}\\.\\d{1,3}|EB\\d{1,3}\\.R\\d{1,3}|(?:WHA|EB)\\d{1,3}\\(\\d{1,3}\\)"
            // the IMO's, after "Resolution" only: "Resolution MEPC.264(68)", "Resolution A.1110(30)"
            + "|(?<=[Rr]esolution )(?:A|MSC|MEPC|LEG|FAL)\\.\\d{1,4}\\(\\d{1,3}\\))(?![A-Za-z0-9])");

    private static void findWhoResolutions(CharSequence text, List<Candidate> out) {
        Matcher m = WHO_RESOLUTION.matcher(text);
        while (m.find()) {
            String symbol = m.group("sym");
            out.add(new Candidate(UnReference.Style.DOCUMENT_CITATION, m.start(), m.end(), symbol, null, null, List.of(),
                    UnSymbolParser.parse(symbol)));
        }
    }

    /** Adds a trailing "(2016)", "(III)", "(Resumption1)", a part letter, and joint partners. Returns the new end. */
    private static int extend(CharSequence text, int end, StringBuilder symbol) {
        int componentStart = 0;
        while (true) {
            end = extendTail(text, end, symbol, componentStart);
            Matcher joint = JOINT_CONTINUATION.matcher(text);
            joint.region(end, text.length());
            if (!joint.lookingAt()) {
                return end;
            }
            int scanned = scanSymbol(text, joint.end(), false, false);
            String partner = trimTrailing(text.subSequence(joint.start("sym"), scanned).toString());
            if (!hasSlash(partner)) {
                return end;
            }
            symbol.append('-');
            componentStart = symbol.length();
            symbol.append(partner);
            end = joint.start("sym") + partner.length();
        }
    }

    private static int extendTail(CharSequence text, int end, StringBuilder symbol, int componentStart) {
        boolean resolution = RES_IN_SYMBOL.matcher(symbol).region(componentStart, symbol.length()).find();
        boolean hasParen = symbol.charAt(symbol.length() - 1) == ')';
        Pattern parenTail = resolution ? RESOLUTION_PAREN_TAIL : PAREN_TAIL;
        if (!hasParen) {
            Matcher paren = parenTail.matcher(text).region(end, text.length());
            if (paren.lookingAt()) {
                symbol.append(text, end, paren.end());
                end = paren.end();
                hasParen = true;
            }
        }
        if (resolution) {
            Matcher part = PART_TAIL.matcher(text).region(end, text.length());
            if (part.lookingAt()) {
                symbol.append(' ').append(part.group("part"));
                end = part.end();
                if (!hasParen) {
                    Matcher paren = parenTail.matcher(text).region(end, text.length());
                    if (paren.lookingAt()) {
                        symbol.append(text, end, paren.end());
                        end = paren.end();
                    }
                }
            }
        }
        return end;
    }

    /** After trimming, "A/)" is just "A": no longer a symbol. */
    private static boolean hasSlash(String symbol) {
        int slash = symbol.indexOf('/');
        return slash > 0 && slash < symbol.length() - 1;
    }

    /** Drops sentence punctuation and an unbalanced closing parenthesis that the token pattern swallowed. */
    private static String trimTrailing(String symbol) {
        int open = 0;
        int close = 0;
        for (int i = 0; i < symbol.length(); i++) {
            char c = symbol.charAt(i);
            open += c == '(' ? 1 : 0;
            close += c == ')' ? 1 : 0;
        }
        int end = symbol.length();
        while (end > 0) {
            char last = symbol.charAt(end - 1);
            if (last == '.' || last == ',' || last == '-' || last == '/' || last == '\\' || last == ' ') {
                end--;
            } else if (last == ')' && open < close) {
                end--;
                close--;
            } else {
                break;
            }
        }
        return symbol.substring(0, end);
    }

    /**
     * A bare symbol needs a known series root and enough shape not to be a fraction or an abbreviation.
     * Returns the symbol's parse when it is accepted (kept for completing the reference), else null.
     */
    private static UnSymbolResult acceptedBare(String symbol) {
        String organ = symbol.substring(0, symbol.indexOf('/'));
        if (!UnOrgans.isKnownRoot(organ)) {
            return null;
        }
        UnSymbolResult result = UnSymbolParser.parse(symbol);
        boolean accepted;
        if (result instanceof UnSymbolResult.Parsed parsed) {
            UnSymbol s = parsed.symbol();
            accepted = !s.docType().equals(UnSymbolParser.GENERAL) || s.body() != null || s.session() != null
                    || s.year() != null || s.number().length() >= 2 || !s.suffixes().isEmpty();
        } else {
            accepted = symbol.chars().anyMatch(Character::isDigit);
        }
        return accepted ? result : null;
    }

    // ---- resolutions by number -------------------------------------------------------------------------

    private record Mention(int position, String organ) {
    }

    private static List<Mention> mentions(CharSequence text) {
        List<Mention> mentions = new ArrayList<>();
        Matcher m = ORGAN_MENTION.matcher(text);
        while (m.find()) {
            String organ = m.group("s") != null ? "S" : m.group("a") != null ? "A" : m.group("e") != null ? "E" : "A/HRC";
            mentions.add(new Mention(m.start(), organ));
        }
        return mentions;
    }

    /**
     * The organ named nearest before a position (else just after it, as in "resolution 2014 (2011) of the
     * Security Council"). Positions are asked in increasing order, so one forward pass serves them all.
     */
    private static final class MentionCursor {
        private final List<Mention> mentions;
        private int next;

        MentionCursor(List<Mention> mentions) {
            this.mentions = mentions;
        }

        String organAt(int position) {
            while (next < mentions.size() && mentions.get(next).position() < position) {
                next++;
            }
            if (next > 0) {
                return mentions.get(next - 1).organ();
            }
            if (next < mentions.size() && mentions.get(next).position() <= position + MENTION_AFTER_WINDOW) {
                return mentions.get(next).organ();
            }
            return null;
        }
    }

    private enum NumberForm { YEAR_IN_PARENS, ROMAN, SESSION_SLASH, BARE }

    private record ResolutionNumber(NumberForm form, String number, String sessionOrYear, String part, String text) {
    }

    private static ResolutionNumber readNumber(Matcher m) {
        if (m.group("n") != null) {
            String paren = m.group("paren");
            NumberForm form = YEAR.matcher(paren).matches() ? NumberForm.YEAR_IN_PARENS : NumberForm.ROMAN;
            return new ResolutionNumber(form, m.group("n"), paren, m.group("part"), m.group());
        }
        if (m.group("n2") != null) {
            return new ResolutionNumber(NumberForm.SESSION_SLASH, m.group("n2"), m.group("s"), m.group("part2"), m.group());
        }
        return new ResolutionNumber(NumberForm.BARE, m.group("n3"), null, null, m.group());
    }

    private static void findResolutions(CharSequence text, String contextOrgan, List<Mention> mentions,
                                        List<Candidate> out) {
        Matcher cued = RES_CUED.matcher(text);
        MentionCursor cuedCursor = new MentionCursor(mentions);
        int readUntil = 0;
        while (cued.find()) {
            if (cued.start() < readUntil) {
                continue;
            }
            String cue = cued.group("unscr") != null ? "UNSCR" : cued.group("cue");
            // "Council resolution 5/1" does not say which council; the text or the note may
            Context context = cue.equals("Council") ? context(cuedCursor.organAt(cued.start()), contextOrgan) : null;
            readUntil = addResolutions(text, cued.start(), cued.end(), cue, context, out);
        }
        Matcher uncued = RES_UNCUED.matcher(text);
        MentionCursor cursor = new MentionCursor(mentions);
        readUntil = 0;
        while (uncued.find()) {
            if (uncued.start() < readUntil) {
                continue;
            }
            Context context = context(cursor.organAt(uncued.start()), contextOrgan);
            if (context != null) {
                readUntil = addResolutions(text, uncued.start(), uncued.end(), null, context, out);
            }
        }
    }

    /** The organ named in the text near a citation wins over the one the caller knows from the note. */
    private static Context context(String mentioned, String contextOrgan) {
        if (mentioned != null) {
            return new Context(mentioned, "organ taken from the surrounding text: " + organName(mentioned));
        }
        if (contextOrgan != null) {
            return new Context(contextOrgan, "organ taken from the citing note: " + organName(contextOrgan));
        }
        return null;
    }

    private record Context(String organ, String warning) {
    }

    private static String organName(String organ) {
        return UnOrgans.lookup(organ).map(UnOrgan::name).orElse(organ);
    }

    /** Adds the resolutions of one citation (one, or a list); returns the offset after the last one read. */
    private static int addResolutions(CharSequence text, int start, int numbersFrom, String cue, Context context,
                                      List<Candidate> out) {
        Matcher number = RES_NUMBER.matcher(text).region(numbersFrom, text.length());
        if (!number.lookingAt()) {
            return numbersFrom;
        }
        ResolutionNumber first = readNumber(number);
        int itemStart = start;
        int end = number.end();
        ResolutionNumber current = first;
        while (true) {
            Candidate c = resolutionCandidate(itemStart, end, cue, context, current);
            if (c != null) {
                out.add(c);
            }
            if (first.form() == NumberForm.BARE) {
                return end;
            }
            Matcher separator = LIST_SEPARATOR.matcher(text).region(end, text.length());
            if (!separator.lookingAt()) {
                return end;
            }
            Matcher next = RES_NUMBER.matcher(text).region(separator.end(), text.length());
            if (!next.lookingAt()) {
                return end;
            }
            ResolutionNumber following = readNumber(next);
            if (following.form() != first.form()) {
                return end;
            }
            itemStart = separator.end();
            end = next.end();
            current = following;
        }
    }

    private static Candidate resolutionCandidate(int start, int end, String cue, Context context, ResolutionNumber n) {
        String fallback = context == null ? null : context.organ();
        String organ = cue == null ? fallback : organForCue(cue, n.form(), fallback);
        if (organ == null) {
            return null;
        }
        List<String> warnings = new ArrayList<>();
        if (context != null && organ.equals(fallback) && (cue == null || organForCue(cue, n.form(), null) == null)) {
            warnings.add(context.warning());
        }
        String symbol = resolutionSymbol(organ, n, warnings);
        if (symbol == null) {
            if (cue == null || cue.equals("Council")) {
                return null;
            }
            warnings.add("'" + n.text() + "' is not a numbering used for resolutions of the " + organName(organ));
            return new Candidate(UnReference.Style.RESOLUTION_NUMBER, start, end, null, n.text(), null, warnings);
        }
        return new Candidate(UnReference.Style.RESOLUTION_NUMBER, start, end, symbol, null, null, warnings);
    }

    private static String organForCue(String cue, NumberForm form, String fallback) {
        String c = withoutSpacesAndDots(cue).toUpperCase(java.util.Locale.ROOT);
        if (c.endsWith("S")) {
            c = c.substring(0, c.length() - 1);
        }
        return switch (c) {
            case "SECURITYCOUNCIL", "UNSC", "SC", "UNSCR" -> "S";
            case "GENERALASSEMBLY", "UNGA", "GA" -> "A";
            case "ECONOMICANDSOCIALCOUNCIL", "ECOSOC", "ESC" -> "E";
            case "HUMANRIGHTSCOUNCIL", "HRC" -> "A/HRC";
            case "COMMISSIONONHUMANRIGHT", "CHR" -> "E/CN.4";
            case "COUNCIL" -> form == NumberForm.ROMAN ? "E" : form == NumberForm.YEAR_IN_PARENS ? "S" : fallback;
            default -> fallback;
        };
    }

    /** The cue without white space, periods and apostrophes: "S. C." → "SC", "Council's" → "Councils". */
    private static String withoutSpacesAndDots(String cue) {
        StringBuilder b = new StringBuilder(cue.length());
        for (int i = 0; i < cue.length(); i++) {
            char ch = cue.charAt(i);
            boolean space = ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r';
            if (!space && ch != '.' && ch != '\'' && ch != '\u2019') {
                b.append(ch);
            }
        }
        return b.toString();
    }

    /** The symbol a resolution number stands for in an organ's series, or null if the organ does not number so. */
    private static String resolutionSymbol(String organ, ResolutionNumber n, List<String> warnings) {
        String part = n.part() == null ? "" : " " + n.part();
        boolean yearFirst = n.sessionOrYear() != null && YEAR.matcher(n.sessionOrYear()).matches();
        switch (organ) {
            case "S":
                if (n.form() == NumberForm.YEAR_IN_PARENS) {
                    return "S/RES/" + n.number() + "(" + n.sessionOrYear() + ")";
                }
                return n.form() == NumberForm.BARE ? "S/RES/" + n.number() : null;
            case "A":
                switch (n.form()) {
                    case SESSION_SLASH:
                        return yearFirst ? null : "A/RES/" + n.sessionOrYear() + "/" + n.number() + part;
                    case ROMAN:
                        return "A/RES/" + n.number() + part + "(" + n.sessionOrYear() + ")";
                    case YEAR_IN_PARENS:
                        warnings.add("General Assembly resolutions are numbered n(Roman-numeral session);"
                                + " the year " + n.sessionOrYear() + " is not part of the symbol");
                        return "A/RES/" + n.number() + part;
                    default:
                        warnings.add("General Assembly resolution cited without its session");
                        return "A/RES/" + n.number();
                }
            case "E":
                if (n.form() == NumberForm.SESSION_SLASH && yearFirst) {
                    return "E/RES/" + n.sessionOrYear() + "/" + n.number();
                }
                return n.form() == NumberForm.ROMAN ? "E/RES/" + n.number() + "(" + n.sessionOrYear() + ")" : null;
            case "A/HRC":
                return n.form() == NumberForm.SESSION_SLASH && !yearFirst
                        ? "A/HRC/RES/" + n.sessionOrYear() + "/" + n.number() : null;
            case "E/CN.4":
                return n.form() == NumberForm.SESSION_SLASH && yearFirst
                        ? "E/CN.4/RES/" + n.sessionOrYear() + "/" + n.number() : null;
            default:
                return null;
        }
    }

    // ---- Treaty Series -------------------------------------------------------------------------------

    private static void findTreatySeries(CharSequence text, List<Candidate> out) {
        for (Pattern pattern : List.of(UNTS_LEGAL, UNTS_LONG)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int volume = Integer.parseInt(m.group("vol"));
                if (volume == 0) {
                    continue;
                }
                Integer first = m.group("p1") == null ? null : Integer.valueOf(m.group("p1"));
                Integer last = m.group("p2") == null ? null : lastPage(m.group("p1"), m.group("p2"));
                Integer year = pattern == UNTS_LONG && m.group("year") != null ? Integer.valueOf(m.group("year")) : null;
                String reg = pattern == UNTS_LONG ? m.group("reg") : null;
                out.add(new Candidate(UnReference.Style.TREATY_SERIES, m.start(), m.end(), null, null,
                        new UntsReference(volume, first, last, year, reg), List.of()));
            }
        }
    }

    /** "469–94" is pages 469 to 494. */
    private static Integer lastPage(String first, String last) {
        if (last.length() < first.length() && Integer.parseInt(last) < Integer.parseInt(first)) {
            return Integer.valueOf(first.substring(0, first.length() - last.length()) + last);
        }
        return Integer.valueOf(last);
    }

    // ---- completing and merging ----------------------------------------------------------------------

    private static UnReference complete(CharSequence text, Candidate c, Map<String, UnSymbolResult> parsedSymbols) {
        String matched = text.subSequence(c.start(), c.end()).toString();
        CitedDates.Found date = CitedDates.after(text, c.end());
        String iso = date == null ? null : date.iso();
        String dateText = date == null ? null : date.text();
        int extent = date == null ? c.end() : date.end();
        List<String> warnings = new ArrayList<>(c.warnings());
        if (c.unts() != null) {
            return new UnReference(c.style(), c.start(), c.end(), matched, null, null, c.unts(), iso, dateText,
                    extent, warnings);
        }
        if (c.symbolText() == null) {
            return new UnReference(c.style(), c.start(), c.end(), matched, null, c.unparsedText(), null, iso,
                    dateText, extent, warnings);
        }
        UnSymbolResult result = parsedSymbols.get(c.symbolText());
        if (result == null) {
            result = UnSymbolParser.parse(c.symbolText());
        }
        warnings.addAll(result.warnings());
        if (result instanceof UnSymbolResult.Parsed parsed) {
            // a resolution cited by its number gets its symbol built, year and all; a symbol written out stays as written
            UnSymbol symbol = c.style() == UnReference.Style.RESOLUTION_NUMBER ? withYearFromDate(parsed.symbol(), iso, warnings)
                    : parsed.symbol();
            return new UnReference(c.style(), c.start(), c.end(), matched, symbol, null, null, iso, dateText,
                    extent, warnings);
        }
        warnings.add("not read as a UN document symbol: " + ((UnSymbolResult.Unparsed) result).error());
        return new UnReference(c.style(), c.start(), c.end(), matched, null, c.symbolText(), null, iso, dateText,
                extent, warnings);
    }

    /** "S.C. Res. 713 (Sept. 25, 1991)": the symbol's year is the adoption year, so it can be filled in. */
    private static UnSymbol withYearFromDate(UnSymbol symbol, String isoDate, List<String> warnings) {
        if (isoDate == null || !symbol.organ().equals("S") || !"RES".equals(symbol.docType())
                || symbol.body() != null || symbol.year() != null || !symbol.suffixes().isEmpty()) {
            return symbol;
        }
        String year = isoDate.substring(0, 4);
        UnSymbolResult withYear = UnSymbolParser.parse(symbol.symbol() + "(" + year + ")");
        if (withYear instanceof UnSymbolResult.Parsed parsed) {
            warnings.add("year " + year + " of Security Council resolution " + symbol.number()
                    + " taken from the date that follows it");
            return parsed.symbol();
        }
        return symbol;
    }

    /**
     * "G.A. Res. 73/331, U.N. Doc. A/RES/73/331 (July 25, 2019)" cites one document twice in a row;
     * the restatement is folded into the first reference (its date and extent kept).
     */
    private static List<UnReference> mergeRestatements(CharSequence text, List<UnReference> references) {
        List<UnReference> merged = new ArrayList<>();
        for (UnReference r : references) {
            UnReference previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && restates(text, previous, r)) {
                merged.set(merged.size() - 1, fold(previous, r));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    private static boolean restates(CharSequence text, UnReference first, UnReference second) {
        if (first.symbol() == null || second.symbol() == null) {
            return false;
        }
        int gapStart = Math.max(first.end(), first.extentEnd());
        if (second.start() - gapStart > RESTATEMENT_WINDOW) {
            return false;
        }
        for (int i = gapStart; i < second.start(); i++) {
            if (text.charAt(i) == ';') {
                return false;
            }
        }
        UnSymbol a = first.symbol();
        UnSymbol b = second.symbol();
        if (a.symbol().equals(b.symbol())) {
            return true;
        }
        return a.organ().equals("S") && b.organ().equals("S") && "RES".equals(a.docType()) && "RES".equals(b.docType())
                && Objects.equals(a.number(), b.number()) && (a.year() == null || b.year() == null)
                && a.body() == null && b.body() == null;
    }

    private static UnReference fold(UnReference first, UnReference second) {
        UnSymbol symbol = first.symbol().year() == null && second.symbol().year() != null ? second.symbol() : first.symbol();
        LinkedHashSet<String> warnings = new LinkedHashSet<>(first.warnings());
        warnings.addAll(second.warnings());
        boolean firstDated = first.date() != null;
        return new UnReference(first.style(), first.start(), first.end(), first.text(), symbol, null, null,
                firstDated ? first.date() : second.date(), firstDated ? first.dateText() : second.dateText(),
                Math.max(first.extentEnd(), second.extentEnd()), List.copyOf(warnings));
    }
}
