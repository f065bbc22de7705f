package dev.krait.modules.ctypes;

import dev.krait.objects.CArgs;
import dev.krait.objects.Containers;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyGenericAlias;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyObject;
import dev.krait.objects.PySlice;
import dev.krait.objects.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _ctypes.Array}: a C array in memory, a fixed-length mutable sequence whose items read
 * and write through the item type (simple items as Python values, others as views into the
 * array's memory). Slices of {@code c_char} arrays are bytes, of {@code c_wchar} arrays str.
 *
 * <p>CPython counterpart: Modules/_ctypes/_ctypes.c {@code PyCArray_Type} (Array_init,
 * Array_item, Array_subscript, Array_ass_item, Array_ass_subscript, Array_length).
 */
public final class PyCArray extends PyCData {
    public static final PyType TYPE = PyType.builtin("Array", PyCArray.class, PyCData.TYPE)
            .withModule("_ctypes");

    PyCArray(PyType type) {
        super(type);
    }

    @Exposed(value = "__new__($type, /, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return PyCData.create(cls);
    }

    // CPython: _ctypes.c Array_init
    @Exposed("__init__($self, /, *args, **kwargs)")
    public void __init__(PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        for (int i = 0; i < npos; i++) {
            setItem(i, args[i]);
        }
    }

    @Exposed("__len__($self, /)")
    public long __len__() {
        return info().length;
    }

    private long checkIndex(long i) {
        long n = info().length;
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyExceptions.indexError("invalid index");
        }
        return i;
    }

    PyObject item(long i) {
        StgInfo info = info();
        PyType itemType = (PyType) info.proto;
        long itemSize = StgInfo.require(itemType).size;
        return Access.get(itemType, this, i, i * itemSize);
    }

    void setItem(long i, PyObject value) {
        StgInfo info = info();
        i = checkIndex(i);
        PyType itemType = (PyType) info.proto;
        long itemSize = StgInfo.require(itemType).size;
        Access.set(this, itemType, value, i, i * itemSize);
    }

    // CPython: _ctypes.c Array_subscript
    @Exposed("__getitem__($self, key, /)")
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice slice) {
            long[] r = sliceIndices(slice);
            StgInfo item = StgInfo.require(info().proto);
            if (item.kind == StgInfo.Kind.SIMPLE && item.code == 'c') {
                byte[] b = new byte[(int) r[3]];
                for (int k = 0; k < b.length; k++) {
                    b[k] = mem.get(Values.B, r[0] + k * r[2]);
                }
                return PyBytes.of(b);
            }
            if (item.kind == StgInfo.Kind.SIMPLE && item.code == 'u') {
                int[] cps = new int[(int) r[3]];
                for (int k = 0; k < cps.length; k++) {
                    cps[k] = mem.get(Values.I, 4 * (r[0] + k * r[2]));
                }
                return Memory.strOf(cps);
            }
            List<PyObject> out = new ArrayList<>();
            for (long k = 0; k < r[3]; k++) {
                out.add(item(r[0] + k * r[2]));
            }
            return new PyList(out);
        }
        if (!isIndex(key)) {
            throw PyExceptions.typeError("indices must be integers");
        }
        return item(checkIndex(CArgs.asIndexSized(key, PyExceptions.IndexError)));
    }

    // CPython: _ctypes.c Array_ass_subscript
    @Exposed("__setitem__($self, key, value, /)")
    public void __setitem__(PyObject key, PyObject value) {
        if (key instanceof PySlice slice) {
            long[] r = sliceIndices(slice);
            if (Containers.len(value) != r[3]) {
                throw PyExceptions.valueError("Can only assign sequence of same size");
            }
            for (long k = 0; k < r[3]; k++) {
                setItem(r[0] + k * r[2], Containers.getItem(value, PyInt.of(k)));
            }
            return;
        }
        if (!isIndex(key)) {
            throw PyExceptions.typeError("indices must be integer");
        }
        setItem(CArgs.asIndexSized(key, PyExceptions.IndexError), value);
    }

    @Exposed("__delitem__($self, key, /)")
    public void __delitem__(PyObject key) {
        throw PyExceptions.typeError("Array does not support item deletion");
    }

    @Exposed(value = "__class_getitem__($type, item, /)", kind = Exposed.Kind.CLASS,
            signature = Exposed.Signature.HIDDEN)
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return PyGenericAlias.of(cls, item);
    }

    /** {start, stop, step, length} of a slice over the array. */
    private long[] sliceIndices(PySlice slice) {
        PyObject t = Ops.callMethod(slice, "indices", PyInt.of(info().length));
        long start = Numbers.index(Containers.getItem(t, PyInt.of(0))).longValue();
        long stop = Numbers.index(Containers.getItem(t, PyInt.of(1))).longValue();
        long step = Numbers.index(Containers.getItem(t, PyInt.of(2))).longValue();
        long len;
        if (step < 0) {
            len = stop < start ? (start - stop - 1) / -step + 1 : 0;
        } else {
            len = start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return new long[] {start, stop, step, len};
    }

    static boolean isIndex(PyObject key) {
        return key instanceof PyInt || key.type().lookup("__index__") != null;
    }
}
