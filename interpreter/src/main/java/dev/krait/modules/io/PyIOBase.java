package dev.krait.modules.io;

import dev.krait.objects.Containers;
import dev.krait.objects.Exposed;
import dev.krait.objects.Finalization;
import dev.krait.objects.Attributes;
import dev.krait.objects.Iteration;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyByteArray;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.objects.StrCodecs;
import dev.krait.runtime.Errors;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.ThreadState;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _io._IOBase}: what every stream has — closing (once, flushing first), the closed-file
 * check, the context-manager protocol, line iteration, {@code readline} built on {@code read}
 * (and {@code peek} when there is one), {@code readlines} and {@code writelines}, and
 * {@code io.UnsupportedOperation} for whatever a stream cannot do. Its methods reach the
 * stream's other methods through Python attribute lookup, as CPython's do, so that programs can
 * subclass the bases and fill in the rest.
 *
 * <p>Every I/O object carries an instance dictionary, as CPython's do.
 *
 * <p>CPython counterpart: Modules/_io/iobase.c (iobase_methods).
 */
public class PyIOBase extends PyObject implements dev.krait.objects.Weakrefable {
    public static final PyType TYPE = PyType.builtin("_IOBase", PyIOBase.class, null)
            .withModule("_io");

    /** CPython's {@code __IOBase_closed}: set by {@code _IOBase.close}. */
    boolean ioClosed;

    protected PyIOBase(PyType type) {
        super(type);
        setDict(new PyDict());
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyIOBase(cls);
    }

    // ---- the closed state --------------------------------------------------------------------

    /**
     * Whether the stream is closed, as {@code self.closed} answers: the Java state for the
     * builtin classes, the attribute for programs' subclasses (which may redefine it).
     */
    final boolean closedNow() {
        if (type().isBuiltin()) {
            return isClosed();
        }
        return Ops.isTrue(Attributes.getAttr(this, "closed"));
    }

    /** The builtin classes' answer to {@code closed}. */
    boolean isClosed() {
        return ioClosed;
    }

    final void checkClosed() {
        if (closedNow()) {
            throw IoErrors.closedFile();
        }
    }

    @Exposed.Getter("closed")
    public boolean closed() {
        return ioClosed;
    }

    @Exposed(value = "_checkClosed($self, msg=None, /)", signature = Exposed.Signature.HIDDEN)
    public void _checkClosed(PyObject msg) {
        checkClosed();
    }

    @Exposed(value = "_checkReadable($self, msg=None, /)", signature = Exposed.Signature.HIDDEN)
    public void _checkReadable(PyObject msg) {
        if (!Ops.isTrue(Ops.callMethod(this, "readable"))) {
            throw IoErrors.unsupported("File or stream is not readable.");
        }
    }

    @Exposed(value = "_checkWritable($self, msg=None, /)", signature = Exposed.Signature.HIDDEN)
    public void _checkWritable(PyObject msg) {
        if (!Ops.isTrue(Ops.callMethod(this, "writable"))) {
            throw IoErrors.unsupported("File or stream is not writable.");
        }
    }

    @Exposed(value = "_checkSeekable($self, msg=None, /)", signature = Exposed.Signature.HIDDEN)
    public void _checkSeekable(PyObject msg) {
        if (!Ops.isTrue(Ops.callMethod(this, "seekable"))) {
            throw IoErrors.unsupported("File or stream is not seekable.");
        }
    }

    // CPython: Modules/_io/iobase.c _io__IOBase_close_impl
    @Exposed("close($self, /)")
    public void close() {
        if (ioClosed) {
            return;
        }
        try {
            Ops.callMethod(this, "flush");
        } finally {
            ioClosed = true;
        }
    }

    /**
     * Raises only when {@code close} of this class ran, whatever a subclass's {@code closed}
     * says (http.client.HTTPResponse's is true once its connection is gone, and its close()
     * still flushes). CPython: Modules/_io/iobase.c _io__IOBase_flush_impl (iobase_is_closed).
     */
    @Exposed("flush($self, /)")
    public void flush() {
        if (type().isBuiltin() ? isClosed() : ioClosed) {
            throw IoErrors.closedFile();
        }
    }

