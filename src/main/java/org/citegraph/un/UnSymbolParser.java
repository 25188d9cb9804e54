package org.citegraph.un;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citegraph.model.UnSymbol;

/**
 * Parses a United Nations document symbol by the UN's symbol grammar (design note
 * {@code un-documents.md} §1.4–1.6): organ or series root, subsidiary bodies, session or year,
 * document type, number, modifiers ({@code Add.}, {@code Rev.}, {@code Corr.}, {@code Amend.}),
 * additions ({@code (Resumption1)}), part letters ({@code A/RES/69/274 A}) and joint symbols
 * ({@code A/47/277-S/24111}).
 *
 * <p>The result is always a {@link UnSymbolResult}; the parser never throws. Spacing and letter-case
 * variants are normalised to the canonical symbol; a mistyped symbol is repaired only when the
 * repair is unambiguous, with a warning, and otherwise reported as {@link UnSymbolResult.Unparsed}.
 * Inputs longer than {@link #MAX_LENGTH} characters are rejected without further work, so the cost
 * is linear in the input length whatever the input.
 */
public final class UnSymbolParser {

    /** No real symbol comes close: the longest joint ECE regulation symbols are under 120 characters. */
    public static final int MAX_LENGTH = 300;

    /** The document type of a plain numbered document, as in the examples file. */
    public static final String GENERAL = "general";

    private static final int MAX_NUMBER_DIGITS = 5;
    private static final int LAST_OLD_STYLE_GA_RESOLUTION = 3541;
    private static final int FIRST_GA_SESSION_IN_SYMBOLS = 31;
    /** Special sessions switched to A/RES/S-n/… at S-8 (1978), emergency special sessions at ES-6 (1980). */
    private static final int FIRST_SPECIAL_SESSION_IN_SYMBOLS = 8;
    private static final int FIRST_EMERGENCY_SESSION_IN_SYMBOLS = 6;

    private static final Pattern JOINT_SPLIT = Pattern.compile("-(?=[A-Za-z][A-Za-z0-9]{0,9}/)");
    private static final Pattern PART = Pattern.compile(" ([A-Za-z](?:-[A-Za-z])?)$");
    private static final Pattern PAREN = Pattern.compile("\\(([^()]*)\\)$");
    private static final Pattern PAREN_ROMAN = Pattern.compile("^(?i)(?:(S|ES)-)?([IVXLC]+)$");
    private static final Pattern PAREN_RESUMPTION = Pattern.compile("^(?i)resumption(\\d{1,2})$");
    private static final Pattern PAREN_PART = Pattern.compile("^(?i)part([IVX]{1,4})$");
    private static final Pattern PAREN_OTHER_ADDITION = Pattern.compile("^[A-Za-z][A-Za-z.]*(?: ?[A-Za-z0-9.]+){0,3}$");

    private static final Pattern ORGAN = Pattern.compile("^[A-Z][A-Z0-9]{0,9}$");
    private static final Pattern ORGAN_ANY_CASE = Pattern.compile("^[A-Za-z][A-Za-z0-9]{0,9}$");
    private static final Pattern MOD_ANY = Pattern.compile("^(?i)(add|rev|corr|amend)(\\.?)\\s?(\\d{1,3})$");
    private static final Pattern MOD = Pattern.compile("^(?:(?:Add|Rev|Corr|Amend)\\.\\d{1,3}|Summary)$");
    private static final Pattern TYPE_D_ANY = Pattern.compile("^(?i)(PV|SR|L|CRP|WP|R|DP)(\\.?)\\s?(\\d{1,5})$");
    private static final Pattern TYPE_D = Pattern.compile("^(PV|SR|L|CRP|WP|R|DP)\\.(\\d{1,5})$");
    private static final Pattern BODY_D_ANY = Pattern.compile("^(?i)(C|AC|CN|CONF|GC|PC|PCN|SC|Sub|WG)(\\.?)\\s?(\\d{1,4})$");
    private static final Pattern TYPE_B = Pattern.compile("^(?:RES|DEC|PRST|INF|NGO|PET|GC|AI|SGB|IC|REP|D|SER\\.[A-Z])$");
    private static final Pattern SPECIAL_SESSION_ANY = Pattern.compile("^(?i)(ES|S)\\s?-\\s?(\\d{1,2})$");
    private static final Pattern SPECIAL_SESSION = Pattern.compile("^(?:ES|S)-\\d{1,2}$");
    private static final Pattern SPECIAL_SESSION_PARTS = Pattern.compile("^(ES|S)-(\\d{1,2})$");
    private static final Pattern DIGITS = Pattern.compile("^\\d+$");
    private static final Pattern YEAR = Pattern.compile("^(?:19[4-9]\\d|20\\d\\d)$");
    private static final Pattern ARABIC_SESSION = Pattern.compile("^\\d{1,3}$");
    private static final Pattern BODY_TOKEN = Pattern.compile("^[A-Za-z][A-Za-z0-9.()\\-]*$");
    private static final Pattern ALLOWED = Pattern.compile("^[A-Za-z0-9./()\\- ]+$");

