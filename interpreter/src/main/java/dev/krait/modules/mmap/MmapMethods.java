package dev.krait.modules.mmap;

import dev.krait.modules.posix.Libc;
import dev.krait.modules.posix.PosixCalls;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The file-like methods of {@code mmap.mmap} (a position, reading, writing, searching, moving)
 * and those that reach the kernel ({@code flush}, {@code madvise}, {@code resize},
 * {@code size}), as static methods taking the map first, listed as a method class of
 * {@link PyMmap#TYPE}.
 *
 * <p>CPython counterpart: Modules/mmapmodule.c ({@code mmap_read_method} to
 * {@code mmap_madvise_method}).
 */
public final class MmapMethods {
    private MmapMethods() {
    }

    // CPython: Modules/mmapmodule.c mmap_read_byte_method
    @Exposed("read_byte($self, /)")
    public static long read_byte(PyMmap self) {
        MemorySegment d = self.memory();
        if (self.pos >= self.size) {
            throw PyExceptions.valueError("read byte out of range");
        }
        return d.get(ValueLayout.JAVA_BYTE, self.pos++) & 0xFF;
    }

    // CPython: Modules/mmapmodule.c mmap_read_line_method
    @Exposed("readline($self, /)")
    public static PyObject readline(PyMmap self) {
        MemorySegment d = self.memory();
        long remaining = self.pos < self.size ? self.size - self.pos : 0;
        if (remaining == 0) {
            return PyBytes.EMPTY;
        }
        long end = self.pos;
        while (end < self.size && d.get(ValueLayout.JAVA_BYTE, end) != '\n') {
            end++;
        }
        if (end < self.size) {
            end++; // keep the newline
        }
        byte[] line = self.copy(self.pos, Math.toIntExact(end - self.pos));
        self.pos = end;
        return PyBytes.of(line);
    }

    // CPython: Modules/mmapmodule.c mmap_read_method
    @Exposed("read($self, n=None, /)")
    public static PyObject read(PyMmap self, PyObject n) {
        self.data();
        long count = CArgs.optionalSsizeT(n, Long.MAX_VALUE);
        self.data();
        // out-of-range requests are silently adjusted
        long remaining = self.pos < self.size ? self.size - self.pos : 0;
        if (count < 0 || count > remaining) {
            count = remaining;
        }
        if (count == 0) {
            return PyBytes.EMPTY;
        }
        if (count > Integer.MAX_VALUE - 8) {
            throw PyExceptions.of(PyExceptions.MemoryError, null);
        }
        byte[] b = self.copy(self.pos, (int) count);
        self.pos += count;
        return PyBytes.of(b);
    }

    // CPython: Modules/mmapmodule.c mmap_find_method
    @Exposed("find($self, sub, start=<unrepresentable>, end=<unrepresentable>, /)")
    public static long find(PyMmap self, PyObject sub, PyObject start, PyObject end) {
        return search(self, sub, start, end, false);
    }

    // CPython: Modules/mmapmodule.c mmap_rfind_method
    @Exposed("rfind($self, sub, start=<unrepresentable>, end=<unrepresentable>, /)")
    public static long rfind(PyMmap self, PyObject sub, PyObject start, PyObject end) {
        return search(self, sub, start, end, true);
    }

    /** The lowest (highest) index of {@code sub} in {@code [start, end)}, or -1. */
    // CPython: Modules/mmapmodule.c mmap_gfind
    private static long search(PyMmap self, PyObject sub, PyObject startArg, PyObject endArg,
            boolean reverse) {
        self.data();
        byte[] needle = Args.buffer(sub);
        long start = startArg == null
                ? self.pos : CArgs.asSsizeT(startArg);
        long end = endArg == null
                ? self.size : CArgs.asSsizeT(endArg);
        start = clampIndex(start, self.size);
        end = clampIndex(end, self.size);
        if (end - start < needle.length) {
            return -1;
        }
        byte[] hay = self.copy(start, Math.toIntExact(end - start));
        int last = hay.length - needle.length;
        if (reverse) {
            for (int i = last; i >= 0; i--) {
                if (matchesAt(hay, i, needle)) {
                    return start + i;
                }
            }
        } else {
            for (int i = 0; i <= last; i++) {
                if (matchesAt(hay, i, needle)) {
                    return start + i;
                }
            }
        }
        return -1;
    }

    private static long clampIndex(long i, long size) {
        if (i < 0) {
            i += size;
        }
        return i < 0 ? 0 : Math.min(i, size);
    }

    private static boolean matchesAt(byte[] hay, int at, byte[] needle) {
        for (int k = 0; k < needle.length; k++) {
            if (hay[at + k] != needle[k]) {
                return false;
            }
        }
        return true;
    }

    // CPython: Modules/mmapmodule.c mmap_write_method
    @Exposed("write($self, bytes, /)")
    public static long write(PyMmap self, PyObject bytes) {
        self.data();
        byte[] b = Args.buffer(bytes);
        self.checkWritable();
        MemorySegment d = self.memory();
        if (self.pos > self.size || self.size - self.pos < b.length) {
            throw PyExceptions.valueError("data out of range");
        }
        MemorySegment.copy(b, 0, d, ValueLayout.JAVA_BYTE, self.pos, b.length);
        self.pos += b.length;
        return b.length;
    }

    // CPython: Modules/mmapmodule.c mmap_write_byte_method
    @Exposed("write_byte($self, byte, /)")
    public static void write_byte(PyMmap self, PyObject value) {
        self.data();
        byte v = (byte) CArgs.unsignedByteFormat(value);
        self.checkWritable();
        MemorySegment d = self.memory();
        if (self.pos >= self.size) {
            throw PyExceptions.valueError("write byte out of range");
        }
        d.set(ValueLayout.JAVA_BYTE, self.pos++, v);
    }

    // CPython: Modules/mmapmodule.c mmap_tell_method
    @Exposed("tell($self, /)")
    public static long tell(PyMmap self) {
        self.data();
        return self.pos;
    }

    // CPython: Modules/mmapmodule.c mmap_seek_method
    @Exposed("seek($self, pos, whence=0, /)")
    public static void seek(PyMmap self, PyObject pos, PyObject whence) {
        self.data();
        long dist = CArgs.asSsizeT(pos);
        int how = CArgs.intFormat(whence);
        long where;
        switch (how) {
            case 0 -> where = dist;
            case 1 -> {
                if (Long.MAX_VALUE - self.pos < dist) {
                    throw PyExceptions.valueError("seek out of range");
                }
                where = self.pos + dist;
            }
            case 2 -> {
                if (Long.MAX_VALUE - self.size < dist) {
                    throw PyExceptions.valueError("seek out of range");
                }
                where = self.size + dist;
            }
            default -> throw PyExceptions.valueError("unknown seek type");
        }
        if (where > self.size || where < 0) {
            throw PyExceptions.valueError("seek out of range");
        }
        self.pos = where;
    }

    // CPython: Modules/mmapmodule.c mmap_move_method
    @Exposed("move($self, dest, src, count, /)")
    public static void move(PyMmap self, PyObject dest, PyObject src, PyObject count) {
        self.data();
        long d = CArgs.asSsizeT(dest);
        long s = CArgs.asSsizeT(src);
        long n = CArgs.asSsizeT(count);
        self.checkWritable();
        MemorySegment data = self.memory();
        if (d < 0 || s < 0 || n < 0 || self.size - d < n || self.size - s < n) {
            throw PyExceptions.valueError("source, destination, or count out of range");
        }
        // MemorySegment.copy copies overlapping ranges as memmove does.
        MemorySegment.copy(data, s, data, d, n);
    }

    // CPython: Modules/mmapmodule.c mmap_size_method
    @Exposed("size($self, /)")
    public static long size(PyMmap self) {
        self.data();
        try {
            return PosixCalls.fstat(self.mapping().fd()).size();
        } catch (Libc.Failure e) {
            throw PyMmap.osError(e);
        }
    }

    // CPython: Modules/mmapmodule.c mmap_resize_method
    @Exposed("resize($self, newsize, /)")
    public static void resize(PyMmap self, PyObject newsize) {
        self.data();
        long n = CArgs.asSsizeT(newsize);
        if (self.access != PyMmap.ACCESS_WRITE && self.access != PyMmap.ACCESS_DEFAULT) {
            throw PyExceptions.typeError(
                    "mmap can't resize a readonly or copy-on-write memory map.");
        }
        self.data();
        if (n < 0 || Long.MAX_VALUE - n < self.offset) {
            throw PyExceptions.valueError("new size out of range");
        }
        Mapping m = self.mapping();
        try {
            if (m.fd() != -1) {
                PosixCalls.ftruncate(m.fd(), self.offset + n);
            }
            m.resize(n);
        } catch (Libc.Failure e) {
            throw PyMmap.osError(e);
        }
        self.size = n;
    }

    // CPython: Modules/mmapmodule.c mmap_flush_method
    @Exposed("flush($self, offset=0, size=<unrepresentable>, /)")
    public static void flush(PyMmap self, PyObject offset, PyObject size) {
        self.data();
        long off = CArgs.asSsizeT(offset);
        long n = size == null ? self.size : CArgs.asSsizeT(size);
        if (n < 0 || off < 0 || self.size - off < n) {
            throw PyExceptions.valueError("flush values out of range");
        }
        if (self.access == PyMmap.ACCESS_READ || self.access == PyMmap.ACCESS_COPY) {
            return;
        }
        self.data();
        try {
            self.mapping().sync(off, n);
        } catch (Libc.Failure e) {
            throw PyMmap.osError(e);
        }
    }

    // CPython: Modules/mmapmodule.c mmap_madvise_method
    @Exposed("madvise($self, option, start=0, length=<unrepresentable>, /)")
    public static void madvise(PyMmap self, PyObject option, PyObject start, PyObject length) {
        self.data();
        int advice = CArgs.intFormat(option);
        long st = CArgs.asSsizeT(start);
        long len = length == null ? self.size : CArgs.asSsizeT(length);
        if (st < 0 || st >= self.size) {
            throw PyExceptions.valueError("madvise start out of bounds");
        }
        if (len < 0) {
            throw PyExceptions.valueError("madvise length invalid");
        }
        if (Long.MAX_VALUE - st < len) {
            throw PyExceptions.overflowError("madvise length too large");
        }
        if (st + len > self.size) {
            len = self.size - st;
        }
        self.data();
        try {
            self.mapping().advise(st, len, advice);
        } catch (Libc.Failure e) {
            throw PyMmap.osError(e);
        }
    }
}
