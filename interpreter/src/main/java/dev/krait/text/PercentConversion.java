package dev.krait.text;

import java.math.BigInteger;

/**
 * One conversion spec of a {@code %} format string, as {@link PercentFormat} read it, and the
 * formatting of an already fetched argument by it. The caller fetches the argument and converts
 * it the Python way — {@code str()}, {@code repr()}, {@code ascii()} for s, r, a;
 * {@code __index__}/{@code __int__} for the integer codes; {@code __float__} for the float codes;
 * an int or a one-character str for c — then calls the method for its {@link #kind()}.
 * (CPython: Objects/unicodeobject.c {@code unicode_format_arg_format},
 * {@code _PyUnicode_FormatLong}, {@code formatfloat}, {@code formatchar},
 * {@code unicode_format_arg_output})
 */
public final class PercentConversion implements PercentFormat.Piece {
    /** The '-' flag: pad on the right. */
    public static final int LJUST = 1;
    /** The '+' flag. */
    public static final int SIGN = 2;
    /** The ' ' flag. */
    public static final int BLANK = 4;
    /** The '#' flag. */
    public static final int ALT = 8;
    /** The '0' flag. */
    public static final int ZERO = 16;

    /** What the caller must turn the argument into before formatting it. */
    public enum Kind {
        /**
         * s, r, a: {@code str()}, {@code repr()}, {@code ascii()}; then {@link #formatText}. For
         * bytes, r and a both want {@code ascii()}.
         */
        TEXT,
        /**
         * s and b of bytes formats: the bytes of a bytes-like object or of {@code __bytes__()}
         * as chars 0 to 255; then {@link #formatText}.
         */
        BYTES,
        /**
         * d, i, u, o, x, X: an int; then {@link #formatInt}. A bad argument is a TypeError
         * "%d format: a real number is required, not T" ("an integer" for o, x, X), where bytes
         * formats name %i as %d.
         */
        INT,
        /**
         * e, E, f, F, g, G: a float; then {@link #formatFloat}. Bytes formats report any failure
         * of the conversion, overflow included, as TypeError "float argument required, not T".
         */
        FLOAT,
        /**
         * c: a code point from an int or a one-character str (for bytes: a byte from an int or a
         * one-byte bytes, see {@link #byteFromInt}); then {@link #formatChar}.
         */
        CHAR
    }

    /** The mapping key of {@code %(key)}, or null. */
    public final String key;
    /** A mask of {@link #LJUST}, {@link #SIGN}, {@link #BLANK}, {@link #ALT}, {@link #ZERO}. */
    public final int flags;
    /** The width, -1 when not given. */
    public final long width;
    /** The precision, -1 when not given. */
    public final int precision;
    /** The conversion code point. */
    public final int conversion;
    /** The code point index of the conversion character, for the error message. */
    public final int index;
    /** Whether this conversion is part of a bytes format. */
    public final boolean bytes;
    /** A bytes conversion byte above 0x7f that CPython read as a negative char. */
    private final boolean negativeChar;

    PercentConversion(String key, int flags, long width, int precision, int conversion,
            int index, boolean bytes, boolean negativeChar) {
        this.bytes = bytes;
        this.negativeChar = negativeChar;
        this.key = key;
        this.flags = flags;
        this.width = width;
        this.precision = precision;
        this.conversion = conversion;
        this.index = index;
    }

    /**
     * What kind of value this conversion formats; ValueError "unsupported format character"
     * for an unknown one (CPython raises it after fetching the argument, so call this then).
     */
    public Kind kind() {
        if (bytes) {
            switch (conversion) {
                case 's', 'b' -> {
                    return Kind.BYTES;
                }
                case 'r', 'a' -> {
                    return Kind.TEXT;
                }
                case 'd', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G', 'c' -> { }
                default -> {
                    if (negativeChar) {
                        // CPython formats the message with the byte as a signed char, whose
                        // negative value fails as a code point.
                        throw TextFormatError.overflowError(
                                "character argument not in range(0x110000)");
                    }
                    throw TextFormatError.valueError("unsupported format character '"
                            + (char) conversion + "' (0x" + Integer.toHexString(conversion)
                            + ") at index " + index);
                }
            }
        }
        return switch (conversion) {
            case 's', 'r', 'a' -> Kind.TEXT;
            case 'd', 'i', 'u', 'o', 'x', 'X' -> Kind.INT;
            case 'e', 'E', 'f', 'F', 'g', 'G' -> Kind.FLOAT;
            case 'c' -> Kind.CHAR;
            default -> throw TextFormatError.valueError("unsupported format character '"
                    + (conversion >= 31 && conversion <= 126 ? (char) conversion : '?') + "' (0x"
                    + Integer.toHexString(conversion) + ") at index " + index);
        };
    }

    /** s, r, a: the argument's text, cut to the precision and padded to the width. */
    public String formatText(String text) {
        return output(text, false);
    }

    /** d, i, u, o, x, X for an int that fits in a long. */
    public String formatInt(long value) {
        if (value == Long.MIN_VALUE) {
            return formatInt(BigInteger.valueOf(value), 0);
        }
        String digits = switch (conversion) {
            case 'o' -> Long.toString(value, 8);
            case 'x', 'X' -> Long.toString(value, 16);
            default -> Long.toString(value);
        };
        return output(intText(digits), true);
    }

