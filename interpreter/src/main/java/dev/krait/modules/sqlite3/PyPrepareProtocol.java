package dev.krait.modules.sqlite3;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;

/**
 * {@code sqlite3.PrepareProtocol}: the protocol object of PEP 246 adaptation; adapters are
 * registered for (type, PrepareProtocol), and {@code __conform__} methods receive it.
 *
 * <p>CPython counterpart: Modules/_sqlite/prepare_protocol.c.
 */
public class PyPrepareProtocol extends PyObject {
    public static final PyType TYPE = PyType.builtin("PrepareProtocol", PyPrepareProtocol.class,
            null).withModule("sqlite3");

    protected PyPrepareProtocol(PyType type) {
        super(type);
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyPrepareProtocol(cls);
    }

    @Exposed("__init__($self, /, *args, **kwargs)")
    public void __init__(PyObject[] args, String[] kwnames) {
    }
}
