package dev.krait.nodes;

import dev.krait.objects.BinaryOp;
import dev.krait.objects.Numbers;
import dev.krait.objects.ExactArith;
import dev.krait.objects.PyObject;

/** In-place operators ({@code +=}), with the exact int and float fast path that immutable operands allow. */
final class Inplace {
    private Inplace() {}

    static PyObject apply(PyObject a, PyObject b, BinaryOp op) {
        PyObject exact = ExactArith.binary(a, b, op);
        return exact != null ? exact : Numbers.inplace(a, b, op);
    }
}
