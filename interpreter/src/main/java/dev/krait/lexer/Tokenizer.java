package dev.krait.lexer;

import dev.krait.unicode.UnicodeData;

/**
 * Python source to tokens, one token per {@link #next()} call, with the semantics of CPython 3.11's
 * C tokenizer (CPython: Parser/tokenizer.c {@code tok_get}) as the PEG parser drives it: lazily, so
 * that a tokenizer error behind a parser error is never seen, exactly as in CPython.
 *
 * <p>The scan walks a {@code char[]} of the decoded text, line by line as CPython reads its input
 * ({@link #cur}, {@link #inp} and {@link #lineStart} are CPython's {@code tok->cur},
 * {@code tok->inp} and {@code tok->line_start}). Token columns are UTF-8 byte offsets, as in
 * CPython's AST; for a line that is all ASCII they are plain index differences, the fast path.
 *
 * <p>For the {@code --tokens} listing the same scan can also return {@code COMMENT} and {@code NL}
 * tokens ({@link #withTrivia}); the parser never sees them. Errors are raised as
 * {@link PythonSyntaxError}s with CPython's type, message and position; the tokenizer's own ones
 * come from here, the ones CPython's parser composes from tokenizer state from {@link
 * TokenizerErrors}, which the parser also uses for its own errors.
 */
public final class Tokenizer {
    static final int EOF = -1;
    private static final int MAXINDENT = 100;
    private static final int MAXLEVEL = 200;
    private static final int TABSIZE = 8;
    private static final int ALTTABSIZE = 1;

    final String filename;
    /** The source, its {@code \r\n} and {@code \r} made {@code \n} (CPython's translation). */
    final char[] s;
    final int n;
    private final boolean trivia;
    /**
     * Whether comments starting {@code # type:} are tokens (TYPE_COMMENT, TYPE_IGNORE), as for
     * {@code ast.parse(..., type_comments=True)} (CPython: {@code tok->type_comments}).
     */
    private boolean typeComments;
    /**
     * Whether {@code async} and {@code await} are names except in and before an
     * {@code async def}, as for {@code ast.parse(..., feature_version=(3, 6))} and earlier
     * (CPython: {@code tok->async_hacks}), or null; the parser reads them from
     * {@link #asyncKeywordHere}.
     */
    private AsyncHacks asyncHacks;
    /** Whether this is a file being run, whose lines CPython checks as it reads them. */
    final boolean fileInput;
    /** Where the source ends in {@link #s}: before a newline the translation added, if any. */
    final int sourceEnd;
    /** For a file without a declared encoding: reject undecodable UTF-8 line by line. */
    private boolean checkLinesForUtf8;
    /** A file that starts with a BOM, which CPython's read-back of line 1 keeps (U+FEFF). */
    boolean fileBom;
    /**
     * Whether CPython's tokenizer would have an encoding ({@code tok->encoding}): source given as
     * text, or bytes with a BOM or a coding cookie. Only then does CPython turn the byte offsets of
     * parser-raised errors into character offsets.
     */
    final boolean hasEncoding;
    /**
     * The source bytes when a coding cookie named an encoding other than UTF-8, else null: CPython
     * keeps them as {@code tok->str} and shows lines from them in some errors (see {@link
     * TokenizerErrors}).
     */
    byte[] undecodedSource;
    /** For an f-string expression: pegen's {@code starting_lineno}, else 0. */
    final int startingLineno;
    /** For an f-string expression: pegen's {@code starting_col_offset}. */
    final int startingColOffset;

    int cur;
    int inp;
    int lineStart;
    /** CPython's {@code tok->buf}: the first line of the token being read when a line was read. */
    int bufStart;
    int lineno;
    boolean lineNonAscii;
    private boolean eof;
    /** CPython's {@code tok->start}, or -1 for NULL. */
    int tokStart = -1;

    boolean atBol = true;
    /** Whether the line being read holds only blanks and a comment (CPython's blankline). */
    boolean blankline;
    private boolean resumeAfterComment;
    private int pendin;
    int indent;
    private final int[] indstack = new int[MAXINDENT];
    private final int[] altindstack = new int[MAXINDENT];
    int level;
    final char[] parenstack = new char[MAXLEVEL];
    final int[] parenLinenoStack = new int[MAXLEVEL];
    final int[] parenColStack = new int[MAXLEVEL];

