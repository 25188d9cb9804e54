package org.citegraph.notes;

import java.util.Locale;
import java.util.Set;

/** The small closed word lists the note grammar relies on. */
final class Lexicon {

    private Lexicon() {
    }

    /** Lower-case words that belong to a family name when they stand before it (de Haas, van Evera). */
    static final Set<String> PARTICLES = words(
            "de", "da", "das", "do", "dos", "di", "del", "della", "der", "den", "des", "du", "la", "le",
            "van", "von", "ter", "ten", "bin", "ibn", "al", "el", "zu", "af", "av", "y", "e", "st.");

    /** Generational suffixes written after a name. */
    static final Set<String> SUFFIXES = words("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");

    /** Words that make a name an organisation rather than a person. */
    static final Set<String> ORG_WORDS = words(
            "organization", "organisation", "center", "centre", "council", "institute", "institution",
            "association", "committee", "commission", "bank", "fund", "ministry", "department", "office",
            "agency", "union", "nations", "government", "group", "secretariat", "court", "assembly",
            "parliament", "society", "foundation", "forum", "programme", "program", "watch", "network",
            "university", "press", "times", "news", "radio", "post", "monitor", "daily", "service",
            "federation", "republic", "international", "league", "party", "board", "authority", "company",
            "corporation", "inc.", "ltd", "ltd.", "initiative", "project", "coalition", "alliance", "treaty",
            "secretary-general", "security", "general", "conference", "bureau", "state", "states",
            "world", "global", "european", "united", "national", "federal", "amnesty", "human", "rights",
            "tracker", "database", "observatory", "archive", "archives", "dashboard", "platform", "consortium",
            // a litigation tracker's name: "Corporate Liability Docket", "Civil Rights Litigation Clearinghouse"
            "docket", "clearinghouse", "registry",
            "crisis", "peace", "reuters", "diplomat", "herald", "guardian", "telegraph", "tribune",
            // a firm's trade, plural as no given name or surname is: "Chainwatch Analytics", "Harbor Labs"
            "analytics", "labs", "consulting", "consultants", "solutions", "technologies", "holdings", "associates",
            "gazette", "journal", "economist", "review", "magazine", "television", "broadcasting",
            // Bluebook contractions: "Int'l Law Comm'n", "Ass'n", "Dep't of State"
            "comm'n", "ass'n", "dep't", "int'l", "nat'l", "gov't", "comm\u2019n", "ass\u2019n", "dep\u2019t",
            "int\u2019l", "nat\u2019l", "gov\u2019t",
            // the UN's mandate holders and bodies of experts: "Special Rapporteur on …", "Panel of Experts"
            "rapporteur", "envoy", "commissioner", "panel",
            // Bluebook's abbreviated institutions: "Rivers Inst.", "Ctr. for …", "Found.", "Soc'y", "Univ."
            "inst.", "ctr.", "found.", "soc'y", "soc\u2019y", "univ.", "org.", "corp.", "co.", "comm.", "admin.", "agency.",
            // "Landmine Coal.", "Harbour Workers' Fed'n": a coalition and a federation, as Bluebook's table T6 shortens them
            "coal.", "fed'n", "fed\u2019n",
            // "U.S. Copyright Off.", "Cong. Budget Off.": Bluebook's "Office", which ends no surname
            "off.");

    /** Words that mark a news outlet (a publication that dates its pieces). */
    static final Set<String> NEWS_WORDS = words(
            "times", "post", "news", "evening", "morning", "sunday", "herald", "guardian", "telegraph", "tribune", "gazette", "daily",
            "weekly", "monthly", "monitor", "diplomat", "economist", "independent", "observer", "chronicle", "reuters",
            "bloomberg", "bbc", "cnn", "radio", "television", "tv", "magazine", "mail", "express", "standard",
            "globe", "politico", "atlantic", "yorker", "spectator", "kommersant", "izvestia", "pravda", "tass",
            "interfax", "xinhua", "novosti", "vedomosti", "eurasianet", "rferl", "nbc", "abc", "cbs", "npr",
            "afp", "ap", "broadcasting", "wire", "newsweek", "time", "telegram", "dispatch", "courier",
            "inquirer", "sun", "star", "mirror", "tass", "aljazeera", "jazeera", "ria", "sentinel",
            "examiner", "recorder", "clarion",
            // Bluebook's abbreviations of newspapers' names (table T13): "Hous. Chron.", "Chi. Trib."
            "chron", "trib", "gaz");

