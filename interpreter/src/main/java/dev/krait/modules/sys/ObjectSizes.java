package dev.krait.modules.sys;

import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseObject;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyBuiltinFunction;
import dev.krait.objects.PyByteArray;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyComplex;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyRange;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code sys.getsizeof}: the sizes CPython 3.11 reports on a 64-bit build for the builtin
 * types, from their memory layouts (a Java object's real footprint is different and means
 * nothing to a Python program), and {@code __sizeof__} plus the garbage-collector header for
 * other objects.
 *
 * <p>CPython counterpart: Python/sysmodule.c {@code _PySys_GetSizeOf} and the
 * {@code __sizeof__} methods of Objects/longobject.c, unicodeobject.c, dictobject.c, ...
 */
public final class ObjectSizes {
    private ObjectSizes() {}

    /**
     * The header the cyclic garbage collector puts before tracked objects (two pointers):
     * counted in every size here, and {@code _testinternalcapi.SIZEOF_PYGC_HEAD}.
     */
    public static final long GC_HEADER = 16;

    static long sizeOf(PyObject o) {
        PyType t = o.type();
        if (t == PyInt.TYPE || t == PyBool.TYPE || t == PyFloat.TYPE || t == PyComplex.TYPE
                || t == PyStr.TYPE || t == PyBytes.TYPE || t == PyByteArray.TYPE
                || t == PyTuple.TYPE || t == PyList.TYPE || t == PyDict.TYPE
                || t == PyRange.TYPE || t == PyBuiltinFunction.TYPE || o == PyNone.NONE
                || t == PyBaseObject.TYPE) {
            return layoutSize(o);
        }
        PyObject m = t.lookup("__sizeof__");
        if (m == null) {
            throw PyExceptions.typeError("Type " + t.getName() + " doesn't define __sizeof__");
        }
        if (!t.isBuiltin() && m == PyBaseObject.TYPE.lookup("__sizeof__")
                && o instanceof PyBaseObject) {
            return instanceSize(o);
        }
        PyObject r = Ops.callDescriptor(m, o);
        if (!(r instanceof PyInt n)) {
            throw PyExceptions.typeError("an integer is required");
        }
        if (n.signum() < 0) {
            throw PyExceptions.valueError("__sizeof__() should return >= 0");
        }
        long size = n.isSmall() ? n.longValue() : Long.MAX_VALUE;
        return t.isBuiltin() ? size : size + GC_HEADER;
    }

    /**
     * The memory CPython 3.11 (64-bit) gives an object of the builtin layout that {@code o}'s
     * Java class implements, the garbage-collector header included for the types that have one,
     * found without running any Python code; -1 for layouts not known here. Shared by
     * {@code sys.getsizeof} and tracemalloc's estimate of what an allocation costs.
     */
    // CPython: the __sizeof__ methods of Objects/longobject.c, floatobject.c,
    // complexobject.c, unicodeobject.c, bytesobject.c (PyBytesObject_SIZE + n),
    // bytearrayobject.c (the object + its allocation), tupleobject.c, listobject.c,
    // dictobject.c, rangeobject.c, methodobject.c
    public static long layoutSize(PyObject o) {
        if (o instanceof PyInt i) {
            // 30-bit digits, at least one
            int bits = i.bigValue().abs().bitLength();
            return 24 + 4L * Math.max(1, (bits + 29) / 30);
        }
        if (o instanceof PyFloat) {
            return 24;
        }
        if (o instanceof PyComplex) {
            return 32;
        }
        if (o instanceof PyStr s) {
            return strSize(s);
        }
        if (o instanceof PyBytes b) {
            return 33 + b.array().length;
        }
        if (o instanceof PyByteArray a) {
            // the array CPython allocates holds a trailing NUL; an empty one allocates none
            int n = a.size();
            return 56 + (n == 0 ? 0 : n + 1);
        }
        if (o instanceof PyTuple t) {
            return 24 + GC_HEADER + 8L * t.size();
        }
        if (o instanceof PyList l) {
            return 40 + GC_HEADER + 8L * l.size();
        }
        if (o instanceof PyDict d) {
            return dictSize(d);
        }
        if (o instanceof PyRange) {
            return 48;
        }
        if (o instanceof PyBuiltinFunction) {
            return 56 + GC_HEADER;
        }
        if (o == PyNone.NONE || o.type() == PyBaseObject.TYPE) {
            return 16;
        }
        return -1;
    }

    /**
     * An estimate of the memory CPython would give {@code o}, for tracemalloc's traces: its
     * {@link #layoutSize}, else that of an instance of a class defined in Python, else that of
     * the smallest object the collector tracks. Runs no Python code ({@code __sizeof__}
     * overrides are not asked).
     */
    public static long estimate(PyObject o) {
        long known = layoutSize(o);
        if (known >= 0) {
            return known;
        }
        if (o instanceof PyBaseObject) {
            return instanceSize(o);
        }
        return 16 + GC_HEADER;
    }

    /** An instance of a class defined in Python over {@code object}. */
    private static long instanceSize(PyObject o) {
        // object header, then the managed dict (and weakref) or the slots
        long body = 16 + (o.type().instancesHaveDict() ? 24
                : 8L * (o.slots == null ? 0 : o.slots.length));
        return body + GC_HEADER;
    }

    // CPython: Objects/unicodeobject.c unicode__sizeof__ for compact strings (PEP 393)
    private static long strSize(PyStr s) {
        int n = s.length();
        int max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, s.codePointAt(i));
        }
        if (max < 0x80) {
            return 48 + n + 1;
        }
        if (max < 0x100) {
            return 72 + n + 1;
        }
        if (max < 0x10000) {
            return 72 + 2L * (n + 1);
        }
        return 72 + 4L * (n + 1);
    }

    // CPython: Objects/dictobject.c _PyDict_SizeOf: the object, then a keys table sized to a
    // power of two whose usable two thirds hold the items (str-only keys take smaller entries)
    private static long dictSize(PyDict d) {
        int n = d.size();
        if (n == 0) {
            return 48 + GC_HEADER;
        }
        long size = 8;
        while (size * 2 / 3 < n) {
            size *= 2;
        }
        long usable = size * 2 / 3;
        boolean strKeys = true;
        for (PyObject k : d.keyList()) {
            if (k.type() != PyStr.TYPE) {
                strKeys = false;
                break;
            }
        }
        int indexBytes = size <= 0x80 ? 1 : size <= 0x8000 ? 2 : size <= 0x80000000L ? 4 : 8;
        long keys = 32 + size * indexBytes + usable * (strKeys ? 16 : 24);
        return 48 + keys + GC_HEADER;
    }
}
