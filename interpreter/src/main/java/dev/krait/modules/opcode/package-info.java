/**
 * The {@code _opcode} module: stack effects of CPython 3.11's bytecode instructions.
 *
 * <p>CPython counterpart: Modules/_opcode.c, Python/compile.c {@code stack_effect}.
 */
package dev.krait.modules.opcode;
