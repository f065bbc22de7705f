package dev.krait.modules.ctypes;

import dev.krait.objects.Ops;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.runtime.Errors;
import dev.krait.runtime.WarningsMachinery;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Python callables made callable from C ({@code CFUNCTYPE(restype, *argtypes)(func)}): an
 * upcall stub per callback, whose target converts the C arguments to Python values by the
 * argument types, calls the function, and converts its result by the result type. The stub
 * lives in an automatic arena held by the function pointer object, so C must not call it
 * after the object is gone (as in CPython, where the program keeps a reference).
 *
 * <p>An exception in the callback cannot unwind through C: it is reported as unraisable
 * ("Exception ignored on calling ctypes callback function") and the C caller gets zero.
 *
 * <p>CPython counterpart: Modules/_ctypes/callbacks.c _ctypes_alloc_callback,
 * closure_fcn, _CallPythonObject.
 */
final class Callbacks {
    private Callbacks() {}

    private static final MethodHandle DISPATCH;

    static {
        try {
            DISPATCH = MethodHandles.lookup().findVirtual(Target.class, "invoke",
                    MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stub C calls for {@code callable} with the prototype {@code info}. */
    // CPython: callbacks.c _ctypes_alloc_callback
    static MemorySegment stub(PyObject callable, StgInfo info) {
        try {
            return makeStub(callable, info);
        } catch (IllegalArgumentException e) {
            throw PyExceptions.notImplementedError("ctypes: Krait cannot make this callback ("
                    + e.getMessage() + ")");
        }
    }

    private static MemorySegment makeStub(PyObject callable, StgInfo info) {
        PyObject[] argtypes = info.argtypes;
        MemoryLayout[] layouts = new MemoryLayout[argtypes.length];
        StgInfo[] infos = new StgInfo[argtypes.length];
        for (int i = 0; i < argtypes.length; i++) {
            infos[i] = StgInfo.of(argtypes[i]);
            if (infos[i] == null) {
                throw PyExceptions.typeError("cannot build parameter");
            }
            layouts[i] = CallLayouts.of(infos[i]);
        }
        PyObject restype = info.restype;
        StgInfo rinfo = null;
        FunctionDescriptor fd;
        if (restype == null || restype == PyNone.NONE) {
            fd = FunctionDescriptor.ofVoid(layouts);
        } else {
            rinfo = StgInfo.of(restype);
            if (rinfo == null || rinfo.kind != StgInfo.Kind.SIMPLE) {
                throw PyExceptions.typeError("invalid result type for callback function");
            }
            fd = FunctionDescriptor.of(CallLayouts.ofCode(rinfo.code), layouts);
        }
        Target target = new Target(callable, argtypes, infos, (PyType) (rinfo == null ? null
                : restype), rinfo);
        MethodType mt = fd.toMethodType();
        MethodHandle mh = DISPATCH.bindTo(target)
                .asCollector(Object[].class, argtypes.length)
                .asType(mt.changeReturnType(Object.class));
        if (mt.returnType() == void.class) {
            mh = mh.asType(mt);
        } else {
            mh = MethodHandles.filterReturnValue(mh, MethodHandles.identity(Object.class))
                    .asType(mt);
        }
        try {
            return Linker.nativeLinker().upcallStub(mh, fd, Arena.ofAuto());
        } catch (IllegalArgumentException e) {
            throw PyExceptions.notImplementedError("ctypes: Krait cannot make this callback ("
                    + e.getMessage() + ")");
        }
    }

    /** What one stub calls: the callable and its prototype. */
    private record Target(PyObject callable, PyObject[] argtypes, StgInfo[] infos,
            PyType restype, StgInfo rinfo) {

        // CPython: callbacks.c _CallPythonObject
        public Object invoke(Object[] cargs) {
            try {
                PyObject[] args = new PyObject[cargs.length];
                for (int i = 0; i < cargs.length; i++) {
                    args[i] = toPython(i, cargs[i]);
                }
                PyObject result;
                try {
                    result = Ops.call(callable, args);
                } catch (PyException e) {
                    Errors.writeUnraisable("on calling ctypes callback function", callable,
                            e.value);
                    return zero();
                }
                if (rinfo == null) {
                    return null;
                }
                MemorySegment tmp = Arena.ofAuto().allocate(16, 16);
                try {
                    PyObject keep = Values.set(tmp, 0, rinfo.code, result, false, 0, 0);
                    if (keep != null && keep != PyNone.NONE && rinfo.code != 'O') {
                        WarningsMachinery.warn(PyStr.of("memory leak in callback function."),
                                dev.krait.objects.PyExceptions.RuntimeWarning, 1, null);
                    }
                } catch (PyException e) {
                    Errors.writeUnraisable("on converting result of ctypes callback function",
                            callable, e.value);
                    return zero();
                }
                return CallLayouts.javaValue(rinfo.code, tmp, 0);
            } catch (PyException e) {
                Errors.writeUnraisable("on calling ctypes callback function", callable,
                        e.value);
                return zero();
            } catch (RuntimeException e) {
                return zero();
            }
        }

        private PyObject toPython(int i, Object v) {
            StgInfo info = infos[i];
            PyType type = (PyType) argtypes[i];
            if (info.kind == StgInfo.Kind.SIMPLE && !PySimpleCData.isSimpleSubclass(type)) {
                MemorySegment tmp = Arena.ofAuto().allocate(16, 16);
                CallLayouts.store(info.code, tmp, 0, v);
                return Values.get(tmp, 0, info.code, info.swapped, 0, 0);
            }
            PyCData obj = PyCData.create(type);
            if (v instanceof MemorySegment s && (info.kind == StgInfo.Kind.STRUCT
                    || info.kind == StgInfo.Kind.UNION)) {
                MemorySegment.copy(s, 0, obj.mem, 0, info.size);
            } else if (info.kind == StgInfo.Kind.SIMPLE) {
                CallLayouts.store(info.code, obj.mem, 0, v);
            } else {
                obj.mem.set(Values.L, 0, ((MemorySegment) v).address());
            }
            return obj;
        }

        /** The zero of the result's carrier, returned when the callback failed. */
        private Object zero() {
            if (rinfo == null) {
                return null;
            }
            return CallLayouts.javaValue(rinfo.code, Arena.ofAuto().allocate(16, 16), 0);
        }
    }
}
