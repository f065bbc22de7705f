package dev.krait.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The int algorithms that are more than one line: correctly rounded true division, modular
 * powers, shifts, hashing, rounding to a number of digits, and conversion to text.
 *
 * <p>CPython counterpart: Objects/longobject.c ({@code long_true_divide}, {@code long_pow},
 * {@code long_hash}, {@code long_round}, {@code long_to_decimal_string}).
 */
final class IntMath {
    private IntMath() {}

    /** CPython's hash modulus for numbers, the Mersenne prime 2**61 - 1 (Include/pyhash.h). */
    static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    static long hash(PyInt v) {
        long h;
        if (v.big == null) {
            long x = v.value;
            if (x == Long.MIN_VALUE) {
                long a = BigInteger.valueOf(x).negate().mod(BIG_MODULUS).longValue();
                h = -a;
            } else {
                long a = Math.abs(x) % MODULUS;
                h = x < 0 ? -a : a;
            }
        } else {
            long a = v.big.abs().mod(BIG_MODULUS).longValue();
            h = v.big.signum() < 0 ? -a : a;
        }
        return h == -1 ? -2 : h;
    }

    /**
     * a / b rounded correctly to the nearest double (half to even), as long_true_divide does:
     * the quotient is taken with at least 65 significant bits and a sticky bit for a non-zero
     * remainder, so the one rounding to 53 bits is exact; subnormal results are rounded at
     * 2**-1074 by hand.
     */
    // CPython: Objects/longobject.c long_true_divide
    static double trueDivide(BigInteger a, BigInteger b) {
        // The sign of zero too: 0 / -y is -0.0. CPython: long_true_divide's negate.
        boolean negative = (a.signum() < 0) != (b.signum() < 0);
        BigInteger x = a.abs();
        BigInteger y = b.abs();
        if (x.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        // 2**(e-1) <= x/y < 2**(e+1)
        int e = x.bitLength() - y.bitLength();
        if (e > 1025) {
            throw PyExceptions.overflowError("integer division result too large for a float");
        }
        if (e < -1019) {
            // Maybe subnormal: the number of 2**-1074 units, rounded half to even, is exact
            // as a double when it is below 2**52 (and 2**52 itself is the smallest normal).
            BigInteger[] qr = x.shiftLeft(1074).divideAndRemainder(y);
            BigInteger q = qr[0];
            int cmp = qr[1].shiftLeft(1).compareTo(y);
            if (cmp > 0 || cmp == 0 && q.testBit(0)) {
                q = q.add(BigInteger.ONE);
            }
            if (q.bitLength() <= 52 || q.bitLength() == 53 && q.getLowestSetBit() == 52) {
                double r = Math.scalb((double) q.longValue(), -1074);
                return negative ? -r : r;
            }
        }
        int k = 66 - e;
        BigInteger num = k >= 0 ? x.shiftLeft(k) : x;
        BigInteger den = k >= 0 ? y : y.shiftLeft(-k);
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[1].signum() != 0 ? qr[0].setBit(0) : qr[0];
        double result = Math.scalb(q.doubleValue(), -k);
        if (Double.isInfinite(result)) {
            throw PyExceptions.overflowError("integer division result too large for a float");
        }
        return negative ? -result : result;
    }

    static PyObject modPow(PyInt base, PyInt exp, PyInt mod) {
        if (mod.signum() == 0) {
            throw PyExceptions.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger m = mod.bigValue();
        BigInteger e = exp.bigValue();
        BigInteger b = base.bigValue();
        BigInteger absM = m.abs();
        BigInteger r;
        if (e.signum() < 0) {
            try {
                b = b.modInverse(absM);
            } catch (ArithmeticException ex) {
                throw PyExceptions.valueError("base is not invertible for the given modulus");
            }
            e = e.negate();
        }
        if (absM.equals(BigInteger.ONE)) {
            return PyInt.of(0);
        }
        r = b.mod(absM).modPow(e, absM);
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.add(m);
        }
        return PyInt.of(r);
    }

    static PyObject shiftLeft(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw PyExceptions.valueError("negative shift count");
        }
        if (a.signum() == 0) {
            return PyInt.of(0);
        }
        if (b.big != null || b.value > Integer.MAX_VALUE) {
            throw PyExceptions.overflowError("too many digits in integer");
        }
        int n = (int) b.value;
        if (a.big == null && n < 63) {
            long v = a.value;
            long r = v << n;
            if ((r >> n) == v) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(a.bigValue().shiftLeft(n));
    }

    static PyObject shiftRight(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw PyExceptions.valueError("negative shift count");
        }
        if (b.big != null || b.value > Integer.MAX_VALUE) {
            return PyInt.of(a.signum() < 0 ? -1 : 0);
        }
        int n = (int) b.value;
        if (a.big == null) {
            return PyInt.of(n >= 64 ? (a.value < 0 ? -1 : 0) : a.value >> n);
        }
        return PyInt.of(a.big.shiftRight(n));
    }

