package dev.krait.parser;

import dev.krait.ast.Arg;
import dev.krait.lexer.Token;

/**
 * The bodies of the {@code invalid_*} rules for function and lambda parameters
 * ({@code invalid_parameters}, {@code invalid_default}, {@code invalid_star_etc},
 * {@code invalid_kwds} and their lambda twins). Only tried in the second pass; each raises
 * CPython's SyntaxError or does not match ({@code null}).
 */
abstract class InvalidParameterRules extends InvalidExpressionRules {
    InvalidParameterRules(TokenSource source, String filename, int expectedTokens) {
        super(source, filename, expectedTokens);
    }

    /**
     * <pre>
     * invalid_parameters:
     *     | param_no_default* invalid_parameters_helper a=param_no_default
     *     | param_no_default* a='(' param_no_default+ ','? b=')'
     *     | a="/" ','
     *     | (slash_no_default | slash_with_default) param_maybe_default* a='/'
     *     | (slash_no_default | slash_with_default)? param_maybe_default* '*'
     *       (',' | param_no_default) param_maybe_default* a='/'
     *     | param_maybe_default+ '/' a='*'
     * </pre>
     */
    @Override
    final Object invalid_parameters() {
        return invalidParameters(false);
    }

    /**
     * <pre>
     * invalid_lambda_parameters:
     *     | lambda_param_no_default* invalid_lambda_parameters_helper a=lambda_param_no_default
     *     | lambda_param_no_default* a='(' ','.lambda_param+ ','? b=')'
     *     | a="/" ','
     *     | (lambda_slash_no_default | lambda_slash_with_default) lambda_param_maybe_default* a='/'
     *     | (lambda_slash_no_default | lambda_slash_with_default)? lambda_param_maybe_default* '*'
     *       (',' | lambda_param_no_default) lambda_param_maybe_default* a='/'
     *     | lambda_param_maybe_default+ '/' a='*'
     * </pre>
     */
    @Override
    final Object invalid_lambda_parameters() {
        return invalidParameters(true);
    }

    private Arg noDefault(boolean lambda) {
        return lambda ? lambda_param_no_default() : param_no_default();
    }

    private int noDefaults(boolean lambda) {
        int n = 0;
        while (noDefault(lambda) != null) {
            n++;
        }
        return n;
    }

    private int maybeDefaults(boolean lambda) {
        int n = 0;
        while ((lambda ? lambda_param_maybe_default() : param_maybe_default()) != null) {
            n++;
        }
        return n;
    }

    private boolean slash(boolean lambda) {
        int m = mark;
        if ((lambda ? lambda_slash_no_default() : slash_no_default()) != null) {
            return true;
        }
        mark = m;
        if ((lambda ? lambda_slash_with_default() : slash_with_default()) != null) {
            return true;
        }
        mark = m;
        return false;
    }

    private Object invalidParameters(boolean lambda) {
        int start = mark;
        Arg a;
        noDefaults(lambda);
        if (invalidParametersHelper(lambda) && (a = noDefault(lambda)) != null) {
            throw raiseSyntaxErrorKnownLocation(a, "non-default argument follows default argument");
        }
        mark = start;
        noDefaults(lambda);
        Token open = expect(LPAR);
        if (open != null) {
            boolean some;
            if (lambda) {
                some = lambda_param() != null;
                while (some) {
                    int m = mark;
                    if (expect(COMMA) == null || lambda_param() == null) {
                        mark = m;
                        break;
                    }
                }
            } else {
                some = noDefaults(false) > 0;
            }
            Token close;
            if (some) {
                expect(COMMA);
                if ((close = expect(RPAR)) != null) {
                    throw raiseSyntaxErrorKnownRange(open, close, lambda
                            ? "Lambda expression parameters cannot be parenthesized"
                            : "Function parameters cannot be parenthesized");
                }
            }
        }
        mark = start;
        Token t;
        if ((t = expect(SLASH)) != null && expect(COMMA) != null) {
            throw raiseSyntaxErrorKnownLocation(t, "at least one argument must precede /");
        }
        mark = start;
        if (slash(lambda)) {
            maybeDefaults(lambda);
            if ((t = expect(SLASH)) != null) {
                throw raiseSyntaxErrorKnownLocation(t, "/ may appear only once");
            }
        }
        mark = start;
        slash(lambda);
        maybeDefaults(lambda);
        if (expect(STAR) != null && (expect(COMMA) != null || noDefault(lambda) != null)) {
            maybeDefaults(lambda);
            if ((t = expect(SLASH)) != null) {
                throw raiseSyntaxErrorKnownLocation(t, "/ must be ahead of *");
            }
        }
        mark = start;
        if (maybeDefaults(lambda) > 0 && expect(SLASH) != null && (t = expect(STAR)) != null) {
            throw raiseSyntaxErrorKnownLocation(t, "expected comma between / and *");
        }
        mark = start;
        return null;
    }

