package dev.krait.modules.pickle;

import dev.krait.objects.Attributes;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;

/**
 * Where the unpickler reads from: the bytes given to {@code loads}, or a file's {@code read}
 * and {@code readline}. From a file, exactly what each opcode needs is read (a whole frame at
 * a time in protocol 4), so that a file holding several pickles is left just after the one
 * read. Running out of data is "pickle data was truncated"; the opcode loop turns that into
 * EOFError at an opcode boundary.
 *
 * <p>CPython counterpart: Modules/_pickle.c {@code _Unpickler_Read},
 * {@code _Unpickler_ReadImpl}, {@code _Unpickler_ReadInto}, {@code _Unpickler_Readline},
 * {@code _Unpickler_ReadFromFile}, {@code _Unpickler_SetInputStream}.
 */
final class UnpicklerInput {
    /** The bytes being read: the whole input, or the latest chunk read from the file. */
    byte[] buf = new byte[0];
    /** Where the next byte is read from; advanced by the reading methods. */
    int pos;
    int limit;
    private PyObject read;
    private PyObject readline;

    private final PickleState st;

    UnpicklerInput(PickleState st) {
        this.st = st;
    }

    void setBytes(PyObject data) {
        byte[] b = PyBytes.requireBytesLike(data);
        buf = b;
        pos = 0;
        limit = b.length;
        read = null;
        readline = null;
    }

    // CPython: Modules/_pickle.c _Unpickler_SetInputStream
    void setFile(PyObject file) {
        Attributes.lookupAttrOrNull(file, "peek");
        Attributes.lookupAttrOrNull(file, "readinto");
        PyObject r = Attributes.lookupAttrOrNull(file, "read");
        PyObject rl = Attributes.lookupAttrOrNull(file, "readline");
        if (r == null || rl == null) {
            throw PyExceptions.typeError("file must have 'read' and 'readline' attributes");
        }
        read = r;
        readline = rl;
        buf = new byte[0];
        pos = 0;
        limit = 0;
    }

    boolean hasFile() {
        return read != null;
    }

    PyException truncated() {
        return st.unpicklingError("pickle data was truncated");
    }

    private void setChunk(PyObject data) {
        byte[] b = PyBytes.requireBytesLike(data);
        buf = b;
        pos = 0;
        limit = b.length;
    }

    /**
     * Makes {@code n} bytes available at {@code buf[pos]}, reading them from the file when the
     * current chunk has fewer, and returns {@code pos} (not advanced).
     */
    int ensure(long n) {
        if (n <= limit - pos) {
            return pos;
        }
        if (read == null) {
            throw truncated();
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw PyExceptions.of(PyExceptions.MemoryError, "");
        }
        setChunk(Ops.call(read, PyInt.of(n)));
        if (limit < n) {
            throw truncated();
        }
        return pos;
    }

    /** Reads {@code n} bytes; returns their offset in {@link #buf}. */
    int take(long n) {
        int at = ensure(n);
        pos = at + (int) n;
        return at;
    }

    /** One byte as 0..255. */
    int takeByte() {
        if (pos < limit) {
            return buf[pos++] & 0xff;
        }
        int at = take(1);
        return buf[at] & 0xff;
    }

    /**
     * {@code n} bytes into a new array, for a large payload: what the chunk holds, then the
     * rest straight from the file.
     */
    // CPython: Modules/_pickle.c _Unpickler_ReadInto
    byte[] takeCopy(long n) {
        if (n <= limit - pos) {
            byte[] out = java.util.Arrays.copyOfRange(buf, pos, pos + (int) n);
            pos += (int) n;
            return out;
        }
        if (read == null) {
            throw truncated();
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw PyExceptions.of(PyExceptions.MemoryError, "");
        }
        int have = limit - pos;
        byte[] out = new byte[(int) n];
        System.arraycopy(buf, pos, out, 0, have);
        pos = limit;
        PyObject data = Ops.call(read, PyInt.of(n - have));
        if (!(data instanceof PyBytes b)) {
            throw PyExceptions.valueError("read() returned non-bytes object ("
                    + Ops.repr(data.type()).value() + ")");
        }
        if (b.size() < n - have) {
            throw truncated();
        }
        System.arraycopy(b.array(), 0, out, have, (int) (n - have));
        return out;
    }

    /**
     * Reads a line, newline included; returns its offset in {@link #buf} and leaves
     * {@link #pos} after it, so its length is {@code pos - offset}.
     */
    // CPython: Modules/_pickle.c _Unpickler_Readline
    int takeLine() {
        for (int i = pos; i < limit; i++) {
            if (buf[i] == '\n') {
                int at = pos;
                pos = i + 1;
                return at;
            }
        }
        if (read == null) {
            throw truncated();
        }
        setChunk(Ops.call(readline));
        if (limit == 0 || buf[limit - 1] != '\n') {
            throw truncated();
        }
        pos = limit;
        return 0;
    }
}
