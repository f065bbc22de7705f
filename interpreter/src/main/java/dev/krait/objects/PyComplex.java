package dev.krait.objects;

import dev.krait.text.Repr;

/**
 * Python's {@code complex}: a pair of doubles.
 *
 * <p>CPython counterpart: Objects/complexobject.c.
 */
public class PyComplex extends PyObject {
    public static final PyType TYPE = PyType.builtin("complex", PyComplex.class, null);

    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        super(TYPE);
        this.real = real;
        this.imag = imag;
    }

    static PyComplex asComplex(PyObject o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o instanceof PyFloat f) {
            return new PyComplex(f.value, 0.0);
        }
        if (o instanceof PyInt i) {
            return new PyComplex(i.doubleValue(), 0.0);
        }
        return null;
    }

    PyComplex(PyType type, double real, double imag) {
        super(type);
        this.real = real;
        this.imag = imag;
    }

    // CPython: Objects/complexobject.c complex_new_impl
    @Exposed(value = "__new__($type, /, real=0, imag=0)", kind = Exposed.Kind.STATIC,
            signature = Exposed.Signature.CLASS)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > 2) {
            throw PyExceptions.typeError("complex() takes at most 2 arguments (" + npos
                    + " given)");
        }
        PyObject r = npos > 0 ? args[0] : null;
        PyObject i = npos > 1 ? args[1] : null;
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            int position = name.equals("real") ? 0 : name.equals("imag") ? 1 : -1;
            if (position < 0) {
                throw PyExceptions.typeError("'" + name
                        + "' is an invalid keyword argument for complex()");
            }
            if (position < npos) {
                throw PyExceptions.typeError("argument for complex() given by name ('" + name
                        + "') and position (" + (position + 1) + ")");
            }
            if (position == 0) {
                r = args[npos + k];
            } else {
                i = args[npos + k];
            }
        }
        double[] v = construct(cls, r == null ? PyInt.of(0) : r, i);
        return cls == TYPE ? new PyComplex(v[0], v[1]) : new PyComplex(cls, v[0], v[1]);
    }

    private static double[] construct(PyType cls, PyObject r, PyObject i) {
        if (r.type() == TYPE && i == null) {
            PyComplex c = (PyComplex) r;
            return new double[] {c.real, c.imag};
        }
        if (r instanceof PyStr s) {
            if (i != null) {
                throw PyExceptions.typeError("complex() can't take second arg if first is a "
                        + "string");
            }
            return NumberFormatting.parseComplex(s.value());
        }
        if (i instanceof PyStr) {
            throw PyExceptions.typeError("complex() second arg can't be a string");
        }
        PyObject special = r.type().lookup("__complex__");
        if (special != null) {
            r = Ops.callDescriptor(special, r);
            if (!(r instanceof PyComplex)) {
                throw PyExceptions.typeError("__complex__ returned non-complex (type "
                        + r.type().getName() + ")");
            }
        } else if (!isNumber(r)) {
            throw PyExceptions.typeError("complex() first argument must be a string or a number, "
                    + "not '" + r.type().getName() + "'");
        }
        if (i != null && !isNumber(i)) {
            throw PyExceptions.typeError("complex() second argument must be a number, not '"
                    + i.type().getName() + "'");
        }
        double crReal;
        double crImag = 0.0;
        boolean crIsComplex = r instanceof PyComplex;
        if (r instanceof PyComplex c) {
            crReal = c.real;
            crImag = c.imag;
        } else {
            crReal = FloatMath.toDouble(r);
        }
        double ciReal;
        double ciImag = 0.0;
        boolean ciIsComplex = false;
        if (i == null) {
            ciReal = crImag;
        } else if (i instanceof PyComplex c) {
            ciReal = c.real;
            ciImag = c.imag;
            ciIsComplex = true;
        } else {
            ciReal = FloatMath.toDouble(i);
        }
        if (ciIsComplex) {
            crReal -= ciImag;
        }
        if (crIsComplex && i != null) {
            ciReal += crImag;
        }
        return new double[] {crReal, ciReal};
    }

    /** Whether complex() takes o as a number: it has __float__ or __index__, or is complex. */
    private static boolean isNumber(PyObject o) {
        return o instanceof PyComplex || o instanceof PyInt || o instanceof PyFloat
                || o.type().lookup("__float__") != null || o.type().lookup("__index__") != null;
    }

    /** Smith's algorithm, dividing through by the larger part of b; null when b is zero. */
    // CPython: Objects/complexobject.c _Py_c_quot
    static double[] quotient(double ar, double ai, double br, double bi) {
        double absBr = Math.abs(br);
        double absBi = Math.abs(bi);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                return null;
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new double[] {(ar + ai * ratio) / denom, (ai - ar * ratio) / denom};
        }
        if (absBi >= absBr) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new double[] {(ar * ratio + ai) / denom, (ai * ratio - ar) / denom};
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    private static PyObject divide(PyComplex a, PyComplex b) {
        double[] q = quotient(a.real, a.imag, b.real, b.imag);
        if (q == null) {
            throw PyExceptions.zeroDivisionError("complex division by zero");
        }
        return new PyComplex(q[0], q[1]);
    }

    // CPython: Objects/complexobject.c complex_pow, c_powi, _Py_c_pow
    static PyObject pow(PyComplex a, PyComplex b) {
        double[] p;
        if (b.imag == 0.0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100.0) {
            long n = (long) b.real;
            if (n > 0) {
                p = powu(a.real, a.imag, n);
            } else {
                double[] d = powu(a.real, a.imag, -n);
                p = quotient(1.0, 0.0, d[0], d[1]);
            }
        } else {
            p = cpow(a, b);
        }
        if (p == null) {
            throw PyExceptions.zeroDivisionError("0.0 to a negative or complex power");
        }
        if (Double.isInfinite(p[0]) || Double.isInfinite(p[1])) {
            throw PyExceptions.overflowError("complex exponentiation");
        }
        return new PyComplex(p[0], p[1]);
    }

    private static double[] powu(double xr, double xi, long n) {
        double rr = 1.0;
        double ri = 0.0;
        double pr = xr;
        double pi = xi;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                double t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            mask <<= 1;
            double t = pr * pr - pi * pi;
            pi = pr * pi + pi * pr;
            pr = t;
        }
        return new double[] {rr, ri};
    }

    private static double[] cpow(PyComplex a, PyComplex b) {
        if (b.real == 0.0 && b.imag == 0.0) {
            return new double[] {1.0, 0.0};
        }
        if (a.real == 0.0 && a.imag == 0.0) {
            if (b.imag != 0.0 || b.real < 0.0) {
                return null;
            }
            return new double[] {0.0, 0.0};
        }
        double vabs = Libm.hypot(a.real, a.imag);
        double len = Libm.pow(vabs, b.real);
        double at = Libm.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= Libm.exp(at * b.imag);
            phase += b.imag * Libm.log(vabs);
        }
        return new double[] {len * Libm.cos(phase), len * Libm.sin(phase)};
    }

    @Exposed("__truediv__($self, value, /)")
    public PyObject __truediv__(PyObject o) {
        PyComplex b = asComplex(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : divide(this, b);
    }

    @Exposed("__rtruediv__($self, value, /)")
    public PyObject __rtruediv__(PyObject o) {
        PyComplex b = asComplex(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : divide(b, this);
    }

    @Exposed("__rpow__($self, value, mod=None, /)")
    public PyObject __rpow__(PyObject o, PyObject mod) {
        PyComplex b = asComplex(o);
        if (b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (mod != null && mod != PyNone.NONE) {
            throw PyExceptions.valueError("complex modulo");
        }
        return pow(b, this);
    }

    @Exposed("__pos__($self, /)")
    public PyObject __pos__() {
        return type == TYPE ? this : new PyComplex(real, imag);
    }

    @Exposed("__complex__($self, /)")
    public PyObject __complex__() {
        return __pos__();
    }

    @Exposed("__ne__($self, value, /)")
    public PyObject __ne__(PyObject o) {
        PyObject eq = __eq__(o);
        return eq == PyNotImplemented.NOT_IMPLEMENTED ? eq : PyBool.of(eq != PyBool.TRUE);
    }

    @Exposed("__format__($self, format_spec, /)")
    public PyObject __format__(PyObject spec) {
        String s = NumberFormatting.spec(spec);
        if (s.isEmpty()) {
            return Ops.str(this);
        }
        return PyStr.of(NumberFormatting.formatComplex(this, s));
    }

    @Exposed("__getnewargs__($self, /)")
    public PyObject __getnewargs__() {
        return PyTuple.of(new PyFloat(real), new PyFloat(imag));
    }

    @Exposed("__add__($self, value, /)")
    public PyObject __add__(PyObject o) {
        PyComplex b = asComplex(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED
                : new PyComplex(real + b.real, imag + b.imag);
    }

    @Exposed("__radd__($self, value, /)")
    public PyObject __radd__(PyObject o) {
        return __add__(o);
    }

    @Exposed("__sub__($self, value, /)")
    public PyObject __sub__(PyObject o) {
        PyComplex b = asComplex(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED
                : new PyComplex(real - b.real, imag - b.imag);
    }

    @Exposed("__rsub__($self, value, /)")
    public PyObject __rsub__(PyObject o) {
        PyComplex b = asComplex(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED
                : new PyComplex(b.real - real, b.imag - imag);
    }

    @Exposed("__mul__($self, value, /)")
    public PyObject __mul__(PyObject o) {
        PyComplex b = asComplex(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED
                : new PyComplex(real * b.real - imag * b.imag, real * b.imag + imag * b.real);
    }

    @Exposed("__rmul__($self, value, /)")
    public PyObject __rmul__(PyObject o) {
        return __mul__(o);
    }

    @Exposed("__pow__($self, value, mod=None, /)")
    public PyObject __pow__(PyObject o, PyObject mod) {
        PyComplex b = asComplex(o);
        if (b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (mod != null && mod != PyNone.NONE) {
            throw PyExceptions.valueError("complex modulo");
        }
        return pow(this, b);
    }

    @Exposed("__neg__($self, /)")
    public PyObject __neg__() {
        return new PyComplex(-real, -imag);
    }

    @Exposed("__abs__($self, /)")
    public double __abs__() {
        double r = Libm.hypot(real, imag);
        if (Double.isInfinite(r) && !Double.isInfinite(real) && !Double.isInfinite(imag)) {
            throw PyExceptions.overflowError("absolute value too large");
        }
        return r;
    }

    @Exposed("__bool__($self, /)")
    public boolean __bool__() {
        return real != 0 || imag != 0;
    }

    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject o) {
        if (o instanceof PyInt i) {
            // exact, as float == int is: a huge int never overflows here
            return PyBool.of(imag == 0.0 && !Double.isNaN(real)
                    && FloatMath.compareWithInt(real, i) == 0);
        }
        PyComplex b = asComplex(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED
                : PyBool.of(real == b.real && imag == b.imag);
    }

    /** CPython: Objects/complexobject.c complex_hash (a NaN part hashes by identity). */
    @Exposed("__hash__($self, /)")
    public long __hash__() {
        return dev.krait.hashing.PyHashes.hashComplex(real, imag, Ops.identityNumber(this));
    }

    @Exposed.Getter(value = "real", doc = "the real part of a complex number", member = true)
    public double getReal() {
        return real;
    }

    @Exposed.Getter(value = "imag", doc = "the imaginary part of a complex number",
            member = true)
    public double getImag() {
        return imag;
    }

    @Exposed("conjugate($self, /)")
    public PyObject conjugate() {
        return new PyComplex(real, -imag);
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return Repr.complexRepr(real, imag);
    }

    @Override
    public String toString() {
        return Repr.complexRepr(real, imag);
    }
}
