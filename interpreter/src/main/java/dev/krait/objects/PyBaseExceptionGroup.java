package dev.krait.objects;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Python's {@code BaseExceptionGroup} and {@code ExceptionGroup} (PEP 654): an exception that
 * carries several, and the {@code split}/{@code subgroup} operations that {@code except*}
 * applies, which keep the group's nesting and copy its traceback, cause, context and notes to
 * every part.
 *
 * <p>CPython counterpart: Objects/exceptions.c ({@code BaseExceptionGroup_new},
 * {@code exceptiongroup_split_recursive}, {@code _PyExc_PrepReraiseStar}).
 */
public final class PyBaseExceptionGroup extends PyBaseException {
    public PyObject message = PyStr.EMPTY;
    public PyTuple exceptions = PyTuple.EMPTY;

    public PyBaseExceptionGroup(PyType type) {
        super(type);
    }

    @Exposed(value = "__new__($type, message, exceptions, /)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject message, PyObject exceptions) {
        if (!(message instanceof PyStr)) {
            throw PyExceptions.typeError("BaseExceptionGroup.__new__() argument 1 must be str, "
                    + "not " + message.type().getName());
        }
        if (exceptions.type().lookup("__getitem__") == null || exceptions instanceof PyDict) {
            throw PyExceptions.typeError("second argument (exceptions) must be a sequence");
        }
        PyTuple excs = PyTuple.fromIterable(exceptions);
        if (excs.size() == 0) {
            throw PyExceptions.valueError("second argument (exceptions) must be a non-empty "
                    + "sequence");
        }
        boolean nestedBase = false;
        for (int i = 0; i < excs.size(); i++) {
            PyObject e = excs.get(i);
            if (!(e instanceof PyBaseException)) {
                throw PyExceptions.valueError("Item " + i + " of second argument (exceptions) is "
                        + "not an exception");
            }
            if (!e.type().isSubtypeOf(PyExceptions.Exception)) {
                nestedBase = true;
            }
        }
        PyType actual = cls;
        if (cls == PyExceptions.ExceptionGroup) {
            if (nestedBase) {
                throw PyExceptions.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (cls == PyExceptions.BaseExceptionGroup) {
            if (!nestedBase) {
                actual = PyExceptions.ExceptionGroup;
            }
        } else if (nestedBase && cls.isSubtypeOf(PyExceptions.Exception)) {
            throw PyExceptions.typeError("Cannot nest BaseExceptions in '" + cls.getName() + "'");
        }
        PyBaseExceptionGroup g = new PyBaseExceptionGroup(actual);
        g.args = PyTuple.of(message, exceptions);
        g.message = message;
        g.exceptions = excs;
        return g;
    }

    /** A group made from Java, as {@code BaseExceptionGroup(message, excs)} would. */
    public static PyBaseExceptionGroup create(String message, List<PyObject> excs,
            boolean asList) {
        PyObject seq = asList ? new PyList(new ArrayList<>(excs)) : PyTuple.ofList(excs);
        return (PyBaseExceptionGroup) __new__(PyExceptions.BaseExceptionGroup, PyStr.of(message),
                seq);
    }

    @Override
    @Exposed("__init__($self, /, *args, **kwargs)")
    public PyObject __init__(PyObject[] args, String[] kwnames) {
        return PyNone.NONE;
    }

    @Exposed.Getter("message")
    public PyObject getMessage() {
        return message;
    }

    @Exposed.Getter("exceptions")
    public PyObject getExceptions() {
        return exceptions;
    }

    @Override
    @Exposed("__str__($self, /)")
    public PyObject __str__() {
        int n = exceptions.size();
        return PyStr.of(Ops.str(message).value() + " (" + n + " sub-exception"
                + (n > 1 ? "s" : "") + ")");
    }

    @Exposed(value = "derive($self, excs, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject derive(PyObject excs) {
        return Ops.call(PyExceptions.BaseExceptionGroup, message, excs);
    }

    @Exposed(value = "split($self, matcher_value, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject split(PyObject condition) {
        Matcher m = Matcher.of(condition);
        PyObject[] r = splitRecursive(this, m, true);
        return PyTuple.of(r[0] == null ? PyNone.NONE : r[0], r[1] == null ? PyNone.NONE : r[1]);
    }

    @Exposed(value = "subgroup($self, matcher_value, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject subgroup(PyObject condition) {
        PyObject[] r = splitRecursive(this, Matcher.of(condition), false);
        return r[0] == null ? PyNone.NONE : r[0];
    }

    @Exposed(value = "__class_getitem__($type, item, /)", kind = Exposed.Kind.CLASS,
            doc = "See PEP 585", signature = Exposed.Signature.HIDDEN)
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return PyGenericAlias.classGetItem(cls, item);
    }

    /** How split decides whether a leaf matches. */
    public interface Matcher {
        boolean matches(PyBaseException e);

        static Matcher of(PyObject condition) {
            if (condition instanceof PyType t && t.isExceptionType()
                    || condition instanceof PyTuple tup && allExceptionTypes(tup)) {
                return e -> Ops.isInstance(e, condition);
            }
            if (Ops.isCallable(condition) && !(condition instanceof PyType)) {
                return e -> Ops.isTrue(Ops.call(condition, e));
            }
            throw PyExceptions.typeError("expected a function, exception type or tuple of "
                    + "exception types");
        }
    }

    private static boolean allExceptionTypes(PyTuple t) {
        for (PyObject o : t.items()) {
            if (!(o instanceof PyType ty && ty.isExceptionType())) {
                return false;
            }
        }
        return true;
    }

    /** [match, rest] of {@code exc} under {@code m}; nulls for empty parts. */
    public static PyObject[] splitRecursive(PyBaseException exc, Matcher m, boolean withRest) {
        if (m.matches(exc)) {
            return new PyObject[] {exc, null};
        }
        if (!(exc instanceof PyBaseExceptionGroup g)) {
            return new PyObject[] {null, withRest ? exc : null};
        }
        List<PyObject> matches = new ArrayList<>();
        List<PyObject> rests = new ArrayList<>();
        for (PyObject e : g.exceptions.items()) {
            PyObject[] r = splitRecursive((PyBaseException) e, m, withRest);
            if (r[0] != null) {
                matches.add(r[0]);
            }
            if (r[1] != null) {
                rests.add(r[1]);
            }
        }
        return new PyObject[] {subset(g, matches), withRest ? subset(g, rests) : null};
    }

    /** CPython: exceptiongroup_subset — derive, then copy the metadata. */
    private static PyObject subset(PyBaseExceptionGroup orig, List<PyObject> excs) {
        if (excs.isEmpty()) {
            return null;
        }
        if (excs.size() == orig.exceptions.size()) {
            boolean same = true;
            for (int i = 0; i < excs.size(); i++) {
                if (excs.get(i) != orig.exceptions.get(i)) {
                    same = false;
                    break;
                }
            }
            if (same) {
                return orig;
            }
        }
        PyObject derived = Ops.callMethod(orig, "derive", new PyList(new ArrayList<>(excs)));
        if (!(derived instanceof PyBaseExceptionGroup eg)) {
            throw PyExceptions.typeError("derive must return an instance of BaseExceptionGroup");
        }
        eg.traceback = orig.traceback;
        eg.context = orig.context;
        eg.cause = orig.cause;
        eg.suppressContext = orig.suppressContext;
        PyObject notes = orig.dict == null ? null : orig.dict.getItem(PyStr.of("__notes__"));
        if (notes != null) {
            eg.getDict().setItem(PyStr.of("__notes__"), new PyList(Iteration.toList(notes)));
        }
        return eg;
    }

    /**
     * What an {@code except*} statement re-raises: the parts of {@code orig} re-raised by its
     * handlers (or left unhandled), together with the new exceptions the handlers raised.
     * CPython: Objects/exceptions.c _PyExc_PrepReraiseStar.
     */
    public static PyBaseException prepReraiseStar(PyBaseException orig,
            List<PyBaseException> excs) {
        if (excs.isEmpty()) {
            return null;
        }
        if (!(orig instanceof PyBaseExceptionGroup)) {
            return excs.get(0);
        }
        List<PyObject> raised = new ArrayList<>();
        IdentityHashMap<PyBaseException, Boolean> reraisedLeaves = new IdentityHashMap<>();
        for (PyBaseException e : excs) {
            if (e.traceback == orig.traceback && e.cause == orig.cause
                    && e.context == orig.context) {
                collectLeaves(e, reraisedLeaves);
            } else {
                raised.add(e);
            }
        }
        PyObject reraised = splitRecursive(orig, e -> reraisedLeaves.containsKey(e), false)[0];
        if (raised.isEmpty()) {
            return (PyBaseException) reraised;
        }
        if (reraised != null) {
            raised.add(reraised);
        }
        // A lone exception raised by a handler propagates as itself, not wrapped in a group.
        if (raised.size() == 1) {
            return (PyBaseException) raised.get(0);
        }
        return create("", raised, true);
    }

    private static void collectLeaves(PyBaseException e,
            IdentityHashMap<PyBaseException, Boolean> out) {
        if (e instanceof PyBaseExceptionGroup g) {
            for (PyObject x : g.exceptions.items()) {
                collectLeaves((PyBaseException) x, out);
            }
        } else {
            out.put(e, Boolean.TRUE);
        }
    }
}
