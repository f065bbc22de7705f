package dev.krait.parser;

import dev.krait.ast.Expr;
import dev.krait.ast.Mod;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.lexer.SourceWarnings;
import dev.krait.lexer.Token;
import dev.krait.lexer.TokenKind;
import dev.krait.lexer.Tokenizer;

/**
 * The parser's entry points and pegen's driver (CPython: Parser/pegen.c
 * {@code _PyPegen_run_parser}, Parser/pegen_errors.c {@code _PyPegen_set_syntax_error}).
 *
 * <p>The grammar lives in a chain of classes, one per section of {@code Grammar/python.gram}, each
 * extending the one before: {@link ParserBase} (tokens, memo, errors) → {@link ActionHelpers} →
 * {@link OperatorRules} → {@link ExpressionRules} → {@link PrimaryRules} →
 * {@link ComprehensionRules} → {@link TargetRules} → {@link StatementRules} → {@link PatternRules}
 * → {@link CompositePatternRules} → {@link CompoundRules} → {@link FunctionRules}
 * → the {@code invalid_*} bodies ({@link InvalidExpressionRules}, {@link InvalidParameterRules},
 * {@link InvalidStatementRules}) → this class. A rule calls one defined further up the chain
 * through an abstract method declared where it is first needed.
 *
 * <p>As in CPython, a failed parse is run a second time with the {@code invalid_*} rules switched
 * on; if none of them raises a specialised error, the generic one is raised at the furthest token
 * the first pass read ("invalid syntax", or an IndentationError at an unexpected INDENT/DEDENT),
 * unless the rest of the source holds a tokenizer error, which takes precedence.
 */
public final class Parser extends InvalidStatementRules {
    /** What to parse, as CPython's {@code compile()} modes. */
    public enum Mode { EXEC, EVAL, SINGLE, FUNC_TYPE }

    /** About how many source bytes make a token in typical code, to size the token buffer. */
    private static final int BYTES_PER_TOKEN = 6;

    /** Set when the generic error is an unexpected INDENT or DEDENT. */
    private boolean lastTokenWasIndentation;

    /** compile()'s {@code PyCF_DONT_IMPLY_DEDENT}: single input's end closes no open block. */
    public static final int DONT_IMPLY_DEDENT = 0x200;
    /**
     * compile()'s {@code PyCF_ALLOW_INCOMPLETE_INPUT}: a source that fails because it ends too
     * early raises SyntaxError "incomplete input" (how {@code codeop} tells a REPL to read on).
     */
    public static final int ALLOW_INCOMPLETE_INPUT = 0x4000;
    /**
     * compile()'s {@code CO_FUTURE_BARRY_AS_BDFL} (PEP 401): inequality is spelled {@code <>}
     * and {@code !=} is an error. Only the flag turns it on: the future statement in the source
     * does not change how 3.11's parser reads the rest.
     */
    public static final int BARRY_AS_BDFL = 0x400000;

    private Parser(TokenSource source, String filename, Mode mode, int expectedTokens) {
        super(source, filename, expectedTokens);
        singleInput = mode == Mode.SINGLE;
    }

    /**
     * compile()'s {@code PyCF_TYPE_COMMENTS}: {@code # type:} comments fill the AST's
     * {@code type_comment} fields and {@code # type: ignore} ones the module's
     * {@code type_ignores}; anywhere else a type comment is a syntax error.
     */
    public static final int TYPE_COMMENTS = 0x1000;
    /** The feature version when none is asked for: Python 3.11's own grammar. */
    public static final int LATEST_FEATURE_VERSION = ParserBase.LATEST_FEATURE_VERSION;

    // CPython: Parser/pegen.c compute_parser_flags and _PyPegen_Parser_New
    private Parser withFlags(int compileFlags, int featureVersion,
            SourceWarnings sourceWarnings) {
        dontImplyDedent = (compileFlags & DONT_IMPLY_DEDENT) != 0;
        allowIncompleteInput = (compileFlags & ALLOW_INCOMPLETE_INPUT) != 0;
        barryAsBdfl = (compileFlags & BARRY_AS_BDFL) != 0;
        this.featureVersion = featureVersion;
        if ((compileFlags & TYPE_COMMENTS) != 0) {
            source.tokenizer.enableTypeComments();
        }
        if (featureVersion < 7) {
            source.tokenizer.enableAsyncHacks();
        }
        warnings = sourceWarnings;
        source.tokenizer.reportWarningsTo(sourceWarnings);
        return this;
    }

