/**
 * The {@code _contextvars} native module: context variables and the contexts that hold their
 * values, one current context per thread ({@link dev.krait.runtime.ThreadState#context}).
 *
 * <p>CPython counterpart: Python/context.c and Modules/_contextvarsmodule.c.
 */
package dev.krait.modules.contextvars;
