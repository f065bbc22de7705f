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

    /**
     * {@code BaseExceptionGroup(message, exceptions)}: exactly two positional arguments, whatever
     * keywords come (those are {@code __init__}'s to refuse, so that a subclass's own
     * {@code __init__} may take them).
     */
    // CPython: Objects/exceptions.c BaseExceptionGroup_new ("UO:BaseExceptionGroup.__new__")
    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos != 2) {
            throw PyExceptions.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments ("
                    + npos + " given)");
        }
        return create(cls, args[0], args[1]);
    }

    private static PyBaseExceptionGroup create(PyType cls, PyObject message,
            PyObject exceptions) {
        if (!(message instanceof PyStr)) {
            throw PyExceptions.typeError("BaseExceptionGroup.__new__() argument 1 must be str, "
                    + "not " + message.type().getName());
        }
        if (!Containers.isSequence(exceptions)) {
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
        return create(PyExceptions.BaseExceptionGroup, PyStr.of(message), seq);
    }

    // CPython: Objects/exceptions.c BaseExceptionGroup_init -- no keywords, then
    // BaseException_init sets args
    @Override
    @Exposed("__init__($self, /, *args, **kwargs)")
    public PyObject __init__(PyObject[] args, String[] kwnames) {
        return super.__init__(args, kwnames);
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

        /**
         * A Python function is a predicate; an exception class or an exact tuple of them
         * matches by type; anything else (even another callable) is refused.
         */
        // CPython: Objects/exceptions.c get_matcher_type
        static Matcher of(PyObject condition) {
            if (condition instanceof PyFunction) {
                return e -> Ops.isTrue(Ops.call(condition, e));
            }
            if (condition instanceof PyType t && t.isExceptionType()
                    || condition.type() == PyTuple.TYPE && allExceptionTypes((PyTuple) condition)) {
                return e -> Ops.isInstance(e, condition);
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
            PyObject[] r;
            Recursion.enter(" in exceptiongroup_split_recursive");
            try {
                r = splitRecursive((PyBaseException) e, m, withRest);
            } finally {
                Recursion.leave();
            }
            if (r[0] != null) {
                matches.add(r[0]);
            }
            if (r[1] != null) {
                rests.add(r[1]);
            }
        }
        return new PyObject[] {subset(g, matches), withRest ? subset(g, rests) : null};
    }

    /**
     * The group of {@code excs} with {@code orig}'s traceback, cause, context and notes. Made
     * by {@code derive} even when {@code excs} are all of {@code orig}'s exceptions: the parts
     * of a split (and what {@code except*} re-raises) are new groups, of the class derive gives.
     * Notes that are not a sequence are not copied.
     */
    // CPython: Objects/exceptions.c exceptiongroup_subset
    private static PyObject subset(PyBaseExceptionGroup orig, List<PyObject> excs) {
        if (excs.isEmpty()) {
            return null;
        }
        PyObject derived = Ops.callMethod(orig, "derive", new PyList(new ArrayList<>(excs)));
        if (!(derived instanceof PyBaseExceptionGroup eg)) {
            throw PyExceptions.typeError("derive must return an instance of BaseExceptionGroup");
        }
        eg.traceback = orig.traceback;
        eg.context = orig.context;
        eg.cause = orig.cause;
        eg.suppressContext = orig.suppressContext;
        PyObject notes = Attributes.lookupAttrOrNull(orig, "__notes__");
        if (notes != null && Containers.isSequence(notes)) {
            Attributes.setAttr(eg, "__notes__", new PyList(Iteration.toList(notes)));
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
