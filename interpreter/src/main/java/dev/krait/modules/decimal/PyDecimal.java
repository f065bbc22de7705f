package dev.krait.modules.decimal;

import dev.krait.objects.CompareOp;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseObject;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyNotImplemented;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import java.math.BigInteger;

/**
 * {@code decimal.Decimal}: an immutable decimal floating-point number, kept as the
 * specification's triple -- a sign, a non-negative integer coefficient and an exponent --
 * or a special value (infinity, quiet or signalling NaN with an integer payload). This class
 * holds the data, construction and the number protocol; the operations live in
 * {@link Arithmetic}, {@link Comparison} and {@link Rounding}, the text in
 * {@link DecimalText}, the other methods in {@link DecimalMethods}.
 *
 * <p>CPython counterpart: Modules/_decimal/_decimal.c {@code PyDecObject} (an
 * {@code mpd_t}), {@code PyDecType_*}, {@code dec_*}, {@code nm_*}.
 */
public class PyDecimal extends PyObject {
    public static final PyType TYPE = PyType.builtin("Decimal", PyDecimal.class, null,
            DecimalMethods.class, DecimalOperations.class).withModule("decimal");

    static final int FINITE = 0;
    static final int INF = 1;
    static final int NAN = 2;
    static final int SNAN = 3;

    static final PyDecimal NAN_VALUE = special(0, NAN, BigInteger.ZERO);
    static final PyDecimal INFINITY = special(0, INF, BigInteger.ZERO);
    static final PyDecimal NEG_INFINITY = special(1, INF, BigInteger.ZERO);

    /** 0 for positive, 1 for negative (also for zeros, infinities and NaNs). */
    final int sign;
    /** The coefficient, or a NaN's payload (zero for none); never negative. */
    final BigInteger coef;
    /** The exponent of a finite number; 0 for specials. */
    final long exp;
    /** {@link #FINITE}, {@link #INF}, {@link #NAN} or {@link #SNAN}. */
    final int kind;

    PyDecimal(PyType type, int sign, BigInteger coef, long exp, int kind) {
        super(type);
        this.sign = sign;
        this.coef = coef;
        this.exp = exp;
        this.kind = kind;
    }

    static PyDecimal finite(int sign, BigInteger coef, long exp) {
        return new PyDecimal(TYPE, sign, coef, exp, FINITE);
    }

    static PyDecimal special(int sign, int kind, BigInteger payload) {
        return new PyDecimal(TYPE, sign, payload, 0, kind);
    }

    /** The same value as an instance of {@code cls} (a subclass's constructor). */
    PyDecimal withType(PyType cls) {
        return cls == TYPE && type() == TYPE ? this : new PyDecimal(cls, sign, coef, exp, kind);
    }

    /** This value as an exact Decimal: what every operation returns, even for a subclass. */
    PyDecimal asExact() {
        return type() == TYPE ? this : new PyDecimal(TYPE, sign, coef, exp, kind);
    }

    boolean isNaN() {
        return kind >= NAN;
    }

    boolean isZero() {
        return kind == FINITE && coef.signum() == 0;
    }

    /** The exponent of the most significant digit. CPython: mpd_adjexp */
    long adjusted() {
        return kind == FINITE ? exp + Digits.count(coef) - 1 : 0;
    }

    // ---- construction ------------------------------------------------------------------

    // CPython: _decimal.c dec_new, PyDecType_FromObjectExact
    @Exposed(value = "__new__($type, /, value=\"0\", context=None)", kind = Exposed.Kind.STATIC,
            signature = Exposed.Signature.CLASS)
    public static PyObject __new__(PyType cls, PyObject value, PyObject context) {
        PyDecContext ctx = DecimalModule.contextArg(context);
        return exact(value, ctx).withType(cls);
    }

    /** Decimal(value) before the subclass: the exact value, or the conversion's error. */
    static PyDecimal exact(PyObject v, PyDecContext ctx) {
        if (v instanceof PyDecimal d) {
            return d;
        }
        if (v instanceof PyStr s) {
            return fromString(s.value(), ctx);
        }
        if (v instanceof PyInt i) {
            return DecimalConstruct.fromInt(i);
        }
        if (v instanceof dev.krait.objects.PyTuple || v instanceof dev.krait.objects.PyList) {
            return fromString(DecimalConstruct.tupleAsString(v), ctx);
        }
        if (v instanceof PyFloat f) {
            ctx.addStatus(Signals.FLOAT_OPERATION);
            return DecimalConstruct.fromDouble(f.value);
        }
        throw PyExceptions.typeError("conversion from " + v.type().getName()
                + " to Decimal is not supported");
    }

