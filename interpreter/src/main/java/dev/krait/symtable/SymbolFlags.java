package dev.krait.symtable;

/**
 * The facts the first pass records about a name in a block, as CPython's {@code DEF_*} bits
 * ({@code Include/internal/pycore_symtable.h}), with the same values so that they compare directly
 * with CPython's {@code symtable} module. The resolved {@link NameScope} is kept in the bits from
 * {@link #SCOPE_OFFSET} up, as CPython keeps it.
 */
public final class SymbolFlags {
    /** A {@code global} statement names it. */
    public static final int DEF_GLOBAL = 1;
    /** Assigned in the block. */
    public static final int DEF_LOCAL = 2;
    /** A parameter of the function. */
    public static final int DEF_PARAM = 4;
    /** A {@code nonlocal} statement names it. */
    public static final int DEF_NONLOCAL = 8;
    /** Used (read) in the block. */
    public static final int USE = 16;
    /** Used but not defined in a nested block. */
    public static final int DEF_FREE = 32;
    /** A free variable of a method that the class body also binds. */
    public static final int DEF_FREE_CLASS = 64;
    /** Bound by an import. */
    public static final int DEF_IMPORT = 128;
    /** Annotated ({@code x: int}). */
    public static final int DEF_ANNOT = 256;
    /** The iteration variable of a comprehension. */
    public static final int DEF_COMP_ITER = 512;

    /** The bindings that make a name local. */
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    /** Where the resolved scope number starts in a symbol's stored value. */
    static final int SCOPE_OFFSET = 11;
    /** The bits below the scope. */
    static final int FLAGS_MASK = (1 << SCOPE_OFFSET) - 1;

    private SymbolFlags() {}
}
