package dev.krait.lexer;

/**
 * Numeric literals for the {@link Tokenizer}: the digits, underscores, prefixes, fraction, exponent
 * and imaginary suffix a NUMBER token may have, and CPython's errors for the ones it may not
 * (CPython: Parser/tokenizer.c {@code tok_get}'s number block, {@code tok_decimal_tail},
 * {@code verify_end_of_number}), as of CPython 3.11.7 (the oracle), whose number check differs
 * from the 3.11.2 sources in looking at ASCII only. The token's value is the parser's business.
 */
final class NumberScanner {
    private NumberScanner() {}

    /** A number whose first digit {@code c} has been read. */
    static TokenKind number(Tokenizer t, int c) {
        if (c != '0') {
            c = decimalTail(t);
            if (c == '.') {
                return fraction(t, t.nextc());
            }
            return exponent(t, c);
        }
        c = t.nextc();
        if (c == 'x' || c == 'X') {
            c = t.nextc();
            do {
                if (c == '_') {
                    c = t.nextc();
                }
                if (!isHexDigit(c)) {
                    t.backup(c);
                    throw t.errors.syntaxError("invalid hexadecimal literal");
                }
                do {
                    c = t.nextc();
                } while (isHexDigit(c));
            } while (c == '_');
            verifyEnd(t, c, "hexadecimal");
        } else if (c == 'o' || c == 'O') {
            c = radixDigits(t, t.nextc(), '8', "octal");
            verifyEnd(t, c, "octal");
        } else if (c == 'b' || c == 'B') {
            c = radixDigits(t, t.nextc(), '2', "binary");
            verifyEnd(t, c, "binary");
        } else {
            boolean nonzero = false;
            // zeros, maybe an old-style octal; "0" alone is a valid literal
            while (true) {
                if (c == '_') {
                    c = t.nextc();
                    if (!Tokenizer.isDigit(c)) {
                        t.backup(c);
                        throw t.errors.syntaxError("invalid decimal literal");
                    }
                }
                if (c != '0') {
                    break;
                }
                c = t.nextc();
            }
            int zerosEnd = t.cur;
            if (Tokenizer.isDigit(c)) {
                nonzero = true;
                c = decimalTail(t);
            }
            if (c == '.') {
                return fraction(t, t.nextc());
            } else if (c == 'e' || c == 'E') {
                return exponent(t, c);
            } else if (c == 'j' || c == 'J') {
                return imaginary(t);
            } else if (nonzero) {
                t.backup(c);
                throw t.errors.leadingZeros(zerosEnd);
            }
            verifyEnd(t, c, "decimal");
        }
        t.backup(c);
        return t.token(TokenKind.NUMBER);
    }

    /** Octal or binary digits after the prefix; {@code limit} is the first digit not allowed. */
    private static int radixDigits(Tokenizer t, int c, char limit, String kind) {
        do {
            if (c == '_') {
                c = t.nextc();
            }
            if (c < '0' || c >= limit) {
                if (Tokenizer.isDigit(c)) {
                    throw t.errors.syntaxError("invalid digit '" + (char) c + "' in " + kind
                            + " literal");
                }
                t.backup(c);
                throw t.errors.syntaxError("invalid " + kind + " literal");
            }
            do {
                c = t.nextc();
            } while (c >= '0' && c < limit);
        } while (c == '_');
        if (Tokenizer.isDigit(c)) {
            throw t.errors.syntaxError("invalid digit '" + (char) c + "' in " + kind + " literal");
        }
        return c;
    }

    /** The digits after a '.', {@code c} being the first character after it. */
    static TokenKind fraction(Tokenizer t, int c) {
        if (Tokenizer.isDigit(c)) {
            c = decimalTail(t);
        }
        return exponent(t, c);
    }

    /** An optional exponent starting at {@code c}, then an optional imaginary suffix. */
    private static TokenKind exponent(Tokenizer t, int c) {
        if (c == 'e' || c == 'E') {
            int e = c;
            c = t.nextc();
            if (c == '+' || c == '-') {
                c = t.nextc();
                if (!Tokenizer.isDigit(c)) {
                    t.backup(c);
                    throw t.errors.syntaxError("invalid decimal literal");
                }
            } else if (!Tokenizer.isDigit(c)) {
                // "1else": the 'e' starts a keyword, not an exponent
                t.backup(c);
                verifyEnd(t, e, "decimal");
                t.backup(e);
                return t.token(TokenKind.NUMBER);
            }
            c = decimalTail(t);
        }
        if (c == 'j' || c == 'J') {
            return imaginary(t);
        }
        verifyEnd(t, c, "decimal");
        t.backup(c);
        return t.token(TokenKind.NUMBER);
    }

    private static TokenKind imaginary(Tokenizer t) {
        int c = t.nextc();
        verifyEnd(t, c, "imaginary");
        t.backup(c);
        return t.token(TokenKind.NUMBER);
    }

    /** Digits with single underscores between them; returns the first character after them. */
    // CPython: Parser/tokenizer.c tok_decimal_tail
    private static int decimalTail(Tokenizer t) {
        int c;
        while (true) {
            do {
                c = t.nextc();
            } while (Tokenizer.isDigit(c));
            if (c != '_') {
                break;
            }
            c = t.nextc();
            if (!Tokenizer.isDigit(c)) {
                t.backup(c);
                throw t.errors.syntaxError("invalid decimal literal");
            }
        }
        return c;
    }

    /**
     * A number may be followed directly by one of the keywords that can follow it in valid code
     * ({@code 1if x else 2}; CPython warns about it), but by no other name character.
     */
    // CPython: Parser/tokenizer.c verify_end_of_number
    private static void verifyEnd(Tokenizer t, int c, String kind) {
        boolean keyword = false;
        if (c == 'a') {
            keyword = lookahead(t, "nd");
        } else if (c == 'e') {
            keyword = lookahead(t, "lse");
        } else if (c == 'f') {
            keyword = lookahead(t, "or");
        } else if (c == 'i') {
            int c2 = t.nextc();
            keyword = c2 == 'f' || c2 == 'n' || c2 == 's';
            t.backup(c2);
        } else if (c == 'o') {
            keyword = lookahead(t, "r");
        } else if (c == 'n') {
            keyword = lookahead(t, "ot");
        }
        if (keyword) {
            // only a warning, unless the filters make it an error
            t.backup(c);
            t.warnings.syntaxWarning("invalid " + kind + " literal");
            t.nextc();
            return;
        }
        // a non-ASCII character after a number starts a name: CPython 3.11.7 checks ASCII only
        if (c < 128 && Tokenizer.isPotentialIdentifierChar(c)) {
            t.backup(c);
            throw t.errors.syntaxError("invalid " + kind + " literal");
        }
    }

    /** Whether {@code rest} follows, and then no name character; reads nothing in the end. */
    // CPython: Parser/tokenizer.c lookahead
    private static boolean lookahead(Tokenizer t, String rest) {
        int matched = 0;
        while (true) {
            int c = t.nextc();
            boolean result = false;
            if (matched == rest.length()) {
                result = !Tokenizer.isPotentialIdentifierChar(c);
            } else if (c == rest.charAt(matched)) {
                matched++;
                continue;
            }
            t.backup(c);
            while (matched > 0) {
                t.backup(rest.charAt(--matched));
            }
            return result;
        }
    }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
