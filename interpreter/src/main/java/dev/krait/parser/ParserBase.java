package dev.krait.parser;

import dev.krait.ast.Located;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.lexer.SourceWarnings;
import dev.krait.lexer.Token;
import dev.krait.lexer.TokenKind;

/**
 * The machinery under every grammar rule, as CPython's {@code Parser/pegen.c} provides it to the
 * generated {@code parser.c}: the token buffer filled on demand, the mark that rules save and reset
 * to backtrack, the memo table, the token and keyword matchers, the recursion counter and the
 * error-raising helpers of {@code pegen.h}.
 *
 * <p>Tokens are kept in an array and described by an {@code int} type each: the {@link TokenKind}
 * ordinal, or for a NAME whose text is a keyword, that keyword's own code (as pegen's
 * {@code _get_keyword_or_name_type} does), so a keyword never matches {@code NAME} and matching is a
 * single array compare. Backtracking is resetting {@link #mark}; nothing is thrown while parsing
 * succeeds. A Java exception is only thrown for a real error (a {@link PythonSyntaxError} raised by
 * an action or invalid rule, a tokenizer error, or {@link ParserOverflowError}), where pegen sets
 * {@code p->error_indicator} and unwinds.
 */
abstract class ParserBase implements StringParser.Host {
    // Token types: TokenKind ordinals, then keywords.
    static final int ENDMARKER = TokenKind.ENDMARKER.ordinal();
    static final int NAME = TokenKind.NAME.ordinal();
    static final int NUMBER = TokenKind.NUMBER.ordinal();
    static final int STRING = TokenKind.STRING.ordinal();
    static final int NEWLINE = TokenKind.NEWLINE.ordinal();
    static final int INDENT = TokenKind.INDENT.ordinal();
    static final int DEDENT = TokenKind.DEDENT.ordinal();
    static final int LPAR = TokenKind.LPAR.ordinal();
    static final int RPAR = TokenKind.RPAR.ordinal();
    static final int LSQB = TokenKind.LSQB.ordinal();
    static final int RSQB = TokenKind.RSQB.ordinal();
    static final int COLON = TokenKind.COLON.ordinal();
    static final int COMMA = TokenKind.COMMA.ordinal();
    static final int SEMI = TokenKind.SEMI.ordinal();
    static final int PLUS = TokenKind.PLUS.ordinal();
    static final int MINUS = TokenKind.MINUS.ordinal();
    static final int STAR = TokenKind.STAR.ordinal();
    static final int SLASH = TokenKind.SLASH.ordinal();
    static final int VBAR = TokenKind.VBAR.ordinal();
    static final int AMPER = TokenKind.AMPER.ordinal();
    static final int LESS = TokenKind.LESS.ordinal();
    static final int GREATER = TokenKind.GREATER.ordinal();
    static final int EQUAL = TokenKind.EQUAL.ordinal();
    static final int DOT = TokenKind.DOT.ordinal();
    static final int PERCENT = TokenKind.PERCENT.ordinal();
    static final int LBRACE = TokenKind.LBRACE.ordinal();
    static final int RBRACE = TokenKind.RBRACE.ordinal();
    static final int EQEQUAL = TokenKind.EQEQUAL.ordinal();
    static final int NOTEQUAL = TokenKind.NOTEQUAL.ordinal();
    static final int LESSEQUAL = TokenKind.LESSEQUAL.ordinal();
    static final int GREATEREQUAL = TokenKind.GREATEREQUAL.ordinal();
    static final int TILDE = TokenKind.TILDE.ordinal();
    static final int CIRCUMFLEX = TokenKind.CIRCUMFLEX.ordinal();
    static final int LEFTSHIFT = TokenKind.LEFTSHIFT.ordinal();
    static final int RIGHTSHIFT = TokenKind.RIGHTSHIFT.ordinal();
    static final int DOUBLESTAR = TokenKind.DOUBLESTAR.ordinal();
    static final int DOUBLESLASH = TokenKind.DOUBLESLASH.ordinal();
    static final int AT = TokenKind.AT.ordinal();
    static final int RARROW = TokenKind.RARROW.ordinal();
    static final int ELLIPSIS = TokenKind.ELLIPSIS.ordinal();
    static final int COLONEQUAL = TokenKind.COLONEQUAL.ordinal();
    static final int TYPE_COMMENT = TokenKind.TYPE_COMMENT.ordinal();
    static final int ERRORTOKEN = TokenKind.ERRORTOKEN.ordinal();

