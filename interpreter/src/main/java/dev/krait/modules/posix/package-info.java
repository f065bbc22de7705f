/**
 * The {@code posix} module (what Lib/os.py imports): files, directories and real C library
 * file descriptors through the Foreign Function and Memory API.
 *
 * <p>CPython counterpart: Modules/posixmodule.c.
 */
package dev.krait.modules.posix;
