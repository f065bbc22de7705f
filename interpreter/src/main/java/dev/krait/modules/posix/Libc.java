package dev.krait.modules.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The C library functions Krait calls where the JDK has no equivalent (real file descriptors,
 * {@code umask}, {@code getuid}, {@code isatty}, {@code stat} with every field, errno), each
 * bound once per JVM, on its first call, through the Foreign Function and Memory API. Every call that can fail captures
 * {@code errno} as the C library left it, so Python sees the very errno (and hence the very
 * OSError subclass and message) that CPython would.
 *
 * <p>Each binding is a method handle; {@link #call} runs one and, when it answers -1, throws a
 * {@link Failure} carrying errno, which the callers turn into Python's OSError with the file
 * names that apply. The handles are immutable and shared by all interpreters.
 */
public final class Libc {
    private Libc() {}

    /** A failed call: {@code errno} as the C library set it. */
    public static final class Failure extends RuntimeException {
        public final int errno;

        public Failure(int errno) {
            super(null, null, false, false);
            this.errno = errno;
        }

        /** The OSError CPython raises for this errno, naming {@code filename} (or null). */
        public dev.krait.objects.PyException toOSError(dev.krait.objects.PyObject filename) {
            return PathArg.Errors.osError(errno, filename, null);
        }
    }

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LOOKUP = LINKER.defaultLookup();
    private static final Linker.Option CAPTURE = Linker.Option.captureCallState("errno");
    private static final StructLayout STATE = Linker.Option.captureStateLayout();
    /**
     * Where errno lies in {@link #STATE}, found by walking the struct's members: reading it
     * as a plain int there needs no var handle of its own for the struct's path, which the
     * JDK would build (method handles and all) on the first call of every start-up.
     */
    private static final long ERRNO_OFFSET = errnoOffset();
    /** Per thread, the memory the linker writes errno into after each call. */
    private static final ThreadLocal<MemorySegment> STATE_SEGMENT =
            ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(STATE));

    public static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    public static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG;
    public static final java.lang.foreign.AddressLayout PTR = ValueLayout.ADDRESS;

    /** A handle that captures errno (its first parameter is the capture segment). */
    public static MethodHandle errnoCall(String name, FunctionDescriptor fd,
            Linker.Option... more) {
        Linker.Option[] options = new Linker.Option[more.length + 1];
        options[0] = CAPTURE;
        System.arraycopy(more, 0, options, 1, more.length);
        return LINKER.downcallHandle(symbol(name), fd, options);
    }

    /** Whether the C library has the function {@code name} (getdents64 is Linux's only). */
    public static boolean has(String name) {
        return LOOKUP.find(name).isPresent();
    }

    /** A handle for a call that cannot fail. */
    public static MethodHandle plainCall(String name, FunctionDescriptor fd) {
        return LINKER.downcallHandle(symbol(name), fd);
    }

    /**
     * The symbols of a shared library of the system ({@code "libbz2.so.1.0"}), loaded for the
     * life of the process; null when it is not installed, so that the module needing it is
     * missing, as CPython's is when it was built without the library.
     */
    public static SymbolLookup systemLibrary(String soname) {
        try {
            return SymbolLookup.libraryLookup(soname, java.lang.foreign.Arena.global());
        } catch (IllegalArgumentException | IllegalCallerException e) {
            return null;
        }
    }

    /** The address of the C library's {@code environ} variable. */
    static final MemorySegment LOOKUP_ENVIRON = symbol("environ");

    private static MemorySegment symbol(String name) {
        return LOOKUP.find(name).orElseThrow(() -> new UnsatisfiedLinkError(name));
    }

    private static long errnoOffset() {
        long offset = 0;
        for (MemoryLayout member : STATE.memberLayouts()) {
            if (member.name().orElse("").equals("errno")) {
                return offset;
            }
            offset += member.byteSize();
        }
        throw new IllegalStateException("the linker captures no errno");
    }

    /** The capture segment to pass as the first argument of an {@link #errnoCall} handle. */
    public static MemorySegment state() {
        return STATE_SEGMENT.get();
    }

    /** errno as the last {@link #errnoCall} on this thread left it. */
    public static int lastErrno() {
        return fields(STATE_SEGMENT.get()).getInt((int) ERRNO_OFFSET);
    }

    /**
     * A view of a C struct's bytes in the machine's order, to read its fields from.
     * MemorySegment.get would build a var handle for each kind of field on its first use,
     * spinning method-handle classes at run time that the AOT cache does not hold -- on every
     * start-up, for the standard streams' fstat; a byte buffer reads the same memory directly.
     */
    public static ByteBuffer fields(MemorySegment s) {
        return s.asByteBuffer().order(ByteOrder.nativeOrder());
    }

    /** The pointer stored at {@code address}, read as {@link #fields} reads (0 for NULL). */
    public static long pointerAt(long address) {
        return fields(MemorySegment.ofAddress(address).reinterpret(8)).getLong(0);
    }

    /** Throws the failure of the last call when its result is -1, else returns the result. */
    public static int check(int result) {
        if (result == -1) {
            throw new Failure(lastErrno());
        }
        return result;
    }

    public static long check(long result) {
        if (result == -1) {
            throw new Failure(lastErrno());
        }
        return result;
    }

    /** A Java exception from invoking a handle: internal, since the signatures are fixed. */
    public static RuntimeException internal(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    /** A NUL-terminated copy of a file name's bytes (file names are bytes to the kernel). */
    public static MemorySegment cString(Arena arena, byte[] bytes) {
        // An arena's memory starts zeroed (java.lang.foreign.Arena), so the NUL is there
        // already; writing it with MemorySegment.set would build a var handle (see fields).
        MemorySegment s = arena.allocate(bytes.length + 1L);
        MemorySegment.copy(bytes, 0, s, ValueLayout.JAVA_BYTE, 0, bytes.length);
        return s;
    }

    /** The bytes of a NUL-terminated C string (up to {@code max} bytes). */
    public static byte[] cBytes(MemorySegment s, long max) {
        MemorySegment r = s.reinterpret(max);
        // The JDK's string reading finds the NUL without a var handle, which reading byte by
        // byte (MemorySegment.get) would build on its first use, spinning classes at start-up
        // (sys.thread_info reads confstr's answer); Latin-1 gives back the very bytes.
        try {
            return r.getString(0, StandardCharsets.ISO_8859_1)
                    .getBytes(StandardCharsets.ISO_8859_1);
        } catch (IllegalArgumentException noNul) {
            byte[] b = new byte[(int) max];
            MemorySegment.copy(r, ValueLayout.JAVA_BYTE, 0, b, 0, b.length);
            return b;
        }
    }

    public static String cText(MemorySegment s, long max) {
        return new String(cBytes(s, max), StandardCharsets.UTF_8);
    }
}
