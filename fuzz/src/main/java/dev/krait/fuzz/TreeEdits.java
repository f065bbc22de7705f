package dev.krait.fuzz;

import dev.krait.ast.ConstantValue;
import dev.krait.ast.Expr;
import dev.krait.ast.ExprContext;
import dev.krait.ast.Node;
import dev.krait.ast.Pattern;
import dev.krait.ast.Stmt;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-step simplifications of an AST that the {@link Reducer} tries, biggest first: remove a
 * statement (or any list element), splice a compound statement's body in its place, replace an
 * expression by one of its sub-expressions, by a name or by {@code 0}, and a pattern by {@code _}.
 * It works on any node through the records' components, so it needs no case per node kind.
 */
final class TreeEdits {
    private TreeEdits() {}

    /** Every tree one edit away from {@code node}, top-down (the largest cuts first). */
    static List<Object> variants(Object node) {
        List<Object> out = new ArrayList<>();
        if (!(node instanceof Record record)) {
            return out;
        }
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = get(record, components[i]);
        }
        for (int i = 0; i < components.length; i++) {
            Object value = values[i];
            if (value instanceof List<?> list) {
                for (Object replacement : listVariants(list)) {
                    out.add(with(record, values, i, replacement));
                }
            } else if (value instanceof Expr expr) {
                for (Expr simpler : simplerExprs(expr)) {
                    out.add(with(record, values, i, simpler));
                }
            } else if (value instanceof Pattern p && !(p instanceof Pattern.MatchAs m
                    && m.pattern() == null && m.name() == null)) {
                out.add(with(record, values, i, new Pattern.MatchAs(null, null, 0, 0, 0, 0)));
            }
        }
        // Then edits inside each child, deeper ones later.
        for (int i = 0; i < components.length; i++) {
            Object value = values[i];
            if (value instanceof List<?> list) {
                for (int k = 0; k < list.size(); k++) {
                    for (Object v : variants(list.get(k))) {
                        List<Object> copy = new ArrayList<>(list);
                        copy.set(k, v);
                        out.add(with(record, values, i, copy));
                    }
                }
            } else if (value instanceof Node) {
                for (Object v : variants(value)) {
                    out.add(with(record, values, i, v));
                }
            }
        }
        return out;
    }

    /** A list without one element, and with a compound statement replaced by its body. */
    private static List<List<Object>> listVariants(List<?> list) {
        List<List<Object>> out = new ArrayList<>();
        for (int k = 0; k < list.size(); k++) {
            List<Object> without = new ArrayList<>(list);
            without.remove(k);
            out.add(without);
        }
        for (int k = 0; k < list.size(); k++) {
            List<Stmt> body = body(list.get(k));
            if (body != null) {
                List<Object> spliced = new ArrayList<>(list.subList(0, k));
                spliced.addAll(body);
                spliced.addAll(list.subList(k + 1, list.size()));
                out.add(spliced);
            }
        }
        return out;
    }

    private static List<Stmt> body(Object stmt) {
        if (stmt == null) {
            return null; // a dict's ** key, an absent keyword-only default
        }
        return switch (stmt) {
            case Stmt.FunctionDef f -> f.body();
            case Stmt.AsyncFunctionDef f -> f.body();
            case Stmt.ClassDef c -> c.body();
            case Stmt.For f -> f.body();
            case Stmt.AsyncFor f -> f.body();
            case Stmt.While w -> w.body();
            case Stmt.If i -> i.body();
            case Stmt.With w -> w.body();
            case Stmt.AsyncWith w -> w.body();
            case Stmt.Try t -> t.body();
            case Stmt.TryStar t -> t.body();
            case Stmt.Match m -> m.cases().isEmpty() ? null : m.cases().get(0).body();
            default -> null;
        };
    }

    /** Direct sub-expressions, then a name, then a constant. */
    private static List<Expr> simplerExprs(Expr expr) {
        List<Expr> out = new ArrayList<>();
        for (Object child : ((Node) expr).fieldValues()) {
            if (child instanceof Expr e) {
                out.add(e);
            } else if (child instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof Expr e) {
                        out.add(e);
                    }
                }
            }
        }
        ExprContext ctx = switch (expr) {
            case Expr.Name n -> n.ctx();
            case Expr.Attribute a -> a.ctx();
            case Expr.Subscript s -> s.ctx();
            case Expr.Starred s -> s.ctx();
            case Expr.List l -> l.ctx();
            case Expr.Tuple t -> t.ctx();
            default -> ExprContext.Load;
        };
        out.add(new Expr.Name("x", ctx, 0, 0, 0, 0));
        if (ctx == ExprContext.Load) {
            out.add(new Expr.Constant(new ConstantValue.Int(java.math.BigInteger.ZERO), null,
                    0, 0, 0, 0));
        }
        return out;
    }

    private static Object get(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    /** A copy of {@code record} with component {@code index} set to {@code value}. */
    private static Object with(Record record, Object[] values, int index, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        Object[] copy = values.clone();
        copy[index] = value;
        try {
            Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
            return constructor.newInstance(copy);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot rebuild " + record.getClass(), e);
        }
    }
}