    /**
     * Parses source bytes as {@code ast.parse(source_bytes, filename, mode)} does: decodes them
     * (PEP 263, BOM), tokenizes and parses. Throws {@link PythonSyntaxError} for a SyntaxError,
     * IndentationError or TabError, and {@link ParserOverflowError} where CPython raises
     * MemoryError (the parser's stack limit) or RecursionError (a tree too deep for
     * {@code ast.parse} to convert, see {@link AstDepth}). An undecodable name in the source
     * gives the lexer's {@link dev.krait.lexer.PythonUnicodeDecodeError}, CPython's
     * UnicodeDecodeError.
     */
    public static Mod parse(byte[] source, String filename, Mode mode) {
        return parse(source, filename, mode, 0);
    }

    /** {@link #parse(byte[], String, Mode)} with compile()'s parser flags (see the constants). */
    public static Mod parse(byte[] source, String filename, Mode mode, int compileFlags) {
        return parse(source, filename, mode, compileFlags, SourceWarnings.NONE);
    }

    /** As above, issuing the parser's warnings (invalid escapes) to {@code warnings}. */
    public static Mod parse(byte[] source, String filename, Mode mode, int compileFlags,
            SourceWarnings warnings) {
        return parse(source, filename, mode, compileFlags, LATEST_FEATURE_VERSION, warnings);
    }

    /**
     * As above, accepting the grammar of Python 3.{@code featureVersion} ({@code ast.parse}'s
     * {@code feature_version}).
     */
    public static Mod parse(byte[] source, String filename, Mode mode, int compileFlags,
            int featureVersion, SourceWarnings warnings) {
        Tokenizer tokenizer = Tokenizer.forBytes(source, filename, mode == Mode.EXEC);
        return new Parser(new TokenSource(tokenizer), filename, mode,
                source.length / BYTES_PER_TOKEN).withFlags(compileFlags, featureVersion, warnings)
                .runToplevel(mode);
    }

    /**
     * Parses the bytes of the file {@code filename} as a module, as {@code python3 FILE} does: the
     * same tree as {@link #parse(byte[], String, Mode)}, but the errors of CPython's file
     * tokenizer (encoding problems and NUL bytes are reported as the file is read).
     */
    // CPython: Python/pythonrun.c pyrun_file, Parser/peg_api.c _PyParser_ASTFromFile
    public static Mod parseFile(byte[] source, String filename) {
        return parseFile(source, filename, SourceWarnings.NONE);
    }

    /** As above, issuing the parser's warnings (invalid escapes) to {@code warnings}. */
    public static Mod parseFile(byte[] source, String filename, SourceWarnings warnings) {
        Tokenizer tokenizer = Tokenizer.forFile(source, filename);
        return new Parser(new TokenSource(tokenizer), filename, Mode.EXEC,
                source.length / BYTES_PER_TOKEN).withFlags(0, LATEST_FEATURE_VERSION, warnings).run(Mode.EXEC);
    }

    /** Parses already-decoded text, as {@code ast.parse(source_str, filename, mode)} does. */
    public static Mod parse(String source, String filename, Mode mode) {
        return parse(source, filename, mode, 0);
    }

    /** {@link #parse(String, String, Mode)} with compile()'s parser flags. */
    public static Mod parse(String source, String filename, Mode mode, int compileFlags) {
        return parse(source, filename, mode, compileFlags, SourceWarnings.NONE);
    }

    /** As above, issuing the parser's warnings (invalid escapes) to {@code warnings}. */
    public static Mod parse(String source, String filename, Mode mode, int compileFlags,
            SourceWarnings warnings) {
        return parse(source, filename, mode, compileFlags, LATEST_FEATURE_VERSION, warnings);
    }

    /**
     * As above, accepting the grammar of Python 3.{@code featureVersion} ({@code ast.parse}'s
     * {@code feature_version}).
     */
    public static Mod parse(String source, String filename, Mode mode, int compileFlags,
            int featureVersion, SourceWarnings warnings) {
        Tokenizer tokenizer = Tokenizer.forString(source, filename, mode == Mode.EXEC);
        return new Parser(new TokenSource(tokenizer), filename, mode,
                source.length() / BYTES_PER_TOKEN).withFlags(compileFlags, featureVersion, warnings)
                .runToplevel(mode);
    }

    /**
     * The f-string sub-parser (CPython: Parser/string_parser.c {@code fstring_compile_expr}): the
     * {@code fstring} start rule over {@code "(" + expression + ")"}, with token positions shifted
     * to where the expression stands in the enclosing source.
     */
    @Override
    public Expr parseFStringExpression(String parenthesized, int startingLineno,
            int startingColOffset) {
        // the sub-tokenizer numbers lines from startingLineno itself, as CPython's does (its
        // tok->lineno starts there), so that its own errors name the field's line
        Tokenizer tokenizer = Tokenizer.forFStringExpression(parenthesized, filename,
                startingLineno, startingColOffset);
        Parser sub = new Parser(new TokenSource(tokenizer), filename, null,
                parenthesized.length() / 2);
        // CPython: string_parser.c fstring_compile_expr passes the flags and version on
        sub.withFlags(0, featureVersion, warnings);
        return (Expr) sub.run(null);
    }

