package dev.krait.modules.operator;

import dev.krait.objects.BinaryOp;
import dev.krait.objects.CArgs;
import dev.krait.objects.Containers;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyByteArray;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;

/**
 * The truth, identity, container and sequence functions of {@code _operator}, and
 * {@code _compare_digest}.
 *
 * <p>CPython counterpart: Modules/_operator.c; the sequence helpers it calls are
 * Objects/abstract.c {@code PySequence_Concat}, {@code _PySequence_IterSearch},
 * {@code PyObject_LengthHint}.
 */
public final class SequenceFunctions {
    private SequenceFunctions() {}

    @Exposed(value = "truth($module, a, /)", doc = "Return True if a is true, False otherwise.")
    public static boolean truth(PyObject a) {
        return Ops.isTrue(a);
    }

    @Exposed(value = "not_($module, a, /)", doc = "Same as not a.")
    public static boolean not_(PyObject a) {
        return !Ops.isTrue(a);
    }

    @Exposed(value = "index($module, a, /)", doc = "Same as a.__index__()")
    public static PyObject index(PyObject a) {
        return Numbers.index(a);
    }

    @Exposed(value = "call($module, obj, /, *args, **kwargs)",
            doc = "Same as obj(*args, **kwargs).")
    public static PyObject call(PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1) {
            throw PyExceptions.typeError("call expected at least 1 argument, got " + npos);
        }
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return Ops.call(args[0], rest, kwnames);
    }

    @Exposed(value = "is_($module, a, b, /)", doc = "Same as a is b.")
    public static boolean is_(PyObject a, PyObject b) {
        return a == b;
    }

    @Exposed(value = "is_not($module, a, b, /)", doc = "Same as a is not b.")
    public static boolean is_not(PyObject a, PyObject b) {
        return a != b;
    }

    // CPython: Objects/abstract.c PySequence_Concat
    @Exposed(value = "concat($module, a, b, /)", doc = "Same as a + b, for a and b sequences.")
    public static PyObject concat(PyObject a, PyObject b) {
        if (!Containers.isSequence(a) || !Containers.isSequence(b)) {
            throw PyExceptions.typeError("'" + a.type().getName()
                    + "' object can't be concatenated");
        }
        return Numbers.binary(a, b, BinaryOp.ADD);
    }

    @Exposed(value = "iconcat($module, a, b, /)",
            doc = "Same as a += b, for a and b sequences.")
    public static PyObject iconcat(PyObject a, PyObject b) {
        if (!Containers.isSequence(a) || !Containers.isSequence(b)) {
            throw PyExceptions.typeError("'" + a.type().getName()
                    + "' object can't be concatenated");
        }
        return Numbers.inplace(a, b, BinaryOp.ADD);
    }

    @Exposed(value = "contains($module, a, b, /)", doc = "Same as b in a (note reversed "
            + "operands).")
    public static boolean contains(PyObject a, PyObject b) {
        return Containers.contains(a, b);
    }

    /** The iterator {@code _PySequence_IterSearch} walks, with its message for a non-iterable. */
    private static PyObject searchIterator(PyObject seq) {
        try {
            return Iteration.iter(seq);
        } catch (PyException e) {
            if (e.matches(PyExceptions.TypeError)) {
                throw PyExceptions.typeError("argument of type '" + seq.type().getName()
                        + "' is not iterable");
            }
            throw e;
        }
    }

    @Exposed(value = "indexOf($module, a, b, /)",
            doc = "Return the first index of b in a.")
    public static long indexOf(PyObject a, PyObject b) {
        PyObject it = searchIterator(a);
        long i = 0;
        for (PyObject v = Iteration.next(it); v != null; v = Iteration.next(it), i++) {
            if (v == b || Ops.eqBool(v, b)) {
                return i;
            }
        }
        throw PyExceptions.valueError("sequence.index(x): x not in sequence");
    }

    @Exposed(value = "countOf($module, a, b, /)",
            doc = "Return the number of items in a which are, or which equal, b.")
    public static long countOf(PyObject a, PyObject b) {
        PyObject it = searchIterator(a);
        long n = 0;
        for (PyObject v = Iteration.next(it); v != null; v = Iteration.next(it)) {
            if (v == b || Ops.eqBool(v, b)) {
                n++;
            }
        }
        return n;
    }

    @Exposed(value = "getitem($module, a, b, /)", doc = "Same as a[b].")
    public static PyObject getitem(PyObject a, PyObject b) {
        return Containers.getItem(a, b);
    }

    @Exposed(value = "setitem($module, a, b, c, /)", doc = "Same as a[b] = c.")
    public static void setitem(PyObject a, PyObject b, PyObject c) {
        Containers.setItem(a, b, c);
    }

    @Exposed(value = "delitem($module, a, b, /)", doc = "Same as del a[b].")
    public static void delitem(PyObject a, PyObject b) {
        Containers.delItem(a, b);
    }

    // CPython: Objects/abstract.c PyObject_LengthHint
    @Exposed(value = "length_hint($module, obj, default=0, /)",
            doc = "Return an estimate of the number of items in obj.\n\nThis is useful for "
                    + "presizing containers when building from an iterable.\n\nIf the object "
                    + "supports len(), the result will be exact.\nOtherwise, it may over- or "
                    + "under-estimate by an arbitrary amount.\nThe result will be an integer "
                    + ">= 0.")
    public static long length_hint(PyObject obj, PyObject dflt) {
        long defaultValue = dflt == null ? 0 : CArgs.asSsizeT(dflt);
        return Iteration.lengthHint(obj, defaultValue);
    }

    // CPython: Modules/_operator.c _operator__compare_digest_impl
    @Exposed(value = "_compare_digest($module, a, b, /)",
            doc = "Return 'a == b'.\n\nThis function uses an approach designed to prevent\n"
                    + "timing analysis, making it appropriate for cryptography.\n\na and b "
                    + "must both be of the same type: either str (ASCII only),\nor any "
                    + "bytes-like object.\n\nNote: If a and b are of different lengths, or if "
                    + "an error occurs,\na timing attack could theoretically reveal information "
                    + "about the\ntypes and lengths of a and b--but not their values.")
    public static boolean _compare_digest(PyObject a, PyObject b) {
        byte[] x;
        byte[] y;
        if (a instanceof PyStr sa && b instanceof PyStr sb) {
            if (!isAscii(sa.value()) || !isAscii(sb.value())) {
                throw PyExceptions.typeError("comparing strings with non-ASCII characters is "
                        + "not supported");
            }
            x = sa.value().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            y = sb.value().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        } else if (!isBytesLike(a) && !isBytesLike(b)) {
            throw PyExceptions.typeError("unsupported operand types(s) or combination of types: "
                    + "'" + a.type().getName() + "' and '" + b.type().getName() + "'");
        } else {
            // one side has a buffer: the other's missing buffer is the error, as CPython's
            // PyObject_GetBuffer on each in turn reports it
            x = PyBytes.requireBytesLike(a);
            y = PyBytes.requireBytesLike(b);
        }
        // constant time in the length of b, as CPython's tscmp
        int result = x.length == y.length ? 0 : 1;
        byte[] left = x.length == y.length ? x : y;
        for (int i = 0; i < y.length; i++) {
            result |= left[i] ^ y[i];
        }
        return result == 0;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBytesLike(PyObject o) {
        return o instanceof PyBytes || o instanceof PyByteArray;
    }
}
