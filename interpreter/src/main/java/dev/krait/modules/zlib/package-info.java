/**
 * The {@code zlib} native module: deflate compression in the zlib, gzip and raw formats over
 * {@code java.util.zip}'s {@code Deflater} and {@code Inflater} (both in raw mode: the zlib and
 * gzip headers and trailers are written and checked here, as zlib's own wrappers do), and the
 * Adler-32 and CRC-32 checksums with a start value — what {@code gzip}, {@code zipfile},
 * {@code tarfile} and {@code shutil} need.
 *
 * <p>CPython counterpart: Modules/zlibmodule.c (over the zlib library).
 */
package dev.krait.modules.zlib;
