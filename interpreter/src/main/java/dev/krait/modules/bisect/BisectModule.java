package dev.krait.modules.bisect;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.CArgs;
import dev.krait.objects.CompareOp;
import dev.krait.objects.Containers;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code _bisect} module: {@code bisect_left}/{@code bisect_right} and the matching
 * {@code insort_*}, over any sequence (items read by index), with the optional {@code key}.
 * An exact list is read and inserted into directly; anything else through {@code __getitem__}
 * and its {@code insert} method, as CPython does.
 *
 * <p>CPython counterpart: Modules/_bisectmodule.c.
 */
@NativeModule.Register("_bisect")
public final class BisectModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_bisect");
        m.put("__doc__", PyStr.of("Bisection algorithms.\n\nThis module provides support for "
                + "maintaining a list in sorted order without\nhaving to sort the list after "
                + "each insertion. For long lists of items with\nexpensive comparison "
                + "operations, this can be an improvement over the more\ncommon approach.\n"));
        ModuleBuilder.addFunctions(m, BisectModule.class);
        return m;
    }

    /** A {@code hi} argument: None means the length (-1). */
    private static long hiArg(PyObject hi) {
        return CArgs.optionalSsizeT(hi, -1);
    }

    private static PyObject item(PyObject a, long i) {
        if (a instanceof PyList l && a.type() == PyList.TYPE && i < l.size()) {
            return l.items.get((int) i);
        }
        return Containers.getItem(a, PyInt.of(i));
    }

    // CPython: Modules/_bisectmodule.c internal_bisect_right / internal_bisect_left
    private static long search(PyObject a, PyObject x, long lo, long hi, PyObject key,
            boolean right) {
        if (lo < 0) {
            throw PyExceptions.valueError("lo must be non-negative");
        }
        if (hi == -1) {
            hi = Containers.len(a);
        }
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            PyObject litem = item(a, mid);
            if (key != PyNone.NONE) {
                litem = Ops.call(key, litem);
            }
            boolean goLeft = right ? Ops.isTrue(Ops.richCompare(x, litem, CompareOp.LT))
                    : !Ops.isTrue(Ops.richCompare(litem, x, CompareOp.LT));
            if (goLeft) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static void insort(PyObject a, PyObject x, PyObject lo, PyObject hi, PyObject key,
            boolean right) {
        PyObject k = key == PyNone.NONE ? x : Ops.call(key, x);
        long index = search(a, k, CArgs.asSsizeT(lo), hiArg(hi), key, right);
        if (a instanceof PyList l && a.type() == PyList.TYPE) {
            l.items.add((int) Math.min(index, l.size()), x);
        } else {
            Ops.callMethod(a, "insert", PyInt.of(index), x);
        }
    }

    @Exposed(value = "bisect_right($module, /, a, x, lo=0, hi=None, *, key=None)",
            doc = "Return the index where to insert item x in list a, assuming a is sorted.")
    public static long bisect_right(PyObject a, PyObject x, PyObject lo, PyObject hi,
            PyObject key) {
        return search(a, x, CArgs.asSsizeT(lo), hiArg(hi), key, true);
    }

    @Exposed(value = "bisect_left($module, /, a, x, lo=0, hi=None, *, key=None)",
            doc = "Return the index where to insert item x in list a, assuming a is sorted.")
    public static long bisect_left(PyObject a, PyObject x, PyObject lo, PyObject hi,
            PyObject key) {
        return search(a, x, CArgs.asSsizeT(lo), hiArg(hi), key, false);
    }

    @Exposed(value = "insort_right($module, /, a, x, lo=0, hi=None, *, key=None)",
            doc = "Insert item x in list a, and keep it sorted assuming a is sorted.")
    public static void insort_right(PyObject a, PyObject x, PyObject lo, PyObject hi,
            PyObject key) {
        insort(a, x, lo, hi, key, true);
    }

    @Exposed(value = "insort_left($module, /, a, x, lo=0, hi=None, *, key=None)",
            doc = "Insert item x in list a, and keep it sorted assuming a is sorted.")
    public static void insort_left(PyObject a, PyObject x, PyObject lo, PyObject hi,
            PyObject key) {
        insort(a, x, lo, hi, key, false);
    }
}
