package dev.krait.ast;

import static dev.krait.ast.Unparser.AND;
import static dev.krait.ast.Unparser.ATOM;
import static dev.krait.ast.Unparser.AWAIT;
import static dev.krait.ast.Unparser.CMP;
import static dev.krait.ast.Unparser.EXPR;
import static dev.krait.ast.Unparser.FACTOR;
import static dev.krait.ast.Unparser.NAMED_EXPR;
import static dev.krait.ast.Unparser.NOT;
import static dev.krait.ast.Unparser.OR;
import static dev.krait.ast.Unparser.POWER;
import static dev.krait.ast.Unparser.TEST;
import static dev.krait.ast.Unparser.TUPLE;
import static dev.krait.ast.Unparser.YIELD;
import static dev.krait.ast.Unparser.nextPrecedence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The expression half of {@link Unparser}, one case per expression kind (CPython: Lib/ast.py
 * {@code _Unparser.visit_<Kind>} for expressions, constants and f-strings). Kept apart so that the
 * statement printer stays one screenful of cases.
 */
final class UnparserExprs {
    private UnparserExprs() {}

    /** Large float literals become infinities in the AST; they print as this overflowing one. */
    private static final String INFSTR = "1e309";

    static void print(Unparser u, Expr expr) {
        switch (expr) {
            case Expr.BoolOp b -> {
                int[] prec = {b.op() == BoolOp.And ? AND : OR};
                u.requireParensFor(prec[0], b, () -> {
                    String op = b.op() == BoolOp.And ? " and " : " or ";
                    for (int i = 0; i < b.values().size(); i++) {
                        if (i > 0) {
                            u.writeOperator(op);
                        }
                        prec[0] = nextPrecedence(prec[0]);
                        u.setPrecedence(prec[0], b.values().get(i));
                        u.traverse(b.values().get(i));
                    }
                });
            }
            case Expr.NamedExpr n -> u.requireParensFor(NAMED_EXPR, n, () -> {
                u.setPrecedence(ATOM, n.target(), n.value());
                u.traverse(n.target());
                u.write(" := ");
                u.traverse(n.value());
            });
            case Expr.BinOp b -> {
                int prec = UnparserStrings.binopPrecedence(b.op());
                u.requireParensFor(prec, b, () -> {
                    boolean right = b.op() == Operator.Pow;
                    u.setPrecedence(right ? nextPrecedence(prec) : prec, b.left());
                    u.traverse(b.left());
                    u.writeOperator(" " + UnparserStrings.binop(b.op()) + " ");
                    u.setPrecedence(right ? prec : nextPrecedence(prec), b.right());
                    u.traverse(b.right());
                });
            }
            case Expr.UnaryOp o -> {
                String op = UnparserStrings.unop(o.op());
                int prec = o.op() == dev.krait.ast.UnaryOp.Not ? NOT : FACTOR;
                u.requireParensFor(prec, o, () -> {
                    u.write(op);
                    if (prec != FACTOR) {
                        u.write(" ");
                    }
                    u.setPrecedence(prec, o.operand());
                    u.traverse(o.operand());
                });
            }
            case Expr.Lambda l -> u.requireParensFor(TEST, l, () -> {
                u.write("lambda");
                String args = u.bufferedText(() -> u.visitArguments(l.args()));
                if (!args.isEmpty()) {
                    u.write(" " + args);
                }
                u.write(": ");
                u.setPrecedence(TEST, l.body());
                u.traverse(l.body());
            });
            case Expr.IfExp i -> u.requireParensFor(TEST, i, () -> {
                u.setPrecedence(nextPrecedence(TEST), i.body(), i.test());
                u.traverse(i.body());
                u.write(" if ");
                u.traverse(i.test());
                u.write(" else ");
                u.setPrecedence(TEST, i.orelse());
                u.traverse(i.orelse());
            });
            case Expr.Dict d -> u.delimitText("{", "}", () -> {
                for (int i = 0; i < d.keys().size(); i++) {
                    if (i > 0) {
                        u.write(", ");
                    }
                    Expr k = d.keys().get(i);
                    Expr v = d.values().get(i);
                    if (k == null) {
                        u.write("**");
                        u.setPrecedence(EXPR, v);
                        u.traverse(v);
                    } else {
                        u.traverse(k);
                        u.write(": ");
                        u.traverse(v);
                    }
                }
            });
            case Expr.Set s -> {
                if (s.elts().isEmpty()) {
                    u.write("{*()}");
                } else {
                    u.delimitText("{", "}", () -> u.interleaveItems(", ", s.elts(), u::traverse));
                }
            }
            case Expr.ListComp c -> comprehension(u, "[", "]", c.elt(), c.generators());
            case Expr.SetComp c -> comprehension(u, "{", "}", c.elt(), c.generators());
            case Expr.GeneratorExp c -> comprehension(u, "(", ")", c.elt(), c.generators());
            case Expr.DictComp c -> u.delimitText("{", "}", () -> {
                u.traverse(c.key());
                u.write(": ");
                u.traverse(c.value());
                c.generators().forEach(u::visitComprehension);
            });
            case Expr.Await a -> u.requireParensFor(AWAIT, a, () -> {
                u.write("await");
                if (a.value() != null) {
                    u.write(" ");
                    u.setPrecedence(ATOM, a.value());
                    u.traverse(a.value());
                }
            });
            case Expr.Yield y -> u.requireParensFor(YIELD, y, () -> {
                u.write("yield");
                if (y.value() != null) {
                    u.write(" ");
                    u.setPrecedence(ATOM, y.value());
                    u.traverse(y.value());
                }
            });
            case Expr.YieldFrom y -> u.requireParensFor(YIELD, y, () -> {
                u.write("yield from ");
                u.setPrecedence(ATOM, y.value());
                u.traverse(y.value());
            });
            case Expr.Compare c -> u.requireParensFor(CMP, c, () -> {
                u.setPrecedence(nextPrecedence(CMP), c.left());
                u.setPrecedence(nextPrecedence(CMP), c.comparators().toArray());
                u.traverse(c.left());
                for (int i = 0; i < c.ops().size(); i++) {
                    u.writeOperator(" " + UnparserStrings.cmpop(c.ops().get(i)) + " ");
                    u.traverse(c.comparators().get(i));
                }
            });
            case Expr.Call c -> {
                u.setPrecedence(ATOM, c.func());
                u.traverse(c.func());
                u.delimitText("(", ")", () -> {
                    u.interleaveItems(", ", c.args(), u::traverse);
                    if (!c.args().isEmpty() && !c.keywords().isEmpty()) {
                        u.write(", ");
                    }
                    u.interleaveItems(", ", c.keywords(), u::visitKeyword);
                });
            }
            case Expr.FormattedValue f -> u.delimitText("{", "}", () -> formattedValue(u, f));
            case Expr.JoinedStr j -> joinedStr(u, j);
            // CPython: Lib/ast.py visit_Constant; a tuple comes only from an AST built in Python
            case Expr.Constant c when c.value() instanceof ConstantValue.Tuple t ->
                    u.delimitText("(", ")", () -> {
                        u.interleaveItems(", ", t.items(), v -> writeConstant(u, v));
                        if (t.items().size() == 1) {
                            u.write(",");
                        }
                    });
            case Expr.Constant c -> {
                if (c.value() instanceof ConstantValue.Ellipsis) {
                    u.write("...");
                } else {
                    if ("u".equals(c.kind())) {
                        u.write("u");
                        writeConstant(u, c.value());
                    } else {
                        String text = u.bufferedText(() -> writeConstant(u, c.value()));
                        u.writeConstant(c, text);
                    }
                }
            }
            case Expr.Attribute a -> {
                u.setPrecedence(ATOM, a.value());
                u.traverse(a.value());
                // 3.__abs__() is a syntax error: an int (or bool) needs a space before the dot.
                if (a.value() instanceof Expr.Constant k && (k.value() instanceof ConstantValue.Int
                        || k.value() instanceof ConstantValue.Bool)) {
                    u.write(" ");
                }
                u.write(".");
                u.write(a.attr());
            }
            case Expr.Subscript s -> {
                u.setPrecedence(ATOM, s.value());
                u.traverse(s.value());
                u.delimitText("[", "]", () -> {
                    if (s.slice() instanceof Expr.Tuple t && !t.elts().isEmpty()) {
                        u.writeItems(t.elts());
                    } else {
                        u.traverse(s.slice());
                    }
                });
            }
            case Expr.Starred s -> {
                u.write("*");
                u.setPrecedence(EXPR, s.value());
                u.traverse(s.value());
            }
            case Expr.Name n -> u.write(n.id());
            case Expr.List l -> u.delimitText("[", "]",
                    () -> u.interleaveItems(", ", l.elts(), u::traverse));
            case Expr.Tuple t -> u.delimitTextIf("(", ")",
                    t.elts().isEmpty() || u.precedence(t) > TUPLE, () -> u.writeItems(t.elts()));
            case Expr.Slice s -> {
                if (s.lower() != null) {
                    u.traverse(s.lower());
                }
                u.write(":");
                if (s.upper() != null) {
                    u.traverse(s.upper());
                }
                if (s.step() != null) {
                    u.write(":");
                    u.traverse(s.step());
                }
            }
        }
    }

