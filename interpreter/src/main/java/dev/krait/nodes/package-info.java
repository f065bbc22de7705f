/**
 * The executable tree: one small class per construct, each evaluating itself in a frame
 * ({@link dev.krait.nodes.ExprNode#eval}, {@link dev.krait.nodes.StmtNode#exec}). Statements
 * report break/continue/return as a status code, so control flow does not allocate;
 * generators suspend through JDK continuations.
 *
 * <p>CPython counterpart: Python/ceval.c (the evaluation loop), one node per family of opcodes.
 */
package dev.krait.nodes;
