package dev.krait.nodes;

import dev.krait.objects.PyFrame;
import dev.krait.objects.PyObject;

/**
 * How an operator node reads an operand that is a local variable or a constant: straight from
 * the frame's slot or the node's field, without calling the operand node's {@code eval}. In a
 * tree-walker on the JVM the call from an operator to its operands is a virtual call that sees
 * every kind of node the program has, so the JIT can neither inline it nor predict it; reading
 * the commonest operands in place removes two such calls from {@code i + 1}, {@code a[i]} or
 * {@code n < 2}. An unbound local still goes through the operand's node, which raises its
 * UnboundLocalError at its own position.
 *
 * <p>CPython counterpart: the superinstructions of 3.11's Python/ceval.c
 * ({@code LOAD_FAST__LOAD_CONST}, {@code LOAD_FAST__LOAD_FAST}), which read both operands in
 * one dispatch.
 */
final class Operand {
    private Operand() {}

    /** The local slot {@code e} reads, or -1 when it is not a plain local read. */
    static int slotOf(ExprNode e) {
        return e instanceof NameNodes.LoadFast l ? l.slot : -1;
    }

    /** The constant {@code e} is, or null. */
    static PyObject constantOf(ExprNode e) {
        return e instanceof OpNodes.Constant c ? c.value : null;
    }

    /**
     * The value of operand {@code e}: {@code constant} when it is one, the local in
     * {@code slot} when that is bound, otherwise what the node evaluates to.
     */
    static PyObject read(ExprNode e, PyObject constant, int slot, PyFrame f) {
        if (constant != null) {
            return constant;
        }
        if (slot >= 0) {
            PyObject v = f.fast[slot];
            if (v != null) {
                return v;
            }
        }
        return e.eval(f);
    }
}
