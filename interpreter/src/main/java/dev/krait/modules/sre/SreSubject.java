package dev.krait.modules.sre;

import dev.krait.objects.BufferExporter;
import dev.krait.objects.Numbers;
import dev.krait.objects.PyByteArray;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyMemoryView;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.util.Arrays;

/**
 * How the engine reads a subject (a str or a bytes-like object) and how it cuts results out of
 * it: the checks of {@code state_init} with their TypeErrors, and {@code getslice}, which
 * gives a str for a str subject and a bytes object for any bytes-like one.
 *
 * <p>CPython counterpart: Modules/_sre/sre.c {@code getstring}, {@code state_init},
 * {@code getslice}.
 */
final class SreSubject {
    private SreSubject() {}

    /** Whether o is a str (false) or a bytes-like object (true); TypeError otherwise. */
    static boolean isBytes(PyObject o) {
        if (o instanceof PyStr) {
            return false;
        }
        if (o instanceof PyBytes || o instanceof PyByteArray || o instanceof BufferExporter) {
            return true;
        }
        // getstring asks for a simple buffer, which a strided view cannot give
        if (o instanceof PyMemoryView m && PyBytes.bytesLikeOrNull(m) != null) {
            return true;
        }
        throw PyExceptions.typeError("expected string or bytes-like object, got '"
                + o.type().getName() + "'");
    }

    /** The bytes of a bytes-like object, exactly its length long. */
    static byte[] bytesOf(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.array();
        }
        if (o instanceof PyByteArray a) {
            return a.toArray();
        }
        // any other buffer (memoryview, array.array, mmap), read as CPython's getstring does
        return PyBytes.bytesLikeCopy(o);
    }

    /** A state over {@code string} for {@code pattern}, in [pos, endpos). */
    // CPython: Modules/_sre/sre.c state_init
    static SreState state(PyPattern pattern, PyObject string, long pos, long endpos) {
        boolean bytes = isBytes(string);
        if (bytes && pattern.isBytes == 0) {
            throw PyExceptions.typeError("cannot use a string pattern on a bytes-like object");
        }
        if (!bytes && pattern.isBytes > 0) {
            throw PyExceptions.typeError("cannot use a bytes pattern on a string-like object");
        }
        SreState s = pattern.claimState();
        if (bytes) {
            byte[] b = bytesOf(string);
            s.begin(null, null, b, b.length, pos, endpos);
        } else {
            PyStr str = (PyStr) string;
            if (str.isSimple()) {
                s.begin(str.value(), null, null, str.length(), pos, endpos);
            } else {
                int[] cps = str.codePoints();
                s.begin(null, cps, null, cps.length, pos, endpos);
            }
        }
        return s;
    }

    /** {@code string[i:j]} as the engine returns it: a str, or bytes for any bytes-like. */
    // CPython: Modules/_sre/sre.c getslice
    static PyObject slice(PyObject string, int i, int j) {
        if (string instanceof PyStr s) {
            if (i == 0 && j == s.length() && s.type() == PyStr.TYPE) {
                return s;
            }
            return s.substring(i, j);
        }
        if (string instanceof PyBytes b && b.type() == PyBytes.TYPE && i == 0 && j == b.size()) {
            return b;
        }
        byte[] all = bytesOf(string);
        return PyBytes.of(Arrays.copyOfRange(all, i, j));
    }

    /** An optional Py_ssize_t argument; null (absent) means {@code otherwise}. */
    static long ssize(PyObject o, long otherwise) {
        if (o == null) {
            return otherwise;
        }
        PyInt i = Numbers.index(o);
        if (!i.isSmall()) {
            throw PyExceptions.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }
}