    /**
     * What CPython's collector does to a stream it frees: closes it (so its buffer is flushed)
     * unless it is closed already, telling {@code close} through {@code _finalizing}. An error
     * is dropped, or reported as unraisable in development mode, as CPython does: shutdown
     * problems would otherwise print spurious tracebacks. Krait calls it when the collector
     * finds a watched stream unreachable ({@link #watchForFinalization}) and for programs'
     * subclasses (whose class has this {@code __del__}).
     */
    // CPython: Modules/_io/iobase.c iobase_finalize (the __del__ slot wrapper of tp_finalize)
    @Exposed("__del__($self, /)")
    public void __del__() {
        boolean open;
        try {
            open = !closedNow();
        } catch (PyException e) {
            return;  // no usable closed: the object is probably broken, so leave it
        }
        if (!open) {
            return;
        }
        try {
            try {
                Attributes.setAttr(this, "_finalizing", PyBool.TRUE);
            } catch (PyException ignored) {
                // a class that refuses the attribute is closed all the same
            }
            boolean outer = IN_FINALIZER.get();
            IN_FINALIZER.set(true);
            try {
                Ops.callMethod(this, "close");
            } finally {
                IN_FINALIZER.set(outer);
            }
        } catch (PyException e) {
            Interpreter interp = ThreadState.current().interpreter;
            if (interp.state(StrCodecs.DevMode.class, StrCodecs.DevMode::new).on) {
                Errors.writeUnraisable(this, e.value);
            }
        }
    }

    /**
     * Whether a finalizer's {@code close()} runs on this thread ({@link #__del__}), down the
     * whole stack of streams it closes: a FileIO closed that way checks that its descriptor is
     * still its own ({@code PyFileIO.stillOwned}).
     */
    private static final ThreadLocal<Boolean> IN_FINALIZER = ThreadLocal.withInitial(() -> false);

    /** Whether a finalizer is closing streams on this thread (see {@link #IN_FINALIZER}). */
    static boolean closingInFinalizer() {
        return IN_FINALIZER.get();
    }

    /**
     * A finalizer guard for this stream, kept in {@link #finalizer}: once the collector finds
     * the stream unreachable, {@link #__del__} closes it on a Python thread; and remembered for
     * exit, which closes it if it is still open then, as CPython's teardown of the modules
     * does. What {@code open} returns gets one, and so do the files, writers and wrappers of
     * guarded streams a program makes, so that a file a program drops without closing is
     * still flushed, its descriptor freed and (with ResourceWarning shown) reported, as
     * CPython's reference counting does the moment it is dropped (only later here, when the
     * collector runs, or at exit).
     */
    void watchForFinalization() {
        if (finalizer == null) {
            rememberForExit();
            finalizer = Finalization.watch(this);
        }
    }

    /**
     * Remembers this stream, which a program made, for exit, which closes it if it is still
     * open then ({@link Finalization#rememberForExit}). Every stream a program makes is
     * remembered; only those whose dropping must be acted on at once get a finalizer guard
     * ({@link #watchForFinalization}): a file, a writer, a wrapper over a guarded stream. A
     * guard is a JVM finalizer, which costs the collector (twice the time to make and drop a
     * BufferedReader over a BytesIO), while a reader over memory has nothing to lose.
     */
    final void rememberForExit() {
        if (!remembered) {
            remembered = true;
            Finalization.rememberForExit(this);
        }
    }

    /**
     * Takes over the finalization of {@code inner}, the stream this one wraps (a buffered
     * stream's raw, a TextIOWrapper's buffer), when it has a guard of its own: a wrapper closes
     * what it wraps after flushing into it, so the inner stream must not be closed (and warned
     * about) on its own first, which the collector could do when it finds both unreachable at
     * once. CPython needs nothing of the kind: the wrapper holds a reference to the inner
     * stream, which therefore dies after it. {@link #giveFinalizationBack} undoes it.
     */
    final void takeFinalizationFrom(PyObject inner) {
        if (inner instanceof PyIOBase s && s.finalizer != null
                && s.finalizer != Finalization.NO_GUARD) {
            Finalization.release(s.finalizer);
            s.finalizer = null;
            watchForFinalization();
            finalizesInner = true;
        }
    }

    /**
     * {@code detach()}: {@code inner} is the program's own again, with a finalizer guard of
     * its own, and this wrapper, unusable now, needs none.
     */
    final void giveFinalizationBack(PyObject inner) {
        if (finalizesInner && inner instanceof PyIOBase s) {
            finalizesInner = false;
            Finalization.release(finalizer);
            finalizer = null;
            s.watchForFinalization();
        }
    }

