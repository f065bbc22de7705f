package dev.krait.modules.io;

import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;

/**
 * The methods that {@code BufferedWriter} and {@code BufferedRandom} have and
 * {@code BufferedReader} lacks, and the write path behind them. Each is a static method taking
 * the stream first; the state, the raw writes and the flush of pending bytes are
 * {@link PyBuffered}'s.
 *
 * <p>CPython counterpart: Modules/_io/bufferedio.c (bufferedwriter_methods).
 */
public final class BufferedWriting {
    private BufferedWriting() {}

    @Exposed("write($self, buffer, /)")
    public static long write(PyBuffered self, PyObject buffer) {
        byte[] data = PyBytes.requireBytesLike(buffer);
        self.raw();
        self.checkClosed("write to closed file");
        return writeBytes(self, data);
    }

    @Exposed(value = "writable($self, /)", signature = Exposed.Signature.HIDDEN)
    public static boolean writable(PyBuffered self) {
        return Ops.isTrue(Ops.callMethod(self.raw(), "writable"));
    }

    // CPython: Modules/_io/bufferedio.c _io__Buffered_write_impl
    static int writeBytes(PyBuffered self, byte[] data) {
        self.knowSize();
        if (self.canRead && self.readLen > self.readPos) {
            self.dropReadAhead();
        }
        self.readPos = self.readLen = 0;
        if (self.writeLen + data.length <= self.bufferSize) {
            System.arraycopy(data, 0, self.writeBuf, self.writeLen, data.length);
            self.writeLen += data.length;
            return data.length;
        }
        try {
            self.flushWrites();
        } catch (PyException e) {
            if (!Ops.isInstance(e.value, PyExceptions.BlockingIOError)) {
                throw e;
            }
            // a non-blocking raw stream: buffer what fits, and say how much that was
            int avail = self.bufferSize - self.writeLen;
            int n = Math.min(avail, data.length);
            System.arraycopy(data, 0, self.writeBuf, self.writeLen, n);
            self.writeLen += n;
            if (n == data.length) {
                return n;
            }
            throw IoErrors.writeWouldBlock(n);
        }
        return writeRest(self, data, 0);
    }

    /**
     * The end of {@link #writeBytes} once the buffer is empty, from {@code data[written:]}:
     * raw writes while more than a buffer's worth is left, then the rest into the buffer.
     */
    private static int writeRest(PyBuffered self, byte[] data, int written) {
        int remaining = data.length - written;
        while (remaining > self.bufferSize) {
            int w = self.rawWrite(data, written, remaining);
            if (w < 0) {
                // cannot buffer all of it: buffer as much as fits
                System.arraycopy(data, written, self.writeBuf, 0, self.bufferSize);
                self.writeLen = self.bufferSize;
                throw IoErrors.writeWouldBlock(written + self.bufferSize);
            }
            written += w;
            remaining -= w;
            // a partial write may be a signal's doing: its handler runs before the next write
            dev.krait.modules.signal.SignalState.checkSignals();
        }
        System.arraycopy(data, written, self.writeBuf, 0, remaining);
        self.writeLen = remaining;
        return data.length;
    }

    /**
     * {@code write(data)} then {@code flush()}, as TextIOWrapper does at a line-buffered
     * newline and on its own flush. While the buffer size is unknown (nothing is buffered
     * then), whatever the size CPython would make the same first raw write of all of
     * {@code data} -- from its buffer as it flushes when data fits, else straight from
     * {@code data} -- so this makes it without learning the size. Only a raw stream that takes
     * less (a full non-blocking pipe) needs the size, and the write goes on as CPython's
     * would from there.
     */
    // CPython: Modules/_io/bufferedio.c _io__Buffered_write_impl, buffered_flush
    static void writeThenFlush(PyBuffered self, byte[] data) {
        if (self.sizeFrom == null || data.length == 0) {
            writeBytes(self, data);
            self.flush();
            return;
        }
        int w = self.rawWrite(data, 0, data.length);
        if (w == data.length) {
            return;
        }
        self.knowSize();
        int done = Math.max(w, 0);
        if (data.length <= self.bufferSize) {
            // CPython buffered it all, and this was its flush's first write
            System.arraycopy(data, done, self.writeBuf, 0, data.length - done);
            self.writeLen = data.length - done;
            if (w < 0) {
                throw IoErrors.writeWouldBlock(0);
            }
            dev.krait.modules.signal.SignalState.checkSignals();
        } else if (w < 0) {
            // CPython's write loop: cannot buffer all of it, so buffers what fits
            System.arraycopy(data, 0, self.writeBuf, 0, self.bufferSize);
            self.writeLen = self.bufferSize;
            throw IoErrors.writeWouldBlock(self.bufferSize);
        } else {
            // this was the first write of CPython's write loop, which goes on
            dev.krait.modules.signal.SignalState.checkSignals();
            writeRest(self, data, done);
        }
        self.flushWrites();
    }
}
