package dev.krait.modules.tokenize;

import dev.krait.lexer.PythonSyntaxError;
import dev.krait.lexer.Token;
import dev.krait.lexer.TokenKind;
import dev.krait.lexer.Tokenizer;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.FrontEndErrors;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _tokenize.TokenizerIter(source)}: the tokens Krait's parser reads, one
 * {@code (string, type, lineno, end_lineno, col_offset, end_col_offset, line)} tuple each, as
 * CPython's C tokenizer hands them out -- exact operator types, no comments or blank lines,
 * byte columns, {@code -1} columns for INDENT and DEDENT -- until the end marker.
 *
 * <p>Three details of the C tokenizer are reproduced here rather than in {@link Tokenizer}, whose
 * parser never sees them: a NEWLINE after a comment spans that comment (its text and start are
 * the comment's); {@code line} is the tokenizer's input buffer, the physical line read last,
 * extended back over the lines a backslash or a string continues from; and an error the C
 * tokenizer only reports as an error token (bad indentation, a character after a line
 * continuation, a bracket still open at the end) ends the iteration quietly, while one it raises itself is a SyntaxError.
 *
 * <p>CPython counterpart: Python/Python-tokenize.c ({@code tokenizeriter_new_impl},
 * {@code tokenizeriter_next}).
 */
public final class PyTokenizerIter extends PyObject {
    public static final PyType TYPE = PyType.builtin("TokenizerIter", PyTokenizerIter.class,
            null).withModule("_tokenize");

    /** token.OP's number; the token types after it in {@link TokenKind} skip AWAIT and ASYNC. */
    private static final int OP = TokenKind.OP.ordinal();

    private final Tokenizer tokenizer;
    /** The source's physical lines, newlines translated, each with its {@code \n}. */
    private final List<String> lines;
    /** The first line of the input buffer (1-based), and the last line read into it. */
    private int bufferStart = 1;
    private int bufferEnd;
    /** Where the previous token ended: line, and byte column. */
    private int lastLine;
    private int lastEndCol;
    private boolean done;

    private PyTokenizerIter(PyType type, String source) {
        super(type);
        tokenizer = Tokenizer.forString(source, "<string>", true);
        lines = splitLines(source);
    }

    // CPython: Python/Python-tokenize.c tokenizeriter_new_impl
    @Exposed(value = "__new__($type, /, source)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject source) {
        if (!(source instanceof PyStr s)) {
            throw PyExceptions.typeError("tokenizeriter() argument 'source' must be str, not "
                    + (source == PyNone.NONE ? "None" : source.type().getName()));
        }
        CArgs.cString(s);
        return new PyTokenizerIter(cls, s.value());
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return this;
    }

    // CPython: Python/Python-tokenize.c tokenizeriter_next
    @Exposed("__next__($self, /)")
    public PyObject __next__() {
        if (done) {
            throw PyExceptions.stopIteration(PyStr.of("EOF"));
        }
        Token t;
        try {
            t = tokenizer.next();
        } catch (PythonSyntaxError e) {
            done = true;
            if (raisedByTokenizer(e)) {
                throw FrontEndErrors.syntaxError(e);
            }
            throw PyExceptions.stopIteration(PyStr.of("EOF"));
        }
        if (t.kind() == TokenKind.ENDMARKER || t.kind() == TokenKind.ERRORTOKEN) {
            done = true;
            throw PyExceptions.stopIteration(PyStr.of("EOF"));
        }
        int lineno = t.lineno();
        int endLineno = t.endLineno();
        if (lineno > bufferEnd && !continues(lineno - 1)) {
            bufferStart = Math.min(lineno, Math.max(1, lines.size()));
        }
        bufferEnd = Math.max(bufferEnd, endLineno);
        String text = t.text();
        int col = t.colOffset();
        int endCol = t.endColOffset();
        if (t.kind() == TokenKind.NEWLINE) {
            int comment = commentColumn(endLineno, endCol);
            if (comment >= 0) {
                text = byteSlice(line(endLineno), comment, endCol);
                col = comment;
            }
        }
        if (t.kind() != TokenKind.INDENT && t.kind() != TokenKind.DEDENT) {
            lastLine = endLineno;
            lastEndCol = endCol;
        }
        return PyTuple.of(PyStr.of(text), PyInt.of(number(t)), PyInt.of(lineno),
                PyInt.of(endLineno), PyInt.of(col), PyInt.of(endCol), PyStr.of(buffer()));
    }

    /** The number of AWAIT and ASYNC, which the C tokenizer gives those two names. */
    private static final int AWAIT = OP + 1;
    private static final int ASYNC = OP + 2;

    /** The {@code token} module's number of a token. */
    private static int number(Token t) {
        TokenKind kind = t.kind();
        if (kind == TokenKind.NAME) {
            return switch (t.text()) {
                case "await" -> AWAIT;
                case "async" -> ASYNC;
                default -> kind.ordinal();
            };
        }
        return kind.ordinal() <= OP ? kind.ordinal() : kind.ordinal() + 2;
    }

    /**
     * Whether the C tokenizer raises this error itself ({@code syntaxerror()}), rather than
     * returning an error token or an end that only the parser turns into an exception: the
     * indentation errors, a character after a line continuation and an unclosed bracket are of
     * the second kind.
     */
    // CPython: Parser/tokenizer.c indenterror, tok_get (E_TOODEEP, E_DEDENT, E_LINECONT)
    private static boolean raisedByTokenizer(PythonSyntaxError e) {
        return e.type == PythonSyntaxError.Type.SyntaxError
                && !e.msg.equals("unexpected character after line continuation character")
                && !e.msg.startsWith("unexpected EOF") && !e.msg.endsWith("was never closed");
    }

    /**
     * Whether line {@code n} ends with a backslash continuation: after its last token (or from
     * its start, if no token ended on it) only blanks and the backslash remain, so that a
     * backslash ending a comment does not count.
     */
    private boolean continues(int n) {
        if (n < 1 || n > lines.size()) {
            return false;
        }
        String l = lines.get(n - 1);
        if (!l.endsWith("\\\n")) {
            return false;
        }
        String tail = n == lastLine ? byteSlice(l, lastEndCol, Integer.MAX_VALUE) : l;
        return tail.strip().equals("\\");
    }

    /**
     * The byte column of a comment between the previous token and a NEWLINE at
     * {@code newlineCol} of line {@code n}, or -1: the C tokenizer starts the NEWLINE there.
     */
    private int commentColumn(int n, int newlineCol) {
        String l = line(n);
        int from = n == lastLine ? lastEndCol : 0;
        byte[] b = l.getBytes(StandardCharsets.UTF_8);
        for (int i = Math.max(0, from); i < Math.min(newlineCol, b.length); i++) {
            if (b[i] == '#') {
                return i;
            }
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\f') {
                return -1;
            }
        }
        return -1;
    }

    /** The tokenizer's buffer: the lines from {@link #bufferStart} to {@link #bufferEnd}. */
    private String buffer() {
        StringBuilder sb = new StringBuilder();
        for (int n = bufferStart; n <= bufferEnd && n <= lines.size(); n++) {
            sb.append(lines.get(n - 1));
        }
        return sb.toString();
    }

    private String line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }

    private static String byteSlice(String s, int from, int to) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int end = Math.min(to, b.length);
        return from >= end ? "" : new String(b, from, end - from, StandardCharsets.UTF_8);
    }

    /**
     * Physical lines as the string tokenizer sees them: {@code \r\n} and {@code \r} become
     * {@code \n}, and a last line without one gets it (exec input).
     */
    // CPython: Parser/tokenizer.c translate_newlines
    private static List<String> splitLines(String source) {
        String text = source.replace("\r\n", "\n").replace('\r', '\n');
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start) + "\n");
        }
        return out;
    }
}
