package dev.krait.nodes;

import dev.krait.objects.PyCode;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFunction;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds a call's arguments to a Python function's parameters: positional values to their slots,
 * the surplus to {@code *args}, keywords by name (unknown ones to {@code **kwargs}), then the
 * defaults — with CPython's exact TypeErrors for every way a call can fail to fit.
 *
 * <p>Slots follow {@code co_varnames}: positional-only and ordinary parameters, keyword-only
 * parameters, then {@code *args} and {@code **kwargs}.
 *
 * <p>CPython counterpart: Python/ceval.c {@code initialize_locals}, {@code too_many_positional},
 * {@code missing_arguments}.
 */
final class ArgumentBinder {
    private ArgumentBinder() {}

    static void bind(PyFunction fn, PyCode code, PyObject[] fast, PyObject[] args,
            String[] kwnames) {
        bind(fn, code, fast, null, args, kwnames);
    }

    /**
     * Binds {@code self} (when not null: a method's instance, the first positional value) and
     * then the call's own arguments, without making one array of both.
     */
    static void bind(PyFunction fn, PyCode code, PyObject[] fast, PyObject self,
            PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int off = self == null ? 0 : 1;
        int nargs = args.length - nkw;
        int npos = nargs + off;
        int argcount = code.argcount;
        int kwonly = code.kwonlyargcount;
        boolean hasVarargs = (code.flags & PyCode.CO_VARARGS) != 0;
        boolean hasVarkw = (code.flags & PyCode.CO_VARKEYWORDS) != 0;
        int total = argcount + kwonly;
        PyDict kwdict = null;
        if (hasVarkw) {
            kwdict = new PyDict();
            fast[total + (hasVarargs ? 1 : 0)] = kwdict;
        }
        int n = Math.min(npos, argcount);
        if (off == 1 && n > 0) {
            fast[0] = self;
        }
        if (n > off) {
            System.arraycopy(args, 0, fast, off, n - off);
        }
        if (hasVarargs) {
            int extra = Math.max(0, npos - argcount);
            PyObject[] rest = new PyObject[extra];
            if (extra > 0) {
                if (argcount == 0 && off == 1) {
                    rest[0] = self;
                    System.arraycopy(args, 0, rest, 1, extra - 1);
                } else {
                    System.arraycopy(args, argcount - off, rest, 0, extra);
                }
            }
            fast[total] = extra == 0 ? PyTuple.EMPTY : PyTuple.of(rest);
        }
        if (nkw > 0) {
            String[] varnames = code.varnames;
            List<String> posonlyAsKeyword = null;
            for (int k = 0; k < nkw; k++) {
                String name = kwnames[k];
                PyObject value = args[nargs + k];
                int slot = -1;
                for (int i = code.posonlyargcount; i < total; i++) {
                    if (varnames[i].equals(name)) {
                        slot = i;
                        break;
                    }
                }
                if (slot < 0) {
                    if (kwdict != null) {
                        kwdict.setItem(PyStr.of(name), value);
                        continue;
                    }
                    boolean isPosonly = false;
                    for (int i = 0; i < code.posonlyargcount; i++) {
                        if (varnames[i].equals(name)) {
                            isPosonly = true;
                            break;
                        }
                    }
                    if (isPosonly) {
                        if (posonlyAsKeyword == null) {
                            posonlyAsKeyword = new ArrayList<>();
                        }
                        posonlyAsKeyword.add(name);
                        continue;
                    }
                    throw PyExceptions.typeError(fn.qualname + "() got an unexpected keyword "
                            + "argument '" + name + "'");
                }
                if (fast[slot] != null) {
                    throw PyExceptions.typeError(fn.qualname + "() got multiple values for "
                            + "argument '" + name + "'");
                }
                fast[slot] = value;
            }
            if (posonlyAsKeyword != null) {
                throw PyExceptions.typeError(fn.qualname + "() got some positional-only arguments"
                        + " passed as keyword arguments: '" + String.join(", ", posonlyAsKeyword)
                        + "'");
            }
        }
        if (npos > argcount && !hasVarargs) {
            throw tooManyPositional(fn, code, fast, npos);
        }
        fillDefaults(fn, code, fast, npos);
    }

    /**
     * Fills the parameters from position {@code npos} on that the call left unbound from the
     * defaults, raising CPython's TypeError for those without one.
     */
    static void fillDefaults(PyFunction fn, PyCode code, PyObject[] fast, int npos) {
        int argcount = code.argcount;
        int kwonly = code.kwonlyargcount;
        if (npos < argcount) {
            PyObject[] defaults = fn.defaults;
            int ndef = defaults == null ? 0 : defaults.length;
            int firstDefault = argcount - ndef;
            List<String> missing = null;
            for (int i = npos; i < argcount; i++) {
                if (fast[i] == null) {
                    if (i >= firstDefault) {
                        fast[i] = defaults[i - firstDefault];
                    } else {
                        if (missing == null) {
                            missing = new ArrayList<>();
                        }
                        missing.add(code.varnames[i]);
                    }
                }
            }
            if (missing != null) {
                throw missingArguments(fn, missing, "positional");
            }
        }
        if (kwonly > 0) {
            List<String> missing = null;
            PyStr[] keys = code.varnameKeys();
            for (int i = argcount; i < argcount + kwonly; i++) {
                if (fast[i] == null) {
                    PyObject d = fn.kwdefaults == null ? null : fn.kwdefaults.getItem(keys[i]);
                    if (d != null) {
                        fast[i] = d;
                    } else {
                        if (missing == null) {
                            missing = new ArrayList<>();
                        }
                        missing.add(code.varnames[i]);
                    }
                }
            }
            if (missing != null) {
                throw missingArguments(fn, missing, "keyword-only");
            }
        }
    }

    private static RuntimeException tooManyPositional(PyFunction fn, PyCode code, PyObject[] fast,
            int given) {
        int kwonlyGiven = 0;
        for (int i = code.argcount; i < code.argcount + code.kwonlyargcount; i++) {
            if (fast[i] != null) {
                kwonlyGiven++;
            }
        }
        int defcount = fn.defaults == null ? 0 : fn.defaults.length;
        String sig;
        boolean plural;
        if (defcount > 0) {
            plural = true;
            sig = "from " + (code.argcount - defcount) + " to " + code.argcount;
        } else {
            plural = code.argcount != 1;
            sig = Integer.toString(code.argcount);
        }
        String kwonlySig = "";
        if (kwonlyGiven > 0) {
            kwonlySig = " positional argument" + (given != 1 ? "s" : "") + " (and " + kwonlyGiven
                    + " keyword-only argument" + (kwonlyGiven != 1 ? "s" : "") + ")";
        }
        return PyExceptions.typeError(fn.qualname + "() takes " + sig + " positional argument"
                + (plural ? "s" : "") + " but " + given + kwonlySig + " "
                + (given == 1 && kwonlyGiven == 0 ? "was" : "were") + " given");
    }

    private static RuntimeException missingArguments(PyFunction fn, List<String> names,
            String kind) {
        StringBuilder list = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                list.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            }
            list.append('\'').append(names.get(i)).append('\'');
        }
        return PyExceptions.typeError(fn.qualname + "() missing " + n + " required " + kind
                + " argument" + (n == 1 ? "" : "s") + ": " + list);
    }
}
