package dev.krait.objects;

import java.util.function.Function;

/**
 * The default pickling protocol of {@code object}: {@code __reduce__}, {@code __reduce_ex__}
 * and {@code __getstate__}, which {@code copy} and {@code pickle} use for instances of classes
 * that define nothing of their own. Protocols 2 and up rebuild an object with
 * {@code copyreg.__newobj__(cls, *args)} and then its state (the instance dict, and the values
 * of its {@code __slots__}); protocols 0 and 1 defer to {@code copyreg._reduce_ex}.
 *
 * <p>CPython counterpart: Objects/typeobject.c {@code object___reduce_ex___impl},
 * {@code _common_reduce}, {@code reduce_newobj}, {@code object_getstate_default}.
 */
public final class ObjectReduce {
    private ObjectReduce() {}

    /**
     * Imports a module by absolute name in the running interpreter ({@code copyreg}); set by
     * the runtime, which this layer cannot reach directly.
     */
    public static volatile Function<String, PyObject> importer = name -> {
        throw PyExceptions.of(PyExceptions.ImportError, "no interpreter to import " + name);
    };

    /** A builtin of the running interpreter ({@code iter}, {@code next}, {@code dir}). */
    public static PyObject builtin(String name) {
        return Attributes.getAttr(importer.apply("builtins"), name);
    }

    private static PyObject copyreg(String attr) {
        return Attributes.getAttr(importer.apply("copyreg"), attr);
    }

    // CPython: Objects/typeobject.c object___reduce_ex___impl
    static PyObject reduceEx(PyObject self, long protocol) {
        PyObject reduce = Attributes.lookupAttrOrNull(self, "__reduce__");
        if (reduce != null) {
            PyObject objectReduce = PyBaseObject.TYPE.getTypeDict().getItem(
                    PyStr.of("__reduce__"));
            PyObject clsReduce = Attributes.getAttr(self.type(), "__reduce__");
            if (clsReduce != objectReduce) {
                return Ops.call(reduce);
            }
        }
        return commonReduce(self, protocol);
    }

    // CPython: Objects/typeobject.c _common_reduce
    static PyObject commonReduce(PyObject self, long protocol) {
        if (protocol >= 2) {
            return reduceNewobj(self);
        }
        return Ops.call(copyreg("_reduce_ex"), self, PyInt.of(protocol));
    }

    // CPython: Objects/typeobject.c reduce_newobj
    private static PyObject reduceNewobj(PyObject obj) {
        PyType cls = obj.type();
        if (cls.lookup("__new__") == null) {
            throw PyExceptions.typeError("cannot pickle '" + cls.tpName() + "' object");
        }
        PyObject[] argsAndKwargs = newArguments(obj);
        PyTuple args = (PyTuple) argsAndKwargs[0];
        PyDict kwargs = (PyDict) argsAndKwargs[1];
        PyObject newobj;
        PyTuple newargs;
        if (kwargs == null || kwargs.size() == 0) {
            newobj = copyreg("__newobj__");
            int n = args == null ? 0 : args.size();
            PyObject[] items = new PyObject[n + 1];
            items[0] = cls;
            for (int i = 0; i < n; i++) {
                items[i + 1] = args.get(i);
            }
            newargs = PyTuple.of(items);
        } else if (args != null) {
            newobj = copyreg("__newobj_ex__");
            newargs = PyTuple.of(cls, args, kwargs);
        } else {
            throw PyExceptions.systemError("bad argument to internal function");
        }
        boolean required = !(args != null || obj instanceof PyList || obj instanceof PyDict);
        PyObject state = getState(obj, required);
        PyObject listItems = obj instanceof PyList ? Iteration.iter(obj) : PyNone.NONE;
        PyObject dictItems = obj instanceof PyDict
                ? Iteration.iter(Ops.callMethod(obj, "items")) : PyNone.NONE;
        return PyTuple.of(newobj, newargs, state, listItems, dictItems);
    }

