package dev.krait.fuzz;

import dev.krait.ast.ConstantValue;
import dev.krait.ast.Expr;
import dev.krait.ast.ExprContext;
import dev.krait.ast.Operator;
import dev.krait.ast.Pattern;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Random {@code match} patterns of every kind: literals (signed and complex numbers, strings,
 * singletons), captures and wildcards, dotted value patterns, sequences with one star, mappings
 * with {@code **rest}, class patterns with positional and keyword sub-patterns, or-patterns and
 * as-patterns (CPython: Grammar/python.gram {@code patterns}).
 */
final class PatternGenerator {
    private static final List<String> CAPTURES = List.of("p", "q", "rest", "value", "match");
    private final GenContext g;

    PatternGenerator(GenContext g) {
        this.g = g;
    }

    Pattern pattern() {
        g.budget--;
        if (g.mustBeLeaf() || g.chance(0.3)) {
            return leaf();
        }
        g.depth++;
        try {
            return switch (g.nextInt(6)) {
                case 0 -> sequence();
                case 1 -> mapping();
                case 2 -> classPattern();
                case 3 -> new Pattern.MatchOr(patterns(2, 3), 0, 0, 0, 0);
                case 4 -> new Pattern.MatchAs(pattern(), g.pick(CAPTURES), 0, 0, 0, 0);
                default -> leaf();
            };
        } finally {
            g.depth--;
        }
    }

    private List<Pattern> patterns(int lo, int hi) {
        List<Pattern> list = new ArrayList<>();
        for (int n = g.count(lo, hi); list.size() < n; ) {
            list.add(pattern());
        }
        return list;
    }

    private Pattern leaf() {
        return switch (g.nextInt(5)) {
            case 0 -> new Pattern.MatchSingleton(g.pickOf(ConstantValue.NONE, ConstantValue.TRUE,
                    ConstantValue.FALSE), 0, 0, 0, 0);
            case 1 -> new Pattern.MatchAs(null, g.chance(0.5) ? null : g.pick(CAPTURES),
                    0, 0, 0, 0);
            case 2 -> new Pattern.MatchValue(dotted(), 0, 0, 0, 0);
            default -> new Pattern.MatchValue(literal(), 0, 0, 0, 0);
        };
    }

    /** A value pattern's dotted name (a bare name would be a capture). */
    private Expr dotted() {
        Expr e = new Expr.Name(g.pickOf("Color", "mod", "a"), ExprContext.Load, 0, 0, 0, 0);
        for (int n = g.between(1, 2); n > 0; n--) {
            e = new Expr.Attribute(e, g.pick(GenContext.ATTRS), ExprContext.Load, 0, 0, 0, 0);
        }
        return e;
    }

    /** Signed numbers, complex numbers ({@code -1 + 2j}) and strings. */
    private Expr literal() {
        return switch (g.nextInt(5)) {
            case 0 -> number(false);
            case 1 -> new Expr.UnaryOp(dev.krait.ast.UnaryOp.USub, number(false), 0, 0, 0, 0);
            case 2 -> new Expr.BinOp(g.chance(0.5) ? number(false)
                    : new Expr.UnaryOp(dev.krait.ast.UnaryOp.USub, number(false), 0, 0, 0, 0),
                    g.pickOf(Operator.Add, Operator.Sub), number(true), 0, 0, 0, 0);
            case 3 -> new Expr.Constant(new ConstantValue.Bytes(new byte[] {'x'}), null,
                    0, 0, 0, 0);
            default -> new Expr.Constant(new ConstantValue.Str(g.pickOf("", "s", "it's")), null,
                    0, 0, 0, 0);
        };
    }

    private Expr number(boolean imaginary) {
        ConstantValue v = imaginary ? new ConstantValue.Imaginary(g.pickOf(1.0, 2.5, 0.0))
                : g.chance(0.5) ? new ConstantValue.Int(BigInteger.valueOf(g.nextInt(100)))
                : new ConstantValue.Float(g.pickOf(0.5, 1e10));
        return new Expr.Constant(v, null, 0, 0, 0, 0);
    }

    private Pattern sequence() {
        List<Pattern> list = patterns(0, 3);
        if (g.chance(0.4)) {
            list.add(g.nextInt(list.size() + 1),
                    new Pattern.MatchStar(g.chance(0.3) ? null : g.pick(CAPTURES), 0, 0, 0, 0));
        }
        return new Pattern.MatchSequence(list, 0, 0, 0, 0);
    }

    private Pattern mapping() {
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (int n = g.count(0, 3); keys.size() < n; ) {
            String key = g.pickOf("k", "a", "b", "c");
            if (used.contains(key)) {
                break;
            }
            used.add(key);
            keys.add(g.chance(0.2) ? dotted()
                    : new Expr.Constant(new ConstantValue.Str(key), null, 0, 0, 0, 0));
            values.add(pattern());
        }
        return new Pattern.MatchMapping(keys, values, g.chance(0.3) ? "rest" : null, 0, 0, 0, 0);
    }

    private Pattern classPattern() {
        Expr cls = g.chance(0.5) ? new Expr.Name(g.pickOf("Point", "int", "str"), ExprContext.Load,
                0, 0, 0, 0) : dotted();
        List<String> attrs = new ArrayList<>();
        List<Pattern> kwd = new ArrayList<>();
        for (String attr : List.of("x", "y", "z")) {
            if (g.chance(0.3)) {
                attrs.add(attr);
                kwd.add(pattern());
            }
        }
        return new Pattern.MatchClass(cls, patterns(0, 2), attrs, kwd, 0, 0, 0, 0);
    }
}
