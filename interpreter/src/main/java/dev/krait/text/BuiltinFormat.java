package dev.krait.text;

import java.math.BigInteger;

/**
 * {@code format(value, spec)} for the built-in types int, float, complex and str: their
 * {@code __format__} methods, which f-strings and {@code str.format} call too. Each takes the
 * Java value, the spec text and the name of the value's type (for messages: a subclass's name
 * shows there), and returns the text or raises {@link TextFormatError} with CPython's message.
 *
 * <p>An empty spec means {@code str(value)}; these methods return the built-in type's str, so a
 * caller formatting an instance of a subclass that overrides {@code __str__} must call that itself.
 * (CPython: Python/formatter_unicode.c {@code _PyLong_FormatAdvancedWriter},
 * {@code _PyFloat_FormatAdvancedWriter}, {@code _PyComplex_FormatAdvancedWriter},
 * {@code _PyUnicode_FormatAdvancedWriter})
 */
public final class BuiltinFormat {
    private BuiltinFormat() {}

    /** {@code int.__format__} for a value that fits in a long. */
    public static String formatInt(long value, String spec, String typeName, int maxStrDigits) {
        if (spec.isEmpty()) {
            return Long.toString(value);
        }
        FormatSpec f = FormatSpec.parse(spec, 'd', '>', typeName);
        return switch (f.type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> {
                checkIntSpec(f);
                if (f.type == 'c') {
                    yield formatChar(f, value);
                }
                int base = base(f.type);
                String digits = base == 10 ? Long.toString(value) : Long.toString(value, base);
                if (isPlain(f)) {
                    yield f.alternate && base != 10 ? IntText.toBase(value, base) : digits;
                }
                yield layOutInt(f, digits);
            }
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> formatFloat(f, (double) value);
            default -> throw FormatSpec.unknownType(f.type, typeName);
        };
    }

    /** {@code int.__format__}; {@code maxStrDigits} is {@code sys.get_int_max_str_digits()}. */
    public static String formatInt(BigInteger value, String spec, String typeName,
            int maxStrDigits) {
        if (value.bitLength() < 64) {
            return formatInt(value.longValue(), spec, typeName, maxStrDigits);
        }
        if (spec.isEmpty()) {
            return IntText.toDecimal(value, maxStrDigits);
        }
        FormatSpec f = FormatSpec.parse(spec, 'd', '>', typeName);
        return switch (f.type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> {
                checkIntSpec(f);
                if (f.type == 'c') {
                    throw TextFormatError.overflowError(
                            "Python int too large to convert to C long");
                }
                int base = base(f.type);
                String digits = base == 10 ? IntText.toDecimal(value, maxStrDigits)
                        : value.toString(base);
                if (isPlain(f)) {
                    yield f.alternate && base != 10 ? IntText.toBase(value, base) : digits;
                }
                yield layOutInt(f, digits);
            }
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> formatFloat(f, IntText.toDouble(value));
            default -> throw FormatSpec.unknownType(f.type, typeName);
        };
    }

