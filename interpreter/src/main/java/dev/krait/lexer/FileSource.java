package dev.krait.lexer;

import dev.krait.lexer.PythonSyntaxError.Type;

/**
 * What changes when CPython reads source from a file, as {@code python3 FILE} does, rather than from
 * a string, as {@code ast.parse} and {@code compile} do. The file tokenizer reads one line at a time
 * and checks each line as it arrives, so its errors differ from the string tokenizer's:
 * <ul>
 * <li>a problem with the declared encoding is "encoding problem: NAME", without a location;
 * <li>a line that is not UTF-8, when no encoding was declared yet, is "Non-UTF-8 code starting
 *     with '\xNN' in file F on line N, but no encoding declared; ...", without a location;
 * <li>a NUL byte is "source code cannot contain null bytes" on its line, once that line is read;
 * <li>at the end of the file the line buffer is emptied, so errors reported there at "the
 *     tokenizer's position" get column 0.
 * </ul>
 * {@link Tokenizer#forFile} makes a tokenizer that behaves so; this class holds the checks.
 */
// CPython: Parser/tokenizer.c tok_underflow_file, ensure_utf8, valid_utf8, check_coding_spec
final class FileSource {
    private FileSource() {}

    /**
     * The error the file tokenizer raises for an encoding the string tokenizer rejected with
     * {@code stringError}: CPython opens the file in the declared encoding when it reads the cookie
     * and reports any failure to do so (unknown codec, bytes it cannot decode) the same way.
     */
    static PythonSyntaxError encodingError(PythonSyntaxError stringError, byte[] source,
            int start) {
        if (stringError.msg.startsWith("encoding problem: ")) {
            return withoutLocation(stringError.msg);
        }
        String cookie = SourceDecoder.findCookie(source, start);
        if (cookie == null) {
            return stringError;
        }
        return withoutLocation("encoding problem: " + cookie);
    }

    /**
     * Checks one line as the file tokenizer reads it: {@code utf8Check} when no encoding has been
     * declared by then. Throws the error CPython raises, if any.
     */
    static void checkLine(Tokenizer t, int from, int end, int lineno, boolean utf8Check) {
        int nul = from;
        while (nul < end && t.s[nul] != 0) {
            nul++;
        }
        if (utf8Check) {
            checkUtf8(t, from, nul, lineno);
        }
        if (nul < end) {
            // CPython: Parser/tokenizer.c tok_nextc; the text stops at the NUL, as C strings do
            String text = Utf8.replaceDecode(java.nio.CharBuffer.wrap(t.s), from, nul);
            throw new PythonSyntaxError(Type.SyntaxError, "source code cannot contain null bytes",
                    t.filename, lineno, 0, text, lineno, 0);
        }
    }

    /** CPython: ensure_utf8 with its lenient {@code valid_utf8}, over the line's bytes. */
    private static void checkUtf8(Tokenizer t, int from, int to, int lineno) {
        boolean escaped = false;
        for (int i = from; i < to && !escaped; i++) {
            escaped = Utf8.isEscapedByte(t.s[i]);
        }
        if (!escaped) {
            return;
        }
        byte[] line = Utf8.sourceBytes(java.nio.CharBuffer.wrap(t.s), from, to);
        int i = 0;
        while (i < line.length) {
            int length = validUtf8(line, i);
            if (length == 0) {
                throw withoutLocation(String.format("Non-UTF-8 code starting with '\\x%02x' in file"
                        + " %s on line %d, but no encoding declared; see"
                        + " https://peps.python.org/pep-0263/ for details", line[i] & 0xFF,
                        t.filename, lineno));
            }
            i += length;
        }
    }

    /** CPython: valid_utf8, which checks lead and continuation bytes only. */
    private static int validUtf8(byte[] s, int i) {
        int c = s[i] & 0xFF;
        if (c < 0x80) {
            return 1;
        }
        int expected;
        if (c < 0xC0) {
            return 0;
        } else if (c < 0xE0) {
            expected = 1;
        } else if (c < 0xF0) {
            expected = 2;
        } else if (c < 0xF8) {
            expected = 3;
        } else {
            return 0;
        }
        for (int k = 1; k <= expected; k++) {
            // past the end reads the C string's NUL terminator, which is no continuation byte
            int b = i + k < s.length ? s[i + k] & 0xFF : 0;
            if (b < 0x80 || b >= 0xC0) {
                return 0;
            }
        }
        return expected + 1;
    }

    /**
     * A SyntaxError raised with its message only, as {@code PyErr_Format} makes it: Krait gives it
     * no filename and line 0, which {@code SyntaxErrorDisplay} shows as CPython shows it.
     */
    private static PythonSyntaxError withoutLocation(String msg) {
        return new PythonSyntaxError(Type.SyntaxError, msg, null, 0, 0, null, 0, 0);
    }
}
