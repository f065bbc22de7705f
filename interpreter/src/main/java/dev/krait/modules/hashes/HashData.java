package dev.krait.modules.hashes;

import dev.krait.objects.ArgParser;
import dev.krait.objects.BufferExporter;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyMemoryView;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;

/**
 * What every hash module shares: reading the data handed to a constructor or {@code update}
 * (refusing str with CPython's own message) and spelling a digest in hexadecimal.
 *
 * <p>CPython counterpart: Modules/hashlib.h {@code GET_BUFFER_VIEW_OR_ERROR}, Python/pystrhex.c.
 */
public final class HashData {
    private static final byte[] HEX = "0123456789abcdef".getBytes(
            java.nio.charset.StandardCharsets.ISO_8859_1);

    private HashData() {}

    /** The bytes of a bytes-like object; a str or a non-buffer raises CPython's TypeError. */
    // CPython: Modules/hashlib.h GET_BUFFER_VIEW_OR_ERROR
    public static byte[] bytesOf(PyObject obj) {
        if (obj instanceof PyStr) {
            throw PyExceptions.typeError("Strings must be encoded before hashing");
        }
        if (!(obj instanceof BufferExporter || obj instanceof PyMemoryView)) {
            throw PyExceptions.typeError("object supporting the buffer API required");
        }
        return simpleBuffer(obj);
    }

    /**
     * The bytes of a bytes-like object asked for as a simple (contiguous) buffer, as a
     * {@code Py_buffer} argument is: a strided memoryview raises BufferError, and anything else
     * that is not bytes-like CPython's "a bytes-like object is required" TypeError.
     */
    // CPython: Objects/memoryobject.c memory_getbuf
    static byte[] simpleBuffer(PyObject obj) {
        return PyBytes.requireBytesLike(obj);
    }

    /**
     * The optional positional {@code data} of a hash type's constructor, which otherwise takes
     * only the keywords {@code keywords} (returned in {@code keywordValues}); messages name the
     * type, as Argument Clinic's do.
     */
    // CPython: Python/getargs.c _PyArg_UnpackKeywords
    static PyObject constructorData(String function, PyObject[] args, String[] kwnames,
            PyObject[] keywordValues, String... keywords) {
        int npos = ArgParser.positionalCount(args, kwnames);
        if (npos > 1) {
            throw PyExceptions.typeError(function + "() takes at most 1 positional argument ("
                    + npos + " given)");
        }
        PyObject[] kw = ArgParser.keywords(function, args, kwnames, keywords);
        System.arraycopy(kw, 0, keywordValues, 0, kw.length);
        return npos == 1 ? args[0] : null;
    }

    /**
     * The {@code usedforsecurity} flag, converted (its {@code __bool__} runs, errors and all)
     * though it changes nothing: without OpenSSL there is no FIPS mode to consult.
     */
    // CPython: Argument Clinic's bool converter (PyObject_IsTrue)
    public static boolean flag(PyObject o) {
        return o == null || Ops.isTrue(o);
    }

    /** The digest in lower-case hexadecimal, two digits a byte. */
    public static PyStr hex(byte[] digest) {
        byte[] out = new byte[digest.length * 2];
        for (int i = 0; i < digest.length; i++) {
            out[2 * i] = HEX[(digest[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[digest[i] & 0xf];
        }
        return PyStr.of(new String(out, java.nio.charset.StandardCharsets.ISO_8859_1));
    }
}
