package dev.krait.text;

/**
 * The format string of {@code str % args} or {@code bytes % args}, read one piece at a time: runs
 * of literal text and conversion specs {@code %[(key)][flags][width][.precision][hlL]type}.
 * Reading is lazy and asks the caller for arguments ({@code (key)} lookups, {@code *} widths and
 * precisions) exactly when CPython does, so errors arrive in CPython's order: a bad argument for
 * an early conversion is reported before a malformed spec further on. Formatting a conversion's
 * value is {@link PercentConversion}'s job.
 *
 * <p>A bytes format is given as a String of chars 0 to 255 (ISO-8859-1), and the caller encodes
 * the pieces back the same way; bytes formats have a few messages of their own.
 * (CPython: Objects/unicodeobject.c {@code PyUnicode_Format}, {@code unicode_format_arg},
 * {@code unicode_format_arg_parse}; Objects/bytesobject.c {@code _PyBytes_FormatEx})
 */
public final class PercentFormat {
    /** What the reader needs from the caller's arguments while parsing a spec. */
    public interface Arguments {
        /** {@code %(key)}: the argument is now {@code mapping[key]}; may raise KeyError. */
        void selectKey(String key);

        /**
         * The next positional argument, for a {@code *} width: its value clipped as CPython's
         * {@code PyLong_AsSsize_t} does, or the caller raises ("* wants int", OverflowError,
         * "not enough arguments for format string").
         */
        long starWidth();

        /** The same for a {@code *} precision, as a C int ({@code _PyLong_AsInt}). */
        int starPrecision();
    }

    /** A piece of the format string: literal text or a conversion. */
    public sealed interface Piece permits Literal, PercentConversion {}

    /** Text copied as it is ({@code %%} gives a literal "%"). */
    public record Literal(String text) implements Piece {}

    private final String format;
    private final boolean mapping;
    private final boolean bytes;
    private int pos;
    private int ch;
    private boolean exhausted;
    /**
     * Whether {@code ch} was read by a width or precision digit loop. CPython's bytes formatter
     * reads bytes as unsigned there but as signed chars elsewhere, which matters for the message
     * about a byte above 0x7f that is no conversion.
     */
    private boolean readAsDigit;

    /**
     * A reader of {@code format}; {@code mapping} says whether the right operand of {@code %} is
     * a mapping (not a tuple or str), which {@code %(key)} requires.
     */
    public PercentFormat(String format, boolean mapping) {
        this(format, mapping, false);
    }

    private PercentFormat(String format, boolean mapping, boolean bytes) {
        this.format = format;
        this.mapping = mapping;
        this.bytes = bytes;
    }

    /**
     * A reader of a bytes format; the literal pieces and the formatted conversions are then
     * Strings of chars 0 to 255 standing for bytes.
     */
    public static PercentFormat forBytes(byte[] format, boolean mapping) {
        return new PercentFormat(new String(format, java.nio.charset.StandardCharsets.ISO_8859_1),
                mapping, true);
    }

    /** The next piece, or null at the end of the format string. */
    public Piece next(Arguments arguments) {
        int n = format.length();
        if (pos >= n) {
            return null;
        }
        if (format.charAt(pos) != '%') {
            int start = pos;
            int percent = format.indexOf('%', pos);
            pos = percent < 0 ? n : percent;
            return new Literal(format.substring(start, pos));
        }
        pos++;
        if (pos < n && format.charAt(pos) == '%') {
            pos++;
            return new Literal("%");
        }
        return parseSpec(arguments);
    }

    /** Reads the code point at {@code pos} into {@code ch}; false (and exhausted) at the end. */
    private boolean read() {
        if (pos >= format.length()) {
            exhausted = true;
            return false;
        }
        ch = format.codePointAt(pos);
        pos += Character.charCount(ch);
        readAsDigit = false;
        return true;
    }

    private PercentConversion parseSpec(Arguments arguments) {
        exhausted = false;
        ch = pos < format.length() ? format.codePointAt(pos) : 0;
        String key = null;
        if (ch == '(') {
            if (!mapping) {
                throw TextFormatError.typeError("format requires a mapping");
            }
            pos++;
            int keyStart = pos;
            int depth = 1;
            while (depth > 0 && read()) {
                if (ch == ')') {
                    depth--;
                } else if (ch == '(') {
                    depth++;
                }
            }
            if (exhausted || depth > 0) {
                throw TextFormatError.valueError("incomplete format key");
            }
            key = format.substring(keyStart, pos - 1);
            arguments.selectKey(key);
        }
        int flags = 0;
        while (read()) {
            int flag = switch (ch) {
                case '-' -> PercentConversion.LJUST;
                case '+' -> PercentConversion.SIGN;
                case ' ' -> PercentConversion.BLANK;
                case '#' -> PercentConversion.ALT;
                case '0' -> PercentConversion.ZERO;
                default -> 0;
            };
            if (flag == 0) {
                break;
            }
            flags |= flag;
        }
        long width = -1;
        if (ch == '*') {
            width = arguments.starWidth();
            if (width < 0) {
                flags |= PercentConversion.LJUST;
                width = width == Long.MIN_VALUE ? Long.MAX_VALUE : -width;
            }
            read();
        } else if (ch >= '0' && ch <= '9') {
            width = ch - '0';
            while (read()) {
                readAsDigit = true;
                if (ch < '0' || ch > '9') {
                    break;
                }
                if (width > (Long.MAX_VALUE - (ch - '0')) / 10) {
                    throw TextFormatError.valueError("width too big");
                }
                width = width * 10 + (ch - '0');
            }
        }
        int precision = -1;
        if (ch == '.') {
            precision = 0;
            read();
            if (ch == '*') {
                precision = Math.max(0, arguments.starPrecision());
                read();
            } else if (ch >= '0' && ch <= '9') {
                precision = ch - '0';
                while (read()) {
                    readAsDigit = true;
                    if (ch < '0' || ch > '9') {
                        break;
                    }
                    if (precision > (Integer.MAX_VALUE - (ch - '0')) / 10) {
                        throw TextFormatError.valueError(
                                bytes ? "prec too big" : "precision too big");
                    }
                    precision = precision * 10 + (ch - '0');
                }
            }
        }
        if (!exhausted && (ch == 'h' || ch == 'l' || ch == 'L')) {
            read();
        }
        if (exhausted) {
            throw TextFormatError.valueError("incomplete format");
        }
        int index = format.codePointCount(0, pos) - 1;
        return new PercentConversion(key, flags, width, precision, ch, index, bytes,
                bytes && !readAsDigit && ch >= 0x80);
    }
}
