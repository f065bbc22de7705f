package dev.krait.parser;

import dev.krait.ast.ConstantValue;
import dev.krait.ast.Expr;
import dev.krait.ast.ExprContext;
import dev.krait.ast.MatchCase;
import dev.krait.ast.Operator;
import dev.krait.ast.Pattern;
import dev.krait.ast.Stmt;
import dev.krait.ast.UnaryOp;
import dev.krait.lexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Match statement" section: {@code match_stmt}, {@code case_block} and every pattern rule.
 * {@code match}, {@code case} and {@code _} are soft keywords, matched as NAME tokens by text.
 */
abstract class PatternRules extends StatementRules {
    PatternRules(TokenSource source, String filename, int expectedTokens) {
        super(source, filename, expectedTokens);
    }

    // Rules defined further up the class chain.
    abstract List<Stmt> block();

    abstract Object invalid_match_stmt();

    abstract Object invalid_case_block();

    abstract Object invalid_as_pattern();

    abstract Object invalid_class_pattern();

    abstract Pattern sequence_pattern();

    abstract Pattern mapping_pattern();

    abstract Pattern class_pattern();

    abstract List<Pattern> open_sequence_pattern();

    /**
     * <pre>
     * match_stmt:
     *     | "match" subject=subject_expr ':' NEWLINE INDENT cases=case_block+ DEDENT
     *       { Match(subject, cases) }
     *     | invalid_match_stmt
     * </pre>
     */
    final Stmt match_stmt() {
        int start = mark;
        enter();
        try {
            Expr subject;
            if (expectSoftKeyword("match") != null && (subject = subject_expr()) != null
                    && expect(COLON) != null && expect(NEWLINE) != null
                    && expect(INDENT) != null) {
                List<MatchCase> cases = new ArrayList<>();
                MatchCase c;
                while ((c = case_block()) != null) {
                    cases.add(c);
                }
                if (!cases.isEmpty() && expect(DEDENT) != null) {
                    Token s = tokens[start];
                    Token e = lastToken();
                    return checkVersion(10, "Pattern matching is", new Stmt.Match(subject,
                            cases, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset()));
                }
            }
            mark = start;
            if (callInvalidRules) {
                Object r = invalid_match_stmt();
                if (r != null) {
                    return (Stmt) r;
                }
                mark = start;
            }
            return null;
        } finally {
            leave();
        }
    }

    /**
     * <pre>
     * subject_expr:
     *     | value=star_named_expression ',' values=star_named_expressions?
     *       { Tuple(value + values, Load) }
     *     | named_expression
     * </pre>
     */
    final Expr subject_expr() {
        int start = mark;
        Expr value = star_named_expression();
        if (value != null && expect(COMMA) != null) {
            List<Expr> values = star_named_expressions();
            return tuple(seqInsertInFront(value, values), ExprContext.Load, start);
        }
        mark = start;
        return named_expression();
    }

    /**
     * <pre>
     * case_block:
     *     | invalid_case_block
     *     | "case" pattern=patterns guard=guard? ':' body=block { match_case(pattern, guard, body) }
     * </pre>
     */
    final MatchCase case_block() {
        int start = mark;
        enter();
        try {
            if (callInvalidRules) {
                Object r = invalid_case_block();
                if (r != null) {
                    return (MatchCase) r;
                }
                mark = start;
            }
            Pattern pattern;
            if (expectSoftKeyword("case") != null && (pattern = patterns()) != null) {
                Expr guard = guard();
                List<Stmt> body;
                if (expect(COLON) != null && (body = block()) != null) {
                    return new MatchCase(pattern, guard, body);
                }
            }
            mark = start;
            return null;
        } finally {
            leave();
        }
    }

