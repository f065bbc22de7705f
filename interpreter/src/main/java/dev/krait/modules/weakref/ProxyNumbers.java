package dev.krait.modules.weakref;

import static dev.krait.modules.weakref.ProxyMethods.target;
import static dev.krait.modules.weakref.ProxyMethods.unwrap;

import dev.krait.objects.BinaryOp;
import dev.krait.objects.CompareOp;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyObject;

/**
 * The arithmetic and comparisons of weakref proxies: both operands unwrapped, then the
 * ordinary operation (so {@code proxy + 1} is {@code referent + 1}, and {@code 1 + proxy}
 * reaches the referent's reflected method).
 *
 * <p>CPython counterpart: Objects/weakrefobject.c {@code WRAP_BINARY}, {@code proxy_richcompare}.
 */
public final class ProxyNumbers {
    private ProxyNumbers() {}

    @Exposed("__divmod__($self, value, /)")
    public static PyObject __divmod__(PyObject self, PyObject v) {
        return Numbers.binary(target(self), unwrap(v), BinaryOp.DIVMOD);
    }

    @Exposed("__rdivmod__($self, value, /)")
    public static PyObject __rdivmod__(PyObject self, PyObject v) {
        return Numbers.binary(unwrap(v), target(self), BinaryOp.DIVMOD);
    }

    @Exposed("__add__($self, value, /)")
    public static PyObject __add__(PyObject self, PyObject v) {
        return Numbers.binary(target(self), unwrap(v), BinaryOp.ADD);
    }

    @Exposed("__radd__($self, value, /)")
    public static PyObject __radd__(PyObject self, PyObject v) {
        return Numbers.binary(unwrap(v), target(self), BinaryOp.ADD);
    }

    @Exposed("__iadd__($self, value, /)")
    public static PyObject __iadd__(PyObject self, PyObject v) {
        return Numbers.inplace(target(self), unwrap(v), BinaryOp.ADD);
    }

    @Exposed("__sub__($self, value, /)")
    public static PyObject __sub__(PyObject self, PyObject v) {
        return Numbers.binary(target(self), unwrap(v), BinaryOp.SUB);
    }

    @Exposed("__rsub__($self, value, /)")
    public static PyObject __rsub__(PyObject self, PyObject v) {
        return Numbers.binary(unwrap(v), target(self), BinaryOp.SUB);
    }

    @Exposed("__isub__($self, value, /)")
    public static PyObject __isub__(PyObject self, PyObject v) {
        return Numbers.inplace(target(self), unwrap(v), BinaryOp.SUB);
    }

    @Exposed("__mul__($self, value, /)")
    public static PyObject __mul__(PyObject self, PyObject v) {
        return Numbers.binary(target(self), unwrap(v), BinaryOp.MUL);
    }

    @Exposed("__rmul__($self, value, /)")
    public static PyObject __rmul__(PyObject self, PyObject v) {
        return Numbers.binary(unwrap(v), target(self), BinaryOp.MUL);
    }

    @Exposed("__imul__($self, value, /)")
    public static PyObject __imul__(PyObject self, PyObject v) {
        return Numbers.inplace(target(self), unwrap(v), BinaryOp.MUL);
    }

    @Exposed("__matmul__($self, value, /)")
    public static PyObject __matmul__(PyObject self, PyObject v) {
        return Numbers.binary(target(self), unwrap(v), BinaryOp.MATMUL);
    }

    @Exposed("__rmatmul__($self, value, /)")
    public static PyObject __rmatmul__(PyObject self, PyObject v) {
        return Numbers.binary(unwrap(v), target(self), BinaryOp.MATMUL);
    }

    @Exposed("__imatmul__($self, value, /)")
    public static PyObject __imatmul__(PyObject self, PyObject v) {
        return Numbers.inplace(target(self), unwrap(v), BinaryOp.MATMUL);
    }

    @Exposed("__truediv__($self, value, /)")
    public static PyObject __truediv__(PyObject self, PyObject v) {
        return Numbers.binary(target(self), unwrap(v), BinaryOp.TRUEDIV);
    }

    @Exposed("__rtruediv__($self, value, /)")
    public static PyObject __rtruediv__(PyObject self, PyObject v) {
        return Numbers.binary(unwrap(v), target(self), BinaryOp.TRUEDIV);
    }

    @Exposed("__itruediv__($self, value, /)")
    public static PyObject __itruediv__(PyObject self, PyObject v) {
        return Numbers.inplace(target(self), unwrap(v), BinaryOp.TRUEDIV);
    }

    @Exposed("__floordiv__($self, value, /)")
    public static PyObject __floordiv__(PyObject self, PyObject v) {
        return Numbers.binary(target(self), unwrap(v), BinaryOp.FLOORDIV);
    }

    @Exposed("__rfloordiv__($self, value, /)")
    public static PyObject __rfloordiv__(PyObject self, PyObject v) {
        return Numbers.binary(unwrap(v), target(self), BinaryOp.FLOORDIV);
    }

    @Exposed("__ifloordiv__($self, value, /)")
    public static PyObject __ifloordiv__(PyObject self, PyObject v) {
        return Numbers.inplace(target(self), unwrap(v), BinaryOp.FLOORDIV);
    }

    @Exposed("__mod__($self, value, /)")
    public static PyObject __mod__(PyObject self, PyObject v) {
        return Numbers.binary(target(self), unwrap(v), BinaryOp.MOD);
    }

