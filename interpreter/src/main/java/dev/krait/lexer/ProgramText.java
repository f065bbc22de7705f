package dev.krait.lexer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The source line a parser error shows, read back from the file the source is named after.
 *
 * <p>When CPython's parser raises an error in a module ({@code file} input, as {@code python3 FILE}
 * and {@code compile(source, filename, "exec")} parse), it does not take the line from the source
 * it was given: it opens the file called {@code filename} and reads line {@code lineno} from it,
 * with universal newlines, decoded in the source's declared encoding. Only when that fails (no such
 * file, as for {@code "<unknown>"}, or too few lines) does it fall back to the tokenizer's
 * buffers. The difference shows: after a backslash continuation the buffer holds several lines,
 * and the file's line keeps its newline, which counts in the caret range of a multi-line error.
 */
// CPython: Python/errors.c _PyErr_ProgramDecodedTextObject, err_programtext
final class ProgramText {
    /** CPython reads the line in chunks of this buffer size, and keeps only the last chunk. */
    private static final int BUFFER_SIZE = 1000;

    private ProgramText() {}

    /**
     * Line {@code lineno} of the file {@code filename}, or {@code null} when CPython would get
     * none. {@code encoding} is the tokenizer's ({@code null} when the source declared none, and
     * then the line must be strict UTF-8).
     */
    static String line(String filename, int lineno, String encoding) {
        if (filename == null || lineno <= 0) {
            return null;
        }
        byte[] file;
        try {
            file = Files.readAllBytes(Path.of(filename));
        } catch (IOException | InvalidPathException | SecurityException e) {
            return null;
        }
        byte[] buf = new byte[BUFFER_SIZE];
        int[] pos = {0};
        int length = 0;
        int i;
        lines:
        for (i = 0; i < lineno; i++) {
            do {
                buf[BUFFER_SIZE - 2] = 0;
                length = fgets(file, pos, buf);
                if (length < 0) {
                    break lines;
                }
            } while (buf[BUFFER_SIZE - 2] != 0 && buf[BUFFER_SIZE - 2] != '\n');
        }
        if (i != lineno) {
            return null;
        }
        int strlen = 0;
        while (strlen < length && buf[strlen] != 0) {
            strlen++;
        }
        return decode(buf, strlen, encoding);
    }

    /**
     * One call of CPython's {@code Py_UniversalNewlineFgets}: up to {@code buf.length - 1} bytes,
     * through the first newline, {@code \r\n} and {@code \r} read as {@code \n}. Returns how many
     * bytes it stored, or -1 at the end of the file.
     */
    // CPython: Objects/fileobject.c Py_UniversalNewlineFgets
    private static int fgets(byte[] file, int[] pos, byte[] buf) {
        int p = 0;
        int n = buf.length;
        boolean skipNextLf = false;
        int at = pos[0];
        while (--n > 0 && at < file.length) {
            int c = file[at++] & 0xFF;
            if (skipNextLf) {
                skipNextLf = false;
                if (c == '\n') {
                    if (at >= file.length) {
                        break;
                    }
                    c = file[at++] & 0xFF;
                }
            }
            if (c == '\r') {
                skipNextLf = true;
                c = '\n';
            }
            buf[p++] = (byte) c;
            if (c == '\n') {
                break;
            }
        }
        if (skipNextLf && at < file.length && file[at] == '\n') {
            at++;
        }
        pos[0] = at;
        if (p < buf.length) {
            buf[p] = 0;
        }
        return p == 0 ? -1 : p;
    }

    /** CPython: {@code PyUnicode_Decode(line, encoding, "replace")}, or strict UTF-8 without one. */
    private static String decode(byte[] buf, int length, String encoding) {
        if (encoding == null) {
            String text = Utf8.decodeEscapingInvalid(buf, 0, length);
            for (int i = 0; i < text.length(); i++) {
                if (Utf8.isEscapedByte(text.charAt(i))) {
                    return null;
                }
            }
            return text;
        }
        String norm = PythonCodecs.normalize(encoding);
        if (norm.equals("utf_8") || norm.equals("utf8")) {
            String text = Utf8.decodeEscapingInvalid(buf, 0, length);
            return Utf8.replaceDecode(text, 0, text.length());
        }
        Charset charset = PythonCodecs.charsetFor(encoding);
        if (charset == null) {
            return null;
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(buf, 0, length)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }
}