    /**
     * Where the last string token began: CPython's {@code first_lineno}, {@code multi_line_start}.
     */
    int firstLineno;
    int multiLineStart;
    boolean multiLineNonAscii;
    private int pStart;
    private int pEnd;
    private PythonSyntaxError failure;
    final TokenizerErrors errors;
    final TokenizerWarnings warnings;

    private Tokenizer(String text, String filename, Input input, boolean trivia,
            boolean hasEncoding) {
        this(text, filename, input, trivia, hasEncoding, 0, 0);
    }

    private Tokenizer(String text, String filename, Input input, boolean trivia,
            boolean hasEncoding, int startingLineno, int startingColOffset) {
        this.filename = filename;
        this.hasEncoding = hasEncoding;
        this.startingLineno = startingLineno;
        this.startingColOffset = startingColOffset;
        this.lineno = startingLineno > 0 ? startingLineno - 1 : 0;
        this.trivia = trivia;
        this.fileInput = input == Input.FILE;
        this.s = Input.translateNewlines(text, input);
        this.n = s.length;
        char last = text.isEmpty() ? 0 : text.charAt(text.length() - 1);
        this.sourceEnd = n > 0 && s[n - 1] == '\n' && last != '\n' && last != '\r' ? n - 1 : n;
        this.errors = new TokenizerErrors(this);
        this.warnings = new TokenizerWarnings(this);
    }

    /**
     * A tokenizer over source bytes, decoded as {@code ast.parse(bytes)} decodes them (BOM, coding
     * cookie, UTF-8 by default), for a module ({@code exec} input: a final newline is implied).
     */
    public static Tokenizer forBytes(byte[] source, String filename) {
        return forBytes(source, filename, true);
    }

    /**
     * As {@link #forBytes(byte[], String)}; {@code execInput} is false for {@code eval} and
     * {@code single} input, where CPython does not add a final newline.
     */
    public static Tokenizer forBytes(byte[] source, String filename, boolean execInput) {
        SourceDecoder.checkNoNulBytes(source, filename);
        SourceDecoder.Decoded decoded = SourceDecoder.decode(source, filename, execInput);
        Input input = decoded.translated() ? Input.TRANSLATED
                : execInput ? Input.EXEC : Input.NO_NEWLINE;
        Tokenizer t = new Tokenizer(decoded.text(), filename, input, false, decoded.declared());
        if (!decoded.isUtf8()) {
            t.undecodedSource = source;
        }
        return t;
    }

    /**
     * A tokenizer for a file being run ({@code python3 FILE}), as CPython's file tokenizer reads
     * it (CPython: Parser/tokenizer.c {@code tok_underflow_file}): decoding problems are reported
     * as that tokenizer words them, a NUL byte or (without a declared encoding) undecodable UTF-8
     * when the line holding it is read, and a final {@code \r\n} adds no empty line.
     */
    public static Tokenizer forFile(byte[] source, String filename) {
        SourceDecoder.Decoded decoded = SourceDecoder.decodeFile(source, filename);
        Tokenizer t = new Tokenizer(decoded.text(), filename, Input.FILE, false,
                decoded.declared());
        t.checkLinesForUtf8 = !decoded.declared();
        t.fileBom = decoded.encoding().equals("utf-8-sig");
        return t;
    }

    /**
     * A tokenizer over already-decoded text, for exec input, as CPython's
     * {@code _PyTokenizer_FromUTF8} (used for {@code ast.parse(str)} and f-string expressions).
     */
    public static Tokenizer forString(String source, String filename) {
        return forString(source, filename, true);
    }

    /** As {@link #forString(String, String)} with CPython's {@code exec_input} flag given. */
    public static Tokenizer forString(String source, String filename, boolean execInput) {
        if (source.indexOf('\0') >= 0) {
            throw SourceDecoder.nulBytesError(filename);
        }
        return new Tokenizer(source, filename, execInput ? Input.EXEC : Input.NO_NEWLINE, false,
                true);
    }

    /**
     * A tokenizer for an f-string replacement field's expression, given as {@code "(" + text +
     * ")"}, as CPython 3.11 sets one up (CPython: Parser/string_parser.c
     * {@code fstring_compile_expr}): lines count from {@code startingLineno}, and token columns on
     * that first line are shifted by {@code startingColOffset}, as pegen shifts them (pegen's
     * {@code starting_lineno} and {@code starting_col_offset} of the sub-parser). Errors built by
     * {@link TokenizerErrors}'s parser builders get CPython's {@code "f-string: "} prefix and
     * unshifted columns; byte columns stay bytes, as CPython's tokenizer has no encoding here.
     */
    public static Tokenizer forFStringExpression(String parenthesized, String filename,
            int startingLineno, int startingColOffset) {
        return new Tokenizer(parenthesized, filename, Input.EXEC, false, false, startingLineno,
                startingColOffset);
    }

