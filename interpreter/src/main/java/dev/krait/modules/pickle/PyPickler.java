package dev.krait.modules.pickle;

import dev.krait.objects.Attributes;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;
import dev.krait.runtime.ThreadState;
import java.util.IdentityHashMap;

/**
 * {@code _pickle.Pickler}: writes the pickle of an object to a file, or (for {@code dumps}) to
 * bytes. The object holds the pickler's settings and state -- protocol, memo, output buffer,
 * the hooks a subclass may define ({@code persistent_id}, {@code dispatch_table},
 * {@code reducer_override}) and the buffer callback of protocol 5; {@link Saver} and
 * {@link Reductions} do the writing.
 *
 * <p>CPython counterpart: Modules/_pickle.c {@code PicklerObject}, {@code Pickler_Type},
 * {@code _pickle_Pickler___init___impl}, {@code dump}, {@code _pickle_Pickler_dump}.
 */
public final class PyPickler extends PyObject {
    public static final PyType TYPE = PyType.builtin("Pickler", PyPickler.class, null)
            .withModule("_pickle");

    final PickleState st;
    final PickleOutput out = new PickleOutput();
    MemoTable memo = new MemoTable();
    int proto;
    /** Whether the protocol is binary (above 0); a settable attribute, as in C. */
    int bin;
    /** Fast mode: no memo; a settable attribute. */
    int fast;
    int fastNesting;
    IdentityHashMap<PyObject, Boolean> fastMemo;
    boolean fixImports;
    PyObject persFunc;
    PyObject dispatchTable;
    PyObject bufferCallback;
    PyObject reducerOverride;
    private boolean initialised;
    private ThreadState threadState;

    PyPickler(PyType type, PickleState st) {
        super(type);
        this.st = st;
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyPickler(cls, PickleState.current());
    }

    // CPython: Modules/_pickle.c _pickle_Pickler___init___impl
    @Exposed(value = "__init__($self, /, file, protocol=None, fix_imports=True, buffer_callback=None)",
            signature = Exposed.Signature.CLASS)
    public void __init__(PyObject file, PyObject protocol, PyObject fixImports,
            PyObject bufferCallback) {
        if (initialised) {
            memo = new MemoTable();
            persFunc = null;
            dispatchTable = null;
            this.bufferCallback = null;
            out.write = null;
        }
        setProtocol(protocol, Ops.isTrue(fixImports));
        setOutputStream(file);
        setBufferCallback(bufferCallback);
        out.clear();
        fast = 0;
        fastNesting = 0;
        fastMemo = null;
        initialised = true;
        persFunc = Attributes.lookupAttrOrNull(this, "persistent_id");
        if (dispatchTable == null) {
            dispatchTable = Attributes.lookupAttrOrNull(this, "dispatch_table");
        }
    }

    // CPython: Modules/_pickle.c _Pickler_SetProtocol
    void setProtocol(PyObject protocol, boolean fixImports) {
        long p;
        if (protocol == PyNone.NONE) {
            p = Opcodes.DEFAULT_PROTOCOL;
        } else {
            p = CArgs.asLong(protocol);
            if (p < 0) {
                p = Opcodes.HIGHEST_PROTOCOL;
            } else if (p > Opcodes.HIGHEST_PROTOCOL) {
                throw PyExceptions.valueError("pickle protocol must be <= "
                        + Opcodes.HIGHEST_PROTOCOL);
            }
        }
        proto = (int) p;
        bin = proto > 0 ? 1 : 0;
        this.fixImports = fixImports && proto < 3;
    }

    // CPython: Modules/_pickle.c _Pickler_SetOutputStream
    void setOutputStream(PyObject file) {
        PyObject write = Attributes.lookupAttrOrNull(file, "write");
        if (write == null) {
            throw PyExceptions.typeError("file must have a 'write' attribute");
        }
        out.write = write;
    }

    // CPython: Modules/_pickle.c _Pickler_SetBufferCallback
    void setBufferCallback(PyObject callback) {
        if (callback == PyNone.NONE) {
            callback = null;
        }
        if (callback != null && proto < 5) {
            throw PyExceptions.valueError("buffer_callback needs protocol >= 5");
        }
        bufferCallback = callback;
    }

