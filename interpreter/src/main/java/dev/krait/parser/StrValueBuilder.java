package dev.krait.parser;

import dev.krait.ast.ConstantValue;
import java.util.Arrays;

/**
 * Builds the value of a str literal (or of the literal text between f-string fields) as UTF-16,
 * remembering which surrogate units came from escapes such as {@code \ud800}.
 *
 * <p>A Python str is a sequence of code points, and any code point may appear, lone surrogates
 * included. UTF-16 holds all of them but one combination: a high surrogate code point followed
 * by a low one ({@code "\ud800\udc00"}), which in a Java string reads as the single astral code
 * point the two units spell. Source text, being valid UTF-8, never contains surrogates, so only
 * escapes make them; knowing which units came from escapes tells such a false pair from a real
 * astral character, and {@link #toValue} then gives {@code ConstantValue.Str} the exact code
 * points.
 */
final class StrValueBuilder {
    private final StringBuilder units;
    /** Indexes in {@link #units} of surrogate code points written by escapes; rarely any. */
    private int[] escapedSurrogates;
    private int escapedCount;

    StrValueBuilder(int capacity) {
        units = new StringBuilder(capacity);
    }

    int length() {
        return units.length();
    }

    StrValueBuilder append(char c) {
        units.append(c);
        return this;
    }

    StrValueBuilder append(CharSequence s, int from, int to) {
        units.append(s, from, to);
        return this;
    }

    StrValueBuilder append(String s) {
        units.append(s);
        return this;
    }

    /** Appends a code point written by an escape ({@code \x}, {@code \\u}, {@code \U}, octal). */
    StrValueBuilder appendEscaped(int cp) {
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            appendEscapedMark(units.length());
            units.append((char) cp);
        } else {
            units.appendCodePoint(cp);
        }
        return this;
    }

    /** Appends another builder's value, keeping what it knows about escaped surrogates. */
    StrValueBuilder append(StrValueBuilder other) {
        int shift = units.length();
        for (int i = 0; i < other.escapedCount; i++) {
            appendEscapedMark(other.escapedSurrogates[i] + shift);
        }
        units.append(other.units);
        return this;
    }

    private void appendEscapedMark(int index) {
        if (escapedSurrogates == null) {
            escapedSurrogates = new int[4];
        } else if (escapedCount == escapedSurrogates.length) {
            escapedSurrogates = Arrays.copyOf(escapedSurrogates, escapedCount * 2);
        }
        escapedSurrogates[escapedCount++] = index;
    }

    /** The str value; exact code points are attached only when a false pair would form. */
    ConstantValue.Str toValue() {
        String value = units.toString();
        if (escapedCount == 0 || !hasFalsePair()) {
            return new ConstantValue.Str(value);
        }
        int[] codePoints = new int[value.length()];
        int n = 0;
        int mark = 0;
        for (int i = 0; i < value.length(); ) {
            if (mark < escapedCount && escapedSurrogates[mark] == i) {
                codePoints[n++] = value.charAt(i++); // an escaped surrogate stands alone
                mark++;
            } else {
                int cp = value.codePointAt(i);
                codePoints[n++] = cp;
                i += Character.charCount(cp);
            }
        }
        return new ConstantValue.Str(value, Arrays.copyOf(codePoints, n));
    }

    /** Whether an escaped high surrogate is directly followed by a low surrogate unit. */
    private boolean hasFalsePair() {
        for (int k = 0; k < escapedCount; k++) {
            int i = escapedSurrogates[k];
            if (Character.isHighSurrogate(units.charAt(i)) && i + 1 < units.length()
                    && Character.isLowSurrogate(units.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return units.toString();
    }
}
