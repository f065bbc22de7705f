package dev.krait.modules.ctypes;

import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.ThreadState;
import java.lang.foreign.MemorySegment;

/**
 * {@code PyCArrayType}, the metaclass of array types ({@code c_int * 4}): it reads
 * {@code _length_} and {@code _type_}, sizes the array, and gives arrays of {@code c_char} and
 * {@code c_wchar} their string attributes {@code value} and {@code raw}. Array types made by
 * {@code type * n} are cached per interpreter, so {@code c_int * 4 is c_int * 4}.
 *
 * <p>CPython counterpart: Modules/_ctypes/_ctypes.c PyCArrayType_new, PyCArrayType_from_ctype,
 * CharArray_getsets, WCharArray_getsets, CDataType_from_param.
 */
public final class ArrayType {
    private ArrayType() {}

    /** The per-interpreter cache of array types by (item type, length). */
    static final class Cache {
        final PyDict types = new PyDict();
    }

    // CPython: _ctypes.c PyCArrayType_new
    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType meta, PyObject[] args, String[] kwnames) {
        PyType t = CDataTypes.newType(meta, args, kwnames);
        PyObject lengthAttr = Attributes.lookupAttrOrNull(t, "_length_");
        if (lengthAttr == null) {
            throw PyExceptions.attributeError("class must define a '_length_' attribute");
        }
        if (!(lengthAttr instanceof PyInt li)) {
            throw PyExceptions.typeError("The '_length_' attribute must be an integer");
        }
        if (li.signum() < 0) {
            throw PyExceptions.valueError("The '_length_' attribute must not be negative");
        }
        if (!li.isSmall()) {
            throw PyExceptions.overflowError("The '_length_' attribute is too large");
        }
        long length = li.longValue();
        PyObject item = Attributes.lookupAttrOrNull(t, "_type_");
        if (item == null) {
            throw PyExceptions.attributeError("class must define a '_type_' attribute");
        }
        StgInfo ii = StgInfo.of(item);
        if (ii == null) {
            throw PyExceptions.typeError("_type_ must have storage info");
        }
        if (ii.size != 0 && length > Long.MAX_VALUE / ii.size) {
            throw PyExceptions.overflowError("array too large");
        }
        StgInfo info = new StgInfo(StgInfo.Kind.ARRAY);
        info.size = ii.size * length;
        info.align = ii.align;
        info.length = length;
        info.proto = item;
        info.format = ii.format;
        info.shape = new long[ii.shape.length + 1];
        info.shape[0] = length;
        System.arraycopy(ii.shape, 0, info.shape, 1, ii.shape.length);
        if ((ii.flags & (StgInfo.TYPEFLAG_ISPOINTER | StgInfo.TYPEFLAG_HASPOINTER)) != 0) {
            info.flags |= StgInfo.TYPEFLAG_HASPOINTER;
        }
        t.setNativeInfo(info);
        if (ii.kind == StgInfo.Kind.SIMPLE && (ii.code == 'c' || ii.code == 'u')) {
            PyDict d = t.getTypeDict();
            d.setItem(PyStr.of("value"), new CharArrayAttribute(t, "value"));
            if (ii.code == 'c') {
                d.setItem(PyStr.of("raw"), new CharArrayAttribute(t, "raw"));
            }
            t.invalidateCaches();
        }
        return t;
    }

    @Exposed("from_param($self, value, /)")
    public static PyObject from_param(PyObject self, PyObject value) {
        return genericFromParam((PyType) self, value);
    }

    /** {@code itemtype * length}, made once per interpreter. */
    // CPython: _ctypes.c PyCArrayType_from_ctype
    static PyObject arrayOf(PyType item, PyInt length) {
        Cache cache = ThreadState.current().interpreter.state(Cache.class, Cache::new);
        PyTuple key = PyTuple.of(item, length);
        PyObject t = cache.types.getItem(key);
        if (t != null) {
            return t;
        }
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("_length_"), length);
        ns.setItem(PyStr.of("_type_"), item);
        t = Ops.call(CDataTypes.ARRAY_META, PyStr.of(item.getName() + "_Array_" + length),
                PyTuple.of(PyCArray.TYPE), ns);
        cache.types.setItem(key, t);
        return t;
    }

    // CPython: _ctypes.c CDataType_from_param
    static PyObject genericFromParam(PyType type, PyObject value) {
        if (Ops.isInstance(value, type)) {
            return value;
        }
        if (value instanceof PyCArg a) {
            StgInfo info = StgInfo.of(type);
            if (info != null && a.obj != null && info.proto != null
                    && Ops.isInstance(a.obj, info.proto)) {
                return value;
            }
            throw PyExceptions.typeError("expected " + type.getName() + " instance instead of "
                    + "pointer to " + (a.obj != null ? a.obj.type().getName() : "???"));
        }
        PyObject asParam = Attributes.lookupAttrOrNull(value, "_as_parameter_");
        if (asParam != null) {
            return genericFromParam(type, asParam);
        }
        throw PyExceptions.typeError("expected " + type.getName() + " instance instead of "
                + value.type().getName());
    }

    /**
     * The {@code value} and {@code raw} attributes of {@code c_char} and {@code c_wchar}
     * arrays: the memory as a NUL-terminated string, or all of it as bytes.
     */
    public static final class CharArrayAttribute extends PyObject {
        public static final PyType TYPE = PyType.builtinFinal("getset_descriptor",
                CharArrayAttribute.class, null).withModule("_ctypes");

        private final PyType owner;
        private final String name;

        CharArrayAttribute(PyType owner, String name) {
            super(TYPE);
            this.owner = owner;
            this.name = name;
        }

        @Exposed("__get__($self, instance, owner=None, /)")
        public PyObject __get__(PyObject instance, PyObject cls) {
            if (instance == null || instance == PyNone.NONE) {
                return this;
            }
            PyCData a = check(instance);
            long size = a.mem.byteSize();
            if (name.equals("raw")) {
                return PyBytes.of(Memory.read(a.mem, 0, (int) size));
            }
            if (StgInfo.require(StgInfo.ofInstance(a).proto).code == 'u') {
                return Values.getWideChars(a.mem, 0, size);
            }
            return Values.getChars(a.mem, 0, size);
        }

        // CPython: _ctypes.c CharArray_set_value, CharArray_set_raw, WCharArray_set_value
        @Exposed("__set__($self, instance, value, /)")
        public void __set__(PyObject instance, PyObject value) {
            PyCData a = check(instance);
            long size = a.mem.byteSize();
            boolean wide = StgInfo.require(StgInfo.ofInstance(a).proto).code == 'u';
            if (name.equals("raw")) {
                byte[] b = PyBytes.requireBytesLike(value);
                if (b.length > size) {
                    throw PyExceptions.valueError("byte string too long");
                }
                MemorySegment.copy(b, 0, a.mem, Values.B, 0, b.length);
                return;
            }
            if (wide) {
                if (!(value instanceof PyStr s)) {
                    throw PyExceptions.typeError("unicode string expected instead of "
                            + value.type().getName() + " instance");
                }
                if (s.length() > size / 4) {
                    throw PyExceptions.valueError("string too long");
                }
                Values.setWideChars(a.mem, 0, size, value);
                return;
            }
            if (!(value instanceof PyBytes b)) {
                throw PyExceptions.typeError("bytes expected instead of "
                        + value.type().getName() + " instance");
            }
            if (b.array().length > size) {
                throw PyExceptions.valueError("byte string too long");
            }
            Values.setChars(a.mem, 0, size, value);
        }

        // CPython: _ctypes.c CharArray_set_value (TypeError), CharArray_set_raw
        @Exposed("__delete__($self, instance, /)")
        public void __delete__(PyObject instance) {
            if (name.equals("value")) {
                throw PyExceptions.typeError("can't delete attribute");
            }
            throw PyExceptions.attributeError("cannot delete attribute");
        }

        private PyCData check(PyObject instance) {
            if (!(instance instanceof PyCData a) || !Ops.isInstance(instance, owner)) {
                throw PyExceptions.typeError("descriptor '" + name + "' for '"
                        + owner.getName() + "' objects doesn't apply to a '"
                        + instance.type().getName() + "' object");
            }
            return a;
        }
    }
}