    /** {@code [args, kwargs]} from {@code __getnewargs_ex__} or {@code __getnewargs__}. */
    // CPython: Objects/typeobject.c _PyObject_GetNewArguments
    private static PyObject[] newArguments(PyObject obj) {
        PyObject ex = obj.type().lookup("__getnewargs_ex__");
        if (ex != null) {
            PyObject r = Ops.callDescriptor(ex, obj);
            if (!(r instanceof PyTuple t)) {
                throw PyExceptions.typeError("__getnewargs_ex__ should return a tuple, not '"
                        + r.type().getName() + "'");
            }
            if (t.size() != 2) {
                throw PyExceptions.valueError("__getnewargs_ex__ should return a tuple of "
                        + "length 2, not " + t.size());
            }
            if (!(t.get(0) instanceof PyTuple)) {
                throw PyExceptions.typeError("first item of the tuple returned by "
                        + "__getnewargs_ex__ must be a tuple, not '"
                        + t.get(0).type().getName() + "'");
            }
            if (!(t.get(1) instanceof PyDict)) {
                throw PyExceptions.typeError("second item of the tuple returned by "
                        + "__getnewargs_ex__ must be a dict, not '"
                        + t.get(1).type().getName() + "'");
            }
            return new PyObject[] {t.get(0), t.get(1)};
        }
        PyObject plain = obj.type().lookup("__getnewargs__");
        if (plain != null) {
            PyObject r = Ops.callDescriptor(plain, obj);
            if (!(r instanceof PyTuple)) {
                throw PyExceptions.typeError("__getnewargs__ should return a tuple, not '"
                        + r.type().getName() + "'");
            }
            return new PyObject[] {r, null};
        }
        return new PyObject[] {null, null};
    }

    /**
     * The state to pickle: {@code obj.__getstate__()}, or the default one directly when that
     * is {@code object.__getstate__} (so that {@code required} reaches it).
     */
    // CPython: Objects/typeobject.c object_getstate
    public static PyObject getState(PyObject obj, boolean required) {
        PyObject getstate = Attributes.getAttr(obj, "__getstate__");
        if (getstate instanceof PyBuiltinFunction f && f.boundSelf() == obj
                && f.binder == defaultGetstate().binder) {
            return defaultState(obj, required);
        }
        return Ops.call(getstate);
    }

    private static PyMethodDescriptor defaultGetstate() {
        return (PyMethodDescriptor) PyBaseObject.TYPE.getTypeDict().getItem(
                PyStr.of("__getstate__"));
    }

    /**
     * {@code copyreg._slotnames(cls)}, read from the type's {@code __slotnames__} first as
     * CPython's _PyType_GetSlotNames does. A builtin type has no slots and cannot cache the
     * answer, so it is the empty list without asking copyreg (which also lets Java code reduce
     * builtin objects with no interpreter running).
     */
    // CPython: Objects/typeobject.c _PyType_GetSlotNames
    private static PyObject slotNames(PyType cls) {
        PyObject cached = cls.getTypeDict().getItem(PyStr.of("__slotnames__"));
        if (cached != null) {
            return cached;
        }
        if (cls.isBuiltin()) {
            return new PyList();
        }
        return Ops.call(copyreg("_slotnames"), cls);
    }

    /**
     * The instance dict (None when empty), paired with a dict of the {@code __slots__} values
     * that are set. When nothing else rebuilds the object ({@code required}), an object whose
     * layout holds more than object's (a builtin base with data of its own) cannot be pickled.
     */
    // CPython: Objects/typeobject.c object_getstate_default
    static PyObject defaultState(PyObject obj, boolean required) {
        PyType cls = obj.type();
        if (required && hasItems(cls)) {
            throw PyExceptions.typeError("cannot pickle " + cls.tpName() + " objects");
        }
        PyDict dict = obj.getDict();
        PyObject state = dict == null || dict.size() == 0 ? PyNone.NONE : dict.copy();
        PyObject slotNames = slotNames(cls);
        if (!(slotNames instanceof PyList names)) {
            throw PyExceptions.typeError("copyreg._slotnames didn't return a list or None");
        }
        if (required && solidBase(cls) != PyBaseObject.TYPE) {
            throw PyExceptions.typeError("cannot pickle '" + cls.tpName() + "' object");
        }
        if (names.size() > 0) {
            PyDict slots = new PyDict();
            for (int i = 0; i < names.size(); i++) {
                PyObject name = names.items.get(i);
                PyObject value = Attributes.lookupAttrOrNull(obj, ((PyStr) name).toString());
                if (value != null) {
                    slots.setItem(name, value);
                }
            }
            if (slots.size() > 0) {
                state = PyTuple.of(state, slots);
            }
        }
        return state;
    }

    /** Whether instances are variable-sized in CPython (tp_itemsize != 0). */
    private static boolean hasItems(PyType cls) {
        PyType base = solidBase(cls);
        return base == PyInt.TYPE || base == PyBool.TYPE || base == PyTuple.TYPE
                || base == PyBytes.TYPE;
    }

    /** The nearest builtin type along the MRO: whose instance layout the object has. */
    private static PyType solidBase(PyType cls) {
        for (PyType t : cls.getMro()) {
            if (t.isBuiltin()) {
                return t;
            }
        }
        return PyBaseObject.TYPE;
    }
}
