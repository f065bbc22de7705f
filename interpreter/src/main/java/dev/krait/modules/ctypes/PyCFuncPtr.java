package dev.krait.modules.ctypes;

import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import java.lang.foreign.MemorySegment;

/**
 * {@code _ctypes.CFuncPtr}: a C function pointer, callable from Python. It is made from an
 * address, from a {@code (name, library)} pair (looked up with dlsym), or from a Python
 * callable (a callback: an upcall stub C can call, see {@link Callbacks}). Its prototype comes
 * from its type and may be overridden per instance through {@code argtypes}, {@code restype}
 * and {@code errcheck}. Calls go through {@link Calls}.
 *
 * <p>CPython counterpart: Modules/_ctypes/_ctypes.c {@code PyCFuncPtr_Type} (PyCFuncPtr_new,
 * PyCFuncPtr_FromDll, PyCFuncPtr_call, the argtypes/restype/errcheck getsets).
 */
public final class PyCFuncPtr extends PyCData {
    public static final PyType TYPE = PyType.builtin("CFuncPtr", PyCFuncPtr.class,
            PyCData.TYPE).withModule("_ctypes");

    PyObject[] argtypes;
    /** What was assigned to {@code argtypes}, returned as is. */
    PyObject argtypesObject;
    PyObject[] converters;
    PyObject restype;
    PyObject checker;
    PyObject errcheck;
    /** The Python callable of a callback, or null. */
    PyObject callable;
    /** The upcall stub of a callback, kept alive with this object. */
    MemorySegment stub;

    PyCFuncPtr(PyType type) {
        super(type);
    }

    long pointer() {
        return mem.get(Values.L, 0);
    }

