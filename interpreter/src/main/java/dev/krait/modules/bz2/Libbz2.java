package dev.krait.modules.bz2;

import dev.krait.objects.PyExceptions;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * libbzip2's stream functions, bound once per JVM, the layout of its {@code bz_stream} for a
 * 64-bit system, and its status codes turned into CPython's exceptions.
 * {@link Library#AVAILABLE} is false when the library cannot be loaded; then no handle may be
 * used.
 */
final class Libbz2 {
    private Libbz2() {
    }

    static final int BZ_RUN = 0;
    static final int BZ_FINISH = 2;
    static final int BZ_STREAM_END = 4;

    // bz_stream: next_in, avail_in (32 bits), total_in as two 32-bit halves, next_out,
    // avail_out (32 bits), total_out likewise, the library's state, bzalloc, bzfree, opaque.
    static final long STREAM_SIZE = 80;
    static final long NEXT_IN = 0;
    static final long AVAIL_IN = 8;
    static final long NEXT_OUT = 24;
    static final long AVAIL_OUT = 32;

    private static final ValueLayout P = ValueLayout.ADDRESS;
    private static final ValueLayout I = ValueLayout.JAVA_INT;

    private static final SymbolLookup LIB = Library.LOOKUP;
    static final boolean AVAILABLE = LIB != null;

    /**
     * Whether the library loads, apart from the handles below: the module's import asks only
     * this ({@code shutil} imports {@code bz2} and {@code lzma} at start-up), and binding each
     * function spins classes, which only the first compressor or decompressor pays for.
     */
    static final class Library {
        private Library() {
        }

        static final SymbolLookup LOOKUP =
                dev.krait.modules.posix.Libc.systemLibrary("libbz2.so.1.0");
        static final boolean AVAILABLE = LOOKUP != null;
    }

    static final MethodHandle compressInit = bind("BZ2_bzCompressInit", P, I, I, I);
    static final MethodHandle compress = bind("BZ2_bzCompress", P, I);
    static final MethodHandle compressEnd = bind("BZ2_bzCompressEnd", P);
    static final MethodHandle decompressInit = bind("BZ2_bzDecompressInit", P, I, I);
    static final MethodHandle decompress = bind("BZ2_bzDecompress", P);
    static final MethodHandle decompressEnd = bind("BZ2_bzDecompressEnd", P);

    /** A function returning int (every libbzip2 stream function does). */
    private static MethodHandle bind(String name, MemoryLayout... args) {
        return LIB == null ? null : Linker.nativeLinker().downcallHandle(
                LIB.find(name).orElseThrow(), FunctionDescriptor.of(I, args));
    }

    /** The struct field {@code avail_in} or {@code avail_out}, unsigned. */
    static long avail(MemorySegment stream, long offset) {
        return Integer.toUnsignedLong(stream.get(ValueLayout.JAVA_INT, offset));
    }

    /** Points the stream at {@code buffer} for input or output, {@code length} bytes. */
    static void point(MemorySegment stream, long pointerOffset, MemorySegment buffer,
            long length) {
        stream.set(ValueLayout.ADDRESS, pointerOffset, buffer);
        stream.set(ValueLayout.JAVA_INT, pointerOffset + 8, (int) length);
    }

    /** Raises for a failing libbzip2 status; the non-failing ones return quietly. */
    // CPython: Modules/_bz2module.c catch_bz2_error
    static void check(int status) {
        switch (status) {
            case 0, 1, 2, 3, BZ_STREAM_END -> {
                // BZ_OK, BZ_RUN_OK, BZ_FLUSH_OK, BZ_FINISH_OK, BZ_STREAM_END
            }
            case -9 -> throw PyExceptions.of(PyExceptions.SystemError,
                    "libbzip2 was not compiled correctly");
            case -2 -> throw PyExceptions.valueError(
                    "Internal error - invalid parameters passed to libbzip2");
            case -3 -> throw PyExceptions.of(PyExceptions.MemoryError, "");
            case -4, -5 -> throw PyExceptions.of(PyExceptions.OSError, "Invalid data stream");
            case -6 -> throw PyExceptions.of(PyExceptions.OSError, "Unknown I/O error");
            case -7 -> throw PyExceptions.of(PyExceptions.EOFError,
                    "Compressed file ended before the logical end-of-stream was detected");
            case -1 -> throw PyExceptions.of(PyExceptions.RuntimeError,
                    "Internal error - Invalid sequence of commands sent to libbzip2");
            default -> throw PyExceptions.of(PyExceptions.OSError,
                    "Unrecognized error from libbzip2: " + status);
        }
    }
}