    /** CPython 3.11's reserved keywords, in {@code keyword.kwlist} order. */
    static final String[] KEYWORDS = {"False", "None", "True", "and", "as", "assert", "async",
        "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally",
        "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
        "pass", "raise", "return", "try", "while", "with", "yield"};
    static final int KEYWORD_BASE = 200;
    static final int K_FALSE = 200, K_NONE = 201, K_TRUE = 202, K_AND = 203, K_AS = 204,
        K_ASSERT = 205, K_ASYNC = 206, K_AWAIT = 207, K_BREAK = 208, K_CLASS = 209,
        K_CONTINUE = 210, K_DEF = 211, K_DEL = 212, K_ELIF = 213, K_ELSE = 214, K_EXCEPT = 215,
        K_FINALLY = 216, K_FOR = 217, K_FROM = 218, K_GLOBAL = 219, K_IF = 220, K_IMPORT = 221,
        K_IN = 222, K_IS = 223, K_LAMBDA = 224, K_NONLOCAL = 225, K_NOT = 226, K_OR = 227,
        K_PASS = 228, K_RAISE = 229, K_RETURN = 230, K_TRY = 231, K_WHILE = 232, K_WITH = 233,
        K_YIELD = 234;
    /** For each initial letter, the types of the keywords that start with it. */
    private static final int[][] KEYWORD_BY_INITIAL = new int['z'][];

    static {
        for (int i = 0; i < KEYWORDS.length; i++) {
            char c = KEYWORDS[i].charAt(0);
            int[] old = KEYWORD_BY_INITIAL[c] == null ? new int[0] : KEYWORD_BY_INITIAL[c];
            int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = KEYWORD_BASE + i;
            KEYWORD_BY_INITIAL[c] = grown;
        }
    }

    // Memo keys, one per memoised rule (CPython: the *_type constants of parser.c).
    static final int EXPRESSION = 0, STAR_EXPRESSION = 1, DISJUNCTION = 2, CONJUNCTION = 3,
        INVERSION = 4, BITWISE_OR = 5, BITWISE_XOR = 6, BITWISE_AND = 7, SHIFT_EXPR = 8, SUM = 9,
        TERM = 10, FACTOR = 11, AWAIT_PRIMARY = 12, PRIMARY = 13, STRINGS = 14, ARGUMENTS = 15,
        STAR_TARGET = 16, TARGET_WITH_STAR_ATOM = 17, T_PRIMARY = 18, DEL_TARGET = 19,
        SIMPLE_STMT = 20, DOTTED_NAME = 21, CLOSED_PATTERN = 22, STAR_PATTERN = 23, ATTR = 24,
        BLOCK = 25, INVALID_NAMED_EXPRESSION = 26;
    static final int MEMO_RULES = 27; // at most 32: memoMask has a bit per rule

    /** CPython: Parser/parser.c MAXSTACK, the deepest rule nesting before MemoryError. */
    static final int MAXSTACK = 6000;

    final TokenSource source;
    final String filename;
    /** Where the warnings met while parsing go (invalid escapes in string literals). */
    SourceWarnings warnings = SourceWarnings.NONE;
    /** Set when the tokenizer raised: its errors win over everything (CPython: tok->done). */
    boolean tokenizerFailed;

    Token[] tokens;
    int[] types;
    /** The {@code Name} node of each NAME token, made once (the AST is immutable). */
    dev.krait.ast.Expr.Name[] names;
    /** Each token's bracket nesting level once read ({@code token->level}). */
    int[] levels;
    int fill;
    int mark;
    int level;
    /** The second pass: {@code invalid_*} alternatives are tried ({@code p->call_invalid_rules}). */
    boolean callInvalidRules;

