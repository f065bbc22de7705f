package dev.krait.parser;

import dev.krait.ast.Arg;
import dev.krait.ast.Arguments;
import dev.krait.ast.ConstantValue;
import dev.krait.ast.Expr;
import dev.krait.ast.ExprContext;
import dev.krait.lexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Primary elements, atoms and literals: {@code primary}, {@code slices}, {@code atom},
 * {@code group}, {@code lambdef} with its parameters, {@code strings}, and the displays
 * {@code list}, {@code tuple}, {@code set}, {@code dict}. {@code primary} is left-recursive in the
 * grammar; here it is an atom followed by a loop over its four suffixes in the grammar's order.
 */
abstract class PrimaryRules extends ExpressionRules {
    PrimaryRules(TokenSource source, String filename, int expectedTokens) {
        super(source, filename, expectedTokens);
    }

    // Rules defined further up the class chain.
    abstract Expr genexp();

    abstract Expr arguments();

    abstract Expr starred_expression();

    abstract Expr listcomp();

    abstract Expr setcomp();

    abstract Expr dictcomp();

    abstract Object invalid_group();

    abstract Object invalid_lambda_parameters();

    abstract Object invalid_lambda_star_etc();

    abstract Object invalid_lambda_kwds();

    abstract Object invalid_double_starred_kvpairs();

    abstract Object invalid_default();

    /**
     * <pre>
     * primary:
     *     | a=primary '.' b=NAME { Attribute(a, b, Load) }
     *     | a=primary b=genexp { Call(a, [b], []) }
     *     | a=primary '(' b=[arguments] ')' { Call(a, b.args, b.keywords) }
     *     | a=primary '[' b=slices ']' { Subscript(a, b, Load) }
     *     | atom
     * </pre>
     */
    @Override
    final Expr primary() {
        if (isMemoized(PRIMARY)) {
            return (Expr) memoResult;
        }
        int start = mark;
        enterLeftRecursive();
        Expr a = atom();
        while (a != null) {
            Expr next = primarySuffix(a, start);
            if (next == null) {
                break;
            }
            a = next;
        }
        leaveLeftRecursive();
        memoize(start, PRIMARY, a);
        return a;
    }

    private Expr primarySuffix(Expr a, int start) {
        int m = mark;
        int type = peekType();
        if (callInvalidRules && (type == LSQB || type == LBRACE)) {
            // 'primary genexp' reaches genexp's invalid_comprehension, which also starts at '['
            // or '{': in the error pass CPython parses "8{a b" and "x[*a for a in b]" that way
            // before trying a subscript (and reads tokens, and tokenizer errors, doing it)
            genexp();
            mark = m;
        }
        if (type == DOT) {
            mark++;
            Expr.Name b = name_token();
            if (b != null) {
                Token s = tokens[start];
                Token e = lastToken();
                return new Expr.Attribute(a, b.id(), ExprContext.Load, s.lineno(), s.colOffset(),
                        e.endLineno(), e.endColOffset());
            }
        } else if (type == LPAR) {
            Expr g = genexp();
            if (g != null) {
                Token s = tokens[start];
                Token e = lastToken();
                return new Expr.Call(a, singletonSeq(g), List.of(), s.lineno(), s.colOffset(),
                        e.endLineno(), e.endColOffset());
            }
            mark = m + 1;
            Expr b = arguments();
            if (expect(RPAR) != null) {
                Token s = tokens[start];
                Token e = lastToken();
                Expr.Call c = (Expr.Call) b;
                return new Expr.Call(a, b == null ? List.of() : c.args(),
                        b == null ? List.of() : c.keywords(), s.lineno(), s.colOffset(),
                        e.endLineno(), e.endColOffset());
            }
        } else if (type == LSQB) {
            mark++;
            Expr b = slices();
            if (b != null && expect(RSQB) != null) {
                Token s = tokens[start];
                Token e = lastToken();
                return new Expr.Subscript(a, b, ExprContext.Load, s.lineno(), s.colOffset(),
                        e.endLineno(), e.endColOffset());
            }
        }
        mark = m;
        return null;
    }

