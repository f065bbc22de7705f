/**
 * Scope analysis of a parsed module: which names are local, global, free or cells in each block,
 * and the static SyntaxErrors and SyntaxWarnings CPython raises between parsing and code
 * generation.
 *
 * <p>The compiler's use, in CPython's order:
 * <pre>{@code
 * Mod tree = Parser.parse(source, filename, Parser.Mode.EXEC);
 * SymbolTable table = SymbolTable.build(tree, filename);            // future.c, symtable.c
 * List<StaticChecks.Warning> warnings =                              // compile.c checks
 *         StaticChecks.check(tree, table, folding, optimize);
 * Scope scope = table.scopeOf(functionDefNode);
 * scope.scopeOf(Mangling.mangle(className, name));   // LOCAL, GLOBAL_*, FREE or CELL
 * scope.varnames(); scope.cellvars(); scope.freevars();   // the code object's name tuples
 * }</pre>
 *
 * <p>CPython counterparts: {@code Python/symtable.c} ({@link dev.krait.symtable.SymbolTable},
 * {@link dev.krait.symtable.ScopeBuilder}, {@link dev.krait.symtable.ScopeAnalysis}),
 * {@code Python/future.c} ({@link dev.krait.symtable.FutureFeatures}), and from
 * {@code Python/compile.c} the name mangling ({@link dev.krait.symtable.Mangling}), the order of
 * {@code co_varnames} ({@link dev.krait.symtable.LocalsOrder}) and the checks made while
 * generating code ({@link dev.krait.symtable.StaticChecks}).
 */
package dev.krait.symtable;
