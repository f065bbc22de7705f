package dev.krait.lexer;

/**
 * {@code async} and {@code await} as names, for {@code ast.parse(..., feature_version=(3, 6))}
 * and earlier: they are keywords only inside an {@code async def} and in the {@code async} that
 * starts one (CPython: {@code tok->async_hacks}, with the {@code async_def} fields). The
 * {@link Tokenizer} keeps one of these only when asked to ({@link Tokenizer#enableAsyncHacks}),
 * and tells it of each NAME, NEWLINE and line start.
 */
final class AsyncHacks {
    /** Set while reading an {@code async def} (CPython: tok->async_def). */
    private boolean inAsyncDef;
    /** The indentation of that {@code async def} line (tok->async_def_indent). */
    private int asyncDefIndent;
    /** Whether its signature has ended with a NEWLINE (tok->async_def_nl). */
    private boolean pastSignature;
    /** Whether the NAME just read, {@code async} or {@code await}, is a keyword. */
    boolean keyword;

    /**
     * For the NAME just scanned: inside an {@code async def} both words are keywords; outside
     * only {@code async} directly followed by {@code def}, which starts one.
     */
    // CPython: Parser/tokenizer.c tok_get, the "async/await parsing block"
    void atName(Tokenizer t) {
        keyword = false;
        int start = t.tokStart;
        if (t.cur - start != 5 || !(t.regionMatches(start, "async")
                || t.regionMatches(start, "await"))) {
            return;
        }
        if (inAsyncDef) {
            keyword = true;
            return;
        }
        if (t.s[start + 1] != 's' || !nextNameIsDef(t)) {
            return;
        }
        asyncDefIndent = t.indent;
        inAsyncDef = true;
        keyword = true;
    }

    /** A NEWLINE token: past the {@code async def}'s signature, if one is being read. */
    void atNewline() {
        if (inAsyncDef) {
            pastSignature = true;
        }
    }

    /** Ends the {@code async def} being read once a line is indented no deeper than it. */
    void atLineStart(Tokenizer t) {
        if (!inAsyncDef) {
            return;
        }
        int c = t.nextc();
        t.backup(c);
        // a type comment on the line after the signature is followed by a NEWLINE but sets no
        // indentation: wait for a line with something on it
        if (!t.blankline && c != '\n' && t.level == 0 && pastSignature
                && asyncDefIndent >= t.indent) {
            inAsyncDef = false;
            asyncDefIndent = 0;
            pastSignature = false;
        }
    }

    /** Whether the next token is the NAME {@code def} (CPython tokenizes ahead on a copy). */
    private static boolean nextNameIsDef(Tokenizer t) {
        char[] s = t.s;
        int n = t.n;
        int p = t.cur;
        while (true) {
            while (p < n && (s[p] == ' ' || s[p] == '\t' || s[p] == '\f')) {
                p++;
            }
            // a backslash continues the line: the token ahead may be on the next one
            if (p + 1 < n && s[p] == '\\' && s[p + 1] == '\n') {
                p += 2;
                continue;
            }
            break;
        }
        return p + 3 <= n && s[p] == 'd' && s[p + 1] == 'e' && s[p + 2] == 'f'
                && (p + 3 == n || !Tokenizer.isPotentialIdentifierChar(s[p + 3]));
    }
}
