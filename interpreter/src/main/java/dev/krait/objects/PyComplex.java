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

    static PyObject pow(PyComplex a, PyComplex b) {
        if (b.real == 0 && b.imag == 0) {
            return new PyComplex(1, 0);
        }
        if (a.real == 0 && a.imag == 0) {
            if (b.imag != 0 || b.real < 0) {
                throw PyExceptions.zeroDivisionError("0.0 to a negative or complex power");
            }
            return new PyComplex(0, 0);
        }
        double vabs = Math.hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
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
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : pow(this, b);
    }

    @Exposed("__neg__($self, /)")
    public PyObject __neg__() {
        return new PyComplex(-real, -imag);
    }

    @Exposed("__abs__($self, /)")
    public double __abs__() {
        return Math.hypot(real, imag);
    }

    @Exposed("__bool__($self, /)")
    public boolean __bool__() {
        return real != 0 || imag != 0;
    }

    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject o) {
        PyComplex b = asComplex(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED
                : PyBool.of(real == b.real && imag == b.imag);
    }

    /** CPython: Objects/complexobject.c complex_hash (a NaN part hashes by identity). */
    @Exposed("__hash__($self, /)")
    public long __hash__() {
        return dev.krait.hashing.PyHashes.hashComplex(real, imag, Ops.id(this));
    }

    @Exposed.Getter("real")
    public double getReal() {
        return real;
    }

    @Exposed.Getter("imag")
    public double getImag() {
        return imag;
    }

    @Exposed("conjugate($self, /)")
    public PyObject conjugate() {
        return new PyComplex(real, -imag);
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        if (real == 0 && 1 / real > 0) {
            return Repr.imaginaryRepr(imag);
        }
        String re = shortRepr(real);
        String im = shortRepr(imag);
        String sign = imag < 0 || (imag == 0 && 1 / imag < 0) || Double.isNaN(imag)
                && im.startsWith("-") ? "" : "+";
        return "(" + re + sign + im + "j)";
    }

    private static String shortRepr(double d) {
        String r = Repr.floatRepr(d);
        return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
    }
}
