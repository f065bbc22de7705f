/**
 * The {@code _lsprof} module: {@code cProfile}'s profiler, fed by the evaluator's profile
 * events.
 *
 * <p>CPython counterpart: Modules/_lsprof.c.
 */
package dev.krait.modules.lsprof;
