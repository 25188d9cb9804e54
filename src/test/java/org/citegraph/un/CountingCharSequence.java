package org.citegraph.un;

/**
 * A text that counts how often its characters are read. java.util.regex reads its input only through
 * {@link #charAt}, so the count measures the matching work on the text deterministically, without a clock.
 */
final class CountingCharSequence implements CharSequence {

    private final String text;
    private final int offset;
    private final int length;
    private final long[] reads;

    CountingCharSequence(String text) {
        this(text, 0, text.length(), new long[1]);
    }

    private CountingCharSequence(String text, int offset, int length, long[] reads) {
        this.text = text;
        this.offset = offset;
        this.length = length;
        this.reads = reads;
    }

    long reads() {
        return reads[0];
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        reads[0]++;
        return text.charAt(offset + index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        if (start < 0 || end > length || start > end) {
            throw new IndexOutOfBoundsException(start + ".." + end);
        }
        return new CountingCharSequence(text, offset + start, end - start, reads);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(charAt(i));
        }
        return b.toString();
    }
}
