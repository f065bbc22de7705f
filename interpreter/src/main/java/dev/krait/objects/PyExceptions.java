package dev.krait.objects;

/**
 * The builtin exception types, as CPython 3.11 arranges them, and factories for raising the common
 * ones from Java ({@code throw PyExceptions.typeError("...")}). Every builtin exception type shares
 * {@link PyBaseException}'s layout; the few that CPython gives extra members get them set by
 * {@link #initialiseFields}.
 *
 * <p>CPython counterpart: Objects/exceptions.c (the type objects and their init functions).
 */
public final class PyExceptions {
    private PyExceptions() {}

    public static final PyType BaseException =
            PyType.builtin("BaseException", PyBaseException.class, null).markException();

    private static PyType sub(String name, PyType base) {
        return PyType.sharedLayout(name, base);
    }

    public static final PyType BaseExceptionGroup =
            PyType.builtin("BaseExceptionGroup", PyBaseExceptionGroup.class, BaseException);
    public static final PyType GeneratorExit = sub("GeneratorExit", BaseException);
    public static final PyType KeyboardInterrupt = sub("KeyboardInterrupt", BaseException);
    public static final PyType SystemExit = sub("SystemExit", BaseException);
    public static final PyType Exception = sub("Exception", BaseException);
    public static final PyType ArithmeticError = sub("ArithmeticError", Exception);
    public static final PyType FloatingPointError = sub("FloatingPointError", ArithmeticError);
    public static final PyType OverflowError = sub("OverflowError", ArithmeticError);
    public static final PyType ZeroDivisionError = sub("ZeroDivisionError", ArithmeticError);
    public static final PyType AssertionError = sub("AssertionError", Exception);
    public static final PyType AttributeError = sub("AttributeError", Exception);
    public static final PyType BufferError = sub("BufferError", Exception);
    public static final PyType EOFError = sub("EOFError", Exception);
    public static final PyType ExceptionGroup =
            PyType.sharedLayout("ExceptionGroup", BaseExceptionGroup, Exception);
    public static final PyType ImportError = sub("ImportError", Exception);
    public static final PyType ModuleNotFoundError = sub("ModuleNotFoundError", ImportError);
    public static final PyType LookupError = sub("LookupError", Exception);
    public static final PyType IndexError = sub("IndexError", LookupError);
    public static final PyType KeyError = sub("KeyError", LookupError);
    public static final PyType MemoryError = sub("MemoryError", Exception);
    public static final PyType NameError = sub("NameError", Exception);
    public static final PyType UnboundLocalError = sub("UnboundLocalError", NameError);
    public static final PyType OSError = sub("OSError", Exception);
    public static final PyType BlockingIOError = sub("BlockingIOError", OSError);
    public static final PyType ChildProcessError = sub("ChildProcessError", OSError);
    public static final PyType ConnectionError = sub("ConnectionError", OSError);
    public static final PyType BrokenPipeError = sub("BrokenPipeError", ConnectionError);
    public static final PyType ConnectionAbortedError =
            sub("ConnectionAbortedError", ConnectionError);
    public static final PyType ConnectionRefusedError =
            sub("ConnectionRefusedError", ConnectionError);
    public static final PyType ConnectionResetError = sub("ConnectionResetError", ConnectionError);
    public static final PyType FileExistsError = sub("FileExistsError", OSError);
    public static final PyType FileNotFoundError = sub("FileNotFoundError", OSError);
    public static final PyType InterruptedError = sub("InterruptedError", OSError);
    public static final PyType IsADirectoryError = sub("IsADirectoryError", OSError);
    public static final PyType NotADirectoryError = sub("NotADirectoryError", OSError);
    public static final PyType PermissionError = sub("PermissionError", OSError);
    public static final PyType ProcessLookupError = sub("ProcessLookupError", OSError);
    public static final PyType TimeoutError = sub("TimeoutError", OSError);
    public static final PyType ReferenceError = sub("ReferenceError", Exception);
    public static final PyType RuntimeError = sub("RuntimeError", Exception);
    public static final PyType NotImplementedError = sub("NotImplementedError", RuntimeError);
    public static final PyType RecursionError = sub("RecursionError", RuntimeError);
    public static final PyType StopAsyncIteration = sub("StopAsyncIteration", Exception);
    public static final PyType StopIteration = sub("StopIteration", Exception);
    public static final PyType SyntaxError = sub("SyntaxError", Exception);
    public static final PyType IndentationError = sub("IndentationError", SyntaxError);
    public static final PyType TabError = sub("TabError", IndentationError);
    public static final PyType SystemError = sub("SystemError", Exception);
    public static final PyType TypeError = sub("TypeError", Exception);
    public static final PyType ValueError = sub("ValueError", Exception);
    public static final PyType UnicodeError = sub("UnicodeError", ValueError);
    public static final PyType UnicodeDecodeError = sub("UnicodeDecodeError", UnicodeError);
    public static final PyType UnicodeEncodeError = sub("UnicodeEncodeError", UnicodeError);
    public static final PyType UnicodeTranslateError = sub("UnicodeTranslateError", UnicodeError);
    public static final PyType Warning = sub("Warning", Exception);
    public static final PyType BytesWarning = sub("BytesWarning", Warning);
    public static final PyType DeprecationWarning = sub("DeprecationWarning", Warning);
    public static final PyType EncodingWarning = sub("EncodingWarning", Warning);
    public static final PyType FutureWarning = sub("FutureWarning", Warning);
    public static final PyType ImportWarning = sub("ImportWarning", Warning);
    public static final PyType PendingDeprecationWarning =
            sub("PendingDeprecationWarning", Warning);
    public static final PyType ResourceWarning = sub("ResourceWarning", Warning);
    public static final PyType RuntimeWarning = sub("RuntimeWarning", Warning);
    public static final PyType SyntaxWarning = sub("SyntaxWarning", Warning);
    public static final PyType UnicodeWarning = sub("UnicodeWarning", Warning);
    public static final PyType UserWarning = sub("UserWarning", Warning);

