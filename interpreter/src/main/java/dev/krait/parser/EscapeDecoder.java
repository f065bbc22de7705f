package dev.krait.parser;

import dev.krait.lexer.Utf8;
import dev.krait.unicode.UnicodeData;

/**
 * The backslash escapes of str and bytes literals, decoded the way CPython's codecs decode them,
 * down to the text of their errors.
 *
 * <p>CPython does not decode a str literal directly: it first rewrites the literal's body into pure
 * ASCII (each non-ASCII code point becomes {@code \UXXXXXXXX}, and a backslash before one, or at
 * the end, becomes the escape of a backslash, u005c), then hands that to the {@code unicode_escape}
 * codec. The codec's error messages quote byte positions in the rewritten text, so Krait rewrites
 * the same way when the body holds non-ASCII characters, and otherwise decodes the source text in
 * place.
 *
 * <p>An invalid escape ({@code \d}, or an octal escape above {@code \377}) is kept as written and
 * noted in an {@link InvalidEscape}: CPython warns about the first one of a literal once the whole
 * literal has decoded without error.
 */
final class EscapeDecoder {
    private EscapeDecoder() {}

    /**
     * A decoding failure, carrying the SyntaxError message CPython builds from it
     * ({@code "(unicode error) ..."} or {@code "(value error) ..."}); the caller raises it at the
     * position CPython uses.
     */
    static final class DecodeError extends RuntimeException {
        DecodeError(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The first invalid escape a decode met, for the DeprecationWarning CPython issues about it
     * (CPython: the {@code first_invalid_escape} out-parameter of the escape decoders).
     */
    static final class InvalidEscape {
        private String message;

        /** The warning's text, or null when every escape was valid. */
        String message() {
            return message;
        }

        /**
         * Notes the escape whose first character after the backslash is {@code s.charAt(at)},
         * unless an earlier one was noted.
         */
        // CPython: Parser/string_parser.c warn_invalid_escape_sequence (the message)
        void note(String s, int at) {
            if (message != null) {
                return;
            }
            char c = s.charAt(at);
            message = c >= '4' && c <= '7'
                    ? "invalid octal escape sequence '\\" + s.substring(at, at + 3) + "'"
                    : "invalid escape sequence '\\" + c + "'";
        }
    }

    /** The largest code point, {@code sys.maxunicode}. */
    private static final int MAX_UNICODE = 0x10ffff;

    // CPython: Parser/string_parser.c decode_unicode_with_escapes
    /**
     * Decodes a str literal's body {@code text[from, to)}, escapes included, onto {@code out},
     * noting the first invalid escape in {@code invalid}.
     */
    static void decodeUnicode(String text, int from, int to, StrValueBuilder out,
            InvalidEscape invalid) {
        boolean ascii = true;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            unicodeEscape(text, from, to, out, invalid);
            return;
        }
        checkUtf8Runs(text, from, to);
        String rewritten = rewriteToAscii(text, from, to);
        unicodeEscape(rewritten, 0, rewritten.length(), out, invalid);
    }

    /**
     * The source bytes behind {@code text[from, to)} must be valid UTF-8, as CPython's
     * {@code PyUnicode_DecodeUTF8} requires of a literal without escapes. The tokenizer passes
     * undecodable bytes through as lone surrogates U+DC80..U+DCFF (see {@code Utf8}).
     */
    // CPython: Parser/string_parser.c _PyPegen_parsestr (PyUnicode_DecodeUTF8Stateful)
    static void checkUtf8(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            // The low half of an astral character's surrogate pair may fall in the same range.
            if (Utf8.isEscapedByteAt(text, i)) {
                throw new DecodeError("(unicode error) "
                        + Utf8.decodeErrorMessage(Utf8.sourceBytes(text, from, to)));
            }
        }
    }

    /**
     * Like {@link #checkUtf8}, but run by run of non-ASCII characters, with positions counted
     * from the run's start: CPython's pre-pass decodes each such run on its own.
     */
    // CPython: Parser/string_parser.c decode_utf8
    private static void checkUtf8Runs(String text, int from, int to) {
        int i = from;
        while (i < to) {
            if (text.charAt(i) < 0x80) {
                i++;
                continue;
            }
            int run = i;
            while (i < to && text.charAt(i) >= 0x80) {
                i++;
            }
            checkUtf8(text, run, i);
        }
    }

