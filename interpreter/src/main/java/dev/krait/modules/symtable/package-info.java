/**
 * The {@code _symtable} module: the symbol table entries of Krait's scope analysis
 * ({@link dev.krait.symtable}) shown to Python, for the pure-Python {@code symtable} module.
 *
 * <p>CPython counterpart: Modules/symtablemodule.c, and the {@code symtable entry} type of
 * Python/symtable.c.
 */
package dev.krait.modules.symtable;
