package org.citegraph.notes;

/**
 * Cheap, linear checks for bibliographic evidence in a stretch of text: a page locator, an
 * address, a volume:issue pair, a UN document marker, or a parenthesis (or bracket) holding a year.
 */
final class Evidence {

    private Evidence() {
    }

    static boolean strong(String t, int start, int end) {
        int parenOpen = -1;
        for (int i = start; i < end; i++) {
            char c = t.charAt(i);
            switch (c) {
                // "[Geneva: IPCC, 2022]": Chicago's brackets for an imprint inside parentheses
                case '(', '[' -> parenOpen = i;
                case ')', ']' -> {
                    if (parenOpen >= 0 && hasYear(t, parenOpen + 1, i)) return true;
                    parenOpen = -1;
                }
                case ':' -> {
                    if (i > start && i + 1 < end && Character.isDigit(t.charAt(i - 1))
                            && Character.isLetterOrDigit(t.charAt(i + 1))) return true;
                }
                case 'p' -> {
                    if ((i == start || !Character.isLetter(t.charAt(i - 1)))
                            && (t.startsWith("p. ", i) || t.startsWith("pp. ", i))) {
                        int d = i + (t.charAt(i + 1) == 'p' ? 4 : 3);
                        if (d < end && Character.isDigit(t.charAt(d))) return true;
                    }
                }
                case 'h' -> {
                    if (t.startsWith("http", i)) return true;
                }
                case 'w' -> {
                    if (t.startsWith("www.", i)) return true;
                }
                case 'U' -> {
                    if (t.startsWith("UN Doc", i) || t.startsWith("U.N. Doc", i)) return true;
                }
                // "…, Award of April 18, 1925, Reports of International Arbitral Awards, vol. I, 529": the awards' series
                case 'R' -> {
                    if (t.startsWith("Reports of International Arbitral Awards", i) || t.startsWith("R.I.A.A.", i)) return true;
                }
                default -> { }
            }
        }
        return false;
    }

    private static boolean hasYear(String t, int from, int to) {
        int run = 0;
        for (int i = from; i < to; i++) {
            if (Character.isDigit(t.charAt(i))) {
                run++;
            } else {
                if (run == 4) return true;
                run = 0;
            }
        }
        return run == 4;
    }
}
