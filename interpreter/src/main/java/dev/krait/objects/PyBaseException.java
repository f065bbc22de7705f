package dev.krait.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code BaseException}, and the instance layout of every builtin exception type (their
 * type objects are in {@link PyExceptions}). It holds {@code args} and the three chaining links
 * of PEP 3134, and the traceback built as the exception passes through frames.
 *
 * <p>The builtin exceptions that CPython gives a larger struct ({@code OSError},
 * {@code SyntaxError}, {@code StopIteration}, ...) are subclasses ({@link PyOSError},
 * {@link PySyntaxError}, ...) whose fields are the class's member descriptors; the others share
 * this layout. The instance dict is made on first use, as CPython's is.
 *
 * <p>CPython counterpart: Objects/exceptions.c.
 */
public class PyBaseException extends PyObject {
    public PyTuple args = PyTuple.EMPTY;
    public PyTraceback traceback;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;
    /** The frame whose traceback entry was added last in the current propagation. */
    public PyFrame tracebackFrame;
    /**
     * Set while an exception given to a generator's {@code throw()} is raised at its yield
     * outside the generator's own handlers: that first traceback entry does not chain it to
     * the caller's handled exception, since CPython restores it as it is ({@code
     * PyErr_Restore}) and chains it only to the generator's own exception state.
     */
    // CPython: Objects/genobject.c _gen_throw, gen_send_ex2 (_PyErr_ChainStackItem)
    public boolean thrownIn;

    public PyBaseException(PyType type) {
        super(type);
    }

    public PyBaseException(PyType type, PyTuple args) {
        this(type);
        this.args = args;
    }

    /**
     * Sets {@code args} and whatever this layout derives from them, as the type's {@code __init__}
     * does when called with {@code args} and no keywords: for exceptions made in Java.
     */
    void initialise(PyTuple args) {
        this.args = args;
    }

    /** The Java throwable that raises this exception. */
    public PyException raise() {
        return new PyException(this);
    }

    /**
     * Raises this exception, made or raised earlier, anew from Java code (a future's stored
     * exception, given back by {@code result()}): like Python's {@code raise e}, it is chained to
     * the exception being handled in the frame it enters next, and its traceback goes on.
     */
    // CPython: Python/errors.c _PyErr_SetObject (what Modules/_asynciomodule.c future_result
    // raises with)
    public PyException raiseAnew() {
        tracebackFrame = null;
        thrownIn = false;
        return new PyException(this);
    }

    /**
     * Adds a traceback entry for {@code frame} unless this propagation already added one for
     * it: the innermost operation in each frame names the span, as CPython's instruction does.
     */
    public void addTraceback(PyFrame frame, int line, int col, int endLine, int endCol) {
        if (tracebackFrame == frame) {
            return;
        }
        traceback = new PyTraceback(frame, traceback, line, col, endLine, endCol);
        tracebackFrame = frame;
    }

    String messageForJava() {
        try {
            return Ops.str(this).toString();
        } catch (RuntimeException e) {
            return "<exception str() failed>";
        }
    }

