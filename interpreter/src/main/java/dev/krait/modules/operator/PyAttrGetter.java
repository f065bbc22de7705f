package dev.krait.modules.operator;

import dev.krait.objects.ArgParser;
import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code operator.attrgetter(attr, ...)}: a callable returning {@code obj.attr} (following
 * dotted names), or a tuple of several. The dotted names are split once, when the getter is
 * made.
 *
 * <p>CPython counterpart: Modules/_operator.c {@code attrgetter_new}, {@code dotted_getattr},
 * {@code attrgetter_call_impl}, {@code attrgetter_repr}, {@code attrgetter_reduce}.
 */
public final class PyAttrGetter extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("attrgetter", PyAttrGetter.class, null)
            .withModule("operator");

    /** For each attribute, its chain of names ({@code "a.b"} is {@code ["a", "b"]}). */
    private final String[][] chains;

    private PyAttrGetter(String[][] chains) {
        super(TYPE);
        this.chains = chains;
    }

    @Exposed(value = "__new__($type, attr, /, *attrs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("attrgetter", kwnames);
        if (args.length == 0) {
            throw PyExceptions.typeError("attrgetter expected 1 argument, got 0");
        }
        String[][] chains = new String[args.length][];
        for (int i = 0; i < args.length; i++) {
            if (!(args[i] instanceof PyStr s)) {
                throw PyExceptions.typeError("attribute name must be a string");
            }
            chains[i] = s.value().split("\\.", -1);
        }
        return new PyAttrGetter(chains);
    }

    private static PyObject dottedGetattr(PyObject obj, String[] chain) {
        for (String name : chain) {
            obj = Attributes.getAttr(obj, name);
        }
        return obj;
    }

    @Exposed("__call__($self, /, *args, **kwargs)")
    public PyObject __call__(PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("attrgetter", kwnames);
        if (args.length != 1) {
            throw PyExceptions.typeError("attrgetter expected 1 argument, got " + args.length);
        }
        if (chains.length == 1) {
            return dottedGetattr(args[0], chains[0]);
        }
        PyObject[] out = new PyObject[chains.length];
        for (int i = 0; i < chains.length; i++) {
            out[i] = dottedGetattr(args[0], chains[i]);
        }
        return new PyTuple(out);
    }

    /** The attribute names as given ({@code 'a.b'}), as str objects. */
    private PyObject[] names() {
        PyObject[] out = new PyObject[chains.length];
        for (int i = 0; i < chains.length; i++) {
            out[i] = PyStr.of(String.join(".", chains[i]));
        }
        return out;
    }

    @Exposed("__repr__($self, /)")
    public PyObject __repr__() {
        StringBuilder sb = new StringBuilder("operator.attrgetter(");
        PyObject[] names = names();
        for (int i = 0; i < names.length; i++) {
            sb.append(i > 0 ? ", " : "").append(Ops.repr(names[i]).value());
        }
        return PyStr.of(sb.append(')').toString());
    }

    @Exposed(value = "__reduce__($self, /)", doc = "Return state information for pickling")
    public PyObject __reduce__() {
        return PyTuple.of(type(), new PyTuple(names()));
    }
}
