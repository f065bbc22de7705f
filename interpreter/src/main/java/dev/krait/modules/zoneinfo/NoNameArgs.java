package dev.krait.modules.zoneinfo;

import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;

/**
 * Argument parsing as CPython's {@code PyArg_ParseTupleAndKeywords} does it for a format
 * without a function name, which {@code _zoneinfo} uses throughout: its messages say
 * "function" ({@code function missing required argument 'key' (pos 1)}).
 *
 * <p>CPython counterpart: Python/getargs.c {@code vgetargskeywords}.
 */
final class NoNameArgs {
    private NoNameArgs() {}

    /**
     * Binds {@code positional} leading names (the first {@code required} of them required;
     * an empty name is positional-only) and then {@code keywordOnly} names; missing optional
     * arguments are null.
     */
    // CPython: Python/getargs.c vgetargskeywords
    static PyObject[] bind(PyObject[] args, String[] kwnames, String[] names, int required,
            int keywordOnlyFrom) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int total = args.length;
        if (total > names.length) {
            throw PyExceptions.typeError("function takes at most " + names.length + " "
                    + (keywordOnlyFrom < names.length && npos > keywordOnlyFrom ? "positional "
                            : "") + "argument" + (names.length == 1 ? "" : "s") + " (" + total
                    + " given)");
        }
        if (npos > keywordOnlyFrom) {
            throw PyExceptions.typeError(keywordOnlyFrom == 0
                    ? "function takes no positional arguments"
                    : "function takes at most " + keywordOnlyFrom + " positional argument"
                            + (keywordOnlyFrom == 1 ? "" : "s") + " (" + npos + " given)");
        }
        PyObject[] out = new PyObject[names.length];
        System.arraycopy(args, 0, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int at = -1;
            for (int i = 0; i < names.length; i++) {
                if (!names[i].isEmpty() && names[i].equals(kwnames[k])) {
                    at = i;
                }
            }
            if (at < 0) {
                throw PyExceptions.typeError("'" + kwnames[k]
                        + "' is an invalid keyword argument for this function");
            }
            if (out[at] != null) {
                throw PyExceptions.typeError("argument for function given by name ('"
                        + kwnames[k] + "') and position (" + (at + 1) + ")");
            }
            out[at] = args[npos + k];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                throw PyExceptions.typeError(names[i].isEmpty()
                        ? "function takes at least " + required + " positional argument"
                                + (required == 1 ? "" : "s") + " (" + npos + " given)"
                        : "function missing required argument '" + names[i] + "' (pos "
                                + (i + 1) + ")");
            }
        }
        return out;
    }
}
