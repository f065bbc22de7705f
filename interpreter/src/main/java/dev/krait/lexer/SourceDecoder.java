package dev.krait.lexer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * Source bytes to source text, the way CPython's string tokenizer prepares {@code ast.parse(bytes)}
 * and a file run (CPython: Parser/tokenizer.c {@code decode_str}, {@code check_bom},
 * {@code check_coding_spec}): a UTF-8 byte order mark, then a PEP 263 coding cookie on line 1 or 2,
 * then decoding with the codec named.
 *
 * <p>UTF-8 (the default) is special in CPython: the bytes are not checked up front but only where a
 * token needs them decoded, so an invalid byte in a comment is harmless while one in an identifier
 * or a string literal is a SyntaxError at that token. To keep that laziness, invalid UTF-8 bytes
 * are
 * decoded the way Python's {@code surrogateescape} handler does it: byte {@code b} becomes the lone
 * surrogate {@code U+DC00+b}. Valid UTF-8 never decodes to a lone surrogate, so such a char in the
 * text stands for exactly one undecodable byte; {@link Utf8} turns them back into bytes and into
 * CPython's error message where a token needs it.
 */
public final class SourceDecoder {
    private SourceDecoder() {}

    /**
     * The decoded text and what {@code tokenize.detect_encoding} would call its encoding
     * ({@code "utf-8-sig"} when there was a BOM, else the cookie's normalised name or
     * {@code utf-8}). {@code declared} says whether a BOM or cookie named it, which is when
     * CPython's tokenizer has an encoding and turns byte offsets in parser errors into character
     * offsets. {@code translated} says the newlines were translated (and for exec input, the final
     * newline added) in the bytes before decoding, so the text is to be tokenized as it is.
     */
    public record Decoded(String text, String encoding, boolean declared, boolean translated) {
        public boolean isUtf8() {
            return encoding.equals("utf-8") || encoding.equals("utf-8-sig");
        }
    }

    /**
     * Decodes source bytes. Throws {@link PythonSyntaxError} as CPython does for an unknown
     * encoding,
     * a BOM with a cookie other than UTF-8, or bytes the named (non UTF-8) codec cannot decode.
     * Newlines are left as they are, except for a codec that is not ASCII-compatible (UTF-16 and
     * UTF-32), whose bytes are newline-translated before decoding as CPython does ({@link
     * Decoded#translated}); NUL bytes are not checked here (see {@link #checkNoNulBytes}).
     */
    // CPython: Parser/tokenizer.c decode_str
    public static Decoded decode(byte[] source, String filename) {
        return decode(source, filename, false, true);
    }

    /**
     * As {@link #decode(byte[], String)}; {@code execInput} is false for {@code eval} and
     * {@code single} input, which get no final newline, so a cookie on an unterminated last line
     * does not count.
     */
    public static Decoded decode(byte[] source, String filename, boolean execInput) {
        return decode(source, filename, false, execInput);
    }

    /**
     * Decodes a file being run, as CPython's file tokenizer does (CPython: Parser/tokenizer.c
     * {@code tok_underflow_file}, {@code fp_setreadl}): the same detection, but a codec that is
     * unknown or cannot decode the file is "encoding problem: NAME", without a position. (CPython
     * decodes the first 8 KiB at once and the rest lazily; Krait checks the whole file at once.)
     * Undecodable UTF-8 and NUL bytes are left to the tokenizer, which reports them line by line.
     */
    public static Decoded decodeFile(byte[] source, String filename) {
        return decode(source, filename, true, true);
    }

