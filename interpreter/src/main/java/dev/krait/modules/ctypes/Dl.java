package dev.krait.modules.ctypes;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;

/**
 * The dynamic loader of the C library ({@code dlopen}, {@code dlsym}, {@code dlclose},
 * {@code dlerror}) called through the Foreign Function API, so that library handles are the
 * real ones CPython would show and symbols resolve exactly as in C; and the addresses of the
 * C library's {@code memmove} and {@code memset} that ctypes calls through its own function
 * pointers.
 *
 * <p>CPython counterpart: Modules/_ctypes/callproc.c py_dl_open, py_dl_close, py_dl_sym.
 */
final class Dl {
    private Dl() {}

    static final int RTLD_LAZY = 0x1;
    static final int RTLD_NOW = 0x2;
    static final int RTLD_LOCAL = 0;
    static final int RTLD_GLOBAL = 0x100;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final java.lang.foreign.AddressLayout P = ValueLayout.ADDRESS;
    private static final MethodHandle DLOPEN = fn("dlopen", FunctionDescriptor.of(P, P, I));
    private static final MethodHandle DLSYM = fn("dlsym", FunctionDescriptor.of(P, P, P));
    private static final MethodHandle DLCLOSE = fn("dlclose", FunctionDescriptor.of(I, P));
    private static final MethodHandle DLERROR = fn("dlerror", FunctionDescriptor.of(P));

    static final long MEMMOVE = LIBC.find("memmove").orElseThrow().address();
    static final long MEMSET = LIBC.find("memset").orElseThrow().address();

    private static MethodHandle fn(String name, FunctionDescriptor fd) {
        MemorySegment s = LIBC.find(name).orElseThrow(() -> new IllegalStateException(
                "the C library has no " + name));
        return LINKER.downcallHandle(s, fd);
    }

    private static RuntimeException internal(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    /** {@code dlopen(name, mode)}: the handle, or 0 (then {@link #lastError} says why). */
    static long open(byte[] name, int mode) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment n = MemorySegment.NULL;
            if (name != null) {
                n = arena.allocate(name.length + 1L);
                MemorySegment.copy(name, 0, n, ValueLayout.JAVA_BYTE, 0, name.length);
            }
            return ((MemorySegment) DLOPEN.invokeExact(n, mode)).address();
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** {@code dlsym(handle, name)}: the address, or 0. */
    static long sym(long handle, String name) {
        byte[] b = name.getBytes(StandardCharsets.UTF_8);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment n = arena.allocate(b.length + 1L);
            MemorySegment.copy(b, 0, n, ValueLayout.JAVA_BYTE, 0, b.length);
            return ((MemorySegment) DLSYM.invokeExact(MemorySegment.ofAddress(handle), n))
                    .address();
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** {@code dlclose(handle)}: 0 on success. */
    static int close(long handle) {
        try {
            return (int) DLCLOSE.invokeExact(MemorySegment.ofAddress(handle));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** {@code dlerror()}: the loader's message for the last failure. */
    static String lastError() {
        try {
            MemorySegment p = (MemorySegment) DLERROR.invokeExact();
            if (p.address() == 0) {
                return "dlerror() returned no message";
            }
            return new String(Memory.cString(p.address()), StandardCharsets.UTF_8);
        } catch (Throwable t) {
            throw internal(t);
        }
    }
}
