package dev.krait.modules.ctypes;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;

/**
 * {@code _ctypes.CField}: the descriptor a structure or union class holds for each of its
 * {@code _fields_}: where the field lies in the instance's memory ({@code offset}), how big it
 * is ({@code size}; for a bit field CPython's packed {@code bits << 16 | first bit}), and its
 * C type. A {@code c_char} or {@code c_wchar} array field reads and writes as bytes or str.
 *
 * <p>CPython counterpart: Modules/_ctypes/cfield.c {@code PyCField_Type} (PyCField_get,
 * PyCField_set, PyCField_repr).
 */
public final class PyCField extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("CField", PyCField.class, null)
            .withModule("_ctypes");

    final PyType proto;
    final long offset;
    /** The field's size in bytes (its type's size). */
    final long byteSize;
    final int index;
    /** For a bit field: its width and its first bit in the storage unit; else 0, 0. */
    final int bits;
    final int low;
    /** 's' for a c_char array, 'U' for a c_wchar array, else 0. */
    final char special;
    /** Whether the field is named in {@code _anonymous_} (its fields are lifted). */
    boolean anonymous;

    PyCField(PyType proto, long offset, long byteSize, int index, int bits, int low) {
        super(TYPE);
        this.proto = proto;
        this.offset = offset;
        this.byteSize = byteSize;
        this.index = index;
        this.bits = bits;
        this.low = low;
        this.special = specialOf(proto);
    }

    private static char specialOf(PyType proto) {
        StgInfo info = StgInfo.of(proto);
        if (info != null && info.kind == StgInfo.Kind.ARRAY) {
            StgInfo item = StgInfo.of(info.proto);
            if (item != null && item.kind == StgInfo.Kind.SIMPLE && item.code == 'c') {
                return 's';
            }
            if (item != null && item.kind == StgInfo.Kind.SIMPLE && item.code == 'u') {
                return 'U';
            }
        }
        return 0;
    }

    @Exposed.Getter("offset")
    public long getOffset() {
        return offset;
    }

    @Exposed.Getter("size")
    public long getSize() {
        return bits != 0 ? ((long) bits << 16) + low : byteSize;
    }

    // CPython: cfield.c PyCField_get
    @Exposed("__get__($self, instance, owner=None, /)")
    public PyObject __get__(PyObject instance, PyObject owner) {
        if (instance == PyNone.NONE || instance == null) {
            return this;
        }
        if (!(instance instanceof PyCData inst)) {
            throw PyExceptions.typeError("not a ctype instance");
        }
        if (special == 's') {
            return Values.getChars(inst.mem, offset, byteSize);
        }
        if (special == 'U') {
            return Values.getWideChars(inst.mem, offset, byteSize);
        }
        if (bits != 0) {
            StgInfo info = StgInfo.require(proto);
            return Values.get(inst.mem, offset, info.code, info.swapped, bits, low);
        }
        return Access.get(proto, inst, index, offset);
    }

    // CPython: cfield.c PyCField_set
    @Exposed("__set__($self, instance, value, /)")
    public void __set__(PyObject instance, PyObject value) {
        if (!(instance instanceof PyCData inst)) {
            throw PyExceptions.typeError("not a ctype instance");
        }
        if (special == 's') {
            Values.setChars(inst.mem, offset, byteSize, value);
            return;
        }
        if (special == 'U') {
            Values.setWideChars(inst.mem, offset, byteSize, value);
            return;
        }
        if (bits != 0) {
            StgInfo info = StgInfo.require(proto);
            Values.set(inst.mem, offset, info.code, value, info.swapped, bits, low);
            return;
        }
        Access.set(inst, proto, value, index, offset);
    }

    @Exposed("__delete__($self, instance, /)")
    public void __delete__(PyObject instance) {
        throw PyExceptions.typeError("can't delete attribute");
    }

    // CPython: cfield.c PyCField_repr
    @Exposed("__repr__($self, /)")
    public String __repr__() {
        String name = proto.getName();
        if (bits != 0) {
            return "<Field type=" + name + ", ofs=" + offset + ":" + low + ", bits=" + bits
                    + ">";
        }
        return "<Field type=" + name + ", ofs=" + offset + ", size=" + byteSize + ">";
    }
}