    /** Every builtin exception type, for the builtins module (aliases added there). */
    public static final PyType[] ALL = {BaseException, BaseExceptionGroup, GeneratorExit,
        KeyboardInterrupt, SystemExit, Exception, ArithmeticError, FloatingPointError,
        OverflowError, ZeroDivisionError, AssertionError, AttributeError, BufferError, EOFError,
        ExceptionGroup, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError,
        MemoryError, NameError, UnboundLocalError, OSError, BlockingIOError, ChildProcessError,
        ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError,
        ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError,
        IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError,
        ReferenceError, RuntimeError, NotImplementedError, RecursionError, StopAsyncIteration,
        StopIteration, SyntaxError, IndentationError, TabError, SystemError, TypeError,
        ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError,
        Warning, BytesWarning, DeprecationWarning, EncodingWarning, FutureWarning, ImportWarning,
        PendingDeprecationWarning, ResourceWarning, RuntimeWarning, SyntaxWarning,
        UnicodeWarning, UserWarning};

    /** A new, uninitialised instance of exception class {@code cls}. */
    static PyBaseException instantiate(PyType cls) {
        if (!cls.isException) {
            throw typeError("exceptions must derive from BaseException");
        }
        if (cls.javaClass() == PyBaseExceptionGroup.class) {
            return new PyBaseExceptionGroup(cls);
        }
        return new PyBaseException(cls);
    }

