/**
 * The {@code _bz2} native module: bzip2 compression over the system's libbzip2
 * (libbz2.so.1.0), called through the Foreign Function and Memory API. Without the library
 * the module does not exist, so {@code bz2} fails to import as it does on a CPython built
 * without libbzip2, and the stdlib's fallbacks and test skips take over.
 *
 * <p>CPython counterpart: Modules/_bz2module.c.
 */
package dev.krait.modules.bz2;
