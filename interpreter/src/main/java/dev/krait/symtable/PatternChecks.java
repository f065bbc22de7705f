package dev.krait.symtable;

import dev.krait.ast.ConstantValue;
import dev.krait.ast.Expr;
import dev.krait.ast.MatchCase;
import dev.krait.ast.Pattern;
import dev.krait.ast.Stmt;
import java.math.BigDecimal;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks CPython's compiler makes on {@code match} statements: a case that makes the next
 * ones unreachable, a name bound twice in one pattern, alternatives binding different names,
 * repeated class-pattern keywords and mapping keys. Like the rest of {@link StaticChecks} it
 * follows the generator's order and its location, which, inside a pattern, stays on the last
 * sub-pattern compiled.
 */
// CPython: Python/compile.c compiler_match and compiler_pattern_*
final class PatternChecks {
    private final StaticChecks c;
    /** The names the pattern being compiled binds so far (CPython's pc->stores). */
    private List<String> stores = new ArrayList<>();
    private boolean allowIrrefutable;

    private PatternChecks(StaticChecks c) {
        this.c = c;
    }

    // CPython: Python/compile.c compiler_match_inner
    static void match(StaticChecks c, Stmt.Match s) {
        c.exprs.visit(s.subject());
        List<MatchCase> cases = s.cases();
        MatchCase last = cases.get(cases.size() - 1);
        boolean hasDefault = isWildcard(last.pattern()) && cases.size() > 1;
        int compiled = hasDefault ? cases.size() - 1 : cases.size();
        for (int i = 0; i < compiled; i++) {
            MatchCase m = cases.get(i);
            c.setLocation(m.pattern());
            PatternChecks pc = new PatternChecks(c);
            pc.allowIrrefutable = m.guard() != null || i == cases.size() - 1;
            pc.pattern(m.pattern());
            for (String name : pc.stores) {
                c.forbiddenName(name, false);
            }
            if (m.guard() != null) {
                c.exprs.condition(m.guard());
            }
            c.caseBody(m);
        }
        if (hasDefault) {
            c.setLocation(last.pattern());
            if (last.guard() != null) {
                c.exprs.condition(last.guard());
            }
            c.caseBody(last);
        }
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs as && as.name() == null;
    }

    private static boolean isStarWildcard(Pattern p) {
        return p instanceof Pattern.MatchStar star && star.name() == null;
    }

    // CPython: Python/compile.c compiler_pattern
    private void pattern(Pattern pattern) {
        c.setLocation(pattern);
        switch (pattern) {
            case Pattern.MatchValue p -> {
                if (!(p.value() instanceof Expr.Attribute || c.folding.fold(p.value()) != null)) {
                    throw c.error("patterns may only match literals and attribute lookups");
                }
                c.exprs.visit(p.value());
            }
            case Pattern.MatchSingleton p -> { }
            case Pattern.MatchSequence p -> sequence(p.patterns());
            case Pattern.MatchMapping p -> mapping(p);
            case Pattern.MatchClass p -> classPattern(p);
            case Pattern.MatchStar p -> storeName(p.name());
            case Pattern.MatchAs p -> {
                if (p.pattern() == null) {
                    if (!allowIrrefutable) {
                        if (p.name() != null) {
                            throw c.error("name capture '" + p.name()
                                    + "' makes remaining patterns unreachable");
                        }
                        throw c.error("wildcard makes remaining patterns unreachable");
                    }
                    storeName(p.name());
                } else {
                    pattern(p.pattern());
                    storeName(p.name());
                }
            }
            case Pattern.MatchOr p -> or(p);
        }
    }

    private void subpattern(Pattern p) {
        boolean outer = allowIrrefutable;
        allowIrrefutable = true;
        pattern(p);
        allowIrrefutable = outer;
    }

    // CPython: Python/compile.c pattern_helper_store_name
    private void storeName(String name) {
        if (name == null) {
            return;
        }
        c.forbiddenName(name, false);
        if (stores.contains(name)) {
            throw c.error("multiple assignments to name '" + name + "' in pattern");
        }
        stores.add(name);
    }

    // CPython: Python/compile.c compiler_pattern_sequence
    private void sequence(List<Pattern> patterns) {
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < patterns.size(); i++) {
            Pattern p = patterns.get(i);
            if (p instanceof Pattern.MatchStar) {
                if (star >= 0) {
                    throw c.error("multiple starred names in sequence pattern");
                }
                starWildcard = isStarWildcard(p);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= isWildcard(p);
        }
        if (onlyWildcard) {
            return;
        }
        if (starWildcard) {
            for (int i = 0; i < patterns.size(); i++) {
                Pattern p = patterns.get(i);
                if (!isWildcard(p) && i != star) {
                    subpattern(p);
                }
            }
        } else {
            if (star >= (1 << 8)) {
                throw c.error("too many expressions in star-unpacking sequence pattern");
            }
            for (Pattern p : patterns) {
                subpattern(p);
            }
        }
    }

    // CPython: Python/compile.c compiler_pattern_mapping
    private void mapping(Pattern.MatchMapping p) {
        List<Expr> keys = p.keys();
        List<Object> seen = new ArrayList<>();
        for (Expr key : keys) {
            if (key instanceof Expr.Attribute) {
                c.exprs.visit(key);
                continue;
            }
            Object value = constantKey(key);
            if (value == null) {
                throw c.error("mapping pattern keys may only match literals and attribute "
                        + "lookups");
            }
            for (Object other : seen) {
                if (sameKey(value, other)) {
                    throw c.error("mapping pattern checks duplicate key (" + keyRepr(key) + ")");
                }
            }
            seen.add(value);
            c.exprs.visit(key);
        }
        for (Pattern sub : p.patterns()) {
            subpattern(sub);
        }
        storeName(p.rest());
    }

