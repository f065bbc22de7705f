package dev.krait.modules.datetime;

import dev.krait.objects.ArgParser;
import dev.krait.objects.CArgs;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;

/**
 * Argument binding for the datetime constructors, which CPython parses with
 * {@code PyArg_ParseTupleAndKeywords} and no function name, so that their messages say
 * "function missing required argument 'day' (pos 3)" rather than Argument Clinic's wording;
 * plus the small conversions ("i" format, type names in reprs) every type shares.
 *
 * <p>CPython counterpart: Python/getargs.c {@code vgetargskeywords}.
 */
final class DateArgs {
    private DateArgs() {}

    /**
     * Binds {@code args} to {@code names}: the first {@code min} are required, those from
     * {@code pos} on are keyword-only; {@code fname} null words messages as "function".
     */
    static PyObject[] bind(String fname, PyObject[] args, String[] kwnames, String[] names,
            int min, int pos) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int nargs = args.length - nkw;
        int len = names.length;
        String f = fname == null ? "function" : fname + "()";
        if (nargs + nkw > len) {
            throw PyExceptions.typeError(f + " takes at most " + len + " "
                    + (nargs == 0 ? "keyword " : "") + "argument" + (len == 1 ? "" : "s") + " ("
                    + (nargs + nkw) + " given)");
        }
        if (nargs > pos) {
            throw PyExceptions.typeError(f + " takes " + (min < pos ? "at most" : "exactly") + " "
                    + pos + " positional argument" + (pos == 1 ? "" : "s") + " (" + nargs
                    + " given)");
        }
        PyObject[] out = new PyObject[len];
        System.arraycopy(args, 0, out, 0, nargs);
        int matched = 0;
        for (int i = nargs; i < len; i++) {
            for (int k = 0; k < nkw; k++) {
                if (kwnames[k].equals(names[i])) {
                    out[i] = args[nargs + k];
                    matched++;
                    break;
                }
            }
            if (out[i] == null && i < min) {
                throw PyExceptions.typeError(i < pos
                        ? f + " missing required argument '" + names[i] + "' (pos " + (i + 1)
                                + ")"
                        : f + " missing required keyword-only argument '" + names[i] + "'");
            }
        }
        if (matched < nkw) {
            for (int k = 0; k < nkw; k++) {
                int at = indexOf(names, kwnames[k]);
                if (at >= 0 && at < nargs) {
                    throw PyExceptions.typeError("argument for " + f + " given by name ('"
                            + kwnames[k] + "') and position (" + (at + 1) + ")");
                }
                if (at < 0) {
                    throw PyExceptions.typeError("'" + kwnames[k]
                            + "' is an invalid keyword argument for "
                            + (fname == null ? "this function" : fname + "()"));
                }
            }
        }
        return out;
    }

    private static int indexOf(String[] names, String k) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(k)) {
                return i;
            }
        }
        return -1;
    }

    /** The "i" format's int value, or {@code dflt} when the argument was not given. */
    static int intOr(PyObject o, int dflt) {
        return o == null ? dflt : CArgs.intFormat(o);
    }

    /** {@code Py_TYPE(o)->tp_name}: "datetime.date" for ours, the bare name for classes. */
    static String typeName(PyObject o) {
        return typeName(o.type());
    }

    static String typeName(PyType t) {
        return t.tpName();
    }

    /** Keyword-free positional call check for helpers taking raw vectorcalls. */
    static void noKeywords(String fname, String[] kwnames) {
        ArgParser.noKeywords(fname, kwnames);
    }
}