    /**
     * <pre>
     * slices:
     *     | a=slice !',' { a }
     *     | a=','.(slice | starred_expression)+ [','] { Tuple(a, Load) }
     * </pre>
     */
    final Expr slices() {
        int start = mark;
        enter();
        Expr a = slice();
        if (a != null && !at(COMMA)) {
            leave();
            return a;
        }
        mark = start;
        List<Expr> elts = null;
        while (true) {
            int m = mark;
            if (elts != null && expect(COMMA) == null) {
                break;
            }
            Expr e = slice();
            if (e == null) {
                e = starred_expression();
            }
            if (e == null) {
                mark = m;
                break;
            }
            if (elts == null) {
                elts = new ArrayList<>();
            }
            elts.add(e);
        }
        if (elts == null) {
            leave();
            return null;
        }
        expect(COMMA);
        leave();
        return tuple(elts, ExprContext.Load, start);
    }

    /**
     * <pre>
     * slice:
     *     | a=[expression] ':' b=[expression] c=[':' d=[expression] { d }] { Slice(a, b, c) }
     *     | a=named_expression { a }
     * </pre>
     */
    final Expr slice() {
        int start = mark;
        enter();
        Expr a = expression();
        if (expect(COLON) != null) {
            Expr b = expression();
            Expr c = null;
            if (expect(COLON) != null) {
                c = expression();
            }
            Token s = tokens[start];
            Token e = lastToken();
            leave();
            return new Expr.Slice(a, b, c, s.lineno(), s.colOffset(), e.endLineno(),
                    e.endColOffset());
        }
        mark = start;
        Expr r = named_expression();
        leave();
        return r;
    }

    /**
     * <pre>
     * atom:
     *     | NAME
     *     | 'True' | 'False' | 'None'
     *     | &STRING strings
     *     | NUMBER
     *     | &'(' (tuple | group | genexp)
     *     | &'[' (list | listcomp)
     *     | &'{' (dict | set | dictcomp | setcomp)
     *     | '...'
     * </pre>
     */
    final Expr atom() {
        enter();
        Expr r = atom_body();
        leave();
        return r;
    }

    private Expr atom_body() {
        int start = mark;
        int type = peekType();
        Token t = tokens[start];
        if (type == NAME) {
            return name_token();
        }
        ConstantValue constant = type == K_TRUE ? ConstantValue.TRUE
                : type == K_FALSE ? ConstantValue.FALSE
                : type == K_NONE ? ConstantValue.NONE
                : type == ELLIPSIS ? ConstantValue.ELLIPSIS : null;
        if (constant != null) {
            mark++;
            return new Expr.Constant(constant, null, t.lineno(), t.colOffset(), t.endLineno(),
                    t.endColOffset());
        }
        if (type == STRING) {
            return strings();
        }
        if (type == NUMBER) {
            return number_token();
        }
        enter(); // CPython's _tmp function for the group of alternatives
        Expr r = null;
        if (type == LPAR) {
            r = tuple();
            if (r == null) {
                r = group();
            }
            if (r == null) {
                r = genexp();
            }
        } else if (type == LSQB) {
            r = list();
            if (r == null) {
                r = listcomp();
            }
        } else if (type == LBRACE) {
            r = dict();
            if (r == null) {
                r = set();
            }
            if (r == null) {
                r = dictcomp();
            }
            if (r == null) {
                r = setcomp();
            }
        }
        leave();
        return r;
    }

    /**
     * <pre>
     * group:
     *     | '(' a=(yield_expr | named_expression) ')' { a }
     *     | invalid_group
     * </pre>
     */
    final Expr group() {
        int start = mark;
        enter();
        if (expect(LPAR) != null) {
            Expr a = yield_expr();
            if (a == null) {
                a = named_expression();
            }
            if (a != null && expect(RPAR) != null) {
                leave();
                return a;
            }
        }
        mark = start;
        if (callInvalidRules) {
            Object r = invalid_group();
            if (r != null) {
                leave();
                return (Expr) r;
            }
            mark = start;
        }
        leave();
        return null;
    }

    /**
     * <pre>
     * lambdef:
     *     | 'lambda' a=[lambda_params] ':' b=expression { Lambda(a or empty arguments, b) }
     * </pre>
     */
    @Override
    final Expr lambdef() {
        int start = mark;
        if (expect(K_LAMBDA) == null) {
            return null;
        }
        enter();
        Arguments a = lambda_params();
        Expr b;
        if (expect(COLON) != null && (b = expression()) != null) {
            Token s = tokens[start];
            Token e = lastToken();
            leave();
            return new Expr.Lambda(a == null ? emptyArguments() : a, b, s.lineno(), s.colOffset(),
                    e.endLineno(), e.endColOffset());
        }
        mark = start;
        leave();
        return null;
    }