    /**
     * The Secretary-General's depositary notifications: "C.N.412.2019.TREATIES-IV.4", a running number and
     * year, then the chapter of the Multilateral Treaties Deposited under which the treaty is filed.
     */
    static final String DEPOSITARY_NOTIFICATION_SYMBOL =
            "C\\.\\s?N\\.\\s?(\\d{1,4})\\.((?:19[4-9]|20\\d)\\d)\\.(TREATIES(?:-[IVXL]{1,6}(?:\\.\\d{1,3}){0,2}(?:\\.[a-z])?)?)";
    private static final Pattern DEPOSITARY_NOTIFICATION = Pattern.compile("^" + DEPOSITARY_NOTIFICATION_SYMBOL + "$");

    /** The document type given to depositary notifications, after their symbols' marker. */
    public static final String DEPOSITARY_NOTIFICATION_TYPE = "C.N.";

    private UnSymbolParser() {
    }

    /** Parses one symbol. Never throws; a null or blank input is reported as unparsed. */
    public static UnSymbolResult parse(CharSequence input) {
        String given = input == null ? "" : input.toString();
        List<String> warnings = new ArrayList<>();
        String trimmed = given.strip();
        if (trimmed.isEmpty()) {
            return new UnSymbolResult.Unparsed(given, "empty text is not a UN document symbol", warnings);
        }
        if (trimmed.length() > MAX_LENGTH) {
            return new UnSymbolResult.Unparsed(given, "text of " + trimmed.length()
                    + " characters is too long to be a UN document symbol (at most " + MAX_LENGTH + ")", warnings);
        }
        Matcher notification = DEPOSITARY_NOTIFICATION.matcher(trimmed);
        if (notification.matches()) {
            // issued by the Secretariat's Treaty Section for the Secretary-General as depositary
            String symbol = "C.N." + notification.group(1) + "." + notification.group(2) + "." + notification.group(3);
            return new UnSymbolResult.Parsed(given, new UnSymbol(symbol, "ST", null, null, Integer.valueOf(notification.group(2)),
                    DEPOSITARY_NOTIFICATION_TYPE, notification.group(1), List.of()), dedupe(warnings));
        }
        Optional<UnSymbol> agency = WhoSymbols.parse(trimmed).or(() -> ImoSymbols.parse(trimmed));
        if (agency.isPresent()) return new UnSymbolResult.Parsed(given, agency.get(), dedupe(warnings));
        try {
            return new UnSymbolResult.Parsed(given, parseClean(trimmed, warnings), dedupe(warnings));
        } catch (NotASymbolException e) {
            return new UnSymbolResult.Unparsed(given, e.getMessage(), dedupe(warnings));
        } catch (RuntimeException e) {
            // defensive: a parser bug must not cost the caller the rest of its work
            return new UnSymbolResult.Unparsed(given, "could not be read as a UN document symbol ("
                    + e.getClass().getSimpleName() + ")", dedupe(warnings));
        }
    }

