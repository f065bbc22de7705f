package dev.krait.modules.functools;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code _functools} module, whose names {@code functools} takes over from its pure-Python
 * definitions.
 *
 * <p>CPython counterpart: Modules/_functoolsmodule.c {@code _functools_exec},
 * {@code functools_reduce}, {@code functools_cmp_to_key_impl}.
 */
@NativeModule.Register("_functools")
public final class FunctoolsModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_functools");
        m.put("__doc__", PyStr.of("Tools that operate on functions."));
        ModuleBuilder.addFunctions(m, FunctoolsModule.class);
        // KeyWrapper is reached only through cmp_to_key, as in CPython
        for (PyType t : new PyType[] {PyPartial.TYPE, PyLruCacheWrapper.TYPE}) {
            m.put(t.getName(), t);
        }
        return m;
    }

    // CPython: Modules/_functoolsmodule.c functools_reduce ("OO|O:reduce")
    @Exposed(value = "reduce($module, function, iterable, initial=<unrepresentable>, /)",
            doc = "reduce(function, iterable[, initial]) -> value\n\nApply a function of two "
                    + "arguments cumulatively to the items of a sequence\nor iterable, from left "
                    + "to right, so as to reduce the iterable to a single\nvalue.  For example, "
                    + "reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n((((1+2)+3)+4)+5).  "
                    + "If initial is present, it is placed before the items\nof the iterable in "
                    + "the calculation, and serves as a default when the\niterable is empty.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject reduce(PyObject function, PyObject iterable, PyObject initial) {
        PyObject it;
        try {
            it = Iteration.iter(iterable);
        } catch (PyException e) {
            if (e.matches(PyExceptions.TypeError)) {
                throw PyExceptions.typeError("reduce() arg 2 must support iteration");
            }
            throw e;
        }
        PyObject result = initial;
        for (PyObject v = Iteration.next(it); v != null; v = Iteration.next(it)) {
            result = result == null ? v : Ops.call(function, result, v);
        }
        if (result == null) {
            throw PyExceptions.typeError("reduce() of empty iterable with no initial value");
        }
        return result;
    }

    @Exposed(value = "cmp_to_key($module, /, mycmp)",
            doc = "Convert a cmp= function into a key= function.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject cmp_to_key(PyObject mycmp) {
        return PyKeyWrapper.keyFunction(mycmp);
    }
}
