package dev.krait.modules.ctypes;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.sys.SysAudit;
import dev.krait.objects.Attributes;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * The {@code _ctypes} module: the C data types' base classes and metaclasses, the functions
 * on C data ({@code sizeof}, {@code byref}, {@code addressof}, {@code POINTER}, ...), the
 * dynamic loader, errno, and the addresses {@code ctypes/__init__.py} builds its
 * {@code memmove}, {@code memset}, {@code string_at} and {@code cast} from.
 *
 * <p>CPython counterpart: Modules/_ctypes/_ctypes.c (module init, _ctypes_add_types),
 * callproc.c (module_methods).
 */
@NativeModule.Register("_ctypes")
public final class CtypesModule implements NativeModule {
    /** Per interpreter: the module, its ArgumentError and the pointer type cache. */
    static final class State {
        PyModule module;
        PyType argumentError;
        PyDict pointerTypes = new PyDict();
    }

    static State state() {
        return ThreadState.current().interpreter.state(State.class, State::new);
    }

    static PyModule module() {
        return state().module;
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_ctypes");
        State st = interpreter.state(State.class, State::new);
        st.module = m;
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("ctypes"));
        st.argumentError = (PyType) Ops.call(PyType.TYPE, PyStr.of("ArgumentError"),
                PyTuple.of(PyExceptions.Exception), ns);
        ModuleBuilder.addFunctions(m, CtypesModule.class);
        // the metaclasses' class initialiser makes them the types of the base classes
        CDataTypes.SIMPLE_META.getName();
        m.put("__version__", PyStr.of("1.1.0"));
        m.put("ArgumentError", st.argumentError);
        m.put("_SimpleCData", PySimpleCData.TYPE);
        m.put("Structure", PyCStructure.TYPE);
        m.put("Union", PyCStructure.UNION_TYPE);
        m.put("Array", PyCArray.TYPE);
        m.put("_Pointer", PyCPointer.TYPE);
        m.put("CFuncPtr", PyCFuncPtr.TYPE);
        m.put("_pointer_type_cache", st.pointerTypes);
        m.put("FUNCFLAG_CDECL", PyInt.of(Calls.FUNCFLAG_CDECL));
        m.put("FUNCFLAG_PYTHONAPI", PyInt.of(Calls.FUNCFLAG_PYTHONAPI));
        m.put("FUNCFLAG_USE_ERRNO", PyInt.of(Calls.FUNCFLAG_USE_ERRNO));
        m.put("FUNCFLAG_USE_LASTERROR", PyInt.of(Calls.FUNCFLAG_USE_LASTERROR));
        m.put("CTYPES_MAX_ARGCOUNT", PyInt.of(Calls.MAX_ARGCOUNT));
        m.put("RTLD_LOCAL", PyInt.of(Dl.RTLD_LOCAL));
        m.put("RTLD_GLOBAL", PyInt.of(Dl.RTLD_GLOBAL));
        m.put("_memmove_addr", PyCData.addressInt(Dl.MEMMOVE));
        m.put("_memset_addr", PyCData.addressInt(Dl.MEMSET));
        m.put("_string_at_addr", PyCData.addressInt(Internal.STRING_AT.address()));
        m.put("_wstring_at_addr", PyCData.addressInt(Internal.WSTRING_AT.address()));
        m.put("_cast_addr", PyCData.addressInt(Internal.CAST.address()));
        return m;
    }

    /** {@code sys.audit(event, *args)}. */
    static void audit(String event, PyObject... args) {
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = PyStr.of(event);
        System.arraycopy(args, 0, all, 1, args.length);
        SysAudit.audit(all, null);
    }

    // ---- sizes and addresses ---------------------------------------------------------------

    // CPython: callproc.c sizeof_func
    @Exposed(value = "sizeof($module, obj, /)", doc = "Return the size in bytes of a C "
            + "instance.", signature = Exposed.Signature.HIDDEN)
    public static long sizeof(PyObject obj) {
        StgInfo info = StgInfo.of(obj);
        if (info != null) {
            return info.size;
        }
        if (obj instanceof PyCData c && StgInfo.ofInstance(c) != null) {
            return c.mem.byteSize();
        }
        throw PyExceptions.typeError("this type has no size");
    }

    /**
     * {@code buffer_info(type or instance)}: (format, ndim, shape) of the C type's buffer, as
     * PEP 3118 describes it (see {@link StgInfo#format}); the format is None for a pointer type
     * made without a target.
     */
    // CPython: callproc.c buffer_info
    @Exposed(value = "buffer_info($module, obj, /)", doc = "Return buffer interface information",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject buffer_info(PyObject obj) {
        StgInfo info = StgInfo.of(obj);
        if (info == null) {
            info = StgInfo.ofInstance(obj);
        }
        if (info == null) {
            throw PyExceptions.typeError("not a ctypes type or object");
        }
        PyObject[] shape = new PyObject[info.shape.length];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = PyInt.of(info.shape[i]);
        }
        return PyTuple.of(info.format == null ? PyNone.NONE : PyStr.of(info.format),
                PyInt.of(shape.length), PyTuple.of(shape));
    }

    // CPython: callproc.c align_func
    @Exposed(value = "alignment($module, obj, /)", doc = "alignment(C type) -> integer\n"
            + "alignment(C instance) -> integer\nReturn the alignment requirements of a C "
            + "instance", signature = Exposed.Signature.HIDDEN)
    public static long alignment(PyObject obj) {
        StgInfo info = StgInfo.of(obj);
        if (info == null) {
            info = StgInfo.ofInstance(obj);
        }
        if (info == null) {
            throw PyExceptions.typeError("no alignment info");
        }
        return info.align;
    }

    // CPython: callproc.c byref
    @Exposed(value = "byref($module, obj, offset=0, /)", doc = "byref(C instance[, offset=0])"
            + " -> byref-object\nReturn a pointer lookalike to a C instance, only usable\n"
            + "as function argument", signature = Exposed.Signature.HIDDEN)
    public static PyObject byref(PyObject obj, PyObject offset) {
        if (!(obj instanceof PyCData c) || StgInfo.ofInstance(obj) == null) {
            throw PyExceptions.typeError("byref() argument must be a ctypes instance, not '"
                    + obj.type().getName() + "'");
        }
        return byrefOf(c, CArgs.asSsizeTClamped(offset));
    }

    static PyCArg byrefOf(PyCData c, long offset) {
        return PyCArg.pointer('P', c.address() + offset, c);
    }

    // CPython: callproc.c addressof
    @Exposed(value = "addressof($module, obj, /)", doc = "addressof(C instance) -> integer\n"
            + "Return the address of the C instance internal buffer",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject addressof(PyObject obj) {
        if (!(obj instanceof PyCData c) || StgInfo.ofInstance(obj) == null) {
            throw PyExceptions.typeError("invalid type");
        }
        audit("ctypes.addressof", obj);
        return PyCData.addressInt(c.address());
    }

    // CPython: callproc.c resize
    @Exposed(value = "resize($module, obj, size, /)", doc = "Resize the memory buffer of a "
            + "ctypes instance", signature = Exposed.Signature.HIDDEN)
    public static void resize(PyObject obj, PyObject sizeObj) {
        if (!(obj instanceof PyCData c) || StgInfo.ofInstance(obj) == null) {
            throw PyExceptions.typeError("excepted ctypes instance");
        }
        long size = CArgs.asSsizeT(sizeObj);
        StgInfo info = StgInfo.ofInstance(obj);
        if (size < info.size) {
            throw PyExceptions.valueError("minimum size is " + info.size);
        }
        if (!c.owns) {
            throw PyExceptions.valueError("Memory cannot be resized because this object "
                    + "doesn't own it");
        }
        if (size <= c.mem.byteSize()) {
            c.mem = c.mem.asSlice(0, size);
            return;
        }
        MemorySegment bigger = Arena.ofAuto().allocate(size, Math.max(info.align, 1));
        MemorySegment.copy(c.mem, 0, bigger, 0, c.mem.byteSize());
        c.mem = bigger;
    }

    // ---- pointers --------------------------------------------------------------------------

    @Exposed(value = "POINTER($module, type, /)", doc = "Create and return a new ctypes "
            + "pointer type.", signature = Exposed.Signature.HIDDEN)
    public static PyObject POINTER(PyObject cls) {
        return PointerType.pointerTo(state().pointerTypes, cls);
    }

    // CPython: callproc.c pointer
    @Exposed(value = "pointer($module, obj, /)", doc = "Create a new pointer instance, "
            + "pointing to 'obj'.", signature = Exposed.Signature.HIDDEN)
    public static PyObject pointer(PyObject obj) {
        PyObject type = POINTER(obj.type());
        return Ops.call(type, obj);
    }

    // ---- errno ------------------------------------------------------------------------------

    @Exposed(value = "get_errno($module, /)", signature = Exposed.Signature.HIDDEN)
    public static long get_errno() {
        audit("ctypes.get_errno");
        return Calls.Errno.get();
    }

    @Exposed(value = "set_errno($module, value, /)", signature = Exposed.Signature.HIDDEN)
    public static long set_errno(PyObject value) {
        PyInt v = Numbers.index(value);
        if (!v.isSmall() || v.longValue() != (int) v.longValue()) {
            throw PyExceptions.overflowError("signed integer is greater than maximum");
        }
        audit("ctypes.set_errno", value);
        return Calls.Errno.set((int) v.longValue());
    }

    // ---- the dynamic loader ------------------------------------------------------------------

    // CPython: callproc.c py_dl_open
    @Exposed(value = "dlopen($module, name=None, mode=<unrepresentable>, /)",
            doc = "dlopen(name, flag={RTLD_GLOBAL|RTLD_LOCAL}) open a shared library",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject dlopen(PyObject name, PyObject mode) {
        byte[] path = null;
        if (name != PyNone.NONE) {
            PyObject fs = Ops.call(Attributes.getAttr(ThreadState.current().interpreter
                    .importer().importModule("os"), "fsencode"), name);
            path = ((PyBytes) fs).array();
        }
        int flags = mode == null ? Dl.RTLD_NOW | Dl.RTLD_LOCAL
                : CArgs.intFormat(mode);
        flags |= Dl.RTLD_NOW;
        audit("ctypes.dlopen", name);
        long handle = Dl.open(path, flags);
        if (handle == 0) {
            throw PyExceptions.of(PyExceptions.OSError, Dl.lastError());
        }
        return PyCData.addressInt(handle);
    }

    @Exposed(value = "dlclose($module, handle, /)", doc = "dlclose a library",
            signature = Exposed.Signature.HIDDEN)
    public static void dlclose(PyObject handle) {
        if (Dl.close(Values.pointerValue(handle)) != 0) {
            throw PyExceptions.of(PyExceptions.OSError, Dl.lastError());
        }
    }

    @Exposed(value = "dlsym($module, handle, name, /)", doc = "find symbol in shared library",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject dlsym(PyObject handle, PyObject name) {
        if (!(name instanceof PyStr)) {
            throw PyExceptions.typeError("dlsym() argument 2 must be str, not "
                    + name.type().getName());
        }
        audit("ctypes.dlsym/handle", handle, name);
        long address = Dl.sym(Values.pointerValue(handle), name.toString());
        if (address == 0) {
            throw PyExceptions.of(PyExceptions.OSError, Dl.lastError());
        }
        return PyCData.addressInt(address);
    }

    // ---- pickling and Python objects ----------------------------------------------------------

    // CPython: _ctypes.c unpickle
    @Exposed(value = "_unpickle($module, typ, state, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject _unpickle(PyObject typ, PyObject state) {
        PyObject obj = Ops.callMethod(typ, "__new__", typ);
        if (!(state instanceof PyTuple t)) {
            throw PyExceptions.typeError("state must be a tuple");
        }
        Ops.call(Attributes.getAttr(obj, "__setstate__"), t.items());
        return obj;
    }

    @Exposed(value = "PyObj_FromPtr($module, address, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject PyObj_FromPtr(PyObject address) {
        return Memory.objectAt(Values.pointerValue(address));
    }

    @Exposed(value = "Py_INCREF($module, obj, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject Py_INCREF(PyObject obj) {
        return obj;
    }

    @Exposed(value = "Py_DECREF($module, obj, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject Py_DECREF(PyObject obj) {
        return obj;
    }

    // CPython: callproc.c call_function
    @Exposed(value = "call_function($module, address, arguments, /)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject call_function(PyObject address, PyObject arguments) {
        if (!(arguments instanceof PyTuple t)) {
            throw PyExceptions.typeError("call_function() argument 2 must be tuple, not "
                    + arguments.type().getName());
        }
        long a = Values.pointerValue(address);
        audit("ctypes.call_function", address, arguments);
        return Calls.call(a, t.items(), Calls.FUNCFLAG_CDECL, null, null, null, null);
    }

    @Exposed(value = "call_cdeclfunction($module, address, arguments, /)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject call_cdeclfunction(PyObject address, PyObject arguments) {
        return call_function(address, arguments);
    }
}
