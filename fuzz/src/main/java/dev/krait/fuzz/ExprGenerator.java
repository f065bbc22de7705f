package dev.krait.fuzz;

import dev.krait.ast.Arg;
import dev.krait.ast.Arguments;
import dev.krait.ast.BoolOp;
import dev.krait.ast.CmpOp;
import dev.krait.ast.Comprehension;
import dev.krait.ast.ConstantValue;
import dev.krait.ast.Expr;
import dev.krait.ast.ExprContext;
import dev.krait.ast.Keyword;
import dev.krait.ast.Operator;
import dev.krait.ast.UnaryOp;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Random expressions that {@code ast.parse} accepts once printed by the Unparser: every expression
 * kind, every operator, comprehensions of every kind, lambdas with every parameter form, f-strings
 * with conversions and nested format specs, all literal kinds. Positions are left at 0: the tree
 * is only ever printed, and the printed text is what both parsers see.
 */
final class ExprGenerator {
    private final GenContext g;

    ExprGenerator(GenContext g) {
        this.g = g;
    }

    /** Any expression (CPython's {@code expression} rule: no starred, no bare yield). */
    Expr expr() {
        g.budget--;
        if (g.mustBeLeaf() || g.chance(0.25)) {
            return atom();
        }
        g.depth++;
        try {
            return compound();
        } finally {
            g.depth--;
        }
    }

