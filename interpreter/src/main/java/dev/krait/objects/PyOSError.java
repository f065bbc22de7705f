package dev.krait.objects;

/**
 * The instance layout of {@code OSError} and its subclasses ({@code FileNotFoundError}, ...):
 * errno, strerror, one or two file names, and {@code BlockingIOError}'s count of characters
 * written.
 *
 * <p>{@code OSError(errno, strerror[, filename[, winerror[, filename2]]])} parses its arguments
 * in {@code __new__}, where an errno with a subclass of its own ({@code ENOENT}) makes that
 * subclass; a subclass that defines {@code __init__} but not {@code __new__} parses them in
 * {@code OSError.__init__} instead, so that its own constructor may take other arguments.
 *
 * <p>CPython counterpart: Objects/exceptions.c {@code PyOSErrorObject}, OSError_new, OSError_init.
 */
public final class PyOSError extends PyBaseException {
    /** The fields; null is None to Python (and means "not given" to __str__ and __reduce__). */
    public PyObject errno;
    public PyObject strerror;
    public PyObject filename;
    public PyObject filename2;
    /** BlockingIOError's characters written; -1 when not set. */
    public long written = -1;

    PyOSError(PyType type) {
        super(type);
    }

    /** {@code OSError(errno, strerror[, filename])} of type {@code t}, made in Java. */
    public static PyOSError of(PyType t, int errno, String strerror, PyObject filename) {
        PyOSError e = (PyOSError) PyExceptions.instantiate(t);
        e.args = PyTuple.of(PyInt.of(errno), PyStr.of(strerror));
        e.errno = e.args.get(0);
        e.strerror = e.args.get(1);
        e.filename = filename == PyNone.NONE ? null : filename;
        return e;
    }

    @Override
    void initialise(PyTuple args) {
        parse(args);
    }

