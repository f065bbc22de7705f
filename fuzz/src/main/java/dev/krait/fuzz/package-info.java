/**
 * Fuzzing the front end against CPython: a seeded generator of valid programs (built as AST records
 * and printed with {@link dev.krait.ast.Unparser}), a token-level mutator that makes near-valid
 * ones, a reducer that shrinks a divergence to a small program, and the comparison itself. The
 * CPython counterpart is the idea of {@code Lib/test/test_ast.py}'s round trips plus Csmith and
 * C-Reduce for C compilers.
 */
package dev.krait.fuzz;
