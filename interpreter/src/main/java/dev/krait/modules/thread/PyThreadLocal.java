package dev.krait.modules.thread;

import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;
import dev.krait.objects.Weakrefable;

/**
 * {@code _thread._local} ({@code threading.local}): an object whose attributes are separate
 * for each thread. Each thread that touches it gets its own instance dictionary, and a
 * subclass's {@code __init__} runs again, with the constructor's arguments, in each thread
 * that first uses the object. Attribute access swaps the thread's dictionary in before the
 * generic lookup, which is safe because only the GIL holder runs.
 *
 * <p>CPython counterpart: Modules/_threadmodule.c {@code localobject} ({@code _ldict},
 * {@code local_getattro}, {@code local_setattro}).
 */
public final class PyThreadLocal extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtin("_local", PyThreadLocal.class, null)
            .withModule("_thread");

    private final ThreadLocal<PyDict> dicts = new ThreadLocal<>();
    private final PyObject[] initArgs;
    private final String[] initKwnames;

    private PyThreadLocal(PyType type, PyObject[] args, String[] kwnames) {
        super(type);
        this.initArgs = args;
        this.initKwnames = kwnames;
        PyDict first = new PyDict();
        dicts.set(first);
        setDict(first);
    }

    // CPython: Modules/_threadmodule.c local_new
    @Exposed(value = "__new__($type, /, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        boolean given = args.length > 0;
        if (given && cls.lookup("__init__") == dev.krait.objects.PyBaseObject.TYPE.lookup("__init__")) {
            throw PyExceptions.typeError("Initialization arguments are not supported");
        }
        return new PyThreadLocal(cls, args.clone(), kwnames);
    }

    /**
     * This thread's dictionary, made on the thread's first use, when the subclass's
     * {@code __init__} runs for it. CPython: Modules/_threadmodule.c _ldict.
     */
    private PyDict threadDict() {
        PyDict d = dicts.get();
        if (d == null) {
            d = new PyDict();
            dicts.set(d);
            setDict(d);
            PyObject init = type().lookup("__init__");
            if (init != dev.krait.objects.PyBaseObject.TYPE.lookup("__init__")) {
                Ops.callDescriptorWith(init, this, initArgs, initKwnames);
            }
        }
        setDict(d);
        return d;
    }

    @Exposed("__getattribute__($self, name, /)")
    public PyObject __getattribute__(PyObject name) {
        String n = Attributes.attributeName(name);
        PyDict d = threadDict();
        if (n.equals("__dict__")) {
            return d;
        }
        return Attributes.genericGetAttr(this, n);
    }

    // CPython: Modules/_threadmodule.c local_setattro
    @Exposed("__setattr__($self, name, value, /)")
    public void __setattr__(PyObject name, PyObject value) {
        String n = Attributes.attributeName(name);
        if (n.equals("__dict__")) {
            throw PyExceptions.attributeError("'" + type().getName()
                    + "' object attribute '__dict__' is read-only");
        }
        threadDict();
        Attributes.genericSetAttr(this, n, value);
    }

    @Exposed("__delattr__($self, name, /)")
    public void __delattr__(PyObject name) {
        String n = Attributes.attributeName(name);
        if (n.equals("__dict__")) {
            throw PyExceptions.attributeError("'" + type().getName()
                    + "' object attribute '__dict__' is read-only");
        }
        threadDict();
        Attributes.genericDelAttr(this, n);
    }
}
