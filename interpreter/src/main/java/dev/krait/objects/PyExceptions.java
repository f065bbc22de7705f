package dev.krait.objects;

/**
 * The builtin exception types, as CPython 3.11 arranges them, and factories for raising the common
 * ones from Java ({@code throw PyExceptions.typeError("...")}). Most builtin exception types share
 * {@link PyBaseException}'s layout; those CPython gives a larger struct have a Java class of their
 * own ({@link PyOSError}, {@link PySyntaxError}, ...), which their subclasses share.
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
    public static final PyType SystemExit =
            PyType.builtin("SystemExit", PySystemExit.class, BaseException);
    public static final PyType Exception = sub("Exception", BaseException);
    public static final PyType ArithmeticError = sub("ArithmeticError", Exception);
    public static final PyType FloatingPointError = sub("FloatingPointError", ArithmeticError);
    public static final PyType OverflowError = sub("OverflowError", ArithmeticError);
    public static final PyType ZeroDivisionError = sub("ZeroDivisionError", ArithmeticError);
    public static final PyType AssertionError = sub("AssertionError", Exception);
    public static final PyType AttributeError =
            PyType.builtin("AttributeError", PyAttributeError.class, Exception);
    public static final PyType BufferError = sub("BufferError", Exception);
    public static final PyType EOFError = sub("EOFError", Exception);
    /** Made as a class at run time in CPython: hence its __module__ and __weakref__. */
    public static final PyType ExceptionGroup =
            PyType.sharedLayout("ExceptionGroup", BaseExceptionGroup, Exception)
                    .withModule("builtins").asRuntimeClass();
    public static final PyType ImportError =
            PyType.builtin("ImportError", PyImportError.class, Exception);
    public static final PyType ModuleNotFoundError = sub("ModuleNotFoundError", ImportError);
    public static final PyType LookupError = sub("LookupError", Exception);
    public static final PyType IndexError = sub("IndexError", LookupError);
    public static final PyType KeyError = sub("KeyError", LookupError);
    public static final PyType MemoryError = sub("MemoryError", Exception);
    public static final PyType NameError =
            PyType.builtin("NameError", PyNameError.class, Exception);
    public static final PyType UnboundLocalError = sub("UnboundLocalError", NameError);
    public static final PyType OSError = PyType.builtin("OSError", PyOSError.class, Exception);
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
    public static final PyType StopIteration =
            PyType.builtin("StopIteration", PyStopIteration.class, Exception);
    public static final PyType SyntaxError =
            PyType.builtin("SyntaxError", PySyntaxError.class, Exception);
    public static final PyType IndentationError = sub("IndentationError", SyntaxError);
    public static final PyType TabError = sub("TabError", IndentationError);
    public static final PyType SystemError = sub("SystemError", Exception);
    public static final PyType TypeError = sub("TypeError", Exception);
    public static final PyType ValueError = sub("ValueError", Exception);
    public static final PyType UnicodeError = sub("UnicodeError", ValueError);
    // three layouts in CPython (one struct, three C types): a program's class cannot derive
    // from two of them
    public static final PyType UnicodeDecodeError =
            PyType.builtin("UnicodeDecodeError", PyUnicodeError.class, UnicodeError);
    public static final PyType UnicodeEncodeError =
            PyType.builtin("UnicodeEncodeError", PyUnicodeError.class, UnicodeError);
    public static final PyType UnicodeTranslateError =
            PyType.builtin("UnicodeTranslateError", PyUnicodeError.class, UnicodeError);
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

    /** A new, uninitialised instance of exception class {@code cls}, of its Java layout. */
    static PyBaseException instantiate(PyType cls) {
        if (!cls.isException) {
            throw typeError("exceptions must derive from BaseException");
        }
        Class<?> layout = cls.javaClass();
        if (layout == PyBaseException.class) {
            return new PyBaseException(cls);
        } else if (layout == PyOSError.class) {
            return new PyOSError(cls);
        } else if (layout == PyStopIteration.class) {
            return new PyStopIteration(cls);
        } else if (layout == PyAttributeError.class) {
            return new PyAttributeError(cls);
        } else if (layout == PyNameError.class) {
            return new PyNameError(cls);
        } else if (layout == PyImportError.class) {
            return new PyImportError(cls);
        } else if (layout == PySyntaxError.class) {
            return new PySyntaxError(cls);
        } else if (layout == PyUnicodeError.class) {
            return new PyUnicodeError(cls);
        } else if (layout == PySystemExit.class) {
            return new PySystemExit(cls);
        } else if (layout == PyBaseExceptionGroup.class) {
            return new PyBaseExceptionGroup(cls);
        }
        throw new IllegalStateException("no exception layout " + layout);
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

    /** The {@code str()} of KeyError, whose one argument (the key) is shown as its repr. */
    static PyObject keyErrorStr(PyBaseException e) {
        PyTuple args = e.args;
        return args.size() == 1 && e.type().isSubtypeOf(KeyError) ? Ops.repr(args.get(0)) : null;
    }

    // ---- factories ---------------------------------------------------------------------------

    /** A raisable exception of type {@code t} with one message argument. */
    public static PyException of(PyType t, String message) {
        PyBaseException e = t.javaClass() == PyBaseException.class ? new PyBaseException(t)
                : instantiate(t);
        e.initialise(PyTuple.of(PyStr.of(message)));
        return e.raise();
    }

    public static PyException typeError(String message) {
        return of(TypeError, message);
    }

    /**
     * {@code made} raised from {@code cause} (its {@code __cause__} and {@code __context__}),
     * as CPython's _PyErr_FormatFromCause chains a new error to the one being handled.
     */
    // CPython: Python/errors.c _PyErr_FormatFromCause
    public static PyException fromCause(PyException made, PyException cause) {
        made.value.cause = cause.value;
        made.value.context = cause.value;
        made.value.suppressContext = true;
        return made;
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
        PyStopIteration e = new PyStopIteration(StopIteration);
        e.initialise(PyTuple.EMPTY);
        return e.raise();
    }

    public static PyException stopIteration(PyObject value) {
        PyStopIteration e = new PyStopIteration(StopIteration);
        e.initialise(PyTuple.of(value));
        return e.raise();
    }

    /**
     * The message CPython uses for a missing attribute: {@code 'T' object has no attribute 'x'},
     * T the type's {@code tp_name} ({@code 'collections.deque'} for a builtin type of a module).
     */
    // CPython: Objects/object.c _PyObject_GenericGetAttrWithDict, _PyObject_GenericSetAttrWithDict
    public static PyException noAttribute(PyObject obj, String name) {
        return attributeError("'" + obj.type().tpName() + "' object has no attribute '" + name
                + "'", PyStr.of(name), obj);
    }

    /** An AttributeError with its name and obj fields set (for the "Did you mean" hint). */
    public static PyException attributeError(String message, PyObject name, PyObject obj) {
        PyAttributeError e = new PyAttributeError(AttributeError);
        e.initialise(PyTuple.of(PyStr.of(message)));
        e.name = name;
        e.obj = obj;
        return e.raise();
    }
}
