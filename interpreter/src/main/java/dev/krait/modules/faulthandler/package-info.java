/**
 * The {@code faulthandler} module: Python tracebacks written straight to a file descriptor,
 * on demand, after a timeout and on user signals.
 *
 * <p>CPython counterpart: Modules/faulthandler.c (and the dumping in Python/traceback.c).
 */
package dev.krait.modules.faulthandler;
