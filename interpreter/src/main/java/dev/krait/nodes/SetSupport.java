package dev.krait.nodes;

import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyObject;
import dev.krait.objects.PySet;
import dev.krait.objects.PyStr;
import java.util.List;

/**
 * Making sets for set displays and comprehensions. CPython's BUILD_SET and SET_ADD make an exact
 * set whatever {@code builtins.set} is bound to, so these build a {@link PySet} directly, adding
 * the elements in order (the order decides the table layout, hence what {@code print} shows).
 */
final class SetSupport {
    private SetSupport() {}

    // CPython: Python/ceval.c BUILD_SET
    static PyObject newSet(List<PyObject> values) {
        return PySet.of(values);
    }

    // CPython: Python/ceval.c SET_ADD
    static void add(PyObject set, PyObject value) {
        if (set instanceof PySet s) {
            s.add(value);
        } else {
            Ops.callMethod(set, "add", value);
        }
    }

    static PyObject setType(PyDict builtins) {
        return builtins.getItem(PyStr.of("set"));
    }
}