    /** {@code lambda_params: invalid_lambda_parameters | lambda_parameters} */
    final Arguments lambda_params() {
        int start = mark;
        enter();
        if (callInvalidRules) {
            Object r = invalid_lambda_parameters();
            if (r != null) {
                leave();
                return (Arguments) r;
            }
            mark = start;
        }
        Arguments r = lambda_parameters();
        leave();
        return r;
    }

    /**
     * <pre>
     * lambda_parameters:
     *     | a=lambda_slash_no_default b=lambda_param_no_default* c=lambda_param_with_default*
     *       d=[lambda_star_etc]
     *     | a=lambda_slash_with_default b=lambda_param_with_default* c=[lambda_star_etc]
     *     | a=lambda_param_no_default+ b=lambda_param_with_default* c=[lambda_star_etc]
     *     | a=lambda_param_with_default+ b=[lambda_star_etc]
     *     | a=lambda_star_etc
     * </pre>
     */
    final Arguments lambda_parameters() {
        int start = mark;
        enter();
        try {
            List<Arg> a = lambda_slash_no_default();
            if (a != null) {
                List<Arg> b = lambdaParamNoDefaults();
                List<NameDefaultPair> c = lambdaParamWithDefaults();
                StarEtc d = lambda_star_etc();
                return checkVersion(8, "Positional-only parameters are",
                        makeArguments(a, null, b, c, d));
            }
            mark = start;
            SlashWithDefault sw = lambda_slash_with_default();
            if (sw != null) {
                List<NameDefaultPair> b = lambdaParamWithDefaults();
                StarEtc c = lambda_star_etc();
                return checkVersion(8, "Positional-only parameters are",
                        makeArguments(null, sw, null, b, c));
            }
            mark = start;
            List<Arg> plain = lambdaParamNoDefaults();
            if (!plain.isEmpty()) {
                List<NameDefaultPair> b = lambdaParamWithDefaults();
                StarEtc c = lambda_star_etc();
                return makeArguments(null, null, plain, b, c);
            }
            mark = start;
            List<NameDefaultPair> withDefaults = lambdaParamWithDefaults();
            if (!withDefaults.isEmpty()) {
                StarEtc b = lambda_star_etc();
                return makeArguments(null, null, null, withDefaults, b);
            }
            mark = start;
            StarEtc se = lambda_star_etc();
            if (se != null) {
                return makeArguments(null, null, null, null, se);
            }
            mark = start;
            return null;
        } finally {
            leave();
        }
    }

    private List<Arg> lambdaParamNoDefaults() {
        List<Arg> r = new ArrayList<>();
        Arg a;
        while ((a = lambda_param_no_default()) != null) {
            r.add(a);
        }
        return r;
    }

    private List<NameDefaultPair> lambdaParamWithDefaults() {
        List<NameDefaultPair> r = new ArrayList<>();
        NameDefaultPair a;
        while ((a = lambda_param_with_default()) != null) {
            r.add(a);
        }
        return r;
    }

