package dev.krait.objects;

/**
 * The six rich comparisons, with their special-method names, their reflections (what
 * {@code a < b} tries on {@code b} when {@code a} declines) and their symbols for error messages.
 *
 * <p>CPython counterpart: Include/object.h {@code Py_LT}... and Objects/object.c
 * {@code _Py_SwappedOp}, {@code opstrings}.
 */
public enum CompareOp {
    LT("__lt__", "<"), LE("__le__", "<="), EQ("__eq__", "=="), NE("__ne__", "!="),
    GT("__gt__", ">"), GE("__ge__", ">=");

    public final String method;
    public final String symbol;

    CompareOp(String method, String symbol) {
        this.method = method;
        this.symbol = symbol;
    }

    public CompareOp swapped() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case EQ -> EQ;
            case NE -> NE;
            case GT -> LT;
            case GE -> LE;
        };
    }

    /** Applies this comparison to the result of comparing two values with compareTo. */
    public boolean test(int c) {
        return switch (this) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }
}
