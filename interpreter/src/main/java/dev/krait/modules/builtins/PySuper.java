package dev.krait.modules.builtins;

import dev.krait.objects.ArgParser;
import dev.krait.objects.Descriptor;
import dev.krait.objects.Exposed;
import dev.krait.objects.Attributes;
import dev.krait.objects.Ops;
import dev.krait.objects.PyCode;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;
import dev.krait.runtime.ThreadState;

/**
 * Python's {@code super}: a proxy that looks attributes up along the MRO of an object's type,
 * starting after a given class, and binds what it finds to the object. The zero-argument form
 * {@code super()} finds the class in the calling function's {@code __class__} cell (which the
 * compiler creates for any method that mentions {@code super} or {@code __class__}) and the object
 * in the function's first argument.
 *
 * <p>It lives with the builtins module rather than in {@code dev.krait.objects} because the
 * zero-argument form reads the running frame from the thread state, a layer above the objects.
 *
 * <p>CPython counterpart: Objects/typeobject.c {@code super_init}, {@code super_getattro},
 * {@code super_descr_get}.
 */
public class PySuper extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("super", PySuper.class, null);

    /** The class after which the lookup starts ({@code __thisclass__}). */
    PyType thisClass;
    /** The object bound to, or null for an unbound super ({@code __self__}). */
    PyObject obj;
    /** The type whose MRO is searched ({@code __self_class__}). */
    PyType objType;

    PySuper(PyType type) {
        super(type);
        if (type.instancesHaveDict()) {
            setDict(new PyDict());
        }
    }

    /** {@code super(thisClass, obj)} for Java callers. */
    public static PySuper of(PyType thisClass, PyObject obj) {
        PySuper s = new PySuper(TYPE);
        s.bindTo(thisClass, obj);
        return s;
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PySuper(cls);
    }

    // CPython: Objects/typeobject.c super_init_impl
    @Exposed("__init__($self, type=<unrepresentable>, obj=<unrepresentable>, /)")
    public void __init__(PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("super", kwnames);
        if (args.length > 2) {
            throw PyExceptions.typeError("super() expected at most 2 arguments, got "
                    + args.length);
        }
        if (args.length == 0) {
            zeroArgument();
            return;
        }
        if (!(args[0] instanceof PyType t)) {
            throw PyExceptions.typeError("super() argument 1 must be a type, not "
                    + args[0].type().getName());
        }
        PyObject o = args.length == 2 && args[1] != PyNone.NONE ? args[1] : null;
        bindTo(t, o);
    }

    private void bindTo(PyType t, PyObject o) {
        this.thisClass = t;
        this.obj = o;
        this.objType = o == null ? null : checkObject(t, o);
    }

    // CPython: Objects/typeobject.c super_init_without_args
    private void zeroArgument() {
        ThreadState ts = ThreadState.current();
        PyFrame f = ts == null ? null : ts.frame;
        if (f == null) {
            throw PyExceptions.runtimeError("super(): no current frame");
        }
        PyCode code = f.code;
        if (code.argcount == 0 && code.posonlyargcount == 0) {
            throw PyExceptions.runtimeError("super(): no arguments");
        }
        PyObject first = f.fast.length > 0 ? f.fast[0] : null;
        String firstName = code.varnames.length > 0 ? code.varnames[0] : null;
        int cellAt = indexOf(code.cellvars, firstName);
        if (cellAt >= 0 && f.cells != null && f.cells[cellAt] != null) {
            first = f.cells[cellAt].get();
        }
        if (first == null) {
            throw PyExceptions.runtimeError("super(): arg[0] deleted");
        }
        int free = indexOf(code.freevars, "__class__");
        if (free < 0 || f.cells == null) {
            throw PyExceptions.runtimeError("super(): __class__ cell not found");
        }
        PyObject cls = f.cells[code.cellvars.length + free].get();
        if (cls == null) {
            throw PyExceptions.runtimeError("super(): empty __class__ cell");
        }
        if (!(cls instanceof PyType t)) {
            throw PyExceptions.runtimeError("super(): __class__ is not a type ("
                    + cls.type().getName() + ")");
        }
        bindTo(t, first);
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    // CPython: Objects/typeobject.c supercheck
    private static PyType checkObject(PyType t, PyObject o) {
        if (o instanceof PyType ot && ot.isSubtypeOf(t)) {
            return ot;
        }
        if (o.type().isSubtypeOf(t)) {
            return o.type();
        }
        PyObject cls = Attributes.lookupAttrOrNull(o, "__class__");
        if (cls instanceof PyType ct && ct != o.type() && ct.isSubtypeOf(t)) {
            return ct;
        }
        throw PyExceptions.typeError("super(type, obj): obj must be an instance or subtype of "
                + "type");
    }

    // CPython: Objects/typeobject.c super_getattro
    @Exposed("__getattribute__($self, name, /)")
    public PyObject __getattribute__(PyObject name) {
        String n = Attributes.attributeName(name);
        if (objType != null && !n.equals("__class__")) {
            PyObject res = objType.lookupAfter(thisClass, n);
            if (res != null) {
                PyObject bindObj = obj == objType ? null : obj;
                if (res instanceof Descriptor d) {
                    return d.get(bindObj, objType);
                }
                PyObject get = res.type().lookup("__get__");
                if (get != null) {
                    return Ops.callDescriptor(get, res, bindObj == null ? PyNone.NONE : bindObj,
                            objType);
                }
                return res;
            }
        }
        return Attributes.genericGetAttr(this, n);
    }

    // CPython: Objects/typeobject.c super_descr_get: an unbound super binds like a method
    @Override
    public PyObject get(PyObject instance, PyType owner) {
        if (instance == null || this.obj != null) {
            return this;
        }
        PySuper bound = new PySuper(type());
        if (type() != TYPE) {
            return Ops.call(type(), thisClass, instance);
        }
        bound.bindTo(thisClass, instance);
        return bound;
    }

    @Exposed("__get__($self, instance, owner=None, /)")
    public PyObject __get__(PyObject instance, PyObject owner) {
        return get(instance == PyNone.NONE ? null : instance,
                owner instanceof PyType t ? t : null);
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        String cls = thisClass == null ? "NULL" : "<class '" + thisClass.getName() + "'>";
        if (objType == null) {
            return "<super: " + cls + ", NULL>";
        }
        return "<super: " + cls + ", <" + objType.getName() + " object>>";
    }

    @Exposed.Getter("__thisclass__")
    public PyObject getThisClass() {
        return thisClass == null ? PyNone.NONE : thisClass;
    }

    @Exposed.Getter("__self__")
    public PyObject getSelf() {
        return obj == null ? PyNone.NONE : obj;
    }

    @Exposed.Getter("__self_class__")
    public PyObject getSelfClass() {
        return objType == null ? PyNone.NONE : objType;
    }
}