    /**
     * <pre>
     * lambda_slash_no_default:
     *     | a=lambda_param_no_default+ '/' ',' { a }
     *     | a=lambda_param_no_default+ '/' &':' { a }
     * </pre>
     */
    final List<Arg> lambda_slash_no_default() {
        int start = mark;
        List<Arg> a = lambdaParamNoDefaults();
        if (!a.isEmpty() && expect(SLASH) != null && (expect(COMMA) != null || at(COLON))) {
            return a;
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * lambda_slash_with_default:
     *     | a=lambda_param_no_default* b=lambda_param_with_default+ '/' ',' { (a, b) }
     *     | a=lambda_param_no_default* b=lambda_param_with_default+ '/' &':' { (a, b) }
     * </pre>
     */
    final SlashWithDefault lambda_slash_with_default() {
        int start = mark;
        List<Arg> a = lambdaParamNoDefaults();
        List<NameDefaultPair> b = lambdaParamWithDefaults();
        if (!b.isEmpty() && expect(SLASH) != null && (expect(COMMA) != null || at(COLON))) {
            return new SlashWithDefault(a, b);
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * lambda_star_etc:
     *     | invalid_lambda_star_etc
     *     | '*' a=lambda_param_no_default b=lambda_param_maybe_default* c=[lambda_kwds]
     *     | '*' ',' b=lambda_param_maybe_default+ c=[lambda_kwds]
     *     | a=lambda_kwds
     * </pre>
     */
    final StarEtc lambda_star_etc() {
        int start = mark;
        enter();
        try {
            if (callInvalidRules) {
                Object r = invalid_lambda_star_etc();
                if (r != null) {
                    return (StarEtc) r;
                }
                mark = start;
            }
            if (expect(STAR) != null) {
                Arg a = lambda_param_no_default();
                if (a != null) {
                    List<NameDefaultPair> b = lambdaParamMaybeDefaults();
                    Arg c = lambda_kwds();
                    return new StarEtc(a, b, c);
                }
                if (expect(COMMA) != null) {
                    List<NameDefaultPair> b = lambdaParamMaybeDefaults();
                    if (!b.isEmpty()) {
                        Arg c = lambda_kwds();
                        return new StarEtc(null, b, c);
                    }
                }
            }
            mark = start;
            Arg a = lambda_kwds();
            if (a != null) {
                return new StarEtc(null, null, a);
            }
            mark = start;
            return null;
        } finally {
            leave();
        }
    }

    private List<NameDefaultPair> lambdaParamMaybeDefaults() {
        List<NameDefaultPair> r = new ArrayList<>();
        NameDefaultPair a;
        while ((a = lambda_param_maybe_default()) != null) {
            r.add(a);
        }
        return r;
    }

    /** {@code lambda_kwds: invalid_lambda_kwds | '**' a=lambda_param_no_default { a }} */
    final Arg lambda_kwds() {
        int start = mark;
        if (callInvalidRules) {
            Object r = invalid_lambda_kwds();
            if (r != null) {
                return (Arg) r;
            }
            mark = start;
        }
        Arg a;
        if (expect(DOUBLESTAR) != null && (a = lambda_param_no_default()) != null) {
            return a;
        }
        mark = start;
        return null;
    }

    /** {@code lambda_param_no_default: a=lambda_param ',' | a=lambda_param &':'} */
    final Arg lambda_param_no_default() {
        int start = mark;
        Arg a = lambda_param();
        if (a != null && (expect(COMMA) != null || at(COLON))) {
            return a;
        }
        mark = start;
        return null;
    }

    /** {@code lambda_param_with_default: a=lambda_param c=default ',' | ... c=default &':'} */
    final NameDefaultPair lambda_param_with_default() {
        int start = mark;
        Arg a = lambda_param();
        Expr c;
        if (a != null && (c = default_()) != null && (expect(COMMA) != null || at(COLON))) {
            return new NameDefaultPair(a, c);
        }
        mark = start;
        return null;
    }

    /** {@code lambda_param_maybe_default: a=lambda_param c=default? ',' | ... &':'} */
    final NameDefaultPair lambda_param_maybe_default() {
        int start = mark;
        Arg a = lambda_param();
        if (a != null) {
            Expr c = default_();
            if (expect(COMMA) != null || at(COLON)) {
                return new NameDefaultPair(a, c);
            }
        }
        mark = start;
        return null;
    }

    /** {@code lambda_param: a=NAME { arg(a, NULL, NULL) }} */
    final Arg lambda_param() {
        Token t = expect(NAME);
        if (t == null) {
            return null;
        }
        return new Arg(newIdentifier(t.text()), null, null, t.lineno(), t.colOffset(),
                t.endLineno(), t.endColOffset());
    }

    /** {@code default: '=' a=expression { a } | invalid_default} (named default_ in Java). */
    final Expr default_() {
        int start = mark;
        Expr a;
        if (expect(EQUAL) != null && (a = expression()) != null) {
            return a;
        }
        mark = start;
        if (callInvalidRules) {
            Object r = invalid_default();
            if (r != null) {
                return (Expr) r;
            }
            mark = start;
        }
        return null;
    }

    /** {@code strings (memo): a=STRING+ { _PyPegen_concatenate_strings(p, a) }} */
    final Expr strings() {
        if (isMemoized(STRINGS)) {
            return (Expr) memoResult;
        }
        int start = mark;
        List<Token> parts = new ArrayList<>(2);
        Token t;
        while ((t = expect(STRING)) != null) {
            parts.add(t);
        }
        Expr r = parts.isEmpty() ? null : StringParser.concatenate(this, parts);
        memoize(start, STRINGS, r);
        return r;
    }

    /** {@code list: '[' a=[star_named_expressions] ']' { List(a, Load) }} */
    final Expr list() {
        int start = mark;
        if (expect(LSQB) == null) {
            return null;
        }
        enter();
        List<Expr> a = star_named_expressions();
        leave();
        if (expect(RSQB) == null) {
            mark = start;
            return null;
        }
        return list(orEmpty(a), ExprContext.Load, start);
    }

    /**
     * <pre>
     * tuple:
     *     | '(' a=[y=star_named_expression ',' z=[star_named_expressions] { y + z }] ')'
     *       { Tuple(a, Load) }
     * </pre>
     */
    final Expr tuple() {
        int start = mark;
        if (expect(LPAR) == null) {
            return null;
        }
        enter();
        enter(); // CPython's _tmp function for [y=star_named_expression ',' z=...]
        List<Expr> a = null;
        int m = mark;
        Expr y = star_named_expression();
        if (y != null && expect(COMMA) != null) {
            a = seqInsertInFront(y, star_named_expressions());
        } else {
            mark = m;
        }
        level -= 2;
        if (expect(RPAR) == null) {
            mark = start;
            return null;
        }
        return tuple(orEmpty(a), ExprContext.Load, start);
    }

    /** {@code set: '{' a=star_named_expressions '}' { Set(a) }} */
    final Expr set() {
        int start = mark;
        if (expect(LBRACE) == null) {
            return null;
        }
        enter();
        List<Expr> a = star_named_expressions();
        leave();
        if (a == null || expect(RBRACE) == null) {
            mark = start;
            return null;
        }
        Token s = tokens[start];
        Token e = lastToken();
        return new Expr.Set(a, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
    }

    /**
     * <pre>
     * dict:
     *     | '{' a=[double_starred_kvpairs] '}' { Dict(keys(a), values(a)) }
     *     | '{' invalid_double_starred_kvpairs '}'
     * </pre>
     */
    final Expr dict() {
        int start = mark;
        if (expect(LBRACE) == null) {
            return null;
        }
        enter();
        List<KeyValuePair> a = double_starred_kvpairs();
        if (expect(RBRACE) != null) {
            leave();
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            if (a != null) {
                for (KeyValuePair kv : a) {
                    keys.add(kv.key());
                    values.add(kv.value());
                }
            }
            Token s = tokens[start];
            Token e = lastToken();
            return new Expr.Dict(keys, values, s.lineno(), s.colOffset(), e.endLineno(),
                    e.endColOffset());
        }
        // Not only in the error pass: pegen guards an alternative with call_invalid_rules only
        // when it is an invalid_ rule alone, so CPython tries this one in the first pass too
        // (CPython: Tools/peg_generator/pegen/c_generator.py visit_Alt), and "{a:b, c d}" gets
        // invalid_kvpair's error before the error pass's "Perhaps you forgot a comma?".
        mark = start + 1;
        if (invalid_double_starred_kvpairs() != null && expect(RBRACE) != null) {
            leave();
            return null;
        }
        mark = start;
        leave();
        return null;
    }

    /** {@code double_starred_kvpairs: a=','.double_starred_kvpair+ [','] { a }} */
    final List<KeyValuePair> double_starred_kvpairs() {
        KeyValuePair a = double_starred_kvpair();
        if (a == null) {
            return null;
        }
        List<KeyValuePair> r = singletonSeq(a);
        while (true) {
            int m = mark;
            if (expect(COMMA) != null && (a = double_starred_kvpair()) != null) {
                r.add(a);
            } else {
                mark = m;
                break;
            }
        }
        expect(COMMA);
        return r;
    }

    /** {@code double_starred_kvpair: '**' a=bitwise_or { (NULL, a) } | kvpair} */
    final KeyValuePair double_starred_kvpair() {
        int start = mark;
        enter();
        Expr a;
        if (expect(DOUBLESTAR) != null && (a = bitwise_or()) != null) {
            leave();
            return new KeyValuePair(null, a);
        }
        mark = start;
        KeyValuePair r = kvpair();
        leave();
        return r;
    }

    /** {@code kvpair: a=expression ':' b=expression { (a, b) }} */
    final KeyValuePair kvpair() {
        int start = mark;
        Expr a = expression();
        Expr b;
        if (a != null && expect(COLON) != null && (b = expression()) != null) {
            return new KeyValuePair(a, b);
        }
        mark = start;
        return null;
    }
}
