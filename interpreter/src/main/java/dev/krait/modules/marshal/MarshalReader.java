package dev.krait.modules.marshal;

import dev.krait.objects.PyBool;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyComplex;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyEllipsis;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyFrozenSet;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PySet;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one value of CPython's marshal format, with back-references ({@code FLAG_REF} and
 * {@code TYPE_REF}) and CPython's errors for truncated or malformed data.
 *
 * <p>CPython counterpart: Python/marshal.c {@code r_object}.
 */
final class MarshalReader {
    private static final int MAX_DEPTH = 2000;

    private final byte[] data;
    private int pos;
    private int depth;
    private final List<PyObject> refs = new ArrayList<>();
    /** Compiles the code objects read, made on the first one. */
    private CodeMarshal.Rebuilder rebuilder;

    MarshalReader(byte[] data) {
        this.data = data;
    }

    int position() {
        return pos;
    }

    /** The next value; TypeError if the data holds the NULL marker where a value should be. */
    PyObject readObject() {
        PyObject v = read();
        if (v == null) {
            throw PyExceptions.typeError("NULL object in marshal data for object");
        }
        return v;
    }

    private int byte1() {
        if (pos >= data.length) {
            throw PyExceptions.of(PyExceptions.EOFError, "EOF read where not expected");
        }
        return data[pos++] & 0xFF;
    }

    private long int32() {
        if (data.length - pos < 4) {
            pos = data.length;
            throw PyExceptions.of(PyExceptions.EOFError, "marshal data too short");
        }
        int v = (data[pos] & 0xFF) | (data[pos + 1] & 0xFF) << 8 | (data[pos + 2] & 0xFF) << 16
                | (data[pos + 3] & 0xFF) << 24;
        pos += 4;
        return v;
    }

    private byte[] bytes(long n) {
        if (n < 0 || data.length - pos < n) {
            pos = data.length;
            throw PyExceptions.of(PyExceptions.EOFError, "marshal data too short");
        }
        byte[] b = java.util.Arrays.copyOfRange(data, pos, pos + (int) n);
        pos += (int) n;
        return b;
    }

    private double binaryDouble() {
        byte[] b = bytes(8);
        long bits = 0;
        for (int i = 7; i >= 0; i--) {
            bits = bits << 8 | (b[i] & 0xFF);
        }
        return Double.longBitsToDouble(bits);
    }

    private PyObject ref(PyObject v, boolean flag) {
        if (flag) {
            refs.add(v);
        }
        return v;
    }

    /** The next value, or null for the NULL marker ('0'). */
    // CPython: Python/marshal.c r_object
    private PyObject read() {
        if (pos >= data.length) {
            throw PyExceptions.of(PyExceptions.EOFError, "EOF read where object expected");
        }
        if (++depth > MAX_DEPTH) {
            depth--;
            throw PyExceptions.valueError("recursion limit exceeded");
        }
        try {
            int code = data[pos++] & 0xFF;
            boolean flag = (code & MarshalWriter.FLAG_REF) != 0;
            return switch (code & ~MarshalWriter.FLAG_REF) {
                case '0' -> null;
                case 'N' -> PyNone.NONE;
                case 'S' -> PyExceptions.StopIteration;
                case '.' -> PyEllipsis.ELLIPSIS;
                case 'F' -> PyBool.FALSE;
                case 'T' -> PyBool.TRUE;
                case 'i' -> ref(PyInt.of(int32()), flag);
                case 'l' -> ref(readLong(), flag);
                // CPython: Python/marshal.c TYPE_INT64, which no 3.x writes but all read
                case 'I' -> {
                    long low = int32() & 0xFFFFFFFFL;
                    long high = int32();
                    yield ref(PyInt.of(high << 32 | low), flag);
                }
                case 'f' -> ref(new PyFloat(textDouble()), flag);
                case 'g' -> ref(new PyFloat(binaryDouble()), flag);
                case 'x' -> {
                    double re = textDouble();
                    yield ref(new PyComplex(re, textDouble()), flag);
                }
                case 'y' -> {
                    double re = binaryDouble();
                    yield ref(new PyComplex(re, binaryDouble()), flag);
                }
                case 's' -> {
                    long n = int32();
                    if (n < 0) {
                        throw PyExceptions.valueError(
                                "bad marshal data (bytes object size out of range)");
                    }
                    yield ref(PyBytes.of(bytes(n)), flag);
                }
                case 'u', 't' -> {
                    long n = int32();
                    if (n < 0) {
                        throw PyExceptions.valueError(
                                "bad marshal data (string size out of range)");
                    }
                    yield ref(decodeUtf8(bytes(n)), flag);
                }
                case 'a', 'A' -> {
                    long n = int32();
                    if (n < 0) {
                        throw PyExceptions.valueError(
                                "bad marshal data (string size out of range)");
                    }
                    yield ref(PyStr.of(new String(bytes(n), StandardCharsets.ISO_8859_1)), flag);
                }
                case 'z', 'Z' -> ref(PyStr.of(new String(bytes(byte1()),
                        StandardCharsets.ISO_8859_1)), flag);
                case '(', ')' -> {
                    long n = (code & ~MarshalWriter.FLAG_REF) == ')' ? byte1() : int32();
                    if (n < 0) {
                        throw PyExceptions.valueError(
                                "bad marshal data (tuple size out of range)");
                    }
                    // the tuple's reference index is taken before its items are read
                    int index = refs.size();
                    if (flag) {
                        refs.add(PyNone.NONE);
                    }
                    PyObject[] items = new PyObject[(int) n];
                    for (int i = 0; i < n; i++) {
                        items[i] = item("tuple");
                    }
                    PyTuple t = PyTuple.of(items);
                    if (flag) {
                        refs.set(index, t);
                    }
                    yield t;
                }
                case '[' -> {
                    long n = int32();
                    if (n < 0) {
                        throw PyExceptions.valueError(
                                "bad marshal data (list size out of range)");
                    }
                    PyList l = new PyList();
                    ref(l, flag);
                    for (int i = 0; i < n; i++) {
                        l.append(item("list"));
                    }
                    yield l;
                }
                case '{' -> {
                    PyDict d = new PyDict();
                    ref(d, flag);
                    while (true) {
                        PyObject key = read();
                        if (key == null) {
                            break;
                        }
                        PyObject value = read();
                        if (value == null) {
                            break;
                        }
                        d.setItem(key, value);
                    }
                    yield d;
                }
                case '<', '>' -> readSet(code & ~MarshalWriter.FLAG_REF, flag);
                case 'r' -> {
                    long n = int32();
                    if (n < 0 || n >= refs.size() || refs.get((int) n) == PyNone.NONE) {
                        throw PyExceptions.valueError("bad marshal data (invalid reference)");
                    }
                    yield refs.get((int) n);
                }
                case CodeMarshal.TYPE_KRAIT_CODE -> readCode(flag);
                // CPython's code objects hold its bytecode, which Krait cannot run
                case 'c' -> throw PyExceptions.valueError("bad marshal data (a CPython code "
                        + "object: Krait loads only code objects marshalled by Krait)");
                default -> throw PyExceptions.valueError(
                        "bad marshal data (unknown type code)");
            };
        } finally {
            depth--;
        }
    }