    // The memo: per token a chain of (rule, result, end mark) entries, kept in parallel arrays;
    // memoHead[i] is the latest entry for token i, 0 for none.
    private int[] memoHead;
    /** Per token, a bit per memoised rule that has an entry, so that a miss costs one test. */
    private int[] memoMask;
    private int[] memoRule;
    private int[] memoEnd;
    private int[] memoNext;
    private Object[] memoValue;
    private int memoCount = 1;
    /** The result found by the last successful {@link #isMemoized}. */
    Object memoResult;

    ParserBase(TokenSource source, String filename, int expectedTokens) {
        this.source = source;
        this.filename = filename;
        int n = Math.max(16, expectedTokens);
        tokens = new Token[n];
        types = new int[n];
        levels = new int[n];
        memoHead = new int[n];
        memoMask = new int[n];
        names = new dev.krait.ast.Expr.Name[n];
        int entries = n * 4;
        memoRule = new int[entries];
        memoEnd = new int[entries];
        memoNext = new int[entries];
        memoValue = new Object[entries];
    }

    @Override
    public String filename() {
        return filename;
    }

    @Override
    public int featureVersion() {
        return featureVersion;
    }

    // ---- Tokens ---------------------------------------------------------------------------------

    /** CPython: Parser/pegen.c _PyPegen_fill_token. Reads one more token into the buffer. */
    final void fillToken() {
        Token t = nextToken();
        if (fill == tokens.length) {
            int n = fill * 2;
            tokens = java.util.Arrays.copyOf(tokens, n);
            types = java.util.Arrays.copyOf(types, n);
            levels = java.util.Arrays.copyOf(levels, n);
            memoHead = java.util.Arrays.copyOf(memoHead, n);
            memoMask = java.util.Arrays.copyOf(memoMask, n);
            names = java.util.Arrays.copyOf(names, n);
        }
        int type = t.kind().ordinal();
        if (type == NAME) {
            type = keywordOrName(t.text());
            if ((type == K_ASYNC || type == K_AWAIT) && !source.tokenizer.asyncKeywordHere()) {
                type = NAME; // feature_version 3.6 or older, outside an async def
            }
        }
        tokens[fill] = t;
        types[fill] = type;
        levels[fill] = source.bracketLevel();
        fill++;
    }

    /**
     * The {@code # type: ignore} comments read so far, for the module's {@code type_ignores}
     * (only read when the tokenizer makes type comments tokens).
     */
    final java.util.List<dev.krait.ast.TypeIgnore> typeIgnores = new java.util.ArrayList<>(0);
    /**
     * The minor version of Python 3 whose grammar to accept ({@code ast.parse}'s
     * {@code feature_version}); newer syntax raises "... only supported in Python 3.N and
     * greater" (CPython: {@code p->feature_version}).
     */
    int featureVersion = LATEST_FEATURE_VERSION;
    /** Python 3.11's minor version, the default feature version. */
    static final int LATEST_FEATURE_VERSION = 11;

    /**
     * CPython: pegen.h CHECK_VERSION: {@code node} when the feature version has the syntax that
     * built it, else the SyntaxError naming the version it needs.
     */
    final <T> T checkVersion(int version, String what, T node) {
        if (node != null && featureVersion < version) {
            throw raiseSyntaxError(what + " only supported in Python 3." + version
                    + " and greater");
        }
        return node;
    }

    /** Whether this parses {@code single} input ({@code Py_single_input}). */
    boolean singleInput;
    private boolean parsingStarted;
    /** compile()'s PyCF_DONT_IMPLY_DEDENT (see {@link Parser#DONT_IMPLY_DEDENT}). */
    boolean dontImplyDedent;
    /** compile()'s PyCF_ALLOW_INCOMPLETE_INPUT (see {@link Parser#ALLOW_INCOMPLETE_INPUT}). */
    boolean allowIncompleteInput;
    /** compile()'s CO_FUTURE_BARRY_AS_BDFL (see {@link Parser#BARRY_AS_BDFL}). */
    boolean barryAsBdfl;
    /**
     * Whether the tokenizer reached the end of the source: its end marker, or an error at the
     * end (a string or bracket still open). CPython: Parser/pegen.c _is_end_of_source.
     */
    boolean reachedEndOfSource;
    /** INDENTs minus DEDENTs seen, to imply the missing DEDENTs at the end of single input. */
    private int indentDepth;
    private int pendingDedents;

