package dev.krait.modules.ctypes;

import dev.krait.objects.Attributes;
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
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.math.BigInteger;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calling a C function through a pointer: each argument is converted (by its argtype's
 * {@code from_param}, then to a C value as {@code ConvParam} does), a downcall handle is made
 * for the resulting signature (cached per signature), the function runs, and its result is
 * converted back through {@code restype}. With {@code use_errno}, the ctypes copy of errno is
 * swapped with the C library's around the call.
 *
 * <p>Three functions of CPython's own ({@code string_at}, {@code wstring_at}, {@code cast})
 * are reached through function pointers ctypes makes from {@code _string_at_addr} etc.; their
 * addresses are markers here and the calls run in Java ({@link Internal}).
 *
 * <p>CPython counterpart: Modules/_ctypes/callproc.c _ctypes_callproc, ConvParam, GetResult,
 * _call_function_pointer.
 */
final class Calls {
    private Calls() {}

    static final int FUNCFLAG_CDECL = 0x1;
    static final int FUNCFLAG_PYTHONAPI = 0x4;
    static final int FUNCFLAG_USE_ERRNO = 0x8;
    static final int FUNCFLAG_USE_LASTERROR = 0x10;
    static final int MAX_ARGCOUNT = 1024;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final ConcurrentHashMap<FunctionDescriptor, MethodHandle> PLAIN =
            new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<FunctionDescriptor, MethodHandle> WITH_ERRNO =
            new ConcurrentHashMap<>();

    /** One converted argument: its layout, its Java value, what it must keep alive. */
    record Arg(MemoryLayout layout, Object value, PyObject keep) {}

    // CPython: callproc.c _ctypes_callproc
    static PyObject call(long address, PyObject[] args, int flags, PyObject[] converters,
            PyObject[] argtypes, PyObject restype, PyObject checker) {
        if (address == 0) {
            throw PyExceptions.valueError("NULL pointer access");
        }
        if (args.length > MAX_ARGCOUNT) {
            throw argumentError("too many arguments (" + args.length + "), maximum is "
                    + MAX_ARGCOUNT);
        }
        Internal internal = Internal.at(address);
        Arg[] conv = new Arg[args.length];
        PyObject[] raw = new PyObject[args.length];
        for (int i = 0; i < args.length; i++) {
            try {
                PyObject v = args[i];
                if (converters != null && i < converters.length) {
                    if (internal != null && argtypes != null && isPyObject(argtypes[i])) {
                        raw[i] = v;
                        continue;
                    }
                    v = Ops.call(converters[i], v);
                }
                conv[i] = convert(v, i + 1);
            } catch (PyException e) {
                throw extend(e, "argument " + (i + 1) + ": ");
            }
        }
        if (internal != null) {
            return internal.run(conv, raw);
        }
        StgInfo rinfo = restype == null || restype == PyNone.NONE ? null : StgInfo.of(restype);
        MemoryLayout rlayout;
        if (restype == PyNone.NONE) {
            rlayout = null;
        } else if (rinfo == null) {
            rlayout = java.lang.foreign.ValueLayout.JAVA_INT;
        } else {
            rlayout = CallLayouts.of(rinfo);
        }
        MemoryLayout[] layouts = new MemoryLayout[conv.length];
        for (int i = 0; i < conv.length; i++) {
            layouts[i] = conv[i].layout;
        }
        FunctionDescriptor fd = rlayout == null ? FunctionDescriptor.ofVoid(layouts)
                : FunctionDescriptor.of(rlayout, layouts);
        boolean errno = (flags & FUNCFLAG_USE_ERRNO) != 0;
        MethodHandle mh = handle(fd, errno);
        boolean group = rlayout instanceof GroupLayout;
        int lead = 1 + (group ? 1 : 0) + (errno ? 1 : 0);
        Object[] jargs = new Object[lead + conv.length];
        Object result;
        try (Arena arena = Arena.ofConfined()) {
            int k = 0;
            jargs[k++] = MemorySegment.ofAddress(address);
            if (group) {
                jargs[k++] = arena;
            }
            if (errno) {
                jargs[k++] = Errno.captureSegment();
            }
            for (Arg a : conv) {
                jargs[k++] = a.value;
            }
            if (errno) {
                Errno.swapIn();
            }
            try {
                result = mh.invokeWithArguments(jargs);
            } catch (PyException e) {
                throw e;
            } catch (Throwable t) {
                throw PyExceptions.systemError("ctypes: the call failed: " + t);
            }
            if (errno) {
                Errno.swapOut();
            }
            java.lang.ref.Reference.reachabilityFence(args);
            java.lang.ref.Reference.reachabilityFence(conv);
            return result(restype, rinfo, result, checker);
        }
    }

