/**
 * The running interpreter: its instance state ({@link dev.krait.runtime.Interpreter}), per-thread
 * state and frame stack ({@link dev.krait.runtime.ThreadState}), and the services the evaluator and
 * the native modules share (raising runtime errors, printing tracebacks, importing).
 *
 * <p>CPython counterpart: Python/pystate.c, Python/pylifecycle.c, Python/pythonrun.c.
 */
package dev.krait.runtime;
