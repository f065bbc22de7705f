package dev.krait.runtime;

import dev.krait.lexer.FrontEndError;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.lexer.PythonUnicodeDecodeError;
import dev.krait.lexer.SourceWarnings;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.parser.ParserOverflowError;
import dev.krait.symtable.SymtableRecursionException;

/**
 * The Python exceptions that the front end's errors stand for, made in one place for every
 * caller that parses or compiles at run time: {@code compile()}, {@code exec()} and
 * {@code eval()} of source, {@code ast.parse}, {@code symtable.symtable}, {@code _tokenize},
 * an import, the prompt.
 *
 * <p>CPython's parser raises these exceptions itself; Krait's front end sits below the runtime
 * and cannot make Python objects, so it throws a {@link FrontEndError} that the caller hands
 * here: {@code catch (FrontEndError e) { throw FrontEndErrors.toPython(e); }}.
 */
public final class FrontEndErrors {
    private FrontEndErrors() {}

    /** The Python exception for a front-end error, ready to throw. */
    public static PyException toPython(FrontEndError error) {
        return switch (error) {
            case PythonSyntaxError e -> syntaxError(e);
            // A source that cannot be decoded (its undecodable part found by the check of the
            // rest of the source after a parser error) is a SyntaxError with the codec's message.
            case PythonUnicodeDecodeError e -> PyExceptions.of(PyExceptions.SyntaxError, e.msg);
            case ParserOverflowError e -> PyExceptions.of(
                    e.pythonType.equals("RecursionError") ? PyExceptions.RecursionError
                            : PyExceptions.MemoryError, e.getMessage());
            case SymtableRecursionException e ->
                    PyExceptions.of(PyExceptions.RecursionError, e.getMessage());
            default -> PyExceptions.of(PyExceptions.SystemError,
                    "unexpected front-end error " + error.lastLine());
        };
    }

    /**
     * The front end's warnings for a parse in {@code interp}, issued through the
     * {@code warnings} filters as {@code PyErr_WarnExplicitObject} issues them (no module: the
     * filters match the file name without {@code .py}, so the default filters hide a
     * DeprecationWarning); a warning the filters turn into an error is reported back, for the
     * parser to raise as a SyntaxError at the warning's place.
     */
    // CPython: Parser/string_parser.c warn_invalid_escape_sequence, tokenizer.c parser_warn
    public static SourceWarnings warnings(Interpreter interp) {
        return (category, message, filename, lineno) -> {
            PyType type = switch (category) {
                case DEPRECATION_WARNING -> PyExceptions.DeprecationWarning;
                case SYNTAX_WARNING -> PyExceptions.SyntaxWarning;
            };
            try {
                WarningsMachinery.warnExplicit(interp, type, PyStr.of(message),
                        PyStr.of(filename), lineno, null, null, null, null);
                return false;
            } catch (PyException e) {
                if (e.matches(type)) {
                    return true;
                }
                throw e;
            }
        };
    }

    /**
     * The SyntaxError, IndentationError or TabError for a syntax error, with the attributes
     * CPython's parser sets: msg, and filename, lineno, offset, text, end_lineno, end_offset.
     */
    // CPython: Parser/pegen_errors.c _PyPegen_raise_error_known_location
    public static PyException syntaxError(PythonSyntaxError e) {
        PyType type = switch (e.type) {
            case SyntaxError -> PyExceptions.SyntaxError;
            case IndentationError -> PyExceptions.IndentationError;
            case TabError -> PyExceptions.TabError;
        };
        PyObject details = PyTuple.of(e.filename == null ? PyNone.NONE : PyStr.of(e.filename),
                PyInt.of(e.lineno), PyInt.of(e.offset),
                e.text == null ? PyNone.NONE : PyStr.of(e.text), PyInt.of(e.endLineno),
                PyInt.of(e.endOffset));
        PyObject exc = Ops.call(type, PyStr.of(e.msg), details);
        return ((PyBaseException) exc).raise();
    }
}