    private static Decoded decode(byte[] source, String filename, boolean file,
            boolean finalNewline) {
        int start = 0;
        boolean bom = source.length >= 3 && (source[0] & 0xFF) == 0xEF
                && (source[1] & 0xFF) == 0xBB && (source[2] & 0xFF) == 0xBF;
        if (bom) {
            start = 3;
        }
        String cookie = findCookie(source, start, finalNewline);
        if (cookie == null || cookie.equals("utf-8")) {
            String text = Utf8.decodeEscapingInvalid(source, start, source.length);
            return new Decoded(text, bom ? "utf-8-sig" : "utf-8", bom || cookie != null,
                    false);
        }
        if (bom) {
            throw file ? fileError("encoding problem: " + cookie + " with BOM", filename)
                    : initError("encoding problem: " + cookie + " with BOM", filename);
        }
        Charset charset = PythonCodecs.charsetFor(cookie);
        if (charset == null) {
            throw file ? fileError("encoding problem: " + cookie, filename)
                    : initError("unknown encoding: " + cookie, filename);
        }
        String canonical = PythonCodecs.canonical(cookie);
        if (file && (canonical.equals("utf_16") || canonical.equals("utf_32"))) {
            // the file tokenizer reads on through an io stream that starts at the last byte of the
            // cookie's line, never a byte order mark, which these codecs' incremental decoders
            // refuse (CPython: Parser/tokenizer.c fp_setreadl, check_coding_spec)
            throw fileError("encoding problem: " + cookie, filename);
        }
        if (file && WideUnicode.handles(canonical)) {
            // the same stream, in an order given by the name: it must decode (CPython decodes its
            // first line at once, later ones lazily; Krait checks the whole stream at once)
            int after = afterCookieLine(source, start);
            int from = Math.max(after - 1, start);
            String stream;
            try {
                stream = WideUnicode.decode(canonical,
                        java.util.Arrays.copyOfRange(source, from, source.length));
            } catch (WideUnicode.Failure e) {
                throw fileError("encoding problem: " + cookie, filename);
            }
            // the lines up to the cookie's were read as bytes; the stream's first line, read to
            // resynchronise, is dropped (its readline counts \r, \r\n and \n as newlines)
            String head = Utf8.decodeEscapingInvalid(source, start, after);
            int nl = 0;
            while (nl < stream.length() && stream.charAt(nl) != '\n' && stream.charAt(nl) != '\r') {
                nl++;
            }
            if (nl < stream.length() && stream.charAt(nl) == '\r'
                    && nl + 1 < stream.length() && stream.charAt(nl + 1) == '\n') {
                nl++;
            }
            String rest = nl < stream.length() ? stream.substring(nl + 1) : "";
            return new Decoded(head + rest, cookie, true, false);
        }
        if (!file && WideUnicode.handles(canonical)) {
            // CPython translates the newlines of string input before decoding it; for a codec
            // that is not ASCII-compatible this changes the code units, so it must be done here
            // CPython: Parser/tokenizer.c decode_str (translate_newlines, translate_into_utf8)
            byte[] translated = translateNewlines(source, finalNewline);
            try {
                return new Decoded(WideUnicode.decode(canonical, translated), cookie, true, true);
            } catch (WideUnicode.Failure e) {
                throw initError(e.getMessage(), filename);
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(
                    ByteBuffer.wrap(source, start, source.length - start));
            return new Decoded(chars.toString(), cookie, true, false);
        } catch (CharacterCodingException e) {
            throw file ? fileError("encoding problem: " + cookie, filename)
                    : initError(PythonCodecs.decodeErrorMessage(cookie, source, start), filename);
        }
    }

    /**
     * The bytes with {@code \r\n} and {@code \r} made {@code \n}, and for exec input a final
     * newline added when the last byte looked at is not one (which is also after a final
     * {@code \r\n}, whose {@code \n} CPython steps past), as CPython prepares string input.
     */
    // CPython: Parser/tokenizer.c translate_newlines
    private static byte[] translateNewlines(byte[] s, boolean execInput) {
        byte[] out = new byte[s.length + 1];
        int n = 0;
        for (int i = 0; i < s.length; i++) {
            byte b = s[i];
            if (b == '\r') {
                b = '\n';
                if (i + 1 < s.length && s[i + 1] == '\n') {
                    i++;
                }
            }
            out[n++] = b;
        }
        byte last = s.length == 0 ? 0 : s[s.length - 1];
        boolean stepsPastCrlf = s.length >= 2 && s[s.length - 1] == '\n'
                && s[s.length - 2] == '\r';
        if (execInput && (last != '\n' && last != '\r' || stepsPastCrlf)) {
            out[n++] = '\n';
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * CPython refuses source containing a NUL byte before tokenizing it (CPython:
     * Python/pythonrun.c {@code _Py_SourceAsString}): a SyntaxError without a position.
     */
    public static void checkNoNulBytes(byte[] source, String filename) {
        for (byte b : source) {
            if (b == 0) {
                throw nulBytesError(filename);
            }
        }
    }

    /** CPython's refusal of source with a NUL in it: a SyntaxError without a position. */
    static PythonSyntaxError nulBytesError(String filename) {
        return new PythonSyntaxError(PythonSyntaxError.Type.SyntaxError,
                "source code string cannot contain null bytes", filename, 0, 0, null, 0, 0);
    }

    /** A decoding failure of a file being run: a SyntaxError without any position. */
    static PythonSyntaxError fileError(String msg, String filename) {
        return new PythonSyntaxError(PythonSyntaxError.Type.SyntaxError, msg, filename, 0, 0, null,
                0, 0);
    }

    /** A decoding failure before tokenizing starts: position (0, -1), as CPython reports it. */
    // CPython: Parser/pegen_errors.c _PyPegen_raise_tokenizer_init_error
    private static PythonSyntaxError initError(String msg, String filename) {
        return new PythonSyntaxError(PythonSyntaxError.Type.SyntaxError, msg, filename, 0, -1, null,
                0, 0);
    }

    /**
     * The coding cookie's normalised name from line 1, or from line 2 when line 1 is blank or only
     * a comment; {@code null} if there is none. Lines end at {@code \n} or {@code \r} as CPython's
     * newline translation (done before the search) makes them.
     */
    // CPython: Parser/tokenizer.c check_coding_spec (called for lines 1 and 2 by decode_str)
    // finalNewline: a last line without a newline gets one before the search, as CPython's
    // newline translation gives exec input one and its file tokenizer fakes one
    // (CPython: Parser/tokenizer.c translate_newlines, tok_underflow_file)
    static String findCookie(byte[] s, int start, boolean finalNewline) {
        int end1 = lineEnd(s, start, finalNewline);
        if (end1 < 0) {
            return null; // CPython only looks at lines that end with a newline
        }
        String spec = codingSpec(s, start, end1 - start);
        if (spec != null) {
            return spec;
        }
        if (!onlyCommentOrBlank(s, start, end1)) {
            return null;
        }
        if (end1 == s.length) {
            return null;
        }
        boolean crlf = s[end1] == '\r' && end1 + 1 < s.length && s[end1 + 1] == '\n';
        int start2 = end1 + (crlf ? 2 : 1);
        int end2 = lineEnd(s, start2, finalNewline);
        if (end2 < 0) {
            return null;
        }
        return codingSpec(s, start2, end2 - start2);
    }

    /** The index just past the newline of the line holding the cookie (at most the length). */
    private static int afterCookieLine(byte[] s, int start) {
        int end = lineEnd(s, start, true);
        if (codingSpec(s, start, end - start) == null) {
            end = lineEnd(s, afterNewline(s, end), true);
        }
        return afterNewline(s, end);
    }

    private static int afterNewline(byte[] s, int end) {
        if (end < s.length && s[end] == '\r' && end + 1 < s.length && s[end + 1] == '\n') {
            return end + 2;
        }
        return Math.min(end + 1, s.length);
    }

    private static int lineEnd(byte[] s, int from, boolean finalNewline) {
        for (int i = from; i < s.length; i++) {
            if (s[i] == '\n' || s[i] == '\r') {
                return i;
            }
        }
        return finalNewline && from < s.length ? s.length : -1;
    }

    private static boolean onlyCommentOrBlank(byte[] s, int from, int end) {
        for (int i = from; i < end; i++) {
            byte b = s[i];
            if (b == '#') {
                return true;
            }
            if (b != ' ' && b != '\t' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    /** The coding spec in one line of {@code size} bytes (its newline excluded), or null. */
    // CPython: Parser/tokenizer.c get_coding_spec
    private static String codingSpec(byte[] s, int from, int size) {
        int limit = size - 6;
        int i = 0;
        for (; i < limit; i++) {
            byte b = s[from + i];
            if (b == '#') {
                break;
            }
            if (b != ' ' && b != '\t' && b != '\f') {
                return null;
            }
        }
        for (; i < limit; i++) {
            int t = from + i;
            if (!matches(s, t, "coding")) {
                continue;
            }
            t += 6;
            if (t >= s.length || (s[t] != ':' && s[t] != '=')) {
                continue;
            }
            do {
                t++;
            } while (t < s.length && (s[t] == ' ' || s[t] == '\t'));
            int begin = t;
            while (t < s.length && isSpecChar(s[t])) {
                t++;
            }
            if (begin < t) {
                return normalName(new String(s, begin, t - begin,
                        java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return null;
    }

    private static boolean matches(byte[] s, int at, String word) {
        if (at + word.length() > s.length) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (s[at + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpecChar(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                || b == '-' || b == '_' || b == '.';
    }

    /** Folds the spellings of UTF-8 and Latin-1 that CPython folds; other names stay as written. */
    // CPython: Parser/tokenizer.c get_normal_name
    static String normalName(String spec) {
        StringBuilder sb = new StringBuilder(12);
        for (int i = 0; i < spec.length() && i < 12; i++) {
            char c = spec.charAt(i);
            sb.append(c == '_' ? '-' : Character.toLowerCase(c));
        }
        String buf = sb.toString();
        if (buf.equals("utf-8") || buf.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (buf.equals("latin-1") || buf.equals("iso-8859-1") || buf.equals("iso-latin-1")
                || buf.startsWith("latin-1-") || buf.startsWith("iso-8859-1-")
                || buf.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return spec;
    }
}
