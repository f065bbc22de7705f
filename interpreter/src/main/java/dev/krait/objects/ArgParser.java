package dev.krait.objects;

/**
 * Binds a vectorcall to named parameters for the builtins whose CPython messages differ from
 * Argument Clinic's ({@code enumerate}, {@code zip}, {@code print}, {@code min}...): the caller
 * gets the values in parameter order (null for missing ones) and raises its own messages for
 * what is missing; unknown keywords and too many positionals get CPython's generic messages.
 *
 * <p>CPython counterpart: Python/getargs.c {@code _PyArg_UnpackKeywords} (the parts used).
 */
public final class ArgParser {
    private ArgParser() {}

    /** Number of positional arguments in a vectorcall. */
    public static int positionalCount(PyObject[] args, String[] kwnames) {
        return args.length - (kwnames == null ? 0 : kwnames.length);
    }

    /**
     * Binds positional arguments then keywords to {@code names}; all may be given by keyword.
     * "f() takes at most N arguments (M given)" for too many, "'k' is an invalid keyword
     * argument for f()" for an unknown keyword.
     */
    public static PyObject[] bind(String function, PyObject[] args, String[] kwnames,
            String... names) {
        String named = function + "()";
        return bind(named, named, args, kwnames, names);
    }

    /**
     * {@link #bind} for a function whose C parser has no name to give (a format without
     * {@code ":name"}): "function takes at most N arguments (M given)", "'k' is an invalid
     * keyword argument for this function".
     */
    // CPython: Python/getargs.c vgetargskeywords with fname NULL
    public static PyObject[] bindUnnamed(PyObject[] args, String[] kwnames, String... names) {
        return bind("function", "this function", args, kwnames, names);
    }

    private static PyObject[] bind(String function, String keywordsOf, PyObject[] args,
            String[] kwnames, String... names) {
        int npos = positionalCount(args, kwnames);
        if (args.length > names.length) {
            throw PyExceptions.typeError(function + " takes at most " + names.length
                    + " argument" + (names.length == 1 ? "" : "s") + " (" + args.length
                    + " given)");
        }
        PyObject[] out = new PyObject[names.length];
        System.arraycopy(args, 0, out, 0, npos);
        for (int k = 0; kwnames != null && k < kwnames.length; k++) {
            int at = indexOf(names, kwnames[k]);
            if (at < 0) {
                throw PyExceptions.typeError("'" + kwnames[k] + "' is an invalid keyword argument"
                        + " for " + keywordsOf);
            }
            if (out[at] != null) {
                throw PyExceptions.typeError("argument for " + function + " given by name ('"
                        + kwnames[k] + "') and position (" + (at + 1) + ")");
            }
            out[at] = args[npos + k];
        }
        return out;
    }

    /** Keyword-only arguments {@code names} (positionals are the caller's); null if missing. */
    public static PyObject[] keywords(String function, PyObject[] args, String[] kwnames,
            String... names) {
        int npos = positionalCount(args, kwnames);
        PyObject[] out = new PyObject[names.length];
        for (int k = 0; kwnames != null && k < kwnames.length; k++) {
            int at = indexOf(names, kwnames[k]);
            if (at < 0) {
                throw PyExceptions.typeError("'" + kwnames[k] + "' is an invalid keyword argument"
                        + " for " + function + "()");
            }
            out[at] = args[npos + k];
        }
        return out;
    }

    /**
     * The one optional positional argument of a constructor that ignores keywords it has let
     * through (null when absent); "f expected at most 1 argument, got N" for more.
     */
    // CPython: Python/getargs.c _PyArg_CheckPositional
    public static PyObject atMostOne(String function, PyObject[] args, String[] kwnames) {
        int npos = positionalCount(args, kwnames);
        if (npos > 1) {
            throw PyExceptions.typeError(function + " expected at most 1 argument, got " + npos);
        }
        return npos == 0 ? null : args[0];
    }

    /**
     * The keyword check of a builtin {@code __new__} that takes none: "f() takes no keyword
     * arguments" for {@code base} itself and for a subclass that keeps its {@code __init__}; a
     * subclass with an {@code __init__} of its own may take keywords there, so {@code __new__}
     * lets them through (the type looked up only when there are keywords).
     */
    // CPython: the clinic-generated __new__ of filter, map, reversed, itertools.*:
    // (type == base || type->tp_init == base->tp_init) && !_PyArg_NoKeywords(...)
    public static void noKeywordsInNew(String function, PyType cls, PyType base,
            String[] kwnames) {
        if (kwnames != null && kwnames.length > 0
                && (cls == base || cls.lookup("__init__") == base.lookup("__init__"))) {
            throw PyExceptions.typeError(function + "() takes no keyword arguments");
        }
    }

    /** Rejects keywords: "f() takes no keyword arguments". */
    public static void noKeywords(String function, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError(function + "() takes no keyword arguments");
        }
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