    private static void comprehension(Unparser u, String open, String close, Expr elt,
            List<Comprehension> generators) {
        u.delimitText(open, close, () -> {
            u.traverse(elt);
            generators.forEach(u::visitComprehension);
        });
    }

    static void writeConstant(Unparser u, ConstantValue value) {
        switch (value) {
            case ConstantValue.Float f -> u.write(nonFinite(f.repr()));
            case ConstantValue.Imaginary i -> u.write(nonFinite(i.repr()));
            case ConstantValue.Complex z -> u.write(nonFinite(z.repr()));
            case ConstantValue.Str s when u.avoidBackslashes() ->
                    u.writeStrAvoidingBackslashes(s, UnparserStrings.ALL_QUOTES);
            default -> u.write(value.repr());
        }
    }

    private static String nonFinite(String repr) {
        return repr.replace("inf", INFSTR).replace("nan", "(" + INFSTR + "-" + INFSTR + ")");
    }

    // ---- f-strings (CPython: visit_JoinedStr, _write_fstring_inner, visit_FormattedValue) ----

    private static void joinedStr(Unparser u, Expr.JoinedStr node) {
        u.write("f");
        if (u.avoidBackslashes()) {
            String inner = u.bufferedText(() -> fstringInner(u, node));
            u.writeStrAvoidingBackslashes(new ConstantValue.Str(inner),
                    UnparserStrings.ALL_QUOTES);
            return;
        }
        // Escapes are allowed in the constant parts only; the replacement fields avoid them.
        List<String> parts = new ArrayList<>();
        List<Boolean> constant = new ArrayList<>();
        for (Expr value : node.values()) {
            parts.add(u.bufferedText(() -> fstringInner(u, value)));
            constant.add(value instanceof Expr.Constant);
        }
        List<String> body = new ArrayList<>();
        List<String> quoteTypes = UnparserStrings.ALL_QUOTES;
        boolean fallbackToRepr = false;
        for (int i = 0; i < parts.size(); i++) {
            UnparserStrings.Literal lit =
                    UnparserStrings.strLiteral(parts.get(i), quoteTypes, constant.get(i));
            body.add(lit.text());
            if (java.util.Collections.disjoint(new HashSet<>(lit.quotes()), quoteTypes)) {
                fallbackToRepr = true;
                break;
            }
            quoteTypes = lit.quotes();
        }
        if (fallbackToRepr) {
            quoteTypes = List.of("'''");
            body.clear();
            for (String part : parts) {
                String repr = dev.krait.text.Repr.strRepr("\"" + part);
                body.add(repr.substring(2, repr.length() - 1));
            }
        }
        String quote = quoteTypes.get(0);
        u.write(quote + String.join("", body) + quote);
    }

