/**
 * The {@code _signal} module (what Lib/signal.py wraps): Python signal handlers over the JVM's
 * signal dispatch, run on the interpreter's main thread at safe points.
 *
 * <p>CPython counterpart: Modules/signalmodule.c.
 */
package dev.krait.modules.signal;