    // CPython: Objects/exceptions.c BaseException_new (keywords are left to __init__)
    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyBaseException e = PyExceptions.instantiate(cls);
        e.args = positional(args, kwnames);
        return e;
    }

    /** The positional arguments of a call as a tuple. */
    static PyTuple positional(PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos == 0) {
            return PyTuple.EMPTY;
        }
        PyObject[] pos = new PyObject[npos];
        System.arraycopy(args, 0, pos, 0, npos);
        return new PyTuple(pos);
    }

    // CPython: Objects/exceptions.c BaseException_init
    @Exposed("__init__($self, *args, **kwargs)")
    public PyObject __init__(PyObject[] args, String[] kwnames) {
        rejectKeywords(kwnames);
        this.args = positional(args, kwnames);
        return PyNone.NONE;
    }

    /** CPython: Python/getargs.c _PyArg_NoKeywords, as the exceptions' init functions call it. */
    final void rejectKeywords(String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError(type.getName() + "() takes no keyword arguments");
        }
    }

    /** Every exception has an instance dict, as in CPython (BaseException's tp_dictoffset). */
    @Exposed.Getter("__dict__")
    public PyObject getInstanceDict() {
        return getDict();
    }

    // CPython: Objects/object.c PyObject_GenericSetDict
    @Exposed.Setter(value = "__dict__", deletes = true)
    public void setInstanceDict(PyObject value) {
        setDictFromPython(value);
    }

    /** Restores what __reduce__ saved: each entry of the state becomes an attribute. */
    // CPython: Objects/exceptions.c BaseException_setstate
    @Exposed(value = "__setstate__($self, state, /)", signature = Exposed.Signature.HIDDEN)
    public void __setstate__(PyObject state) {
        if (state == PyNone.NONE) {
            return;
        }
        if (!(state instanceof PyDict d)) {
            throw PyExceptions.typeError("state is not a dictionary");
        }
        for (PyObject key : d.keyList()) {
            PyObject value = d.getItem(key);
            if (value != null) {
                Attributes.setAttr(this, Attributes.attributeName(key), value);
            }
        }
    }

    @Exposed.Getter("args")
    public PyObject getArgs() {
        return args;
    }

    @Exposed.Setter("args")
    public void setArgs(PyObject value) {
        this.args = PyTuple.fromIterable(value);
    }

    @Exposed.Getter("__traceback__")
    public PyObject getTraceback() {
        return traceback == null ? PyNone.NONE : traceback;
    }

    @Exposed.Setter("__traceback__")
    public void setTraceback(PyObject tb) {
        if (tb == PyNone.NONE) {
            traceback = null;
        } else if (tb instanceof PyTraceback t) {
            traceback = t;
        } else {
            throw PyExceptions.typeError("__traceback__ must be a traceback or None");
        }
    }

    @Exposed.Getter("__cause__")
    public PyObject getCause() {
        return cause == null ? PyNone.NONE : cause;
    }

    @Exposed.Setter("__cause__")
    public void setCause(PyObject value) {
        if (value == PyNone.NONE) {
            cause = null;
        } else if (value instanceof PyBaseException e) {
            cause = e;
        } else {
            throw PyExceptions.typeError("exception cause must be None or derive from "
                    + "BaseException");
        }
        suppressContext = true;
    }

    @Exposed.Getter("__context__")
    public PyObject getContext() {
        return context == null ? PyNone.NONE : context;
    }

    @Exposed.Setter("__context__")
    public void setContext(PyObject value) {
        if (value == PyNone.NONE) {
            context = null;
        } else if (value instanceof PyBaseException e) {
            context = e;
        } else {
            throw PyExceptions.typeError("exception context must be None or derive from "
                    + "BaseException");
        }
    }

    /** A T_BOOL member in CPython: only a bool may be stored, and it cannot be deleted. */
    @Exposed.Getter(value = "__suppress_context__", member = true)
    public boolean getSuppressContext() {
        return suppressContext;
    }

    // CPython: Python/structmember.c PyMember_SetOne (T_BOOL)
    @Exposed.Setter("__suppress_context__")
    public void setSuppressContext(PyObject value) {
        if (value == null) {
            throw PyExceptions.typeError("can't delete numeric/char attribute");
        }
        if (!(value instanceof PyBool)) {
            throw PyExceptions.typeError("attribute value type must be bool");
        }
        suppressContext = value == PyBool.TRUE;
    }

    @Exposed(value = "with_traceback($self, tb, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject with_traceback(PyObject tb) {
        setTraceback(tb);
        return this;
    }

    @Exposed(value = "add_note($self, note, /)", signature = Exposed.Signature.HIDDEN)
    public void add_note(PyObject note) {
        if (!(note instanceof PyStr)) {
            throw PyExceptions.typeError("note must be a str, not '" + note.type().getName()
                    + "'");
        }
        PyStr key = PyStr.of("__notes__");
        PyDict d = getDict();
        PyObject notes = d.getItem(key);
        if (notes == null) {
            notes = new PyList(new ArrayList<>());
            d.setItem(key, notes);
        } else if (!(notes instanceof PyList)) {
            throw PyExceptions.typeError("Cannot add note: __notes__ is not a list");
        }
        ((PyList) notes).append(note);
    }

    // CPython: Objects/exceptions.c BaseException_str
    @Exposed("__str__($self, /)")
    public PyObject __str__() {
        // KeyError shares this layout but not this text (CPython: KeyError_str)
        PyObject key = PyExceptions.keyErrorStr(this);
        return key != null ? key : argsStr();
    }

    /** The text of the arguments: CPython's BaseException_str, which other types fall back on. */
    final PyObject argsStr() {
        return switch (args.size()) {
            case 0 -> PyStr.EMPTY;
            case 1 -> Ops.str(args.get(0));
            default -> Ops.str(args);
        };
    }

    @Exposed("__repr__($self, /)")
    public PyObject __repr__() {
        String name = type.getName();
        if (args.size() == 1) {
            return PyStr.of(name + "(" + Ops.repr(args.get(0)) + ")");
        }
        return PyStr.of(name + Ops.repr(args));
    }

    // CPython: Objects/exceptions.c BaseException_reduce
    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        PyDict d = instanceState();
        return d == null ? PyTuple.of(type, args) : PyTuple.of(type, args, d);
    }

    /**
     * The instance dict as pickling state, or null when it is empty (CPython's is NULL until
     * an attribute is set; Krait may have made an empty one on a lookup).
     */
    final PyDict instanceState() {
        PyDict d = dict;
        return d == null || d.size() == 0 ? null : d;
    }

    /** The notes added with add_note, as strings (for printing). */
    public List<PyObject> notes() {
        PyDict d = dict;
        PyObject notes = d == null ? null : d.getItem(PyStr.of("__notes__"));
        return notes == null ? null : Iteration.toList(notes);
    }
}