    @Exposed("__rmod__($self, value, /)")
    public static PyObject __rmod__(PyObject self, PyObject v) {
        return Numbers.binary(unwrap(v), target(self), BinaryOp.MOD);
    }

    @Exposed("__imod__($self, value, /)")
    public static PyObject __imod__(PyObject self, PyObject v) {
        return Numbers.inplace(target(self), unwrap(v), BinaryOp.MOD);
    }

    @Exposed("__pow__($self, value, /)")
    public static PyObject __pow__(PyObject self, PyObject v) {
        return Numbers.binary(target(self), unwrap(v), BinaryOp.POW);
    }

    @Exposed("__rpow__($self, value, /)")
    public static PyObject __rpow__(PyObject self, PyObject v) {
        return Numbers.binary(unwrap(v), target(self), BinaryOp.POW);
    }

    @Exposed("__ipow__($self, value, /)")
    public static PyObject __ipow__(PyObject self, PyObject v) {
        return Numbers.inplace(target(self), unwrap(v), BinaryOp.POW);
    }

    @Exposed("__lshift__($self, value, /)")
    public static PyObject __lshift__(PyObject self, PyObject v) {
        return Numbers.binary(target(self), unwrap(v), BinaryOp.LSHIFT);
    }

    @Exposed("__rlshift__($self, value, /)")
    public static PyObject __rlshift__(PyObject self, PyObject v) {
        return Numbers.binary(unwrap(v), target(self), BinaryOp.LSHIFT);
    }

    @Exposed("__ilshift__($self, value, /)")
    public static PyObject __ilshift__(PyObject self, PyObject v) {
        return Numbers.inplace(target(self), unwrap(v), BinaryOp.LSHIFT);
    }

    @Exposed("__rshift__($self, value, /)")
    public static PyObject __rshift__(PyObject self, PyObject v) {
        return Numbers.binary(target(self), unwrap(v), BinaryOp.RSHIFT);
    }

    @Exposed("__rrshift__($self, value, /)")
    public static PyObject __rrshift__(PyObject self, PyObject v) {
        return Numbers.binary(unwrap(v), target(self), BinaryOp.RSHIFT);
    }

    @Exposed("__irshift__($self, value, /)")
    public static PyObject __irshift__(PyObject self, PyObject v) {
        return Numbers.inplace(target(self), unwrap(v), BinaryOp.RSHIFT);
    }

    @Exposed("__and__($self, value, /)")
    public static PyObject __and__(PyObject self, PyObject v) {
        return Numbers.binary(target(self), unwrap(v), BinaryOp.AND);
    }

    @Exposed("__rand__($self, value, /)")
    public static PyObject __rand__(PyObject self, PyObject v) {
        return Numbers.binary(unwrap(v), target(self), BinaryOp.AND);
    }

    @Exposed("__iand__($self, value, /)")
    public static PyObject __iand__(PyObject self, PyObject v) {
        return Numbers.inplace(target(self), unwrap(v), BinaryOp.AND);
    }

    @Exposed("__or__($self, value, /)")
    public static PyObject __or__(PyObject self, PyObject v) {
        return Numbers.binary(target(self), unwrap(v), BinaryOp.OR);
    }

    @Exposed("__ror__($self, value, /)")
    public static PyObject __ror__(PyObject self, PyObject v) {
        return Numbers.binary(unwrap(v), target(self), BinaryOp.OR);
    }

    @Exposed("__ior__($self, value, /)")
    public static PyObject __ior__(PyObject self, PyObject v) {
        return Numbers.inplace(target(self), unwrap(v), BinaryOp.OR);
    }

    @Exposed("__xor__($self, value, /)")
    public static PyObject __xor__(PyObject self, PyObject v) {
        return Numbers.binary(target(self), unwrap(v), BinaryOp.XOR);
    }

    @Exposed("__rxor__($self, value, /)")
    public static PyObject __rxor__(PyObject self, PyObject v) {
        return Numbers.binary(unwrap(v), target(self), BinaryOp.XOR);
    }

    @Exposed("__ixor__($self, value, /)")
    public static PyObject __ixor__(PyObject self, PyObject v) {
        return Numbers.inplace(target(self), unwrap(v), BinaryOp.XOR);
    }

    @Exposed("__lt__($self, value, /)")
    public static PyObject __lt__(PyObject self, PyObject v) {
        return Ops.richCompare(target(self), unwrap(v), CompareOp.LT);
    }

    @Exposed("__le__($self, value, /)")
    public static PyObject __le__(PyObject self, PyObject v) {
        return Ops.richCompare(target(self), unwrap(v), CompareOp.LE);
    }

    @Exposed("__eq__($self, value, /)")
    public static PyObject __eq__(PyObject self, PyObject v) {
        return Ops.richCompare(target(self), unwrap(v), CompareOp.EQ);
    }

    @Exposed("__ne__($self, value, /)")
    public static PyObject __ne__(PyObject self, PyObject v) {
        return Ops.richCompare(target(self), unwrap(v), CompareOp.NE);
    }

    @Exposed("__gt__($self, value, /)")
    public static PyObject __gt__(PyObject self, PyObject v) {
        return Ops.richCompare(target(self), unwrap(v), CompareOp.GT);
    }

    @Exposed("__ge__($self, value, /)")
    public static PyObject __ge__(PyObject self, PyObject v) {
        return Ops.richCompare(target(self), unwrap(v), CompareOp.GE);
    }
}
