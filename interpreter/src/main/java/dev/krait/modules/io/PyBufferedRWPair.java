package dev.krait.modules.io;

import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyException;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;

/**
 * {@code _io.BufferedRWPair}: one buffered stream made of two raw ones, a reader and a writer
 * (the two ends of a pipe, a socket's halves). Each operation goes to a BufferedReader or a
 * BufferedWriter over the corresponding raw stream.
 *
 * <p>CPython counterpart: Modules/_io/bufferedio.c (bufferedrwpair).
 */
public class PyBufferedRWPair extends PyBufferedIOBase {
    public static final PyType TYPE = PyType.builtin("BufferedRWPair", PyBufferedRWPair.class,
            PyBufferedIOBase.TYPE).withModule("_io");

    private PyBuffered reader;
    private PyBuffered writer;

    protected PyBufferedRWPair(PyType type) {
        super(type);
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyBufferedRWPair p = new PyBufferedRWPair(cls);
        if (cls.isBuiltin()) {
            p.programMade = true;
            p.rememberForExit();
        }
        return p;
    }

    @Exposed(value = "__init__($self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /)",
            signature = Exposed.Signature.CLASS)
    public void __init__(PyObject rawReader, PyObject rawWriter, PyObject bufferSize) {
        if (!Ops.isTrue(Ops.callMethod(rawReader, "readable"))) {
            throw IoErrors.unsupported("File or stream is not readable.");
        }
        if (!Ops.isTrue(Ops.callMethod(rawWriter, "writable"))) {
            throw IoErrors.unsupported("File or stream is not writable.");
        }
        int size = bufferSize == null ? IoModule.DEFAULT_BUFFER_SIZE
                : (int) Math.min(PyIOBase.ssize(bufferSize), Integer.MAX_VALUE - 8);
        reader = PyBuffered.over(PyBuffered.READER, rawReader, size);
        writer = PyBuffered.over(PyBuffered.WRITER, rawWriter, size);
        // the pair closes both when it is finalized (its reader and writer are its own)
        takeFinalizationFrom(rawReader);
        takeFinalizationFrom(rawWriter);
        if (programMade) {
            watchForFinalization();  // its writer's buffer must reach the raw writer
        }
    }

    private PyBuffered reader() {
        if (reader == null) {
            throw dev.krait.objects.PyExceptions.valueError(
                    "I/O operation on uninitialized object");
        }
        return reader;
    }

    private PyBuffered writer() {
        reader();
        return writer;
    }

    @Exposed(value = "read($self, size=-1, /)", signature = Exposed.Signature.HIDDEN)
    @Override
    public PyObject read(PyObject size) {
        return BufferedReading.read(reader(), size == null ? PyInt.of(-1) : size);
    }

    @Exposed(value = "peek($self, size=0, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject peek(PyObject size) {
        return BufferedReading.peek(reader(), size);
    }

    @Exposed(value = "read1($self, size=-1, /)", signature = Exposed.Signature.HIDDEN)
    @Override
    public PyObject read1(PyObject size) {
        return BufferedReading.read1(reader(), size == null ? PyInt.of(-1) : size);
    }

    @Exposed(value = "readinto($self, buffer, /)", signature = Exposed.Signature.HIDDEN)
    @Override
    public PyObject readinto(PyObject buffer) {
        return BufferedReading.readinto(reader(), buffer);
    }

    @Exposed(value = "readinto1($self, buffer, /)", signature = Exposed.Signature.HIDDEN)
    @Override
    public PyObject readinto1(PyObject buffer) {
        return BufferedReading.readinto1(reader(), buffer);
    }

    @Exposed(value = "write($self, buffer, /)", signature = Exposed.Signature.HIDDEN)
    @Override
    public PyObject write(PyObject buffer) {
        return PyInt.of(BufferedWriting.write(writer(), buffer));
    }

    @Exposed(value = "flush($self, /)", signature = Exposed.Signature.HIDDEN)
    @Override
    public void flush() {
        writer().flush();
    }

    @Exposed(value = "readable($self, /)", signature = Exposed.Signature.HIDDEN)
    public boolean readable() {
        return BufferedReading.readable(reader());
    }

    @Exposed(value = "writable($self, /)", signature = Exposed.Signature.HIDDEN)
    public boolean writable() {
        return BufferedWriting.writable(writer());
    }

    @Exposed(value = "isatty($self, /)", signature = Exposed.Signature.HIDDEN)
    @Override
    public boolean isatty() {
        return writer().isatty() || reader.isatty();
    }

    @Override
    boolean isClosed() {
        return writer().isClosed();
    }

    @Exposed.Getter("closed")
    @Override
    public boolean closed() {
        return isClosed();
    }

    // CPython: Modules/_io/bufferedio.c bufferedrwpair_close
    @Exposed(value = "close($self, /)", signature = Exposed.Signature.HIDDEN)
    @Override
    public void close() {
        PyException pending = null;
        try {
            writer().close();
        } catch (PyException e) {
            pending = e;
        }
        try {
            reader.close();
        } catch (PyException e) {
            if (pending != null) {
                e.value.context = pending.value;
            }
            throw e;
        }
        if (pending != null) {
            throw pending;
        }
    }
}
