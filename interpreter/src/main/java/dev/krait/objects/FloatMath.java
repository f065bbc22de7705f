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
final class FloatMath {
    private FloatMath() {}

    static double toDouble(PyObject x) {
        if (x instanceof PyFloat f) {
            return f.value;
        }
        if (x instanceof PyInt i) {
            return i.doubleValue();
        }
        if (x instanceof PyStr s) {
            return NumberFormatting.parseFloat(s.toString());
        }
        PyObject m = x.type().lookup("__float__");
        if (m != null) {
            PyObject r = Ops.callDescriptor(m, x);
            if (!(r instanceof PyFloat f)) {
                throw PyExceptions.typeError(x.type().getName() + ".__float__ returned non-float "
                        + "(type " + r.type().getName() + ")");
            }
            return f.value;
        }
        if (x.type().lookup("__index__") != null) {
            return Ops.index(x).doubleValue();
        }
        throw PyExceptions.typeError("float() argument must be a string or a real number, not '"
                + x.type().getName() + "'");
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
        if (iv == 0.0) {
            if (iw < 0.0) {
                throw PyExceptions.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
        }
        if (iv < 0.0 && iw != Math.floor(iw) && !Double.isInfinite(iw)) {
            return PyComplex.pow(new PyComplex(iv, 0), new PyComplex(iw, 0));
        }
        double r = Math.pow(iv, iw);
        if (Double.isInfinite(r) && !Double.isInfinite(iv) && !Double.isInfinite(iw)) {
            throw PyExceptions.overflowError("(34, 'Numerical result out of range')");
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
        return dev.krait.hashing.PyHashes.hashDouble(v, Ops.id(identity));
    }

    static PyObject toInt(double v) {
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
        long n = Ops.index(ndigits).isSmall() ? Ops.index(ndigits).longValue() : 0;
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0.0) {
            return new PyFloat(v);
        }
        if (n > 323) {
            return new PyFloat(v);
        }
        if (n < -308) {
            return new PyFloat(Math.copySign(0.0, v));
        }
        BigDecimal d = new BigDecimal(v).setScale((int) n, RoundingMode.HALF_EVEN);
        double r = d.doubleValue();
        if (Double.isInfinite(r)) {
            throw PyExceptions.overflowError("rounded value too large to represent");
        }
        return new PyFloat(r == 0.0 ? Math.copySign(0.0, v) : r);
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
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0.0) {
            return (1 / v < 0 ? "-" : "") + "0x0.0p+0";
        }
        String s = Double.toHexString(v);
        // Java: 0x1.8p1; CPython: 0x1.8000000000000p+1 (13 hex digits, signed exponent).
        boolean neg = s.startsWith("-");
        if (neg) {
            s = s.substring(1);
        }
        int p = s.indexOf('p');
        String mant = s.substring(2, p);
        String exp = s.substring(p + 1);
        int dot = mant.indexOf('.');
        String lead = mant.substring(0, dot);
        StringBuilder frac = new StringBuilder(mant.substring(dot + 1));
        while (frac.length() < 13) {
            frac.append('0');
        }
        int e = Integer.parseInt(exp);
        if (lead.equals("0")) {
            // Subnormal: CPython normalises to 0x0.xxxp-1022.
            return (neg ? "-" : "") + "0x0." + frac + "p" + (e >= 0 ? "+" : "") + e;
        }
        return (neg ? "-" : "") + "0x" + lead + "." + frac + "p" + (e >= 0 ? "+" : "") + e;
    }
}
