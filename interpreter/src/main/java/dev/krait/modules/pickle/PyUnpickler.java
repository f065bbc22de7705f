package dev.krait.modules.pickle;

import dev.krait.objects.Attributes;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.ThreadState;
import java.util.Arrays;
import java.util.Map;

/**
 * {@code _pickle.Unpickler}: reads a pickle from a file (or, for {@code loads}, from bytes) and
 * rebuilds the object. The object holds the input, the stack, the memo (a list indexed by memo
 * number), the settings for Python 2 pickles ({@code fix_imports}, {@code encoding},
 * {@code errors}), the out-of-band buffers and the {@code persistent_load} hook; {@link Loader}
 * runs the opcodes.
 *
 * <p>CPython counterpart: Modules/_pickle.c {@code UnpicklerObject}, {@code Unpickler_Type},
 * {@code _pickle_Unpickler___init___impl}, {@code _pickle_Unpickler_find_class_impl}.
 */
public final class PyUnpickler extends PyObject {
    public static final PyType TYPE = PyType.builtin("Unpickler", PyUnpickler.class, null)
            .withModule("_pickle");

    final PickleState st;
    final UnpicklerInput input;
    final UnpickleStack stack;
    PyObject[] memo = new PyObject[32];
    int memoLen;
    int proto;
    boolean fixImports;
    String encoding = "ASCII";
    String errors = "strict";
    PyObject buffers;
    PyObject persFunc;
    private boolean initialised;

    PyUnpickler(PyType type, PickleState st) {
        super(type);
        this.st = st;
        this.input = new UnpicklerInput(st);
        this.stack = new UnpickleStack(st);
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyUnpickler(cls, PickleState.current());
    }

    // CPython: Modules/_pickle.c _pickle_Unpickler___init___impl
    @Exposed(value = "__init__($self, /, file, *, fix_imports=True, encoding='ASCII', errors='strict', "
            + "buffers=())", signature = Exposed.Signature.CLASS)
    public void __init__(PyObject file, PyObject fixImports, PyObject encoding,
            PyObject errors, PyObject buffers) {
        if (initialised) {
            persFunc = null;
            this.buffers = null;
        }
        input.setFile(file);
        configure(fixImports, encoding, errors, buffers);
        persFunc = Attributes.lookupAttrOrNull(this, "persistent_load");
        memo = new PyObject[32];
        memoLen = 0;
        proto = 0;
        initialised = true;
    }

    /** The settings {@code __init__}, {@code load} and {@code loads} share. */
    void configure(PyObject fixImports, PyObject encoding, PyObject errors, PyObject buffers) {
        this.encoding = strArgument(encoding, "encoding", 3);
        this.errors = strArgument(errors, "errors", 4);
        this.buffers = buffers == null || buffers == PyNone.NONE ? null : Iteration.iter(buffers);
        this.fixImports = Ops.isTrue(fixImports);
    }

    private static String strArgument(PyObject o, String name, int position) {
        if (!(o instanceof PyStr s)) {
            throw PyExceptions.typeError("Unpickler() argument '" + name + "' must be str, not "
                    + o.type().getName());
        }
        return s.value();
    }

    // CPython: Modules/_pickle.c _pickle_Unpickler_load_impl
    @Exposed(value = "load($self, /)", doc = "Load a pickle.\n\nRead a pickled object "
            + "representation from the open file object given\nin the constructor, and return "
            + "the reconstituted object hierarchy\nspecified therein.")
    public PyObject load() {
        if (!input.hasFile()) {
            throw st.unpicklingError("Unpickler.__init__() was not called by "
                    + type().getName() + ".__init__()");
        }
        return Loader.load(this);
    }

    /** {@code self.find_class(module, name)}, called directly when not overridden. */
    PyObject callFindClass(PyObject module, PyObject name) {
        if (type() == TYPE) {
            return find_class(module, name);
        }
        return Ops.callMethod(this, "find_class", module, name);
    }