    // CPython: Python/compile.c compiler_pattern_class, validate_kwd_attrs
    private void classPattern(Pattern.MatchClass p) {
        List<String> attrs = p.kwdAttrs();
        for (int i = 0; i < attrs.size(); i++) {
            c.setLocation(p.kwdPatterns().get(i));
            c.forbiddenName(attrs.get(i), false);
            for (int j = i + 1; j < attrs.size(); j++) {
                if (attrs.get(i).equals(attrs.get(j))) {
                    c.setLocation(p.kwdPatterns().get(j));
                    throw c.error("attribute name repeated in class pattern: " + attrs.get(i));
                }
            }
        }
        c.exprs.visit(p.cls());
        for (Pattern sub : p.patterns()) {
            if (!isWildcard(sub)) {
                subpattern(sub);
            }
        }
        for (Pattern sub : p.kwdPatterns()) {
            if (!isWildcard(sub)) {
                subpattern(sub);
            }
        }
    }

    // CPython: Python/compile.c compiler_pattern_or
    private void or(Pattern.MatchOr p) {
        List<String> outerStores = stores;
        boolean outerIrrefutable = allowIrrefutable;
        List<String> control = null;
        for (int i = 0; i < p.patterns().size(); i++) {
            Pattern alt = p.patterns().get(i);
            c.setLocation(alt);
            stores = new ArrayList<>();
            allowIrrefutable = i == p.patterns().size() - 1 && outerIrrefutable;
            pattern(alt);
            if (control == null) {
                control = stores;
            } else if (stores.size() != control.size() || !stores.containsAll(control)) {
                throw c.error("alternative patterns bind different names");
            }
        }
        stores = outerStores;
        allowIrrefutable = outerIrrefutable;
        for (String name : control) {
            if (stores.contains(name)) {
                throw c.error("multiple assignments to name '" + name + "' in pattern");
            }
            stores.add(name);
        }
    }

    /**
     * The value of a literal mapping key after constant folding, as an object whose equality is
     * Python's: numbers as exact {@link BigDecimal} pairs (real, imaginary), so that
     * {@code 1 == 1.0 == True}; strings and bytes as themselves; None as a marker. Returns
     * {@code null} for a key that is not a literal.
     */
    private static Object constantKey(Expr e) {
        return switch (e) {
            case Expr.Constant k -> switch (k.value()) {
                case ConstantValue.None n -> "None";
                case ConstantValue.Ellipsis d -> "Ellipsis";
                case ConstantValue.Bool b -> complex(b.value() ? BigDecimal.ONE : BigDecimal.ZERO,
                        BigDecimal.ZERO);
                case ConstantValue.Int i -> complex(new BigDecimal(i.value()), BigDecimal.ZERO);
                case ConstantValue.Float f -> Double.isFinite(f.value())
                        ? complex(new BigDecimal(f.value()), BigDecimal.ZERO) : f.value();
                case ConstantValue.Imaginary j -> Double.isFinite(j.imag())
                        ? complex(BigDecimal.ZERO, new BigDecimal(j.imag())) : j;
                case ConstantValue.Complex z -> Double.isFinite(z.real())
                        && Double.isFinite(z.imag())
                        ? complex(new BigDecimal(z.real()), new BigDecimal(z.imag())) : z;
                case ConstantValue.Str s -> s;
                case ConstantValue.Bytes b -> b;
                case ConstantValue.Tuple t -> t;
                case ConstantValue.FrozenSet f -> f;
            };
            case Expr.UnaryOp u when u.op() == dev.krait.ast.UnaryOp.USub
                    && constantKey(u.operand()) instanceof BigDecimal[] v -> complex(v[0].negate(),
                            v[1].negate());
            case Expr.BinOp b when constantKey(b.left()) instanceof BigDecimal[] l
                    && constantKey(b.right()) instanceof BigDecimal[] r -> switch (b.op()) {
                        case Add -> complex(l[0].add(r[0]), l[1].add(r[1]));
                        case Sub -> complex(l[0].subtract(r[0]), l[1].subtract(r[1]));
                        default -> null;
                    };
            default -> null;
        };
    }

    private static BigDecimal[] complex(BigDecimal real, BigDecimal imag) {
        return new BigDecimal[] {real, imag};
    }

    private static boolean sameKey(Object a, Object b) {
        if (a instanceof BigDecimal[] x && b instanceof BigDecimal[] y) {
            return x[0].compareTo(y[0]) == 0 && x[1].compareTo(y[1]) == 0;
        }
        return a.equals(b);
    }

    /** CPython's repr of a folded key, for the duplicate-key message. */
    private static String keyRepr(Expr key) {
        if (key instanceof Expr.Constant k) {
            return k.value().repr();
        }
        if (key instanceof Expr.UnaryOp u && u.operand() instanceof Expr.Constant k) {
            switch (k.value()) {
                case ConstantValue.Int i -> {
                    return i.value().negate().toString();
                }
                case ConstantValue.Float f -> {
                    return new ConstantValue.Float(-f.value()).repr();
                }
                case ConstantValue.Imaginary j -> {
                    return "(-0-" + new ConstantValue.Imaginary(j.imag()).repr() + ")";
                }
                default -> { }
            }
        }
        if (key instanceof Expr.BinOp b) {
            Object v = constantKey(b);
            if (v instanceof BigDecimal[] parts) {
                return "(" + trimmed(parts[0]) + (parts[1].signum() < 0 ? "-" : "+")
                        + trimmed(parts[1].abs()) + "j)";
            }
        }
        return key.toString();
    }

    private static String trimmed(BigDecimal value) {
        return new ConstantValue.Float(value.doubleValue()).repr().replaceAll("\\.0$", "");
    }

}
