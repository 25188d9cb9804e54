package org.citegraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a large, reproducible page of numbered notes in every supported citation style
 * (British and US Chicago, law style, UN documents, web and news items, short forms, ibid.),
 * made of invented names and titles, for benchmarks. Same seed, same text.
 */
public final class SyntheticCorpus {

    private static final String[] GIVEN = {"Amara", "Jonas", "Li", "Marta", "Oskar", "Priya", "Rafael", "Sofia", "Tomasz", "Yuki", "Helena", "Kwame"};
    private static final String[] FAMILY = {"Adeyemi", "Bergström", "Castell", "Dubois", "Esposito", "Fontaine", "Grabowski", "Haddad", "Ishikawa", "Jansen", "Kowalczyk", "Lindqvist", "de Vries", "van Dijk"};
    private static final String[] WORDS = {"order", "power", "institutions", "norms", "security", "borders", "trade", "memory", "regimes", "cooperation", "conflict", "sovereignty", "law", "markets", "identity"};
    private static final String[] JOURNALS = {"Journal of Invented Studies", "Review of Imaginary Affairs", "Quarterly of Examples", "Annals of Fiction"};
    private static final String[] PLACES = {"Oxford", "New York", "Cham", "Boulder, CO", "London"};
    private static final String[] PUBLISHERS = {"Placeholder Press", "Example University Press", "Fictive Books", "Sample & Sons"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};

    private final SplittableRandom random;
    private final List<String[]> cited = new ArrayList<>();

    public SyntheticCorpus(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A page with a header, a References heading and {@code notes} numbered notes. */
    public String page(int notes) {
        StringBuilder b = new StringBuilder("A generated article\n\nReferences\n\n");
        for (int n = 1; n <= notes; n++) {
            b.append(n).append(' ').append(note()).append("\n\n");
        }
        return b.toString();
    }

    private String note() {
        int citations = 1 + random.nextInt(3);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < citations; i++) parts.add(citation());
        String signal = random.nextInt(5) == 0 ? "See " : "";
        return signal + String.join("; ", parts) + ".";
    }

    private String citation() {
        if (!cited.isEmpty() && random.nextInt(3) == 0) {
            String[] w = cited.get(random.nextInt(cited.size()));
            return w[0] + ", " + w[1] + ", p. " + (1 + random.nextInt(300));
        }
        return switch (random.nextInt(8)) {
            case 0 -> journalBritish();
            case 1 -> journalUs();
            case 2 -> book();
            case 3 -> chapter();
            case 4 -> web();
            case 5 -> news();
            case 6 -> "UN Doc S/PV." + (1000 + random.nextInt(8000)) + ", " + date() + ", p. " + (1 + random.nextInt(40));
            default -> "Ibid., p. " + (1 + random.nextInt(200));
        };
    }

    private String journalBritish() {
        String family = pick(FAMILY);
        String title = title();
        remember(family, "‘" + shortOf(title) + "’");
        int first = 1 + random.nextInt(600);
        return pick(GIVEN) + " " + family + ", ‘" + title + "’, " + pick(JOURNALS) + ", " + (1 + random.nextInt(60)) + ":" + (1 + random.nextInt(4))
                + " (" + year() + "), pp. " + first + "–" + (first + 10 + random.nextInt(30)) + " (p. " + (first + 3) + ")";
    }

    private String journalUs() {
        String family = pick(FAMILY);
        String title = title();
        remember(family, "“" + shortOf(title) + "”");
        int first = 1 + random.nextInt(600);
        return pick(GIVEN) + " " + family + ", “" + title + ",” " + pick(JOURNALS) + " " + (1 + random.nextInt(60)) + ", no. " + (1 + random.nextInt(4))
                + " (" + year() + "): " + first + "–" + (first + 25) + ", " + (first + 4);
    }

    private String book() {
        String family = pick(FAMILY);
        String title = capitalised(title());
        remember(family, shortOf(title));
        return pick(GIVEN) + " " + family + ", " + title + " (" + pick(PLACES) + ": " + pick(PUBLISHERS) + ", " + year() + "), p. " + (1 + random.nextInt(300));
    }

    private String chapter() {
        String family = pick(FAMILY);
        String title = title();
        remember(family, "‘" + shortOf(title) + "’");
        int first = 1 + random.nextInt(300);
        return pick(GIVEN) + " " + family + ", ‘" + title + "’, in " + pick(GIVEN) + " " + pick(FAMILY) + " and " + pick(GIVEN) + " " + pick(FAMILY)
                + " (eds), " + capitalised(title()) + " (" + pick(PLACES) + ": " + pick(PUBLISHERS) + ", " + year() + "), pp. " + first + "–" + (first + 20);
    }

    private String web() {
        return pick(GIVEN) + " " + pick(FAMILY) + ", ‘" + title() + "’, available at: {https://example.org/" + pick(WORDS) + "/" + random.nextInt(100000) + "}";
    }

    private String news() {
        return pick(GIVEN) + " " + pick(FAMILY) + ", ‘" + title() + "’, The Daily Example (" + date() + "), available at: {https://news.example.com/" + random.nextInt(100000) + "}";
    }

    private void remember(String family, String shortTitle) {
        if (cited.size() < 500) cited.add(new String[] {family, shortTitle});
    }

    private String title() {
        return capitalised(pick(WORDS)) + " and " + pick(WORDS) + ": " + capitalised(pick(WORDS)) + " in " + pick(WORDS);
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

    private int year() {
        return 1950 + random.nextInt(75);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