    /** This stream's finalizer guard ({@link #watchForFinalization}), or null. */
    private Object finalizer;
    /** Whether this stream is remembered for exit ({@link #rememberForExit}). */
    private boolean remembered;
    /**
     * Whether a program made this stream through its class ({@code __new__}), rather than
     * {@code open()} or start-up, which watch what they return themselves.
     */
    boolean programMade;
    /**
     * CPython's {@code finalizing}, the {@code _finalizing} member of FileIO, the buffered
     * streams and TextIOWrapper (each exposes it; this base holds it): set when the stream is
     * closed by its finalizer, so that its {@code close} warns, or has what it wraps warn,
     * that it was left open.
     */
    boolean finalizing;
    /** Whether this stream's guard finalizes the stream it wraps ({@link #takeFinalizationFrom}). */
    private boolean finalizesInner;

    /**
     * "ResourceWarning: unclosed file {@code <source>}" for a stream finalized while open,
     * {@code source} being the outermost stream (a wrapper's close passes itself down through
     * {@code _dealloc_warn} to its FileIO, which warns). A warning turned into an error is
     * reported as unraisable against {@code reporter}, and any other error dropped: a
     * finalizer never raises into the program.
     */
    // CPython: Modules/_io/fileio.c fileio_dealloc_warn (PyErr_ResourceWarning, stack level 1)
    static void warnUnclosed(PyObject reporter, PyObject source) {
        try {
            dev.krait.runtime.WarningsMachinery.warn(
                    PyStr.of("unclosed file " + Ops.repr(source).value()),
                    PyExceptions.ResourceWarning, 1, source);
        } catch (PyException e) {
            if (e.matches(PyExceptions.Warning)) {
                Errors.writeUnraisable(reporter, e.value);
            }
        }
    }

    /**
     * {@code stream._dealloc_warn(source)}, as a wrapper's close calls it on what it wraps
     * while finalizing; errors are dropped (CPython: PyErr_Clear after the call).
     */
    // CPython: Modules/_io/bufferedio.c buffered_dealloc_warn, textio.c _io_TextIOWrapper_close_impl
    static void deallocWarn(PyObject stream, PyObject source) {
        try {
            Ops.callMethod(stream, "_dealloc_warn", source);
        } catch (PyException e) {
            // a stream without _dealloc_warn (BytesIO, a program's raw class) warns about nothing
        }
    }

    /**
     * The value given to a {@code _finalizing} attribute, a T_BOOL member in CPython (only a
     * bool is accepted, and it cannot be deleted).
     */
    // CPython: Python/structmember.c PyMember_SetOne, T_BOOL
    static boolean finalizingValue(PyObject v) {
        if (v == null) {
            throw PyExceptions.typeError("can't delete numeric/char attribute");
        }
        if (!(v instanceof PyBool b)) {
            throw PyExceptions.typeError("attribute value type must be bool");
        }
        return b == PyBool.TRUE;
    }

    // ---- what a plain stream cannot do -------------------------------------------------------

    @Exposed("seek($self, offset, whence=os.SEEK_SET, /)")
    public PyObject seek(PyObject offset, PyObject whence) {
        throw IoErrors.unsupported("seek");
    }

    @Exposed("tell($self, /)")
    public PyObject tell() {
        return Ops.callMethod(this, "seek", PyInt.of(0), PyInt.of(1));
    }

    @Exposed(value = "truncate($self, size=None, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject truncate(PyObject size) {
        throw IoErrors.unsupported("truncate");
    }

    @Exposed("fileno($self, /)")
    public PyObject fileno() {
        throw IoErrors.unsupported("fileno");
    }

    @Exposed("isatty($self, /)")
    public boolean isatty() {
        checkClosed();
        return false;
    }

    // Final, under another Java name: a Python class that takes _IOBase.readable (or writable,
    // seekable) for its own must get _IOBase's answer, not the override of the built-in class
    // it also derives from (BytesIO's), as CPython's method descriptor calls _IOBase's C function.
    @Exposed(value = "readable($self, /)", name = "readable")
    public final boolean baseReadable() {
        return false;
    }

    @Exposed(value = "writable($self, /)", name = "writable")
    public final boolean baseWritable() {
        return false;
    }

    @Exposed(value = "seekable($self, /)", name = "seekable")
    public final boolean baseSeekable() {
        return false;
    }

    // ---- protocols ---------------------------------------------------------------------------

    @Exposed(value = "__enter__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __enter__() {
        checkClosed();
        return this;
    }

    @Exposed(value = "__exit__($self, *args)", signature = Exposed.Signature.HIDDEN)
    public PyObject __exit__(PyObject[] args, String[] kwnames) {
        return Ops.callMethod(this, "close");
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        checkClosed();
        return this;
    }

