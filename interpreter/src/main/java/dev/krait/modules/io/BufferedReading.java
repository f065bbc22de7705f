package dev.krait.modules.io;

import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.WritableBuffer;

/**
 * The methods that {@code BufferedReader} and {@code BufferedRandom} have and
 * {@code BufferedWriter} lacks: reading, peeking and line iteration. Each is a static method
 * taking the stream first; the state and algorithms are {@link PyBuffered}'s.
 *
 * <p>CPython counterpart: Modules/_io/bufferedio.c (bufferedreader_methods).
 */
public final class BufferedReading {
    private BufferedReading() {}

    @Exposed("read($self, size=-1, /)")
    public static PyObject read(PyBuffered self, PyObject size) {
        long n = PyIOBase.sizeArg(size);
        if (n < -1) {
            throw PyExceptions.valueError("read length must be non-negative or -1");
        }
        self.raw();
        self.checkClosed("read of closed file");
        byte[] got = self.readBytes(n);
        return got == null ? dev.krait.objects.PyNone.NONE : PyBytes.of(got);
    }

    @Exposed("read1($self, size=-1, /)")
    public static PyObject read1(PyBuffered self, PyObject size) {
        long n = PyIOBase.sizeArg(size);
        self.raw();
        self.checkClosed("read of closed file");
        return PyBytes.of(self.read1Bytes(n));
    }

    @Exposed("peek($self, size=0, /)")
    public static PyObject peek(PyBuffered self, PyObject size) {
        self.raw();
        self.checkClosed("peek of closed file");
        return PyBytes.of(self.peekBytes());
    }

    @Exposed("readline($self, size=-1, /)")
    public static PyObject readline(PyBuffered self, PyObject size) {
        long limit = PyIOBase.sizeArg(size);
        self.raw();
        self.checkClosed("readline of closed file");
        return PyBytes.of(self.readLineBytes(limit));
    }

    @Exposed("readinto($self, buffer, /)")
    public static PyObject readinto(PyBuffered self, PyObject buffer) {
        return into(self, buffer, false);
    }

    @Exposed("readinto1($self, buffer, /)")
    public static PyObject readinto1(PyBuffered self, PyObject buffer) {
        return into(self, buffer, true);
    }

    private static PyObject into(PyBuffered self, PyObject buffer, boolean once) {
        WritableBuffer target = WritableBuffer.require(buffer, "readinto() ");
        self.raw();
        self.checkClosed("readinto of closed file");
        long got = self.readInto(target, once);
        // a non-blocking raw stream had nothing yet: None, as CPython's
        return got < 0 ? PyNone.NONE : PyInt.of(got);
    }

    @Exposed(value = "readable($self, /)", signature = Exposed.Signature.HIDDEN)
    public static boolean readable(PyBuffered self) {
        return Ops.isTrue(Ops.callMethod(self.raw(), "readable"));
    }

    @Exposed("__next__($self, /)")
    public static PyObject __next__(PyBuffered self) {
        self.raw();
        self.checkClosed("readline of closed file");
        byte[] line = self.readLineBytes(-1);
        if (line.length == 0) {
            throw PyExceptions.stopIteration();
        }
        return PyBytes.of(line);
    }
}
