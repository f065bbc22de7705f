package dev.krait.modules.io;

import dev.krait.runtime.WarningsMachinery;
import dev.krait.modules.sys.SysModule;
import dev.krait.modules.sys.SysFlags;
import dev.krait.objects.Exposed;
import dev.krait.objects.ExposedTable;
import dev.krait.objects.MethodBinder;
import dev.krait.objects.Attributes;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBuiltinFunction;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.objects.StrCodecs;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.SafePoints;
import dev.krait.runtime.ThreadState;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code _io} module: its functions ({@code open}, {@code open_code},
 * {@code text_encoding}), its types, and the two entry points the interpreter calls —
 * {@link #standardStreams} at start-up, to build {@code sys.stdin}/{@code stdout}/{@code stderr}
 * as CPython does, and {@link #finishFiles} (or {@link #flushStandardStreams}) at exit.
 *
 * <p>Krait runs as if the locale were UTF-8: text files default to UTF-8 (reported as
 * {@code 'UTF-8'}, the name CPython shows under a UTF-8 locale), and the standard streams use
 * {@code 'utf-8'} with CPython's error handlers for that case.
 *
 * <p>CPython counterpart: Modules/_io/_iomodule.c, and Python/pylifecycle.c
 * {@code create_stdio} and {@code flush_std_files}.
 */
public final class IoModule {
    private IoModule() {}

    public static final int DEFAULT_BUFFER_SIZE = 8192;
    /** What {@code locale.getencoding()} answers on a UTF-8 system. */
    static final String LOCALE_ENCODING = "UTF-8";

    /**
     * The module object of one interpreter: it also remembers the standard streams and the
     * files {@code open} made writers for, so that exit can flush what a program left unflushed
     * ({@link #finishFiles}; CPython does it as the objects die, which Java's collector does
     * not tell).
     */
    static final class ModuleObject extends PyModule {
        /** What open() returned for writing: a BufferedWriter/Random or a TextIOWrapper. */
        final List<WeakReference<PyIOBase>> writers = new ArrayList<>();
        /** Whether open() has made a stream with a finalizer guard in this interpreter. */
        volatile boolean watched;
        PyObject[] standard;

        ModuleObject() {
            super(PyModule.TYPE, "_io");
        }

        /**
         * Gives a stream open() made a finalizer ({@link PyIOBase#watchForFinalization}), and
         * remembers a writer for exit.
         */
        void watch(PyIOBase stream, boolean writer) {
            stream.watchForFinalization();
            watched = true;
            if (writer) {
                track(stream);
            }
        }

        private synchronized void track(PyIOBase w) {
            if (writers.size() > 64) {
                writers.removeIf(r -> r.get() == null || r.get().isClosed());
            }
            writers.add(new WeakReference<>(w));
        }
    }

    /** The {@code _io} module of {@code interp}, made and put in sys.modules on first use. */
    public static PyModule module(Interpreter interp) {
        PyObject existing = interp.modules().getItem(PyStr.of("_io"));
        if (existing instanceof ModuleObject m) {
            return m;
        }
        ModuleObject m = create();
        interp.modules().setItem(PyStr.of("_io"), m);
        // CPython: Python/pylifecycle.c init_set_builtins_open -- builtins.open is io.open,
        // which is this module's (its __self__ is _io, as inspect.signature expects)
        interp.builtins().setItem(PyStr.of("open"), m.getDict().getItem(PyStr.of("open")));
        return m;
    }

    /** A new {@code _io} module object, not registered anywhere. */
    static ModuleObject create() {
        ModuleObject m = new ModuleObject();
        m.put("__doc__", PyStr.of("The io module provides the Python interfaces to stream "
                + "handling. The\nbuiltin open function is defined in this module.\n"));
        m.put("DEFAULT_BUFFER_SIZE", PyInt.of(DEFAULT_BUFFER_SIZE));
        ExposedTable table = ExposedTable.of(IoModule.class);
        for (ExposedTable.Member e : table.members()) {
            if (e.role() != ExposedTable.Role.METHOD || !e.isStatic()) {
                continue;
            }
            String name = e.pythonName();
            MethodBinder b = MethodBinder.of(table, e, null, name, false);
            // the module's PyModuleDef is named "io" in CPython, so its functions' __module__
            m.put(name, PyBuiltinFunction.moduleFunction(b, "io", e.doc()).inModule(m));
        }
        PyType[] types = {PyIOBase.TYPE, PyRawIOBase.TYPE, PyBufferedIOBase.TYPE,
            PyTextIOBase.TYPE, PyFileIO.TYPE, PyBuffered.READER, PyBuffered.WRITER,
            PyBuffered.RANDOM, PyBufferedRWPair.TYPE, PyBytesIO.TYPE, PyStringIO.TYPE,
            PyTextIOWrapper.TYPE, PyIncrementalNewlineDecoder.TYPE};
        for (PyType t : types) {
            m.put(t.getName(), t);
        }
        m.put("UnsupportedOperation", IoErrors.UnsupportedOperation);
        m.put("BlockingIOError", PyExceptions.BlockingIOError);
        return m;
    }

    private static ModuleObject current() {
        ThreadState ts = ThreadState.current();
        if (ts == null) {
            return null;
        }
        PyObject m = ts.interpreter.modules().getItem(PyStr.of("_io"));
        return m instanceof ModuleObject mo ? mo : null;
    }

    /** A path argument as a Java string: str, bytes (UTF-8, surrogateescape) or PathLike. */
    // CPython: Modules/posixmodule.c PyOS_FSPath
    static String fsPath(PyObject file) {
        PyObject p = file;
        if (!(p instanceof PyStr) && !(p instanceof PyBytes)) {
            PyObject fspath = p.type().lookup("__fspath__");
            if (fspath == null) {
                throw PyExceptions.typeError("expected str, bytes or os.PathLike object, not "
                        + p.type().getName());
            }
            p = Ops.callDescriptor(fspath, file);
            if (!(p instanceof PyStr) && !(p instanceof PyBytes)) {
                throw PyExceptions.typeError("expected " + file.type().getName()
                        + ".__fspath__() to return str or bytes, not " + p.type().getName());
            }
        }
        if (p instanceof PyBytes b) {
            return StrCodecs.decode(b.array(), 0, b.size(), StrCodecs.Codec.UTF8,
                    "surrogateescape").value();
        }
        return ((PyStr) p).value();
    }

    // ---- module functions --------------------------------------------------------------------

    // CPython: Modules/_io/_iomodule.c _io_open_impl
    @Exposed("open($module, /, file, mode='r', buffering=-1, encoding=None, errors=None, "
            + "newline=None, closefd=True, opener=None)")
    public static PyObject open(PyObject file, PyObject modeArg, PyObject bufferingArg,
            PyObject encoding, PyObject errors, PyObject newline, PyObject closefd,
            PyObject opener) {
        if (!(file instanceof PyInt)) {
            fsPath(file);
        }
        if (!(modeArg instanceof PyStr modeStr)) {
            throw PyExceptions.typeError("open() argument 'mode' must be str, not "
                    + modeArg.type().getName());
        }
        if (bufferingArg instanceof dev.krait.objects.PyFloat) {
            throw PyExceptions.typeError("'float' object cannot be interpreted as an integer");
        }
        long buffering = PyIOBase.ssize(bufferingArg);
        checkOptionalStr(encoding, "encoding");
        checkOptionalStr(errors, "errors");
        checkOptionalStr(newline, "newline");
        String mode = modeStr.value();
        boolean creating = false;
        boolean reading = false;
        boolean writing = false;
        boolean appending = false;
        boolean updating = false;
        boolean text = false;
        boolean binary = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("axrwb+t".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) {
                throw PyExceptions.valueError("invalid mode: " + Ops.repr(modeArg));
            }
            switch (c) {
                case 'x' -> creating = true;
                case 'r' -> reading = true;
                case 'w' -> writing = true;
                case 'a' -> appending = true;
                case '+' -> updating = true;
                case 't' -> text = true;
                default -> binary = true;
            }
        }
        if (text && binary) {
            throw PyExceptions.valueError("can't have text and binary mode at once");
        }
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0)
                + (appending ? 1 : 0);
        if (kinds > 1) {
            throw PyExceptions.valueError("must have exactly one of create/read/write/append "
                    + "mode");
        }
        if (kinds == 0) {
            throw PyExceptions.valueError("Must have exactly one of create/read/write/append "
                    + "mode and at most one plus");
        }
        if (binary && encoding != PyNone.NONE) {
            throw PyExceptions.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && errors != PyNone.NONE) {
            throw PyExceptions.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && newline != PyNone.NONE) {
            throw PyExceptions.valueError("binary mode doesn't take a newline argument");
        }
        String rawMode = (creating ? "x" : "") + (reading ? "r" : "") + (writing ? "w" : "")
                + (appending ? "a" : "") + (updating ? "+" : "");
        if (binary && buffering == 1) {
            WarningsMachinery.warn(PyStr.of("line buffering (buffering=1) isn't supported in "
                    + "binary mode, the default buffer size will be used"),
                    PyExceptions.RuntimeWarning, 1, null);
        }
        PyFileIO raw = new PyFileIO(PyFileIO.TYPE);
        raw.__init__(file, PyStr.of(rawMode), closefd, opener);
        try {
            boolean lineBuffering = false;
            if (buffering == 1 || buffering < 0 && raw.isatty()) {
                buffering = -1;
                lineBuffering = true;
            }
            if (buffering < 0) {
                long blksize = raw.blksize();
                buffering = blksize > 1 ? blksize : DEFAULT_BUFFER_SIZE;
            }
            if (buffering == 0) {
                if (binary) {
                    ModuleObject m = current();
                    if (m != null) {
                        m.watch(raw, false);  // unbuffered: nothing to flush at exit
                    }
                    return raw;
                }
                throw PyExceptions.valueError("can't have unbuffered text I/O");
            }
            PyType kind = updating ? PyBuffered.RANDOM
                    : creating || writing || appending ? PyBuffered.WRITER : PyBuffered.READER;
            PyBuffered buffer = PyBuffered.over(kind, raw,
                    (int) Math.min(buffering, Integer.MAX_VALUE - 8));
            PyIOBase result = buffer;
            if (!binary) {
                PyTextIOWrapper wrapper = PyTextIOWrapper.over(buffer,
                        encoding, errors, newline, lineBuffering, false);
                wrapper.getDict().setItem(PyStr.of("mode"), modeArg);
                result = wrapper;
            }
            ModuleObject m = current();
            if (m != null) {
                m.watch(result, buffer.canWrite);
            }
            return result;
        } catch (PyException e) {
            try {
                raw.close();
            } catch (PyException ignored) {
                // CPython reports the first error, as here.
            }
            throw e;
        }
    }

    private static void checkOptionalStr(PyObject o, String name) {
        if (o != PyNone.NONE && !(o instanceof PyStr)) {
            throw PyExceptions.typeError("open() argument '" + name + "' must be str or None, "
                    + "not " + o.type().getName());
        }
    }

    @Exposed("open_code($module, /, path)")
    public static PyObject open_code(PyObject path) {
        if (!(path instanceof PyStr)) {
            throw PyExceptions.typeError("open_code() argument 'path' must be str, not "
                    + path.type().getName());
        }
        return open(path, PyStr.of("rb"), PyInt.of(-1), PyNone.NONE, PyNone.NONE, PyNone.NONE,
                dev.krait.objects.PyBool.TRUE, PyNone.NONE);
    }

    /**
     * {@code text_encoding(None)} is {@code 'utf-8'} in UTF-8 mode, else {@code 'locale'} (which
     * TextIOWrapper resolves to the locale's encoding); with {@code -X warn_default_encoding} it
     * also warns the caller's caller that no encoding was given (PEP 597).
     */
    // CPython: Modules/_io/_iomodule.c _io_text_encoding_impl
    @Exposed("text_encoding($module, encoding, stacklevel=2, /)")
    public static PyObject text_encoding(PyObject encoding, PyObject stacklevel) {
        if (encoding != PyNone.NONE) {
            return encoding;
        }
        SysFlags flags = SysModule.flags(ThreadState.current().interpreter);
        if (flags.warnDefaultEncoding() != 0) {
            WarningsMachinery.warn(PyStr.of("'encoding' argument not specified"),
                    PyExceptions.EncodingWarning,
                    stacklevel == null ? 2 : dev.krait.objects.CArgs.intFormat(stacklevel), null);
        }
        return PyStr.of(flags.utf8Mode() != 0 ? "utf-8" : "locale");
    }

    // ---- the interpreter's entry points ------------------------------------------------------

    /**
     * Makes {@code sys.stdin}, {@code sys.stdout} and {@code sys.stderr} as CPython's
     * {@code create_stdio} does: a TextIOWrapper over a BufferedReader/Writer over a FileIO on
     * descriptor 0, 1 or 2 (not closing it), named '&lt;stdin&gt;' etc., with newline "\n",
     * line-buffered on a terminal (stderr always), and with {@code unbuffered} ({@code -u})
     * writing straight to a FileIO with write-through.
     */
    // CPython: Python/pylifecycle.c create_stdio
    public static PyObject[] standardStreams(Interpreter interp, boolean unbuffered) {
        return standardStreams(interp, unbuffered, DEFAULT_ENCODING, DEFAULT_ERRORS);
    }

    /** As {@link #standardStreams(Interpreter, boolean)}, in PYTHONIOENCODING's codec. */
    public static PyObject[] standardStreams(Interpreter interp, boolean unbuffered,
            String encoding, String errors) {
        return install(interp, unbuffered,
                PyFileIO.standard(0, "rb", PyStr.of("<stdin>")),
                PyFileIO.standard(1, "wb", PyStr.of("<stdout>")),
                PyFileIO.standard(2, "wb", PyStr.of("<stderr>")), encoding, errors);
    }

    /** The standard streams' codec when PYTHONIOENCODING does not choose one. */
    public static final String DEFAULT_ENCODING = "utf-8";
    /** The error handler of stdin and stdout when PYTHONIOENCODING does not choose one. */
    public static final String DEFAULT_ERRORS = "surrogateescape";

    /**
     * The same standard streams over Java streams instead of the process's descriptors, for
     * an interpreter run inside a larger Java program (tests capturing a program's output,
     * embedders): to the program they look like pipes ({@link StreamFileIO}).
     */
    public static PyObject[] standardStreams(Interpreter interp, boolean unbuffered,
            java.io.InputStream in, java.io.OutputStream out, java.io.OutputStream err) {
        return standardStreams(interp, unbuffered, in, out, err, DEFAULT_ENCODING,
                DEFAULT_ERRORS);
    }

    /** As above, in PYTHONIOENCODING's codec. */
    public static PyObject[] standardStreams(Interpreter interp, boolean unbuffered,
            java.io.InputStream in, java.io.OutputStream out, java.io.OutputStream err,
            String encoding, String errors) {
        return install(interp, unbuffered, StreamFileIO.reading(in, "<stdin>"),
                StreamFileIO.writing(1, out, "<stdout>"), StreamFileIO.writing(2, err,
                "<stderr>"), encoding, errors);
    }

    // CPython: Python/pylifecycle.c create_stdio -- stderr always backslashreplace
    private static PyObject[] install(Interpreter interp, boolean unbuffered, PyFileIO in,
            PyFileIO out, PyFileIO err, String encoding, String errors) {
        ModuleObject m = (ModuleObject) module(interp);
        PyObject[] streams = {
            stdio(in, 0, false, encoding, errors, unbuffered),
            stdio(out, 1, true, encoding, errors, unbuffered),
            stdio(err, 2, true, encoding, "backslashreplace", unbuffered)};
        m.standard = streams;
        return streams;
    }

    private static PyObject stdio(PyFileIO raw, int fd, boolean write, String encoding,
            String errors, boolean unbuffered) {
        PyObject buf = raw;
        if (!(unbuffered && write)) {
            PyType kind = write ? PyBuffered.WRITER : PyBuffered.READER;
            buf = raw.blksize == PyFileIO.BLKSIZE_UNKNOWN ? PyBuffered.overStandard(kind, raw)
                    : PyBuffered.over(kind, raw, (int) raw.blksize());
        }
        boolean lineBuffering = !unbuffered && (raw.terminalAtStart() || fd == 2);
        PyTextIOWrapper t = PyTextIOWrapper.over(buf, PyStr.of(encoding), PyStr.of(errors),
                PyStr.of("\n"), lineBuffering, unbuffered);
        t.getDict().setItem(PyStr.of("mode"), PyStr.of(write ? "w" : "r"));
        return t;
    }

    /**
     * At exit, after the standard streams' flush: closes the files the program dropped
     * without closing that the collector found but had not finalized yet, then flushes the
     * writers open() made that are still open. CPython closes a dropped file the moment its
     * last reference goes, and the rest as it clears the modules at exit; either way what was
     * written reaches the file.
     */
    // CPython: Python/pylifecycle.c Py_FinalizeEx (finalize_modules, then flush_std_files)
    @SuppressWarnings({"removal", "deprecation"})
    public static void finishFiles(Interpreter interp) {
        PyObject mo = interp.modules().getItem(PyStr.of("_io"));
        if (!(mo instanceof ModuleObject m) || !m.watched) {
            return;
        }
        // the JVM's finalizer thread queues what the last collection found (Finalization)
        System.runFinalization();
        SafePoints.runFinalizers(interp);
        List<WeakReference<PyIOBase>> writers;
        synchronized (m) {
            writers = new ArrayList<>(m.writers);
            m.writers.clear();
        }
        for (WeakReference<PyIOBase> ref : writers) {
            PyIOBase w = ref.get();
            try {
                if (w != null && !w.isClosed()) {
                    Ops.callMethod(w, "flush");
                }
            } catch (PyException e) {
                // CPython's finalisers ignore these errors too (printing them as unraisable).
            }
        }
    }

    /**
     * Flushes at exit what the program wrote but did not flush: {@code sys.stdout} and
     * {@code sys.stderr} (the current ones when a sys module is there, else the original
     * ones), then files {@code open} made ({@link #finishFiles}). Returns false when flushing
     * stdout failed, for which CPython exits with status 120. For runs without the command
     * line's {@code MainRunner}, which flushes the streams itself.
     */
    // CPython: Python/pylifecycle.c flush_std_files
    public static boolean flushStandardStreams(Interpreter interp) {
        PyObject mo = interp.modules().getItem(PyStr.of("_io"));
        if (!(mo instanceof ModuleObject m)) {
            return true;
        }
        PyObject stdout = null;
        PyObject stderr = null;
        PyObject sys = interp.modules().getItem(PyStr.of("sys"));
        if (sys != null) {
            stdout = Attributes.lookupAttrOrNull(sys, "stdout");
            stderr = Attributes.lookupAttrOrNull(sys, "stderr");
        }
        boolean ok = flushOne(stdout);
        flushOne(stderr);
        // The original streams too, when a program replaced sys.stdout/stderr (CPython flushes
        // them as they are destroyed).
        if (m.standard != null) {
            if (m.standard[1] != stdout) {
                ok &= flushOne(m.standard[1]);
            }
            if (m.standard[2] != stderr) {
                flushOne(m.standard[2]);
            }
        }
        finishFiles(interp);
        return ok;
    }

    private static boolean flushOne(PyObject stream) {
        if (stream == null || stream == PyNone.NONE) {
            return true;
        }
        try {
            PyObject closed = Attributes.lookupAttrOrNull(stream, "closed");
            if (closed != null && Ops.isTrue(closed)) {
                return true;
            }
            Ops.callMethod(stream, "flush");
            return true;
        } catch (PyException e) {
            return false;
        }
    }
}