    /** Sends the tokenizer's warnings ("invalid decimal literal" before a keyword) there. */
    public void reportWarningsTo(SourceWarnings sink) {
        warnings.reportTo(sink);
    }

    /** Whether this tokenizer reads an f-string expression (pegen's {@code fstring_input}). */
    public boolean isFStringExpression() {
        return startingLineno > 0;
    }

    /** A column as pegen records it: shifted on an f-string expression's first line. */
    // CPython: Parser/pegen.c initialize_token
    int shiftColumn(int col) {
        return startingLineno > 0 && lineno == startingLineno ? startingColOffset + col : col;
    }

    /** A tokenizer that also returns {@code COMMENT} and {@code NL} tokens, for the listing. */
    static Tokenizer withTrivia(String text, String filename) {
        return new Tokenizer(text, filename, Input.EXEC, true, true);
    }

    /**
     * The next token the parser sees, {@code ENDMARKER} at the end (again on every later call).
     * Lines are 1-based and columns UTF-8 byte offsets; {@code INDENT}, {@code DEDENT} and
     * {@code ENDMARKER} have columns -1, as in CPython, whose parser never reads them.
     */
    public Token next() {
        if (failure != null) {
            throw failure;
        }
        try {
            TokenKind kind = scan();
            int startLineno = kind == TokenKind.STRING ? firstLineno : lineno;
            int startLine = kind == TokenKind.STRING ? multiLineStart : lineStart;
            boolean startNonAscii = kind == TokenKind.STRING ? multiLineNonAscii : lineNonAscii;
            int col = pStart >= 0 && pStart >= startLine
                    ? byteColumn(startLine, pStart, startNonAscii) : -1;
            int endCol = pEnd >= 0 && pEnd >= lineStart
                    ? byteColumn(lineStart, pEnd, lineNonAscii) : -1;
            String text;
            if (pStart < 0 || pEnd == pStart) {
                text = "";
            } else if (kind.operator != null && s[pStart] == kind.operator.charAt(0)) {
                text = kind.operator; // no copy for the commonest tokens ("<>" keeps its text)
            } else {
                text = new String(s, pStart, pEnd - pStart);
            }
            return new Token(kind, text, startLineno, shiftColumn(col), lineno,
                    shiftColumn(endCol));
        } catch (PythonSyntaxError e) {
            failure = e;
            throw e;
        }
    }

    /** The UTF-8 byte length of {@code s[from, to)}, the column of {@code to} in its line. */
    private int byteColumn(int from, int to, boolean nonAscii) {
        if (!nonAscii) {
            return to - from;
        }
        // tokens move forward: continue from the last column measured on this line
        if (from != columnLineStart || to < columnPos) {
            columnLineStart = from;
            columnPos = from;
            columnBytes = 0;
        }
        columnBytes += Utf8.byteLength(s, columnPos, to);
        columnPos = to;
        return columnBytes;
    }

    private int columnLineStart = -1;
    private int columnPos;
    private int columnBytes;

    // --- reading characters (CPython: tok_nextc, tok_backup, tok_underflow_string) ---

    int nextc() {
        if (cur < inp) {
            return s[cur++];
        }
        if (eof) {
            return EOF;
        }
        if (inp >= n) {
            eof = true;
            if (fileInput && tokStart < 0) {
                bufStart = cur; // CPython's file tokenizer empties its buffer before reading
            }
            return EOF;
        }
        int end = inp;
        boolean nonAscii = false;
        boolean nul = false;
        while (end < n) {
            char c = s[end++];
            if (c == '\n') {
                break;
            }
            if (c >= 0x80) {
                nonAscii = true;
            } else if (c == 0) {
                nul = true;
            }
        }
        if (tokStart < 0) {
            bufStart = cur;
        }
        lineStart = cur;
        lineNonAscii = nonAscii;
        lineno++;
        inp = end;
        if (fileInput && (nul || nonAscii && checkLinesForUtf8)) {
            checkFileLine(nul);
        }
        return s[cur++];
    }