    /**
     * Sets the extra attributes some builtin exceptions derive from their arguments, as their
     * CPython init functions do (SystemExit_init, StopIteration_init, OSError_init, ...).
     */
    static void initialiseFields(PyBaseException e) {
        PyType t = e.type();
        PyTuple args = e.args;
        PyObject first = args.size() > 0 ? args.get(0) : PyNone.NONE;
        if (t.isSubtypeOf(StopIteration)) {
            e.dict.setItem(PyStr.of("value"), first);
        } else if (t.isSubtypeOf(SystemExit)) {
            e.dict.setItem(PyStr.of("code"), args.size() > 1 ? args : first);
        } else if (t.isSubtypeOf(UnicodeError) && t != UnicodeError
                && !t.isSubtypeOf(UnicodeWarning)) {
            initialiseUnicodeError(e, t, args);
        } else if (t.isSubtypeOf(OSError)) {
            // CPython: Objects/exceptions.c oserror_init -- (errno, strerror[, filename[,
            // winerror[, filename2]]]); with a filename, args keeps only the first two.
            boolean two = args.size() >= 2 && args.size() <= 5;
            PyObject filename = args.size() >= 3 && two ? args.get(2) : PyNone.NONE;
            if (t == BlockingIOError && filename != PyNone.NONE
                    && filename.type().lookup("__index__") != null) {
                // BlockingIOError's third argument is the number of characters written
                e.dict.setItem(PyStr.of("characters_written"), Numbers.index(filename));
                filename = PyNone.NONE;
            }
            e.dict.setItem(PyStr.of("errno"), two ? args.get(0) : PyNone.NONE);
            e.dict.setItem(PyStr.of("strerror"), two ? args.get(1) : PyNone.NONE);
            e.dict.setItem(PyStr.of("filename"), filename);
            e.dict.setItem(PyStr.of("filename2"), args.size() >= 5 && two ? args.get(4)
                    : PyNone.NONE);
            if (filename != PyNone.NONE) {
                e.args = PyTuple.of(args.get(0), args.get(1));
            }
        } else if (t.isSubtypeOf(ImportError)) {
            e.dict.setItem(PyStr.of("msg"), args.size() == 1 ? first : PyNone.NONE);
            resetField(e, "name");
            resetField(e, "path");
        } else if (t.isSubtypeOf(NameError)) {
            resetField(e, "name");
        } else if (t.isSubtypeOf(AttributeError)) {
            resetField(e, "name");
            resetField(e, "obj");
        } else if (t.isSubtypeOf(SyntaxError)) {
            for (String n : new String[] {"msg", "filename", "lineno", "offset", "text",
                "end_lineno", "end_offset", "print_file_and_line"}) {
                e.dict.setItem(PyStr.of(n), PyNone.NONE);
            }
            if (args.size() >= 1) {
                e.dict.setItem(PyStr.of("msg"), first);
            }
            if (args.size() == 2) {
                // CPython: Objects/exceptions.c SyntaxError_init ("OOOO|OO" over the details)
                PyTuple info = PyTuple.fromIterable(args.get(1));
                int n = info.size();
                if (n < 4 || n > 6) {
                    throw typeError("function takes " + (n < 4 ? "at least 4" : "at most 6")
                            + " arguments (" + n + " given)");
                }
                if (n == 5) {
                    throw typeError("end_offset must be provided when end_lineno is provided");
                }
                String[] names = {"filename", "lineno", "offset", "text", "end_lineno",
                    "end_offset"};
                for (int i = 0; i < info.size() && i < names.length; i++) {
                    e.dict.setItem(PyStr.of(names[i]), info.get(i));
                }
            }
        }
    }

    /**
     * The OSError subclass that {@code OSError(errno, ...)} makes for a POSIX errno (Linux's
     * numbers), or {@code cls} itself.
     *
     * <p>CPython: Objects/exceptions.c OSError_new and the errnomap built by _PyExc_InitState.
     */
    static PyType osErrorSubtype(PyType cls, PyObject errno) {
        if (!(errno instanceof PyInt i) || !i.isSmall()) {
            return cls;
        }
        return switch ((int) i.longValue()) {
            case 11, 114, 115 -> BlockingIOError;
            case 10 -> ChildProcessError;
            case 32, 108 -> BrokenPipeError;
            case 103 -> ConnectionAbortedError;
            case 111 -> ConnectionRefusedError;
            case 104 -> ConnectionResetError;
            case 17 -> FileExistsError;
            case 2 -> FileNotFoundError;
            case 21 -> IsADirectoryError;
            case 20 -> NotADirectoryError;
            case 4 -> InterruptedError;
            case 1, 13 -> PermissionError;
            case 3 -> ProcessLookupError;
            case 110 -> TimeoutError;
            default -> cls;
        };
    }