    /** Words that mark an institution's own site (a think tank, ministry or agency). */
    static final Set<String> INSTITUTION_WORDS = words(
            "institute", "institution", "center", "centre", "council", "foundation", "network",
            "organization", "organisation", "association", "university", "ministry", "government",
            "office", "commission", "committee", "programme", "program", "secretariat", "library",
            "project", "initiative", "fund", "bank", "watch", "forum", "society");

    /** Words dropped from work keys and from short-title matching. */
    static final Set<String> STOPWORDS = words(
            "a", "an", "the", "of", "and", "in", "on", "to", "for", "from", "with", "at", "by", "as", "is",
            "are", "be", "or", "its", "their", "s", "into", "between", "over", "after", "under", "how", "why",
            "what", "when", "it", "this", "that", "la", "le", "les", "de", "der", "die", "das", "el", "et");

    /** Old abbreviated given names ("Wm.", "Chas."): abbreviations that are names all the same. */
    static final Set<String> GIVEN_ABBREVIATIONS = words(
            "wm", "chas", "jas", "thos", "geo", "benj", "saml", "robt", "edw", "jos", "jno");

    /**
     * Words whose final period does not end a sentence (compared without the period, lower-case),
     * the old abbreviated given names among them. "ibid" is absent on purpose: "Ibid. See also …" is
     * two sentences.
     */
    static final Set<String> ABBREVIATIONS = withGivenAbbreviations(
            "p", "pp", "ed", "eds", "edn", "trans", "vol", "vols", "no", "nos", "doc", "jr", "sr", "st", "mr",
            "mrs", "ms", "dr", "prof", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "u.n", "u.s", "u.k", "inc", "ltd", "co", "cf", "e.g", "i.e", "al", "id", "op", "cit",
            "n", "nn", "para", "paras", "art", "arts", "rev", "corr", "add", "supp", "res", "ch", "chap", "sec",
            "fig", "esp", "viz", "vs", "v", "repr", "ser", "dept", "univ", "assn", "intl", "int'l",
            "l", "j", "q", "a.c", "f", "ff", "s.ct", "ct", "app", "misc", "gen", "comm", "etc", "approx",
            "ca", "c", "reg", "dir", "min", "nat", "govt", "gov", "pub", "publ", "mass", "cal", "wash",
            "penn", "conn", "ill", "mich", "minn", "wis", "tex", "fla", "ga", "va", "md", "la", "ky",
            "s.c", "g.a", "e.s.c", "n.y", "no's", "cmnd", "cmd", "cm", "hc", "hl", "ltd", "plc", "orig",
            "transl", "comp", "comps", "introd", "pt", "pts", "bk", "col", "cols", "ser", "suppl", "sess",
            "mtg", "annex", "u.n.t.s", "i.l.m", "i.c.j", "rep", "reps", "stat", "cong", "h.r", "s", "r", "nom", "rel",
            // the Congressional Record: "170 Cong. Rec. S4,411 (daily ed. …)", where the daily edition's page follows
            "rec",
            // honorifics ("Hon. Chas. Reed"); the old abbreviated given names are added below
            "hon", "sen", "rt", "amb", "lt", "capt", "maj", "adm", "cmdr", "sgt",
            // Bluebook's government documents: "Exec. Order No. 13,224", "Fed. Reg.", "Admin. Code"
            "exec", "fed", "admin", "dep't", "dep\u2019t", "comm'n", "comm\u2019n",
            // constitutions: "U.S. Const. amend. XIV, § 1", "art. I, cl. 3", "pmbl."
            "const", "amend", "cl", "pmbl",
            // regional courts: "Inter-Am. Ct. H.R.", "Eur. Ct. H.R.", "Afr. Ct. H.P.R."
            "inter-am", "eur", "afr", "h.r", "h.p.r",
            // Bluebook's abbreviated words of institutions' names (table T6): "Int'l Inst. for Inv. Governance"
            "acad", "advoc", "aff", "agric", "att'y", "att\u2019y", "auth", "bankr", "bhd", "cas", "cent", "ctr", "chem",
            "coll", "comm'r", "comm\u2019r", "commc'n", "commc\u2019n", "cmty", "consol", "constr", "cont'l", "cont\u2019l",
            "coop", "corp", "cnty", "def", "derivs", "dev", "distrib", "dist", "div", "econ", "educ", "elec", "emp",
            "eng'g", "eng\u2019g", "env't", "env\u2019t", "envtl", "equip", "exch", "expl", "fed'n", "fed\u2019n", "fin",
            "grp", "hosp", "hous", "indem", "indep", "indus", "ins", "inst", "inv", "liab", "mach", "maint", "mgmt",
            "mfr", "mfg", "mkt", "mktg", "mech", "med", "mem'l", "mem\u2019l", "merch", "metro", "mun", "mut", "pac",
            "p'ship", "p\u2019ship", "pharm", "prof'l", "prof\u2019l", "prot", "publ'n", "publ\u2019n", "rels",
            "rsch", "sav", "sch", "sci", "serv", "soc", "soc'y", "soc\u2019y", "subcomm", "sys", "tech", "telecomm",
            "transp", "unif", "util",
            // more of T6, inside a party's name before a capital word: "Brandt Auto. USA, Inc. v. …", "Hale Bros. LLC"
            "auto", "bros", "assocs", "bd", "ent", "hldgs", "invs",
            // "Harwell Cap. Partners", "Kestrel Glob. Fund", "Stellar Broad. Network", "Lowry Fid. Tr. Co.", "Ardent Mortg. Corp."
            "cap", "glob", "broad", "fid", "guar", "mortg", "info", "tr", "tel", "immigr", "libr", "negot", "regul",
            // "Hum. Rts. Council", "Int'l Lab. Org.": an institution's name abbreviated word by word
            "hum", "rts", "lab",
            // "Subcomm. on Cts., Intell. Prop., and the Internet": a committee's subject, abbreviated word by word
            "intell", "prop", "cts",
            // the title or subtitle of a public law, before its Statutes at Large: "Pub. L. No. 112-81, tit. XII, 125 Stat. 1298"
            "tit", "subtit");

