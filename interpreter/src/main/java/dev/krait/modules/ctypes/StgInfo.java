package dev.krait.modules.ctypes;

import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;
import java.lang.foreign.MemoryLayout;
import java.util.List;

/**
 * What ctypes knows about one C type: its size and alignment, what kind of C data it is, and
 * per kind the item type of an array, the target of a pointer, the fields of a structure, the
 * signature of a function pointer. CPython keeps this in the type's {@code __dict__}, a dict
 * subclass ({@code StgDictObject}); Krait hangs it on the type object
 * ({@link PyType#nativeInfo}), set once by the metaclass that made the type.
 *
 * <p>CPython counterpart: Modules/_ctypes/ctypes.h {@code StgDictObject}, stgdict.c.
 */
final class StgInfo {
    enum Kind { SIMPLE, STRUCT, UNION, ARRAY, POINTER, FUNCPTR }

    static final int TYPEFLAG_ISPOINTER = 0x100;
    static final int TYPEFLAG_HASPOINTER = 0x200;
    static final int TYPEFLAG_HASUNION = 0x400;
    static final int TYPEFLAG_HASBITFIELD = 0x800;

    final Kind kind;
    long size;
    int align;
    /** Array length; for a structure the number of fields (the length of its keep-alive). */
    long length;
    /** Simple: the type code; else 0. */
    char code;
    /** Whether a simple type reads and writes its value in the other byte order. */
    boolean swapped;
    /** Array: the item type; pointer: the target type (or null); simple: the _type_ str. */
    PyObject proto;
    int flags;
    /** Set once the type is used as a field or base: its _fields_ may no longer change. */
    boolean isFinal;
    /** Structure/union: the fields in order (null before _fields_ is set). */
    List<PyCField> fields;
    /** Function pointer types: the prototype; argtypes null when unspecified. */
    PyObject[] argtypes;
    PyObject[] converters;
    PyObject restype;
    PyObject checker;
    int callFlags;
    /**
     * The PEP 3118 format of the type's buffer ({@code _ctypes.buffer_info}); null for a
     * pointer type made without a target. Worked out when the type is made (a structure's
     * when its {@code _fields_} are set) from what the types it is made of had then, and not
     * updated after, as CPython's StgDict {@code format}.
     */
    String format;
    /** An array's dimensions, outermost first (CPython's {@code ndim} and {@code shape}). */
    long[] shape = NO_SHAPE;

    static final long[] NO_SHAPE = {};

    StgInfo(Kind kind) {
        this.kind = kind;
    }

    StgInfo copy() {
        StgInfo c = new StgInfo(kind);
        c.size = size;
        c.align = align;
        c.length = length;
        c.code = code;
        c.swapped = swapped;
        c.proto = proto;
        c.flags = flags;
        c.fields = fields;
        c.argtypes = argtypes;
        c.converters = converters;
        c.restype = restype;
        c.checker = checker;
        c.callFlags = callFlags;
        c.format = format;
        c.shape = shape;
        return c;
    }

    /**
     * The format of a simple type of type code {@code code}: the byte order, then the
     * standard-size struct code of a value of that size (on LP64, C long is {@code q}).
     */
    // CPython: _ctypes.c _ctypes_alloc_format_string_for_type
    static String simpleFormat(char code, boolean bigEndian) {
        char pep = switch (code) {
            case 'l' -> 'q';
            case 'L' -> 'Q';
            default -> code;
        };
        return (bigEndian ? ">" : "<") + pep;
    }

    /** {@code prefix}, then {@code shape} as {@code (2,3)} unless empty, then {@code suffix}. */
    // CPython: _ctypes.c _ctypes_alloc_format_string_with_shape
    static String withShape(long[] shape, String prefix, String suffix) {
        StringBuilder b = new StringBuilder(prefix);
        for (int k = 0; k < shape.length; k++) {
            b.append(k == 0 ? "(" : ",").append(shape[k]);
        }
        if (shape.length > 0) {
            b.append(')');
        }
        return b.append(suffix).toString();
    }

    /** The layout ctypes knows for {@code type}, or null if it is not a C data type. */
    static StgInfo of(PyObject type) {
        if (type instanceof PyType t && t.nativeInfo() instanceof StgInfo s) {
            return s;
        }
        return null;
    }

    /** The layout of a C data type, or CPython's TypeError for anything else. */
    static StgInfo require(PyObject type) {
        StgInfo s = of(type);
        if (s == null) {
            throw PyExceptions.typeError("abstract class");
        }
        return s;
    }

    /** The layout of the type of a C data instance. */
    static StgInfo ofInstance(PyObject obj) {
        return of(obj.type());
    }

    /** Whether values of this type are passed as C pointers (arrays decay). */
    boolean isPointerLike() {
        return kind == Kind.POINTER || kind == Kind.ARRAY || kind == Kind.FUNCPTR
                || (kind == Kind.SIMPLE && (code == 'z' || code == 'Z' || code == 'P'
                || code == 'O'));
    }

    /** The FFM layout of one value of this type in a call, for the simple kinds. */
    MemoryLayout callLayout() {
        return CallLayouts.of(this);
    }
}