    // CPython: Modules/_pickle.c _pickle_Unpickler_find_class_impl
    @Exposed(value = "find_class($self, module_name, global_name, /)",
            doc = "Return an object from a specified module.\n\nIf necessary, the module will "
                    + "be imported. Subclasses may override\nthis method (e.g. to restrict "
                    + "unpickling of arbitrary classes and\nfunctions).\n\nThis method is "
                    + "called whenever a class or a function object is\nneeded.  Both "
                    + "arguments passed are str objects.")
    public PyObject find_class(PyObject moduleName, PyObject globalName) {
        ThreadState ts = ThreadState.current();
        PyObject audit = Attributes.lookupAttrOrNull(ts.interpreter.sysModule(), "audit");
        if (audit != null) {
            Ops.call(audit, PyStr.of("pickle.find_class"), moduleName, globalName);
        }
        if (proto < 3 && fixImports) {
            PyObject item = ((PyDict) st.nameMapping2to3)
                    .getItem(PyTuple.of(moduleName, globalName));
            if (item != null) {
                if (!(item instanceof PyTuple t) || t.size() != 2) {
                    throw PyExceptions.runtimeError("_compat_pickle.NAME_MAPPING values should "
                            + "be 2-tuples, not " + item.type().getName());
                }
                if (!(t.get(0) instanceof PyStr) || !(t.get(1) instanceof PyStr)) {
                    throw PyExceptions.runtimeError("_compat_pickle.NAME_MAPPING values should "
                            + "be pairs of str, not (" + t.get(0).type().getName() + ", "
                            + t.get(1).type().getName() + ")");
                }
                moduleName = t.get(0);
                globalName = t.get(1);
            } else {
                item = ((PyDict) st.importMapping2to3).getItem(moduleName);
                if (item != null) {
                    if (!(item instanceof PyStr)) {
                        throw PyExceptions.runtimeError("_compat_pickle.IMPORT_MAPPING values "
                                + "should be strings, not " + item.type().getName());
                    }
                    moduleName = item;
                }
            }
        }
        PyObject module = Reductions.importModule(moduleName);
        return getAttribute(module, globalName, proto >= 4);
    }

    // CPython: Modules/_pickle.c getattribute
    private static PyObject getAttribute(PyObject module, PyObject name, boolean qualname) {
        PyObject attr;
        if (qualname) {
            if (!(name instanceof PyStr s)) {
                throw PyExceptions.typeError("attribute name must be string, not '"
                        + name.type().getName() + "'");
            }
            attr = Reductions.deepAttribute(module, Reductions.dottedPath(module, s), null);
        } else {
            attr = Attributes.lookupAttrOrNull(module, Attributes.attributeName(name));
        }
        if (attr == null) {
            throw PyExceptions.attributeError("Can't get attribute " + Ops.repr(name).value()
                    + " on " + Ops.repr(module).value());
        }
        return attr;
    }

    @Exposed(value = "__sizeof__($self, /)", doc = "Returns size in memory, in bytes.")
    public long __sizeof__() {
        return 200 + 8L * memo.length + 8 + 6 + 7;
    }

    /** Stores {@code value} at memo index {@code index}, growing the memo. */
    // CPython: Modules/_pickle.c _Unpickler_MemoPut
    void memoPut(long index, PyObject value) {
        if (index >= memo.length) {
            if (index > Integer.MAX_VALUE / 2 - 8) {
                throw PyExceptions.of(PyExceptions.MemoryError, "");
            }
            memo = Arrays.copyOf(memo, (int) index * 2 + 1);
        }
        if (memo[(int) index] == null) {
            memoLen++;
        }
        memo[(int) index] = value;
    }

    PyObject memoGet(long index) {
        return index >= 0 && index < memo.length ? memo[(int) index] : null;
    }

    @Exposed.Getter("memo")
    public PyObject getMemo() {
        return new PyUnpicklerMemoProxy(this);
    }

    // CPython: Modules/_pickle.c Unpickler_set_memo
    @Exposed.Setter("memo")
    public void setMemo(PyObject value) {
        if (value == null) {
            throw PyExceptions.typeError("attribute deletion is not supported");
        }
        if (value.type() == PyUnpicklerMemoProxy.TYPE) {
            PyUnpickler other = ((PyUnpicklerMemoProxy) value).unpickler;
            PyObject[] copy = other.memo.clone();
            memo = copy;
            memoLen = other.memoLen;
            return;
        }
        if (!(value instanceof PyDict d)) {
            throw PyExceptions.typeError("'memo' attribute must be an UnpicklerMemoProxy "
                    + "object or dict, not " + value.type().getName());
        }
        PyObject[] saved = memo;
        int savedLen = memoLen;
        memo = new PyObject[Math.max(d.size(), 1)];
        memoLen = 0;
        try {
            for (Map.Entry<PyObject, PyObject> e : d.entries()) {
                if (!(e.getKey() instanceof PyInt key)) {
                    throw PyExceptions.typeError("memo key must be integers");
                }
                if (CArgs.intAsSsizeT(key) < 0) {
                    throw PyExceptions.valueError("memo key must be positive integers.");
                }
                memoPut(key.longValue(), e.getValue());
            }
        } catch (RuntimeException e) {
            memo = saved;
            memoLen = savedLen;
            throw e;
        }
    }

    @Exposed.Getter("persistent_load")
    public PyObject getPersistentLoad() {
        if (persFunc == null) {
            throw PyExceptions.attributeError("persistent_load");
        }
        return persFunc;
    }

    @Exposed.Setter("persistent_load")
    public void setPersistentLoad(PyObject value) {
        if (value == null) {
            throw PyExceptions.typeError("attribute deletion is not supported");
        }
        if (!Ops.isCallable(value)) {
            throw PyExceptions.typeError("persistent_load must be a callable taking one "
                    + "argument");
        }
        persFunc = value;
    }
}
