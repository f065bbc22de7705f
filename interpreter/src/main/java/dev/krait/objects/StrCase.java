package dev.krait.objects;

import dev.krait.unicode.UnicodeData;
import java.nio.charset.StandardCharsets;

/**
 * The case methods of {@code str}: mapping ({@code lower}, {@code upper}, {@code capitalize},
 * {@code casefold}, {@code swapcase}, {@code title}) and the case predicates ({@code islower},
 * {@code isupper}, {@code istitle}). Mappings are the full Unicode 14 ones (one code point may
 * become several, as 'ß'.upper() is 'SS'), and lowering a capital sigma follows the final-sigma
 * rule, as CPython does; ASCII strings take a direct path.
 *
 * <p>CPython counterpart: Objects/unicodeobject.c {@code do_lower}, {@code do_upper},
 * {@code do_capitalize}, {@code do_casefold}, {@code do_swapcase}, {@code do_title},
 * {@code handle_capital_sigma}, {@code unicode_islower_impl} and friends.
 */
public final class StrCase {
    private StrCase() {}

    private static final int CAPITAL_SIGMA = 0x3A3;

    /**
     * The text's bytes when it is all ASCII, else null: then a case mapping is one pass over a
     * copy, and the result a Latin-1 Java string made by another array copy. A text without
     * surrogate units is ASCII exactly when its UTF-8 form is as long as it, and for a compact
     * (Latin-1) Java string getBytes(UTF_8) tests that with a vectorised intrinsic and then
     * copies the array; a str with surrogates is not ASCII.
     */
    private static byte[] asciiBytes(PyStr s) {
        if (!s.isSimple()) {
            return null;
        }
        String v = s.value();
        byte[] b = v.getBytes(StandardCharsets.UTF_8);
        return b.length == v.length() ? b : null;
    }

    /** The str of ASCII bytes (copied into a Latin-1 Java string; no surrogate to scan for). */
    private static PyStr ofAscii(byte[] b) {
        return PyStr.ofNoSurrogates(new String(b, StandardCharsets.ISO_8859_1));
    }

