package dev.krait.objects;

/**
 * A contiguous writable buffer that a consumer fills in place: what CPython's
 * {@code PyObject_GetBuffer(o, PyBUF_WRITABLE)} gives {@code readinto}, {@code pack_into} and
 * {@code recv_into}. It covers a {@code bytearray}, any other writable {@link BufferExporter}
 * ({@code array.array}) and a writable C-contiguous {@code memoryview} of one.
 *
 * <p>CPython counterpart: Objects/abstract.c {@code PyObject_GetBuffer} with
 * {@code PyBUF_WRITABLE}; Python/getargs.c {@code "w*"}.
 */
public final class WritableBuffer {
    private final PyObject target;
    private final BufferExporter exporter;
    private final int offset;
    private final int length;

    private WritableBuffer(PyObject target, BufferExporter exporter, int offset, int length) {
        this.target = target;
        this.exporter = exporter;
        this.offset = offset;
        this.length = length;
    }

    /** The writable buffer of {@code o}, or null when it has none. */
    public static WritableBuffer of(PyObject o) {
        if (o instanceof PyMemoryView m) {
            if (m.isReleased() || m.readonly || !m.isContiguous(false)) {
                return null;
            }
            return new WritableBuffer(o, m.source, m.offset, m.nbytes());
        }
        if (o instanceof BufferExporter e && !e.bufferReadonly()) {
            return new WritableBuffer(o, e, 0, e.bufferLength());
        }
        return null;
    }

    /**
     * As {@link #of}, raising CPython's {@code "w*"} error for objects without one:
     * {@code "<what> argument must be read-write bytes-like object, not <type>"}.
     */
    public static WritableBuffer require(PyObject o, String what) {
        WritableBuffer b = of(o);
        if (b == null) {
            throw PyExceptions.typeError(what + "argument must be read-write bytes-like object, "
                    + "not " + o.type().getName());
        }
        return b;
    }

    /** The number of bytes that may be written. */
    public int length() {
        return length;
    }

    /** Writes {@code src[from:from+n]} at byte {@code at} of the buffer. */
    public void write(int at, byte[] src, int from, int n) {
        if (at < 0 || n < 0 || at + n > length) {
            throw PyExceptions.valueError("write outside the buffer");
        }
        if (target instanceof PyMemoryView m) {
            m.storage();
        }
        byte[] s = exporter.bufferStorage();
        if (offset + at + n > exporter.bufferLength()) {
            throw PyExceptions.of(PyExceptions.BufferError,
                    "memoryview: underlying buffer has been resized");
        }
        System.arraycopy(src, from, s, offset + at, n);
        exporter.bufferWritten(s, offset + at, n);
    }
}