    /** A Krait code object ({@link CodeMarshal}); its reference index is taken first. */
    private PyObject readCode(boolean flag) {
        int index = refs.size();
        if (flag) {
            refs.add(PyNone.NONE);
        }
        PyObject[] parts = new PyObject[CodeMarshal.PARTS];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = item("object");
        }
        if (rebuilder == null) {
            rebuilder = new CodeMarshal.Rebuilder();
        }
        PyObject code = rebuilder.rebuild(parts);
        if (flag) {
            refs.set(index, code);
        }
        return code;
    }

    private PyObject item(String what) {
        PyObject v = read();
        if (v == null) {
            throw PyExceptions.typeError("NULL object in marshal data for " + what);
        }
        return v;
    }

    private PyObject readSet(int code, boolean flag) {
        long n = int32();
        if (n < 0) {
            throw PyExceptions.valueError("bad marshal data (set size out of range)");
        }
        PySet s = new PySet();
        int index = refs.size();
        if (flag) {
            refs.add(code == '<' ? s : PyNone.NONE);
        }
        for (int i = 0; i < n; i++) {
            s.add(item("set"));
        }
        if (code == '<') {
            return s;
        }
        PyFrozenSet f = PyFrozenSet.of(s);
        if (flag) {
            refs.set(index, f);
        }
        return f;
    }

    // CPython: Python/marshal.c r_PyLong
    private PyInt readLong() {
        long n = int32();
        if (n < -Integer.MAX_VALUE || n > Integer.MAX_VALUE) {
            throw PyExceptions.valueError("bad marshal data (long size out of range)");
        }
        int size = (int) Math.abs(n);
        BigInteger mag = BigInteger.ZERO;
        int[] digits = new int[size];
        for (int i = 0; i < size; i++) {
            int lo = byte1();
            int digit = lo | byte1() << 8;
            if (digit > 0x7FFF) {
                throw PyExceptions.valueError("bad marshal data (digit out of range in long)");
            }
            digits[i] = digit;
        }
        if (size > 0 && digits[size - 1] == 0) {
            throw PyExceptions.valueError("bad marshal data (unnormalized long data)");
        }
        for (int i = size - 1; i >= 0; i--) {
            mag = mag.shiftLeft(15).or(BigInteger.valueOf(digits[i]));
        }
        return PyInt.of(n < 0 ? mag.negate() : mag);
    }

    private double textDouble() {
        String s = new String(bytes(byte1()), StandardCharsets.ISO_8859_1);
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw PyExceptions.valueError("bad marshal data (invalid float)");
        }
    }

    /** UTF-8 with surrogatepass, as marshal writes str. */
    private static PyObject decodeUtf8(byte[] b) {
        List<Integer> cps = new ArrayList<>(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int need = c < 0x80 ? 0 : c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
            if (need < 0) {
                throw badUtf8(b, i);
            }
            int cp = need == 0 ? c : c & (0x3F >> need);
            for (int k = 1; k <= need; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
                    throw badUtf8(b, i);
                }
                cp = cp << 6 | (b[i + k] & 0x3F);
            }
            cps.add(cp);
            i += need + 1;
        }
        int[] arr = new int[cps.size()];
        for (int k = 0; k < arr.length; k++) {
            arr[k] = cps.get(k);
        }
        return PyStr.fromCodePoints(arr);
    }

    private static PyException badUtf8(byte[] b, int at) {
        PyObject e = dev.krait.objects.Ops.call(PyExceptions.UnicodeDecodeError,
                PyStr.of("utf-8"), PyBytes.of(b), PyInt.of(at), PyInt.of(at + 1),
                PyStr.of("invalid start byte"));
        return ((dev.krait.objects.PyBaseException) e).raise();
    }
}