    /**
     * Cities where international organisations and publishers issue documents, as an imprint names them
     * alone ("(Geneva, 1929)"): a place, where any other name there is a publisher's.
     */
    static final Set<String> PUBLISHING_PLACES = Set.of("Geneva", "New York", "London", "Paris", "The Hague", "Vienna", "Brussels",
            "Rome", "Nairobi", "Washington", "Washington, DC", "Strasbourg", "Luxembourg", "Bern", "Berne", "Lausanne", "Oxford",
            "Cambridge", "Leiden", "Boston", "Berlin", "Bangkok", "Addis Ababa", "Santiago", "Montreal", "Ottawa", "Canberra");

    /** Titles written before a person's name; they are not part of the name ("Prof. Wm. Harlow"). */
    static final Set<String> HONORIFICS = Set.of(
            "Prof.", "Dr.", "Hon.", "Sen.", "Rep.", "Mr.", "Mrs.", "Ms.", "Amb.", "Gen.", "Lt.", "Col.", "Capt.", "Maj.", "Adm.");

    /** Month names and abbreviations → month number. */
    static int month(String word) {
        // lower-casing never shortens a word, and every month name starts with one of these letters
        if (word.length() < 3 || word.length() > 10 || "jfmasondJFMASOND".indexOf(word.charAt(0)) < 0) return 0;
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
        return switch (w) {
            case "january", "jan" -> 1;
            case "february", "feb" -> 2;
            case "march", "mar" -> 3;
            case "april", "apr" -> 4;
            case "may" -> 5;
            case "june", "jun" -> 6;
            case "july", "jul" -> 7;
            case "august", "aug" -> 8;
            case "september", "sep", "sept" -> 9;
            case "october", "oct" -> 10;
            case "november", "nov" -> 11;
            case "december", "dec" -> 12;
            default -> 0;
        };
    }