    /** Parses each text in turn; convenient for the CLI. */
    public static List<UnSymbolResult> parseAll(List<? extends CharSequence> inputs) {
        List<UnSymbolResult> results = new ArrayList<>(inputs.size());
        for (CharSequence input : inputs) {
            results.add(parse(input));
        }
        return results;
    }

    private static List<String> dedupe(List<String> warnings) {
        return List.copyOf(new LinkedHashSet<>(warnings));
    }

    private static UnSymbol parseClean(String trimmed, List<String> warnings) throws NotASymbolException {
        String text = SymbolTextCleaner.clean(trimmed, warnings);
        if (text.isEmpty()) {
            throw new NotASymbolException("nothing left of '" + trimmed + "' after removing punctuation");
        }
        if (!ALLOWED.matcher(text).matches()) {
            throw new NotASymbolException("unexpected character '" + firstDisallowed(text)
                    + "': symbols use only letters, digits, '/', '.', '-', '(', ')' and a space before a part letter");
        }
        if (text.indexOf('/') < 0) {
            throw new NotASymbolException("no '/': a UN document symbol starts with an organ or series code"
                    + " followed by '/' (as in A/52/1, S/PV.7796)");
        }
        boolean lowerCaseInput = text.chars().noneMatch(Character::isUpperCase);
        CaseFixes caseFixes = new CaseFixes();

        String[] parts = JOINT_SPLIT.split(text, -1);
        List<Single> singles = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            try {
                singles.add(parseSingle(parts[i], caseFixes, warnings));
            } catch (NotASymbolException e) {
                if (parts.length == 1) {
                    throw e;
                }
                throw new NotASymbolException((i == 0 ? "first" : "joint") + " symbol '" + parts[i] + "': " + e.getMessage());
            }
        }
        if (lowerCaseInput) {
            warnings.add("symbol given in lower case; upper-cased by the UN's conventions");
        } else if (!caseFixes.isEmpty()) {
            warnings.add("letter case corrected: " + caseFixes);
        }