    /** The checks CPython's file tokenizer makes on each line it reads. */
    // CPython: Parser/tokenizer.c tok_underflow_file, ensure_utf8
    private void checkFileLine(boolean nul) {
        if (nul) {
            // CPython reads the line as a C string: its text ends at the NUL
            int end = lineStart;
            while (s[end] != 0) {
                end++;
            }
            errors.lastOrigin = TokenizerErrors.Origin.TOKENIZER;
            throw new PythonSyntaxError(PythonSyntaxError.Type.SyntaxError,
                    "source code cannot contain null bytes", filename, lineno, 0,
                    Utf8.replaceDecode(java.nio.CharBuffer.wrap(s), lineStart, end), lineno, 0);
        }
        for (int i = lineStart; i < inp; i++) {
            if (Utf8.isEscapedByteAt(s, i)) {
                errors.lastOrigin = TokenizerErrors.Origin.TOKENIZER;
                throw SourceDecoder.fileError(String.format("Non-UTF-8 code starting with '\\x%02x'"
                        + " in file %s on line %d, but no encoding declared; see "
                        + "https://peps.python.org/pep-0263/ for details", s[i] & 0xFF, filename,
                        lineno), filename);
            }
        }
    }

    void backup(int c) {
        if (c != EOF) {
            cur--;
        }
    }


    // --- the scan (CPython: Parser/tokenizer.c tok_get) ---

    private TokenKind scan() {
        pStart = -1;
        pEnd = -1;
        boolean resume = resumeAfterComment;
        resumeAfterComment = false;
        while (true) { // CPython's "nextline" label
            if (!resume) {
                tokStart = -1;
                blankline = false;
                if (atBol) {
                    indentation();
                }
                tokStart = cur;
                if (pendin != 0) {
                    if (pendin < 0) {
                        pendin++;
                        return TokenKind.DEDENT;
                    }
                    pendin--;
                    return TokenKind.INDENT;
                }
                if (asyncHacks != null) {
                    asyncHacks.atLineStart(this);
                }
            }
            resume = false;
            while (true) { // CPython's "again" label
                tokStart = -1;
                int c;
                do {
                    c = nextc();
                } while (c == ' ' || c == '\t' || c == '\f');
                tokStart = cur - 1;

                if (c == '#') {
                    while (c != EOF && c != '\n') {
                        c = nextc();
                    }
                    if (trivia) {
                        backup(c);
                        pStart = tokStart;
                        pEnd = cur;
                        resumeAfterComment = true;
                        return TokenKind.COMMENT;
                    }
                    if (typeComments) {
                        TokenKind typeComment = TypeComments.typeComment(this, c);
                        if (typeComment != null) {
                            return typeComment;
                        }
                    }
                }
                if (c == EOF) {
                    if (level > 0) {
                        throw errors.unclosedParenthesis();
                    }
                    return TokenKind.ENDMARKER;
                }
                if (isPotentialIdentifierStart(c)) {
                    return nameOrPrefixedString(c);
                }
                if (c == '\n') {
                    atBol = true;
                    if (blankline || level > 0) {
                        if (trivia) {
                            pStart = tokStart;
                            pEnd = cur - 1;
                            return TokenKind.NL;
                        }
                        break; // to "nextline"
                    }
                    pStart = tokStart;
                    pEnd = cur - 1; // CPython leaves the '\n' out of the token
                    if (asyncHacks != null) {
                        asyncHacks.atNewline();
                    }
                    return TokenKind.NEWLINE;
                }
                if (c == '.') {
                    c = nextc();
                    if (isDigit(c)) {
                        return NumberScanner.fraction(this, c);
                    } else if (c == '.') {
                        c = nextc();
                        if (c == '.') {
                            return token(TokenKind.ELLIPSIS);
                        }
                        backup(c);
                        backup('.');
                    } else {
                        backup(c);
                    }
                    return token(TokenKind.DOT);
                }
                if (isDigit(c)) {
                    return NumberScanner.number(this, c);
                }
                if (c == '\'' || c == '"') {
                    return StringScanner.string(this, c);
                }
                if (c == '\\') {
                    continuationLine();
                    continue; // to "again"
                }
                return operator(c);
            }
        }
    }

    /**
     * Makes comments starting {@code # type:} tokens ({@code ast.PyCF_TYPE_COMMENTS}), read by
     * {@link TypeComments}.
     */
    public void enableTypeComments() {
        typeComments = true;
    }

