package org.citegraph.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks a representation from an HTTP Accept header (RFC 9110 §12.5.1). Each offer gets the
 * quality of the most specific media range that matches it ({@code type/subtype} over
 * {@code type/*} over {@code *}{@code /*}); a quality of 0 rules it out; the highest quality wins
 * and ties go to the earlier offer. A missing or empty header accepts the first offer.
 */
public final class ContentNegotiation {

    private ContentNegotiation() {}

    /** One media range of an Accept header. */
    record MediaRange(String type, String subtype, double quality) {
        int specificity(String offerType, String offerSubtype) {
            if (type.equals("*")) return subtype.equals("*") ? 1 : -1;
            if (!type.equals(offerType)) return -1;
            if (subtype.equals("*")) return 2;
            return subtype.equals(offerSubtype) ? 3 : -1;
        }
    }

    public static Optional<Representation> choose(String acceptHeader, List<Representation> offers) {
        if (offers.isEmpty()) return Optional.empty();
        if (acceptHeader == null || acceptHeader.isBlank()) return Optional.of(offers.get(0));
        List<MediaRange> ranges = parse(acceptHeader);
        if (ranges.isEmpty()) return Optional.of(offers.get(0));
        Representation best = null;
        double bestQuality = 0;
        for (Representation offer : offers) {
            double q = quality(offer.mediaType(), ranges);
            if (q > bestQuality) {
                best = offer;
                bestQuality = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The quality the header gives {@code mediaType}: that of its most specific matching range, else 0. */
    static double quality(String mediaType, List<MediaRange> ranges) {
        int slash = mediaType.indexOf('/');
        String type = mediaType.substring(0, slash);
        String subtype = mediaType.substring(slash + 1);
        int bestSpecificity = 0;
        double quality = 0;
        for (MediaRange range : ranges) {
            int s = range.specificity(type, subtype);
            if (s > bestSpecificity) {
                bestSpecificity = s;
                quality = range.quality();
            }
        }
        return quality;
    }

    /** The well-formed media ranges of a header; malformed ones are skipped, as RFC 9110 allows. */
    static List<MediaRange> parse(String header) {
        List<MediaRange> ranges = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] params = part.split(";");
            String range = params[0].trim().toLowerCase(Locale.ROOT);
            int slash = range.indexOf('/');
            if (slash <= 0 || slash == range.length() - 1) continue;
            String type = range.substring(0, slash).trim();
            String subtype = range.substring(slash + 1).trim();
            if (type.equals("*") && !subtype.equals("*")) continue;
            double q = 1.0;
            boolean valid = true;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].trim();
                if (p.length() > 1 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.substring(1).trim().startsWith("=")) {
                    try {
                        q = Double.parseDouble(p.substring(p.indexOf('=') + 1).trim());
                    } catch (NumberFormatException e) {
                        valid = false;
                    }
                    if (q < 0 || q > 1 || Double.isNaN(q)) valid = false;
                }
            }
            if (valid) ranges.add(new MediaRange(type, subtype, q));
        }
        return ranges;
    }
}
