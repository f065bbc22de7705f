/**
 * The {@code atexit} module: functions run as the interpreter ends.
 *
 * <p>CPython counterpart: Modules/atexitmodule.c.
 */
package dev.krait.modules.atexit;
