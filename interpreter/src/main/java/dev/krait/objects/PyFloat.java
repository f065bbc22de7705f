package dev.krait.objects;

import dev.krait.text.Repr;

/**
 * Python's {@code float}: an IEEE 754 double. Mixed arithmetic with ints converts the int
 * (raising OverflowError when it is too large), as CPython's float_* functions do.
 *
 * <p>CPython counterpart: Objects/floatobject.c.
 */
public class PyFloat extends PyObject {
    public static final PyType TYPE = PyType.builtin("float", PyFloat.class, null);

    public final double value;

    public PyFloat(double value) {
        super(TYPE);
        this.value = value;
    }

    PyFloat(PyType type, double value) {
        super(type);
        this.value = value;
    }

    /** The operand as a double, or NaN-free null check: non-numbers give null. */
    static Double asDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.doubleValue();
        }
        return null;
    }

    @Exposed(value = "__new__($type, x=0, /)", kind = Exposed.Kind.STATIC,
            signature = Exposed.Signature.CLASS)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        // CPython: float_new refuses keywords unless a subclass's own __init__ may take them.
        ArgParser.noKeywordsInNew("float", cls, TYPE, kwnames);
        PyObject x = ArgParser.atMostOne("float", args, kwnames);
        double v = x == null ? 0.0 : FloatMath.toDouble(x);
        return cls == TYPE ? new PyFloat(v) : new PyFloat(cls, v);
    }

    @Exposed("__add__($self, value, /)")
    public PyObject __add__(PyObject other) {
        Double b = asDouble(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : new PyFloat(value + b);
    }

    @Exposed("__radd__($self, value, /)")
    public PyObject __radd__(PyObject other) {
        Double b = asDouble(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : new PyFloat(b + value);
    }

    @Exposed("__sub__($self, value, /)")
    public PyObject __sub__(PyObject other) {
        Double b = asDouble(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : new PyFloat(value - b);
    }

    @Exposed("__rsub__($self, value, /)")
    public PyObject __rsub__(PyObject other) {
        Double b = asDouble(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : new PyFloat(b - value);
    }

    @Exposed("__mul__($self, value, /)")
    public PyObject __mul__(PyObject other) {
        Double b = asDouble(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : new PyFloat(value * b);
    }

    @Exposed("__rmul__($self, value, /)")
    public PyObject __rmul__(PyObject other) {
        Double b = asDouble(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : new PyFloat(b * value);
    }

    @Exposed("__truediv__($self, value, /)")
    public PyObject __truediv__(PyObject other) {
        Double b = asDouble(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : FloatMath.div(value, b);
    }

    @Exposed("__rtruediv__($self, value, /)")
    public PyObject __rtruediv__(PyObject other) {
        Double b = asDouble(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : FloatMath.div(b, value);
    }

    @Exposed("__floordiv__($self, value, /)")
    public PyObject __floordiv__(PyObject other) {
        Double b = asDouble(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : FloatMath.floorDiv(value, b);
    }

    @Exposed("__rfloordiv__($self, value, /)")
    public PyObject __rfloordiv__(PyObject other) {
        Double b = asDouble(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : FloatMath.floorDiv(b, value);
    }

    @Exposed("__mod__($self, value, /)")
    public PyObject __mod__(PyObject other) {
        Double b = asDouble(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : FloatMath.mod(value, b);
    }

    @Exposed("__rmod__($self, value, /)")
    public PyObject __rmod__(PyObject other) {
        Double b = asDouble(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : FloatMath.mod(b, value);
    }

    @Exposed("__divmod__($self, value, /)")
    public PyObject __divmod__(PyObject other) {
        Double b = asDouble(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : FloatMath.divmod(value, b);
    }

    @Exposed("__rdivmod__($self, value, /)")
    public PyObject __rdivmod__(PyObject other) {
        Double b = asDouble(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : FloatMath.divmod(b, value);
    }

    @Exposed("__pow__($self, value, mod=None, /)")
    public PyObject __pow__(PyObject other, PyObject mod) {
        Double b = asDouble(other);
        if (b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (mod != null && mod != PyNone.NONE) {
            throw PyExceptions.typeError("pow() 3rd argument not allowed unless all arguments are "
                    + "integers");
        }
        return FloatMath.pow(value, b);
    }

    @Exposed("__rpow__($self, value, mod=None, /)")
    public PyObject __rpow__(PyObject other, PyObject mod) {
        Double b = asDouble(other);
        if (b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (mod != null && mod != PyNone.NONE) {
            throw PyExceptions.typeError("pow() 3rd argument not allowed unless all arguments are "
                    + "integers");
        }
        return FloatMath.pow(b, value);
    }

    @Exposed("__neg__($self, /)")
    public PyObject __neg__() {
        return new PyFloat(-value);
    }

    @Exposed("__pos__($self, /)")
    public PyObject __pos__() {
        return type == TYPE ? this : new PyFloat(value);
    }

    @Exposed("__abs__($self, /)")
    public PyObject __abs__() {
        return new PyFloat(Math.abs(value));
    }

    @Exposed("__bool__($self, /)")
    public boolean __bool__() {
        return value != 0.0;
    }

    private PyObject compare(PyObject other, int op) {
        int c;
        if (other instanceof PyFloat f) {
            if (Double.isNaN(value) || Double.isNaN(f.value)) {
                return PyBool.of(op == 3);
            }
            c = Double.compare(value == 0.0 ? 0.0 : value, f.value == 0.0 ? 0.0 : f.value);
        } else if (other instanceof PyInt i) {
            if (Double.isNaN(value)) {
                return PyBool.of(op == 3);
            }
            c = FloatMath.compareWithInt(value, i);
        } else {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(switch (op) {
            case 0 -> c < 0;
            case 1 -> c <= 0;
            case 2 -> c == 0;
            case 3 -> c != 0;
            case 4 -> c > 0;
            default -> c >= 0;
        });
    }

    @Exposed("__lt__($self, value, /)")
    public PyObject __lt__(PyObject o) {
        return compare(o, 0);
    }

    @Exposed("__le__($self, value, /)")
    public PyObject __le__(PyObject o) {
        return compare(o, 1);
    }

    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject o) {
        return compare(o, 2);
    }

    @Exposed("__ne__($self, value, /)")
    public PyObject __ne__(PyObject o) {
        return compare(o, 3);
    }

    @Exposed("__gt__($self, value, /)")
    public PyObject __gt__(PyObject o) {
        return compare(o, 4);
    }

    @Exposed("__ge__($self, value, /)")
    public PyObject __ge__(PyObject o) {
        return compare(o, 5);
    }

    @Exposed("__hash__($self, /)")
    public long __hash__() {
        return FloatMath.hash(value, this);
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return Repr.floatRepr(value);
    }

    @Exposed("__int__($self, /)")
    public PyObject __int__() {
        return FloatMath.toInt(value);
    }

    @Exposed("__trunc__($self, /)")
    public PyObject __trunc__() {
        return FloatMath.toInt(value);
    }

    @Exposed("__floor__($self, /)")
    public PyObject __floor__() {
        return FloatMath.toInt(Math.floor(value));
    }

    @Exposed("__ceil__($self, /)")
    public PyObject __ceil__() {
        return FloatMath.toInt(Math.ceil(value));
    }

    @Exposed("__float__($self, /)")
    public PyObject __float__() {
        return __pos__();
    }

    @Exposed("__round__($self, ndigits=None, /)")
    public PyObject __round__(PyObject ndigits) {
        return FloatMath.round(value, ndigits);
    }

    @Exposed("__format__($self, format_spec, /)")
    public PyObject __format__(PyObject spec) {
        String s = NumberFormatting.spec(spec);
        if (s.isEmpty()) {
            return Ops.str(this);
        }
        return PyStr.of(NumberFormatting.formatFloat(this, value, s));
    }

    @Exposed("is_integer($self, /)")
    public boolean is_integer() {
        return !Double.isInfinite(value) && value == Math.floor(value);
    }

    @Exposed("as_integer_ratio($self, /)")
    public PyObject as_integer_ratio() {
        return FloatMath.asIntegerRatio(value);
    }

    @Exposed("conjugate($self, /)")
    public PyObject conjugate() {
        return __pos__();
    }

    @Exposed("hex($self, /)")
    public String hex() {
        return FloatMath.hex(value);
    }

    @Exposed(value = "fromhex($type, string, /)", kind = Exposed.Kind.CLASS)
    public static PyObject fromhex(PyType cls, PyObject string) {
        if (!(string instanceof PyStr s)) {
            throw PyExceptions.typeError("bad argument type for built-in operation");
        }
        PyFloat result = new PyFloat(FloatMath.fromhex(s.value()));
        return cls == TYPE ? result : Ops.call(cls, result);
    }

    // CPython: Objects/floatobject.c float___getformat___impl
    @Exposed(value = "__getformat__($type, typestr, /)", kind = Exposed.Kind.CLASS)
    public static PyObject __getformat__(PyType cls, PyObject typestr) {
        if (!(typestr instanceof PyStr s)) {
            throw PyExceptions.typeError("__getformat__() argument must be str, not "
                    + typestr.type().getName());
        }
        if (!s.value().equals("double") && !s.value().equals("float")) {
            throw PyExceptions.valueError("__getformat__() argument 1 must be 'double' or "
                    + "'float'");
        }
        return PyStr.of("IEEE, little-endian");
    }

    @Exposed.Getter
    public PyObject real() {
        return __pos__();
    }

    @Exposed.Getter
    public PyObject imag() {
        return new PyFloat(0.0);
    }

    @Exposed("__getnewargs__($self, /)")
    public PyObject __getnewargs__() {
        return PyTuple.of(new PyFloat(value));
    }

    @Override
    public String toString() {
        return Repr.floatRepr(value);
    }
}
