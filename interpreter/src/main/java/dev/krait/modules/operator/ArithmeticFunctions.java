package dev.krait.modules.operator;

import dev.krait.objects.BinaryOp;
import dev.krait.objects.CompareOp;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyObject;

/**
 * The arithmetic, bitwise and comparison operators of {@code _operator} as functions, each the
 * protocol operation the operator itself performs ({@link Ops#binary}, {@link Ops#inplace},
 * {@link Ops#richCompare}, {@link Ops#unary}), so that the answers and the errors are the
 * operator's.
 *
 * <p>CPython counterpart: Modules/_operator.c {@code _operator_add_impl} and its siblings.
 */
public final class ArithmeticFunctions {
    private ArithmeticFunctions() {}

    @Exposed(value = "add($module, a, b, /)", doc = "Same as a + b.")
    public static PyObject add(PyObject a, PyObject b) {
        return Numbers.binary(a, b, BinaryOp.ADD);
    }

    @Exposed(value = "sub($module, a, b, /)", doc = "Same as a - b.")
    public static PyObject sub(PyObject a, PyObject b) {
        return Numbers.binary(a, b, BinaryOp.SUB);
    }

    @Exposed(value = "mul($module, a, b, /)", doc = "Same as a * b.")
    public static PyObject mul(PyObject a, PyObject b) {
        return Numbers.binary(a, b, BinaryOp.MUL);
    }

    @Exposed(value = "matmul($module, a, b, /)", doc = "Same as a @ b.")
    public static PyObject matmul(PyObject a, PyObject b) {
        return Numbers.binary(a, b, BinaryOp.MATMUL);
    }

    @Exposed(value = "floordiv($module, a, b, /)", doc = "Same as a // b.")
    public static PyObject floordiv(PyObject a, PyObject b) {
        return Numbers.binary(a, b, BinaryOp.FLOORDIV);
    }

    @Exposed(value = "truediv($module, a, b, /)", doc = "Same as a / b.")
    public static PyObject truediv(PyObject a, PyObject b) {
        return Numbers.binary(a, b, BinaryOp.TRUEDIV);
    }

    @Exposed(value = "mod($module, a, b, /)", doc = "Same as a % b.")
    public static PyObject mod(PyObject a, PyObject b) {
        return Numbers.binary(a, b, BinaryOp.MOD);
    }

    @Exposed(value = "lshift($module, a, b, /)", doc = "Same as a << b.")
    public static PyObject lshift(PyObject a, PyObject b) {
        return Numbers.binary(a, b, BinaryOp.LSHIFT);
    }

    @Exposed(value = "rshift($module, a, b, /)", doc = "Same as a >> b.")
    public static PyObject rshift(PyObject a, PyObject b) {
        return Numbers.binary(a, b, BinaryOp.RSHIFT);
    }

    @Exposed(value = "and_($module, a, b, /)", doc = "Same as a & b.")
    public static PyObject and_(PyObject a, PyObject b) {
        return Numbers.binary(a, b, BinaryOp.AND);
    }

    @Exposed(value = "xor($module, a, b, /)", doc = "Same as a ^ b.")
    public static PyObject xor(PyObject a, PyObject b) {
        return Numbers.binary(a, b, BinaryOp.XOR);
    }

    @Exposed(value = "or_($module, a, b, /)", doc = "Same as a | b.")
    public static PyObject or_(PyObject a, PyObject b) {
        return Numbers.binary(a, b, BinaryOp.OR);
    }

    @Exposed(value = "iadd($module, a, b, /)", doc = "Same as a += b.")
    public static PyObject iadd(PyObject a, PyObject b) {
        return Numbers.inplace(a, b, BinaryOp.ADD);
    }

    @Exposed(value = "isub($module, a, b, /)", doc = "Same as a -= b.")
    public static PyObject isub(PyObject a, PyObject b) {
        return Numbers.inplace(a, b, BinaryOp.SUB);
    }

    @Exposed(value = "imul($module, a, b, /)", doc = "Same as a *= b.")
    public static PyObject imul(PyObject a, PyObject b) {
        return Numbers.inplace(a, b, BinaryOp.MUL);
    }

    @Exposed(value = "imatmul($module, a, b, /)", doc = "Same as a @= b.")
    public static PyObject imatmul(PyObject a, PyObject b) {
        return Numbers.inplace(a, b, BinaryOp.MATMUL);
    }

    @Exposed(value = "ifloordiv($module, a, b, /)", doc = "Same as a //= b.")
    public static PyObject ifloordiv(PyObject a, PyObject b) {
        return Numbers.inplace(a, b, BinaryOp.FLOORDIV);
    }

