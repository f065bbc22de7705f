/**
 * The {@code _lzma} native module: the xz, lzma-alone and raw formats over the system's
 * liblzma (liblzma.so.5), called through the Foreign Function and Memory API. Without the
 * library the module does not exist, so {@code lzma} fails to import as it does on a CPython
 * built without liblzma, and the stdlib's fallbacks and test skips take over.
 *
 * <p>CPython counterpart: Modules/_lzmamodule.c.
 */
package dev.krait.modules.lzma;
