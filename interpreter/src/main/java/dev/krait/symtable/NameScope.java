package dev.krait.symtable;

/**
 * Where a name lives at run time, as the compiler must access it. CPython's scope values
 * ({@code LOCAL} ... {@code CELL} of {@code Include/internal/pycore_symtable.h}), in the same order
 * so that {@code ordinal() + 1} is CPython's number.
 */
public enum NameScope {
    /** Bound in this block: a fast local in a function, a namespace entry in a module or class. */
    LOCAL,
    /** Declared {@code global} in this block. */
    GLOBAL_EXPLICIT,
    /** Not bound in any enclosing function: a module global or a builtin. */
    GLOBAL_IMPLICIT,
    /** Bound in an enclosing function: read through a cell passed in the closure. */
    FREE,
    /** Bound here and used by a nested block: stored in a cell. */
    CELL;

    private static final NameScope[] BY_NUMBER = values();

    /** The scope with CPython's number {@code n} (1 to 5), or {@code null} for 0. */
    static NameScope ofNumber(int n) {
        return n == 0 ? null : BY_NUMBER[n - 1];
    }

    /** CPython's number for this scope. */
    int number() {
        return ordinal() + 1;
    }
}