    /** Words that open a sentence of commentary, never a citation. */
    static final Set<String> PROSE_OPENERS = words(
            "in", "on", "for", "as", "at", "by", "with", "although", "though", "while", "whereas", "however",
            "this", "these", "those", "that", "it", "its", "i", "we", "our", "my", "here", "there", "note",
            "thus", "hence", "indeed", "moreover", "furthermore", "similarly", "likewise", "also", "but",
            "and", "or", "if", "when", "where", "after", "before", "since", "because", "during", "according",
            "unlike", "like", "some", "many", "most", "several", "other", "others", "both", "each", "such",
            "he", "she", "they", "his", "her", "their", "one", "two", "three", "all", "no", "not", "only",
            "further", "regarding", "concerning", "about", "among", "despite", "throughout", "following",
            "then", "yet", "so", "to", "from", "until", "upon", "what", "which", "who", "whose", "how", "why",
            "interestingly", "notably", "importantly", "specifically", "originally", "later", "earlier",
            "recently", "today", "nevertheless", "nonetheless", "instead", "rather", "again", "still", "of", "neither", "either");

    /** Lower-case words that belong in running prose but hardly ever in a name or a title head. */
    static final Set<String> PROSE_WORDS = words(
            "was", "were", "is", "are", "has", "have", "had", "been", "be", "being", "will", "would",
            "could", "should", "may", "might", "can", "did", "does", "do", "thank", "argues", "argued",
            "notes", "noted", "suggests", "suggested", "shows", "showed", "claims", "claimed", "held",
            "which", "who", "whom", "this", "that", "these", "those", "it", "they", "he", "she", "we",
            "i", "our", "my", "their", "his", "her", "its", "not", "also", "here", "there", "see",
            "whether", "because", "although", "however", "therefore",
            // verbs that report what a source says ("the letter insisted, was …"), hardly ever in a title's lower case
            "insisted", "insists", "stressed", "stresses", "observed", "observes", "remarked", "conceded", "concedes",
            "maintained", "maintains", "acknowledged", "acknowledges", "emphasised", "emphasized", "warned", "warns",
            "said", "says", "wrote", "writes");

    /** The prose words by first letter, so a word of the text can be looked up in place. */
    private static final String[][] PROSE_WORDS_BY_LETTER = byFirstLetter(PROSE_WORDS);

    /** Whether {@code text[from, to)} is one of {@link #PROSE_WORDS}, without cutting it out. */
    static boolean isProseWord(String text, int from, int to) {
        char first = text.charAt(from);
        if (first < 'a' || first > 'z') return false; // every prose word is lower-case ASCII
        for (String w : PROSE_WORDS_BY_LETTER[first - 'a']) {
            if (w.length() == to - from && text.regionMatches(from, w, 0, w.length())) return true;
        }
        return false;
    }

    private static String[][] byFirstLetter(Set<String> words) {
        String[][] table = new String[26][];
        for (char c = 'a'; c <= 'z'; c++) {
            char letter = c;
            table[c - 'a'] = words.stream().filter(w -> w.charAt(0) == letter).sorted().toArray(String[]::new);
        }
        return table;
    }

    private static Set<String> withGivenAbbreviations(String... words) {
        Set<String> all = new java.util.HashSet<>(words(words));
        all.addAll(GIVEN_ABBREVIATIONS);
        return Set.copyOf(all);
    }

    private static Set<String> words(String... words) {
        // A HashSet tolerates the odd repeated entry that Set.of would reject at class load.
        return Set.copyOf(new java.util.HashSet<>(java.util.Arrays.asList(words)));
    }

    static boolean isParticle(String token) {
        return PARTICLES.contains(token);
    }

    static boolean isAbbreviation(String wordWithoutPeriod) {
        String w = wordWithoutPeriod.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(w)) return true;
        // "Non-U.S", "pre-U.N": a prefix hyphened to an abbreviation written with stops inside it
        int hyphen = w.lastIndexOf('-');
        return hyphen > 0 && w.indexOf('.', hyphen) > 0 && ABBREVIATIONS.contains(w.substring(hyphen + 1));
    }
}
