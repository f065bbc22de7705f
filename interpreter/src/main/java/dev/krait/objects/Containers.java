package dev.krait.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * The container protocol: {@code len(x)}, {@code x[k]}, {@code x[k] = v}, {@code del x[k]} and
 * {@code v in x} for any objects, through the type's special methods, with fast paths for the
 * exact builtin types where a program cannot tell the difference.
 *
 * <p>CPython counterpart: Objects/abstract.c {@code PyObject_Size}, {@code PyObject_GetItem},
 * {@code PyObject_SetItem}, {@code PyObject_DelItem}, {@code PySequence_Contains}.
 */
public final class Containers {
    private Containers() {}

    static long lengthFromResult(PyObject r) {
        if (!(r instanceof PyInt) && r.type.lookup("__index__") == null) {
            throw PyExceptions.typeError("'" + r.type.getName() + "' object cannot be interpreted "
                    + "as an integer");
        }
        PyInt i = Numbers.index(r);
        if (i.signum() < 0) {
            throw PyExceptions.valueError("__len__() should return >= 0");
        }
        if (!i.isSmall()) {
            throw PyExceptions.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return i.longValue();
    }

    /** Whether {@code o} is a sequence: it has {@code __getitem__} and is not a dict. */
    // CPython: Objects/abstract.c PySequence_Check
    public static boolean isSequence(PyObject o) {
        return !(o instanceof PyDict) && o.type.lookup("__getitem__") != null;
    }

    public static long len(PyObject o) {
        if (o instanceof PyList l && o.type == PyList.TYPE) {
            return l.size();
        }
        if (o instanceof PyTuple t && o.type == PyTuple.TYPE) {
            return t.size();
        }
        if (o instanceof PyStr s && o.type == PyStr.TYPE) {
            return s.length();
        }
        PyObject m = o.type.lookupSlot(TypeSlot.LEN);
        if (m == null) {
            throw PyExceptions.typeError("object of type '" + o.type.getName()
                    + "' has no len()");
        }
        return lengthFromResult(Ops.callDescriptor(m, o));
    }

    public static PyObject getItem(PyObject o, PyObject key) {
        // exact builtin sequences indexed by an int: their own __getitem__, without the lookup
        if (key instanceof PyInt || key instanceof PySlice) {
            if (o.type == PyList.TYPE) {
                return ((PyList) o).__getitem__(key);
            }
            if (o.type == PyTuple.TYPE) {
                return ((PyTuple) o).__getitem__(key);
            }
            if (o.type == PyStr.TYPE && key instanceof PySlice) {
                return ((PyStr) o).__getitem__(key);
            }
        }
        if (o instanceof PyDict d && o.type == PyDict.TYPE) {
            PyObject v = d.getItem(key);
            if (v == null) {
                throw PyExceptions.keyError(key);
            }
            return v;
        }
        PyObject m = o.type.lookupSlot(TypeSlot.GETITEM);
        if (m == null) {
            if (o instanceof PyType t) {
                if (t == PyType.TYPE) {
                    return PyGenericAlias.of(t, key);
                }
                PyObject cg = Attributes.lookupAttrOrNull(t, "__class_getitem__");
                if (cg != null) {
                    return Ops.call(cg, key);
                }
                throw PyExceptions.typeError("type '" + t.getName()
                        + "' is not subscriptable");
            }
            throw PyExceptions.typeError("'" + o.type.getName()
                    + "' object is not subscriptable");
        }
        return Ops.callDescriptor(m, o, key);
    }

    public static void setItem(PyObject o, PyObject key, PyObject value) {
        if (o instanceof PyDict d && o.type == PyDict.TYPE) {
            d.setItem(key, value);
            return;
        }
        if (o.type == PyList.TYPE && (key instanceof PyInt || key instanceof PySlice)) {
            ((PyList) o).__setitem__(key, value);
            return;
        }
        PyObject m = o.type.lookupSlot(TypeSlot.SETITEM);
        if (m == null) {
            throw PyExceptions.typeError("'" + o.type.getName()
                    + "' object does not support item assignment");
        }
        Ops.callDescriptor(m, o, key, value);
    }

    /**
     * {@code o[start:stop:step] = value} when o is an exact list and the bounds ints or None,
     * without making the slice object; false, having done nothing, for anything else.
     */
    public static boolean setSliceExact(PyObject o, PyObject start, PyObject stop,
            PyObject step, PyObject value) {
        return ListSlices.assignExact(o, start, stop, step, value);
    }

    public static void delItem(PyObject o, PyObject key) {
        if (o.type == PyList.TYPE && key instanceof PyInt) {
            // an exact list by an int: its own __delitem__, without the lookup by name
            ((PyList) o).__delitem__(key);
            return;
        }
        if (o.type == PyDict.TYPE) {
            // an exact dict: its own __delitem__ (a builtin type's methods cannot be replaced)
            ((PyDict) o).__delitem__(key);
            return;
        }
        PyObject m = o.type.lookup("__delitem__");
        if (m == null) {
            // CPython: Objects/abstract.c PyObject_DelItem: an index on a type with sequence
            // slots (every class, and builtins with len/contains/getitem) reaches
            // PySequence_DelItem, whose message differs.
            boolean sequence = !o.type.isBuiltin() || o.type.lookup("__len__") != null
                    || o.type.lookup("__contains__") != null
                    || o.type.lookup("__getitem__") != null;
            boolean index = key instanceof PyInt || key.type.lookup("__index__") != null;
            throw PyExceptions.typeError("'" + o.type.getName() + (sequence && index
                    ? "' object doesn't support item deletion"
                    : "' object does not support item deletion"));
        }
        Ops.callDescriptor(m, o, key);
    }

    /** {@code x in container}. */
    public static boolean contains(PyObject container, PyObject x) {
        PyObject m = container.type.lookupSlot(TypeSlot.CONTAINS);
        if (m != null) {
            return Ops.isTrue(Ops.callDescriptor(m, container, x));
        }
        PyObject it = Iteration.iter(container, true);
        for (PyObject v = Iteration.next(it); v != null; v = Iteration.next(it)) {
            if (v == x || Ops.eqBool(v, x)) {
                return true;
            }
        }
        return false;
    }
}