    @Exposed("__next__($self, /)")
    public PyObject __next__() {
        PyObject line = Ops.callMethod(this, "readline");
        if (Containers.len(line) == 0) {
            throw PyExceptions.stopIteration();
        }
        return line;
    }

    /** An integer argument that must fit CPython's {@code Py_ssize_t}. */
    static long ssize(PyObject o) {
        return ssize(o, "Python int too large to convert to C ssize_t");
    }

    static long ssize(PyObject o, String overflow) {
        PyInt i = Numbers.index(o);
        if (!i.isSmall()) {
            throw PyExceptions.overflowError(overflow);
        }
        return i.longValue();
    }

    /** A size argument: None or an integer (negative meaning "all"). */
    static long sizeArg(PyObject size) {
        if (size == null || size == PyNone.NONE) {
            return -1;
        }
        if (!(size instanceof PyInt) && size.type().lookup("__index__") == null) {
            throw PyExceptions.typeError("argument should be integer or None, not '"
                    + size.type().getName() + "'");
        }
        PyInt i = Numbers.index(size);
        return i.isSmall() ? i.longValue() : i.signum() < 0 ? -1 : Long.MAX_VALUE;
    }

    // CPython: Modules/_io/iobase.c _io__IOBase_readline_impl
    @Exposed("readline($self, size=-1, /)")
    public PyObject readline(PyObject size) {
        long limit = sizeArg(size);
        PyObject peek = Attributes.lookupAttrOrNull(this, "peek");
        PyByteArray res = new PyByteArray(new byte[0]);
        while (limit < 0 || res.size() < limit) {
            long want = 1;
            if (peek != null) {
                PyObject ahead = Ops.call(peek, PyInt.of(1));
                byte[] a = PyBytes.bytesLikeCopy(ahead);
                if (a == null) {
                    throw PyExceptions.of(PyExceptions.OSError, "peek() should have returned a "
                            + "bytes object, not '" + ahead.type().getName() + "'");
                }
                if (a.length > 0) {
                    int nl = 0;
                    while (nl < a.length && a[nl] != '\n') {
                        nl++;
                    }
                    want = nl < a.length ? nl + 1 : a.length;
                    if (limit >= 0) {
                        want = Math.min(want, limit - res.size());
                    }
                }
            }
            PyObject b = Ops.callMethod(this, "read", PyInt.of(want));
            byte[] got = PyBytes.bytesLikeCopy(b);
            if (got == null) {
                if (b == PyNone.NONE) {
                    break;
                }
                throw PyExceptions.of(PyExceptions.OSError, "read() should have returned a "
                        + "bytes object, not '" + b.type().getName() + "'");
            }
            if (got.length == 0) {
                break;
            }
            res.writeAt(res.size(), got, 0, got.length);
            if (got[got.length - 1] == '\n') {
                break;
            }
        }
        return PyBytes.of(res.toArray());
    }

    // CPython: Modules/_io/iobase.c _io__IOBase_readlines_impl
    @Exposed("readlines($self, hint=-1, /)")
    public PyObject readlines(PyObject hint) {
        long limit = sizeArg(hint);
        List<PyObject> lines = new ArrayList<>();
        PyObject it = Iteration.iter(this);
        long total = 0;
        for (PyObject line = Iteration.next(it); line != null; line = Iteration.next(it)) {
            lines.add(line);
            total += Containers.len(line);
            if (limit > 0 && total >= limit) {
                break;
            }
        }
        return new PyList(lines);
    }

    @Exposed("writelines($self, lines, /)")
    public void writelines(PyObject lines) {
        checkClosed();
        PyObject it = Iteration.iter(lines);
        for (PyObject line = Iteration.next(it); line != null; line = Iteration.next(it)) {
            Ops.callMethod(this, "write", line);
        }
    }

    @Exposed.Getter("__dict__")
    public PyObject instanceDict() {
        return getDict();
    }

    /** The name to show in a repr, or null when the object has none (CPython: reprs omit it). */
    static PyObject nameOrNull(PyObject o) {
        try {
            return Attributes.lookupAttrOrNull(o, "name");
        } catch (dev.krait.objects.PyException e) {
            if (e.matches(PyExceptions.Exception)) {
                return null;
            }
            throw e;
        }
    }

    /** CPython's {@code tp_name}: "_io.FileIO" for the builtin classes, the bare name else. */
    final String tpName() {
        return type().isBuiltin() ? type().moduleName() + "." + type().getName()
                : type().getName();
    }

    static String reprName(PyObject name) {
        return Ops.repr(name).value();
    }
}
