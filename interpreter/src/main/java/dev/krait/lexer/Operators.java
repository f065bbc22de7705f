package dev.krait.lexer;

/**
 * Operator characters to exact token types (CPython: Parser/token.c {@code PyToken_OneChar},
 * {@code PyToken_TwoChars}, {@code PyToken_ThreeChars}, generated from Grammar/Tokens).
 */
final class Operators {
    private Operators() {}

    /** The one-character operator's type; any other character is a bare {@code OP}. */
    static TokenKind oneChar(int c) {
        return switch (c) {
            case '%' -> TokenKind.PERCENT;
            case '&' -> TokenKind.AMPER;
            case '(' -> TokenKind.LPAR;
            case ')' -> TokenKind.RPAR;
            case '*' -> TokenKind.STAR;
            case '+' -> TokenKind.PLUS;
            case ',' -> TokenKind.COMMA;
            case '-' -> TokenKind.MINUS;
            case '.' -> TokenKind.DOT;
            case '/' -> TokenKind.SLASH;
            case ':' -> TokenKind.COLON;
            case ';' -> TokenKind.SEMI;
            case '<' -> TokenKind.LESS;
            case '=' -> TokenKind.EQUAL;
            case '>' -> TokenKind.GREATER;
            case '@' -> TokenKind.AT;
            case '[' -> TokenKind.LSQB;
            case ']' -> TokenKind.RSQB;
            case '^' -> TokenKind.CIRCUMFLEX;
            case '{' -> TokenKind.LBRACE;
            case '|' -> TokenKind.VBAR;
            case '}' -> TokenKind.RBRACE;
            case '~' -> TokenKind.TILDE;
            default -> TokenKind.OP;
        };
    }

    /**
     * The two-character operator's type, or {@code null}. {@code <>} is NOTEQUAL, as in CPython.
     */
    static TokenKind twoChars(int c1, int c2) {
        return switch (c1) {
            case '!' -> c2 == '=' ? TokenKind.NOTEQUAL : null;
            case '%' -> c2 == '=' ? TokenKind.PERCENTEQUAL : null;
            case '&' -> c2 == '=' ? TokenKind.AMPEREQUAL : null;
            case '*' -> c2 == '*' ? TokenKind.DOUBLESTAR : c2 == '=' ? TokenKind.STAREQUAL : null;
            case '+' -> c2 == '=' ? TokenKind.PLUSEQUAL : null;
            case '-' -> c2 == '=' ? TokenKind.MINEQUAL : c2 == '>' ? TokenKind.RARROW : null;
            case '/' -> c2 == '/' ? TokenKind.DOUBLESLASH : c2 == '=' ? TokenKind.SLASHEQUAL : null;
            case ':' -> c2 == '=' ? TokenKind.COLONEQUAL : null;
            case '<' -> c2 == '<' ? TokenKind.LEFTSHIFT : c2 == '=' ? TokenKind.LESSEQUAL
                    : c2 == '>' ? TokenKind.NOTEQUAL : null;
            case '=' -> c2 == '=' ? TokenKind.EQEQUAL : null;
            case '>' -> c2 == '=' ? TokenKind.GREATEREQUAL : c2 == '>' ? TokenKind.RIGHTSHIFT
                    : null;
            case '@' -> c2 == '=' ? TokenKind.ATEQUAL : null;
            case '^' -> c2 == '=' ? TokenKind.CIRCUMFLEXEQUAL : null;
            case '|' -> c2 == '=' ? TokenKind.VBAREQUAL : null;
            default -> null;
        };
    }

    /** The three-character operator's type, or {@code null}. */
    static TokenKind threeChars(int c1, int c2, int c3) {
        if (c3 == '=') {
            if (c1 == '*' && c2 == '*') {
                return TokenKind.DOUBLESTAREQUAL;
            }
            if (c1 == '/' && c2 == '/') {
                return TokenKind.DOUBLESLASHEQUAL;
            }
            if (c1 == '<' && c2 == '<') {
                return TokenKind.LEFTSHIFTEQUAL;
            }
            if (c1 == '>' && c2 == '>') {
                return TokenKind.RIGHTSHIFTEQUAL;
            }
        }
        if (c1 == '.' && c2 == '.' && c3 == '.') {
            return TokenKind.ELLIPSIS;
        }
        return null;
    }
}