    private static boolean isPyObject(PyObject type) {
        StgInfo i = StgInfo.of(type);
        return i != null && i.kind == StgInfo.Kind.SIMPLE && i.code == 'O';
    }

    private static MethodHandle handle(FunctionDescriptor fd, boolean errno) {
        try {
            if (errno) {
                return WITH_ERRNO.computeIfAbsent(fd, d -> LINKER.downcallHandle(d,
                        Errno.CAPTURE));
            }
            return PLAIN.computeIfAbsent(fd, d -> LINKER.downcallHandle(d));
        } catch (IllegalArgumentException e) {
            throw PyExceptions.notImplementedError("ctypes: Krait cannot make this call ("
                    + e.getMessage() + ")");
        }
    }

    // CPython: callproc.c ConvParam
    static Arg convert(PyObject obj, int index) {
        StgInfo info = StgInfo.ofInstance(obj);
        if (info != null && obj instanceof PyCData c) {
            return paramOf(c, info);
        }
        if (obj instanceof PyCArg a) {
            if (a.layout == null) {
                CallLayouts.ofCode(a.tag);
            }
            return new Arg(a.layout, a.value, a.obj);
        }
        if (obj == PyNone.NONE) {
            return new Arg(java.lang.foreign.ValueLayout.ADDRESS, MemorySegment.NULL, null);
        }
        if (obj instanceof PyInt i) {
            long v;
            if (i.isSmall()) {
                v = i.longValue();
            } else {
                BigInteger b = i.bigValue();
                if (b.bitLength() > 64) {
                    throw PyExceptions.overflowError("int too long to convert");
                }
                v = b.longValue();
            }
            return new Arg(java.lang.foreign.ValueLayout.JAVA_INT, (int) v, null);
        }
        if (obj instanceof PyBytes b) {
            return new Arg(java.lang.foreign.ValueLayout.ADDRESS, Memory.nativeCopy(b), b);
        }
        if (obj instanceof PyStr s) {
            return new Arg(java.lang.foreign.ValueLayout.ADDRESS, Memory.nativeCopy(s), s);
        }
        PyObject asParam = Attributes.lookupAttrOrNull(obj, "_as_parameter_");
        if (asParam != null) {
            return convert(asParam, index);
        }
        throw PyExceptions.typeError("Don't know how to convert parameter " + index);
    }

    /** A C data object as an argument: CPython's per-kind {@code paramfunc}. */
    static Arg paramOf(PyCData c, StgInfo info) {
        switch (info.kind) {
            case SIMPLE -> {
                return new Arg(CallLayouts.ofCode(info.code),
                        CallLayouts.javaValue(info.code, c.mem, 0), c);
            }
            case STRUCT, UNION -> {
                return new Arg(CallLayouts.group(info), c.mem, c);
            }
            case ARRAY -> {
                return new Arg(java.lang.foreign.ValueLayout.ADDRESS, c.mem, c);
            }
            default -> {
                return new Arg(java.lang.foreign.ValueLayout.ADDRESS,
                        MemorySegment.ofAddress(c.mem.get(Values.L, 0)), c);
            }
        }
    }