    /** d, i, u, o, x, X; {@code maxStrDigits} limits decimal conversions (0: no limit). */
    public String formatInt(BigInteger value, int maxStrDigits) {
        String digits = switch (conversion) {
            case 'o' -> value.toString(8);
            case 'x', 'X' -> value.toString(16);
            default -> IntText.toDecimal(value, maxStrDigits);
        };
        return output(intText(digits), true);
    }

    /**
     * The number as {@code _PyUnicode_FormatLong} writes it: sign, "0o"/"0x" prefix with '#',
     * digits zero-filled to the precision, upper case for X.
     */
    private String intText(String digits) {
        if (precision > Integer.MAX_VALUE - 3) {
            throw TextFormatError.overflowError("precision too large");
        }
        boolean negative = digits.charAt(0) == '-';
        String body = negative ? digits.substring(1) : digits;
        String prefix = "";
        if ((flags & ALT) != 0 && (conversion == 'o' || conversion == 'x' || conversion == 'X')) {
            prefix = conversion == 'o' ? "0o" : "0x";
        }
        StringBuilder out = new StringBuilder(body.length() + 4);
        if (negative) {
            out.append('-');
        }
        out.append(prefix);
        if (precision > body.length()) {
            NumberLayout.pad(out, '0', precision - body.length());
        }
        out.append(body);
        if (conversion == 'X') {
            for (int i = 0; i < out.length(); i++) {
                char c = out.charAt(i);
                if (c >= 'a' && c <= 'x') {
                    out.setCharAt(i, (char) (c - ('a' - 'A')));
                }
            }
        }
        return out.toString();
    }

    /** e, E, f, F, g, G (precision 6 when not given). */
    public String formatFloat(double value) {
        int flagsDtoa = (flags & ALT) != 0 ? DoubleToString.ALT : 0;
        String text = DoubleToString.format(value, (char) conversion,
                precision < 0 ? 6 : precision, flagsDtoa);
        return output(text, true);
    }

    /** c: the code point padded to the width. */
    public String formatChar(int codePoint) {
        return output(new String(Character.toChars(codePoint)), false);
    }

    /**
     * The code point that {@code %c} makes of an int: OverflowError "%c arg not in
     * range(0x110000)" outside that range (a BigInteger argument is always outside).
     */
    public static int charFromInt(long value) {
        if (value < 0 || value > 0x10ffff) {
            throw TextFormatError.overflowError("%c arg not in range(0x110000)");
        }
        return (int) value;
    }

    /**
     * The byte that {@code %c} of a bytes format makes of an int: OverflowError "%c arg not in
     * range(256)" outside that range (a BigInteger argument is always outside).
     */
    public static int byteFromInt(long value) {
        if (value < 0 || value > 255) {
            throw TextFormatError.overflowError("%c arg not in range(256)");
        }
        return (int) value;
    }

    /**
     * Pads {@code text} to the width: with zeros after the sign and prefix for numbers under the
     * '0' flag, else with spaces on the left, or on the right under '-'; '+' and ' ' add a sign
     * to numbers. Precision cuts s, r and a.
     * (CPython: Objects/unicodeobject.c {@code unicode_format_arg_output})
     */
    private String output(String text, boolean numeric) {
        boolean sign = numeric;
        char fill = sign && (flags & ZERO) != 0 ? '0' : ' ';
        int length = text.codePointCount(0, text.length());
        if ((width == -1 || width <= length) && (precision == -1 || precision >= length)
                && (flags & (SIGN | BLANK)) == 0) {
            return text;
        }
        int end = text.length();
        if ((conversion == 's' || conversion == 'r' || conversion == 'a' || conversion == 'b')
                && precision >= 0 && length > precision) {
            length = precision;
            end = text.offsetByCodePoints(0, precision);
        }
        int index = 0;
        char signChar = 0;
        if (sign) {
            char first = text.charAt(0);
            if (first == '-' || first == '+') {
                signChar = first;
                length--;
                index++;
            } else if ((flags & SIGN) != 0) {
                signChar = '+';
            } else if ((flags & BLANK) != 0) {
                signChar = ' ';
            } else {
                sign = false;
            }
        }
        long w = Math.max(width, length);
        if (w > NumberLayout.MAX_LENGTH) {
            throw TextFormatError.memoryError();
        }
        StringBuilder out = new StringBuilder((int) w + 1);
        if (sign) {
            if (fill != ' ') {
                out.append(signChar);
            }
            if (w > length) {
                w--;
            }
        }
        boolean prefixed = (flags & ALT) != 0
                && (conversion == 'x' || conversion == 'X' || conversion == 'o');
        if (prefixed) {
            if (fill != ' ') {
                out.append('0').append((char) conversion);
                index += 2;
            }
            w = Math.max(0, w - 2);
            length -= 2;
        }
        if (w > length && (flags & LJUST) == 0) {
            NumberLayout.pad(out, fill, w - length);
            w = length;
        }
        if (fill == ' ') {
            if (sign) {
                out.append(signChar);
            }
            if (prefixed) {
                out.append('0').append((char) conversion);
                index += 2;
            }
        }
        if (length > 0) {
            out.append(text, index, numeric ? index + length : end);
        }
        if (w > length) {
            NumberLayout.pad(out, ' ', w - length);
        }
        return out.toString();
    }
}