    @Exposed(value = "itruediv($module, a, b, /)", doc = "Same as a /= b.")
    public static PyObject itruediv(PyObject a, PyObject b) {
        return Numbers.inplace(a, b, BinaryOp.TRUEDIV);
    }

    @Exposed(value = "imod($module, a, b, /)", doc = "Same as a %= b.")
    public static PyObject imod(PyObject a, PyObject b) {
        return Numbers.inplace(a, b, BinaryOp.MOD);
    }

    @Exposed(value = "ilshift($module, a, b, /)", doc = "Same as a <<= b.")
    public static PyObject ilshift(PyObject a, PyObject b) {
        return Numbers.inplace(a, b, BinaryOp.LSHIFT);
    }

    @Exposed(value = "irshift($module, a, b, /)", doc = "Same as a >>= b.")
    public static PyObject irshift(PyObject a, PyObject b) {
        return Numbers.inplace(a, b, BinaryOp.RSHIFT);
    }

    @Exposed(value = "iand($module, a, b, /)", doc = "Same as a &= b.")
    public static PyObject iand(PyObject a, PyObject b) {
        return Numbers.inplace(a, b, BinaryOp.AND);
    }

    @Exposed(value = "ixor($module, a, b, /)", doc = "Same as a ^= b.")
    public static PyObject ixor(PyObject a, PyObject b) {
        return Numbers.inplace(a, b, BinaryOp.XOR);
    }

    @Exposed(value = "ior($module, a, b, /)", doc = "Same as a |= b.")
    public static PyObject ior(PyObject a, PyObject b) {
        return Numbers.inplace(a, b, BinaryOp.OR);
    }

    @Exposed(value = "eq($module, a, b, /)", doc = "Same as a == b.")
    public static PyObject eq(PyObject a, PyObject b) {
        return Ops.richCompare(a, b, CompareOp.EQ);
    }

    @Exposed(value = "ne($module, a, b, /)", doc = "Same as a != b.")
    public static PyObject ne(PyObject a, PyObject b) {
        return Ops.richCompare(a, b, CompareOp.NE);
    }

    @Exposed(value = "lt($module, a, b, /)", doc = "Same as a < b.")
    public static PyObject lt(PyObject a, PyObject b) {
        return Ops.richCompare(a, b, CompareOp.LT);
    }

    @Exposed(value = "le($module, a, b, /)", doc = "Same as a <= b.")
    public static PyObject le(PyObject a, PyObject b) {
        return Ops.richCompare(a, b, CompareOp.LE);
    }

    @Exposed(value = "gt($module, a, b, /)", doc = "Same as a > b.")
    public static PyObject gt(PyObject a, PyObject b) {
        return Ops.richCompare(a, b, CompareOp.GT);
    }

    @Exposed(value = "ge($module, a, b, /)", doc = "Same as a >= b.")
    public static PyObject ge(PyObject a, PyObject b) {
        return Ops.richCompare(a, b, CompareOp.GE);
    }

    @Exposed(value = "neg($module, a, /)", doc = "Same as -a.")
    public static PyObject neg(PyObject a) {
        return Numbers.unary(a, "__neg__", "unary -");
    }

    @Exposed(value = "pos($module, a, /)", doc = "Same as +a.")
    public static PyObject pos(PyObject a) {
        return Numbers.unary(a, "__pos__", "unary +");
    }

    @Exposed(value = "abs($module, a, /)", doc = "Same as abs(a).")
    public static PyObject abs(PyObject a) {
        return Numbers.unary(a, "__abs__", "abs()");
    }

    @Exposed(value = "inv($module, a, /)", doc = "Same as ~a.")
    public static PyObject inv(PyObject a) {
        return Numbers.unary(a, "__invert__", "unary ~");
    }

    @Exposed(value = "invert($module, a, /)", doc = "Same as ~a.")
    public static PyObject invert(PyObject a) {
        return Numbers.unary(a, "__invert__", "unary ~");
    }

    @Exposed(value = "pow($module, a, b, /)", doc = "Same as a ** b.")
    public static PyObject pow(PyObject a, PyObject b) {
        return Numbers.binary(a, b, BinaryOp.POW);
    }

    @Exposed(value = "ipow($module, a, b, /)", doc = "Same as a **= b.")
    public static PyObject ipow(PyObject a, PyObject b) {
        return Numbers.inplace(a, b, BinaryOp.POW);
    }
}
