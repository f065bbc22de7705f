package dev.krait.modules.io;

import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.WritableBuffer;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;

/**
 * {@code _io._BufferedIOBase}: the base of buffered binary streams. {@code readinto} and
 * {@code readinto1} are built on {@code read} and {@code read1}; the rest is unsupported until a
 * subclass provides it.
 *
 * <p>CPython counterpart: Modules/_io/bufferedio.c (bufferediobase_methods).
 */
public class PyBufferedIOBase extends PyIOBase {
    public static final PyType TYPE = PyType.builtin("_BufferedIOBase", PyBufferedIOBase.class,
            PyIOBase.TYPE).withModule("_io");

    protected PyBufferedIOBase(PyType type) {
        super(type);
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyBufferedIOBase(cls);
    }

    @Exposed(value = "read($self, size=-1, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject read(PyObject size) {
        throw IoErrors.unsupported("read");
    }

    @Exposed(value = "read1($self, size=-1, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject read1(PyObject size) {
        throw IoErrors.unsupported("read1");
    }

    @Exposed(value = "write($self, b, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject write(PyObject b) {
        throw IoErrors.unsupported("write");
    }

    @Exposed("detach($self, /)")
    public PyObject detach() {
        throw IoErrors.unsupported("detach");
    }

    @Exposed("readinto($self, buffer, /)")
    public PyObject readinto(PyObject buffer) {
        return PyInt.of(readintoWith(buffer, "read"));
    }

    @Exposed("readinto1($self, buffer, /)")
    public PyObject readinto1(PyObject buffer) {
        return PyInt.of(readintoWith(buffer, "read1"));
    }

    // CPython: Modules/_io/bufferedio.c _bufferediobase_readinto_generic
    private long readintoWith(PyObject buffer, String method) {
        WritableBuffer target = WritableBuffer.require(buffer, "readinto() ");
        PyObject data = Ops.callMethod(this, method, PyInt.of(target.length()));
        if (!(data instanceof PyBytes b)) {
            throw PyExceptions.typeError("read() should return bytes");
        }
        int n = b.size();
        if (n > target.length()) {
            throw PyExceptions.valueError(method + "() returned too much data: " + target.length()
                    + " bytes requested, " + n + " returned");
        }
        target.write(0, b.array(), 0, n);
        return n;
    }
}
