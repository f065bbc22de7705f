/**
 * The compiler: turns the AST, with the scopes the symbol table computed, into code objects whose
 * bodies are executable trees ({@link dev.krait.nodes}). Names become array slots, cells or
 * namespace lookups here, once, so that evaluation never resolves anything.
 *
 * <p>CPython counterpart: Python/compile.c.
 */
package dev.krait.compiler;
