package dev.krait.modules.itertools;

import dev.krait.objects.ArgParser;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code itertools.repeat(object[, times])}: one object, endlessly or a given number of times
 * (a negative count means none).
 *
 * <p>CPython counterpart: Modules/itertoolsmodule.c {@code repeat_new}, {@code repeat_next},
 * {@code repeat_repr}, {@code repeat_len}, {@code repeat_reduce}.
 */
public class PyRepeat extends IterBase {
    public static final PyType TYPE = PyType.builtin("repeat", PyRepeat.class, null,
            IterBase.class).withModule("itertools");

    private final PyObject element;
    /** Items left; -1 for endless. */
    private long cnt;

    PyRepeat(PyType type, PyObject element, long cnt) {
        super(type);
        this.element = element;
        this.cnt = cnt;
    }

    @Override
    PyType baseType() {
        return TYPE;
    }

    // CPython: Modules/itertoolsmodule.c repeat_new ("O|n:repeat")
    @Exposed(value = "__new__($type, object, times=<unrepresentable>)",
            kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject[] bound = ArgParser.bind("repeat", args, kwnames, "object", "times");
        if (bound[0] == null) {
            throw PyExceptions.typeError("repeat() missing required argument 'object' (pos 1)");
        }
        long cnt = -1;
        if (bound[1] != null) {
            cnt = CArgs.asSsizeT(bound[1]);
            if (cnt < 0) {
                cnt = 0;
            }
        }
        return new PyRepeat(cls, bound[0], cnt);
    }

    @Override
    PyObject step() {
        if (cnt == 0) {
            return null;
        }
        if (cnt > 0) {
            cnt--;
        }
        return element;
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        String name = type().getName();
        String elem = Ops.repr(element).value();
        return cnt == -1 ? name + "(" + elem + ")" : name + "(" + elem + ", " + cnt + ")";
    }

    @Exposed(value = "__length_hint__($self, /)", signature = Exposed.Signature.HIDDEN)
    public long __length_hint__() {
        if (cnt == -1) {
            throw PyExceptions.typeError("len() of unsized object");
        }
        return cnt;
    }

    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        return cnt >= 0 ? PyTuple.of(type(), PyTuple.of(element, PyInt.of(cnt)))
                : PyTuple.of(type(), PyTuple.of(element));
    }
}
