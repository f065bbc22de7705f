package dev.krait.modules.ctypes;

import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PySlice;
import dev.krait.objects.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _ctypes._Pointer}: a C pointer, an address in memory of its own, read through its
 * type's target: {@code p.contents} is a view of the target, {@code p[i]} the i-th value after
 * it. Setting {@code contents} keeps the target object alive in {@code _objects}.
 *
 * <p>CPython counterpart: Modules/_ctypes/_ctypes.c {@code PyCPointer_Type} (Pointer_new,
 * Pointer_init, Pointer_get_contents, Pointer_set_contents, Pointer_item, Pointer_ass_item,
 * Pointer_subscript, Pointer_bool).
 */
public final class PyCPointer extends PyCData {
    public static final PyType TYPE = PyType.builtin("_Pointer", PyCPointer.class, PyCData.TYPE)
            .withModule("_ctypes");

    PyCPointer(PyType type) {
        super(type);
    }

    // CPython: _ctypes.c Pointer_new
    @Exposed(value = "__new__($type, /, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        StgInfo info = StgInfo.of(cls);
        if (info == null || info.proto == null) {
            throw PyExceptions.typeError("Cannot create instance: has no _type_");
        }
        return PyCData.create(cls);
    }

    // CPython: _ctypes.c Pointer_init
    @Exposed("__init__($self, value=<unrepresentable>, /)")
    public void __init__(PyObject value) {
        if (value != null) {
            setContents(value);
        }
    }

    long target() {
        return mem.get(Values.L, 0);
    }

    private long nonNullTarget() {
        long p = target();
        if (p == 0) {
            throw PyExceptions.valueError("NULL pointer access");
        }
        return p;
    }

    private PyType proto() {
        return (PyType) info().proto;
    }

    // CPython: _ctypes.c Pointer_get_contents
    @Exposed.Getter("contents")
    public PyObject getContents() {
        long p = nonNullTarget();
        Memory.checkMapped(p, itemSize());
        return PyCData.fromBase(proto(), this, 0, Memory.ALL, p);
    }

    // CPython: _ctypes.c Pointer_set_contents
    @Exposed.Setter("contents")
    public void setContents(PyObject value) {
        if (value == null) {
            throw PyExceptions.typeError("Pointer does not support item deletion");
        }
        PyType proto = proto();
        if (!(value instanceof PyCData dst) || !Ops.isInstance(value, proto)) {
            throw PyExceptions.typeError("expected " + proto.getName() + " instead of "
                    + value.type().getName());
        }
        mem.set(Values.L, 0, dst.address());
        keepRef(1, value);
        keepRef(0, dst.keptObjects());
    }

    private long itemSize() {
        return StgInfo.require(proto()).size;
    }

    // CPython: _ctypes.c Pointer_subscript, Pointer_item
    @Exposed("__getitem__($self, key, /)")
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice slice) {
            return slice(slice);
        }
        if (!PyCArray.isIndex(key)) {
            throw PyExceptions.typeError("Pointer indices must be integer");
        }
        long i = CArgs.asIndexSized(key, PyExceptions.IndexError);
        long p = nonNullTarget();
        Memory.checkMapped(p + i * itemSize(), itemSize());
        return Access.get(proto(), this, i, Memory.ALL, p + i * itemSize());
    }

    // CPython: _ctypes.c Pointer_ass_item
    @Exposed("__setitem__($self, key, value, /)")
    public void __setitem__(PyObject key, PyObject value) {
        if (!PyCArray.isIndex(key)) {
            throw PyExceptions.typeError("Pointer indices must be integer");
        }
        long i = CArgs.asIndexSized(key, PyExceptions.IndexError);
        long p = nonNullTarget();
        Memory.checkMapped(p + i * itemSize(), itemSize());
        Access.set(this, proto(), value, i, Memory.ALL, p + i * itemSize());
    }

    @Exposed("__delitem__($self, key, /)")
    public void __delitem__(PyObject key) {
        throw PyExceptions.typeError("Pointer does not support item deletion");
    }

    @Exposed("__bool__($self, /)")
    public boolean __bool__() {
        return target() != 0;
    }

    private PyObject slice(PySlice slice) {
        // CPython: _ctypes.c Pointer_subscript reads the bounds with PyNumber_AsSsize_t
        long step = slice.step == PyNone.NONE ? 1
                : CArgs.asIndexSized(slice.step, PyExceptions.ValueError);
        if (step == 0) {
            throw PyExceptions.valueError("slice step cannot be zero");
        }
        long start;
        if (slice.start == PyNone.NONE) {
            if (step < 0) {
                throw PyExceptions.valueError("slice start is required for step < 0");
            }
            start = 0;
        } else {
            start = CArgs.asIndexSized(slice.start, PyExceptions.ValueError);
        }
        if (slice.stop == PyNone.NONE) {
            throw PyExceptions.valueError("slice stop is required");
        }
        long stop = CArgs.asIndexSized(slice.stop, PyExceptions.ValueError);
        long len;
        if ((step > 0 && start > stop) || (step < 0 && start < stop)) {
            len = 0;
        } else if (step > 0) {
            len = (stop - start - 1) / step + 1;
        } else {
            len = (stop - start + 1) / step + 1;
        }
        StgInfo item = StgInfo.require(proto());
        long p = target();
        if (len > 0) {
            long first = Math.min(start, start + (len - 1) * step);
            long last = Math.max(start, start + (len - 1) * step);
            Memory.checkMapped(p + first * item.size, (last - first + 1) * item.size);
        }
        if (item.kind == StgInfo.Kind.SIMPLE && item.code == 'c') {
            byte[] b = new byte[(int) len];
            for (int k = 0; k < len; k++) {
                b[k] = Memory.ALL.get(Values.B, p + start + k * step);
            }
            return PyBytes.of(b);
        }
        if (item.kind == StgInfo.Kind.SIMPLE && item.code == 'u') {
            int[] cps = new int[(int) len];
            for (int k = 0; k < len; k++) {
                cps[k] = Memory.ALL.get(Values.I, p + 4 * (start + k * step));
            }
            return Memory.strOf(cps);
        }
        List<PyObject> out = new ArrayList<>();
        for (long k = 0; k < len; k++) {
            out.add(__getitem__(PyInt.of(start + k * step)));
        }
        return new PyList(out);
    }
}
