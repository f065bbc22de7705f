package dev.krait.parser;

import dev.krait.ast.CmpOp;
import dev.krait.ast.Expr;
import dev.krait.ast.Operator;
import dev.krait.ast.UnaryOp;
import dev.krait.lexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The grammar's "Comparison operators", "Bitwise operators" and "Arithmetic operators"
 * sections: {@code comparison} and its operator pairs, {@code bitwise_or} down through
 * {@code shift_expr}, {@code sum}, {@code term}, {@code factor} and {@code power}, with
 * {@code power}'s operand {@code await_primary} (the first rule of "Primary elements"; the rest
 * of that section is {@link PrimaryRules}). The left-recursive operator rules
 * ({@code bitwise_or}, {@code sum}, {@code term}, ...) are loops that extend the left operand while
 * the next operator matches: that builds the same left-leaning trees that pegen's seed growing
 * builds, and they are memoised as CPython memoises every left-recursive rule.
 */
abstract class OperatorRules extends ActionHelpers {
    OperatorRules(TokenSource source, String filename, int expectedTokens) {
        super(source, filename, expectedTokens);
    }

    // Rules defined further up the class chain.
    abstract Expr primary();

    /**
     * <pre>
     * comparison:
     *     | a=bitwise_or b=compare_op_bitwise_or_pair+ { Compare(a, ops(b), exprs(b)) }
     *     | bitwise_or
     * </pre>
     */
    final Expr comparison() {
        int start = mark;
        enter();
        Expr a = bitwise_or();
        if (a == null) {
            leave();
            return null;
        }
        List<CmpOp> ops = null;
        List<Expr> comparators = null;
        CmpopExprPair pair;
        enter(); // CPython's _loop1 function for compare_op_bitwise_or_pair+
        while ((pair = compare_op_bitwise_or_pair()) != null) {
            if (ops == null) {
                ops = new ArrayList<>(2);
                comparators = new ArrayList<>(2);
            }
            ops.add(pair.cmpop());
            comparators.add(pair.expr());
        }
        level -= 2;
        if (ops == null) {
            return a;
        }
        Token s = tokens[start];
        Token e = lastToken();
        return new Expr.Compare(a, ops, comparators, s.lineno(), s.colOffset(), e.endLineno(),
                e.endColOffset());
    }

    /**
     * The ten comparison rules in their grammar order ({@code eq_bitwise_or},
     * {@code noteq_bitwise_or}, {@code lte_bitwise_or}, {@code lt_bitwise_or}, {@code gte_...},
     * {@code gt_...}, {@code notin_...}, {@code in_...}, {@code isnot_...}, {@code is_...}), each
     * {@code op a=bitwise_or}. {@code '!='} must be spelled so, or {@code <>} under
     * {@link Parser#BARRY_AS_BDFL}, where {@code !=} is a syntax error.
     */
    // CPython: Parser/pegen.c _PyPegen_check_barry_as_flufl
    private boolean checkBarryAsFlufl(Token t) {
        boolean diamond = t.text().equals("<>");
        if (barryAsBdfl && !diamond) {
            // RAISE_SYNTAX_ERROR: at the last token read, this one
            throw source.errorAtToken(dev.krait.lexer.PythonSyntaxError.Type.SyntaxError, t,
                    "with Barry as BDFL, use '<>' instead of '!='");
        }
        return diamond == barryAsBdfl;
    }

