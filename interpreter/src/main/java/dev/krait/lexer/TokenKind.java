package dev.krait.lexer;

/**
 * Token types, named as in CPython's {@code Grammar/Tokens} (and the {@code token} module).
 * Operators have their exact type ({@code LPAR}, {@code PLUSEQUAL}, ...); {@code python -m
 * tokenize} shows them all as {@code OP}. Keywords are {@code NAME} tokens: the parser tells them
 * apart by text, as CPython's does. {@code COMMENT}, {@code NL} and {@code ENCODING} appear only in the stream shown by
 * {@code --tokens}; the parser never sees them.
 */
public enum TokenKind {
    ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT,
    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), COLON(":"), COMMA(","), SEMI(";"), PLUS("+"),
    MINUS("-"), STAR("*"), SLASH("/"), VBAR("|"), AMPER("&"), LESS("<"), GREATER(">"), EQUAL("="),
    DOT("."), PERCENT("%"), LBRACE("{"), RBRACE("}"), EQEQUAL("=="), NOTEQUAL("!="),
    LESSEQUAL("<="), GREATEREQUAL(">="), TILDE("~"), CIRCUMFLEX("^"), LEFTSHIFT("<<"),
    RIGHTSHIFT(">>"), DOUBLESTAR("**"), PLUSEQUAL("+="), MINEQUAL("-="), STAREQUAL("*="),
    SLASHEQUAL("/="), PERCENTEQUAL("%="), AMPEREQUAL("&="), VBAREQUAL("|="), CIRCUMFLEXEQUAL("^="),
    LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="), DOUBLESTAREQUAL("**="), DOUBLESLASH("//"),
    DOUBLESLASHEQUAL("//="), AT("@"), ATEQUAL("@="), RARROW("->"), ELLIPSIS("..."),
    COLONEQUAL(":="),
    OP, TYPE_IGNORE, TYPE_COMMENT, SOFT_KEYWORD, ERRORTOKEN, COMMENT, NL, ENCODING;

    /** The operator's text, or {@code null} for token types that are not operators. */
    public final String operator;

    TokenKind() {
        this(null);
    }

    TokenKind(String operator) {
        this.operator = operator;
    }

    public boolean isOperator() {
        return operator != null;
    }
}
