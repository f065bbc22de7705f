package dev.krait.lexer;

import dev.krait.lexer.PythonSyntaxError.Type;

/**
 * Builds SyntaxErrors from a {@link Tokenizer}'s state, with the positions and source text CPython
 * gives them. There are two builders in CPython, and both are here:
 * <ul>
 * <li>the tokenizer's own {@code syntaxerror} (CPython: Parser/tokenizer.c
 *     {@code _syntaxerror_range}), whose offset counts the characters up to {@code tok->cur};
 * <li>the parser's {@code RAISE_ERROR_KNOWN_LOCATION} and {@code RAISE_SYNTAX_ERROR} (CPython:
 *     Parser/pegen.h, Parser/pegen_errors.c {@code _PyPegen_raise_error_known_location}), which
 *     take byte columns and turn them into character offsets only when the tokenizer has an
 *     encoding. CPython's parser raises the errors that the tokenizer only signals (bad dedent,
 *     tabs, EOF in a statement, unclosed bracket) this way, and so must Krait's parser
 *     raise its own.
 * </ul>
 */
public final class TokenizerErrors {
    /** CPython's {@code CURRENT_POS}: "where the tokenizer is now" for an end line or column. */
    public static final int CURRENT_POS = -5;

    /** How CPython's tokenizer reported an error, which decides what a later check does. */
    enum Origin {
        /** The tokenizer raised the SyntaxError itself ({@code syntaxerror}). */
        TOKENIZER,
        /** The tokenizer only set {@code tok->done}; the parser built the error. */
        SIGNALLED,
        /** A name did not decode: a UnicodeDecodeError the parser turned into a SyntaxError. */
        DECODE
    }

    private final Tokenizer t;
    /** The origin of the last error built; see {@link Tokenizer#checkRestOfSource}. */
    Origin lastOrigin = Origin.TOKENIZER;
    /** For a {@link Origin#DECODE} error: the UnicodeDecodeError's text. */
    String lastDecodeMessage;

    TokenizerErrors(Tokenizer t) {
        this.t = t;
    }

    // --- the tokenizer's own errors ---

    /** An error at the tokenizer's current position. */
    // CPython: Parser/tokenizer.c syntaxerror
    PythonSyntaxError syntaxError(String msg) {
        lastOrigin = Origin.TOKENIZER;
        String upToCur = Utf8.replaceDecode(chars(), t.lineStart, t.cur);
        int col = upToCur.codePointCount(0, upToCur.length());
        return new PythonSyntaxError(Type.SyntaxError, msg, t.filename, t.lineno, col,
                currentLineText(upToCur), t.lineno, col);
    }

    /** "leading zeros ...", whose range CPython gives in bytes and never converts. */
    // CPython: Parser/tokenizer.c syntaxerror_known_range
    PythonSyntaxError leadingZeros(int zerosEnd) {
        lastOrigin = Origin.TOKENIZER;
        String upToCur = Utf8.replaceDecode(chars(), t.lineStart, t.cur);
        int col = Utf8.byteLength(t.s, t.lineStart, t.tokStart) + 1;
        int endCol = Utf8.byteLength(t.s, t.lineStart, zerosEnd);
        return new PythonSyntaxError(Type.SyntaxError, "leading zeros in decimal integer literals "
                + "are not permitted; use an 0o prefix for octal integers", t.filename, t.lineno,
                col, currentLineText(upToCur), t.lineno, endCol);
    }

    /** The current line up to its newline, as {@code _syntaxerror_range} picks it. */
    private String currentLineText(String upToCur) {
        int end = t.lineStart;
        while (end < t.n && t.s[end] != '\n') {
            end++;
        }
        if (end - t.lineStart == t.cur - t.lineStart) {
            return upToCur;
        }
        return Utf8.replaceDecode(chars(), t.lineStart, end);
    }

    /** An undecodable byte in a name: "(unicode error) 'utf-8' codec can't decode ...". */
    // CPython: Parser/pegen_errors.c _Pypegen_raise_decode_error
    PythonSyntaxError decodeError(byte[] tokenBytes) {
        lastDecodeMessage = Utf8.decodeErrorMessage(tokenBytes);
        PythonSyntaxError e = atErrorToken(Type.SyntaxError, "(unicode error) "
                + lastDecodeMessage);
        lastOrigin = Origin.DECODE;
        return e;
    }

    // --- errors CPython's parser raises for what the tokenizer signalled ---
    // CPython: Parser/pegen_errors.c _Pypegen_tokenizer_error