    /** CPython: Parser/parser.c _PyPegen_parse, the start rule for the mode (null: fstring). */
    private Object startRule(Mode mode) {
        if (mode == null) {
            return fstring();
        }
        return switch (mode) {
            case EXEC -> file();
            case EVAL -> eval();
            case SINGLE -> interactive();
            case FUNC_TYPE -> func_type();
        };
    }

    /** {@link #run}, then the depth check of {@code ast.parse}'s conversion ({@link AstDepth}). */
    private Mod runToplevel(Mode mode) {
        Mod tree = run(mode);
        // a tree can only nest as deep as it has tokens, give or take its module and a statement
        if (fill + 2 > AstDepth.AST_CONSTRUCTION_LIMIT) {
            AstDepth.check(tree);
        }
        return tree;
    }

    /** CPython: Parser/pegen.c _PyPegen_run_parser. */
    private <T> T run(Mode mode) {
        try {
            Object result;
            try {
                result = startRule(mode);
            } catch (PythonSyntaxError e) {
                if (allowIncompleteInput && reachedEndOfSource) {
                    throw raiseSyntaxError("incomplete input");
                }
                throw e;
            }
            if (result == null && allowIncompleteInput && reachedEndOfSource) {
                throw raiseSyntaxError("incomplete input");
            }
            if (result == null) {
                Token last = tokenAt(Math.max(fill, 1) - 1);
                resetForErrorPass();
                startRule(mode);
                throw setSyntaxError(last);
            }
            if (mode == Mode.SINGLE) {
                // built before looking ahead, so that it shows the tokenizer's current line
                PythonSyntaxError error = raiseSyntaxError(
                        "multiple statements found while compiling a single statement");
                if (badSingleStatement()) {
                    throw error;
                }
            }
            @SuppressWarnings("unchecked")
            T r = (T) result;
            return r;
        } catch (PythonSyntaxError e) {
            if (tokenizerFailed || e.type == PythonSyntaxError.Type.IndentationError
                    && lastTokenWasIndentation) {
                throw e;
            }
            throw tokenizeFullSourceToCheckForErrors(e);
        } catch (StackOverflowError e) {
            // Krait's rules use more Java stack than the thread has: report it as CPython reports
            // a source nested too deeply for its parser
            throw new ParserOverflowError("MemoryError", "");
        }
    }

    /**
     * CPython: Parser/pegen_errors.c _PyPegen_set_syntax_error, when the second pass raised
     * nothing: the generic error at the first pass's last token.
     */
    private PythonSyntaxError setSyntaxError(Token lastToken) {
        if (fill == 0) {
            return raiseSyntaxError("error at start before reading any input");
        }
        // these are raised without looking at the rest of the source
        lastTokenWasIndentation = true;
        if (lastToken.kind() == TokenKind.INDENT) {
            return raiseIndentationError("unexpected indent");
        }
        if (lastToken.kind() == TokenKind.DEDENT) {
            return raiseIndentationError("unexpected unindent");
        }
        lastTokenWasIndentation = false;
        return raiseSyntaxErrorKnownLocation(lastToken, "invalid syntax");
    }

    /**
     * CPython: Parser/pegen_errors.c _PyPegen_tokenize_full_source_to_check_for_errors. Reads the
     * rest of the source: an error the tokenizer raises itself replaces the parser's; an unclosed
     * bracket opened on an earlier line than the parser's error does too.
     */
    private RuntimeException tokenizeFullSourceToCheckForErrors(PythonSyntaxError current) {
        int currentErrLine = fill > 0 ? tokens[fill - 1].lineno() : 0;
        RuntimeException replacement = source.tokenizer.checkRestOfSource(currentErrLine);
        return replacement != null ? replacement : current;
    }

    /**
     * CPython: Parser/pegen.c bad_single_statement: whether anything but whitespace and comments
     * follows the statement of {@code single} input.
     */
    private boolean badSingleStatement() {
        try {
            while (true) {
                Token t = source.next();
                TokenKind k = t.kind();
                if (k == TokenKind.ENDMARKER) {
                    return false;
                }
                if (k != TokenKind.NEWLINE && k != TokenKind.INDENT && k != TokenKind.DEDENT
                        && k != TokenKind.NL && k != TokenKind.COMMENT) {
                    return true;
                }
            }
        } catch (PythonSyntaxError e) {
            return true;
        }
    }
}
