package dev.krait.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code BaseException}, and the instance layout of every builtin exception type (their
 * type objects are in {@link PyExceptions}). It holds {@code args} and the three chaining links
 * of PEP 3134, and the traceback built as the exception passes through frames.
 *
 * <p>Attributes that CPython keeps in per-type structs ({@code SystemExit.code},
 * {@code StopIteration.value}, {@code OSError.errno}, ...) are set by {@link PyExceptions}'
 * initialisers as ordinary attributes.
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

    public PyBaseException(PyType type) {
        super(type);
        this.dict = PyDict.forInstance(type);
    }

    public PyBaseException(PyType type, PyTuple args) {
        this(type);
        this.args = args;
    }

    /** The Java throwable that raises this exception. */
    public PyException raise() {
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

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        int npos0 = args.length - (kwnames == null ? 0 : kwnames.length);
        if (cls == PyExceptions.OSError && npos0 >= 2 && npos0 <= 5) {
            cls = PyExceptions.osErrorSubtype(cls, args[0]);
        }
        PyBaseException e = PyExceptions.instantiate(cls);
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        PyObject[] pos = new PyObject[npos];
        System.arraycopy(args, 0, pos, 0, npos);
        e.args = new PyTuple(pos);
        return e;
    }

    @Exposed("__init__($self, *args, **kwargs)")
    public PyObject __init__(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        // CPython: Objects/exceptions.c ImportError_init ("|$OO:ImportError"),
        // AttributeError_init ("|$OO:AttributeError"), NameError_init ("|$O:NameError").
        String owner = null;
        String[] keywords = null;
        if (nkw > 0) {
            if (type.isSubtypeOf(PyExceptions.ImportError)) {
                owner = "ImportError";
                keywords = new String[] {"name", "path"};
            } else if (type.isSubtypeOf(PyExceptions.AttributeError)) {
                owner = "AttributeError";
                keywords = new String[] {"name", "obj"};
            } else if (type.isSubtypeOf(PyExceptions.NameError)) {
                owner = "NameError";
                keywords = new String[] {"name"};
            } else {
                throw PyExceptions.typeError(type.getName() + "() takes no keyword arguments");
            }
        }
        PyObject[] pos = new PyObject[args.length - nkw];
        System.arraycopy(args, 0, pos, 0, pos.length);
        this.args = new PyTuple(pos);
        PyExceptions.initialiseFields(this);
        for (int i = 0; i < nkw; i++) {
            if (!java.util.Arrays.asList(keywords).contains(kwnames[i])) {
                throw PyExceptions.typeError("'" + kwnames[i]
                        + "' is an invalid keyword argument for " + owner + "()");
            }
            dict.setItem(PyStr.of(kwnames[i]), args[pos.length + i]);
        }
        return PyNone.NONE;
    }

    /** Every exception has an instance dict, as in CPython (BaseException's tp_dictoffset). */
    @Exposed.Getter("__dict__")
    public PyObject getInstanceDict() {
        return dict;
    }

    // CPython: Objects/object.c PyObject_GenericSetDict
    @Exposed.Setter(value = "__dict__", deletes = true)
    public void setInstanceDict(PyObject value) {
        if (value == null) {
            throw PyExceptions.typeError("cannot delete __dict__");
        }
        if (!(value instanceof PyDict d)) {
            throw PyExceptions.typeError("__dict__ must be set to a dictionary, not a '"
                    + value.type().getName() + "'");
        }
        dict = d;
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

    @Exposed.Getter("__suppress_context__")
    public boolean getSuppressContext() {
        return suppressContext;
    }

    @Exposed.Setter("__suppress_context__")
    public void setSuppressContext(PyObject value) {
        suppressContext = Ops.isTrue(value);
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
        PyObject notes = dict.getItem(key);
        if (notes == null) {
            notes = new PyList(new ArrayList<>());
            dict.setItem(key, notes);
        } else if (!(notes instanceof PyList)) {
            throw PyExceptions.typeError("Cannot add note: __notes__ is not a list");
        }
        ((PyList) notes).append(note);
    }

    @Exposed("__str__($self, /)")
    public PyObject __str__() {
        // KeyError, OSError and SyntaxError share this layout but not this text.
        PyObject special = PyExceptions.specialStr(this);
        if (special != null) {
            return special;
        }
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

    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        if (dict.size() == 0) {
            return PyTuple.of(type, args);
        }
        return PyTuple.of(type, args, dict);
    }

    /** The notes added with add_note, as strings (for printing). */
    public List<PyObject> notes() {
        PyObject notes = dict.getItem(PyStr.of("__notes__"));
        return notes == null ? null : Iteration.toList(notes);
    }
}