    /**
     * {@code invalid_parameters_helper: a=slash_with_default | param_with_default+} (and
     * {@code invalid_lambda_parameters_helper}, its lambda twin).
     */
    private boolean invalidParametersHelper(boolean lambda) {
        int m = mark;
        if ((lambda ? lambda_slash_with_default() : slash_with_default()) != null) {
            return true;
        }
        mark = m;
        int n = 0;
        while ((lambda ? lambda_param_with_default() : param_with_default()) != null) {
            n++;
        }
        return n > 0;
    }

    /** {@code invalid_default: a='=' &(')'|',') { "expected default value expression" }} */
    @Override
    final Object invalid_default() {
        int start = mark;
        Token a = expect(EQUAL);
        if (a != null && (at(RPAR) || at(COMMA))) {
            throw raiseSyntaxErrorKnownLocation(a, "expected default value expression");
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * invalid_star_etc:
     *     | a='*' (')' | ',' (')' | '**'))
     *     | '*' ',' TYPE_COMMENT
     *     | '*' param a='='
     *     | '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
     * </pre>
     */
    @Override
    final Object invalid_star_etc() {
        int start = mark;
        Token a = expect(STAR);
        if (a == null) {
            return null;
        }
        int afterStar = mark;
        if (expect(RPAR) != null
                || (expect(COMMA) != null && (expect(RPAR) != null || expect(DOUBLESTAR) != null))) {
            throw raiseSyntaxErrorKnownLocation(a, "named arguments must follow bare *");
        }
        mark = afterStar;
        if (expect(COMMA) != null && expect(TYPE_COMMENT) != null) {
            throw raiseSyntaxError("bare * has associated type comment");
        }
        mark = afterStar;
        Token eq;
        if (param() != null && (eq = expect(EQUAL)) != null) {
            throw raiseSyntaxErrorKnownLocation(eq,
                    "var-positional argument cannot have default value");
        }
        mark = afterStar;
        if (param_no_default() != null || expect(COMMA) != null) {
            maybeDefaults(false);
            Token second = expect(STAR);
            if (second != null && (param_no_default() != null || expect(COMMA) != null)) {
                throw raiseSyntaxErrorKnownLocation(second, "* argument may appear only once");
            }
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * invalid_lambda_star_etc:
     *     | '*' (':' | ',' (':' | '**'))
     *     | '*' lambda_param a='='
     *     | '*' (lambda_param_no_default | ',') lambda_param_maybe_default* a='*'
     *       (lambda_param_no_default | ',')
     * </pre>
     */
    @Override
    final Object invalid_lambda_star_etc() {
        int start = mark;
        if (expect(STAR) == null) {
            return null;
        }
        int afterStar = mark;
        if (expect(COLON) != null
                || (expect(COMMA) != null && (expect(COLON) != null || expect(DOUBLESTAR) != null))) {
            throw raiseSyntaxError("named arguments must follow bare *");
        }
        mark = afterStar;
        Token eq;
        if (lambda_param() != null && (eq = expect(EQUAL)) != null) {
            throw raiseSyntaxErrorKnownLocation(eq,
                    "var-positional argument cannot have default value");
        }
        mark = afterStar;
        if (lambda_param_no_default() != null || expect(COMMA) != null) {
            maybeDefaults(true);
            Token second = expect(STAR);
            if (second != null && (lambda_param_no_default() != null || expect(COMMA) != null)) {
                throw raiseSyntaxErrorKnownLocation(second, "* argument may appear only once");
            }
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * invalid_kwds:
     *     | '**' param a='='
     *     | '**' param ',' a=param
     *     | '**' param ',' a[Token*]=('*'|'**'|'/')
     * </pre>
     */
    @Override
    final Object invalid_kwds() {
        return invalidKwds(false);
    }

    /** {@code invalid_lambda_kwds}: as {@code invalid_kwds} with {@code lambda_param}. */
    @Override
    final Object invalid_lambda_kwds() {
        return invalidKwds(true);
    }

    private Object invalidKwds(boolean lambda) {
        int start = mark;
        if (expect(DOUBLESTAR) == null || (lambda ? lambda_param() : param()) == null) {
            mark = start;
            return null;
        }
        Token eq = expect(EQUAL);
        if (eq != null) {
            throw raiseSyntaxErrorKnownLocation(eq,
                    "var-keyword argument cannot have default value");
        }
        if (expect(COMMA) != null) {
            int afterComma = mark;
            Arg a = lambda ? lambda_param() : param();
            if (a != null) {
                throw raiseSyntaxErrorKnownLocation(a,
                        "arguments cannot follow var-keyword argument");
            }
            mark = afterComma;
            int type = peekType();
            if (type == STAR || type == DOUBLESTAR || type == SLASH) {
                throw raiseSyntaxErrorKnownLocation(tokens[mark],
                        "arguments cannot follow var-keyword argument");
            }
        }
        mark = start;
        return null;
    }
}