    /**
     * The tokenizer's next token, with pegen's treatment of the end of {@code single} input: the
     * first ENDMARKER after some input becomes a NEWLINE, preceded by the DEDENTs still open
     * (CPython: Parser/pegen.c _PyPegen_fill_token).
     */
    private Token nextToken() {
        Token t;
        if (pendingDedents > 0) {
            pendingDedents--;
            Token last = tokens[fill - 1];
            t = new Token(TokenKind.DEDENT, "", last.endLineno(), -1, last.endLineno(), -1);
        } else {
            try {
                t = source.next();
                // CPython: Parser/pegen.c _PyPegen_fill_token records and skips type ignores
                while (t.kind() == TokenKind.TYPE_IGNORE) {
                    typeIgnores.add(new dev.krait.ast.TypeIgnore(t.lineno(), t.text()));
                    t = source.next();
                }
            } catch (PythonSyntaxError e) {
                tokenizerFailed = true;
                reachedEndOfSource |= endsTheSource(e);
                throw e;
            }
            if (t.kind() == TokenKind.ENDMARKER) {
                reachedEndOfSource = true;
            }
        }
        if (!singleInput) {
            return t;
        }
        if (t.kind() == TokenKind.INDENT) {
            indentDepth++;
        } else if (t.kind() == TokenKind.DEDENT) {
            indentDepth--;
        }
        if (t.kind() == TokenKind.ENDMARKER && parsingStarted) {
            parsingStarted = false;
            t = new Token(TokenKind.NEWLINE, "", t.lineno(), t.colOffset(), t.endLineno(),
                    t.endColOffset());
            pendingDedents = dontImplyDedent ? 0 : indentDepth;
            indentDepth = 0;
        } else {
            parsingStarted = true;
        }
        return t;
    }

    /**
     * Whether a tokenizer error is one of reaching the end too early (CPython's E_EOF, E_EOFS):
     * a triple-quoted string or brackets still open at the end. (An unterminated one-line
     * string is an ordinary error there, E_ERROR.)
     */
    private static boolean endsTheSource(PythonSyntaxError e) {
        String m = e.getMessage();
        return m != null && (m.startsWith("unterminated triple-quoted string literal")
                || m.endsWith("was never closed") || m.startsWith("unexpected EOF"));
    }

    /**
     * CPython: Parser/pegen.c _get_keyword_or_name_type: the keyword's type, or NAME. Keywords are
     * 2 to 8 characters long and start with one of a few letters, which rejects most names at once.
     */
    static int keywordOrName(String s) {
        int len = s.length();
        if (len < 2 || len > 8) {
            return NAME;
        }
        char c = s.charAt(0);
        if (c > 'y' || KEYWORD_BY_INITIAL[c] == null) {
            return NAME;
        }
        for (int k : KEYWORD_BY_INITIAL[c]) {
            if (KEYWORDS[k - KEYWORD_BASE].equals(s)) {
                return k;
            }
        }
        return NAME;
    }

    /** The token at index {@code i}, reading up to it if needed. */
    final Token tokenAt(int i) {
        while (i >= fill) {
            fillToken();
        }
        return tokens[i];
    }

    /** The type of the token at the mark, reading it if needed. */
    final int peekType() {
        if (mark == fill) {
            fillToken();
        }
        return types[mark];
    }

    /** CPython: _PyPegen_expect_token. The token at the mark if it has this type, consumed. */
    final Token expect(int type) {
        int m = mark;
        if (m == fill) {
            fillToken();
        }
        if (types[m] != type) {
            return null;
        }
        mark = m + 1;
        return tokens[m];
    }

    /** Whether the token at the mark has this type, consuming nothing ({@code &'x'}). */
    final boolean at(int type) {
        if (mark == fill) {
            fillToken();
        }
        return types[mark] == type;
    }