    final CmpopExprPair compare_op_bitwise_or_pair() {
        int start = mark;
        int type = peekType();
        CmpOp op;
        if (type == EQEQUAL) {
            op = CmpOp.Eq;
        } else if (type == NOTEQUAL) {
            if (!checkBarryAsFlufl(tokens[start])) {
                return null;
            }
            op = CmpOp.NotEq;
        } else if (type == LESSEQUAL) {
            op = CmpOp.LtE;
        } else if (type == LESS) {
            op = CmpOp.Lt;
        } else if (type == GREATEREQUAL) {
            op = CmpOp.GtE;
        } else if (type == GREATER) {
            op = CmpOp.Gt;
        } else if (type == K_NOT) {
            mark++;
            if (expect(K_IN) == null) {
                mark = start;
                return null;
            }
            mark--;
            op = CmpOp.NotIn;
        } else if (type == K_IN) {
            op = CmpOp.In;
        } else if (type == K_IS) {
            mark++;
            if (expect(K_NOT) != null) {
                mark--;
                op = CmpOp.IsNot;
            } else {
                mark--;
                op = CmpOp.Is;
            }
        } else {
            return null;
        }
        mark++;
        // two levels: compare_op_bitwise_or_pair and the operator's own rule (eq_bitwise_or...)
        enter();
        enter();
        Expr a = bitwise_or();
        level -= 2;
        if (a == null) {
            if (op == CmpOp.IsNot) {
                // 'is' 'not' failed: the grammar then tries is_bitwise_or ('is' bitwise_or)
                mark = start + 1;
                enter();
                enter();
                a = bitwise_or();
                level -= 2;
                if (a != null) {
                    return new CmpopExprPair(CmpOp.Is, a);
                }
            }
            mark = start;
            return null;
        }
        return new CmpopExprPair(op, a);
    }

    /** {@code bitwise_or: a=bitwise_or '|' b=bitwise_xor { BinOp(a, BitOr, b) } | bitwise_xor} */
    final Expr bitwise_or() {
        if (isMemoized(BITWISE_OR)) {
            return (Expr) memoResult;
        }
        int start = mark;
        enterLeftRecursive();
        Expr a = bitwise_xor();
        while (a != null) {
            int m = mark;
            Expr b;
            if (expect(VBAR) != null && (b = bitwise_xor()) != null) {
                a = binOp(a, Operator.BitOr, b, start);
            } else {
                mark = m;
                break;
            }
        }
        leaveLeftRecursive();
        memoize(start, BITWISE_OR, a);
        return a;
    }

    /** {@code bitwise_xor: a=bitwise_xor '^' b=bitwise_and { BinOp(a, BitXor, b) } | bitwise_and} */
    final Expr bitwise_xor() {
        if (isMemoized(BITWISE_XOR)) {
            return (Expr) memoResult;
        }
        int start = mark;
        enterLeftRecursive();
        Expr a = bitwise_and();
        while (a != null) {
            int m = mark;
            Expr b;
            if (expect(CIRCUMFLEX) != null && (b = bitwise_and()) != null) {
                a = binOp(a, Operator.BitXor, b, start);
            } else {
                mark = m;
                break;
            }
        }
        leaveLeftRecursive();
        memoize(start, BITWISE_XOR, a);
        return a;
    }

    /** {@code bitwise_and: a=bitwise_and '&' b=shift_expr { BinOp(a, BitAnd, b) } | shift_expr} */
    final Expr bitwise_and() {
        if (isMemoized(BITWISE_AND)) {
            return (Expr) memoResult;
        }
        int start = mark;
        enterLeftRecursive();
        Expr a = shift_expr();
        while (a != null) {
            int m = mark;
            Expr b;
            if (expect(AMPER) != null && (b = shift_expr()) != null) {
                a = binOp(a, Operator.BitAnd, b, start);
            } else {
                mark = m;
                break;
            }
        }
        leaveLeftRecursive();
        memoize(start, BITWISE_AND, a);
        return a;
    }

    /**
     * <pre>
     * shift_expr:
     *     | a=shift_expr '<<' b=sum { BinOp(a, LShift, b) }
     *     | a=shift_expr '>>' b=sum { BinOp(a, RShift, b) }
     *     | sum
     * </pre>
     */
    final Expr shift_expr() {
        if (isMemoized(SHIFT_EXPR)) {
            return (Expr) memoResult;
        }
        int start = mark;
        enterLeftRecursive();
        Expr a = sum();
        while (a != null) {
            int m = mark;
            int type = peekType();
            Operator op = type == LEFTSHIFT ? Operator.LShift
                    : type == RIGHTSHIFT ? Operator.RShift : null;
            Expr b;
            if (op != null && (mark = m + 1) > 0 && (b = sum()) != null) {
                a = binOp(a, op, b, start);
            } else {
                mark = m;
                break;
            }
        }
        leaveLeftRecursive();
        memoize(start, SHIFT_EXPR, a);
        return a;
    }

