package dev.krait.lexer;

/**
 * Decoding for the UTF-16 and UTF-32 codec families, whose code units are wider than a byte, with
 * the {@code UnicodeDecodeError} text CPython's codecs give (CPython: Objects/unicodeobject.c
 * {@code PyUnicode_DecodeUTF16Stateful}, {@code PyUnicode_DecodeUTF32Stateful}). Java's charsets
 * differ from Python's here: Java's "UTF-16" reads big-endian without a byte order mark where
 * Python reads the native (little-endian) order, and Java says nothing of why it stopped.
 *
 * <p>These codecs are also why CPython's order of work shows: for string input it translates
 * newlines in the bytes before decoding them, which for a codec that is not ASCII-compatible
 * changes the code units themselves (see {@link SourceDecoder}).
 */
final class WideUnicode {
    private WideUnicode() {}

    /** A decoding failure, worded as {@code str(UnicodeDecodeError)}. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message, null, false, false);
        }
    }

    /** Whether {@code canonical} (a normalised Python codec name) is handled here. */
    static boolean handles(String canonical) {
        return switch (canonical) {
            case "utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be" -> true;
            default -> false;
        };
    }

    /** Decodes {@code b} strictly with the codec {@code canonical}, as Python does. */
    static String decode(String canonical, byte[] b) throws Failure {
        boolean wide32 = canonical.startsWith("utf_32");
        boolean little = !canonical.endsWith("_be");
        int pos = 0;
        if (canonical.equals("utf_16") && b.length >= 2) {
            // a byte order mark picks the order and is dropped; without one, the native order
            if ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
                pos = 2;
            } else if ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
                pos = 2;
                little = false;
            }
        } else if (canonical.equals("utf_32") && b.length >= 4) {
            int first = unit(b, 0, 4, true);
            if (first == 0xFEFF) {
                pos = 4;
            } else if (first == 0xFFFE0000) {
                pos = 4;
                little = false;
            }
        }
        String name = (wide32 ? "utf-32" : "utf-16") + (little ? "-le" : "-be");
        return wide32 ? decode32(b, pos, little, name) : decode16(b, pos, little, name);
    }

    private static String decode16(byte[] b, int pos, boolean little, String name)
            throws Failure {
        StringBuilder out = new StringBuilder(b.length / 2);
        while (pos < b.length) {
            if (b.length - pos < 2) {
                throw failure(name, b, pos, b.length, "truncated data");
            }
            char u = (char) unit(b, pos, 2, little);
            if (!Character.isSurrogate(u)) {
                out.append(u);
                pos += 2;
            } else if (Character.isLowSurrogate(u)) {
                throw failure(name, b, pos, pos + 2, "illegal encoding");
            } else if (b.length - pos < 4) {
                throw failure(name, b, pos, b.length, "unexpected end of data");
            } else {
                char low = (char) unit(b, pos + 2, 2, little);
                if (!Character.isLowSurrogate(low)) {
                    throw failure(name, b, pos, pos + 2, "illegal UTF-16 surrogate");
                }
                out.append(u).append(low);
                pos += 4;
            }
        }
        return out.toString();
    }

    private static String decode32(byte[] b, int pos, boolean little, String name)
            throws Failure {
        StringBuilder out = new StringBuilder(b.length / 4);
        while (pos < b.length) {
            if (b.length - pos < 4) {
                throw failure(name, b, pos, b.length, "truncated data");
            }
            long cp = unit(b, pos, 4, little) & 0xFFFFFFFFL;
            if (cp > 0x10FFFF) {
                throw failure(name, b, pos, pos + 4, "code point not in range(0x110000)");
            }
            if (cp >= 0xD800 && cp < 0xE000) {
                throw failure(name, b, pos, pos + 4,
                        "code point in surrogate code point range(0xd800, 0xe000)");
            }
            out.appendCodePoint((int) cp);
            pos += 4;
        }
        return out.toString();
    }

    private static int unit(byte[] b, int pos, int size, boolean little) {
        int v = 0;
        for (int k = 0; k < size; k++) {
            int byteValue = b[little ? pos + size - 1 - k : pos + k] & 0xFF;
            v = (v << 8) | byteValue;
        }
        return v;
    }

    // CPython: Objects/exceptions.c UnicodeDecodeError_str
    private static Failure failure(String name, byte[] b, int start, int end, String reason) {
        if (end - start == 1) {
            return new Failure(String.format(
                    "'%s' codec can't decode byte 0x%02x in position %d: %s",
                    name, b[start] & 0xFF, start, reason));
        }
        return new Failure(String.format("'%s' codec can't decode bytes in position %d-%d: %s",
                name, start, end - 1, reason));
    }
}