    private Expr compound() {
        switch (g.nextInt(24)) {
            case 0, 1, 2: return new Expr.BinOp(expr(), g.pick(List.of(Operator.values())), expr(),
                    0, 0, 0, 0);
            case 3: return new Expr.BoolOp(g.pickOf(BoolOp.And, BoolOp.Or), exprs(2, 4),
                    0, 0, 0, 0);
            case 4: return new Expr.UnaryOp(g.pick(List.of(UnaryOp.values())), expr(), 0, 0, 0, 0);
            case 5: {
                int n = g.between(1, 3);
                List<CmpOp> ops = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    ops.add(g.pick(List.of(CmpOp.values())));
                }
                return new Expr.Compare(expr(), ops, exprs(n, n), 0, 0, 0, 0);
            }
            case 6: return new Expr.IfExp(expr(), expr(), expr(), 0, 0, 0, 0);
            case 7: return new Expr.Lambda(arguments(false), expr(), 0, 0, 0, 0);
            case 8: return new Expr.NamedExpr(name(ExprContext.Store), expr(), 0, 0, 0, 0);
            case 9: return call();
            case 10: return new Expr.Attribute(expr(), g.pick(GenContext.ATTRS), ExprContext.Load,
                    0, 0, 0, 0);
            case 11: return new Expr.Subscript(expr(), slice(), ExprContext.Load, 0, 0, 0, 0);
            case 12: return display();
            case 13: return comprehension();
            case 14: return fstring();
            case 15: return new Expr.Await(expr(), 0, 0, 0, 0);
            case 16: return g.inFunction && g.fstringDepth == 0 ? yieldExpr() : atom();
            case 17: return dict();
            case 18, 19: return new Expr.Tuple(starredList(0, 3), ExprContext.Load, 0, 0, 0, 0);
            default: return atom();
        }
    }

    private List<Expr> exprs(int lo, int hi) {
        List<Expr> list = new ArrayList<>();
        for (int n = g.count(lo, hi); list.size() < n; ) {
            list.add(expr());
        }
        return list;
    }

    /** Elements of a display or call: expressions, some of them starred. */
    List<Expr> starredList(int lo, int hi) {
        List<Expr> list = new ArrayList<>();
        for (int n = g.count(lo, hi); list.size() < n; ) {
            list.add(g.chance(0.15) ? new Expr.Starred(expr(), ExprContext.Load, 0, 0, 0, 0)
                    : expr());
        }
        return list;
    }

    Expr yieldExpr() {
        return switch (g.nextInt(3)) {
            case 0 -> new Expr.Yield(null, 0, 0, 0, 0);
            case 1 -> new Expr.Yield(g.chance(0.3)
                    ? new Expr.Tuple(starredList(2, 3), ExprContext.Load, 0, 0, 0, 0) : expr(),
                    0, 0, 0, 0);
            default -> new Expr.YieldFrom(expr(), 0, 0, 0, 0);
        };
    }

    Expr.Name name(ExprContext ctx) {
        return new Expr.Name(g.name(), ctx, 0, 0, 0, 0);
    }

    Expr atom() {
        return switch (g.nextInt(4)) {
            case 0, 1 -> name(ExprContext.Load);
            default -> constant();
        };
    }

    Expr.Constant constant() {
        ConstantValue value = constantValue();
        String kind = value instanceof ConstantValue.Str && g.chance(0.1) ? "u" : null;
        return new Expr.Constant(value, kind, 0, 0, 0, 0);
    }

    private ConstantValue constantValue() {
        return switch (g.nextInt(10)) {
            case 0 -> g.pickOf(ConstantValue.NONE, ConstantValue.TRUE, ConstantValue.FALSE,
                    ConstantValue.ELLIPSIS);
            case 1, 2 -> new ConstantValue.Int(BigInteger.valueOf(g.nextInt(1000)));
            case 3 -> new ConstantValue.Int(new BigInteger(g.between(1, 130),
                    new java.util.Random(g.random.nextLong())));
            case 4 -> new ConstantValue.Float(g.pickOf(0.5, 1e-7, 1e22, 3.14, 1e16, 123.0,
                    Double.POSITIVE_INFINITY, 2.5e-300));
            case 5 -> new ConstantValue.Imaginary(g.pickOf(0.0, 1.0, 2.5, 1e100,
                    Double.POSITIVE_INFINITY));
            case 6 -> new ConstantValue.Bytes(g.fstringDepth > 0 ? new byte[] {'b'}
                    : g.pickOf("", "ab", "\n\0\u00ff", "it's", "\"q\"",
                    "\\").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            default -> new ConstantValue.Str(string());
        };
    }

    /** String values; inside an f-string field only plain ones (no quotes, backslashes, '#'). */
    private String string() {
        if (g.fstringDepth > 0) {
            return g.pickOf("", "s", "ab c", "x1");
        }
        return g.pickOf("", "a", "hello world", "it's", "say \"hi\"", "both ' and \"", "tab\there",
                "line\nbreak", "back\\slash", "\u00e9\u4e2d\ud83d\udc0d", "{braces}", "# not",
                "\0nul", "'''", "\"\"\"", "\u200b", "trailing'", "x\r\n");
    }

    private Expr call() {
        List<Keyword> keywords = new ArrayList<>();
        for (int n = g.count(0, 3); keywords.size() < n; ) {
            keywords.add(new Keyword(g.chance(0.2) ? null : g.pick(GenContext.ATTRS), expr(),
                    0, 0, 0, 0));
        }
        List<Expr> args;
        if (keywords.isEmpty() && g.chance(0.1)) {
            args = List.of(comprehensionOf(3));
        } else {
            args = starredList(0, 3);
        }
        return new Expr.Call(expr(), args, keywords, 0, 0, 0, 0);
    }

    private Expr slice() {
        if (g.chance(0.4)) {
            return new Expr.Slice(g.chance(0.5) ? expr() : null, g.chance(0.5) ? expr() : null,
                    g.chance(0.3) ? expr() : null, 0, 0, 0, 0);
        }
        if (g.chance(0.3)) {
            List<Expr> elts = new ArrayList<>();
            for (int n = g.between(1, 3); elts.size() < n; ) {
                elts.add(g.chance(0.4) ? (Expr) new Expr.Slice(g.chance(0.5) ? expr() : null,
                        null, null, 0, 0, 0, 0) : expr());
            }
            return new Expr.Tuple(elts, ExprContext.Load, 0, 0, 0, 0);
        }
        return expr();
    }

    private Expr display() {
        return switch (g.nextInt(3)) {
            case 0 -> new Expr.List(starredList(0, 4), ExprContext.Load, 0, 0, 0, 0);
            case 1 -> new Expr.Set(starredList(1, 4), 0, 0, 0, 0);
            default -> new Expr.Tuple(starredList(0, 4), ExprContext.Load, 0, 0, 0, 0);
        };
    }

    private Expr dict() {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        for (int n = g.count(0, 4); keys.size() < n; ) {
            keys.add(g.chance(0.2) ? null : expr());
            values.add(expr());
        }
        return new Expr.Dict(keys, values, 0, 0, 0, 0);
    }

    private Expr comprehension() {
        return comprehensionOf(g.nextInt(4));
    }

    private Expr comprehensionOf(int kind) {
        List<Comprehension> gens = new ArrayList<>();
        for (int n = g.between(1, 2); gens.size() < n; ) {
            gens.add(new Comprehension(target(), expr(), exprs(0, 2), g.chance(0.2) ? 1 : 0));
        }
        return switch (kind) {
            case 0 -> new Expr.ListComp(expr(), gens, 0, 0, 0, 0);
            case 1 -> new Expr.SetComp(expr(), gens, 0, 0, 0, 0);
            case 2 -> new Expr.DictComp(expr(), expr(), gens, 0, 0, 0, 0);
            default -> new Expr.GeneratorExp(expr(), gens, 0, 0, 0, 0);
        };
    }

    /** An assignment or loop target: names, attributes, subscripts, and unpacking. */
    Expr target() {
        g.budget--;
        int choice = g.mustBeLeaf() ? 0 : g.nextInt(8);
        g.depth++;
        try {
            return switch (choice) {
                case 1 -> new Expr.Attribute(expr(), g.pick(GenContext.ATTRS), ExprContext.Store,
                        0, 0, 0, 0);
                case 2 -> new Expr.Subscript(expr(), slice(), ExprContext.Store, 0, 0, 0, 0);
                case 3 -> new Expr.Tuple(targets(), ExprContext.Store, 0, 0, 0, 0);
                case 4 -> new Expr.List(targets(), ExprContext.Store, 0, 0, 0, 0);
                default -> name(ExprContext.Store);
            };
        } finally {
            g.depth--;
        }
    }

    /** Two or more targets, at most one of them starred. */
    private List<Expr> targets() {
        List<Expr> list = new ArrayList<>();
        int star = g.chance(0.3) ? g.nextInt(3) : -1;
        for (int n = g.between(2, 3); list.size() < n; ) {
            list.add(list.size() == star
                    ? new Expr.Starred(target(), ExprContext.Store, 0, 0, 0, 0) : target());
        }
        return list;
    }

    /** Simple targets only: augmented assignment and annotated assignment. */
    Expr singleTarget() {
        return switch (g.nextInt(3)) {
            case 0 -> new Expr.Attribute(atom(), g.pick(GenContext.ATTRS), ExprContext.Store,
                    0, 0, 0, 0);
            case 1 -> new Expr.Subscript(atom(), slice(), ExprContext.Store, 0, 0, 0, 0);
            default -> name(ExprContext.Store);
        };
    }

    /** Parameters; {@code annotated} allows annotations (def, not lambda). */
    Arguments arguments(boolean annotated) {
        List<String> names = new ArrayList<>(List.of("p", "q", "r", "s", "t", "u", "v", "w"));
        java.util.Collections.shuffle(names, new java.util.Random(g.random.nextLong()));
        int next = 0;
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        for (int n = g.count(0, 2); posonly.size() < n; ) {
            posonly.add(arg(names.get(next++), annotated));
        }
        for (int n = g.count(0, 2); args.size() < n; ) {
            args.add(arg(names.get(next++), annotated));
        }
        int positional = posonly.size() + args.size();
        for (int n = g.between(0, positional); defaults.size() < n; ) {
            defaults.add(expr());
        }
        Arg vararg = g.chance(0.3) ? arg(names.get(next++), annotated) : null;
        for (int n = g.count(0, 2); kwonly.size() < n; ) {
            kwonly.add(arg(names.get(next++), annotated));
            kwDefaults.add(g.chance(0.5) ? expr() : null);
        }
        Arg kwarg = g.chance(0.3) ? arg(names.get(next++), annotated) : null;
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Arg arg(String name, boolean annotated) {
        return new Arg(name, annotated && g.chance(0.4) ? expr() : null, null, 0, 0, 0, 0);
    }

    // ---- f-strings ----------------------------------------------------------------------

    /** An f-string; nesting stops at two levels, as 3.11 runs out of quote kinds after that. */
    Expr fstring() {
        if (g.fstringDepth >= 2) {
            return atom();
        }
        List<Expr> values = new ArrayList<>();
        boolean lastWasText = false;
        for (int n = g.count(1, 4); values.size() < n; ) {
            if (!lastWasText && g.chance(0.15)) {
                // What f'{name=}' parses to: the text "name=" and the field, merged.
                String id = g.name();
                values.add(new Expr.Constant(new ConstantValue.Str(id + "="), null, 0, 0, 0, 0));
                int conversion = g.pickOf((int) 'r', (int) 'r', (int) 's', (int) 'a', -1);
                Expr spec = conversion == -1 || g.chance(0.3) ? new Expr.JoinedStr(List.of(
                        new Expr.Constant(new ConstantValue.Str(g.pickOf(">10", ".3f", "x")),
                                null, 0, 0, 0, 0)), 0, 0, 0, 0) : null;
                values.add(new Expr.FormattedValue(new Expr.Name(id, ExprContext.Load,
                        0, 0, 0, 0), conversion, spec, 0, 0, 0, 0));
                lastWasText = false;
            } else if (!lastWasText && g.chance(0.4)) {
                values.add(new Expr.Constant(new ConstantValue.Str(fstringText()), null,
                        0, 0, 0, 0));
                lastWasText = true;
            } else {
                values.add(formattedValue());
                lastWasText = false;
            }
        }
        return new Expr.JoinedStr(values, 0, 0, 0, 0);
    }

    private String fstringText() {
        if (g.fstringDepth > 0) {
            return g.pickOf("t", " - ", "{}", "ab");
        }
        return g.pickOf("text", "{", "}", " = ", "q'uote", "d\"q", "\n", "\\", "\u00e9", "x=");
    }

    private Expr formattedValue() {
        g.fstringDepth++;
        try {
            Expr value = g.chance(0.3) ? atom() : expr();
            int conversion = g.pickOf(-1, -1, -1, (int) 's', (int) 'r', (int) 'a');
            Expr spec = null;
            if (g.chance(0.3)) {
                List<Expr> parts = new ArrayList<>();
                parts.add(new Expr.Constant(new ConstantValue.Str(g.pickOf(">10", ".3f", "x",
                        "^", ",")), null, 0, 0, 0, 0));
                if (!g.inFormatSpec && g.chance(0.4)) {
                    g.inFormatSpec = true;
                    parts.add(new Expr.FormattedValue(atom(), -1, null, 0, 0, 0, 0));
                    g.inFormatSpec = false;
                }
                spec = new Expr.JoinedStr(parts, 0, 0, 0, 0);
            }
            return new Expr.FormattedValue(value, conversion, spec, 0, 0, 0, 0);
        } finally {
            g.fstringDepth--;
        }
    }
}
