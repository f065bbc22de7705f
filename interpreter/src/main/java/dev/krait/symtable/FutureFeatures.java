package dev.krait.symtable;

import dev.krait.ast.Alias;
import dev.krait.ast.ConstantValue;
import dev.krait.ast.Expr;
import dev.krait.ast.Mod;
import dev.krait.ast.Stmt;
import dev.krait.lexer.PythonSyntaxError;
import java.util.List;
import java.util.Set;

/**
 * The {@code from __future__ import ...} statements at the top of a module: which features they
 * turn on (only {@code annotations} and {@code barry_as_FLUFL} change anything in 3.11) and the
 * SyntaxErrors for unknown features. A future import placed later is rejected by the compiler
 * ({@link StaticChecks}), except on the line of the last valid one, which is caught here.
 *
 * @param lineno the line of the last valid future import, -1 if none (CPython's ff_lineno)
 */
// CPython: Python/future.c
public record FutureFeatures(boolean annotations, boolean barryAsBdfl, int lineno) {
    /** The features 3.11 accepts and ignores: all are mandatory now. */
    private static final Set<String> ALWAYS_ON = Set.of("nested_scopes", "generators",
            "division", "absolute_import", "with_statement", "print_function", "unicode_literals",
            "generator_stop");

    // CPython: Python/future.c future_parse
    static FutureFeatures of(Mod module, String filename) {
        List<Stmt> body;
        if (module instanceof Mod.Module m) {
            body = m.body();
        } else if (module instanceof Mod.Interactive m) {
            body = m.body();
        } else {
            return new FutureFeatures(false, false, -1);
        }
        boolean annotations = false;
        boolean barry = false;
        boolean done = false;
        int previousLine = 0;
        int lineno = -1;
        for (int i = hasDocstring(body) ? 1 : 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (done && s.lineno() > previousLine) {
                break;
            }
            previousLine = s.lineno();
            if (s instanceof Stmt.ImportFrom from && "__future__".equals(from.module())) {
                if (done) {
                    throw pointError("from __future__ imports must occur at the beginning of the "
                            + "file", filename, s.lineno(), s.colOffset());
                }
                for (Alias alias : from.names()) {
                    String feature = alias.name();
                    if (feature.equals("annotations")) {
                        annotations = true;
                    } else if (feature.equals("barry_as_FLUFL")) {
                        barry = true;
                    } else if (feature.equals("braces")) {
                        throw pointError("not a chance", filename, s.lineno(), s.colOffset() + 1);
                    } else if (!ALWAYS_ON.contains(feature)) {
                        throw pointError("future feature " + feature + " is not defined",
                                filename, s.lineno(), s.colOffset() + 1);
                    }
                }
                lineno = s.lineno();
            } else {
                done = true;
            }
        }
        return new FutureFeatures(annotations, barry, lineno);
    }

    /** Whether the first statement is a string constant (CPython's _PyAST_GetDocString). */
    static boolean hasDocstring(List<Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof Stmt.Expr e
                && e.value() instanceof Expr.Constant c && c.value() instanceof ConstantValue.Str;
    }

    /**
     * An error placed with {@code PyErr_SyntaxLocationObject}: CPython gives the line as end line
     * and no end offset (None, shown here as 0).
     */
    private static PythonSyntaxError pointError(String msg, String filename, int lineno,
            int offset) {
        return new PythonSyntaxError(PythonSyntaxError.Type.SyntaxError, msg, filename, lineno,
                offset, null, lineno, 0);
    }
}
