package dev.krait.modules.mmap;

import dev.krait.modules.posix.Libc;
import dev.krait.modules.posix.PosixCalls;
import dev.krait.modules.posix.StatBuffer;
import dev.krait.objects.BufferExporter;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PySequenceIterator;
import dev.krait.objects.PySlice;
import dev.krait.objects.PyType;
import dev.krait.objects.Weakrefable;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * {@code mmap.mmap}: a file (or anonymous memory) mapped into memory, read and written as a
 * mutable byte sequence and as a file (a position, {@code read}, {@code write}, {@code seek}).
 * The memory is the C library's mapping ({@link Mapping}), so writes reach the file and other
 * processes mapping it exactly as in CPython.
 *
 * <p>As a buffer it exports a copy of the mapped bytes taken at each access, and a consumer's
 * writes into that copy are stored back into the mapping at once ({@link #bufferWritten}):
 * Krait's buffers are Java arrays, which cannot alias native memory (see docs/DIFFERENCES.md).
 *
 * <p>CPython counterpart: Modules/mmapmodule.c ({@code mmap_object} and its methods).
 */
public class PyMmap extends PyObject implements BufferExporter, Weakrefable {
    public static final PyType TYPE = PyType.builtin("mmap", PyMmap.class, null,
            MmapMethods.class).withModule("mmap");

    static final int ACCESS_DEFAULT = 0;
    static final int ACCESS_READ = 1;
    static final int ACCESS_WRITE = 2;
    static final int ACCESS_COPY = 3;
    static final int PROT_READ = 1;
    static final int PROT_WRITE = 2;
    static final int MAP_SHARED = 1;
    static final int MAP_PRIVATE = 2;
    static final int MAP_ANONYMOUS = 0x20;

    private Mapping mapping;
    long size;
    long pos;
    final long offset;
    final int access;
    /** Whether the mapping's protection is PROT_NONE. */
    private boolean inaccessible;

    PyMmap(PyType type, Mapping mapping, long size, long offset, int access) {
        super(type);
        this.mapping = mapping;
        this.size = size;
        this.offset = offset;
        this.access = access;
    }

    // ---- the state every method checks ----------------------------------------------------

    /**
     * The mapped memory, or CPython's ValueError once closed. Called after argument
     * conversion, right before the memory is touched, because an argument's {@code __index__}
     * may have closed the map meanwhile (gh-103987).
     */
    // CPython: Modules/mmapmodule.c CHECK_VALID
    MemorySegment data() {
        MemorySegment s = mapping == null ? null : mapping.segment();
        if (s == null) {
            throw PyExceptions.valueError("mmap closed or invalid");
        }
        return s;
    }

    /**
     * The mapped memory about to be read or written. A PROT_NONE mapping (a guard region) may
     * be made and closed, but touching it would crash the JVM, where CPython crashes itself.
     */
    MemorySegment memory() {
        MemorySegment s = data();
        if (inaccessible) {
            throw PyExceptions.valueError("mmap: the memory of a PROT_NONE mapping cannot be "
                    + "accessed");
        }
        return s;
    }

    boolean isClosed() {
        return mapping == null || mapping.segment() == null;
    }

    // CPython: Modules/mmapmodule.c is_writable
    void checkWritable() {
        if (access == ACCESS_READ) {
            throw PyExceptions.typeError("mmap can't modify a readonly memory map.");
        }
    }

    /** {@code len(bytes)} of {@code [from, from+n)} of the map. */
    byte[] copy(long from, int n) {
        byte[] b = new byte[n];
        MemorySegment.copy(memory(), ValueLayout.JAVA_BYTE, from, b, 0, n);
        return b;
    }

    /**
     * {@code [start, stop, step, length]} of a slice over the map, in longs since a map may
     * exceed 2 GiB (the bounds' {@code __index__} run first, then the size is read).
     */
    // CPython: Objects/sliceobject.c PySlice_Unpack, PySlice_AdjustIndices
    long[] sliceIndices(PySlice slice) {
        long step = 1;
        if (slice.step != PyNone.NONE) {
            step = bound(Numbers.indexForSlice(slice.step));
            if (step == 0) {
                throw PyExceptions.valueError("slice step cannot be zero");
            }
            step = Math.max(step, -Long.MAX_VALUE);
        }
        long start = slice.start == PyNone.NONE ? (step < 0 ? Long.MAX_VALUE : 0)
                : bound(Numbers.indexForSlice(slice.start));
        long stop = slice.stop == PyNone.NONE ? (step < 0 ? Long.MIN_VALUE : Long.MAX_VALUE)
                : bound(Numbers.indexForSlice(slice.stop));
        long n = size;
        start = adjust(start, n, step);
        stop = adjust(stop, n, step);
        long length;
        if (step < 0) {
            length = stop < start ? (start - stop - 1) / -step + 1 : 0;
        } else {
            length = start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return new long[] {start, stop, step, length};
    }

    private static long bound(PyInt v) {
        return v.isSmall() ? v.longValue() : (v.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
    }

    private static long adjust(long i, long n, long step) {
        if (i < 0) {
            i = i == Long.MIN_VALUE ? -1 : i + n;
            if (i < 0) {
                i = step < 0 ? -1 : 0;
            }
        } else if (i >= n) {
            i = step < 0 ? n - 1 : n;
        }
        return i;
    }

    // ---- construction ----------------------------------------------------------------------

    // CPython: Modules/mmapmodule.c new_mmap_object (Unix)
    @Exposed(value = "__new__($type, fileno, length, flags=1, prot=3, access=0, offset=0)",
            kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject fileno, PyObject length, PyObject flags,
            PyObject prot, PyObject access, PyObject offset) {
        int fd = CArgs.intFormat(fileno);
        long mapSize = CArgs.asSsizeT(length);
        int fl = CArgs.intFormat(flags);
        int pr = CArgs.intFormat(prot);
        int acc = CArgs.intFormat(access);
        long off = CArgs.asLong(offset);
        if (mapSize < 0) {
            throw PyExceptions.overflowError("memory mapped length must be positive");
        }
        if (off < 0) {
            throw PyExceptions.overflowError("memory mapped offset must be positive");
        }
        if (acc != ACCESS_DEFAULT && (fl != MAP_SHARED || pr != (PROT_WRITE | PROT_READ))) {
            throw PyExceptions.valueError("mmap can't specify both access and flags, prot.");
        }
        switch (acc) {
            case ACCESS_READ -> {
                fl = MAP_SHARED;
                pr = PROT_READ;
            }
            case ACCESS_WRITE -> {
                fl = MAP_SHARED;
                pr = PROT_READ | PROT_WRITE;
            }
            case ACCESS_COPY -> {
                fl = MAP_PRIVATE;
                pr = PROT_READ | PROT_WRITE;
            }
            case ACCESS_DEFAULT -> {
                if ((pr & PROT_READ) != 0 && (pr & PROT_WRITE) != 0) {
                    acc = ACCESS_DEFAULT;
                } else if ((pr & PROT_WRITE) != 0) {
                    acc = ACCESS_WRITE;
                } else {
                    acc = ACCESS_READ;
                }
            }
            default -> throw PyExceptions.valueError("mmap invalid access parameter.");
        }
        dev.krait.runtime.Audit.audit("mmap.__new__", PyInt.of(fd), PyInt.of(mapSize),
                PyInt.of(acc), PyInt.of(off)); // CPython: Modules/mmapmodule.c new_mmap_object
        if (fd != -1) {
            StatBuffer st = null;
            try {
                st = PosixCalls.fstat(fd);
            } catch (Libc.Failure e) {
                // CPython: _Py_fstat_noraise; dup() below reports the bad descriptor
            }
            if (st != null && st.isRegular()) {
                if (mapSize == 0) {
                    if (st.size() == 0) {
                        throw PyExceptions.valueError("cannot mmap an empty file");
                    }
                    if (off >= st.size()) {
                        throw PyExceptions.valueError("mmap offset is greater than file size");
                    }
                    mapSize = st.size() - off;
                } else if (off > st.size() || st.size() - off < mapSize) {
                    throw PyExceptions.valueError("mmap length is greater than file size");
                }
            }
        }
        Mapping m;
        try {
            if (fd == -1) {
                m = Mapping.map(mapSize, pr, fl | MAP_ANONYMOUS, -1, off, -1);
            } else {
                int own = PosixCalls.dup(fd);
                m = Mapping.map(mapSize, pr, fl, fd, off, own);
            }
        } catch (Libc.Failure e) {
            throw e.toOSError(null);
        }
        PyMmap result = new PyMmap(cls, m, mapSize, off, acc);
        result.inaccessible = (pr & 7) == 0;
        return result;
    }

    // ---- closing ---------------------------------------------------------------------------

    // CPython: Modules/mmapmodule.c mmap_close_method
    @Exposed("close($self, /)")
    public void close() {
        if (mapping != null) {
            mapping.release();
        }
    }

    @Exposed.Getter("closed")
    public boolean getClosed() {
        return isClosed();
    }

    @Exposed("__enter__($self, /)")
    public PyObject __enter__() {
        data();
        return this;
    }

    @Exposed("__exit__($self, *args)")
    public void __exit__(PyObject[] args, String[] kwnames) {
        close();
    }

    // CPython: Modules/mmapmodule.c mmap__repr__method
    @Exposed("__repr__($self, /)")
    public String __repr__() {
        String name = type() == TYPE ? "mmap.mmap" : type().getName();
        if (isClosed()) {
            return "<" + name + " closed=True>";
        }
        String acc = switch (access) {
            case ACCESS_READ -> "ACCESS_READ";
            case ACCESS_WRITE -> "ACCESS_WRITE";
            case ACCESS_COPY -> "ACCESS_COPY";
            default -> "ACCESS_DEFAULT";
        };
        return "<" + name + " closed=False, access=" + acc + ", length=" + size + ", pos=" + pos
                + ", offset=" + offset + ">";
    }

    // ---- the sequence ----------------------------------------------------------------------

    // CPython: Modules/mmapmodule.c mmap_length
    @Exposed("__len__($self, /)")
    public long __len__() {
        data();
        return size;
    }

    // CPython: Modules/mmapmodule.c mmap_subscript
    @Exposed("__getitem__($self, key, /)")
    public PyObject __getitem__(PyObject key) {
        data();
        if (Args.isIndex(key)) {
            long i = CArgs.asIndexSized(key, PyExceptions.IndexError);
            if (i < 0) {
                i += size;
            }
            if (i < 0 || i >= size) {
                throw PyExceptions.indexError("mmap index out of range");
            }
            return PyInt.of(memory().get(ValueLayout.JAVA_BYTE, i) & 0xFF);
        }
        if (key instanceof PySlice slice) {
            long[] idx = sliceIndices(slice);
            if (idx[3] <= 0) {
                data();
                return PyBytes.EMPTY;
            }
            if (idx[3] > Integer.MAX_VALUE - 8) {
                throw PyExceptions.of(PyExceptions.MemoryError, null);
            }
            int len = (int) idx[3];
            if (idx[2] == 1) {
                return PyBytes.of(copy(idx[0], len));
            }
            MemorySegment d = memory();
            byte[] out = new byte[len];
            long cur = idx[0];
            for (int k = 0; k < len; k++, cur += idx[2]) {
                out[k] = d.get(ValueLayout.JAVA_BYTE, cur);
            }
            return PyBytes.of(out);
        }
        throw PyExceptions.typeError("mmap indices must be integers");
    }

    // CPython: Modules/mmapmodule.c mmap_ass_subscript
    @Exposed("__setitem__($self, key, value, /)")
    public void __setitem__(PyObject key, PyObject value) {
        assign(key, value);
    }

    @Exposed("__delitem__($self, key, /)")
    public void __delitem__(PyObject key) {
        assign(key, null);
    }

    private void assign(PyObject key, PyObject value) {
        data();
        checkWritable();
        if (Args.isIndex(key)) {
            long i = CArgs.asIndexSized(key, PyExceptions.IndexError);
            if (i < 0) {
                i += size;
            }
            if (i < 0 || i >= size) {
                throw PyExceptions.indexError("mmap index out of range");
            }
            if (value == null) {
                throw PyExceptions.typeError("mmap doesn't support item deletion");
            }
            if (!Args.isIndex(value)) {
                throw PyExceptions.typeError("mmap item value must be an int");
            }
            PyInt v = Numbers.index(value);
            if (!v.isSmall()) {
                throw PyExceptions.typeError("cannot fit '" + value.type().getName()
                        + "' into an index-sized integer");
            }
            if (v.longValue() < 0 || v.longValue() > 255) {
                throw PyExceptions.valueError("mmap item value must be in range(0, 256)");
            }
            memory().set(ValueLayout.JAVA_BYTE, i, (byte) v.longValue());
            return;
        }
        if (key instanceof PySlice slice) {
            long[] idx = sliceIndices(slice);
            long len = idx[3];
            if (value == null) {
                throw PyExceptions.typeError("mmap object doesn't support slice deletion");
            }
            byte[] src = Args.buffer(value);
            if (src.length != len) {
                throw PyExceptions.indexError("mmap slice assignment is wrong size");
            }
            if (len == 0) {
                return;
            }
            MemorySegment d = memory();
            if (idx[2] == 1) {
                MemorySegment.copy(src, 0, d, ValueLayout.JAVA_BYTE, idx[0], src.length);
            } else {
                long cur = idx[0];
                for (int k = 0; k < src.length; k++, cur += idx[2]) {
                    d.set(ValueLayout.JAVA_BYTE, cur, src[k]);
                }
            }
            return;
        }
        throw PyExceptions.typeError("mmap indices must be integer");
    }

    /**
     * Iteration walks the sequence protocol's items, which for an mmap are bytes of length 1
     * (its {@code sq_item}), not the ints that subscription gives.
     */
    // CPython: Modules/mmapmodule.c mmap_item, through Objects/iterobject.c
    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return new PySequenceIterator(new MmapItems(this), PySequenceIterator.Kind.GETITEM);
    }

    // ---- the buffer ------------------------------------------------------------------------

    // CPython: Modules/mmapmodule.c mmap_buffer_getbuf (here a snapshot, see the class comment)
    @Override
    public byte[] bufferStorage() {
        if (size > Integer.MAX_VALUE - 8) {
            throw PyExceptions.of(PyExceptions.BufferError,
                    "mmap: a map over 2 GiB cannot be exported as a buffer");
        }
        return copy(0, (int) size);
    }

    @Override
    public int bufferLength() {
        data(); // CPython's getbuffer refuses a closed map
        return (int) Math.min(size, Integer.MAX_VALUE - 8);
    }

    @Override
    public boolean bufferReadonly() {
        return access == ACCESS_READ;
    }

    /** Stores what a consumer wrote into the copy {@link #bufferStorage} gave it. */
    @Override
    public void bufferWritten(byte[] storage, int from, int n) {
        MemorySegment memory = memory();
        if (from < 0 || n <= 0 || from + (long) n > size) {
            return;
        }
        MemorySegment.copy(storage, from, memory, ValueLayout.JAVA_BYTE, from, n);
    }

    // ---- what MmapMethods needs --------------------------------------------------------------

    Mapping mapping() {
        return mapping;
    }

    /** A failed system call as CPython's OSError. */
    static PyException osError(Libc.Failure e) {
        return e.toOSError(null);
    }
}
