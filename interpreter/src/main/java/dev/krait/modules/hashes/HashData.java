package dev.krait.modules.hashes;

import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;

/**
 * What every hash module shares: reading the data handed to a constructor or {@code update}
 * (refusing str with CPython's own message) and spelling a digest in hexadecimal.
 *
 * <p>CPython counterpart: Modules/hashlib.h {@code GET_BUFFER_VIEW_OR_ERROR}, Python/pystrhex.c.
 */
final class HashData {
    private static final byte[] HEX = "0123456789abcdef".getBytes(
            java.nio.charset.StandardCharsets.ISO_8859_1);

    private HashData() {}

    /** The bytes of a bytes-like object; a str or a non-buffer raises CPython's TypeError. */
    // CPython: Modules/hashlib.h GET_BUFFER_VIEW_OR_ERROR
    static byte[] bytesOf(PyObject obj) {
        if (obj instanceof PyStr) {
            throw PyExceptions.typeError("Strings must be encoded before hashing");
        }
        byte[] b = PyBytes.bytesLikeCopy(obj);
        if (b == null) {
            throw PyExceptions.typeError("object supporting the buffer API required");
        }
        return b;
    }

    /** The digest in lower-case hexadecimal, two digits a byte. */
    static PyStr hex(byte[] digest) {
        byte[] out = new byte[digest.length * 2];
        for (int i = 0; i < digest.length; i++) {
            out[2 * i] = HEX[(digest[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[digest[i] & 0xf];
        }
        return PyStr.of(new String(out, java.nio.charset.StandardCharsets.ISO_8859_1));
    }
}
