package dev.krait.modules.itertools;

import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code itertools.starmap(function, iterable)}: {@code function(*args)} for each argument
 * tuple of the iterable.
 *
 * <p>CPython counterpart: Modules/itertoolsmodule.c {@code starmap_next}.
 */
public class PyStarmap extends IterBase {
    public static final PyType TYPE = PyType.builtin("starmap", PyStarmap.class, null,
            IterBase.class).withModule("itertools");

    private final PyObject func;
    private final PyObject it;

    PyStarmap(PyType type, PyObject func, PyObject it) {
        super(type);
        this.func = func;
        this.it = it;
    }

    @Override
    PyType baseType() {
        return TYPE;
    }

    @Exposed(value = "__new__($type, function, iterable, /)", kind = Exposed.Kind.STATIC,
            signature = Exposed.Signature.CLASS)
    public static PyObject __new__(PyType cls, PyObject function, PyObject iterable) {
        return new PyStarmap(cls, function, Iteration.iter(iterable));
    }

    @Override
    PyObject step() {
        PyObject args = Iteration.next(it);
        if (args == null) {
            return null;
        }
        PyObject[] argv = args instanceof PyTuple t && args.type() == PyTuple.TYPE
                ? t.items() : PyTuple.fromIterable(args).items();
        return Ops.call(func, argv.clone(), null);
    }

    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        return PyTuple.of(type(), PyTuple.of(func, it));
    }
}