    /**
     * UnicodeEncodeError(encoding, object, start, end, reason), UnicodeDecodeError (its object
     * bytes-like) and UnicodeTranslateError(object, start, end, reason).
     *
     * <p>CPython: Objects/exceptions.c UnicodeEncodeError_init, UnicodeDecodeError_init,
     * UnicodeTranslateError_init.
     */
    private static void initialiseUnicodeError(PyBaseException e, PyType t, PyTuple args) {
        boolean translate = t.isSubtypeOf(UnicodeTranslateError);
        boolean decode = t.isSubtypeOf(UnicodeDecodeError);
        if (!translate && !decode && !t.isSubtypeOf(UnicodeEncodeError)) {
            return;
        }
        int want = translate ? 4 : 5;
        if (args.size() != want) {
            throw typeError("function takes exactly " + want + " arguments (" + args.size()
                    + " given)");
        }
        int at = 0;
        PyObject encoding = PyNone.NONE;
        if (!translate) {
            encoding = requireStr(args.get(at++), 1);
        }
        PyObject object = args.get(at++);
        if (!decode) {
            requireStr(object, at);
        } else if (!(object instanceof PyBytes)) {
            // CPython: Objects/exceptions.c UnicodeDecodeError_init keeps a bytes copy
            object = new PyBytes(PyBytes.requireBytesLike(object));
        }
        // CPython: Objects/exceptions.c UnicodeError_init and siblings, format "n"
        PyObject start = PyInt.of(CArgs.asSsizeT(args.get(at++)));
        PyObject end = PyInt.of(CArgs.asSsizeT(args.get(at++)));
        PyObject reason = requireStr(args.get(at), at + 1);
        e.dict.setItem(PyStr.of("encoding"), encoding);
        e.dict.setItem(PyStr.of("object"), object);
        e.dict.setItem(PyStr.of("start"), start);
        e.dict.setItem(PyStr.of("end"), end);
        e.dict.setItem(PyStr.of("reason"), reason);
    }

    private static PyObject requireStr(PyObject o, int position) {
        if (!(o instanceof PyStr)) {
            throw typeError("argument " + position + " must be str, not " + o.type().getName());
        }
        return o;
    }

    /** CPython: Objects/exceptions.c UnicodeEncodeError_str and its two siblings. */
    private static PyObject unicodeErrorStr(PyBaseException e, PyType t) {
        PyObject object = e.dict.getItem(PyStr.of("object"));
        if (object == null) {
            return PyStr.EMPTY;
        }
        String reason = Ops.str(e.dict.getItem(PyStr.of("reason"))).toString();
        boolean translate = t.isSubtypeOf(UnicodeTranslateError);
        boolean decode = t.isSubtypeOf(UnicodeDecodeError);
        String prefix = translate ? "can't translate"
                : "'" + Ops.str(e.dict.getItem(PyStr.of("encoding"))) + "' codec can't "
                        + (decode ? "decode" : "encode");
        long start = CArgs.asSsizeT(e.dict.getItem(PyStr.of("start")));
        long end = CArgs.asSsizeT(e.dict.getItem(PyStr.of("end")));
        long length = Containers.len(object);
        if (start >= 0 && start < length && end == start + 1) {
            if (decode) {
                long b = Numbers.index(Containers.getItem(object, PyInt.of(start))).longValue();
                return PyStr.of(prefix + " byte 0x" + String.format("%02x", b)
                        + " in position " + start + ": " + reason);
            }
            int c = ((PyStr) object).codePointAt((int) start);
            String shown = c <= 0xff ? String.format("\\x%02x", c)
                    : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
            return PyStr.of(prefix + " character '" + shown + "' in position " + start + ": "
                    + reason);
        }
        return PyStr.of(prefix + (decode ? " bytes" : " characters") + " in position " + start
                + "-" + (end - 1) + ": " + reason);
    }

    /** Sets a keyword-only field to None: __init__ sets it again when given (ImportError_init). */
    private static void resetField(PyBaseException e, String name) {
        e.dict.setItem(PyStr.of(name), PyNone.NONE);
    }

