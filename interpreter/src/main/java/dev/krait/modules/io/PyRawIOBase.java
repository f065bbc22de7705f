package dev.krait.modules.io;

import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyByteArray;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;
import java.io.ByteArrayOutputStream;

/**
 * {@code _io._RawIOBase}: the base of unbuffered binary streams. A subclass need only define
 * {@code readinto}; {@code read} and {@code readall} are built on it here.
 *
 * <p>CPython counterpart: Modules/_io/iobase.c (rawiobase_methods).
 */
public class PyRawIOBase extends PyIOBase {
    public static final PyType TYPE = PyType.builtin("_RawIOBase", PyRawIOBase.class,
            PyIOBase.TYPE).withModule("_io");

    protected PyRawIOBase(PyType type) {
        super(type);
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyRawIOBase(cls);
    }

    // CPython: Modules/_io/iobase.c _io__RawIOBase_read_impl
    @Exposed("read($self, size=-1, /)")
    public PyObject read(PyObject size) {
        long n = sizeArg(size);
        if (n < 0) {
            return Ops.callMethod(this, "readall");
        }
        PyByteArray b = new PyByteArray(new byte[(int) Math.min(n, Integer.MAX_VALUE - 8)]);
        PyObject got = Ops.callMethod(this, "readinto", b);
        if (got == PyNone.NONE) {
            return got;
        }
        long count = PyIOBase.ssize(got);
        if (count < 0 || count > b.size()) {
            throw PyExceptions.valueError("readinto returned " + count + " outside buffer size "
                    + b.size());
        }
        byte[] all = b.toArray();
        return PyBytes.of(java.util.Arrays.copyOf(all, (int) count));
    }

    // CPython: Modules/_io/iobase.c _io__RawIOBase_readall_impl
    @Exposed("readall($self, /)")
    public PyObject readall() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            PyObject data = Ops.callMethod(this, "read", PyInt.of(IoModule.DEFAULT_BUFFER_SIZE));
            if (data == PyNone.NONE) {
                if (out.size() == 0) {
                    return data;
                }
                break;
            }
            if (!(data instanceof PyBytes b)) {
                throw PyExceptions.typeError("read() should return bytes");
            }
            if (b.size() == 0) {
                break;
            }
            out.writeBytes(b.array());
        }
        return PyBytes.of(out.toByteArray());
    }

    @Exposed(value = "readinto($self, buffer, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject readinto(PyObject buffer) {
        throw PyExceptions.notImplementedError("");
    }

    @Exposed(value = "write($self, b, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject write(PyObject b) {
        throw PyExceptions.notImplementedError("");
    }
}