    private static void asciiLower(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            byte c = b[i];
            if (c >= 'A' && c <= 'Z') {
                b[i] = (byte) (c + 32);
            }
        }
    }

    /** Appends the lower case of cps[i], with the final-sigma rule for a capital sigma. */
    // CPython: Objects/unicodeobject.c lower_ucs4, handle_capital_sigma
    private static void appendLower(int[] cps, int i, Output out) {
        int c = cps[i];
        if (c != CAPITAL_SIGMA) {
            if (!out.passedSurrogate(c)) {
                UnicodeData.appendLower(c, out.text);
            }
            return;
        }
        // Final form when a cased letter comes before (past case-ignorables) and none after.
        int j = i - 1;
        while (j >= 0 && UnicodeData.isCaseIgnorable(cps[j])) {
            j--;
        }
        boolean final_ = j >= 0 && UnicodeData.isCased(cps[j]);
        if (final_) {
            j = i + 1;
            while (j < cps.length && UnicodeData.isCaseIgnorable(cps[j])) {
                j++;
            }
            final_ = j == cps.length || !UnicodeData.isCased(cps[j]);
        }
        out.text.appendCodePoint(final_ ? 0x3C2 : 0x3C3);
    }

    /**
     * A case mapping's result. A lone surrogate maps to itself, and two of them side by side
     * (high, then low) would read as one astral character in Java text, where CPython keeps two
     * code points: so the places of the lone surrogates passed through are remembered, and
     * only when two of them meet is the result built from code points.
     */
    private static final class Output {
        final StringBuilder text;
        /** Where in {@link #text} each lone surrogate went; null while there is none. */
        private int[] lone;
        private int loneCount;

        Output(int capacity) {
            text = new StringBuilder(capacity);
        }

        /** Appends {@code cp} and says so when it is a surrogate, whose mapping is itself. */
        boolean passedSurrogate(int cp) {
            if (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE) {
                return false;
            }
            if (lone == null) {
                lone = new int[4];
            } else if (loneCount == lone.length) {
                lone = java.util.Arrays.copyOf(lone, loneCount * 2);
            }
            lone[loneCount++] = text.length();
            text.append((char) cp);
            return true;
        }

        PyStr build() {
            if (!lonesMeet()) {
                return PyStr.of(text.toString());
            }
            int[] cps = new int[text.length()];
            int n = 0;
            int next = 0;
            for (int k = 0; k < text.length(); ) {
                if (next < loneCount && lone[next] == k) {
                    cps[n++] = text.charAt(k++);
                    next++;
                } else {
                    int cp = text.codePointAt(k);
                    cps[n++] = cp;
                    k += Character.charCount(cp);
                }
            }
            return PyStr.fromCodePoints(java.util.Arrays.copyOf(cps, n));
        }

        /** Whether a lone high surrogate is followed at once by a lone low one. */
        private boolean lonesMeet() {
            for (int i = 1; i < loneCount; i++) {
                if (lone[i] == lone[i - 1] + 1
                        && Character.isHighSurrogate(text.charAt(lone[i - 1]))
                        && Character.isLowSurrogate(text.charAt(lone[i]))) {
                    return true;
                }
            }
            return false;
        }
    }

    @Exposed("lower($self, /)")
    public static PyObject lower(PyStr self) {
        byte[] ascii = asciiBytes(self);
        if (ascii != null) {
            asciiLower(ascii);
            return ofAscii(ascii);
        }
        int[] cps = self.codePoints();
        Output out = new Output(cps.length);
        for (int i = 0; i < cps.length; i++) {
            appendLower(cps, i, out);
        }
        return out.build();
    }

    @Exposed("upper($self, /)")
    public static PyObject upper(PyStr self) {
        byte[] ascii = asciiBytes(self);
        if (ascii != null) {
            for (int i = 0; i < ascii.length; i++) {
                byte c = ascii[i];
                if (c >= 'a' && c <= 'z') {
                    ascii[i] = (byte) (c - 32);
                }
            }
            return ofAscii(ascii);
        }
        int[] cps = self.codePoints();
        Output out = new Output(cps.length);
        for (int cp : cps) {
            if (!out.passedSurrogate(cp)) {
                UnicodeData.appendUpper(cp, out.text);
            }
        }
        return out.build();
    }

    @Exposed("casefold($self, /)")
    public static PyObject casefold(PyStr self) {
        byte[] ascii = asciiBytes(self);
        if (ascii != null) {
            asciiLower(ascii);
            return ofAscii(ascii);
        }
        int[] cps = self.codePoints();
        Output out = new Output(cps.length);
        for (int cp : cps) {
            if (!out.passedSurrogate(cp)) {
                UnicodeData.appendCasefold(cp, out.text);
            }
        }
        return out.build();
    }

    @Exposed("capitalize($self, /)")
    public static PyObject capitalize(PyStr self) {
        byte[] ascii = asciiBytes(self);
        if (ascii != null) {
            // an ASCII letter's title case is its upper case
            asciiLower(ascii);
            if (ascii.length > 0 && ascii[0] >= 'a' && ascii[0] <= 'z') {
                ascii[0] -= 32;
            }
            return ofAscii(ascii);
        }
        int[] cps = self.codePoints();
        Output out = new Output(cps.length);
        for (int i = 0; i < cps.length; i++) {
            if (i == 0) {
                if (!out.passedSurrogate(cps[0])) {
                    UnicodeData.appendTitle(cps[0], out.text);
                }
            } else {
                appendLower(cps, i, out);
            }
        }
        return out.build();
    }

    @Exposed("swapcase($self, /)")
    public static PyObject swapcase(PyStr self) {
        byte[] ascii = asciiBytes(self);
        if (ascii != null) {
            for (int i = 0; i < ascii.length; i++) {
                int letter = ascii[i] | 32;
                if (letter >= 'a' && letter <= 'z') {
                    ascii[i] ^= 32;
                }
            }
            return ofAscii(ascii);
        }
        int[] cps = self.codePoints();
        Output out = new Output(cps.length);
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (UnicodeData.isUpper(c)) {
                appendLower(cps, i, out);
            } else if (UnicodeData.isLower(c)) {
                if (!out.passedSurrogate(c)) {
                    UnicodeData.appendUpper(c, out.text);
                }
            } else if (!out.passedSurrogate(c)) {
                out.text.appendCodePoint(c);
            }
        }
        return out.build();
    }

    @Exposed("title($self, /)")
    public static PyObject title(PyStr self) {
        byte[] ascii = asciiBytes(self);
        if (ascii != null) {
            // an ASCII letter is the only cased ASCII character, and its title case is its
            // upper case
            boolean previousIsLetter = false;
            for (int i = 0; i < ascii.length; i++) {
                int letter = ascii[i] | 32;
                boolean isLetter = letter >= 'a' && letter <= 'z';
                if (isLetter) {
                    ascii[i] = (byte) (previousIsLetter ? letter : letter - 32);
                }
                previousIsLetter = isLetter;
            }
            return ofAscii(ascii);
        }
        int[] cps = self.codePoints();
        Output out = new Output(cps.length);
        boolean previousIsCased = false;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (previousIsCased) {
                appendLower(cps, i, out);
            } else {
                if (!out.passedSurrogate(c)) {
                    UnicodeData.appendTitle(c, out.text);
                }
            }
            previousIsCased = UnicodeData.isCased(c);
        }
        return out.build();
    }

    @Exposed("islower($self, /)")
    public static boolean islower(PyStr self) {
        int n = self.length();
        boolean cased = false;
        for (int i = 0; i < n; i++) {
            int c = self.codePointAt(i);
            if (UnicodeData.isUpper(c) || UnicodeData.isTitle(c)) {
                return false;
            }
            if (!cased && UnicodeData.isLower(c)) {
                cased = true;
            }
        }
        return cased;
    }

    @Exposed("isupper($self, /)")
    public static boolean isupper(PyStr self) {
        int n = self.length();
        boolean cased = false;
        for (int i = 0; i < n; i++) {
            int c = self.codePointAt(i);
            if (UnicodeData.isLower(c) || UnicodeData.isTitle(c)) {
                return false;
            }
            if (!cased && UnicodeData.isUpper(c)) {
                cased = true;
            }
        }
        return cased;
    }

    // CPython: Objects/unicodeobject.c unicode_istitle_impl
    @Exposed("istitle($self, /)")
    public static boolean istitle(PyStr self) {
        int n = self.length();
        boolean cased = false;
        boolean previousIsCased = false;
        for (int i = 0; i < n; i++) {
            int c = self.codePointAt(i);
            if (UnicodeData.isUpper(c) || UnicodeData.isTitle(c)) {
                if (previousIsCased) {
                    return false;
                }
                previousIsCased = true;
                cased = true;
            } else if (UnicodeData.isLower(c)) {
                if (!previousIsCased) {
                    return false;
                }
                previousIsCased = true;
                cased = true;
            } else {
                previousIsCased = false;
            }
        }
        return cased;
    }
}
