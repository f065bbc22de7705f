package dev.krait.runtime;

import dev.krait.lexer.PythonSyntaxError;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Prints an uncaught SyntaxError, IndentationError or TabError exactly as CPython 3.11's default
 * excepthook does when a file fails to compile: the {@code File "...", line N} header, the
 * offending source line without its indentation, a caret line, then {@code SyntaxError: msg}.
 *
 * <p>CPython computes the caret line in C over the line's UTF-8 bytes while its offsets count
 * characters, so a line with non-ASCII text before the error gets carets that mix the two units.
 * Users see that mixture, so this class reproduces it on purpose: every length below is a byte
 * length where CPython's is, and every offset stays a character offset where CPython's does.
 */
public final class SyntaxErrorDisplay {
    private SyntaxErrorDisplay() {}

    /** Writes the whole report for {@code error} to {@code err}, as {@code python3 FILE} would. */
    public static void print(PythonSyntaxError error, PrintStream err) {
        err.print(format(error));
        err.flush();
    }

    /**
     * The text {@link #print} writes.
     *
     * <p>CPython: Python/pythonrun.c {@code print_exception},
     * {@code print_exception_file_and_line},
     * {@code parse_syntax_error}, {@code print_exception_message}.
     */
    public static String format(PythonSyntaxError error) {
        StringBuilder out = new StringBuilder(location(error));
        out.append(error.type.name());
        if (!error.msg.isEmpty()) {
            out.append(": ").append(error.msg);
        }
        out.append('\n');
        return out.toString();
    }

    /** The {@code File ..., line N} header, source line and carets, without the last line. */
    public static String location(PythonSyntaxError error) {
        StringBuilder out = new StringBuilder();
        if (hasLocation(error)) {
            String filename = error.filename == null ? "<string>" : error.filename;
            out.append("  File \"").append(filename).append("\", line ").append(error.lineno)
                    .append('\n');
            if (error.text != null) {
                appendSourceAndCarets(out, error);
            }
        }
        return out.toString();
    }

    /**
     * Whether the error has a location to show. CPython raises some errors with the message only
     * ({@code SyntaxError("encoding problem: ...")} while reading a file's encoding declaration):
     * their {@code lineno} is None, and {@code parse_syntax_error} then fails, so nothing but the
     * last line is printed. Krait's lexer stands for that with line 0, offset 0 and no text (an
     * error CPython places on line 0 has offset -1, or a text).
     */
    private static boolean hasLocation(PythonSyntaxError error) {
        return error.lineno != 0 || error.offset != 0 || error.text != null;
    }

    /**
     * The source line and caret line. Only a plain SyntaxError contributes its end position: for
     * the subclasses CPython's {@code parse_syntax_error} ignores it (one caret).
     */
    private static void appendSourceAndCarets(StringBuilder out, PythonSyntaxError error) {
        byte[] line = error.text.getBytes(StandardCharsets.UTF_8);
        boolean plain = error.type == PythonSyntaxError.Type.SyntaxError;
        long endLineno = plain && error.endLineno > 0 ? error.endLineno : error.lineno;
        long endOffset = plain && error.endOffset > 0 ? error.endOffset : -1;
        // A range over several lines is shown up to the end of its first line only.
        if (endLineno > error.lineno) {
            endOffset = line.length;
        }
        // Never more carets than the line (plus one for its end) can hold.
        if (endOffset > line.length + 1) {
            endOffset = line.length + 1;
        }
        appendErrorText(out, error.offset, endOffset, line);
    }

    /** CPython: Python/pythonrun.c {@code print_error_text}, over the UTF-8 bytes of the line. */
    private static void appendErrorText(StringBuilder out, long offset, long endOffset,
            byte[] text) {
        long carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        offset--;
        int start = 0;
        while (start < text.length && isIndentByte(text[start])) {
            start++;
            offset--;
        }
        // C strings end at the first NUL byte; CPython's copy of the line does too.
        int stop = start;
        while (stop < text.length && text[stop] != 0) {
            stop++;
        }
        long len = stop - start;
        if (len > 0 && text[stop - 1] == '\n') {
            len--;
        }
        if (offset > len) {
            offset = len;
        }
        // When the text holds several lines, show the one the offset falls in.
        while (true) {
            int nl = indexOfNewline(text, start, stop);
            if (nl < 0) {
                break;
            }
            long inl = nl - start;
            if (inl >= offset) {
                break;
            }
            inl++;
            start += (int) inl;
            len -= inl;
            offset -= inl;
        }
        out.append("    ").append(new String(text, start, stop - start, StandardCharsets.UTF_8));
        int lastIndex = start + (int) len;
        if (lastIndex >= stop || text[lastIndex] != '\n') {
            out.append('\n');
        }
        if (offset < 0) {
            return;
        }
        out.append("    ");
        out.append(" ".repeat((int) offset));
        out.append("^".repeat((int) Math.min(carets, Integer.MAX_VALUE - 16)));
        out.append('\n');
    }

    private static boolean isIndentByte(byte b) {
        return b == ' ' || b == '\t' || b == '\f';
    }

    private static int indexOfNewline(byte[] text, int from, int stop) {
        for (int i = from; i < stop; i++) {
            if (text[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
