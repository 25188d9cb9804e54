package org.citegraph.un;

/** Roman numerals as used for pre-1976 GA and pre-1978 ECOSOC sessions (I … XCIX). */
final class RomanNumerals {

    private static final String[] TENS = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
    private static final String[] UNITS = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};

    static final int MAX = 99;

    private RomanNumerals() {
    }

    /** The value of a canonical upper-case numeral between I and XCIX, else -1 ("IIII", "VX", "C" are rejected). */
    static int value(String numeral) {
        if (numeral == null || numeral.isEmpty() || numeral.length() > 8) {
            return -1;
        }
        for (int n = 1; n <= MAX; n++) {
            if (toRoman(n).equals(numeral)) {
                return n;
            }
        }
        return -1;
    }

    static String toRoman(int n) {
        if (n < 1 || n > MAX) {
            throw new IllegalArgumentException("no Roman session numeral for " + n);
        }
        return TENS[n / 10] + UNITS[n % 10];
    }
}