    /** Writes the whole pickle of {@code obj}: PROTO, the object, STOP, the last frame. */
    // CPython: Modules/_pickle.c dump
    void dumpObject(PyObject obj) {
        threadState = ThreadState.current();
        reducerOverride = Attributes.lookupAttrOrNull(this, "reducer_override");
        try {
            if (proto >= 2) {
                out.write2(Opcodes.PROTO, (byte) proto);
                if (proto >= 4) {
                    out.framing = true;
                }
            }
            Saver.save(this, obj, false);
            out.writeByte(Opcodes.STOP);
            out.commitFrame();
        } finally {
            out.framing = false;
            reducerOverride = null;
            threadState = null;
        }
    }

    /** The thread dumping, whose recursion depth nested containers count against. */
    ThreadState threadState() {
        ThreadState ts = threadState;
        return ts != null ? ts : ThreadState.current();
    }

    /** {@code dumps}: the pickle as bytes. */
    PyBytes dumpToBytes(PyObject obj) {
        dumpObject(obj);
        return out.takeBytes();
    }

    // CPython: Modules/_pickle.c _pickle_Pickler_dump
    @Exposed(value = "dump($self, obj, /)",
            doc = "Write a pickled representation of the given object to the open file.")
    public void dump(PyObject obj) {
        if (out.write == null) {
            throw st.picklingError("Pickler.__init__() was not called by "
                    + type().getName() + ".__init__()");
        }
        out.clear();
        dumpObject(obj);
        out.flushToFile();
    }

    @Exposed(value = "clear_memo($self, /)", doc = "Clears the pickler's \"memo\".\n\n"
            + "The memo is the data structure that remembers which objects the\npickler has "
            + "already seen, so that shared or recursive objects are\npickled by reference "
            + "and not by value.  This method is useful when\nre-using picklers.")
    public void clear_memo() {
        memo.clear();
    }

    @Exposed(value = "__sizeof__($self, /)", doc = "Returns size in memory, in bytes.")
    public long __sizeof__() {
        return 96 + 32 + 16L * memo.size() + 33 + out.size();
    }

    @Exposed.Getter("memo")
    public PyObject getMemo() {
        return new PyPicklerMemoProxy(this);
    }

    // CPython: Modules/_pickle.c Pickler_set_memo
    @Exposed.Setter("memo")
    public void setMemo(PyObject value) {
        if (value == null) {
            throw PyExceptions.typeError("attribute deletion is not supported");
        }
        memo = PyPicklerMemoProxy.memoFrom(value);
    }

    @Exposed.Getter("persistent_id")
    public PyObject getPersistentId() {
        if (persFunc == null) {
            throw PyExceptions.attributeError("persistent_id");
        }
        return persFunc;
    }

    @Exposed.Setter("persistent_id")
    public void setPersistentId(PyObject value) {
        if (value == null) {
            throw PyExceptions.typeError("attribute deletion is not supported");
        }
        if (!Ops.isCallable(value)) {
            throw PyExceptions.typeError("persistent_id must be a callable taking one argument");
        }
        persFunc = value;
    }

    @Exposed.Getter("dispatch_table")
    public PyObject getDispatchTable() {
        if (dispatchTable == null) {
            throw PyExceptions.attributeError("'" + type().getName()
                    + "' object has no attribute 'dispatch_table'");
        }
        return dispatchTable;
    }

    @Exposed.Setter("dispatch_table")
    public void setDispatchTable(PyObject value) {
        dispatchTable = value;
    }

    @Exposed.Getter("bin")
    public long getBin() {
        return bin;
    }

    @Exposed.Setter("bin")
    public void setBin(PyObject value) {
        bin = intMember(value);
    }

    @Exposed.Getter("fast")
    public long getFast() {
        return fast;
    }

    @Exposed.Setter("fast")
    public void setFast(PyObject value) {
        fast = intMember(value);
    }

    /** A T_INT member's assignment: an int that fits in a C int. */
    private static int intMember(PyObject value) {
        if (value == null) {
            throw PyExceptions.typeError("can't delete numeric/char attribute");
        }
        if (!(value instanceof PyInt i)) {
            throw PyExceptions.typeError("attribute value type must be int");
        }
        if (!i.isSmall() || i.longValue() != (int) i.longValue()) {
            throw PyExceptions.overflowError("Python int too large to convert to C long");
        }
        return (int) i.longValue();
    }
}