    /** CPython: _PyPegen_expect_soft_keyword. A NAME with this text, consumed. */
    final Token expectSoftKeyword(String keyword) {
        int m = mark;
        if (m == fill) {
            fillToken();
        }
        if (types[m] != NAME || !tokens[m].text().equals(keyword)) {
            return null;
        }
        mark = m + 1;
        return tokens[m];
    }

    /**
     * CPython: _PyPegen_expect_forced_token ({@code &&'x'}): the token must be there, else
     * "expected 'x'" at the token found.
     */
    final Token expectForced(int type, String text) {
        Token t = expect(type);
        if (t == null) {
            Token found = tokenAt(mark);
            throw raiseErrorKnownLocation(PythonSyntaxError.Type.SyntaxError,
                    "expected '" + text + "'", found.lineno(), found.colOffset() + 1,
                    found.endLineno(), found.endColOffset() + 1);
        }
        return t;
    }

    /** CPython: _PyPegen_get_last_nonnwhitespace_token, the end of {@code EXTRA}. */
    final Token lastToken() {
        Token token = null;
        for (int m = mark - 1; m >= 0; m--) {
            token = tokens[m];
            int type = types[m];
            if (type != ENDMARKER && (type < NEWLINE || type > DEDENT)) {
                break;
            }
        }
        return token;
    }

    // ---- Memo and recursion --------------------------------------------------------------------

    /**
     * CPython: _PyPegen_is_memoized. If {@code rule} has a result at the mark, moves the mark past
     * it, leaves it in {@link #memoResult} and answers true.
     */
    final boolean isMemoized(int rule) {
        int m = mark;
        if (m == fill) {
            fillToken();
        }
        if ((memoMask[m] & (1 << rule)) == 0) {
            return false;
        }
        for (int e = memoHead[m]; e != 0; e = memoNext[e]) {
            if (memoRule[e] == rule) {
                mark = memoEnd[e];
                memoResult = memoValue[e];
                return true;
            }
        }
        return false;
    }

    /**
     * CPython: _PyPegen_insert_memo, for the rule started at {@code start}. A rule is memoised at
     * most once per start (it is only run when {@link #isMemoized} said no), so this only adds.
     */
    final void memoize(int start, int rule, Object value) {
        if (memoCount == memoRule.length) {
            int n = memoCount * 2;
            memoRule = java.util.Arrays.copyOf(memoRule, n);
            memoEnd = java.util.Arrays.copyOf(memoEnd, n);
            memoNext = java.util.Arrays.copyOf(memoNext, n);
            memoValue = java.util.Arrays.copyOf(memoValue, n);
        }
        int e = memoCount++;
        memoRule[e] = rule;
        memoEnd[e] = mark;
        memoValue[e] = value;
        memoNext[e] = memoHead[start];
        memoHead[start] = e;
        memoMask[start] |= 1 << rule;
    }

    /** CPython: reset_parser_state_for_error_pass, which forgets every memo. */
    final void resetForErrorPass() {
        java.util.Arrays.fill(memoHead, 0, fill, 0);
        java.util.Arrays.fill(memoMask, 0, fill, 0);
        java.util.Arrays.fill(memoValue, 0, memoCount, null);
        memoCount = 1;
        mark = 0;
        level = 0;
        callInvalidRules = true;
    }

    /** Entering a rule: CPython's {@code if (p->level++ == MAXSTACK)} check. */
    final void enter() {
        if (level++ == MAXSTACK) {
            throw new ParserOverflowError("MemoryError", "");
        }
    }

    final void leave() {
        level--;
    }

    /**
     * Entering a left-recursive rule, which in CPython is two nested functions: the rule (which
     * grows the seed) and its {@code _raw} body. Counted so that deep sources overflow exactly
     * where CPython's do.
     */
    final void enterLeftRecursive() {
        enter();
        enter();
    }

    final void leaveLeftRecursive() {
        level -= 2;
    }

    // ---- Errors ---------------------------------------------------------------------------------

    /** CPython: pegen.h CURRENT_POS, "where the tokenizer is now". */
    static final int CURRENT_POS = dev.krait.lexer.TokenizerErrors.CURRENT_POS;