    /** Whether {@code word} stands in {@link #s} at {@code from}. */
    boolean regionMatches(int from, String word) {
        for (int i = 0; i < word.length(); i++) {
            if (s[from + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Ends the current token at {@link #cur}. */
    TokenKind token(TokenKind kind) {
        return token(kind, tokStart, cur);
    }

    /** A token of {@code kind} whose text is {@code s[start, end)}. */
    TokenKind token(TokenKind kind, int start, int end) {
        pStart = start;
        pEnd = end;
        return kind;
    }

    // CPython: Parser/tokenizer.c tok_get, the indentation block
    private void indentation() {
        int col = 0;
        int altcol = 0;
        atBol = false;
        int contLineCol = 0;
        int c;
        while (true) {
            c = nextc();
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / TABSIZE + 1) * TABSIZE;
                altcol = (altcol / ALTTABSIZE + 1) * ALTTABSIZE;
            } else if (c == '\f') {
                col = 0; // for Emacs users, as CPython says
                altcol = 0;
            } else if (c == '\\') {
                // the first backslash's column is the indentation of what follows it
                contLineCol = contLineCol != 0 ? contLineCol : col;
                continuationLine();
            } else {
                break;
            }
        }
        backup(c);
        if (c == '#' || c == '\n') {
            blankline = true; // whitespace and comments do not change the indentation
        }
        if (blankline || level != 0) {
            return;
        }
        if (contLineCol != 0) {
            col = contLineCol;
            altcol = contLineCol;
        }
        if (col == indstack[indent]) {
            if (altcol != altindstack[indent]) {
                throw errors.tabError();
            }
        } else if (col > indstack[indent]) {
            if (indent + 1 >= MAXINDENT) {
                throw errors.tooDeep();
            }
            if (altcol <= altindstack[indent]) {
                throw errors.tabError();
            }
            pendin++;
            indstack[++indent] = col;
            altindstack[indent] = altcol;
        } else {
            while (indent > 0 && col < indstack[indent]) {
                pendin--;
                indent--;
            }
            if (col != indstack[indent]) {
                throw errors.dedentMismatch();
            }
            if (altcol != altindstack[indent]) {
                throw errors.tabError();
            }
        }
    }

    /** After a backslash: the newline it escapes, and not the end of the input. */
    // CPython: Parser/tokenizer.c tok_continuation_line
    private void continuationLine() {
        int c = nextc();
        if (c != '\n') {
            throw errors.lineContinuation();
        }
        c = nextc();
        if (c == EOF) {
            cur = inp;
            throw errors.unexpectedEof();
        }
        backup(c);
    }

    private TokenKind nameOrPrefixedString(int c) {
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        while (true) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true; // u"" exists for compatibility and takes no other prefix
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            c = nextc();
            if (c == '"' || c == '\'') {
                return StringScanner.string(this, c);
            }
        }
        boolean nonAscii = false;
        while (isPotentialIdentifierChar(c)) {
            if (c >= 128) {
                nonAscii = true;
            }
            c = nextc();
        }
        backup(c);
        if (nonAscii) {
            Identifiers.verify(this);
        }
        if (asyncHacks != null) {
            asyncHacks.atName(this);
        }
        return token(TokenKind.NAME);
    }

    /** Makes {@code async} and {@code await} names outside {@code async def} (3.6 and older). */
    public void enableAsyncHacks() {
        asyncHacks = new AsyncHacks();
    }

    /**
     * Whether the NAME just returned, when it is {@code async} or {@code await}, is the keyword:
     * always, unless {@link #enableAsyncHacks} made them names outside an {@code async def}.
     */
    public boolean asyncKeywordHere() {
        return asyncHacks == null || asyncHacks.keyword;
    }

    private TokenKind operator(int c) {
        int c2 = nextc();
        TokenKind kind = Operators.twoChars(c, c2);
        if (kind != null) {
            int c3 = nextc();
            TokenKind three = Operators.threeChars(c, c2, c3);
            if (three != null) {
                kind = three;
            } else {
                backup(c3);
            }
            return token(kind);
        }
        backup(c2);
        switch (c) {
            case '(', '[', '{' -> {
                if (level >= MAXLEVEL) {
                    throw errors.syntaxError("too many nested parentheses");
                }
                parenstack[level] = (char) c;
                parenLinenoStack[level] = lineno;
                parenColStack[level] = byteColumn(lineStart, tokStart, lineNonAscii);
                level++;
            }
            case ')', ']', '}' -> {
                if (level == 0) {
                    throw errors.syntaxError("unmatched '" + (char) c + "'");
                }
                level--;
                char opening = parenstack[level];
                if (!((opening == '(' && c == ')') || (opening == '[' && c == ']')
                        || (opening == '{' && c == '}'))) {
                    String msg = "closing parenthesis '" + (char) c
                            + "' does not match opening parenthesis '" + opening + "'";
                    if (parenLinenoStack[level] != lineno) {
                        msg += " on line " + parenLinenoStack[level];
                    }
                    throw errors.syntaxError(msg);
                }
            }
            default -> { }
        }
        if (!UnicodeData.isPrintable(c)) {
            throw errors.syntaxError(String.format("invalid non-printable character U+%04X", c));
        }
        return token(Operators.oneChar(c));
    }

    // --- character classes (CPython: is_potential_identifier_start/char, Py_ISDIGIT) ---

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    static boolean isPotentialIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '_' || c >= 128;
    }

    // --- what the parser reads from the tokenizer's state ---

    /**
     * Line {@code lineno} of the (newline-translated) source with its newline, as CPython's
     * SyntaxError text shows a line, or {@code ""} past the end. Undecodable bytes show as U+FFFD.
     */
    public String lineText(int lineno) {
        int start = lineOffset(startingLineno > 0 ? lineno - startingLineno + 1 : lineno);
        if (start < 0) {
            return "";
        }
        int end = start;
        while (end < n && s[end] != '\n') {
            end++;
        }
        return Utf8.replaceDecode(java.nio.CharBuffer.wrap(s), start, Math.min(n, end + 1));
    }

    /** The index in {@link #s} where line {@code lineno} starts, or -1. */
    int lineOffset(int lineno) {
        int line = 1;
        int i = 0;
        while (line < lineno) {
            while (i < n && s[i] != '\n') {
                i++;
            }
            if (i >= n) {
                return -1;
            }
            i++;
            line++;
        }
        return i < n || lineno == 1 ? i : -1;
    }

    /** The current line number (CPython's {@code tok->lineno}). */
    public int currentLineno() {
        return lineno;
    }

    /**
     * How many brackets are open (CPython's {@code tok->level}); with {@link #openBracket},
     * {@link #openBracketLineno} and {@link #openBracketColOffset} for each open one, innermost
     * at {@code level() - 1}, the parser reports an unclosed bracket as CPython does.
     */
    public int level() {
        return level;
    }

    /** The opening bracket character at depth {@code i} (CPython's {@code tok->parenstack}). */
    public char openBracket(int i) {
        return parenstack[i];
    }

    /** The line of the opening bracket at depth {@code i} ({@code tok->parenlinenostack}). */
    public int openBracketLineno(int i) {
        return parenLinenoStack[i];
    }

    /** The UTF-8 byte column of the opening bracket at depth {@code i} ({@code parencolstack}). */
    public int openBracketColOffset(int i) {
        return parenColStack[i];
    }

    /**
     * What CPython does after its parser failed with a SyntaxError of its own while the tokenizer
     * was still fine (CPython: Parser/pegen_errors.c
     * {@code _PyPegen_tokenize_full_source_to_check_for_errors}): tokenizes the rest of the source
     * and returns the exception that replaces the parser's error, or {@code null} to keep it.
     * An error the tokenizer raises itself wins; so does a bracket left open on a line before
     * {@code errorLineno} (the line of the token the parser's error is at) when the tokenizer only
     * signals a problem; an undecodable name escapes as a {@link PythonUnicodeDecodeError}.
     */
    public RuntimeException checkRestOfSource(int errorLineno) {
        try {
            while (next().kind() != TokenKind.ENDMARKER) {
                // only an error matters
            }
            return null;
        } catch (PythonSyntaxError e) {
            return switch (errors.lastOrigin) {
                case TOKENIZER -> e;
                case DECODE -> new PythonUnicodeDecodeError(errors.lastDecodeMessage);
                case SIGNALLED -> level != 0 && parenLinenoStack[level - 1] < errorLineno
                        ? errors.unclosedParenthesis() : null;
            };
        }
    }

    /** The errors the parser raises from tokenizer state, built as CPython's pegen builds them. */
    public TokenizerErrors errors() {
        return errors;
    }
}
