package dev.krait.modules.ctypes;

import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import java.lang.foreign.MemorySegment;

/**
 * Reading and writing a value of any C type inside another C data object's memory: a field of
 * a structure, an item of an array, the target of a pointer. A simple value reads as its
 * Python value; anything else reads as a view of the memory that keeps its owner alive.
 * Writing copies C data of the right type, converts Python values through the simple types,
 * and records what the memory now points into in the owner's {@code _objects}.
 *
 * <p>CPython counterpart: Modules/_ctypes/_ctypes.c PyCData_get, PyCData_set, _PyCData_set.
 */
final class Access {
    private Access() {}

    /** The value of type {@code type} at {@code off} of {@code src}'s memory. */
    // CPython: _ctypes.c PyCData_get
    static PyObject get(PyType type, PyCData src, long index, long off) {
        return get(type, src, index, src.mem, off);
    }

    /** As above, in {@code region}: {@code src}'s memory or memory it points at. */
    static PyObject get(PyType type, PyCData src, long index, MemorySegment region,
            long off) {
        StgInfo info = StgInfo.require(type);
        if (info.kind == StgInfo.Kind.SIMPLE && !PySimpleCData.isSimpleSubclass(type)) {
            return Values.get(region, off, info.code, info.swapped, 0, 0);
        }
        return PyCData.fromBase(type, src, index, region, off);
    }

    /** Stores {@code value} as type {@code type} at {@code off} of {@code dst}'s memory. */
    // CPython: _ctypes.c PyCData_set
    static void set(PyCData dst, PyType type, PyObject value, long index, long off) {
        set(dst, type, value, index, dst.mem, off);
    }

    /** As above, in {@code region}: {@code dst}'s memory or memory it points at. */
    static void set(PyCData dst, PyType type, PyObject value, long index,
            MemorySegment region, long off) {
        PyObject keep = store(region, off, type, value);
        dst.keepRef(index, keep);
    }

    // CPython: _ctypes.c _PyCData_set
    private static PyObject store(MemorySegment m, long off, PyType type, PyObject value) {
        StgInfo info = StgInfo.require(type);
        if (!(value instanceof PyCData src)) {
            if (info.kind == StgInfo.Kind.SIMPLE) {
                return Values.set(m, off, info.code, value, info.swapped, 0, 0);
            }
            if (value instanceof PyTuple t) {
                PyObject ob;
                try {
                    ob = Ops.call(type, t.items());
                } catch (dev.krait.objects.PyException e) {
                    // CPython: _ctypes_extend_error(PyExc_RuntimeError, "(%s) ", tp_name)
                    throw PyExceptions.runtimeError("(" + type.getName() + ") "
                            + e.value.type().getName() + ": " + Ops.str(e.value));
                }
                return store(m, off, type, ob);
            }
            if (value == PyNone.NONE && info.kind == StgInfo.Kind.POINTER) {
                m.set(Values.L, off, 0);
                return PyNone.NONE;
            }
            throw PyExceptions.typeError("expected " + type.getName() + " instance, got "
                    + value.type().getName());
        }
        if (Ops.isInstance(value, type)) {
            MemorySegment.copy(src.mem, 0, m, off, info.size);
            return src.keptObjects();
        }
        if (info.kind == StgInfo.Kind.POINTER && value instanceof PyCArray) {
            StgInfo vi = StgInfo.ofInstance(value);
            if (vi.proto != info.proto) {
                throw PyExceptions.typeError("incompatible types, " + value.type().getName()
                        + " instance instead of " + type.getName() + " instance");
            }
            m.set(Values.L, off, src.address());
            return PyTuple.of(src.keptObjects(), value);
        }
        throw PyExceptions.typeError("incompatible types, " + value.type().getName()
                + " instance instead of " + type.getName() + " instance");
    }
}
