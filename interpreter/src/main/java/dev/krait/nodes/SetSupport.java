package dev.krait.nodes;

import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.util.List;

/**
 * Making sets for set displays and comprehensions: through the {@code set} type found in the
 * builtins, so that the evaluator does not depend on how sets are implemented.
 */
final class SetSupport {
    private SetSupport() {}

    static PyObject newSet(List<PyObject> values) {
        throw dev.krait.objects.PyExceptions.notImplementedError("set is not supported yet");
    }

    static void add(PyObject set, PyObject value) {
        Ops.callMethod(set, "add", value);
    }

    static PyObject setType(PyDict builtins) {
        return builtins.getItem(PyStr.of("set"));
    }
}
