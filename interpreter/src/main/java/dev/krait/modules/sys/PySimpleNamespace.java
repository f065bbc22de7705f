package dev.krait.modules.sys;

import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNotImplemented;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import java.util.Map;

/**
 * {@code types.SimpleNamespace}: an object whose attributes are just its dictionary, with a repr
 * listing them. It is the type of {@code sys.implementation} — the {@code types} module finds it
 * as {@code type(sys.implementation)} — which is why it lives with the sys module.
 *
 * <p>CPython counterpart: Objects/namespaceobject.c.
 */
public class PySimpleNamespace extends PyObject {
    public static final PyType TYPE = PyType.builtin("SimpleNamespace", PySimpleNamespace.class,
            null).withModule("types");

    public PySimpleNamespace(PyType type) {
        super(type);
        setDict(new PyDict());
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PySimpleNamespace(cls);
    }

    // CPython: Objects/namespaceobject.c namespace_init
    @Exposed("__init__($self, /, **kwargs)")
    public void __init__(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw > 0) {
            throw PyExceptions.typeError("no positional arguments expected");
        }
        for (int i = 0; i < nkw; i++) {
            getDict().setItem(PyStr.of(kwnames[i]), args[args.length - nkw + i]);
        }
    }

    // CPython: Objects/namespaceobject.c namespace_repr
    @Exposed("__repr__($self, /)")
    public PyObject __repr__() {
        String name = type() == TYPE ? "namespace" : type().getName();
        return Ops.withReprGuard(this, name + "(...)", () -> {
            StringBuilder sb = new StringBuilder(name).append('(');
            boolean first = true;
            for (Map.Entry<PyObject, PyObject> e : getDict().entries()) {
                if (!(e.getKey() instanceof PyStr k)) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(k.value()).append('=').append(Ops.repr(e.getValue()).value());
            }
            return PyStr.of(sb.append(')').toString());
        });
    }

    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject other) {
        if (!(other instanceof PySimpleNamespace o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(Ops.eqBool(getDict(), o.getDict()));
    }

    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        return PyTuple.of(type(), PyTuple.EMPTY, getDict());
    }

    @Exposed.Getter(value = "__dict__", member = true)
    public PyObject getNamespaceDict() {
        return getDict();
    }
}
