package dev.krait.modules.builtins;

import dev.krait.objects.ArgParser;
import dev.krait.objects.CompareOp;
import dev.krait.objects.Exposed;
import dev.krait.objects.Attributes;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyCallIterator;
import dev.krait.objects.PyEnumerate;
import dev.krait.objects.PyFilter;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyMap;
import dev.krait.objects.PyRangeIterator;
import dev.krait.objects.PyReversed;
import dev.krait.objects.PyZip;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PySequenceIterator;
import dev.krait.objects.PyTuple;
import java.util.Arrays;

/**
 * The builtins that consume or make iterators: {@code iter}, {@code next}, {@code all},
 * {@code any}, {@code sorted}, {@code min} and {@code max}.
 *
 * <p>CPython counterpart: Python/bltinmodule.c ({@code builtin_iter}, {@code builtin_next},
 * {@code min_max}, {@code builtin_sorted}, ...).
 */
public final class IterationFunctions {
    private IterationFunctions() {}

    @Exposed(value = "iter($module, object, sentinel=<unrepresentable>, /)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject iter(PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("iter", kwnames);
        if (args.length == 0) {
            throw PyExceptions.typeError("iter expected at least 1 argument, got 0");
        }
        if (args.length > 2) {
            throw PyExceptions.typeError("iter expected at most 2 arguments, got " + args.length);
        }
        if (args.length == 1) {
            return Iteration.iter(args[0]);
        }
        if (!Ops.isCallable(args[0])) {
            throw PyExceptions.typeError("iter(v, w): v must be callable");
        }
        return new PyCallIterator(args[0], args[1]);
    }

    // CPython: Python/bltinmodule.c builtin_next: without a default, the iterator's own
    // StopIteration (with its value) propagates
    @Exposed(value = "next($module, iterator, default=<unrepresentable>, /)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject next(PyObject iterator, PyObject dflt) {
        PyObject m = iterator.type().lookup("__next__");
        if (m == null) {
            throw PyExceptions.typeError("'" + iterator.type().getName()
                    + "' object is not an iterator");
        }
        if (dflt != null) {
            PyObject v = Iteration.next(iterator);
            return v == null ? dflt : v;
        }
        if (endsWithoutValue(iterator)) {
            PyObject v = Iteration.next(iterator);
            if (v == null) {
                throw PyExceptions.stopIteration();
            }
            return v;
        }
        return Ops.callDescriptor(m, iterator);
    }

    /**
     * Whether {@code iterator} is one of the builtin iterators whose exhaustion carries no
     * value, so that {@code next()} may take the fast path; a generator's StopIteration carries
     * its return value and must propagate as raised.
     */
    private static boolean endsWithoutValue(PyObject iterator) {
        return iterator.type().isBuiltin() && (iterator instanceof PySequenceIterator
                || iterator instanceof PyRangeIterator || iterator instanceof PyEnumerate
                || iterator instanceof PyZip || iterator instanceof PyMap
                || iterator instanceof PyFilter || iterator instanceof PyReversed
                || iterator instanceof PyCallIterator);
    }

    @Exposed(value = "all($module, iterable, /)")
    public static boolean all(PyObject iterable) {
        PyObject it = Iteration.iter(iterable);
        for (PyObject v = Iteration.next(it); v != null; v = Iteration.next(it)) {
            if (!Ops.isTrue(v)) {
                return false;
            }
        }
        return true;
    }

    @Exposed(value = "any($module, iterable, /)")
    public static boolean any(PyObject iterable) {
        PyObject it = Iteration.iter(iterable);
        for (PyObject v = Iteration.next(it); v != null; v = Iteration.next(it)) {
            if (Ops.isTrue(v)) {
                return true;
            }
        }
        return false;
    }

    // CPython: Python/bltinmodule.c builtin_sorted: a new list, sorted by list.sort with the
    // keywords passed on (so list.sort's messages apply)
    @Exposed(value = "sorted($module, iterable, /, *, key=None, reverse=False)")
    public static PyObject sorted(PyObject[] args, String[] kwnames) {
        int npos = ArgParser.positionalCount(args, kwnames);
        if (npos != 1) {
            throw PyExceptions.typeError("sorted expected 1 argument, got " + npos);
        }
        PyList list = new PyList(Iteration.toList(args[0]));
        if (kwnames == null || kwnames.length == 0) {
            list.sort(PyNone.NONE, PyBool.FALSE);
        } else {
            Ops.call(Attributes.getAttr(list, "sort"), Arrays.copyOfRange(args, 1, args.length),
                    kwnames);
        }
        return list;
    }

    @Exposed(value = "min($module, iterable, /, *, key=None, default=<unrepresentable>)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject min(PyObject[] args, String[] kwnames) {
        return minMax(args, kwnames, "min", CompareOp.LT);
    }

    @Exposed(value = "max($module, iterable, /, *, key=None, default=<unrepresentable>)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject max(PyObject[] args, String[] kwnames) {
        return minMax(args, kwnames, "max", CompareOp.GT);
    }

    // CPython: Python/bltinmodule.c min_max: ties keep the first item
    private static PyObject minMax(PyObject[] args, String[] kwnames, String name, CompareOp op) {
        int npos = ArgParser.positionalCount(args, kwnames);
        if (npos == 0) {
            throw PyExceptions.typeError(name + " expected at least 1 argument, got 0");
        }
        PyObject[] kw = ArgParser.keywords(name, args, kwnames, "key", "default");
        PyObject key = kw[0] == PyNone.NONE ? null : kw[0];
        PyObject dflt = kw[1];
        if (npos > 1 && dflt != null) {
            throw PyExceptions.typeError("Cannot specify a default for " + name + "() with "
                    + "multiple positional arguments");
        }
        PyObject it = npos == 1 ? Iteration.iter(args[0])
                : Iteration.iter(new PyTuple(Arrays.copyOf(args, npos)));
        PyObject best = null;
        PyObject bestKey = null;
        for (PyObject v = Iteration.next(it); v != null; v = Iteration.next(it)) {
            PyObject k = key == null ? v : Ops.call(key, v);
            if (best == null) {
                best = v;
                bestKey = k;
            } else if (better(k, bestKey, op)) {
                best = v;
                bestKey = k;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw PyExceptions.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    private static boolean better(PyObject k, PyObject bestKey, CompareOp op) {
        if (op == CompareOp.LT) {
            return Ops.lessThan(k, bestKey);
        }
        // k > best for exact ints and floats compares directly, as their __gt__ would
        if (k.type() == PyInt.TYPE && bestKey.type() == PyInt.TYPE) {
            return PyInt.compare((PyInt) k, (PyInt) bestKey) > 0;
        }
        if (k.type() == PyFloat.TYPE && bestKey.type() == PyFloat.TYPE) {
            return ((PyFloat) k).value > ((PyFloat) bestKey).value;
        }
        return Ops.isTrue(Ops.richCompare(k, bestKey, op));
    }
}
