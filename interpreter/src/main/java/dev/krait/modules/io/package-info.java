/**
 * The {@code _io} module: the layered I/O that {@code open}, {@code print}, {@code input} and
 * {@code sys.stdin}/{@code stdout}/{@code stderr} stand on. A raw layer ({@link
 * dev.krait.modules.io.PyFileIO}, bytes to and from a file descriptor), a buffered layer ({@link
 * dev.krait.modules.io.PyBuffered}: BufferedReader, BufferedWriter, BufferedRandom), a text layer
 * ({@link dev.krait.modules.io.PyTextIOWrapper}: decoding, encoding and newline translation),
 * the in-memory streams ({@link dev.krait.modules.io.PyBytesIO}, {@link
 * dev.krait.modules.io.PyStringIO}), their abstract bases, and the module object with
 * {@code open} ({@link dev.krait.modules.io.IoModule}).
 *
 * <p>CPython counterpart: Modules/_io/ (_iomodule.c, iobase.c, fileio.c, bufferedio.c,
 * textio.c, bytesio.c, stringio.c), with Lib/_pyio.py as the readable reference.
 */
package dev.krait.modules.io;
