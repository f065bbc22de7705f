package dev.krait.modules.ctypes;

import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * {@code PyCSimpleType}, the metaclass of the simple C types ({@code c_int}, {@code c_char_p},
 * ...): it reads the class's one-letter {@code _type_}, gives the class the size and alignment
 * of that C type, makes the byte-swapped twin that {@code __ctype_be__} names, and converts
 * call arguments ({@code from_param}), with the special conversions of {@code c_char_p},
 * {@code c_wchar_p} and {@code c_void_p}.
 *
 * <p>CPython counterpart: Modules/_ctypes/_ctypes.c PyCSimpleType_new,
 * PyCSimpleType_from_param, c_char_p_from_param, c_wchar_p_from_param, c_void_p_from_param.
 */
public final class SimpleType {
    private SimpleType() {}

    // CPython: _ctypes.c PyCSimpleType_new
    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType meta, PyObject[] args, String[] kwnames) {
        PyType t = CDataTypes.newType(meta, args, kwnames);
        PyObject proto = Attributes.lookupAttrOrNull(t, "_type_");
        if (proto == null) {
            throw PyExceptions.attributeError("class must define a '_type_' attribute");
        }
        if (!(proto instanceof PyStr s)) {
            throw PyExceptions.typeError("class must define a '_type_' string attribute");
        }
        if (s.length() != 1) {
            throw PyExceptions.valueError("class must define a '_type_' attribute which must be "
                    + "a string of length 1");
        }
        char code = (char) s.codePointAt(0);
        if (s.codePointAt(0) > 0x7f || "cbBhHiIlLdfuzZqQPXOv?g".indexOf(code) < 0) {
            throw PyExceptions.attributeError("class must define a '_type_' attribute which "
                    + "must be\na single character string containing one of "
                    + "'cbBhHiIlLdfuzZqQPXOv?g'.");
        }
        if (Values.sizeOf(code) < 0) {
            throw PyExceptions.valueError("_type_ '" + code + "' not supported");
        }
        StgInfo info = simpleInfo(code, proto);
        t.setNativeInfo(info);
        if (t.getBase() == PySimpleCData.TYPE && "zZPO".indexOf(code) >= 0) {
            info.flags |= StgInfo.TYPEFLAG_ISPOINTER;
        }
        if (meta == CDataTypes.SIMPLE_META && Values.swappable(code)) {
            PyType swapped = CDataTypes.newType(meta, args, kwnames);
            StgInfo sw = simpleInfo(code, proto);
            sw.swapped = true;
            sw.format = StgInfo.simpleFormat(code, !NATIVE_BIG_ENDIAN);
            swapped.setNativeInfo(sw);
            Attributes.setAttr(t, "__ctype_le__", t);
            Attributes.setAttr(t, "__ctype_be__", swapped);
            Attributes.setAttr(swapped, "__ctype_le__", t);
            Attributes.setAttr(swapped, "__ctype_be__", swapped);
        }
        return t;
    }

    private static StgInfo simpleInfo(char code, PyObject proto) {
        StgInfo info = new StgInfo(StgInfo.Kind.SIMPLE);
        info.code = code;
        info.size = Values.sizeOf(code);
        info.align = (int) info.size;
        info.proto = proto;
        info.format = StgInfo.simpleFormat(code, NATIVE_BIG_ENDIAN);
        return info;
    }

    private static final boolean NATIVE_BIG_ENDIAN =
            java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.BIG_ENDIAN;

    // CPython: _ctypes.c PyCSimpleType_from_param (and the three special ones)
    @Exposed("from_param($self, value, /)")
    public static PyObject from_param(PyObject self, PyObject value) {
        StgInfo info = StgInfo.require(self);
        PyType type = (PyType) self;
        boolean base = type.getBase() == PySimpleCData.TYPE;
        if (base && info.code == 'z') {
            return charPointerParam(type, value, 'z', 'c');
        }
        if (base && info.code == 'Z') {
            return charPointerParam(type, value, 'Z', 'u');
        }
        if (base && info.code == 'P') {
            return voidPointerParam(type, value);
        }
        if (Ops.isInstance(value, type)) {
            return value;
        }
        try {
            return simpleArg(info.code, value);
        } catch (PyException e) {
            if (!e.matches(dev.krait.objects.PyExceptions.Exception)) {
                throw e;
            }
        }
        PyObject asParam = Attributes.lookupAttrOrNull(value, "_as_parameter_");
        if (asParam != null) {
            return from_param(self, asParam);
        }
        throw PyExceptions.typeError("wrong type");
    }

    /** A call argument holding {@code value} converted as type code {@code code} does. */
    static PyCArg simpleArg(char code, PyObject value) {
        MemorySegment tmp = Arena.ofAuto().allocate(16, 16);
        PyObject keep = Values.set(tmp, 0, code, value, false, 0, 0);
        return PyCArg.fromMemory(code, tmp, keep);
    }

    // CPython: _ctypes.c c_char_p_from_param / c_wchar_p_from_param
    private static PyObject charPointerParam(PyType type, PyObject value, char code,
            char item) {
        if (value == PyNone.NONE) {
            return PyNone.NONE;
        }
        if (code == 'z' ? value instanceof PyBytes : value instanceof PyStr) {
            return simpleArg(code, value);
        }
        if (Ops.isInstance(value, type)) {
            return value;
        }
        if (value instanceof PyCArray || value instanceof PyCPointer) {
            StgInfo it = StgInfo.of(StgInfo.ofInstance(value).proto);
            if (it != null && it.kind == StgInfo.Kind.SIMPLE && it.code == item) {
                return value;
            }
        }
        if (value instanceof PyCArg a && a.obj != null) {
            StgInfo it = StgInfo.ofInstance(a.obj);
            if (it != null && it.kind == StgInfo.Kind.SIMPLE && it.code == item) {
                return value;
            }
        }
        PyObject asParam = Attributes.lookupAttrOrNull(value, "_as_parameter_");
        if (asParam != null) {
            return charPointerParam(type, asParam, code, item);
        }
        throw PyExceptions.typeError("wrong type");
    }

    // CPython: _ctypes.c c_void_p_from_param
    private static PyObject voidPointerParam(PyType type, PyObject value) {
        if (value == PyNone.NONE) {
            return PyNone.NONE;
        }
        if (value instanceof PyInt) {
            return simpleArg('P', value);
        }
        if (value instanceof PyBytes) {
            return simpleArg('z', value);
        }
        if (value instanceof PyStr) {
            return simpleArg('Z', value);
        }
        if (Ops.isInstance(value, type)) {
            return value;
        }
        if (value instanceof PyCArray || value instanceof PyCPointer) {
            return value;
        }
        if (value instanceof PyCArg a && a.tag == 'P') {
            return value;
        }
        if (value instanceof PyCFuncPtr f) {
            return PyCArg.pointer('P', f.pointer(), f);
        }
        if (value instanceof PySimpleCData c) {
            StgInfo ci = StgInfo.ofInstance(c);
            if (ci.code == 'z' || ci.code == 'Z') {
                return PyCArg.pointer('Z', c.mem.get(Values.L, 0), c);
            }
        }
        PyObject asParam = Attributes.lookupAttrOrNull(value, "_as_parameter_");
        if (asParam != null) {
            return voidPointerParam(type, asParam);
        }
        throw PyExceptions.typeError("wrong type");
    }
}
