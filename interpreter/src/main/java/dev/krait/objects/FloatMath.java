package dev.krait.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The float algorithms behind {@link PyFloat}: Python's floor division and modulo signs, power's
 * special cases, exact comparison with ints, CPython's float hash, and conversions.
 *
 * <p>CPython counterpart: Objects/floatobject.c and Python/pyhash.c {@code _Py_HashDouble}.
 */
public final class FloatMath {
    private FloatMath() {}

    /**
     * {@code float(x)}: the exact types directly; then {@code __float__} (which subclasses of
     * int, float and str may define), {@code __index__}, and text.
     */
    // CPython: Objects/abstract.c PyNumber_Float, Objects/floatobject.c PyFloat_FromString
    static double toDouble(PyObject x) {
        PyType t = x.type();
        if (t == PyFloat.TYPE) {
            return ((PyFloat) x).value;
        }
        if (t == PyInt.TYPE) {
            return ((PyInt) x).doubleValue();
        }
        if (t == PyStr.TYPE) {
            return NumberFormatting.parseFloat(x.toString());
        }
        PyObject m = t.lookup("__float__");
        if (m != null) {
            return floatResult(x, Ops.callDescriptor(m, x));
        }
        if (t.lookup("__index__") != null) {
            return Numbers.index(x).doubleValue();
        }
        if (x instanceof PyStr s) {
            return NumberFormatting.parseFloat(s.toString());
        }
        byte[] bytes = PyBytes.bytesLikeOrNull(x);
        if (bytes != null) {
            return parseBytes(x, bytes);
        }
        throw PyExceptions.typeError("float() argument must be a string or a real number, not '"
                + x.type().getName() + "'");
    }

    /**
     * {@code float(b"1.5")}: the bytes as ASCII text; the error names the original object.
     */
    // CPython: Objects/floatobject.c PyFloat_FromString (bytes, bytearray, buffers)
    private static double parseBytes(PyObject x, byte[] bytes) {
        boolean ascii = true;
        for (byte b : bytes) {
            ascii &= b >= 0;
        }
        if (ascii) {
            try {
                return dev.krait.text.FloatText.parse(new String(bytes,
                        java.nio.charset.StandardCharsets.US_ASCII));
            } catch (dev.krait.text.TextFormatError e) {
                // reported below with the original object's repr
            }
        }
        throw PyExceptions.valueError("could not convert string to float: "
                + Ops.repr(x).value());
    }

    /**
     * The double of a real number: a float, an object with {@code __float__}, or one with
     * {@code __index__}; TypeError "must be real number, not T" for anything else.
     */
    // CPython: Objects/floatobject.c PyFloat_AsDouble
    public static double asDouble(PyObject x) {
        if (x instanceof PyFloat f) {
            return f.value;
        }
        if (x.type() == PyInt.TYPE) {
            return ((PyInt) x).doubleValue();
        }
        PyObject m = x.type().lookup("__float__");
        if (m != null) {
            return floatResult(x, Ops.callDescriptor(m, x));
        }
        if (x.type().lookup("__index__") != null) {
            return Numbers.index(x).doubleValue();
        }
        throw PyExceptions.typeError("must be real number, not " + x.type().getName());
    }

    /**
     * The value of what {@code x.__float__()} returned: a float; a strict subclass of float is
     * still accepted, with a DeprecationWarning.
     */
    private static double floatResult(PyObject x, PyObject r) {
        if (r.type() != PyFloat.TYPE) {
            if (!(r instanceof PyFloat)) {
                throw PyExceptions.typeError(x.type().getName() + ".__float__ returned non-float "
                        + "(type " + r.type().getName() + ")");
            }
            dev.krait.runtime.WarningsMachinery.warn(PyStr.of(x.type().getName()
                    + ".__float__ returned non-float (type " + r.type().getName() + ").  The "
                    + "ability to return an instance of a strict subclass of float is deprecated, "
                    + "and may be removed in a future version of Python."),
                    PyExceptions.DeprecationWarning, 1, null);
        }
        return ((PyFloat) r).value;
    }

    static PyObject div(double a, double b) {
        if (b == 0.0) {
            throw PyExceptions.zeroDivisionError("float division by zero");
        }
        return new PyFloat(a / b);
    }