    /** round(int, ndigits): for negative ndigits, round half to even at 10**-ndigits. */
    static PyObject round(PyInt v, PyInt ndigits) {
        if (ndigits.signum() >= 0) {
            return v.__pos__();
        }
        if (ndigits.big != null) {
            return PyInt.of(0);
        }
        BigInteger pow = BigInteger.TEN.pow((int) Math.min(-ndigits.value, 100000));
        BigDecimal d = new BigDecimal(v.bigValue()).divide(new BigDecimal(pow));
        BigInteger q = d.setScale(0, RoundingMode.HALF_EVEN).toBigInteger();
        return PyInt.of(q.multiply(pow));
    }

    static String toDecimalString(PyInt v) {
        return NumberFormatting.intToDecimal(v);
    }

    static PyObject format(PyInt v, PyObject spec) {
        String s = NumberFormatting.spec(spec);
        if (s.isEmpty()) {
            return Ops.str(v);
        }
        return PyStr.of(NumberFormatting.formatInt(v, s));
    }

    /** The byteorder argument of to_bytes/from_bytes: true for 'little'. */
    static boolean littleEndian(PyObject byteorder, String fn) {
        if (!(byteorder instanceof PyStr s)) {
            throw PyExceptions.typeError(fn + "() argument 'byteorder' must be str, not "
                    + byteorder.type().getName());
        }
        return switch (s.value()) {
            case "little" -> true;
            case "big" -> false;
            default -> throw PyExceptions.valueError(
                    "byteorder must be either 'little' or 'big'");
        };
    }

    /** The two's complement (or unsigned) bytes of v in n bytes. */
    // CPython: Objects/longobject.c _PyLong_AsByteArray
    static byte[] toBytes(BigInteger v, long n, boolean little, boolean signed) {
        if (!signed && v.signum() < 0) {
            throw PyExceptions.overflowError("can't convert negative int to unsigned");
        }
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (bits > n * 8 && !(v.signum() == 0)) {
            throw PyExceptions.overflowError("int too big to convert");
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw PyExceptions.of(PyExceptions.MemoryError, "");
        }
        byte[] out = new byte[(int) n];
        byte[] two = v.toByteArray(); // big-endian two's complement, minimal
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < n; i++) {
            int from = two.length - 1 - i;
            byte b = from >= 0 ? two[from] : fill;
            out[little ? i : (int) n - 1 - i] = b;
        }
        return out;
    }

    /** The int of bytes in the given order. */
    static BigInteger fromBytes(byte[] b, boolean little, boolean signed) {
        byte[] big = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            big[i] = little ? b[b.length - 1 - i] : b[i];
        }
        if (big.length == 0) {
            return BigInteger.ZERO;
        }
        return signed ? new BigInteger(big) : new BigInteger(1, big);
    }

    /** {@code bytes(o)} as from_bytes takes it (CPython: Objects/abstract.c PyObject_Bytes). */
    static byte[] bytesOf(PyObject o) {
        if (o instanceof PyInt || o instanceof PyStr) {
            throw PyExceptions.typeError("cannot convert '" + o.type().getName()
                    + "' object to bytes");
        }
        return PyBytes.construct("bytes", o, null, null);
    }
}
