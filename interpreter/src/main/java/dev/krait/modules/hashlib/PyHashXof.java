package dev.krait.modules.hashlib;

import dev.krait.modules.hashes.HashData;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;

/**
 * {@code _hashlib.HASHXOF}: a hash object of an extendable-output digest (SHAKE), whose
 * {@code digest} and {@code hexdigest} take the length wanted; its {@code digest_size} is 0.
 *
 * <p>CPython counterpart: Modules/_hashopenssl.c {@code EVPXOF_digest_impl},
 * {@code EVPXOF_hexdigest_impl}, {@code EVPXOF_get_digest_size}.
 */
public final class PyHashXof extends PyHash {
    public static final PyType TYPE = PyType.builtinFinal("HASHXOF", PyHashXof.class,
            PyHash.TYPE).withModule("_hashlib");

    PyHashXof(Digest digest, Engine engine) {
        super(TYPE, digest, engine);
    }

    /**
     * The length argument, a {@code Py_ssize_t}: a negative one fails as CPython's
     * {@code PyBytes_FromStringAndSize} does, one beyond memory as its allocation does.
     */
    // CPython: Modules/_hashopenssl.c EVPXOF_digest_impl
    private static int length(PyObject length) {
        long v = CArgs.asSsizeT(length);
        if (v < 0) {
            throw PyExceptions.systemError("Negative size passed to PyBytes_FromStringAndSize");
        }
        if (v > Integer.MAX_VALUE - 8) {
            throw ((PyBaseException) Ops.call(PyExceptions.MemoryError)).raise();
        }
        return (int) v;
    }

    @Exposed(value = "digest($self, /, length)", doc = "Return the digest value as a bytes object.")
    public PyObject digest(PyObject length) {
        return PyBytes.of(finish(length(length)));
    }

    @Exposed(value = "hexdigest($self, /, length)",
            doc = "Return the digest value as a string of hexadecimal digits.")
    public PyObject hexdigest(PyObject length) {
        return HashData.hex(finish(length(length)));
    }
}
