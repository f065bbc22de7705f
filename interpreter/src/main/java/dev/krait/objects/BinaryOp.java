package dev.krait.objects;

/**
 * The binary operators with their special methods: the forward one ({@code __add__}), the
 * reflected one tried on the right operand ({@code __radd__}), the in-place one
 * ({@code __iadd__}), and the symbol CPython's "unsupported operand" message shows.
 *
 * <p>CPython counterpart: Objects/abstract.c ({@code binary_op1}, {@code binary_iop1}) and the
 * {@code nb_*} slots.
 */
public enum BinaryOp {
    ADD("__add__", "__radd__", "__iadd__", "+"),
    SUB("__sub__", "__rsub__", "__isub__", "-"),
    MUL("__mul__", "__rmul__", "__imul__", "*"),
    MATMUL("__matmul__", "__rmatmul__", "__imatmul__", "@"),
    TRUEDIV("__truediv__", "__rtruediv__", "__itruediv__", "/"),
    FLOORDIV("__floordiv__", "__rfloordiv__", "__ifloordiv__", "//"),
    MOD("__mod__", "__rmod__", "__imod__", "%"),
    POW("__pow__", "__rpow__", "__ipow__", "** or pow()"),
    LSHIFT("__lshift__", "__rlshift__", "__ilshift__", "<<"),
    RSHIFT("__rshift__", "__rrshift__", "__irshift__", ">>"),
    AND("__and__", "__rand__", "__iand__", "&"),
    OR("__or__", "__ror__", "__ior__", "|"),
    XOR("__xor__", "__rxor__", "__ixor__", "^"),
    DIVMOD("__divmod__", "__rdivmod__", null, "divmod()");

    public final String method;
    public final String reflected;
    public final String inplace;
    public final String symbol;

    BinaryOp(String method, String reflected, String inplace, String symbol) {
        this.method = method;
        this.reflected = reflected;
        this.inplace = inplace;
        this.symbol = symbol;
    }

    /** The symbol in "unsupported operand type(s) for +=" messages. */
    public String inplaceSymbol() {
        return this == POW ? "**=" : symbol + "=";
    }
}
