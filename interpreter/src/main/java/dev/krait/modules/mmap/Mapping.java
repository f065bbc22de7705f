package dev.krait.modules.mmap;

import static dev.krait.modules.posix.Libc.INT;
import static dev.krait.modules.posix.Libc.LONG;
import static dev.krait.modules.posix.Libc.PTR;
import static dev.krait.modules.posix.Libc.check;
import static dev.krait.modules.posix.Libc.internal;
import static dev.krait.modules.posix.Libc.state;

import dev.krait.modules.posix.Libc;
import dev.krait.modules.posix.PosixCalls;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.ref.Cleaner;

/**
 * One memory mapping made by the C library's {@code mmap(2)}, reached through the Foreign
 * Function and Memory API, with the descriptor that {@code mmap.mmap} keeps for
 * {@code size()} and {@code resize()}. It owns the mapping and the descriptor: {@link #release}
 * (what {@code close()} calls) or, when the object is dropped unclosed, a {@link Cleaner}
 * unmaps the memory and closes the descriptor, as CPython's {@code mmap_object_dealloc} does.
 *
 * <p>Its {@link #segment()} is the mapped memory, null once released: callers must look at
 * it after every step that may run Python code (an {@code __index__}), since touching unmapped
 * memory would crash the JVM where CPython would merely crash itself.
 *
 * <p>CPython counterpart: Modules/mmapmodule.c ({@code new_mmap_object} for Unix,
 * {@code mmap_close_method}, {@code mmap_resize_method}, {@code mmap_flush_method},
 * {@code mmap_madvise_method}).
 */
final class Mapping {
    private static final Cleaner CLEANER = Cleaner.create();

    /** {@code mremap}'s flag letting the kernel move the mapping. */
    private static final int MREMAP_MAYMOVE = 1;
    private static final int MS_SYNC = 4;

    // Each C function in a holder class of its own, bound on its first call.
    private static final class Mmap {
        static final MethodHandle H = Libc.errnoCall("mmap",
                FunctionDescriptor.of(PTR, PTR, LONG, INT, INT, INT, LONG));
    }
    private static final class Munmap {
        static final MethodHandle H = Libc.errnoCall("munmap",
                FunctionDescriptor.of(INT, PTR, LONG));
    }
    private static final class Mremap {
        static final MethodHandle H = Libc.errnoCall("mremap",
                FunctionDescriptor.of(PTR, PTR, LONG, LONG, INT));
    }
    private static final class Msync {
        static final MethodHandle H = Libc.errnoCall("msync",
                FunctionDescriptor.of(INT, PTR, LONG, INT));
    }
    private static final class Madvise {
        static final MethodHandle H = Libc.errnoCall("madvise",
                FunctionDescriptor.of(INT, PTR, LONG, INT));
    }
    private static final class Pagesize {
        static final MethodHandle H = Libc.plainCall("getpagesize", FunctionDescriptor.of(INT));
    }

    /** What the cleaner must free: kept apart from the Python object so it can become garbage. */
    private static final class Resources implements Runnable {
        volatile long address;
        volatile long size;
        volatile int fd;

        Resources(long address, long size, int fd) {
            this.address = address;
            this.size = size;
            this.fd = fd;
        }

        @Override
        public synchronized void run() {
            int f = fd;
            long a = address;
            fd = -1;
            address = 0;
            if (f >= 0) {
                try {
                    PosixCalls.close(f);
                } catch (Libc.Failure ignored) {
                    // CPython ignores close's result here too
                }
            }
            if (a != 0) {
                unmap(a, size);
            }
        }
    }

    private final Resources res;
    private final Cleaner.Cleanable cleanable;
    private MemorySegment segment;

    private Mapping(long address, long size, int fd) {
        this.res = new Resources(address, size, fd);
        this.segment = view(address, size);
        this.cleanable = CLEANER.register(this, res);
    }

    private static MemorySegment view(long address, long size) {
        return MemorySegment.ofAddress(address).reinterpret(size);
    }

    /** The system's page size. */
    static int pageSize() {
        try {
            return (int) Pagesize.H.invokeExact();
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /**
     * Maps {@code size} bytes of descriptor {@code fd} (-1: anonymous memory, flags then
     * including MAP_ANONYMOUS) at {@code offset}; {@code ownFd} is the descriptor the mapping
     * keeps (a duplicate of {@code fd}, or -1). Throws {@link Libc.Failure} with errno.
     */
    static Mapping map(long size, int prot, int flags, int fd, long offset, int ownFd) {
        long address;
        try {
            MemorySegment p = (MemorySegment) Mmap.H.invokeExact(state(), MemorySegment.NULL,
                    size, prot, flags, fd, offset);
            address = p.address();
        } catch (Throwable t) {
            throw internal(t);
        }
        if (address == -1L) {
            int errno = Libc.lastErrno();
            if (ownFd >= 0) {
                try {
                    PosixCalls.close(ownFd);
                } catch (Libc.Failure ignored) {
                    // the mapping's failure is the one to report
                }
            }
            throw new Libc.Failure(errno);
        }
        return new Mapping(address, size, ownFd);
    }

    /** The mapped memory, or null once released. */
    MemorySegment segment() {
        return segment;
    }

    /** The descriptor the mapping keeps, or -1. */
    int fd() {
        return res.fd;
    }

    /** Unmaps the memory and closes the descriptor; later calls do nothing. */
    void release() {
        segment = null;
        cleanable.clean();
    }

    private static void unmap(long address, long size) {
        try {
            int ignored = (int) Munmap.H.invokeExact(state(), MemorySegment.ofAddress(address),
                    size);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** {@code mremap(2)} to {@code newSize} bytes, the kernel free to move the mapping. */
    void resize(long newSize) {
        synchronized (res) {
            long address;
            try {
                MemorySegment p = (MemorySegment) Mremap.H.invokeExact(state(),
                        MemorySegment.ofAddress(res.address), res.size, newSize,
                        MREMAP_MAYMOVE);
                address = p.address();
            } catch (Throwable t) {
                throw internal(t);
            }
            if (address == -1L) {
                throw new Libc.Failure(Libc.lastErrno());
            }
            res.address = address;
            res.size = newSize;
            segment = view(address, newSize);
        }
    }

    /** {@code msync(2)} with MS_SYNC over {@code [offset, offset+length)}. */
    void sync(long offset, long length) {
        try {
            check((int) Msync.H.invokeExact(state(),
                    MemorySegment.ofAddress(res.address + offset), length, MS_SYNC));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** {@code madvise(2)} over {@code [start, start+length)}. */
    void advise(long start, long length, int advice) {
        try {
            check((int) Madvise.H.invokeExact(state(),
                    MemorySegment.ofAddress(res.address + start), length, advice));
        } catch (Throwable t) {
            throw internal(t);
        }
    }
}