    // CPython: callproc.c GetResult
    private static PyObject result(PyObject restype, StgInfo rinfo, Object value,
            PyObject checker) {
        if (restype == PyNone.NONE) {
            return PyNone.NONE;
        }
        if (rinfo == null) {
            PyInt i = PyInt.of((Integer) value);
            return restype == null ? i : Ops.call(restype, i);
        }
        PyObject retval;
        if (rinfo.kind == StgInfo.Kind.SIMPLE && !PySimpleCData.isSimpleSubclass(
                (PyType) restype)) {
            MemorySegment tmp = Arena.ofAuto().allocate(16, 16);
            CallLayouts.store(rinfo.code, tmp, 0, value);
            retval = Values.get(tmp, 0, rinfo.code, rinfo.swapped, 0, 0);
        } else {
            PyCData obj = PyCData.create((PyType) restype);
            if (value instanceof MemorySegment s && (rinfo.kind == StgInfo.Kind.STRUCT
                    || rinfo.kind == StgInfo.Kind.UNION)) {
                MemorySegment.copy(s, 0, obj.mem, 0, rinfo.size);
            } else if (rinfo.kind == StgInfo.Kind.SIMPLE) {
                CallLayouts.store(rinfo.code, obj.mem, 0, value);
            } else {
                obj.mem.set(Values.L, 0, ((MemorySegment) value).address());
            }
            retval = obj;
        }
        if (checker == null) {
            return retval;
        }
        return Ops.call(checker, retval);
    }

    /** ArgumentError with {@code prefix} and the original exception's type and message. */
    // CPython: callproc.c _ctypes_extend_error
    static PyException extend(PyException e, String prefix) {
        String msg = prefix + e.value.type().getName() + ": " + Ops.str(e.value);
        return argumentError(msg);
    }

    static PyException argumentError(String msg) {
        return PyExceptions.of(CtypesModule.state().argumentError, msg);
    }

    /**
     * ctypes' private copy of errno, per thread, swapped with the C library's around calls of
     * functions made with {@code use_errno=True}.
     */
    // CPython: callproc.c _ctypes_get_errobj, get_errno, set_errno
    static final class Errno {
        private Errno() {}

        static final Linker.Option CAPTURE = Linker.Option.captureCallState("errno");
        private static final java.lang.foreign.StructLayout STATE =
                Linker.Option.captureStateLayout();
        private static final java.lang.invoke.VarHandle ERRNO = STATE.varHandle(
                MemoryLayout.PathElement.groupElement("errno"));
        private static final ThreadLocal<MemorySegment> SEGMENT =
                ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(STATE));
        private static final ThreadLocal<int[]> PRIVATE = ThreadLocal.withInitial(() ->
                new int[1]);
        private static final MethodHandle LOCATION = LINKER.downcallHandle(
                LINKER.defaultLookup().find("__errno_location").orElseThrow(),
                FunctionDescriptor.of(java.lang.foreign.ValueLayout.ADDRESS));

        static MemorySegment captureSegment() {
            return SEGMENT.get();
        }

        static int get() {
            return PRIVATE.get()[0];
        }

        static int set(int value) {
            int[] p = PRIVATE.get();
            int old = p[0];
            p[0] = value;
            return old;
        }

        /** Before the call: the C library's errno becomes ctypes' copy. */
        static void swapIn() {
            try {
                MemorySegment loc = ((MemorySegment) LOCATION.invokeExact()).reinterpret(4);
                loc.set(java.lang.foreign.ValueLayout.JAVA_INT, 0, PRIVATE.get()[0]);
            } catch (Throwable t) {
                throw PyExceptions.systemError("ctypes: cannot set errno: " + t);
            }
        }

        /** After the call: ctypes' copy becomes what the function left in errno. */
        static void swapOut() {
            PRIVATE.get()[0] = (int) ERRNO.get(SEGMENT.get(), 0L);
        }
    }
}
