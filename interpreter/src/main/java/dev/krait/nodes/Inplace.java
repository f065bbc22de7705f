package dev.krait.nodes;

import dev.krait.objects.BinaryOp;
import dev.krait.objects.Ops;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;

/** In-place operators ({@code +=}), with the int fast path that immutable operands allow. */
final class Inplace {
    private Inplace() {}

    static PyObject apply(PyObject a, PyObject b, BinaryOp op) {
        if (a.type() == PyInt.TYPE && b.type() == PyInt.TYPE) {
            switch (op) {
                case ADD:
                    return PyInt.add((PyInt) a, (PyInt) b);
                case SUB:
                    return PyInt.sub((PyInt) a, (PyInt) b);
                case MUL:
                    return PyInt.mul((PyInt) a, (PyInt) b);
                default:
                    break;
            }
        } else if (a.type() == PyFloat.TYPE && b.type() == PyFloat.TYPE && op == BinaryOp.ADD) {
            return new PyFloat(((PyFloat) a).value + ((PyFloat) b).value);
        }
        return Ops.inplace(a, b, op);
    }
}
