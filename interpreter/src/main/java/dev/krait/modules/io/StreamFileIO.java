package dev.krait.modules.io;

import dev.krait.objects.PyBytes;
import dev.krait.objects.PyException;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A {@code FileIO} for standard descriptor 0, 1 or 2 whose bytes go to or come from a Java
 * stream instead of the process's descriptor: what an interpreter run inside a larger Java
 * program (the tests that capture a program's output, an embedder) gets as the raw layer of
 * {@code sys.stdin}/{@code stdout}/{@code stderr}. To the program it is the FileIO of a pipe:
 * same type, name, mode, {@code fileno()}, not a terminal, not seekable; only where the bytes
 * go differs.
 *
 * <p>No CPython counterpart: CPython's standard streams are always the process's descriptors.
 */
final class StreamFileIO extends PyFileIO {
    private final InputStream in;
    private final OutputStream out;

    private StreamFileIO(int fd, InputStream in, OutputStream out, String name) {
        super(TYPE);
        this.in = in;
        this.out = out;
        this.fd = fd;
        this.readable = in != null;
        this.writable = out != null;
        this.closefd = false;
        this.blksize = 4096;
        getDict().setItem(PyStr.of("name"), PyStr.of(name));
    }

    static StreamFileIO reading(InputStream in, String name) {
        return new StreamFileIO(0, in, null, name);
    }

    static StreamFileIO writing(int fd, OutputStream out, String name) {
        return new StreamFileIO(fd, null, out, name);
    }

    private static PyException failure(IOException e) {
        return IoErrors.fromIOException(e, null);
    }

    @Override
    byte[] readBytes(int n) {
        try {
            byte[] buf = new byte[Math.min(n, 65536)];
            int got = buf.length == 0 ? 0 : in.read(buf);
            if (got <= 0) {
                return new byte[0];
            }
            return got == buf.length ? buf : java.util.Arrays.copyOf(buf, got);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public PyObject readall() {
        if (fd < 0) {
            throw closedError();
        }
        try {
            return PyBytes.of(in.readAllBytes());
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    int writeBytes(byte[] data, int from, int n) {
        try {
            out.write(data, from, n);
            out.flush();
            return n;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public boolean seekable() {
        if (fd < 0) {
            throw closedError();
        }
        return false;
    }

    @Override
    public boolean isatty() {
        if (fd < 0) {
            throw closedError();
        }
        return false;
    }

    @Override
    public PyObject seek(PyObject pos, PyObject whence) {
        if (fd < 0) {
            throw closedError();
        }
        throw IoErrors.osError(IoErrors.ESPIPE, null);
    }

    @Override
    public PyObject tell() {
        if (fd < 0) {
            throw closedError();
        }
        throw IoErrors.osError(IoErrors.ESPIPE, null);
    }

    @Override
    public PyObject truncate(PyObject size) {
        if (fd < 0) {
            throw closedError();
        }
        throw IoErrors.osError(IoErrors.EINVAL, null);
    }
}
