package dev.krait.modules.lzma;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * liblzma's functions, bound once per JVM, and the layouts of the structs Krait fills in
 * ({@code lzma_stream}, {@code lzma_filter}, the filters' option structs) as liblzma 5's
 * {@code lzma.h} defines them for a 64-bit system. {@link Library#AVAILABLE} is false when the
 * library cannot be loaded; then no handle may be used.
 */
final class Liblzma {
    private Liblzma() {
    }

    // lzma_ret values
    static final int LZMA_OK = 0;
    static final int LZMA_STREAM_END = 1;
    static final int LZMA_NO_CHECK = 2;
    static final int LZMA_UNSUPPORTED_CHECK = 3;
    static final int LZMA_GET_CHECK = 4;
    static final int LZMA_MEM_ERROR = 5;
    static final int LZMA_MEMLIMIT_ERROR = 6;
    static final int LZMA_FORMAT_ERROR = 7;
    static final int LZMA_OPTIONS_ERROR = 8;
    static final int LZMA_DATA_ERROR = 9;
    static final int LZMA_BUF_ERROR = 10;
    static final int LZMA_PROG_ERROR = 11;

    // lzma_action values
    static final int LZMA_RUN = 0;
    static final int LZMA_FINISH = 3;

    static final int LZMA_TELL_NO_CHECK = 0x01;
    static final int LZMA_TELL_ANY_CHECK = 0x04;
    static final int LZMA_FILTERS_MAX = 4;
    /** {@code LZMA_VLI_UNKNOWN}: the id that ends a filter chain. */
    static final long LZMA_VLI_UNKNOWN = -1L;

    // lzma_stream: next_in, avail_in, total_in, next_out, avail_out, total_out, allocator,
    // internal, four reserved pointers, four reserved integers and two reserved enums.
    static final long STREAM_SIZE = 136;
    static final long NEXT_IN = 0;
    static final long AVAIL_IN = 8;
    static final long NEXT_OUT = 24;
    static final long AVAIL_OUT = 32;

    /** {@code lzma_filter}: a 64-bit id and a pointer to its options. */
    static final long FILTER_SIZE = 16;

    // lzma_options_lzma (112 bytes): dict_size at 0, then a preset dictionary pointer and size,
    // then lc, lp, pb, mode, nice_len, mf and depth as 32-bit fields, then reserved space.
    static final long OPTIONS_LZMA_SIZE = 112;
    static final long DICT_SIZE = 0;
    static final long LC = 20;
    static final long LP = 24;
    static final long PB = 28;
    static final long MODE = 32;
    static final long NICE_LEN = 36;
    static final long MF = 40;
    static final long DEPTH = 44;
    /** lzma_options_delta (40 bytes): the delta type (bytes: 0), then dist. */
    static final long OPTIONS_DELTA_SIZE = 40;
    static final long DELTA_DIST = 4;
    /** lzma_options_bcj: start_offset alone. */
    static final long OPTIONS_BCJ_SIZE = 4;

    private static final ValueLayout P = ValueLayout.ADDRESS;
    private static final ValueLayout I = ValueLayout.JAVA_INT;
    private static final ValueLayout L = ValueLayout.JAVA_LONG;
    private static final ValueLayout B = ValueLayout.JAVA_BYTE;

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
                dev.krait.modules.posix.Libc.systemLibrary("liblzma.so.5");
        static final boolean AVAILABLE = LOOKUP != null;
    }

    static final MethodHandle easyEncoder = bind("lzma_easy_encoder", I, P, I, I);
    static final MethodHandle streamEncoder = bind("lzma_stream_encoder", I, P, P, I);
    static final MethodHandle aloneEncoder = bind("lzma_alone_encoder", I, P, P);
    static final MethodHandle rawEncoder = bind("lzma_raw_encoder", I, P, P);
    static final MethodHandle autoDecoder = bind("lzma_auto_decoder", I, P, L, I);
    static final MethodHandle streamDecoder = bind("lzma_stream_decoder", I, P, L, I);
    static final MethodHandle aloneDecoder = bind("lzma_alone_decoder", I, P, L);
    static final MethodHandle rawDecoder = bind("lzma_raw_decoder", I, P, P);
    static final MethodHandle code = bind("lzma_code", I, P, I);
    static final MethodHandle end = bindVoid("lzma_end", P);
    static final MethodHandle getCheck = bind("lzma_get_check", I, P);
    static final MethodHandle checkIsSupported = bind("lzma_check_is_supported", B, I);
    static final MethodHandle lzmaPreset = bind("lzma_lzma_preset", B, P, I);
    static final MethodHandle propertiesSize = bind("lzma_properties_size", I, P, P);
    static final MethodHandle propertiesEncode = bind("lzma_properties_encode", I, P, P);
    static final MethodHandle propertiesDecode = bind("lzma_properties_decode", I, P, P, P, L);
    /** The C library's {@code free}, for the options liblzma allocates with it. */
    static final MethodHandle free = AVAILABLE ? Linker.nativeLinker().downcallHandle(
            Linker.nativeLinker().defaultLookup().find("free").orElseThrow(),
            FunctionDescriptor.ofVoid(P)) : null;

    private static MethodHandle bind(String name, MemoryLayout result, MemoryLayout... args) {
        return LIB == null ? null : Linker.nativeLinker().downcallHandle(
                LIB.find(name).orElseThrow(), FunctionDescriptor.of(result, args));
    }

    private static MethodHandle bindVoid(String name, MemoryLayout... args) {
        return LIB == null ? null : Linker.nativeLinker().downcallHandle(
                LIB.find(name).orElseThrow(), FunctionDescriptor.ofVoid(args));
    }

    /** The struct field {@code avail_in} or {@code avail_out} (a {@code size_t}). */
    static long size(MemorySegment stream, long offset) {
        return stream.get(ValueLayout.JAVA_LONG, offset);
    }

    /** Points the stream at {@code buffer} for input or output, {@code length} bytes. */
    static void point(MemorySegment stream, long pointerOffset, MemorySegment buffer,
            long length) {
        stream.set(ValueLayout.ADDRESS, pointerOffset, buffer);
        stream.set(ValueLayout.JAVA_LONG, pointerOffset + 8, length);
    }
}
