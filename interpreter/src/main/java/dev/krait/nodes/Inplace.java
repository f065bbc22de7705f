package dev.krait.nodes;

import dev.krait.objects.BinaryOp;
import dev.krait.objects.ExactArith;
import dev.krait.objects.Numbers;
import dev.krait.objects.PyByteArray;
import dev.krait.objects.PyList;
import dev.krait.objects.PyObject;

/**
 * In-place operators ({@code +=}), with the fast paths that exact builtin operands allow: the
 * int, float, str and bytes arithmetic of {@link ExactArith}, and {@code +=} on an exact list
 * or bytearray, which extends it through its own {@code __iadd__} (the method the full
 * protocol would find: a builtin type's methods cannot be replaced) when the right operand
 * has no {@code __radd__}, which CPython would try first (see {@link Numbers#inplace}).
 */
final class Inplace {
    private Inplace() {}

    static PyObject apply(PyObject a, PyObject b, BinaryOp op) {
        PyObject exact = ExactArith.binary(a, b, op);
        if (exact != null) {
            return exact;
        }
        if (op == BinaryOp.ADD
                && (b.type() == a.type() || b.type().lookup("__radd__") == null)) {
            if (a.type() == PyList.TYPE) {
                return ((PyList) a).__iadd__(b);
            }
            if (a.type() == PyByteArray.TYPE) {
                return ((PyByteArray) a).__iadd__(b);
            }
        }
        return Numbers.inplace(a, b, op);
    }
}