    private static void fstringInner(Unparser u, Expr node) {
        switch (node) {
            case Expr.JoinedStr j -> j.values().forEach(v -> fstringInner(u, v));
            case Expr.Constant c when c.value() instanceof ConstantValue.Str s ->
                    u.write(s.value().replace("{", "{{").replace("}", "}}"));
            case Expr.FormattedValue f -> u.delimitText("{", "}", () -> formattedValue(u, f));
            default -> throw new IllegalArgumentException(
                    "Unexpected node inside JoinedStr, " + node.typeName());
        }
    }

    private static void formattedValue(Unparser u, Expr.FormattedValue node) {
        Unparser inner = u.newFieldUnparser();
        inner.setPrecedence(nextPrecedence(TEST), node.value());
        String expr = inner.visit(node.value());
        if (expr.indexOf('\\') >= 0) {
            throw new IllegalArgumentException(
                    "Unable to avoid backslash in f-string expression part");
        }
        if (expr.startsWith("{")) {
            u.write(" "); // "{ {" keeps a set or dict display from reading as an escaped brace
        }
        u.write(expr);
        if (node.conversion() != -1) {
            u.write("!" + (char) node.conversion());
        }
        if (node.formatSpec() != null) {
            u.write(":");
            fstringInner(u, node.formatSpec());
        }
    }
}