    // CPython: Objects/exceptions.c OSError_new
    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC,
            name = "__new__")
    public static PyObject newOSError(PyType cls, PyObject[] args, String[] kwnames) {
        PyTuple pos = positional(args, kwnames);
        boolean parseHere = !initParses(cls);
        if (parseHere) {
            if (kwnames != null && kwnames.length > 0) {
                throw PyExceptions.typeError(cls.getName() + "() takes no keyword arguments");
            }
            if (cls == PyExceptions.OSError && pos.size() >= 2 && pos.size() <= 5) {
                cls = PyExceptions.osErrorSubtype(cls, pos.get(0));
            }
        }
        PyBaseException made = PyExceptions.instantiate(cls);
        if (!(made instanceof PyOSError e)) {
            throw PyExceptions.typeError("OSError.__new__(" + cls.getName() + "): "
                    + cls.getName() + " is not a subtype of OSError");
        }
        if (parseHere) {
            e.parse(pos);
        }
        return e;
    }

    /**
     * Whether {@code OSError.__init__} parses the arguments rather than {@code __new__}: when
     * the class defines its own {@code __init__} and inherits OSError's {@code __new__}.
     */
    // CPython: Objects/exceptions.c oserror_use_init
    private static boolean initParses(PyType cls) {
        PyType os = PyExceptions.OSError;
        return cls.lookup("__init__") != os.lookup("__init__")
                && cls.lookup("__new__") == os.lookup("__new__");
    }

    // CPython: Objects/exceptions.c OSError_init (nothing left to do unless __new__ deferred)
    @Exposed(value = "__init__($self, /, *args, **kwargs)", name = "__init__")
    public PyObject initOSError(PyObject[] args, String[] kwnames) {
        if (initParses(type)) {
            rejectKeywords(kwnames);
            parse(positional(args, kwnames));
        }
        return PyNone.NONE;
    }

    /**
     * Sets the fields from {@code (errno, strerror[, filename[, winerror[, filename2]]])}; with
     * a file name, {@code args} keeps only the first two, as old code unpacking them expects.
     * Another number of arguments sets no field.
     */
    // CPython: Objects/exceptions.c oserror_parse_args, oserror_init
    private void parse(PyTuple args) {
        int n = args.size();
        this.args = args;
        if (n < 2 || n > 5) {
            return;
        }
        PyObject file = n >= 3 ? args.get(2) : null;
        if (file != null && file != PyNone.NONE) {
            if (type == PyExceptions.BlockingIOError && isNumber(file)) {
                written = CArgs.asIndexSized(file, PyExceptions.ValueError);
            } else {
                filename = file;
                if (n == 5 && args.get(4) != PyNone.NONE) {
                    filename2 = args.get(4);
                }
                this.args = PyTuple.of(args.get(0), args.get(1));
            }
        }
        errno = args.get(0);
        strerror = args.get(1);
    }

    /** CPython: Objects/abstract.c PyNumber_Check. */
    private static boolean isNumber(PyObject o) {
        PyType t = o.type();
        return o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex
                || t.lookup("__index__") != null || t.lookup("__int__") != null
                || t.lookup("__float__") != null;
    }

    // CPython: Objects/exceptions.c OSError_str
    @Exposed(value = "__str__($self, /)", name = "__str__")
    public PyObject osErrorStr() {
        if (filename != null) {
            String head = "[Errno " + Ops.str(orNone(errno)) + "] " + Ops.str(orNone(strerror))
                    + ": " + Ops.repr(filename);
            return PyStr.of(filename2 == null ? head : head + " -> " + Ops.repr(filename2));
        }
        if (errno != null && strerror != null) {
            return PyStr.of("[Errno " + Ops.str(errno) + "] " + Ops.str(strerror));
        }
        return argsStr();
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    /** Puts the file names back into the arguments, so that unpickling rebuilds them. */
    // CPython: Objects/exceptions.c OSError_reduce
    @Exposed(value = "__reduce__($self, /)", name = "__reduce__",
            signature = Exposed.Signature.HIDDEN)
    public PyObject osErrorReduce() {
        PyTuple a = args;
        if (a.size() == 2 && filename != null) {
            a = filename2 == null ? PyTuple.of(a.get(0), a.get(1), filename)
                    : PyTuple.of(a.get(0), a.get(1), filename, PyNone.NONE, filename2);
        }
        PyDict state = instanceState();
        return state == null ? PyTuple.of(type, a) : PyTuple.of(type, a, state);
    }

    @Exposed.Getter(value = "errno", member = true, doc = "POSIX exception code")
    public PyObject getErrno() {
        return errno;
    }

    @Exposed.Setter("errno")
    public void setErrno(PyObject v) {
        errno = v;
    }

    @Exposed.Getter(value = "strerror", member = true, doc = "exception strerror")
    public PyObject getStrerror() {
        return strerror;
    }

    @Exposed.Setter("strerror")
    public void setStrerror(PyObject v) {
        strerror = v;
    }

    @Exposed.Getter(value = "filename", member = true, doc = "exception filename")
    public PyObject getFilename() {
        return filename;
    }

    @Exposed.Setter("filename")
    public void setFilename(PyObject v) {
        filename = v;
    }

    @Exposed.Getter(value = "filename2", member = true, doc = "second exception filename")
    public PyObject getFilename2() {
        return filename2;
    }

    @Exposed.Setter("filename2")
    public void setFilename2(PyObject v) {
        filename2 = v;
    }

    // CPython: Objects/exceptions.c OSError_written_get
    @Exposed.Getter("characters_written")
    public long getCharactersWritten() {
        if (written == -1) {
            throw PyExceptions.attributeError("characters_written");
        }
        return written;
    }

    // CPython: Objects/exceptions.c OSError_written_set
    @Exposed.Setter(value = "characters_written", deletes = true)
    public void setCharactersWritten(PyObject v) {
        if (v == null) {
            if (written == -1) {
                throw PyExceptions.attributeError("characters_written");
            }
            written = -1;
            return;
        }
        written = CArgs.asIndexSized(v, PyExceptions.ValueError);
    }
}
