package dev.krait.nodes;

import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrame;

/**
 * Statements Krait does not run yet: executing one raises NotImplementedError naming it, so a
 * program that needs it fails clearly instead of doing something else.
 */
public final class UnsupportedNodes {
    private UnsupportedNodes() {}

    public static final class Unsupported extends StmtNode {
        final String what;

        public Unsupported(String what, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.what = what;
        }

        @Override
        public int exec(PyFrame f) {
            f.lineno = line;
            throw trace(PyExceptions.notImplementedError(what), f);
        }
    }

    public static final class UnsupportedExpr extends ExprNode {
        final String what;

        public UnsupportedExpr(String what, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.what = what;
        }

        @Override
        public dev.krait.objects.PyObject eval(PyFrame f) {
            throw trace(PyExceptions.notImplementedError(what), f);
        }
    }
}
