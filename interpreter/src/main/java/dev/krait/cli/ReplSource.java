package dev.krait.cli;

import dev.krait.ast.Mod;
import dev.krait.ast.Stmt;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.parser.Parser;
import java.util.List;

/**
 * Decides, after each line typed at the prompt, whether the lines so far make a statement to
 * run, need more lines, or hold a syntax error to report — what CPython's interactive tokenizer
 * decides by asking for another line (with {@code sys.ps2}) whenever its parser wants a token
 * past the lines typed. Krait's parser reads a whole string, so the same question is answered
 * from its outcome, in the manner of Lib/codeop.py {@code _maybe_compile}:
 * <ul>
 * <li>a compound statement ({@code if}, {@code def}, ...) goes on until a blank line, since the
 *     interactive grammar ({@code statement_newline: compound_stmt NEWLINE}) wants an empty line
 *     after it;
 * <li>an error the tokenizer reports at the end of the text (an open bracket, a triple-quoted
 *     string, a backslash) asks for more;
 * <li>any other error asks for more only if it moves past the text when an empty line is
 *     added (an {@code if} with no body yet, a lone decorator): then the parser was waiting for
 *     the next line; otherwise it is the error CPython reports, at once.
 * </ul>
 *
 * <p>CPython counterpart: Parser/tokenizer.c {@code tok_underflow_interactive}, Parser/pegen.c
 * {@code _PyPegen_run_parser} (its {@code incomplete input}), Lib/codeop.py.
 */
final class ReplSource {
    private ReplSource() {}

    /** What the lines typed so far are. */
    sealed interface Outcome {}

    /** Nothing to run: blank lines and comments. */
    record Empty() implements Outcome {}

    /** The lines are not a whole statement yet: read another with {@code sys.ps2}. */
    record More() implements Outcome {}

    /** A statement to compile and run. */
    record Complete(Mod statement) implements Outcome {}

    /** A syntax error to report; the lines are dropped. */
    record Error(PythonSyntaxError error) implements Outcome {}

    /**
     * What {@code lines} (each without its line end) are. At {@code endOfInput} no more lines
     * can come, so the text is taken as it is.
     */
    static Outcome classify(List<String> lines, boolean endOfInput) {
        if (lines.size() == 1 && isBlankOrComment(lines.get(0))) {
            return new Empty();
        }
        String text = String.join("\n", lines) + "\n";
        boolean closed = endOfInput || lines.size() > 1 && lines.getLast().isBlank();
        Mod statement;
        try {
            statement = Parser.parse(text, "<stdin>", Parser.Mode.SINGLE);
        } catch (PythonSyntaxError e) {
            if (endOfInput) {
                return new Error(e);
            }
            if (endsInsideToken(e)) {
                return new More();
            }
            if (!closed && waitsForNextLine(text, lines.size())) {
                return new More();
            }
            return new Error(atPromptColumn(e));
        }
        if (!closed && isCompound(statement)) {
            return new More();
        }
        return new Complete(statement);
    }

    /**
     * An error at the empty line that ended the input: the interactive tokenizer puts that
     * line's NEWLINE at column 1 where the string tokenizer says 0, so CPython's caret shows.
     */
    private static PythonSyntaxError atPromptColumn(PythonSyntaxError e) {
        if (e.offset != 0 || e.text == null || !e.text.isBlank()) {
            return e;
        }
        return new PythonSyntaxError(e.type, e.msg, e.filename, e.lineno, 1, e.text,
                e.endLineno, Math.max(e.endOffset, 1));
    }

    private static boolean isBlankOrComment(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#");
    }

    /**
     * The tokenizer's end-of-text errors: the statement goes on inside brackets, a
     * triple-quoted string or after a backslash.
     */
    // CPython: Parser/pegen_errors.c _PyPegen_set_syntax_error (E_EOF), tokenizer.c E_EOFS
    private static boolean endsInsideToken(PythonSyntaxError e) {
        String msg = e.msg;
        return msg.endsWith("' was never closed") || msg.equals("unexpected EOF while parsing")
                || msg.startsWith("unterminated triple-quoted string literal");
    }

    /** Whether the parser's error moves past the text when an empty line follows it. */
    private static boolean waitsForNextLine(String text, int lineCount) {
        try {
            Parser.parse(text + "\n", "<stdin>", Parser.Mode.SINGLE);
            return true;
        } catch (PythonSyntaxError e) {
            return e.lineno > lineCount;
        }
    }

    /** A compound statement needs the empty line that ends it at the prompt. */
    private static boolean isCompound(Mod statement) {
        if (!(statement instanceof Mod.Interactive interactive)
                || interactive.body().size() != 1) {
            return false;
        }
        return switch (interactive.body().getFirst()) {
            case Stmt.If s -> true;
            case Stmt.While s -> true;
            case Stmt.For s -> true;
            case Stmt.AsyncFor s -> true;
            case Stmt.Try s -> true;
            case Stmt.TryStar s -> true;
            case Stmt.With s -> true;
            case Stmt.AsyncWith s -> true;
            case Stmt.FunctionDef s -> true;
            case Stmt.AsyncFunctionDef s -> true;
            case Stmt.ClassDef s -> true;
            case Stmt.Match s -> true;
            default -> false;
        };
    }
}
