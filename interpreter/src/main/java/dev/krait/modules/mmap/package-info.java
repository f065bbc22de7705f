/**
 * The {@code mmap} module: files and anonymous memory mapped by the C library's
 * {@code mmap(2)} through the Foreign Function and Memory API, as a mutable byte sequence with a
 * file position.
 *
 * <p>CPython counterpart: Modules/mmapmodule.c.
 */
package dev.krait.modules.mmap;