    // CPython: _ctypes.c PyCFuncPtr_new
    @Exposed(value = "__new__($type, /, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos == 0) {
            return PyCData.create(cls);
        }
        if (args[0] instanceof PyTuple spec) {
            return fromDll(cls, spec, npos > 1 ? args[1] : null);
        }
        if (npos == 1 && args[0] instanceof PyInt) {
            PyCFuncPtr f = (PyCFuncPtr) PyCData.create(cls);
            f.mem.set(Values.L, 0, Values.pointerValue(args[0]));
            return f;
        }
        if (npos > 2) {
            throw PyExceptions.typeError("function takes at most 2 arguments (" + npos
                    + " given)");
        }
        PyObject callable = args[0];
        if (!Ops.isCallable(callable)) {
            throw PyExceptions.typeError("argument must be callable or integer function "
                    + "address");
        }
        StgInfo info = StgInfo.of(cls);
        if (info == null || info.argtypes == null) {
            throw PyExceptions.typeError("cannot construct instance of this class: no "
                    + "argtypes");
        }
        PyCFuncPtr f = (PyCFuncPtr) PyCData.create(cls);
        f.callable = callable;
        f.stub = Callbacks.stub(callable, info);
        f.mem.set(Values.L, 0, f.stub.address());
        return f;
    }

    // CPython: _ctypes.c PyCFuncPtr_FromDll
    private static PyObject fromDll(PyType cls, PyTuple spec, PyObject paramflags) {
        if (spec.size() != 2) {
            throw PyExceptions.typeError("illegal func_spec argument");
        }
        PyObject nameObj = spec.get(0);
        PyObject dll = spec.get(1);
        if (paramflags != null && paramflags != PyNone.NONE) {
            throw PyExceptions.notImplementedError("ctypes: paramflags (output parameters) "
                    + "are not supported by Krait");
        }
        String name;
        if (nameObj instanceof PyStr) {
            name = nameObj.toString();
        } else if (nameObj instanceof PyInt) {
            throw PyExceptions.typeError("function name must be string, bytes object or "
                    + "integer");
        } else {
            throw PyExceptions.typeError("function name must be string, bytes object or "
                    + "integer");
        }
        PyObject handleObj = Attributes.getAttr(dll, "_handle");
        if (!(handleObj instanceof PyInt)) {
            throw PyExceptions.typeError("the _handle attribute of the second argument must be "
                    + "an integer");
        }
        long handle = Values.pointerValue(handleObj);
        CtypesModule.audit("ctypes.dlsym", dll, nameObj);
        long address = Dl.sym(handle, name);
        if (address == 0) {
            throw PyExceptions.attributeError(Dl.lastError());
        }
        PyCFuncPtr f = (PyCFuncPtr) PyCData.create(cls);
        f.mem.set(Values.L, 0, address);
        f.keepRef(0, dll);
        return f;
    }

    // ---- the prototype, per instance --------------------------------------------------------

    @Exposed.Getter("restype")
    public PyObject getRestype() {
        if (restype != null) {
            return restype;
        }
        StgInfo info = info();
        return info.restype == null ? PyNone.NONE : info.restype;
    }

    // CPython: _ctypes.c PyCFuncPtr_set_restype
    @Exposed.Setter(value = "restype", deletes = true)
    public void setRestype(PyObject value) {
        if (value == null) {
            restype = null;
            checker = null;
            return;
        }
        if (value != PyNone.NONE && StgInfo.of(value) == null && !Ops.isCallable(value)) {
            throw PyExceptions.typeError("restype must be a type, a callable, or None");
        }
        restype = value;
        checker = value == PyNone.NONE ? null
                : Attributes.lookupAttrOrNull(value, "_check_retval_");
    }

    @Exposed.Getter("argtypes")
    public PyObject getArgtypes() {
        if (argtypes != null) {
            return argtypesObject;
        }
        StgInfo info = info();
        return info.argtypes == null ? PyNone.NONE : new PyTuple(info.argtypes.clone());
    }

    // CPython: _ctypes.c PyCFuncPtr_set_argtypes
    @Exposed.Setter(value = "argtypes", deletes = true)
    public void setArgtypes(PyObject value) {
        if (value == null || value == PyNone.NONE) {
            argtypes = null;
            argtypesObject = null;
            converters = null;
            return;
        }
        PyObject[] types = FuncPtrType.argtypesOf(value);
        converters = FuncPtrType.converters(types);
        argtypes = types;
        argtypesObject = value;
    }

    @Exposed.Getter("errcheck")
    public PyObject getErrcheck() {
        return errcheck == null ? PyNone.NONE : errcheck;
    }

    @Exposed.Setter(value = "errcheck", deletes = true)
    public void setErrcheck(PyObject value) {
        if (value != null && !Ops.isCallable(value)) {
            throw PyExceptions.typeError("the errcheck attribute must be callable");
        }
        errcheck = value;
    }

    // ---- calling ------------------------------------------------------------------------------

    // CPython: _ctypes.c PyCFuncPtr_call
    @Exposed("__call__($self, /, *args, **kwargs)")
    public PyObject __call__(PyObject[] args, String[] kwnames) {
        StgInfo info = info();
        PyObject rt = restype != null ? restype : info.restype;
        PyObject[] cnv = converters != null ? converters : info.converters;
        PyObject chk = restype != null ? checker : info.checker;
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        PyObject[] callargs = java.util.Arrays.copyOf(args, npos);
        if (cnv != null && cnv.length > npos) {
            throw PyExceptions.typeError("this function takes at least " + cnv.length
                    + " argument" + (cnv.length == 1 ? "" : "s") + " (" + npos + " given)");
        }
        long address = pointer();
        PyObject result = Calls.call(address, callargs, info.callFlags, cnv,
                argtypes != null ? argtypes : info.argtypes, rt, chk);
        if (errcheck != null) {
            PyTuple argTuple = new PyTuple(callargs);
            PyObject v = Ops.call(errcheck, result, this, argTuple);
            return v == argTuple ? result : v;
        }
        return result;
    }

    // CPython: _ctypes.c PyCFuncPtr_repr
    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "<" + type().getName() + " object at 0x" + Long.toHexString(Ops.id(this))
                + ">";
    }

    @Exposed("__bool__($self, /)")
    public boolean __bool__() {
        return pointer() != 0;
    }
}
