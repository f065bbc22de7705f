/**
 * The {@code posix} module (what Lib/os.py imports): files, directories and real C library
 * file descriptors, processes and identities, through the Foreign Function and Memory API:
 * each {@code *Functions} class holds the Python functions of one family, each {@code *Calls}
 * class the C calls behind them.
 *
 * <p>CPython counterpart: Modules/posixmodule.c.
 */
package dev.krait.modules.posix;
