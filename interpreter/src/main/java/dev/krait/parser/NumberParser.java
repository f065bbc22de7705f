package dev.krait.parser;

import dev.krait.ast.ConstantValue;
import dev.krait.ast.Expr;
import dev.krait.lexer.Token;
import dev.krait.text.DecimalToDouble;
import dev.krait.text.IntStrLimit;
import java.math.BigInteger;

/**
 * A NUMBER token's text to its value, as CPython computes it (CPython: Parser/pegen.c
 * {@code parsenumber}, {@code parsenumber_raw}, {@code _PyPegen_number_token}).
 *
 * <p>The tokenizer has already checked the literal's form, so this only has to tell the kinds
 * apart: underscores are dropped; a {@code 0x}/{@code 0o}/{@code 0b} prefix or a run of decimal
 * digits is an int; anything else is a float, or an imaginary number when it ends in {@code j}.
 * Floats are correctly rounded ({@link DecimalToDouble} is, as is CPython's dtoa);
 * too-large exponents give {@code inf}, as in CPython.
 *
 * <p>The one error: CPython 3.11 refuses to convert a decimal int of more digits than
 * {@code sys.get_int_max_str_digits()} (4300 by default), and the parser reports that as a
 * SyntaxError.
 */
public final class NumberParser {
    private NumberParser() {}

    /** Fewer decimal digits are never checked (CPython: _PY_LONG_MAX_STR_DIGITS_THRESHOLD). */
    private static final int MAX_STR_DIGITS_THRESHOLD = 640;

    /**
     * The ValueError CPython's int conversion raises for too many decimal digits; the parser turns
     * it into a SyntaxError (see {@link #constant}).
     */
    public static final class DigitLimitError extends RuntimeException {
        DigitLimitError(String message) {
            super(message, null, false, false);
        }
    }

    // CPython: Parser/pegen.c _PyPegen_number_token
    /**
     * The {@code Constant} node for a NUMBER token, or CPython's SyntaxError for a decimal int
     * over the digit limit (raised on the token's lines with no columns, as CPython does).
     */
    public static Expr.Constant constant(StringParser.Host host, Token token) {
        if (host.featureVersion() < 6 && token.text().indexOf('_') >= 0) {
            throw host.syntaxErrorAtLastToken("Underscores in numeric literals are only "
                    + "supported in Python 3.6 and greater");
        }
        try {
            return new Expr.Constant(parse(token.text()), null, token.lineno(), token.colOffset(),
                    token.endLineno(), token.endColOffset());
        } catch (DigitLimitError e) {
            throw host.syntaxErrorAt(e.getMessage() + " - Consider hexadecimal for huge integer"
                    + " literals to avoid decimal conversion limits.", token.lineno(), -1,
                    token.endLineno(), -1);
        }
    }

    // CPython: Parser/pegen.c parsenumber, parsenumber_raw
    /**
     * The value of a NUMBER token's text.
     *
     * @throws DigitLimitError for a decimal int of more digits than the limit in force
     */
    public static ConstantValue parse(String text) {
        String s = text.indexOf('_') < 0 ? text : text.replace("_", "");
        int n = s.length();
        char last = s.charAt(n - 1);
        if (last == 'j' || last == 'J') {
            return new ConstantValue.Imaginary(Double.parseDouble(s.substring(0, n - 1)));
        }
        if (n >= 2 && s.charAt(0) == '0') {
            int radix = switch (s.charAt(1)) {
                case 'x', 'X' -> 16;
                case 'o', 'O' -> 8;
                case 'b', 'B' -> 2;
                default -> 0;
            };
            if (radix != 0) {
                return new ConstantValue.Int(new BigInteger(s.substring(2), radix));
            }
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return new ConstantValue.Float(DecimalToDouble.parse(s, 0, s.length()));
            }
        }
        return new ConstantValue.Int(decimalInt(s));
    }

    private static BigInteger decimalInt(String digits) {
        int n = digits.length();
        if (n <= 18) {
            return BigInteger.valueOf(Long.parseLong(digits));
        }
        // CPython converts "0000..." through strtoul without the digit check; other decimal
        // literals cannot start with 0.
        int limit = n > MAX_STR_DIGITS_THRESHOLD ? IntStrLimit.current() : 0;
        if (limit > 0 && n > limit && digits.charAt(0) != '0') {
            throw new DigitLimitError("Exceeds the limit (" + limit + " digits) for"
                    + " integer string conversion: value has " + n + " digits; use"
                    + " sys.set_int_max_str_digits() to increase the limit");
        }
        return new BigInteger(digits);
    }
}
