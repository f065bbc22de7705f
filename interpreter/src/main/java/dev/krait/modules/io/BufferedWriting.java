package dev.krait.modules.io;

import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyObject;

/**
 * The methods that {@code BufferedWriter} and {@code BufferedRandom} have and
 * {@code BufferedReader} lacks. Each is a static method taking the stream first; the state and
 * algorithms are {@link PyBuffered}'s.
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
        return self.writeBytes(data);
    }

    @Exposed(value = "writable($self, /)", signature = Exposed.Signature.HIDDEN)
    public static boolean writable(PyBuffered self) {
        return Ops.isTrue(Ops.callMethod(self.raw(), "writable"));
    }
}