    /** A string's exact value; NaN and ConversionSyntax when it is not a number. */
    static PyDecimal fromString(String s, PyDecContext ctx) {
        PyDecimal d = DecimalConstruct.parse(s, true);
        if (d == null) {
            ctx.addStatus(Signals.CONVERSION_SYNTAX);
            return NAN_VALUE;
        }
        if (!DecimalConstruct.fitsMaxContext(d)) {
            // An exact conversion that would need rounding or clamping even in the largest
            // context (CPython: _decimal.c PyDecType_FromCStringExact).
            ctx.addStatus(Signals.INVALID_OPERATION);
            return NAN_VALUE;
        }
        return d;
    }

    /**
     * An operand of an arithmetic operator: a Decimal or an int, else null (the operator
     * then answers NotImplemented). CPython: _decimal.c convert_op (NOT_IMPL)
     */
    static PyDecimal operand(PyObject o) {
        if (o instanceof PyDecimal d) {
            return d;
        }
        if (o instanceof PyInt i) {
            return DecimalConstruct.fromInt(i);
        }
        return null;
    }

    /** An operand of a method: a Decimal or an int, else TypeError (convert_op TYPE_ERR). */
    static PyDecimal required(PyObject o) {
        PyDecimal d = operand(o);
        if (d == null) {
            throw PyExceptions.typeError("conversion from " + o.type().getName()
                    + " to Decimal is not supported");
        }
        return d;
    }

    // ---- text ----------------------------------------------------------------------------

    // CPython: _decimal.c dec_str
    @Exposed("__str__($self, /)")
    public String __str__() {
        return DecimalText.toString(this, false, DecimalModule.current().capitals == 1);
    }