    private static void checkIntSpec(FormatSpec f) {
        if (f.precision != -1) {
            throw TextFormatError.valueError("Precision not allowed in integer format specifier");
        }
        if (f.noNegativeZero) {
            throw TextFormatError.valueError(
                    "Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (f.type == 'c') {
            if (f.sign != 0) {
                throw TextFormatError.valueError(
                        "Sign not allowed with integer format specifier 'c'");
            }
            if (f.alternate) {
                throw TextFormatError.valueError(
                        "Alternate form (#) not allowed with integer format specifier 'c'");
            }
        }
    }

    /**
     * Whether the int needs no layout: no sign option, width or grouping, and a type whose digits
     * are written as they come. (CPython's fast path in {@code format_long_internal})
     */
    private static boolean isPlain(FormatSpec f) {
        return f.sign != '+' && f.sign != ' ' && f.width == -1 && f.type != 'X' && f.type != 'n'
                && f.grouping == 0;
    }

    private static int base(int type) {
        return switch (type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
    }

    /** The 'c' type: the character, laid out as a number with no sign and no digits. */
    private static String formatChar(FormatSpec f, long value) {
        if (value < 0 || value > 0x10ffff) {
            throw TextFormatError.overflowError("%c arg not in range(0x110000)");
        }
        String text = new String(Character.toChars((int) value));
        // No sign and no digits: '=' pads on the left like '>'.
        return pad(text, 1, f.fill, f.align == '=' ? '>' : f.align, checkedWidth(f));
    }

    /** Lays out {@code digits} (an optional '-' then digits in the spec's base). */
    private static String layOutInt(FormatSpec f, String digits) {
        boolean negative = digits.charAt(0) == '-';
        int start = negative ? 1 : 0;
        String prefix = "";
        if (f.alternate) {
            prefix = switch (f.type) {
                case 'b' -> "0b";
                case 'o' -> "0o";
                case 'x', 'X' -> "0x";
                default -> "";
            };
        }
        // 'n' in the C locale that Krait uses: no grouping.
        int groupSize = f.type == 'n' ? 0 : f.groupSize();
        StringBuilder out = new StringBuilder(digits.length() + 8);
        NumberLayout.append(out, digits, start, digits.length(), 0, false, prefix, negative,
                f.sign, f.fill, f.align, checkedWidth(f), groupSize, f.separator(),
                f.type == 'X');
        return out.toString();
    }

    private static long checkedWidth(FormatSpec f) {
        if (f.width > NumberLayout.MAX_LENGTH) {
            throw TextFormatError.memoryError();
        }
        return f.width;
    }

    /** {@code float.__format__}. */
    public static String formatFloat(double value, String spec, String typeName) {
        if (spec.isEmpty()) {
            return Repr.floatRepr(value);
        }
        FormatSpec f = FormatSpec.parse(spec, 0, '>', typeName);
        return switch (f.type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> formatFloat(f, value);
            default -> throw FormatSpec.unknownType(f.type, typeName);
        };
    }

    /** (CPython: Python/formatter_unicode.c {@code format_float_internal}) */
    private static String formatFloat(FormatSpec f, double value) {
        if (f.precision > Integer.MAX_VALUE) {
            throw TextFormatError.valueError("precision too big");
        }
        int precision = (int) f.precision;
        int defaultPrecision = 6;
        int flags = (f.alternate ? DoubleToString.ALT : 0)
                | (f.noNegativeZero ? DoubleToString.NO_NEG_0 : 0);
        char type = (char) f.type;
        if (type == 0) {
            // Like repr without a precision, else like 'g' but keeping a digit after the point.
            flags |= DoubleToString.ADD_DOT_0;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g';
        }
        boolean percent = false;
        if (type == '%') {
            type = 'f';
            value *= 100;
            percent = true;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String text = DoubleToString.format(value, type, precision, flags);
        if (percent) {
            text += "%";
        }
        long width = checkedWidth(f);
        if (f.sign != '+' && f.sign != ' ' && width == -1 && f.grouping == 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        appendFloatText(out, text, f.sign, f.fill, f.align, width,
                f.type == 'n' ? 0 : f.groupSize(), f.separator());
        return out.toString();
    }

    /** Splits a float's text into sign, integer digits, point and remainder, and lays it out. */
    private static void appendFloatText(StringBuilder out, String text, char sign, int fill,
            char align, long width, int groupSize, char separator) {
        boolean negative = text.charAt(0) == '-';
        int start = negative ? 1 : 0;
        int pos = start;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        boolean hasDecimal = pos < text.length() && text.charAt(pos) == '.';
        int remainder = text.length() - pos - (hasDecimal ? 1 : 0);
        NumberLayout.append(out, text, start, text.length(), remainder, hasDecimal, "", negative,
                sign, fill, align, width, groupSize, separator, false);
    }

    /** {@code complex.__format__}. (CPython: {@code format_complex_internal}) */
    public static String formatComplex(double real, double imag, String spec, String typeName) {
        if (spec.isEmpty()) {
            return Repr.complexRepr(real, imag);
        }
        FormatSpec f = FormatSpec.parse(spec, 0, '>', typeName);
        switch (f.type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n' -> { }
            default -> throw FormatSpec.unknownType(f.type, typeName);
        }
        if (f.precision > Integer.MAX_VALUE) {
            throw TextFormatError.valueError("precision too big");
        }
        if (f.fill == '0') {
            throw TextFormatError.valueError(
                    "Zero padding is not allowed in complex format specifier");
        }
        if (f.align == '=') {
            throw TextFormatError.valueError(
                    "'=' alignment flag is not allowed in complex format specifier");
        }
        int precision = (int) f.precision;
        int defaultPrecision = 6;
        int flags = (f.alternate ? DoubleToString.ALT : 0)
                | (f.noNegativeZero ? DoubleToString.NO_NEG_0 : 0);
        char type = (char) f.type;
        boolean skipReal = false;
        boolean parens = false;
        if (type == 0) {
            type = 'r';
            defaultPrecision = 0;
            if (real == 0 && Double.doubleToRawLongBits(real) == 0) {
                skipReal = true;
            } else {
                parens = true;
            }
        }
        if (type == 'n') {
            type = 'g';
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String re = DoubleToString.format(real, type, precision, flags);
        String im = DoubleToString.format(imag, type, precision, flags);
        int groupSize = f.type == 'n' ? 0 : f.groupSize();
        StringBuilder body = new StringBuilder(re.length() + im.length() + 4);
        if (parens) {
            body.append('(');
        }
        if (!skipReal) {
            appendFloatText(body, re, f.sign, ' ', '<', -1, groupSize, f.separator());
        }
        appendFloatText(body, im, skipReal ? f.sign : '+', ' ', '<', -1, groupSize,
                f.separator());
        body.append('j');
        if (parens) {
            body.append(')');
        }
        return pad(body.toString(), body.length(), f.fill, f.align, checkedWidth(f));
    }

    /** {@code str.__format__}. (CPython: {@code format_string_internal}) */
    public static String formatStr(String value, String spec, String typeName) {
        if (spec.isEmpty()) {
            return value;
        }
        FormatSpec f = FormatSpec.parse(spec, 's', '<', typeName);
        if (f.type != 's') {
            throw FormatSpec.unknownType(f.type, typeName);
        }
        if (f.sign == ' ') {
            throw TextFormatError.valueError("Space not allowed in string format specifier");
        }
        if (f.sign != 0) {
            throw TextFormatError.valueError("Sign not allowed in string format specifier");
        }
        if (f.noNegativeZero) {
            throw TextFormatError.valueError(
                    "Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alternate) {
            throw TextFormatError.valueError(
                    "Alternate form (#) not allowed in string format specifier");
        }
        if (f.align == '=') {
            throw TextFormatError.valueError(
                    "'=' alignment not allowed in string format specifier");
        }
        int length = value.codePointCount(0, value.length());
        if ((f.width == -1 || f.width <= length) && (f.precision == -1 || f.precision >= length)) {
            return value;
        }
        String kept = value;
        if (f.precision >= 0 && length >= f.precision) {
            kept = value.substring(0, value.offsetByCodePoints(0, (int) f.precision));
            length = (int) f.precision;
        }
        return pad(kept, length, f.fill, f.align, checkedWidth(f));
    }

    /**
     * {@code text} (of {@code length} code points) padded to {@code width} with {@code fill}.
     * (CPython: Python/formatter_unicode.c {@code calc_padding} and {@code fill_padding})
     */
    static String pad(String text, long length, int fill, char align, long width) {
        if (width <= length) {
            return text;
        }
        long total = width - length;
        long left = switch (align) {
            case '>' -> total;
            case '^' -> total / 2;
            default -> 0;
        };
        StringBuilder out = new StringBuilder((int) Math.min(width + 8, NumberLayout.MAX_LENGTH));
        NumberLayout.pad(out, fill, left);
        out.append(text);
        NumberLayout.pad(out, fill, total - left);
        return out.toString();
    }
}