    /**
     * CPython: Parser/pegen_errors.c _PyPegen_raise_error_known_location. Columns are 1-based byte
     * columns (or {@link #CURRENT_POS}); the error carries character offsets and the line's text.
     */
    final PythonSyntaxError raiseErrorKnownLocation(PythonSyntaxError.Type type, String msg,
            int lineno, int colOffset, int endLineno, int endColOffset) {
        return source.errorKnownLocation(type, msg, lineno, colOffset, endLineno, endColOffset);
    }

    /** CPython: RAISE_SYNTAX_ERROR, at the last token read (pegen's _PyPegen_raise_error). */
    final PythonSyntaxError raiseSyntaxError(String msg) {
        return raiseError(PythonSyntaxError.Type.SyntaxError, msg);
    }

    /** CPython: RAISE_INDENTATION_ERROR. */
    final PythonSyntaxError raiseIndentationError(String msg) {
        return raiseError(PythonSyntaxError.Type.IndentationError, msg);
    }

    /** CPython: Parser/pegen_errors.c _PyPegen_raise_error, at {@code p->tokens[p->fill-1]}. */
    final PythonSyntaxError raiseError(PythonSyntaxError.Type type, String msg) {
        if (fill == 0) {
            return raiseErrorKnownLocation(type, msg, 0, 0, 0, -1);
        }
        return source.errorAtToken(type, tokens[fill - 1], msg);
    }

    @Override
    public PythonSyntaxError syntaxErrorAtLastToken(String msg) {
        return raiseSyntaxError(msg);
    }

    // CPython 3.11.7: Parser/string_parser.c warn_invalid_escape_sequence
    @Override
    public void warnInvalidEscape(String message, Token token) {
        if (callInvalidRules) {
            // the second pass parses the same literals again: warn only once (3.11.4+)
            return;
        }
        if (warnings.warn(SourceWarnings.Category.DEPRECATION_WARNING, message,
                filename, token.lineno())) {
            // p->known_err_token = t: the error spans the literal's token
            throw source.errorAtToken(PythonSyntaxError.Type.SyntaxError, token, message);
        }
    }

    /** CPython: RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg). */
    final PythonSyntaxError raiseSyntaxErrorKnownLocation(Object a, String msg) {
        return raiseSyntaxErrorKnownRange(a, a, msg);
    }

    /** CPython: RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg): from a's start to b's end. */
    final PythonSyntaxError raiseSyntaxErrorKnownRange(Object a, Object b, String msg) {
        return raiseErrorKnownLocation(PythonSyntaxError.Type.SyntaxError, msg, lineno(a),
                colOffset(a) + 1, endLineno(b), endColOffset(b) + 1);
    }

    /** CPython: RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): from a's start to the current position. */
    final PythonSyntaxError raiseSyntaxErrorStartingFrom(Object a, String msg) {
        return raiseErrorKnownLocation(PythonSyntaxError.Type.SyntaxError, msg, lineno(a),
                colOffset(a) + 1, CURRENT_POS, CURRENT_POS);
    }

    @Override
    public PythonSyntaxError syntaxErrorAt(String msg, int lineno, int colOffset, int endLineno,
            int endColOffset) {
        return raiseErrorKnownLocation(PythonSyntaxError.Type.SyntaxError, msg, lineno,
                colOffset == CURRENT_POS ? CURRENT_POS : colOffset + 1, endLineno,
                endColOffset == CURRENT_POS ? CURRENT_POS : endColOffset + 1);
    }

    // Positions of a token or a located node, for the error helpers.
    static int lineno(Object o) {
        return o instanceof Token t ? t.lineno() : ((Located) o).lineno();
    }

    static int colOffset(Object o) {
        return o instanceof Token t ? t.colOffset() : ((Located) o).colOffset();
    }

    static int endLineno(Object o) {
        return o instanceof Token t ? t.endLineno() : ((Located) o).endLineno();
    }

    static int endColOffset(Object o) {
        return o instanceof Token t ? t.endColOffset() : ((Located) o).endColOffset();
    }
}
