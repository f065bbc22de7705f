package dev.krait.modules.decimal;

import java.math.BigInteger;

/**
 * Integer kernels for the transcendental functions: fixed-point approximations of
 * {@code M * log(x/M)} and {@code M * exp(x/M)}, and from them p-digit approximations of
 * {@code exp}, {@code ln} and {@code log10} of {@code c * 10**e} with an error below one unit
 * in the last place. The callers ({@link Transcendental}) add digits until the approximation
 * rounds unambiguously, which makes their results correctly rounded. Every division rounds
 * to nearest (ties to even) on floor division, as the algorithms require.
 *
 * <p>CPython counterpart: Lib/_pydecimal.py {@code _ilog}, {@code _iexp}, {@code _dlog},
 * {@code _dlog10}, {@code _dexp}, {@code _dpower}, {@code _Log10Memoize} (the same results
 * as libmpdec's correctly rounded {@code mpd_qexp}, {@code mpd_qln}, {@code mpd_qlog10}).
 */
final class LogExpKernels {
    private LogExpKernels() {}

    /** Known digits of log(10) = 2.302585...; extended (and shared) when more are needed. */
    private static volatile String log10Digits =
            "23025850929940456840179914546843642076011014886";

    /** Python's floor division and modulo (the remainder takes the divisor's sign). */
    static BigInteger[] floorDivMod(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    /** a / b rounded to nearest, ties to even (b > 0). */
    static BigInteger divNearest(BigInteger a, BigInteger b) {
        BigInteger[] qr = floorDivMod(a, b);
        BigInteger twice = qr[1].shiftLeft(1).add(qr[0].testBit(0) ? BigInteger.ONE
                : BigInteger.ZERO);
        return twice.compareTo(b) > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }

    /** x / 2**shift rounded to nearest, ties to even. */
    static BigInteger rshiftNearest(BigInteger x, int shift) {
        BigInteger b = BigInteger.ONE.shiftLeft(shift);
        BigInteger q = x.shiftRight(shift);
        BigInteger low = x.and(b.subtract(BigInteger.ONE)).shiftLeft(1)
                .add(q.testBit(0) ? BigInteger.ONE : BigInteger.ZERO);
        return low.compareTo(b) > 0 ? q.add(BigInteger.ONE) : q;
    }

    /** The integer nearest sqrt(n), by Newton's iteration from a. */
    static BigInteger sqrtNearest(BigInteger n, BigInteger a) {
        BigInteger b = BigInteger.ZERO;
        while (!a.equals(b)) {
            b = a;
            a = a.subtract(floorDivMod(n.negate(), a)[0]).shiftRight(1);
        }
        return a;
    }

    /** Decimal length of str(n), the minus sign included, as _pydecimal measures it. */
    static long strLen(BigInteger n) {
        return Digits.count(n.abs()) + (n.signum() < 0 ? 1 : 0);
    }

    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    /** ceil(10 * len(str(M)) / (3 * L)): the number of series terms. */
    private static int terms(BigInteger m, int l) {
        long n = 10 * strLen(m);
        return (int) -Math.floorDiv(-n, 3L * l);
    }

    /** An approximation of M * log(x / M). CPython: _pydecimal.py _ilog */
    static BigInteger ilog(BigInteger x, BigInteger m) {
        final int l = 8;
        BigInteger y = x.subtract(m);
        int r = 0;
        while ((r <= l && y.abs().shiftLeft(l - r).compareTo(m) >= 0)
                || (r > l && y.abs().shiftRight(r - l).compareTo(m) >= 0)) {
            BigInteger root = sqrtNearest(m.multiply(m.add(rshiftNearest(y, r))), m);
            y = divNearest(m.multiply(y).shiftLeft(1), m.add(root));
            r++;
        }
        int t = terms(m, l);
        BigInteger yshift = rshiftNearest(y, r);
        BigInteger w = divNearest(m, big(t));
        for (int k = t - 1; k > 0; k--) {
            w = divNearest(m, big(k)).subtract(divNearest(yshift.multiply(w), m));
        }
        return divNearest(w.multiply(y), m);
    }

    /** An approximation of M * exp(x / M) for 0 <= x/M <= 2.4. CPython: _pydecimal _iexp */
    static BigInteger iexp(BigInteger x, BigInteger m) {
        final int l = 8;
        int r = floorDivMod(x.shiftLeft(l), m)[0].abs().bitLength();
        int t = terms(m, l);
        BigInteger y = divNearest(x, big(t));
        BigInteger mshift = m.shiftLeft(r);
        for (int i = t - 1; i > 0; i--) {
            y = divNearest(x.multiply(mshift.add(y)), mshift.multiply(big(i)));
        }
        for (int k = r - 1; k >= 0; k--) {
            mshift = m.shiftLeft(k + 2);
            y = divNearest(y.multiply(y.add(mshift)), mshift);
        }
        return m.add(y);
    }

    /** floor(10**p * log(10)) for p >= 0. CPython: _pydecimal.py _Log10Memoize.getdigits */
    static BigInteger log10Digits(long p) {
        String digits = log10Digits;
        if (p >= digits.length()) {
            long extra = 3;
            String more;
            while (true) {
                BigInteger m = Digits.pow10(p + extra + 2);
                more = divNearest(ilog(m.multiply(BigInteger.TEN), m), big(100)).toString();
                if (!more.endsWith("0".repeat((int) extra))) {
                    break;
                }
                extra += 3;
            }
            String stripped = more.replaceAll("0+$", "");
            digits = stripped.substring(0, stripped.length() - 1);
            log10Digits = digits;
        }
        return new BigInteger(digits.substring(0, (int) p + 1));
    }

    /** 10**k * c for k >= 0, else c / 10**-k rounded to nearest. */
    private static BigInteger scale(BigInteger c, long k) {
        return k >= 0 ? c.multiply(Digits.pow10(k)) : divNearest(c, Digits.pow10(-k));
    }

    /** An approximation of 10**p * log(c * 10**e), error at most 1. CPython: _dlog */
    static BigInteger dlog(BigInteger c, long e, long p) {
        p += 2;
        long len = strLen(c);
        long f = e + len - (e + len >= 1 ? 1 : 0);
        BigInteger logD = BigInteger.ZERO;
        if (p > 0) {
            logD = ilog(scale(c, e + p - f), Digits.pow10(p));
        }
        BigInteger fLogTen = BigInteger.ZERO;
        if (f != 0) {
            long extra = strLen(big(Math.abs(f))) - 1;
            if (p + extra >= 0) {
                fLogTen = divNearest(big(f).multiply(log10Digits(p + extra)),
                        Digits.pow10(extra));
            }
        }
        return divNearest(fLogTen.add(logD), big(100));
    }

    /** An approximation of 10**p * log10(c * 10**e), error at most 1. CPython: _dlog10 */
    static BigInteger dlog10(BigInteger c, long e, long p) {
        p += 2;
        long len = strLen(c);
        long f = e + len - (e + len >= 1 ? 1 : 0);
        BigInteger logD;
        BigInteger logTenPower;
        if (p > 0) {
            BigInteger m = Digits.pow10(p);
            logD = ilog(scale(c, e + p - f), m);
            logD = divNearest(logD.multiply(m), log10Digits(p));
            logTenPower = big(f).multiply(m);
        } else {
            logD = BigInteger.ZERO;
            logTenPower = divNearest(big(f), Digits.pow10(-p));
        }
        return divNearest(logTenPower.add(logD), big(100));
    }

    /**
     * {d, f} with d * 10**f within one unit of exp(c * 10**e), d of p digits.
     * CPython: _pydecimal.py _dexp
     */
    static BigInteger[] dexp(BigInteger c, long e, long p) {
        p += 2;
        long extra = Math.max(0, e + strLen(c) - 1);
        long q = p + extra;
        long shift = e + q;
        BigInteger cshift = shift >= 0 ? c.multiply(Digits.pow10(shift))
                : floorDivMod(c, Digits.pow10(-shift))[0];
        BigInteger[] qr = floorDivMod(cshift, log10Digits(q));
        BigInteger rem = divNearest(qr[1], Digits.pow10(extra));
        BigInteger d = divNearest(iexp(rem, Digits.pow10(p)), big(1000));
        return new BigInteger[] {d, qr[0].subtract(big(p)).add(big(3))};
    }

    /**
     * {c, e} with c * 10**e within one unit of x**y (x = xc * 10**xe > 0, y = yc * 10**ye),
     * c of p digits. CPython: _pydecimal.py _dpower
     */
    static BigInteger[] dpower(BigInteger xc, long xe, BigInteger yc, long ye, long p) {
        long b = strLen(yc.abs()) + ye;
        BigInteger lxc = dlog(xc, xe, p + b + 1);
        long shift = ye - b;
        BigInteger pc = shift >= 0 ? lxc.multiply(yc).multiply(Digits.pow10(shift))
                : divNearest(lxc.multiply(yc), Digits.pow10(-shift));
        if (pc.signum() == 0) {
            boolean above = (strLen(xc) + xe >= 1) == (yc.signum() > 0);
            if (above) {
                return new BigInteger[] {Digits.pow10(p - 1).add(BigInteger.ONE), big(1 - p)};
            }
            return new BigInteger[] {Digits.pow10(p).subtract(BigInteger.ONE), big(-p)};
        }
        BigInteger[] r = dexp(pc, -(p + 1), p + 1);
        return new BigInteger[] {divNearest(r[0], BigInteger.TEN), r[1].add(BigInteger.ONE)};
    }
}
