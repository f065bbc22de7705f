package dev.krait.modules.math;

import dev.krait.objects.ArgParser;
import dev.krait.objects.BinaryOp;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Numbers;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import java.math.BigInteger;

/**
 * The integer functions of {@code math}: {@code gcd}/{@code lcm} of any number of ints,
 * {@code isqrt}, {@code factorial}, {@code comb}, {@code perm}, and {@code prod}. The results
 * are exact ints, so any correct algorithm gives CPython's answers; these use
 * {@link BigInteger} with long fast paths.
 *
 * <p>CPython counterpart: Modules/mathmodule.c {@code math_gcd}, {@code math_lcm},
 * {@code math_isqrt}, {@code math_factorial}, {@code math_comb_impl}, {@code math_perm_impl},
 * {@code math_prod_impl}.
 */
public final class MathIntegers {
    private MathIntegers() {}

    private static BigInteger big(PyObject o) {
        return Numbers.index(o).bigValue();
    }

    @Exposed(value = "gcd($module, *integers)", doc = "Greatest Common Divisor.")
    public static PyObject gcd(PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("gcd", kwnames);
        if (args.length == 0) {
            return PyInt.of(0);
        }
        PyInt first = Numbers.index(args[0]);
        if (args.length == 1) {
            return PyInt.of(first.bigValue().abs());
        }
        BigInteger g = first.bigValue();
        for (int i = 1; i < args.length; i++) {
            BigInteger x = big(args[i]);
            if (!g.equals(BigInteger.ONE)) {
                g = g.gcd(x);
            }
        }
        return PyInt.of(g.abs());
    }

    @Exposed(value = "lcm($module, *integers)", doc = "Least Common Multiple.")
    public static PyObject lcm(PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("lcm", kwnames);
        if (args.length == 0) {
            return PyInt.of(1);
        }
        BigInteger l = big(args[0]);
        if (args.length == 1) {
            return PyInt.of(l.abs());
        }
        for (int i = 1; i < args.length; i++) {
            BigInteger x = big(args[i]);
            if (l.signum() != 0) {
                l = x.signum() == 0 ? BigInteger.ZERO : l.divide(l.gcd(x)).multiply(x).abs();
            }
        }
        return PyInt.of(l.abs());
    }

    @Exposed(value = "isqrt($module, n, /)",
            doc = "Return the integer part of the square root of the input.")
    public static PyObject isqrt(PyObject n) {
        BigInteger v = big(n);
        if (v.signum() < 0) {
            throw PyExceptions.valueError("isqrt() argument must be nonnegative");
        }
        return PyInt.of(v.sqrt());
    }

    /** The product lo * (lo+1) * ... * hi by binary splitting (fast for big ranges). */
    private static BigInteger rangeProduct(long lo, long hi) {
        if (lo > hi) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return rangeProduct(lo, mid).multiply(rangeProduct(mid + 1, hi));
    }

    // CPython: Modules/mathmodule.c math_factorial
    @Exposed(value = "factorial($module, n, /)", doc = "Find n!.\n\nRaise a ValueError if x is "
            + "negative or non-integral.")
    public static PyObject factorial(PyObject n) {
        PyInt i = Numbers.index(n);
        if (!i.isSmall()) {
            if (i.signum() < 0) {
                throw PyExceptions.valueError("factorial() not defined for negative values");
            }
            throw PyExceptions.overflowError("factorial() argument should not exceed "
                    + Long.MAX_VALUE);
        }
        long x = i.longValue();
        if (x < 0) {
            throw PyExceptions.valueError("factorial() not defined for negative values");
        }
        return PyInt.of(rangeProduct(2, x));
    }

    /** A non-negative int argument of comb/perm. */
    private static BigInteger nonNegative(PyObject o, String name) {
        BigInteger v = big(o);
        if (v.signum() < 0) {
            throw PyExceptions.valueError(name + " must be a non-negative integer");
        }
        return v;
    }

    // CPython: Modules/mathmodule.c math_perm_impl
    @Exposed(value = "perm($module, n, k=None, /)", doc = "Number of ways to choose k items from "
            + "n items without repetition and with order.")
    public static PyObject perm(PyObject nObj, PyObject kObj) {
        if (kObj == null || kObj == PyNone.NONE) {
            return factorial(nObj);
        }
        BigInteger n = nonNegative(nObj, "n");
        BigInteger k = nonNegative(kObj, "k");
        if (n.compareTo(k) < 0) {
            return PyInt.of(0);
        }
        if (k.bitLength() > 63) {
            throw PyExceptions.overflowError("k must not exceed " + Long.MAX_VALUE);
        }
        long kk = k.longValue();
        BigInteger r = BigInteger.ONE;
        BigInteger f = n;
        for (long i = 0; i < kk; i++) {
            r = r.multiply(f);
            f = f.subtract(BigInteger.ONE);
        }
        return PyInt.of(r);
    }

    // CPython: Modules/mathmodule.c math_comb_impl
    @Exposed(value = "comb($module, n, k, /)", doc = "Number of ways to choose k items from n "
            + "items without repetition and without order.")
    public static PyObject comb(PyObject nObj, PyObject kObj) {
        BigInteger n = nonNegative(nObj, "n");
        BigInteger k = nonNegative(kObj, "k");
        BigInteger nk = n.subtract(k);
        if (nk.signum() < 0) {
            return PyInt.of(0);
        }
        if (nk.compareTo(k) < 0) {
            k = nk;
        }
        if (k.bitLength() > 63) {
            throw PyExceptions.overflowError("min(n - k, k) must not exceed " + Long.MAX_VALUE);
        }
        long kk = k.longValue();
        BigInteger r = BigInteger.ONE;
        for (long i = 0; i < kk; i++) {
            r = r.multiply(n.subtract(BigInteger.valueOf(i)))
                    .divide(BigInteger.valueOf(i + 1));
        }
        return PyInt.of(r);
    }

    // CPython: Modules/mathmodule.c math_prod_impl
    @Exposed(value = "prod($module, iterable, /, *, start=1)", doc = "Calculate the product of "
            + "all the elements in the input iterable.\n\nThe default start value for the "
            + "product is 1.\n\nWhen the iterable is empty, return the start value.  This "
            + "function is\nintended specifically for use with numeric values and may reject\n"
            + "non-numeric types.")
    public static PyObject prod(PyObject iterable, PyObject start) {
        PyObject result = start == null ? PyInt.of(1) : start;
        PyObject it = Iteration.iter(iterable);
        for (PyObject v = Iteration.next(it); v != null; v = Iteration.next(it)) {
            result = Numbers.binary(result, v, BinaryOp.MUL);
        }
        return result;
    }
}
