package dev.krait.objects;

import dev.krait.unicode.UnicodeData;

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

    private static boolean isAscii(PyStr s) {
        String v = s.value;
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Appends the lower case of cps[i], with the final-sigma rule for a capital sigma. */
    // CPython: Objects/unicodeobject.c lower_ucs4, handle_capital_sigma
    private static void appendLower(int[] cps, int i, StringBuilder out) {
        int c = cps[i];
        if (c != CAPITAL_SIGMA) {
            UnicodeData.appendLower(c, out);
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
        out.appendCodePoint(final_ ? 0x3C2 : 0x3C3);
    }

    @Exposed("lower($self, /)")
    public static PyObject lower(PyStr self) {
        if (isAscii(self)) {
            return PyStr.ofNoSurrogates(asciiLower(self.value));
        }
        int[] cps = self.codePoints();
        StringBuilder out = new StringBuilder(cps.length);
        for (int i = 0; i < cps.length; i++) {
            appendLower(cps, i, out);
        }
        return PyStr.of(out.toString());
    }

    private static String asciiLower(String v) {
        char[] a = v.toCharArray();
        for (int i = 0; i < a.length; i++) {
            if (a[i] >= 'A' && a[i] <= 'Z') {
                a[i] += 32;
            }
        }
        return new String(a);
    }

    @Exposed("upper($self, /)")
    public static PyObject upper(PyStr self) {
        if (isAscii(self)) {
            char[] a = self.value.toCharArray();
            for (int i = 0; i < a.length; i++) {
                if (a[i] >= 'a' && a[i] <= 'z') {
                    a[i] -= 32;
                }
            }
            return PyStr.ofNoSurrogates(new String(a));
        }
        int[] cps = self.codePoints();
        StringBuilder out = new StringBuilder(cps.length);
        for (int cp : cps) {
            UnicodeData.appendUpper(cp, out);
        }
        return PyStr.of(out.toString());
    }

    @Exposed("casefold($self, /)")
    public static PyObject casefold(PyStr self) {
        if (isAscii(self)) {
            return PyStr.ofNoSurrogates(asciiLower(self.value));
        }
        int[] cps = self.codePoints();
        StringBuilder out = new StringBuilder(cps.length);
        for (int cp : cps) {
            UnicodeData.appendCasefold(cp, out);
        }
        return PyStr.of(out.toString());
    }

    @Exposed("capitalize($self, /)")
    public static PyObject capitalize(PyStr self) {
        if (isAscii(self)) {
            // an ASCII letter's title case is its upper case
            char[] a = self.value.toCharArray();
            for (int i = 0; i < a.length; i++) {
                char c = a[i];
                if (i == 0 ? c >= 'a' && c <= 'z' : c >= 'A' && c <= 'Z') {
                    a[i] = (char) (c ^ 32);
                }
            }
            return PyStr.ofNoSurrogates(new String(a));
        }
        int[] cps = self.codePoints();
        StringBuilder out = new StringBuilder(cps.length);
        for (int i = 0; i < cps.length; i++) {
            if (i == 0) {
                UnicodeData.appendTitle(cps[0], out);
            } else {
                appendLower(cps, i, out);
            }
        }
        return PyStr.of(out.toString());
    }

    @Exposed("swapcase($self, /)")
    public static PyObject swapcase(PyStr self) {
        int[] cps = self.codePoints();
        StringBuilder out = new StringBuilder(cps.length);
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (UnicodeData.isUpper(c)) {
                appendLower(cps, i, out);
            } else if (UnicodeData.isLower(c)) {
                UnicodeData.appendUpper(c, out);
            } else {
                out.appendCodePoint(c);
            }
        }
        return PyStr.of(out.toString());
    }

    @Exposed("title($self, /)")
    public static PyObject title(PyStr self) {
        int[] cps = self.codePoints();
        StringBuilder out = new StringBuilder(cps.length);
        boolean previousIsCased = false;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (previousIsCased) {
                appendLower(cps, i, out);
            } else {
                UnicodeData.appendTitle(c, out);
            }
            previousIsCased = UnicodeData.isCased(c);
        }
        return PyStr.of(out.toString());
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