    // CPython: _decimal.c dec_repr
    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "Decimal('" + __str__() + "')";
    }

    // ---- the number protocol -----------------------------------------------------------

    private interface BinaryOp {
        PyDecimal apply(PyDecimal a, PyDecimal b, Calc c);
    }

    /** A binary operator under the current context; NotImplemented for other operand types. */
    private static PyObject binary(PyObject x, PyObject y, BinaryOp op) {
        PyDecimal a = operand(x);
        PyDecimal b = operand(y);
        if (a == null || b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        Calc c = new Calc(DecimalModule.current());
        return c.finish(op.apply(a, b, c));
    }

    @Exposed("__add__($self, value, /)")
    public PyObject __add__(PyObject o) {
        return binary(this, o, Arithmetic::add);
    }

    @Exposed("__radd__($self, value, /)")
    public PyObject __radd__(PyObject o) {
        return binary(o, this, Arithmetic::add);
    }

    @Exposed("__sub__($self, value, /)")
    public PyObject __sub__(PyObject o) {
        return binary(this, o, Arithmetic::subtract);
    }

    @Exposed("__rsub__($self, value, /)")
    public PyObject __rsub__(PyObject o) {
        return binary(o, this, Arithmetic::subtract);
    }

    @Exposed("__mul__($self, value, /)")
    public PyObject __mul__(PyObject o) {
        return binary(this, o, Arithmetic::multiply);
    }

    @Exposed("__rmul__($self, value, /)")
    public PyObject __rmul__(PyObject o) {
        return binary(o, this, Arithmetic::multiply);
    }

    @Exposed("__truediv__($self, value, /)")
    public PyObject __truediv__(PyObject o) {
        return binary(this, o, Arithmetic::divide);
    }

    @Exposed("__rtruediv__($self, value, /)")
    public PyObject __rtruediv__(PyObject o) {
        return binary(o, this, Arithmetic::divide);
    }

    @Exposed("__floordiv__($self, value, /)")
    public PyObject __floordiv__(PyObject o) {
        return binary(this, o, Arithmetic::divideInteger);
    }

    @Exposed("__rfloordiv__($self, value, /)")
    public PyObject __rfloordiv__(PyObject o) {
        return binary(o, this, Arithmetic::divideInteger);
    }

    @Exposed("__mod__($self, value, /)")
    public PyObject __mod__(PyObject o) {
        return binary(this, o, Arithmetic::remainder);
    }

    @Exposed("__rmod__($self, value, /)")
    public PyObject __rmod__(PyObject o) {
        return binary(o, this, Arithmetic::remainder);
    }

    @Exposed("__divmod__($self, value, /)")
    public PyObject __divmod__(PyObject o) {
        return divmod(this, o);
    }

    @Exposed("__rdivmod__($self, value, /)")
    public PyObject __rdivmod__(PyObject o) {
        return divmod(o, this);
    }

    private static PyObject divmod(PyObject x, PyObject y) {
        PyDecimal a = operand(x);
        PyDecimal b = operand(y);
        if (a == null || b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        Calc c = new Calc(DecimalModule.current());
        PyDecimal[] qr = Arithmetic.divmod(a, b, c);
        return c.finish(qr[0], qr[1]);
    }

    @Exposed("__pow__($self, value, mod=None, /)")
    public PyObject __pow__(PyObject o, PyObject mod) {
        return pow(this, o, mod);
    }

    @Exposed("__rpow__($self, value, mod=None, /)")
    public PyObject __rpow__(PyObject o, PyObject mod) {
        return pow(o, this, mod);
    }

    // CPython: _decimal.c nm_mpd_qpow
    private static PyObject pow(PyObject x, PyObject y, PyObject mod) {
        PyDecimal a = operand(x);
        PyDecimal b = operand(y);
        PyDecimal m = mod == PyNone.NONE ? null : operand(mod);
        if (a == null || b == null || (mod != PyNone.NONE && m == null)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        Calc c = new Calc(DecimalModule.current());
        return c.finish(m == null ? Power.pow(a, b, c) : Power.powMod(a, b, m, c));
    }

    // CPython: _decimal.c nm_mpd_qminus
    @Exposed("__neg__($self, /)")
    public PyObject __neg__() {
        Calc c = new Calc(DecimalModule.current());
        return c.finish(Unary.minus(this, c));
    }

    // CPython: _decimal.c nm_mpd_qplus
    @Exposed("__pos__($self, /)")
    public PyObject __pos__() {
        Calc c = new Calc(DecimalModule.current());
        return c.finish(Unary.plus(this, c));
    }

    // CPython: _decimal.c nm_mpd_qabs
    @Exposed("__abs__($self, /)")
    public PyObject __abs__() {
        Calc c = new Calc(DecimalModule.current());
        return c.finish(Unary.abs(this, c));
    }

    @Exposed("__bool__($self, /)")
    public boolean __bool__() {
        return !isZero();
    }

    // CPython: _decimal.c dec_as_long (ROUND_DOWN)
    @Exposed("__int__($self, /)")
    public PyObject __int__() {
        return Unary.toInt(this, Rounding.DOWN);
    }

    @Exposed(value = "__trunc__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __trunc__() {
        return Unary.toInt(this, Rounding.DOWN);
    }

    @Exposed(value = "__floor__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __floor__() {
        return Unary.toInt(this, Rounding.FLOOR);
    }

    @Exposed(value = "__ceil__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __ceil__() {
        return Unary.toInt(this, Rounding.CEILING);
    }

    // CPython: _decimal.c PyDec_AsFloat
    @Exposed("__float__($self, /)")
    public double __float__() {
        if (kind == SNAN) {
            throw PyExceptions.valueError("cannot convert signaling NaN to float");
        }
        if (kind == NAN) {
            return sign == 1 ? Double.longBitsToDouble(0xfff8000000000000L) : Double.NaN;
        }
        String s = DecimalText.toString(this, false, false);
        return Double.parseDouble(s);
    }

    // ---- comparison and hashing ----------------------------------------------------------

    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject o) {
        return Comparison.richCompare(this, o, CompareOp.EQ);
    }

    @Exposed("__ne__($self, value, /)")
    public PyObject __ne__(PyObject o) {
        return Comparison.richCompare(this, o, CompareOp.NE);
    }

    @Exposed("__lt__($self, value, /)")
    public PyObject __lt__(PyObject o) {
        return Comparison.richCompare(this, o, CompareOp.LT);
    }

    @Exposed("__le__($self, value, /)")
    public PyObject __le__(PyObject o) {
        return Comparison.richCompare(this, o, CompareOp.LE);
    }

    @Exposed("__gt__($self, value, /)")
    public PyObject __gt__(PyObject o) {
        return Comparison.richCompare(this, o, CompareOp.GT);
    }

    @Exposed("__ge__($self, value, /)")
    public PyObject __ge__(PyObject o) {
        return Comparison.richCompare(this, o, CompareOp.GE);
    }

    // CPython: _decimal.c _dec_hash
    @Exposed("__hash__($self, /)")
    public long __hash__() {
        if (kind == SNAN) {
            throw PyExceptions.typeError("Cannot hash a signaling NaN value.");
        }
        if (kind == NAN) {
            return PyBaseObject.__hash__(this);
        }
        return Comparison.hash(this);
    }

    // ---- pickling and copying ------------------------------------------------------------

    // CPython: _decimal.c dec_reduce
    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        return PyTuple.of(type(), PyTuple.of(PyStr.of(DecimalText.toString(this, false, true))));
    }

    /** CPython's size: the object, plus the coefficient's words beyond four inline ones. */
    @Exposed(value = "__sizeof__($self, /)", signature = Exposed.Signature.HIDDEN)
    public long __sizeof__() {
        long words = (Digits.count(coef) + 18) / 19;
        return words <= 4 ? 104 : 104 + 8 * words;
    }

    @Exposed(value = "__copy__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __copy__() {
        return this;
    }

    @Exposed(value = "__deepcopy__($self, memo, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __deepcopy__(PyObject memo) {
        return this;
    }
}
