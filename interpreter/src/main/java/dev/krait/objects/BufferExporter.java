package dev.krait.objects;

/**
 * An object whose contents other objects may read (and, when writable, write) in place: the
 * exporting side of CPython's buffer protocol ({@code bf_getbuffer}). A {@link PyMemoryView}
 * keeps the exporter and asks it for its storage at each access, so a view sees the exporter's
 * later writes, as a C {@code Py_buffer} does.
 *
 * <p>Exporters are one-dimensional: by default of unsigned bytes (format {@code 'B'}), or of
 * items of another native format ({@code array.array}); a view gives them other formats and
 * shapes with {@code memoryview.cast}.
 *
 * <p>CPython counterpart: Include/cpython/object.h {@code PyBufferProcs}, Objects/abstract.c
 * {@code PyObject_GetBuffer}.
 */
public interface BufferExporter {
    /**
     * The exporter's storage as it is now: at least {@link #bufferLength()} bytes, of which the
     * first {@code bufferLength()} are the contents. A growable exporter may return a different
     * array after it has been resized, so callers must not keep it across Python operations.
     */
    byte[] bufferStorage();

    /** The number of bytes exported. */
    int bufferLength();

    /** Whether consumers may only read the storage. */
    boolean bufferReadonly();

    /**
     * Tells the exporter that a consumer wrote bytes {@code [from, from + n)} of the array
     * {@link #bufferStorage()} returned. An exporter whose storage is a copy (an {@code mmap},
     * whose bytes live in memory the C library mapped) stores them; one that handed out its own
     * array has nothing to do.
     */
    default void bufferWritten(byte[] storage, int from, int n) {
    }

    /** The struct-style format of one item, as {@code memoryview.format} shows it. */
    default String bufferFormat() {
        return "B";
    }

    /** The size of one item in bytes; {@link #bufferLength()} is a multiple of it. */
    default int bufferItemSize() {
        return 1;
    }
}