    PythonSyntaxError tabError() {
        lastOrigin = Origin.SIGNALLED;
        t.cur = t.inp;
        return raiseKnownLocation(Type.TabError, t.lineno, 0, t.lineno, -1,
                "inconsistent use of tabs and spaces in indentation");
    }

    PythonSyntaxError tooDeep() {
        lastOrigin = Origin.SIGNALLED;
        t.cur = t.inp;
        return raiseKnownLocation(Type.IndentationError, t.lineno, 0, t.lineno, -1,
                "too many levels of indentation");
    }

    PythonSyntaxError dedentMismatch() {
        lastOrigin = Origin.SIGNALLED;
        t.cur = t.inp;
        return atErrorToken(Type.IndentationError,
                "unindent does not match any outer indentation level");
    }

    PythonSyntaxError lineContinuation() {
        lastOrigin = Origin.SIGNALLED;
        // CPython has read one byte of the character after the backslash: its column is the
        // number of bytes before that character
        int col = Utf8.byteLength(t.s, t.bufStart, t.cur - 1);
        return raiseKnownLocation(Type.SyntaxError, t.lineno, col, t.lineno, -1,
                "unexpected character after line continuation character");
    }

    PythonSyntaxError unexpectedEof() {
        lastOrigin = Origin.SIGNALLED;
        if (t.level > 0) {
            return unclosedParenthesis();
        }
        return atErrorToken(Type.SyntaxError, "unexpected EOF while parsing");
    }

    /** "'(' was never closed", at the innermost open bracket. */
    // CPython: Parser/pegen_errors.c raise_unclosed_parentheses_error
    public PythonSyntaxError unclosedParenthesis() {
        lastOrigin = Origin.SIGNALLED;
        int i = t.level - 1;
        int lineno = t.parenLinenoStack[i];
        return raiseKnownLocation(Type.SyntaxError, lineno, t.parenColStack[i], lineno, -1,
                "'" + t.parenstack[i] + "' was never closed");
    }

    // --- the parser's builders ---

    /**
     * CPython's {@code RAISE_SYNTAX_ERROR} family ({@code _PyPegen_raise_error}) with {@code token}
     * as the last token read: its start (or, for a token without columns, the tokenizer's position)
     * to its end.
     */
    public PythonSyntaxError atToken(Type type, Token token, String msg) {
        int col;
        if (token.colOffset() == -1) {
            col = t.cur == t.bufStart ? 0 : Utf8.byteLength(t.s, t.lineStart, t.cur);
        } else {
            col = token.colOffset() + 1;
        }
        int endCol = token.endColOffset() != -1 ? token.endColOffset() + 1 : -1;
        return errorKnownLocation(type, token.lineno(), col, token.endLineno(), endCol, msg);
    }

    /** {@link #atToken} for the error token CPython's parser records when the tokenizer fails. */
    PythonSyntaxError atErrorToken(Type type, String msg) {
        int col = t.shiftColumn(-1);
        return atToken(type, new Token(TokenKind.ERRORTOKEN, "", t.lineno, col, t.lineno, col),
                msg);
    }

    /**
     * CPython's {@code RAISE_ERROR_KNOWN_LOCATION}: 0-based byte columns of the error's range
     * ({@code endColOffset} -1 for none, or {@link #CURRENT_POS}).
     */
    public PythonSyntaxError raiseKnownLocation(Type type, int lineno, int colOffset, int endLineno,
            int endColOffset, String msg) {
        int col = colOffset == CURRENT_POS ? CURRENT_POS : colOffset + 1;
        int endCol = endColOffset == CURRENT_POS ? CURRENT_POS : endColOffset + 1;
        return errorKnownLocation(type, lineno, col, endLineno, endCol, msg);
    }

