/**
 * What the native compression modules over C libraries ({@code _lzma} over liblzma,
 * {@code _bz2} over libbzip2) share: the codec's stream struct in native memory, freed when
 * its Python object is collected; the output gathered in CPython's growing blocks; the
 * per-object lock taken without holding the GIL.
 *
 * <p>CPython counterpart: Include/internal/pycore_blocks_output_buffer.h and the
 * {@code ACQUIRE_LOCK} macros of Modules/_lzmamodule.c and Modules/_bz2module.c.
 */
package dev.krait.modules.compression;