        Single first = singles.get(0);
        List<String> suffixes = new ArrayList<>(first.suffixes());
        StringBuilder symbol = new StringBuilder(first.canonical());
        for (Single partner : singles.subList(1, singles.size())) {
            symbol.append('-').append(partner.canonical());
            suffixes.add("joint:" + partner.canonical());
        }
        return new UnSymbol(symbol.toString(), first.organ(), first.body(), first.session(), first.year(),
                first.docType(), first.number(), suffixes);
    }

    private static char firstDisallowed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!ALLOWED.matcher(String.valueOf(c)).matches()) {
                return c;
            }
        }
        return '?';
    }

    /** One component of a (possibly joint) symbol, decomposed, with its canonical text. */
    private record Single(String canonical, String organ, String body, String session, Integer year,
                          String docType, String number, List<String> suffixes) {
    }

    /** A parenthetical after the core: year, Roman session, or addition. */
    private record Paren(Integer year, String romanSession, String addition) {
        String text() {
            if (year != null) {
                return "(" + year + ")";
            }
            return romanSession != null ? "(" + romanSession + ")" : addition;
        }
    }

    private static Single parseSingle(String component, CaseFixes caseFixes, List<String> warnings)
            throws NotASymbolException {
        String rest = component.strip();
        String part = null;
        boolean partBeforeParen = false;
        Matcher m = PART.matcher(rest);
        if (m.find()) {
            part = m.group(1);
            rest = rest.substring(0, m.start());
        }
        Paren paren = null;
        m = PAREN.matcher(rest);
        if (m.find()) {
            paren = readParen(m.group(1), caseFixes);
            rest = rest.substring(0, m.start());
            if (part == null) {
                Matcher before = PART.matcher(rest);
                if (before.find()) {
                    part = before.group(1);
                    partBeforeParen = true;
                    rest = rest.substring(0, before.start());
                }
            }
        }
        if (part != null) {
            String upper = part.toUpperCase(Locale.ROOT);
            caseFixes.note(part, upper, false);
            part = upper;
        }
        if (rest.indexOf('(') >= 0 && rest.endsWith(")") && rest.indexOf('/') > rest.lastIndexOf('(')) {
            throw new NotASymbolException("unbalanced parentheses in '" + component + "'");
        }

        String[] raw = rest.split("/", -1);
        if (raw.length < 2) {
            throw new NotASymbolException("'" + component + "' has no '/' after the organ or series code");
        }
        List<String> tokens = new ArrayList<>(raw.length);
        tokens.add(normaliseOrgan(raw[0], caseFixes));
        for (int i = 1; i < raw.length; i++) {
            tokens.add(normaliseToken(raw[i], caseFixes, warnings));
        }
        tokens = rewriteMistypedOrgan(tokens, warnings);

        int modStart = tokens.size();
        while (modStart > 1 && MOD.matcher(tokens.get(modStart - 1)).matches()) {
            modStart--;
        }
        List<String> modifiers = tokens.subList(modStart, tokens.size());
        List<String> core = new ArrayList<>(tokens.subList(0, modStart));
        for (int i = 1; i < core.size(); i++) {
            if (MOD.matcher(core.get(i)).matches()) {
                throw new NotASymbolException("modifier '" + core.get(i) + "' must come after the document number");
            }
        }
        if (core.size() < 2) {
            throw new NotASymbolException("'" + component + "' has a modifier but no document number");
        }

        Decomposed d = decompose(core, paren, component, warnings);

        List<String> suffixes = new ArrayList<>(modifiers);
        if (d.paren() != null && d.paren().addition() != null) {
            suffixes.add(d.paren().addition());
        }
        if (part != null) {
            suffixes.add(part);
        }
        StringBuilder canonical = new StringBuilder(String.join("/", d.core()));
        if (part != null && partBeforeParen && d.paren() != null && d.paren().addition() == null) {
            canonical.append(' ').append(part).append(d.paren().text());
            part = null;
        } else if (d.paren() != null && d.paren().addition() == null) {
            canonical.append(d.paren().text());
        }
        for (String modifier : modifiers) {
            canonical.append('/').append(modifier);
        }
        if (d.paren() != null && d.paren().addition() != null) {
            canonical.append(d.paren().addition());
        }
        if (part != null) {
            canonical.append(' ').append(part);
        }
        return new Single(canonical.toString(), d.core().get(0), d.body(), d.session(), d.year(), d.docType(),
                d.number(), suffixes);
    }

    private static Paren readParen(String content, CaseFixes caseFixes) throws NotASymbolException {
        if (YEAR.matcher(content).matches()) {
            return new Paren(Integer.valueOf(content), null, null);
        }
        Matcher roman = PAREN_ROMAN.matcher(content);
        if (roman.matches()) {
            String numeral = roman.group(2).toUpperCase(Locale.ROOT);
            if (RomanNumerals.value(numeral) < 0) {
                throw new NotASymbolException("'(" + content + ")' is not a well-formed Roman-numeral session");
            }
            String prefix = roman.group(1) == null ? "" : roman.group(1).toUpperCase(Locale.ROOT) + "-";
            caseFixes.note(content, prefix + numeral, false);
            return new Paren(null, prefix + numeral, null);
        }
        Matcher resumption = PAREN_RESUMPTION.matcher(content);
        if (resumption.matches()) {
            return new Paren(null, null, "(Resumption" + resumption.group(1) + ")");
        }
        Matcher partAddition = PAREN_PART.matcher(content);
        if (partAddition.matches()) {
            String numeral = partAddition.group(1).toUpperCase(Locale.ROOT);
            if (RomanNumerals.value(numeral) < 0) {
                throw new NotASymbolException("'(" + content + ")' is not a well-formed part number");
            }
            return new Paren(null, null, "(Part" + numeral + ")");
        }
        if (DIGITS.matcher(content).matches()) {
            throw new NotASymbolException("'(" + content + ")' is not a year between 1940 and 2099;"
                    + " a Security Council resolution is written S/RES/n(yyyy)");
        }
        if (PAREN_OTHER_ADDITION.matcher(content).matches()) {
            // other additions in use, e.g. HRI/GEN/1/Rev.9 (Vol. I), A/59/10(SUPP): kept as written
            return new Paren(null, null, "(" + content + ")");
        }
        throw new NotASymbolException("'(" + content + ")' is neither a year, a Roman-numeral session"
                + " nor an addition such as (Resumption1) or (PartI)");
    }

    private static String normaliseOrgan(String token, CaseFixes caseFixes) throws NotASymbolException {
        if (ORGAN.matcher(token).matches()) {
            return token;
        }
        if (ORGAN_ANY_CASE.matcher(token).matches()) {
            String upper = token.toUpperCase(Locale.ROOT);
            caseFixes.note(token, upper, false);
            return upper;
        }
        if (token.isEmpty()) {
            throw new NotASymbolException("the organ or series code before the first '/' is missing");
        }
        throw new NotASymbolException("'" + token + "' is not an organ or series code"
                + " (1 to 10 letters and digits starting with a letter, such as A, S, E, ST, CCPR)");
    }

    private static String normaliseToken(String token, CaseFixes caseFixes, List<String> warnings)
            throws NotASymbolException {
        if (token.isEmpty()) {
            throw new NotASymbolException("empty component between two '/'");
        }
        if (DIGITS.matcher(token).matches()) {
            return token;
        }
        if (isPlainCode(token)) {
            return normaliseCode(token, caseFixes);
        }
        Matcher m = MOD_ANY.matcher(token);
        if (m.matches()) {
            String word = m.group(1);
            String canonical = Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT)
                    + "." + m.group(3);
            noteDotted(token, canonical, m.group(2).isEmpty(), caseFixes, warnings, true);
            return canonical;
        }
        if (token.equalsIgnoreCase("summary")) {
            caseFixes.note(token, "Summary", true);
            return "Summary";
        }
        m = TYPE_D_ANY.matcher(token);
        if (m.matches()) {
            String canonical = m.group(1).toUpperCase(Locale.ROOT) + "." + m.group(3);
            noteDotted(token, canonical, m.group(2).isEmpty(), caseFixes, warnings, false);
            return canonical;
        }
        m = BODY_D_ANY.matcher(token);
        if (m.matches()) {
            String code = m.group(1).equalsIgnoreCase("sub") ? "Sub" : m.group(1).toUpperCase(Locale.ROOT);
            String canonical = code + "." + m.group(3);
            noteDotted(token, canonical, m.group(2).isEmpty(), caseFixes, warnings, false);
            return canonical;
        }
        m = SPECIAL_SESSION_ANY.matcher(token);
        if (m.matches()) {
            String canonical = m.group(1).toUpperCase(Locale.ROOT) + "-" + m.group(2);
            if (token.indexOf(' ') >= 0) {
                warnings.add("'" + token + "' read as '" + canonical + "'");
            }
            caseFixes.note(token.replace(" ", ""), canonical, false);
            return canonical;
        }
        String upper = token.toUpperCase(Locale.ROOT);
        if (TYPE_B.matcher(upper).matches()) {
            caseFixes.note(token, upper, false);
            return upper;
        }
        if (token.indexOf(' ') >= 0) {
            throw new NotASymbolException("unexpected space in '" + token + "'");
        }
        if (!BODY_TOKEN.matcher(token).matches()) {
            if (Character.isDigit(token.charAt(0))) {
                throw new NotASymbolException("'" + token + "' is neither a number nor a body or document-type code");
            }
            throw new NotASymbolException("'" + token + "' is not a body or document-type code");
        }
        // Mixed-case codes with a dot exist (UNEP/OzL.Pro.31/9) and are kept; other codes are upper case.
        boolean keep = token.equals(upper) || (token.indexOf('.') >= 0 && !token.equals(token.toLowerCase(Locale.ROOT)));
        if (keep) {
            return token;
        }
        caseFixes.note(token, upper, false);
        return upper;
    }

    /** Letters only ("RES", "HRC", "prst"): cannot be a modifier, a dotted code or a special session. */
    private static boolean isPlainCode(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                return false;
            }
        }
        return !token.equalsIgnoreCase("summary");
    }

    private static String normaliseCode(String token, CaseFixes caseFixes) {
        String upper = token.toUpperCase(Locale.ROOT);
        if (!token.equals(upper)) {
            caseFixes.note(token, upper, false);
        }
        return upper;
    }

    private static void noteDotted(String token, String canonical, boolean dotMissing, CaseFixes caseFixes,
                                   List<String> warnings, boolean modifier) {
        if (dotMissing || token.indexOf(' ') >= 0) {
            warnings.add("'" + token + "' read as '" + canonical + "'");
        } else {
            caseFixes.note(token, canonical, modifier && token.equals(token.toUpperCase(Locale.ROOT)));
        }
    }

    /** GA/RES/…, SC/RES/…: press-release series codes used by mistake for the organ's document series. */
    private static List<String> rewriteMistypedOrgan(List<String> tokens, List<String> warnings) {
        if (tokens.size() < 3 || !tokens.get(1).equals("RES")) {
            return tokens;
        }
        String organ = switch (tokens.get(0)) {
            case "GA", "UNGA" -> "A";
            case "SC", "UNSC" -> "S";
            case "ECOSOC" -> "E";
            default -> null;
        };
        if (organ == null) {
            return tokens;
        }
        warnings.add("'" + tokens.get(0) + "/RES' read as '" + organ + "/RES': resolutions are issued in the organ's"
                + " document series, not its press-release series");
        List<String> fixed = new ArrayList<>(tokens);
        fixed.set(0, organ);
        return fixed;
    }

    /** The structural reading of the core tokens (organ … number, modifiers removed). */
    private record Decomposed(List<String> core, String body, String session, Integer year, String docType,
                              String number, Paren paren) {
    }

    private static Decomposed decompose(List<String> core, Paren paren, String component, List<String> warnings)
            throws NotASymbolException {
        String organ = core.get(0);
        List<String> body = new ArrayList<>();
        List<Integer> numericIndexes = new ArrayList<>();
        String type = null;
        String typeNumber = null;
        int lastNumeric = -1;
        for (int i = core.size() - 1; i > 0 && lastNumeric < 0; i--) {
            lastNumeric = DIGITS.matcher(core.get(i)).matches() ? i : -1;
        }
        for (int i = 1; i < core.size(); i++) {
            String token = core.get(i);
            if (type == null && TYPE_B.matcher(token).matches()) {
                type = token;
                continue;
            }
            Matcher dotted = TYPE_D.matcher(token);
            if (type == null && dotted.matches() && lastNumeric < i) {
                type = dotted.group(1);
                typeNumber = dotted.group(2);
                continue;
            }
            if (DIGITS.matcher(token).matches() || SPECIAL_SESSION.matcher(token).matches()) {
                numericIndexes.add(i);
                continue;
            }
            body.add(token);
        }

        if (organ.equals("S") && "RES".equals(type) && body.isEmpty()) {
            Decomposed sc = securityCouncilResolution(core, numericIndexes, paren, component, warnings);
            if (sc != null) {
                return sc;
            }
        }
        if (organ.equals("A") && "RES".equals(type) && body.isEmpty()) {
            checkGeneralAssemblyResolution(core, numericIndexes, paren, component);
        }

        String session = null;
        Integer year = null;
        String number;
        List<String> numerics = numericIndexes.stream().map(core::get).toList();
        if ("D".equals(type) && numerics.size() == 3 && YEAR.matcher(numerics.get(2)).matches()) {
            // "CCPR/C/120/D/2285/2013": a treaty body's session, then the communication's number and year
            session = asSession(numerics.get(0), component);
            number = numerics.get(1);
            year = Integer.valueOf(numerics.get(2));
        } else if (typeNumber != null) {
            number = typeNumber;
            if (numerics.size() > 1) {
                throw new NotASymbolException("too many numeric components in '" + component + "'");
            }
            if (numerics.size() == 1) {
                String first = numerics.get(0);
                if (YEAR.matcher(first).matches()) {
                    year = Integer.valueOf(first);
                } else {
                    session = asSession(first, component);
                }
            }
        } else {
            if (numerics.isEmpty()) {
                throw new NotASymbolException(type == null
                        ? "'" + component + "' has no document number (a series symbol alone does not name a document)"
                        : "'" + component + "' has no number after " + type);
            }
            if (numerics.size() > 2) {
                throw new NotASymbolException("too many numeric components in '" + component + "'");
            }
            if (numerics.size() == 2) {
                String first = numerics.get(0);
                if (YEAR.matcher(first).matches()) {
                    year = Integer.valueOf(first);
                } else {
                    session = asSession(first, component);
                }
            }
            number = numerics.get(numerics.size() - 1);
            if (!DIGITS.matcher(number).matches()) {
                throw new NotASymbolException("'" + component + "' has no document number after session " + number);
            }
        }
        if (number.length() > MAX_NUMBER_DIGITS) {
            throw new NotASymbolException("document number '" + number + "' has " + number.length()
                    + " digits; no UN series runs that far, so it is probably two components run together");
        }
        if (paren != null && paren.year() != null) {
            if (year != null) {
                throw new NotASymbolException("'" + component + "' has two years");
            }
            year = paren.year();
        }
        if (paren != null && paren.romanSession() != null) {
            if (session != null) {
                throw new NotASymbolException("'" + component + "' has two sessions");
            }
            session = paren.romanSession();
        }
        return new Decomposed(core, body.isEmpty() ? null : String.join("/", body), session, year,
                type == null ? GENERAL : type, number, paren);
    }

    private static String asSession(String token, String component) throws NotASymbolException {
        if (ARABIC_SESSION.matcher(token).matches() || SPECIAL_SESSION.matcher(token).matches()) {
            return token;
        }
        throw new NotASymbolException("'" + token + "' in '" + component + "' is neither a session"
                + " (up to three digits, S-n or ES-n) nor a year (1940-2099)");
    }

    /**
     * Security Council resolutions are S/RES/n(yyyy). "S/RES/2334/2016" is repaired; a number too long
     * for the series (S/RES/212423: 2124 and 23? 21242 and 3?) is ambiguous and refused.
     * Returns null when the ordinary rules apply.
     */
    private static Decomposed securityCouncilResolution(List<String> core, List<Integer> numericIndexes, Paren paren,
                                                        String component, List<String> warnings)
            throws NotASymbolException {
        List<String> numerics = numericIndexes.stream().map(core::get).toList();
        if (numerics.size() == 1 && numerics.get(0).length() > 4) {
            throw new NotASymbolException("ambiguous: Security Council resolution numbers have at most four digits,"
                    + " so '" + numerics.get(0) + "' may be a number run together with its year;"
                    + " expected S/RES/n(yyyy)");
        }
        if (numerics.size() == 2 && paren == null) {
            String a = numerics.get(0);
            String b = numerics.get(1);
            boolean aYear = YEAR.matcher(a).matches() && DIGITS.matcher(b).matches() && b.length() <= 4;
            boolean bYear = YEAR.matcher(b).matches() && DIGITS.matcher(a).matches() && a.length() <= 4;
            if (aYear == bYear) {
                throw new NotASymbolException("ambiguous: '" + component + "' is not of the Security Council"
                        + " resolution form S/RES/n(yyyy)");
            }
            String number = aYear ? b : a;
            Integer year = Integer.valueOf(aYear ? a : b);
            List<String> fixed = new ArrayList<>(core.subList(0, numericIndexes.get(0)));
            fixed.add(number);
            String canonical = String.join("/", fixed) + "(" + year + ")";
            warnings.add("'" + component + "' read as '" + canonical
                    + "': Security Council resolutions give the year in parentheses");
            return new Decomposed(fixed, null, null, year, "RES", number, new Paren(year, null, null));
        }
        return null;
    }

    /** Rejects GA resolution symbols that mix the pre-1976 and current numbering. */
    private static void checkGeneralAssemblyResolution(List<String> core, List<Integer> numericIndexes, Paren paren,
                                                       String component) throws NotASymbolException {
        List<String> numerics = numericIndexes.stream().map(core::get).toList();
        if (numerics.size() == 1 && DIGITS.matcher(numerics.get(0)).matches()
                && Integer.parseInt(numerics.get(0).length() > 6 ? "9999999" : numerics.get(0)) > LAST_OLD_STYLE_GA_RESOLUTION) {
            String n = numerics.get(0);
            throw new NotASymbolException("ambiguous: General Assembly resolutions numbered without a session stop at "
                    + LAST_OLD_STYLE_GA_RESOLUTION + ", so '" + n + "' is probably a session and a number"
                    + " without their '/' (as in A/RES/" + n.substring(0, Math.min(2, n.length() - 1)) + "/"
                    + n.substring(Math.min(2, n.length() - 1)) + ")");
        }
        if (numerics.size() == 2 && paren == null && ARABIC_SESSION.matcher(numerics.get(0)).matches()
                && Integer.parseInt(numerics.get(0)) < FIRST_GA_SESSION_IN_SYMBOLS
                && Integer.parseInt(numerics.get(0)) >= 1 && DIGITS.matcher(numerics.get(1)).matches()) {
            int session = Integer.parseInt(numerics.get(0));
            throw new NotASymbolException("ambiguous: General Assembly resolutions before the "
                    + FIRST_GA_SESSION_IN_SYMBOLS + "st session are written A/RES/n(session in Roman numerals);"
                    + " '" + component + "' may mean A/RES/" + numerics.get(1) + "(" + RomanNumerals.toRoman(session)
                    + ") or be a mistyped session");
        }
        Matcher special = SPECIAL_SESSION_PARTS.matcher(numerics.isEmpty() ? "" : numerics.get(0));
        if (numerics.size() == 2 && paren == null && special.matches()) {
            int n = Integer.parseInt(special.group(2));
            boolean emergency = special.group(1).equals("ES");
            if (n >= 1 && n < (emergency ? FIRST_EMERGENCY_SESSION_IN_SYMBOLS : FIRST_SPECIAL_SESSION_IN_SYMBOLS)) {
                throw new NotASymbolException("ambiguous: resolutions of " + (emergency ? "emergency " : "")
                        + "special sessions before " + special.group(1) + "-"
                        + (emergency ? FIRST_EMERGENCY_SESSION_IN_SYMBOLS : FIRST_SPECIAL_SESSION_IN_SYMBOLS)
                        + " are written A/RES/n(" + special.group(1) + "-Roman); '" + component + "' may mean A/RES/"
                        + numerics.get(1) + "(" + special.group(1) + "-" + RomanNumerals.toRoman(n) + ")");
            }
        }
    }

    /** Letter-case repairs, kept to report them once. ALL-CAPS modifiers (ODS lists) are not worth a warning. */
    private static final class CaseFixes {
        private final Set<String> fixes = new LinkedHashSet<>();

        void note(String given, String canonical, boolean silent) {
            if (!given.equals(canonical) && given.equalsIgnoreCase(canonical) && !silent) {
                fixes.add("'" + given + "' -> '" + canonical + "'");
            }
        }

        boolean isEmpty() {
            return fixes.isEmpty();
        }

        @Override
        public String toString() {
            return String.join(", ", fixes);
        }
    }
}
