/**
 * Scope analysis of a parsed module: which names are local, global, free or cells in each block,
 * and the static SyntaxErrors CPython raises between parsing and code generation.
 *
 * <p>CPython counterparts: {@code Python/symtable.c} ({@link dev.krait.symtable.SymbolTable}),
 * {@code Python/future.c} ({@link dev.krait.symtable.FutureFeatures}), the name mangling and the
 * checks of {@code Python/compile.c} ({@link dev.krait.symtable.Mangling},
 * {@link dev.krait.symtable.StaticChecks}).
 */
package dev.krait.symtable;