    /** {@code sum: a=sum '+' b=term { BinOp(a, Add, b) } | a=sum '-' b=term { ... Sub ... } | term} */
    final Expr sum() {
        if (isMemoized(SUM)) {
            return (Expr) memoResult;
        }
        int start = mark;
        enterLeftRecursive();
        Expr a = term();
        while (a != null) {
            int m = mark;
            int type = peekType();
            Operator op = type == PLUS ? Operator.Add : type == MINUS ? Operator.Sub : null;
            Expr b;
            if (op != null && (mark = m + 1) > 0 && (b = term()) != null) {
                a = binOp(a, op, b, start);
            } else {
                mark = m;
                break;
            }
        }
        leaveLeftRecursive();
        memoize(start, SUM, a);
        return a;
    }

    /**
     * <pre>
     * term:
     *     | a=term '*' b=factor | a=term '/' b=factor | a=term '//' b=factor
     *     | a=term '%' b=factor | a=term '@' b=factor
     *     | factor
     * </pre>
     */
    final Expr term() {
        if (isMemoized(TERM)) {
            return (Expr) memoResult;
        }
        int start = mark;
        enterLeftRecursive();
        Expr a = factor();
        while (a != null) {
            int m = mark;
            int type = peekType();
            Operator op = type == STAR ? Operator.Mult
                    : type == SLASH ? Operator.Div
                    : type == DOUBLESLASH ? Operator.FloorDiv
                    : type == PERCENT ? Operator.Mod
                    : type == AT ? Operator.MatMult : null;
            Expr b;
            if (op != null && (mark = m + 1) > 0 && (b = factor()) != null) {
                a = binOp(a, op, b, start);
                if (op == Operator.MatMult) {
                    checkVersion(5, "The '@' operator is", a);
                }
            } else {
                mark = m;
                break;
            }
        }
        leaveLeftRecursive();
        memoize(start, TERM, a);
        return a;
    }

    final Expr.BinOp binOp(Expr a, Operator op, Expr b, int start) {
        Token s = tokens[start];
        Token e = lastToken();
        return new Expr.BinOp(a, op, b, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
    }

    /**
     * <pre>
     * factor (memo):
     *     | '+' a=factor { UnaryOp(UAdd, a) }
     *     | '-' a=factor { UnaryOp(USub, a) }
     *     | '~' a=factor { UnaryOp(Invert, a) }
     *     | power
     * </pre>
     */
    final Expr factor() {
        if (isMemoized(FACTOR)) {
            return (Expr) memoResult;
        }
        int start = mark;
        enter();
        int type = peekType();
        UnaryOp op = type == PLUS ? UnaryOp.UAdd
                : type == MINUS ? UnaryOp.USub : type == TILDE ? UnaryOp.Invert : null;
        Expr r = null;
        if (op != null) {
            mark++;
            Expr a = factor();
            if (a != null) {
                Token s = tokens[start];
                Token e = lastToken();
                r = new Expr.UnaryOp(op, a, s.lineno(), s.colOffset(), e.endLineno(),
                        e.endColOffset());
            } else {
                mark = start;
            }
        }
        if (r == null) {
            r = power();
        }
        leave();
        memoize(start, FACTOR, r);
        return r;
    }

    /** {@code power: a=await_primary '**' b=factor { BinOp(a, Pow, b) } | await_primary} */
    final Expr power() {
        int start = mark;
        enter();
        Expr a = await_primary();
        if (a != null) {
            int m = mark;
            Expr b;
            if (expect(DOUBLESTAR) != null && (b = factor()) != null) {
                a = binOp(a, Operator.Pow, b, start);
            } else {
                mark = m;
            }
        }
        leave();
        return a;
    }

    /** {@code await_primary (memo): AWAIT a=primary { Await(a) } | primary} */
    final Expr await_primary() {
        if (isMemoized(AWAIT_PRIMARY)) {
            return (Expr) memoResult;
        }
        int start = mark;
        enter();
        Expr r = null;
        Expr a;
        if (expect(K_AWAIT) != null && (a = primary()) != null) {
            Token s = tokens[start];
            Token e = lastToken();
            r = checkVersion(5, "Await expressions are",
                    new Expr.Await(a, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset()));
        } else {
            mark = start;
            r = primary();
        }
        leave();
        memoize(start, AWAIT_PRIMARY, r);
        return r;
    }
}
