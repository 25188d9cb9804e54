package org.citegraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a large, reproducible page of numbered notes in every supported citation style, made
 * of invented names and titles, for benchmarks. Same seed, same text.
 *
 * <p>Styles: Chicago notes in British and US form (articles, books, chapters, web pages, news),
 * Bluebook (articles, books with editors, newspapers, US cases, treaties, resolutions), OSCOLA
 * (articles, books, English and international cases, treaties), UN documents (cited documents,
 * bare symbols, resolutions by number), statutes, author–date reference-list entries, and the short
 * forms that point back at them: ibid., Id. at, supra note, (n N), op. cit., author–date
 * ("Sato 2015, 80"), author and short title, case names with "at". About one citation in three is
 * a short form, as in real notes.
 */
public final class SyntheticCorpus {

    private static final String[] GIVEN = {"Amara", "Jonas", "Li", "Marta", "Oskar", "Priya", "Rafael", "Sofia", "Tomasz", "Yuki", "Helena", "Kwame"};
    private static final String[] FAMILY = {"Adeyemi", "Bergström", "Castell", "Dubois", "Esposito", "Fontaine", "Grabowski", "Haddad", "Ishikawa", "Jansen", "Kowalczyk", "Lindqvist", "de Vries", "van Dijk", "Okonkwo", "Pellegrini", "Quist", "Rahimi", "Šimić", "Tanaka"};
    private static final String[] WORDS = {"order", "power", "institutions", "norms", "security", "borders", "trade", "memory", "regimes", "cooperation", "conflict", "sovereignty", "law", "markets", "identity", "harbours", "treaties", "rivers", "courts", "diplomacy", "archives", "fisheries", "mandates", "tariffs"};
    private static final String[] JOURNALS = {"Journal of Invented Studies", "Review of Imaginary Affairs", "Quarterly of Examples", "Annals of Fiction", "Example Law Journal"};
    private static final String[] LAW_JOURNALS = {"Example L. Rev.", "Yale J. Fict. L.", "Am. J. Example L.", "Harv. L. Rev."};
    private static final String[] OSCOLA_JOURNALS = {"ICLQ", "EJIL", "MLR", "CLJ"};
    private static final String[] PLACES = {"Oxford", "New York", "Cham", "Boulder, CO", "London"};
    private static final String[] PUBLISHERS = {"Placeholder Press", "Example University Press", "Fictive Books", "Sample & Sons"};
    private static final String[] NEWSPAPERS = {"The Daily Example", "The Example Herald", "Sample Tribune"};
    private static final String[] LAW_NEWSPAPERS = {"N.Y. Times", "Wash. Post", "Example Gazette"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};
    private static final String[] SHORT_MONTHS = {"Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};
    private static final String[] PARTIES = {"Brandt Shipping Co.", "Ferreira", "Harbour Trust", "Okafor", "Marlow Estates Ltd", "Penn", "Coastal Board", "Vance"};
    private static final String[] STATES = {"Atlantis", "Borealis", "Meridia", "Sylvania"};
    private static final String[] SIGNALS = {"See ", "See also ", "Cf. ", "See, e.g., ", "Compare "};

    private final SplittableRandom random;
    /** Works cited so far, for the short forms that point back at them. */
    private final List<Cited> cited = new ArrayList<>();
    private int note;

    /** A work cited in full: how short forms name it, and the note that first cited it. */
    private record Cited(Kind kind, String family, String shortTitle, String year, int note) {
    }

    private enum Kind { CHICAGO_BRITISH, CHICAGO_US, LAW, OSCOLA, AUTHOR_DATE, CASE }

    public SyntheticCorpus(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A page with a header, a References heading and {@code notes} numbered notes. */
    public String page(int notes) {
        StringBuilder b = new StringBuilder("A generated article\n\nReferences\n\n");
        for (note = 1; note <= notes; note++) {
            b.append(note).append(' ').append(note()).append("\n\n");
        }
        return b.toString();
    }

    private String note() {
        if (random.nextInt(14) == 0) return referenceEntry();
        int citations = 1 + random.nextInt(3);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < citations; i++) parts.add(citation());
        String signal = random.nextInt(5) == 0 ? pick(SIGNALS) : "";
        return signal + String.join("; ", parts) + ".";
    }

    private String citation() {
        if (!cited.isEmpty() && random.nextInt(3) == 0) return shortForm();
        return switch (random.nextInt(20)) {
            case 0, 1 -> journalBritish();
            case 2, 3 -> journalUs();
            case 4 -> book();
            case 5 -> chapter();
            case 6 -> web();
            case 7 -> news();
            case 8 -> lawArticle();
            case 9 -> lawBook();
            case 10 -> lawNews();
            case 11 -> usCase();
            case 12 -> oscolaJournal();
            case 13 -> oscolaCase();
            case 14 -> internationalCase();
            case 15 -> treaty();
            case 16 -> unDocument();
            case 17 -> resolution();
            case 18 -> statute();
            default -> "Ibid., p. " + (1 + random.nextInt(200));
        };
    }

    // ---------------------------------------------------------------- Chicago, British and US

    private String journalBritish() {
        String family = pick(FAMILY);
        String title = title();
        remember(Kind.CHICAGO_BRITISH, family, shortOf(title), null);
        int first = 1 + random.nextInt(600);
        return pick(GIVEN) + " " + family + ", ‘" + title + "’, " + pick(JOURNALS) + ", " + (1 + random.nextInt(60)) + ":" + (1 + random.nextInt(4))
                + " (" + year() + "), pp. " + first + "–" + (first + 10 + random.nextInt(30)) + " (p. " + (first + 3) + ")";
    }

    private String journalUs() {
        String family = pick(FAMILY);
        String title = capitalised(title());
        remember(Kind.CHICAGO_US, family, shortOf(title), null);
        int first = 1 + random.nextInt(600);
        String doi = random.nextInt(3) == 0 ? ", https://doi.org/10.5555/EX." + random.nextInt(10000) : "";
        return pick(GIVEN) + " " + family + ", “" + title + ",” " + pick(JOURNALS) + " " + (1 + random.nextInt(60)) + ", no. " + (1 + random.nextInt(4))
                + " (" + year() + "): " + first + "–" + (first + 25) + ", " + (first + 4) + doi;
    }

    private String book() {
        String family = pick(FAMILY);
        String title = capitalised(title());
        remember(Kind.CHICAGO_BRITISH, family, shortOf(title), null);
        return pick(GIVEN) + " " + family + ", " + title + " (" + pick(PLACES) + ": " + pick(PUBLISHERS) + ", " + year() + "), p. " + (1 + random.nextInt(300));
    }

    private String chapter() {
        String family = pick(FAMILY);
        String title = title();
        remember(Kind.CHICAGO_BRITISH, family, shortOf(title), null);
        int first = 1 + random.nextInt(300);
        return pick(GIVEN) + " " + family + ", ‘" + title + "’, in " + pick(GIVEN) + " " + pick(FAMILY) + " and " + pick(GIVEN) + " " + pick(FAMILY)
                + " (eds), " + capitalised(title()) + " (" + pick(PLACES) + ": " + pick(PUBLISHERS) + ", " + year() + "), pp. " + first + "–" + (first + 20);
    }

    private String web() {
        return pick(GIVEN) + " " + pick(FAMILY) + ", ‘" + title() + "’, available at: {https://example.org/" + pick(WORDS) + "/" + random.nextInt(100000) + "}";
    }

    private String news() {
        return pick(GIVEN) + " " + pick(FAMILY) + ", ‘" + title() + "’, " + pick(NEWSPAPERS) + " (" + date() + "), available at: {https://news.example.com/" + random.nextInt(100000) + "}";
    }

    // ---------------------------------------------------------------- Bluebook

    private String lawArticle() {
        String family = pick(FAMILY);
        String title = words(3);
        remember(Kind.LAW, family, title, null);
        int first = 100 + random.nextInt(700);
        return pick(GIVEN) + " " + family + ", " + title + ", " + (1 + random.nextInt(130)) + " " + pick(LAW_JOURNALS) + " " + first + ", " + (first + 5) + " (" + year() + ")";
    }

    private String lawBook() {
        String family = pick(FAMILY);
        String title = words(4);
        remember(Kind.LAW, family, title, null);
        String edition = random.nextInt(2) == 0 ? "2d ed. " : "";
        return pick(GIVEN) + " " + family + ", " + title + " " + (1 + random.nextInt(300)) + " (" + pick(GIVEN) + " " + pick(FAMILY) + " ed., " + edition + year() + ")";
    }

    private String lawNews() {
        return pick(GIVEN) + " " + pick(FAMILY) + ", " + words(4) + ", " + pick(LAW_NEWSPAPERS) + ", " + pick(SHORT_MONTHS) + " " + (1 + random.nextInt(28)) + ", " + year() + ", at A" + (1 + random.nextInt(30));
    }

    private String usCase() {
        String first = pick(PARTIES);
        String name = first + " v. " + pick(PARTIES);
        int volume = 100 + random.nextInt(500);
        int page = 1 + random.nextInt(900);
        remember(Kind.CASE, null, first.replace(" Co.", "") + ", " + volume + " U.S.", null);
        return name + ", " + volume + " U.S. " + page + ", " + (page + 8) + " (" + year() + ")";
    }

    // ---------------------------------------------------------------- OSCOLA

    private String oscolaJournal() {
        String family = pick(FAMILY);
        String title = capitalised(title());
        remember(Kind.OSCOLA, family, shortOf(title), null);
        int first = 1 + random.nextInt(800);
        return pick(GIVEN) + " " + family + ", ‘" + title + "’ (" + year() + ") " + (1 + random.nextInt(70)) + " " + pick(OSCOLA_JOURNALS) + " " + first + ", " + (first + 4);
    }

    private String oscolaCase() {
        String year = year();
        return pick(PARTIES) + " v " + pick(PARTIES) + " [" + year + "] UKSC " + (1 + random.nextInt(60)) + ", [" + year + "] " + (1 + random.nextInt(3))
                + " AC " + (1 + random.nextInt(900)) + " [" + (1 + random.nextInt(80)) + "]";
    }

    private String internationalCase() {
        String a = pick(STATES);
        String b = pick(STATES);
        return "Passage over " + capitalised(pick(WORDS)) + " (" + a + " v " + b + ") (Merits) [" + year() + "] ICJ Rep " + (1 + random.nextInt(700)) + ", para " + (1 + random.nextInt(200));
    }

    private String treaty() {
        String name = "Convention on " + capitalised(pick(WORDS)) + " and " + capitalised(pick(WORDS));
        if (random.nextInt(2) == 0) {
            return name + " (adopted " + date() + ", entered into force " + date() + ") " + (1000 + random.nextInt(2000)) + " UNTS " + (1 + random.nextInt(600)) + ", art " + (1 + random.nextInt(40));
        }
        return name + ", " + pick(SHORT_MONTHS) + " " + (1 + random.nextInt(28)) + ", " + year() + ", " + (1000 + random.nextInt(2000)) + " U.N.T.S. " + (1 + random.nextInt(600));
    }

    private String statute() {
        return capitalised(pick(WORDS)) + " Act " + year() + ", s " + (1 + random.nextInt(90));
    }

    // ---------------------------------------------------------------- UN documents

    private String unDocument() {
        return switch (random.nextInt(4)) {
            case 0 -> "UN Doc S/PV." + (1000 + random.nextInt(8000)) + ", " + date() + ", p. " + (1 + random.nextInt(40));
            case 1 -> "UN Security Council, Report of the Secretary-General on " + pick(WORDS) + ", UN Doc S/" + (1995 + random.nextInt(29)) + "/" + (1 + random.nextInt(900)) + ", " + date() + ", para. " + (1 + random.nextInt(60));
            case 2 -> "UNGA, " + capitalised(words(3)) + ", UN Doc A/" + (40 + random.nextInt(38)) + "/" + (100 + random.nextInt(800)) + " (" + date() + ")";
            default -> "S/PV." + (1000 + random.nextInt(8000)) + ", p. " + (1 + random.nextInt(40));
        };
    }

    private String resolution() {
        return switch (random.nextInt(3)) {
            case 0 -> "SC Res. " + (100 + random.nextInt(2600)) + " (" + (1946 + random.nextInt(78)) + ")";
            case 1 -> {
                int session = 40 + random.nextInt(38);
                int number = 1 + random.nextInt(300);
                yield "G.A. Res. " + session + "/" + number + ", U.N. Doc. A/RES/" + session + "/" + number + " (" + pick(SHORT_MONTHS) + " " + (1 + random.nextInt(28)) + ", " + year() + ")";
            }
            default -> "Security Council resolution " + (100 + random.nextInt(2600)) + " (" + (1946 + random.nextInt(78)) + "), para. " + (1 + random.nextInt(20));
        };
    }

    // ---------------------------------------------------------------- author–date reference lists

    private String referenceEntry() {
        String family = pick(FAMILY);
        String year = year();
        String initial = pick(GIVEN).substring(0, 1);
        remember(Kind.AUTHOR_DATE, family, null, year);
        String title = capitalised(title());
        if (random.nextInt(2) == 0) {
            return family + ", " + initial + ". (" + year + ") " + title + ". " + pick(PLACES) + ": " + pick(PUBLISHERS) + ".";
        }
        int first = 1 + random.nextInt(400);
        return family + ", " + initial + ". (" + year + ") '" + title + "', " + pick(JOURNALS) + ", " + (1 + random.nextInt(50)) + "(" + (1 + random.nextInt(4)) + "), pp. " + first + "–" + (first + 20) + ".";
    }

    // ---------------------------------------------------------------- short forms

    private String shortForm() {
        Cited w = cited.get(random.nextInt(cited.size()));
        int page = 1 + random.nextInt(300);
        return switch (w.kind()) {
            case CHICAGO_BRITISH -> random.nextInt(4) == 0 ? w.family() + ", op. cit., p. " + page : w.family() + ", ‘" + w.shortTitle() + "’, p. " + page;
            case CHICAGO_US -> w.family() + ", “" + w.shortTitle() + ",” " + page;
            case LAW -> random.nextInt(3) == 0 ? "Id. at " + page : w.family() + ", supra note " + w.note() + ", at " + page;
            case OSCOLA -> w.family() + " (n " + w.note() + ") " + page;
            case AUTHOR_DATE -> w.family() + " " + w.year() + ", " + page;
            case CASE -> w.shortTitle() + " at " + page;
        };
    }

    private void remember(Kind kind, String family, String shortTitle, String year) {
        if (cited.size() < 500) cited.add(new Cited(kind, family, shortTitle, year, note));
        else cited.set(random.nextInt(cited.size()), new Cited(kind, family, shortTitle, year, note));
    }

    private String title() {
        return capitalised(pick(WORDS)) + " and " + pick(WORDS) + ": " + capitalised(pick(WORDS)) + " in " + pick(WORDS);
    }

    /** Capitalised words, as law titles are written: "Harbours Courts Tariffs". */
    private String words(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) b.append(i == n - 1 && n > 2 ? " and " : " ");
            b.append(capitalised(pick(WORDS)));
        }
        return b.toString();
    }

    private static String shortOf(String title) {
        int colon = title.indexOf(':');
        return colon < 0 ? title : title.substring(0, colon);
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String date() {
        return (1 + random.nextInt(28)) + " " + pick(MONTHS) + " " + year();
    }

    private String year() {
        return String.valueOf(1950 + random.nextInt(75));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
