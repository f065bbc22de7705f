package dev.krait.nodes;

import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyException;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyObject;

/** An expression of the executable tree: evaluating it in a frame gives an object. */
public abstract class ExprNode extends Node {
    protected ExprNode(int line, int col, int endLine, int endCol) {
        super(line, col, endLine, endCol);
    }

    public abstract PyObject eval(PyFrame f);

    /**
     * The truth of this expression's value, as an {@code if}, {@code while} or conditional
     * expression asks it. A node that can decide the truth without making the object (a
     * comparison of two ints gives a Java boolean) overrides it; CPython's compiler likewise
     * fuses a comparison with the jump that tests it (3.11's {@code COMPARE_OP_INT_JUMP}).
     */
    public boolean isTrue(PyFrame f) {
        PyObject v = eval(f);
        if (v == PyBool.TRUE) {
            return true;
        }
        if (v == PyBool.FALSE) {
            return false;
        }
        try {
            return Ops.isTrue(v);
        } catch (PyException e) {
            throw trace(e, f);
        }
    }
}