    /**
     * The error with CPython's source text and offsets, given 1-based byte offsets (as
     * {@code _PyPegen_raise_error_known_location} receives them). The text is the tokenizer's
     * current buffer when the error is on the current line or later, else line {@code lineno}.
     */
    // CPython: Parser/pegen_errors.c _PyPegen_raise_error_known_location
    public PythonSyntaxError errorKnownLocation(Type type, int lineno, int col, int endLineno,
            int endCol, String msg) {
        if (endLineno == CURRENT_POS) {
            endLineno = t.lineno;
        }
        if (endCol == CURRENT_POS) {
            endCol = Utf8.byteLength(t.s, t.lineStart, t.cur);
        }
        String errorLine = t.fileInput ? fileLine(lineno) : null;
        if (errorLine != null) {
            // CPython read it from the file (PyErr_ProgramTextObject)
        } else if (t.lineno <= lineno && t.inp > t.bufStart) {
            errorLine = Utf8.replaceDecode(chars(), t.bufStart, t.inp);
        } else {
            errorLine = lineFromBuffer(lineno);
        }
        if (t.isFStringExpression()) {
            msg = "f-string: " + msg;
            col -= t.startingColOffset;
            endCol -= t.startingColOffset;
        }
        int colNumber = col;
        int endColNumber = endCol;
        if (t.hasEncoding) {
            colNumber = Utf8.characterOffset(errorLine, Math.max(col, 0));
            if (endColNumber > 0) {
                endColNumber = Utf8.characterOffset(errorLine, endCol);
            }
        }
        return new PythonSyntaxError(type, msg, t.filename, lineno, colNumber, errorLine,
                endLineno, endColNumber);
    }

    /**
     * Line {@code lineno} of the file being run as CPython reads it back for an error message, with
     * its newline if it has one, or {@code null} where CPython finds none: past the end, or not
     * valid UTF-8 when no encoding was declared.
     */
    // CPython: Python/errors.c err_programtext
    private String fileLine(int lineno) {
        if (lineno < 1) {
            return null;
        }
        int start = 0;
        for (int i = 1; i < lineno; i++) {
            while (start < t.sourceEnd && t.s[start] != '\n') {
                start++;
            }
            start++;
        }
        if (start >= t.sourceEnd) {
            return null;
        }
        int end = start;
        while (end < t.sourceEnd && t.s[end] != '\n') {
            end++;
        }
        end = Math.min(end + 1, t.sourceEnd);
        for (int i = start; i < end; i++) {
            if (Utf8.isEscapedByteAt(t.s, i) && !t.hasEncoding) {
                return null;
            }
        }
        String line = Utf8.replaceDecode(chars(), start, end);
        // CPython decodes the line as "utf-8", which keeps a BOM
        return lineno == 1 && t.fileBom ? "\uFEFF" + line : line;
    }

    /** Line {@code lineno} without its newline, read no further than the tokenizer has. */
    // CPython: Parser/pegen_errors.c get_error_line_from_tokenizer_buffers
    private String lineFromBuffer(int lineno) {
        int relative = t.isFStringExpression() ? lineno - t.startingLineno + 1 : lineno;
        if (t.undecodedSource != null) {
            return undecodedLine(relative);
        }
        int start = 0;
        for (int i = 0; i < relative - 1; i++) {
            int nl = start;
            while (nl < t.n && t.s[nl] != '\n') {
                nl++;
            }
            if (nl >= t.n || nl + 1 > t.inp) {
                break;
            }
            start = nl + 1;
        }
        int end = start;
        while (end < t.n && t.s[end] != '\n') {
            end++;
        }
        return Utf8.replaceDecode(chars(), start, end);
    }

    /**
     * Line {@code lineno} (counting {@code \r\n}, {@code \r} and {@code \n} as newlines) of
     * source whose cookie named another encoding than UTF-8, without its newline, as CPython shows
     * it: {@code tok->str} holds the source as given, not the UTF-8 it was decoded to, and is read
     * as UTF-8 ({@code "replace"}), so that "\xe1{" in cp1252 shows as "\ufffd{". The limit
     * CPython checks while walking the lines is a pointer into the decoded buffer, which in
     * practice never stops the walk before a line that exists.
     */
    private String undecodedLine(int lineno) {
        byte[] b = t.undecodedSource;
        int start = 0;
        for (int i = 1; i < lineno; i++) {
            int nl = start;
            while (nl < b.length && b[nl] != '\n' && b[nl] != '\r') {
                nl++;
            }
            if (nl >= b.length) {
                break;
            }
            start = b[nl] == '\r' && nl + 1 < b.length && b[nl + 1] == '\n' ? nl + 2 : nl + 1;
        }
        int end = start;
        while (end < b.length && b[end] != '\n' && b[end] != '\r') {
            end++;
        }
        String escaped = Utf8.decodeEscapingInvalid(b, start, end);
        return Utf8.replaceDecode(escaped, 0, escaped.length());
    }

    private CharSequence chars() {
        return java.nio.CharBuffer.wrap(t.s);
    }
}
