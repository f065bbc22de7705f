package dev.krait.modules.ctypes;

import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code PyCPointerType}, the metaclass of pointer types ({@code POINTER(c_int)}): a pointer
 * type knows its target type from {@code _type_} (or later, from {@code set_type} for an
 * incomplete pointer to a structure still being defined), and converts call arguments: a
 * target instance passes by reference, an array or pointer of the same item type as itself.
 * Here too are {@code POINTER()} and {@code pointer()}.
 *
 * <p>CPython counterpart: Modules/_ctypes/_ctypes.c PyCPointerType_new,
 * PyCPointerType_set_type, PyCPointerType_from_param; callproc.c POINTER, pointer.
 */
public final class PointerType {
    private PointerType() {}

    // CPython: _ctypes.c PyCPointerType_new
    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType meta, PyObject[] args, String[] kwnames) {
        PyType t = CDataTypes.newType(meta, args, kwnames);
        StgInfo info = new StgInfo(StgInfo.Kind.POINTER);
        info.size = 8;
        info.align = 8;
        info.length = 1;
        info.flags = StgInfo.TYPEFLAG_ISPOINTER;
        PyObject proto = t.getTypeDict().getItem(PyStr.of("_type_"));
        if (proto != null) {
            setProto(info, proto);
            // a pointer to a type without a format (an incomplete pointer) points to bytes
            StgInfo target = StgInfo.of(proto);
            info.format = StgInfo.withShape(target.shape, "&",
                    target.format != null ? target.format : "B");
        }
        t.setNativeInfo(info);
        return t;
    }

    // CPython: _ctypes.c PyCPointerType_SetProto
    private static void setProto(StgInfo info, PyObject proto) {
        if (!(proto instanceof PyType)) {
            throw PyExceptions.typeError("_type_ must be a type");
        }
        if (StgInfo.of(proto) == null) {
            throw PyExceptions.typeError("_type_ must have storage info");
        }
        info.proto = proto;
    }

    // CPython: _ctypes.c PyCPointerType_set_type
    @Exposed("set_type($self, type, /)")
    public static void set_type(PyObject self, PyObject type) {
        StgInfo info = StgInfo.of(self);
        if (info == null) {
            throw PyExceptions.typeError("abstract class");
        }
        setProto(info, type);
        Attributes.setAttr(self, "_type_", type);
    }

    // CPython: _ctypes.c PyCPointerType_from_param
    @Exposed("from_param($self, value, /)")
    public static PyObject from_param(PyObject self, PyObject value) {
        if (value == PyNone.NONE) {
            return PyNone.NONE;
        }
        StgInfo info = StgInfo.require(self);
        if (info.proto != null && Ops.isInstance(value, info.proto)) {
            return CtypesModule.byrefOf((PyCData) value, 0);
        }
        if (value instanceof PyCPointer || value instanceof PyCArray) {
            StgInfo vi = StgInfo.ofInstance(value);
            if (vi.proto != null && info.proto != null
                    && Ops.isSubclass(vi.proto, info.proto)) {
                return value;
            }
        }
        return ArrayType.genericFromParam((PyType) self, value);
    }

    /** {@code POINTER(cls)}: the pointer type to {@code cls}, made once per interpreter. */
    // CPython: callproc.c POINTER
    static PyObject pointerTo(PyDict cache, PyObject cls) {
        PyObject cached = cache.getItem(cls);
        if (cached != null) {
            return cached;
        }
        PyObject result;
        if (cls instanceof PyStr name) {
            result = Ops.call(CDataTypes.POINTER_META, name, PyTuple.of(PyCPointer.TYPE),
                    new PyDict());
            cache.setItem(dev.krait.objects.PyInt.of(Ops.id(result)), result);
            return result;
        }
        if (!(cls instanceof PyType t)) {
            throw PyExceptions.typeError("must be a ctypes type");
        }
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("_type_"), cls);
        result = Ops.call(CDataTypes.POINTER_META, PyStr.of("LP_" + t.getName()),
                PyTuple.of(PyCPointer.TYPE), ns);
        cache.setItem(cls, result);
        return result;
    }
}