    /** The {@code str()} of builtin exceptions whose text is not just their args. */
    static PyObject specialStr(PyBaseException e) {
        PyType t = e.type();
        PyTuple args = e.args;
        if (t.isSubtypeOf(KeyError) && args.size() == 1) {
            return Ops.repr(args.get(0));
        }
        if (t.isSubtypeOf(UnicodeError) && t != UnicodeError
                && (t.isSubtypeOf(UnicodeEncodeError) || t.isSubtypeOf(UnicodeDecodeError)
                        || t.isSubtypeOf(UnicodeTranslateError))) {
            return unicodeErrorStr(e, t);
        }
        if (t.isSubtypeOf(OSError)) {
            PyObject errno = e.dict.getItem(PyStr.of("errno"));
            PyObject strerror = e.dict.getItem(PyStr.of("strerror"));
            PyObject filename = e.dict.getItem(PyStr.of("filename"));
            if (errno != null && errno != PyNone.NONE && strerror != null
                    && strerror != PyNone.NONE) {
                String base = "[Errno " + Ops.str(errno) + "] " + Ops.str(strerror);
                PyObject filename2 = e.dict.getItem(PyStr.of("filename2"));
                if (filename != null && filename != PyNone.NONE) {
                    base += ": " + Ops.repr(filename);
                    if (filename2 != null && filename2 != PyNone.NONE) {
                        base += " -> " + Ops.repr(filename2);
                    }
                }
                return PyStr.of(base);
            }
        }
        if (t.isSubtypeOf(SyntaxError)) {
            PyObject msg = e.dict.getItem(PyStr.of("msg"));
            PyObject filename = e.dict.getItem(PyStr.of("filename"));
            PyObject lineno = e.dict.getItem(PyStr.of("lineno"));
            String text = msg == null || msg == PyNone.NONE ? "None" : Ops.str(msg).toString();
            boolean haveFile = filename instanceof PyStr;
            boolean haveLine = lineno instanceof PyInt;
            if (haveFile && haveLine) {
                return PyStr.of(text + " (" + baseName(filename.toString()) + ", line " + lineno
                        + ")");
            } else if (haveFile) {
                return PyStr.of(text + " (" + baseName(filename.toString()) + ")");
            } else if (haveLine) {
                return PyStr.of(text + " (line " + lineno + ")");
            }
            return PyStr.of(text);
        }
        return null;
    }

    private static String baseName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    // ---- factories ---------------------------------------------------------------------------

    /** A raisable exception of type {@code t} with one message argument. */
    public static PyException of(PyType t, String message) {
        PyBaseException e = new PyBaseException(t, PyTuple.of(PyStr.of(message)));
        initialiseFields(e);
        return e.raise();
    }

    public static PyException typeError(String message) {
        return of(TypeError, message);
    }

    public static PyException valueError(String message) {
        return of(ValueError, message);
    }

    public static PyException indexError(String message) {
        return of(IndexError, message);
    }

    public static PyException keyError(PyObject key) {
        PyBaseException e = new PyBaseException(KeyError, PyTuple.of(key));
        return e.raise();
    }

    public static PyException attributeError(String message) {
        return of(AttributeError, message);
    }

    public static PyException nameError(String message) {
        return of(NameError, message);
    }

    public static PyException overflowError(String message) {
        return of(OverflowError, message);
    }

    public static PyException zeroDivisionError(String message) {
        return of(ZeroDivisionError, message);
    }

    public static PyException runtimeError(String message) {
        return of(RuntimeError, message);
    }

    public static PyException systemError(String message) {
        return of(SystemError, message);
    }

    /**
     * A Java exception from inside Krait (a Krait bug) as the SystemError CPython reports its
     * own internal failures with, which a program may catch.
     */
    public static PyException internalError(RuntimeException e) {
        return of(SystemError, "internal error in Krait: " + e);
    }

    public static PyException notImplementedError(String message) {
        return of(NotImplementedError, message);
    }

    public static PyException stopIteration() {
        PyBaseException e = new PyBaseException(StopIteration, PyTuple.EMPTY);
        initialiseFields(e);
        return e.raise();
    }

    public static PyException stopIteration(PyObject value) {
        PyBaseException e = new PyBaseException(StopIteration, PyTuple.of(value));
        initialiseFields(e);
        return e.raise();
    }

    /** The message CPython uses for a missing attribute: {@code 'T' object has no attribute 'x'}. */
    public static PyException noAttribute(PyObject obj, String name) {
        PyException ex = attributeError("'" + obj.type().getName() + "' object has no attribute '"
                + name + "'");
        ex.value.dict.setItem(PyStr.of("name"), PyStr.of(name));
        ex.value.dict.setItem(PyStr.of("obj"), obj);
        return ex;
    }
}
