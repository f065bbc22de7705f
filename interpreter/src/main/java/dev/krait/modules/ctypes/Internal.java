package dev.krait.modules.ctypes;

import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * The three C functions of {@code _ctypes} itself that {@code ctypes/__init__.py} calls
 * through function pointers built from their addresses: {@code string_at}, {@code wstring_at}
 * and {@code cast} (they take and return Python objects, {@code PYFUNCTYPE}). Krait gives each
 * a unique address (a byte of native memory) and runs calls to that address here in Java;
 * handing such an address to C code to call is not supported.
 *
 * <p>CPython counterpart: Modules/_ctypes/_ctypes.c string_at, wstring_at, cast,
 * cast_check_pointertype.
 */
enum Internal {
    STRING_AT, WSTRING_AT, CAST;

    /** The marker address of each function; process-wide, like a C function's address. */
    private static final MemorySegment MARKERS = Arena.global().allocate(3);

    long address() {
        return MARKERS.address() + ordinal();
    }

    /** The internal function at {@code address}, or null for a real C function. */
    static Internal at(long address) {
        long d = address - MARKERS.address();
        return d >= 0 && d < 3 ? values()[(int) d] : null;
    }

    /** Runs the function on converted arguments ({@code raw} holds py_object arguments). */
    PyObject run(Calls.Arg[] conv, PyObject[] raw) {
        if (conv.length < (this == CAST ? 3 : 2)) {
            throw PyExceptions.typeError("this function takes at least "
                    + (this == CAST ? 3 : 2) + " arguments (" + conv.length + " given)");
        }
        switch (this) {
            case STRING_AT -> {
                long ptr = pointerOf(conv[0]);
                long size = sizeOf(conv[1]);
                CtypesModule.audit("ctypes.string_at", PyCData.addressInt(ptr),
                        dev.krait.objects.PyInt.of(size));
                if (ptr == 0) {
                    throw PyExceptions.valueError("NULL pointer access");
                }
                return PyBytes.of(size < 0 ? Memory.cString(ptr)
                        : Memory.readAt(ptr, (int) size));
            }
            case WSTRING_AT -> {
                long ptr = pointerOf(conv[0]);
                long size = sizeOf(conv[1]);
                CtypesModule.audit("ctypes.wstring_at", PyCData.addressInt(ptr),
                        dev.krait.objects.PyInt.of(size));
                if (ptr == 0) {
                    throw PyExceptions.valueError("NULL pointer access");
                }
                return Memory.wideString(ptr, size);
            }
            default -> {
                return cast(pointerOf(conv[0]), raw[1], raw[2]);
            }
        }
    }

    private static long pointerOf(Calls.Arg a) {
        return a.value() instanceof MemorySegment s ? s.address()
                : ((Number) a.value()).longValue();
    }

    private static long sizeOf(Calls.Arg a) {
        return ((Number) a.value()).longValue();
    }

    // CPython: _ctypes.c cast
    private static PyObject cast(long ptr, PyObject src, PyObject ctype) {
        checkPointerType(ctype);
        PyCData result = (PyCData) Ops.call(ctype);
        if (src instanceof PyCData obj) {
            PyCData container = obj.container();
            if (container.objects == PyNone.NONE) {
                container.objects = new PyDict();
            }
            result.objects = container.objects;
            if (result.objects instanceof PyDict d) {
                d.setItem(PyCData.addressInt(Ops.id(src)), src);
            }
        }
        result.mem.set(Values.L, 0, ptr);
        return result;
    }

    // CPython: _ctypes.c cast_check_pointertype
    private static void checkPointerType(PyObject ctype) {
        StgInfo info = StgInfo.of(ctype);
        if (info != null) {
            if (info.kind == StgInfo.Kind.POINTER || info.kind == StgInfo.Kind.FUNCPTR) {
                return;
            }
            if (info.kind == StgInfo.Kind.SIMPLE && "sPzUZXO".indexOf(info.code) >= 0) {
                return;
            }
        }
        throw PyExceptions.typeError("cast() argument 2 must be a pointer type, not "
                + (ctype instanceof PyType t ? t.getName() : Ops.repr(ctype).toString()));
    }
}