    static double modValue(double a, double b) {
        double mod = a % b;
        if (mod != 0.0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }

    static PyObject mod(double a, double b) {
        if (b == 0.0) {
            throw PyExceptions.zeroDivisionError("float modulo");
        }
        return new PyFloat(modValue(a, b));
    }

    /** CPython: Objects/floatobject.c _float_div_mod. */
    static double[] divmodValues(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    static PyObject floorDiv(double a, double b) {
        if (b == 0.0) {
            throw PyExceptions.zeroDivisionError("float floor division by zero");
        }
        return new PyFloat(divmodValues(a, b)[0]);
    }

    static PyObject divmod(double a, double b) {
        if (b == 0.0) {
            throw PyExceptions.zeroDivisionError("float divmod()");
        }
        double[] r = divmodValues(a, b);
        return PyTuple.of(new PyFloat(r[0]), new PyFloat(r[1]));
    }

    static PyObject pow(double iv, double iw) {
        if (iw == 0) {
            return new PyFloat(1.0);
        }
        if (Double.isNaN(iv)) {
            return new PyFloat(iv);
        }
        if (Double.isNaN(iw)) {
            return new PyFloat(iv == 1.0 ? 1.0 : iw);
        }
        if (iv == 0.0 && !Double.isInfinite(iw)) {
            // 0 ** -inf is inf, left to pow (CPython: float_pow handles infinities first).
            if (iw < 0.0) {
                throw PyExceptions.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
        }
        if (iv < 0.0 && iw != Math.floor(iw) && !Double.isInfinite(iw)
                && !Double.isInfinite(iv)) {
            return PyComplex.pow(new PyComplex(iv, 0), new PyComplex(iw, 0));
        }
        double r = Libm.pow(iv, iw);
        if (Double.isInfinite(r) && !Double.isInfinite(iv) && !Double.isInfinite(iw)) {
            throw rangeError();
        }
        return new PyFloat(r);
    }

    static int compareWithInt(double d, PyInt i) {
        if (Double.isInfinite(d)) {
            return d > 0 ? 1 : -1;
        }
        if (i.isSmall() && Math.abs(i.longValue()) < (1L << 53)) {
            return Double.compare(d == 0.0 ? 0.0 : d, (double) i.longValue());
        }
        return new BigDecimal(d).compareTo(new BigDecimal(i.bigValue()));
    }

    /** CPython: Python/pyhash.c _Py_HashDouble (NaN hashes by identity since 3.10). */
    static long hash(double v, PyObject identity) {
        return dev.krait.hashing.PyHashes.hashDouble(v, Ops.identityNumber(identity));
    }

    public static PyObject toInt(double v) {
        if (Double.isNaN(v)) {
            throw PyExceptions.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(v)) {
            throw PyExceptions.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(v) < 9.2e18) {
            return PyInt.of((long) v);
        }
        return PyInt.of(new BigDecimal(v).toBigInteger());
    }

    static PyObject round(double v, PyObject ndigits) {
        if (ndigits == null || ndigits == PyNone.NONE) {
            double r = Math.rint(v);
            return toInt(r);
        }
        // CPython: PyNumber_AsSsize_t(ndigits, NULL) clamps rather than failing
        PyInt digits = Numbers.index(ndigits);
        long n = digits.isSmall() ? digits.longValue()
                : digits.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0.0) {
            return new PyFloat(v);
        }
        if (n > 323) {
            return new PyFloat(v);
        }
        if (n < -308) {
            return new PyFloat(Math.copySign(0.0, v));
        }
        if (n >= 0 && n < POW10.length) {
            double r = roundSmall(v, POW10[(int) n]);
            if (!Double.isNaN(r)) {
                return new PyFloat(r == 0.0 ? Math.copySign(0.0, v) : r);
            }
        }
        BigDecimal d = new BigDecimal(v).setScale((int) n, RoundingMode.HALF_EVEN);
        double r = d.doubleValue();
        if (Double.isInfinite(r)) {
            throw PyExceptions.overflowError("rounded value too large to represent");
        }
        return new PyFloat(r == 0.0 ? Math.copySign(0.0, v) : r);
    }

    /** The powers of ten a double holds exactly: 1e0 to 1e22. */
    private static final double[] POW10 = new double[23];

    static {
        double p = 1.0;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10.0;
        }
    }

    /**
     * {@code v} rounded half-even to a multiple of 1 / {@code scale} (an exact power of ten),
     * without the exact decimal expansion, or NaN when the product {@code v * scale} is too
     * large for this path. The product's rounding error, found exactly with a fused
     * multiply-add, decides the ties the rounded product hides; the integer reached, divided by
     * {@code scale}, is then correctly rounded, as CPython's double_round gets by dtoa's
     * correctly rounded digits read back with strtod.
     */
    private static double roundSmall(double v, double scale) {
        double p = v * scale;
        if (!(Math.abs(p) < 0x1p52)) {
            return Double.NaN;
        }
        double err = Math.fma(v, scale, -p);
        double r = Math.rint(p);
        double off = p - r; // exact: both are multiples of p's ulp
        if (off == 0.5 && err > 0) {
            r += 1.0;
        } else if (off == -0.5 && err < 0) {
            r -= 1.0;
        }
        return r / scale;
    }

    static PyObject asIntegerRatio(double v) {
        if (Double.isInfinite(v)) {
            throw PyExceptions.overflowError("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(v)) {
            throw PyExceptions.valueError("cannot convert NaN to integer ratio");
        }
        BigDecimal d = new BigDecimal(v);
        BigInteger num = d.unscaledValue();
        BigInteger den = BigInteger.ONE;
        if (d.scale() > 0) {
            den = BigInteger.TEN.pow(d.scale());
        } else {
            num = num.multiply(BigInteger.TEN.pow(-d.scale()));
        }
        BigInteger g = num.gcd(den);
        return PyTuple.of(PyInt.of(num.divide(g)), PyInt.of(den.divide(g)));
    }

    static String hex(double v) {
        return dev.krait.text.FloatHex.hex(v);
    }

    /** {@code float.fromhex(text)}. */
    static double fromhex(String text) {
        try {
            return dev.krait.text.FloatHex.fromhex(text);
        } catch (dev.krait.text.TextFormatError e) {
            throw NumberFormatting.raise(e);
        }
    }

    /**
     * The OverflowError of a libm result out of range: CPython raises it from errno, so its
     * args are (34, 'Numerical result out of range').
     */
    static PyException rangeError() {
        return new PyBaseException(PyExceptions.OverflowError, PyTuple.of(PyInt.of(34),
                PyStr.of("Numerical result out of range"))).raise();
    }
}