    /**
     * CPython's pre-pass: non-ASCII code points to {@code \UXXXXXXXX}, a backslash that ends the
     * text or precedes a non-ASCII code point to the escape u005c, so it stays a backslash.
     */
    private static String rewriteToAscii(String text, int from, int to) {
        StringBuilder sb = new StringBuilder((to - from) * 2);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\\') {
                sb.append('\\');
                i++;
                if (i >= to || text.charAt(i) >= 0x80) {
                    sb.append("u005c");
                    if (i >= to) {
                        break;
                    }
                }
                c = text.charAt(i);
            }
            if (c >= 0x80) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                String hex = Integer.toHexString(cp);
                sb.append("\\U").append("00000000", 0, 8 - hex.length()).append(hex);
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    // CPython: Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeInternal (errors="strict")
    private static void unicodeEscape(String s, int from, int to, StrValueBuilder out,
            InvalidEscape invalid) {
        int backslash = s.indexOf('\\', from);
        if (backslash < 0 || backslash >= to) {
            out.append(s, from, to);
            return;
        }
        out.append(s, from, backslash);
        int i = backslash;
        while (i < to) {
            char c = s.charAt(i++);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            int start = i - 1;
            if (i >= to) {
                // CPython's pre-pass escaped a final backslash (as u005c): it stays literal.
                out.append('\\');
                break;
            }
            c = s.charAt(i++);
            switch (c) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.append(c);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'v' -> out.append('\u000b');
                case 'a' -> out.append('\u0007');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int ch = c - '0';
                    if (i < to && isOctal(s.charAt(i))) {
                        ch = (ch << 3) + s.charAt(i++) - '0';
                        if (i < to && isOctal(s.charAt(i))) {
                            ch = (ch << 3) + s.charAt(i++) - '0';
                        }
                    }
                    if (ch > 0377) {
                        invalid.note(s, i - 3);
                    }
                    out.appendEscaped(ch); // at most 0o777
                }
                case 'x', 'u', 'U' -> {
                    int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    String message = c == 'x' ? "truncated \\xXX escape"
                            : c == 'u' ? "truncated \\uXXXX escape"
                            : "truncated \\UXXXXXXXX escape";
                    long ch = 0;
                    for (; count > 0; i++, count--) {
                        if (i >= to) {
                            throw unicodeError(s, from, start, i, message);
                        }
                        int digit = Character.digit(s.charAt(i), 16);
                        if (digit < 0 || s.charAt(i) >= 0x80) {
                            throw unicodeError(s, from, start, i, message);
                        }
                        ch = (ch << 4) + digit;
                    }
                    if (ch > MAX_UNICODE) {
                        throw unicodeError(s, from, start, i, "illegal Unicode character");
                    }
                    out.appendEscaped((int) ch);
                }
                case 'N' -> i = namedEscape(s, from, to, start, i, out);
                default -> {
                    invalid.note(s, i - 1);
                    out.append('\\').append(c);
                }
            }
        }
    }

    /** {@code \N{name}}, with {@code i} just after the N; returns the index after the escape. */
    private static int namedEscape(String s, int from, int to, int start, int i,
            StrValueBuilder out) {
        String message = "malformed \\N character escape";
        if (i >= to) {
            throw unicodeError(s, from, start, i, message);
        }
        if (s.charAt(i) == '{') {
            int nameStart = ++i;
            while (i < to && s.charAt(i) != '}') {
                i++;
            }
            if (i >= to) {
                throw unicodeError(s, from, start, i, message);
            }
            if (i > nameStart) {
                i++;
                String found = UnicodeData.lookupName(s.substring(nameStart, i - 1));
                // Named sequences (several code points) are not allowed in \N{...}.
                if (found != null && found.codePointCount(0, found.length()) == 1) {
                    out.append(found);
                    return i;
                }
                message = "unknown Unicode character name";
            }
        }
        throw unicodeError(s, from, start, i, message);
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    // CPython: Objects/exceptions.c UnicodeDecodeError_str
    private static DecodeError unicodeError(String s, int from, int start, int end,
            String reason) {
        int startPos = start - from;
        int endPos = end - from;
        String where;
        if (endPos == startPos + 1) {
            where = String.format("can't decode byte 0x%02x in position %d", (int) s.charAt(start),
                    startPos);
        } else {
            where = "can't decode bytes in position " + startPos + "-" + (endPos - 1);
        }
        return new DecodeError("(unicode error) 'unicodeescape' codec " + where + ": " + reason);
    }

    // CPython: Objects/bytesobject.c _PyBytes_DecodeEscape (errors="strict")
    /**
     * Decodes a bytes literal's body {@code text[from, to)}, all ASCII, escapes included, noting
     * the first invalid escape in {@code invalid}.
     */
    static byte[] decodeBytes(String s, int from, int to, InvalidEscape invalid) {
        byte[] out = new byte[to - from];
        int n = 0;
        int i = from;
        while (i < to) {
            char c = s.charAt(i++);
            if (c != '\\') {
                out[n++] = (byte) c;
                continue;
            }
            if (i == to) {
                throw new DecodeError("(value error) Trailing \\ in string");
            }
            c = s.charAt(i++);
            switch (c) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out[n++] = (byte) c;
                case 'b' -> out[n++] = '\b';
                case 'f' -> out[n++] = '\f';
                case 't' -> out[n++] = '\t';
                case 'n' -> out[n++] = '\n';
                case 'r' -> out[n++] = '\r';
                case 'v' -> out[n++] = 0x0b;
                case 'a' -> out[n++] = 0x07;
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int ch = c - '0';
                    if (i < to && isOctal(s.charAt(i))) {
                        ch = (ch << 3) + s.charAt(i++) - '0';
                        if (i < to && isOctal(s.charAt(i))) {
                            ch = (ch << 3) + s.charAt(i++) - '0';
                        }
                    }
                    if (ch > 0377) {
                        invalid.note(s, i - 3);
                    }
                    out[n++] = (byte) ch; // values above 0o377 keep their low 8 bits
                }
                case 'x' -> {
                    int d1 = i + 1 < to ? Character.digit(s.charAt(i), 16) : -1;
                    int d2 = i + 1 < to ? Character.digit(s.charAt(i + 1), 16) : -1;
                    if (d1 < 0 || d2 < 0) {
                        throw new DecodeError("(value error) invalid \\x escape at position "
                                + (i - 2 - from));
                    }
                    out[n++] = (byte) ((d1 << 4) + d2);
                    i += 2;
                }
                default -> {
                    invalid.note(s, i - 1);
                    out[n++] = '\\';
                    i--;
                }
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