    /** {@code guard: 'if' guard=named_expression { guard }} */
    final Expr guard() {
        int start = mark;
        Expr g;
        if (expect(K_IF) != null && (g = named_expression()) != null) {
            return g;
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * patterns:
     *     | patterns=open_sequence_pattern { MatchSequence(patterns) }
     *     | pattern
     * </pre>
     */
    final Pattern patterns() {
        int start = mark;
        enter();
        List<Pattern> p = open_sequence_pattern();
        Pattern r;
        if (p != null) {
            Token s = tokens[start];
            Token e = lastToken();
            r = new Pattern.MatchSequence(p, s.lineno(), s.colOffset(), e.endLineno(),
                    e.endColOffset());
        } else {
            r = pattern();
        }
        leave();
        return r;
    }

    /** {@code pattern: as_pattern | or_pattern} */
    final Pattern pattern() {
        enter();
        Pattern r = as_pattern();
        if (r == null) {
            r = or_pattern();
        }
        leave();
        return r;
    }

    /**
     * <pre>
     * as_pattern:
     *     | pattern=or_pattern 'as' target=pattern_capture_target { MatchAs(pattern, target) }
     *     | invalid_as_pattern
     * </pre>
     */
    final Pattern as_pattern() {
        int start = mark;
        enter();
        try {
            Pattern p = or_pattern();
            Expr.Name target;
            if (p != null && expect(K_AS) != null && (target = pattern_capture_target()) != null) {
                Token s = tokens[start];
                Token e = lastToken();
                return new Pattern.MatchAs(p, target.id(), s.lineno(), s.colOffset(),
                        e.endLineno(), e.endColOffset());
            }
            mark = start;
            if (callInvalidRules) {
                Object r = invalid_as_pattern();
                if (r != null) {
                    return (Pattern) r;
                }
                mark = start;
            }
            return null;
        } finally {
            leave();
        }
    }

    /** {@code or_pattern: patterns='|'.closed_pattern+ { single pattern or MatchOr(patterns) }} */
    final Pattern or_pattern() {
        int start = mark;
        enter();
        Pattern p = closed_pattern();
        if (p == null) {
            leave();
            return null;
        }
        List<Pattern> alternatives = null;
        while (true) {
            int m = mark;
            Pattern q;
            if (expect(VBAR) != null && (q = closed_pattern()) != null) {
                if (alternatives == null) {
                    alternatives = singletonSeq(p);
                }
                alternatives.add(q);
            } else {
                mark = m;
                break;
            }
        }
        leave();
        if (alternatives == null) {
            return p;
        }
        Token s = tokens[start];
        Token e = lastToken();
        return new Pattern.MatchOr(alternatives, s.lineno(), s.colOffset(), e.endLineno(),
                e.endColOffset());
    }

    /**
     * <pre>
     * closed_pattern (memo):
     *     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern
     *     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
     * </pre>
     */
    final Pattern closed_pattern() {
        if (isMemoized(CLOSED_PATTERN)) {
            return (Pattern) memoResult;
        }
        int start = mark;
        enter();
        Pattern r = literal_pattern();
        if (r == null) {
            r = capture_pattern();
        }
        if (r == null) {
            r = wildcard_pattern();
        }
        if (r == null) {
            r = value_pattern();
        }
        if (r == null) {
            r = group_pattern();
        }
        if (r == null) {
            r = sequence_pattern();
        }
        if (r == null) {
            r = mapping_pattern();
        }
        if (r == null) {
            r = class_pattern();
        }
        leave();
        memoize(start, CLOSED_PATTERN, r);
        return r;
    }

    /**
     * <pre>
     * literal_pattern:
     *     | value=signed_number !('+' | '-') { MatchValue(value) }
     *     | value=complex_number { MatchValue(value) }
     *     | value=strings { MatchValue(value) }
     *     | 'None' | 'True' | 'False' { MatchSingleton(...) }
     * </pre>
     */
    final Pattern literal_pattern() {
        int start = mark;
        Expr value = literalValue();
        if (value != null) {
            Token s = tokens[start];
            Token e = lastToken();
            return new Pattern.MatchValue(value, s.lineno(), s.colOffset(), e.endLineno(),
                    e.endColOffset());
        }
        int type = peekType();
        ConstantValue c = type == K_NONE ? ConstantValue.NONE
                : type == K_TRUE ? ConstantValue.TRUE : type == K_FALSE ? ConstantValue.FALSE : null;
        if (c == null) {
            return null;
        }
        Token t = tokens[mark++];
        return new Pattern.MatchSingleton(c, t.lineno(), t.colOffset(), t.endLineno(),
                t.endColOffset());
    }

    /** The alternatives {@code signed_number !('+' | '-') | complex_number | strings}. */
    private Expr literalValue() {
        int start = mark;
        Expr value = signed_number();
        if (value != null && !at(PLUS) && !at(MINUS)) {
            return value;
        }
        mark = start;
        value = complex_number();
        if (value != null) {
            return value;
        }
        mark = start;
        if (at(STRING)) {
            return strings();
        }
        return null;
    }

    /**
     * <pre>
     * literal_expr:
     *     | signed_number !('+' | '-') | complex_number | strings
     *     | 'None' | 'True' | 'False' { Constant(...) }
     * </pre>
     */
    final Expr literal_expr() {
        Expr value = literalValue();
        if (value != null) {
            return value;
        }
        int type = peekType();
        ConstantValue c = type == K_NONE ? ConstantValue.NONE
                : type == K_TRUE ? ConstantValue.TRUE : type == K_FALSE ? ConstantValue.FALSE : null;
        if (c == null) {
            return null;
        }
        Token t = tokens[mark++];
        return new Expr.Constant(c, null, t.lineno(), t.colOffset(), t.endLineno(),
                t.endColOffset());
    }

    /**
     * <pre>
     * complex_number:
     *     | real=signed_real_number '+' imag=imaginary_number { BinOp(real, Add, imag) }
     *     | real=signed_real_number '-' imag=imaginary_number { BinOp(real, Sub, imag) }
     * </pre>
     */
    final Expr complex_number() {
        int start = mark;
        Expr real = signed_real_number();
        if (real != null) {
            int type = peekType();
            Operator op = type == PLUS ? Operator.Add : type == MINUS ? Operator.Sub : null;
            if (op != null) {
                mark++;
                Expr imag = imaginary_number();
                if (imag != null) {
                    return binOp(real, op, imag, start);
                }
            }
        }
        mark = start;
        return null;
    }

    /** {@code signed_number: NUMBER | '-' number=NUMBER { UnaryOp(USub, number) }} */
    final Expr signed_number() {
        int start = mark;
        Expr n = number_token();
        if (n != null) {
            return n;
        }
        if (expect(MINUS) != null && (n = number_token()) != null) {
            return negate(n, start);
        }
        mark = start;
        return null;
    }

    private Expr negate(Expr operand, int start) {
        Token s = tokens[start];
        Token e = lastToken();
        return new Expr.UnaryOp(UnaryOp.USub, operand, s.lineno(), s.colOffset(), e.endLineno(),
                e.endColOffset());
    }

    /** {@code signed_real_number: real_number | '-' real=real_number { UnaryOp(USub, real) }} */
    final Expr signed_real_number() {
        int start = mark;
        Expr n = real_number();
        if (n != null) {
            return n;
        }
        if (expect(MINUS) != null && (n = real_number()) != null) {
            return negate(n, start);
        }
        mark = start;
        return null;
    }

    /** {@code real_number: real=NUMBER { _PyPegen_ensure_real(p, real) }} */
    final Expr real_number() {
        Expr n = number_token();
        return n == null ? null : ensureReal(n);
    }

    /** {@code imaginary_number: imag=NUMBER { _PyPegen_ensure_imaginary(p, imag) }} */
    final Expr imaginary_number() {
        Expr n = number_token();
        return n == null ? null : ensureImaginary(n);
    }

    /** {@code capture_pattern: target=pattern_capture_target { MatchAs(NULL, target) }} */
    final Pattern capture_pattern() {
        Expr.Name target = pattern_capture_target();
        if (target == null) {
            return null;
        }
        return new Pattern.MatchAs(null, target.id(), target.lineno(), target.colOffset(),
                target.endLineno(), target.endColOffset());
    }

    /** {@code pattern_capture_target: !"_" name=NAME !('.' | '(' | '=') { name as Store }} */
    final Expr.Name pattern_capture_target() {
        int start = mark;
        if (peekType() != NAME || tokens[start].text().equals("_")) {
            return null;
        }
        Expr.Name name = name_token();
        int type = peekType();
        if (type == DOT || type == LPAR || type == EQUAL) {
            mark = start;
            return null;
        }
        return (Expr.Name) setExprContext(name, ExprContext.Store);
    }

    /** {@code wildcard_pattern: "_" { MatchAs(NULL, NULL) }} */
    final Pattern wildcard_pattern() {
        Token t = expectSoftKeyword("_");
        if (t == null) {
            return null;
        }
        return new Pattern.MatchAs(null, null, t.lineno(), t.colOffset(), t.endLineno(),
                t.endColOffset());
    }

    /** {@code value_pattern: attr=attr !('.' | '(' | '=') { MatchValue(attr) }} */
    final Pattern value_pattern() {
        int start = mark;
        Expr a = attr();
        if (a == null) {
            return null;
        }
        int type = peekType();
        if (type == DOT || type == LPAR || type == EQUAL) {
            mark = start;
            return null;
        }
        return new Pattern.MatchValue(a, a.lineno(), a.colOffset(), a.endLineno(),
                a.endColOffset());
    }

    /**
     * {@code attr: value=name_or_attr '.' attr=NAME { Attribute(value, attr, Load) }}; with
     * {@code name_or_attr: attr | NAME} this is a NAME followed by one or more {@code '.' NAME}.
     */
    final Expr attr() {
        if (isMemoized(ATTR)) {
            return (Expr) memoResult;
        }
        int start = mark;
        Expr a = name_token();
        Expr r = null;
        while (a != null) {
            int m = mark;
            Expr.Name b;
            if (expect(DOT) != null && (b = name_token()) != null) {
                Token s = tokens[start];
                Token e = lastToken();
                a = new Expr.Attribute(a, b.id(), ExprContext.Load, s.lineno(), s.colOffset(),
                        e.endLineno(), e.endColOffset());
                r = a;
            } else {
                mark = m;
                break;
            }
        }
        if (r == null) {
            mark = start;
        }
        memoize(start, ATTR, r);
        return r;
    }

    /** {@code name_or_attr: attr | NAME} */
    final Expr name_or_attr() {
        Expr a = attr();
        return a != null ? a : name_token();
    }

    /** {@code group_pattern: '(' pattern=pattern ')' { pattern }} */
    final Pattern group_pattern() {
        int start = mark;
        Pattern p;
        if (expect(LPAR) != null && (p = pattern()) != null && expect(RPAR) != null) {
            return p;
        }
        mark = start;
        return null;
    }
}
