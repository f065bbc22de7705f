package dev.krait.nodes;

import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyException;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyObject;

/** The truth test of {@code if}, {@code while} and friends, with bools decided without a call. */
final class Truth {
    private Truth() {}

    static boolean test(ExprNode test, PyFrame f) {
        PyObject v = test.eval(f);
        if (v == PyBool.TRUE) {
            return true;
        }
        if (v == PyBool.FALSE) {
            return false;
        }
        try {
            return Ops.isTrue(v);
        } catch (PyException e) {
            throw test.trace(e, f);
        }
    }
}
