package dev.krait.objects;

/**
 * Builds a str from pieces, as CPython's {@code _PyUnicodeWriter} does for f-strings,
 * {@code %}-formatting, {@code str.format} and {@code str.replace}: the result's code points are
 * the pieces' code points, one after another.
 *
 * <p>A Java {@code StringBuilder} alone would not give that: a lone high surrogate ending one
 * piece and a lone low surrogate starting the next read as one astral character in UTF-16,
 * where Python keeps two code points (U+D83D and U+DE00 from two fields of an f-string make a
 * str of length 2). So the builder watches each seam, and from the first one that would pair up
 * (or the first piece whose Java text is not its code points, see
 * {@link PyStr#fromCodePoints}) it collects code points instead, and the result is made from
 * them. Text without surrogates, the common case, costs one flag test per piece.
 */
public final class StrBuilder {
    private final StringBuilder text;
    /** The code points so far, once the text alone cannot say them; null until then. */
    private int[] codePoints;
    private int count;
    /** Whether every piece so far was a str known to hold no surrogate unit. */
    private boolean noSurrogates = true;

    public StrBuilder(int capacity) {
        text = new StringBuilder(capacity);
    }

    /**
     * The str of these strs' code points one after another (an f-string's parts). When none
     * holds a surrogate unit, the common case, String.join sizes and fills the text at once.
     */
    public static PyStr concat(PyStr[] pieces) {
        String[] texts = new String[pieces.length];
        for (int i = 0; i < pieces.length; i++) {
            PyStr s = pieces[i];
            if (!s.isSimple()) {
                StrBuilder sb = new StrBuilder(16 * pieces.length);
                for (PyStr p : pieces) {
                    sb.append(p);
                }
                return sb.build();
            }
            texts[i] = s.value();
        }
        return PyStr.ofNoSurrogates(String.join("", texts));
    }

    /** Appends a str's code points. */
    public StrBuilder append(PyStr s) {
        if (s.isSimple()) {
            // no surrogate unit: nothing at its start can pair with what came before
            if (codePoints == null) {
                text.append(s.value());
            } else {
                add(s.codePoints());
            }
            return this;
        }
        noSurrogates = false;
        if (codePoints == null && (pairsAtSeam(s.value()) || !s.textIsExact())) {
            switchToCodePoints();
        }
        if (codePoints == null) {
            text.append(s.value());
        } else {
            add(s.codePoints());
        }
        return this;
    }

    /**
     * Appends Java text that reads as its own code points (a literal part of a format string, a
     * formatted number or padding), any lone surrogate in it meaning itself.
     */
    public StrBuilder append(String s) {
        noSurrogates = false;
        if (codePoints == null && pairsAtSeam(s)) {
            switchToCodePoints();
        }
        if (codePoints == null) {
            text.append(s);
        } else {
            add(s.codePoints().toArray());
        }
        return this;
    }

    /** Appends one code point (a lone surrogate meaning itself). */
    public StrBuilder appendCodePoint(int cp) {
        if (cp > 0xFFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return append(Character.toString(cp));
        }
        if (codePoints == null) {
            text.append((char) cp);
        } else {
            add(new int[] {cp});
        }
        return this;
    }

    /** The str built. */
    public PyStr build() {
        if (codePoints != null) {
            return PyStr.fromCodePoints(java.util.Arrays.copyOf(codePoints, count));
        }
        return noSurrogates ? PyStr.ofNoSurrogates(text.toString()) : PyStr.of(text.toString());
    }

    /** Whether the text so far ends with a lone high surrogate and {@code next} starts low. */
    private boolean pairsAtSeam(String next) {
        int n = text.length();
        return n > 0 && !next.isEmpty() && Character.isHighSurrogate(text.charAt(n - 1))
                && Character.isLowSurrogate(next.charAt(0));
    }

    private void switchToCodePoints() {
        // the text so far is exact: each piece in it read as its own code points
        codePoints = text.codePoints().toArray();
        count = codePoints.length;
    }

    private void add(int[] cps) {
        if (count + cps.length > codePoints.length) {
            codePoints = java.util.Arrays.copyOf(codePoints,
                    Math.max(count + cps.length, codePoints.length * 2 + 8));
        }
        System.arraycopy(cps, 0, codePoints, count, cps.length);
        count += cps.length;
    }
}
