package dev.krait.modules.weakref;

import dev.krait.objects.Attributes;
import dev.krait.objects.CompareOp;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyNotImplemented;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.runtime.Errors;
import dev.krait.runtime.ThreadState;

/**
 * Python's {@code weakref.ref} ({@code weakref.ReferenceType}): calling it gives the referent
 * while the referent lives, None after. Its hash is the referent's (remembered, so that it
 * survives the referent, as dictionaries keyed by weakrefs need), and two refs compare as their
 * referents do while both live, by identity after.
 *
 * <p>CPython counterpart: Objects/weakrefobject.c ({@code _PyWeakref_RefType}).
 */
public class PyWeakref extends PyObject {
    public static final PyType TYPE = PyType.builtin("ReferenceType", PyWeakref.class, null)
            .withModule("weakref");

    /** The shared record of the referent (its Java weak reference). */
    final Referent referent;
    /** The callback, or null when there is none or it has been called. */
    PyObject callback;
    private long hash;
    private boolean hashed;

    PyWeakref(PyType type, Referent referent, PyObject callback) {
        super(type);
        this.referent = referent;
        this.callback = callback;
    }

    /** The referent, or null once it has died. */
    public PyObject get() {
        return referent.get();
    }

    /** A ref with no callback of the exact type, which {@code ref(obj)} hands out again. */
    boolean isBasic() {
        return callback == null && !hadCallback && (type() == TYPE || type() == PyWeakProxy.TYPE
                || type() == PyWeakProxy.CALLABLE_TYPE);
    }

    /** Whether a callback was given (it is dropped once called, but the ref stays non-basic). */
    boolean hadCallback;

    /**
     * {@code weakref.ref(obj, callback=None)}: the basic ref to {@code obj} again when there is
     * one and no callback is asked for; a new ref otherwise. CPython: Objects/weakrefobject.c
     * weakref___new__.
     */
    @Exposed(value = "__new__($type, ob, callback=None, /)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        int nargs = args.length - (kwnames == null ? 0 : kwnames.length);
        if (nargs != args.length) {
            // a subclass's __init__ may take keywords: its __new__ ignores them, as CPython's
            // parse_weakref_init_args does; ref() itself refuses them
            if (cls == TYPE) {
                throw PyExceptions.typeError("ref() takes no keyword arguments");
            }
            args = java.util.Arrays.copyOf(args, nargs);
        }
        if (args.length < 1 || args.length > 2) {
            throw PyExceptions.typeError("__new__ expected " + (args.length < 1
                    ? "at least 1 argument, got " : "at most 2 arguments, got ") + args.length);
        }
        PyObject callback = args.length == 2 && args[1] != PyNone.NONE ? args[1] : null;
        return make(cls, args[0], callback);
    }

    static PyObject make(PyType cls, PyObject ob, PyObject callback) {
        WeakRegistry registry = WeakRegistry.of(ThreadState.current().interpreter);
        Referent record = registry.findOrAdd(checkReferenceable(ob));
        if (callback == null && cls == TYPE) {
            PyWeakref basic = record.basic(false);
            if (basic != null) {
                return basic;
            }
        }
        PyWeakref w = new PyWeakref(cls, record, callback);
        w.hadCallback = callback != null;
        record.add(w);
        return w;
    }

    /**
     * {@code obj} when its type allows weak references; CPython's TypeError otherwise
     * (Objects/weakrefobject.c weakref___new__, {@code _PyType_SUPPORTS_WEAKREFS}).
     */
    static PyObject checkReferenceable(PyObject ob) {
        if (!ob.type().supportsWeakrefs()) {
            throw PyExceptions.typeError("cannot create weak reference to '"
                    + tpName(ob.type()) + "' object");
        }
        return ob;
    }

    /** A type's name as CPython's {@code tp_name}: qualified by its module for builtins. */
    static String tpName(PyType t) {
        String module = t.moduleName();
        return t.isBuiltin() && module != null && !module.equals("builtins")
                ? module + "." + t.getName() : t.getName();
    }

    @Exposed("__init__($self, ob, callback=None, /)")
    public static PyObject __init__(PyObject self, PyObject[] args, String[] kwnames) {
        if (args.length < 1 || args.length > 2) {
            throw PyExceptions.typeError("__init__ expected " + (args.length < 1
                    ? "at least 1 argument, got " : "at most 2 arguments, got ") + args.length);
        }
        return PyNone.NONE;
    }

    /** {@code r()}: the referent, or None. CPython: weakref_vectorcall. */
    @Exposed("__call__($self, /, *args, **kwargs)")
    public PyObject __call__(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("weakref() takes no keyword arguments");
        }
        if (args.length != 0) {
            throw PyExceptions.typeError("weakref expected 0 arguments, got " + args.length);
        }
        PyObject o = referent.get();
        return o == null ? PyNone.NONE : o;
    }

    @Exposed.Getter("__callback__")
    public PyObject getCallback() {
        return callback == null ? PyNone.NONE : callback;
    }

    // CPython: Objects/weakrefobject.c weakref_hash
    @Exposed("__hash__($self, /)")
    public long __hash__() {
        if (hashed) {
            return hash;
        }
        PyObject o = referent.get();
        if (o == null) {
            throw PyExceptions.typeError("weak object has gone away");
        }
        hash = Ops.hash(o);
        hashed = true;
        return hash;
    }

    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject other) {
        return compare(other, CompareOp.EQ);
    }

    @Exposed("__ne__($self, value, /)")
    public PyObject __ne__(PyObject other) {
        return compare(other, CompareOp.NE);
    }

    // CPython: Objects/weakrefobject.c weakref_richcompare
    private PyObject compare(PyObject other, CompareOp op) {
        if (!(other instanceof PyWeakref w) || other instanceof PyWeakProxy) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject a = referent.get();
        PyObject b = w.referent.get();
        if (a == null || b == null) {
            boolean same = this == other;
            return dev.krait.objects.PyBool.of(op == CompareOp.EQ ? same : !same);
        }
        return Ops.richCompare(a, b, op);
    }

    // CPython: Objects/weakrefobject.c weakref_repr
    @Exposed("__repr__($self, /)")
    public String __repr__() {
        PyObject o = referent.get();
        if (o == null) {
            return "<weakref at " + Ops.addressOf(this) + "; dead>";
        }
        String name = null;
        try {
            PyObject n = Attributes.lookupAttrOrNull(o, "__name__");
            if (n instanceof PyStr s) {
                name = s.value();
            }
        } catch (PyException ignored) {
            // CPython ignores a failing __name__ too
        }
        return "<weakref at " + Ops.addressOf(this) + "; to '" + o.type().getName() + "' at "
                + Ops.addressOf(o) + (name == null ? ">" : " (" + name + ")>");
    }

    @Exposed(value = "__class_getitem__($type, item, /)", kind = Exposed.Kind.CLASS,
            signature = Exposed.Signature.HIDDEN)
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        PyObject types = ThreadState.current().interpreter.importer().importModule("types");
        return Ops.call(Attributes.getAttr(types, "GenericAlias"), cls, item);
    }

    /**
     * The referent is gone: call the callback once with this ref, reporting its errors as
     * CPython's handle_callback does ("Exception ignored in: <callback>").
     */
    void referentDied() {
        PyObject cb = callback;
        callback = null;
        if (cb == null) {
            return;
        }
        try {
            Ops.call(cb, this);
        } catch (PyException e) {
            Errors.writeUnraisable(cb, e.value);
        }
    }
}
