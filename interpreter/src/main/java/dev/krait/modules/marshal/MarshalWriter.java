package dev.krait.modules.marshal;

import dev.krait.objects.Iteration;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyByteArray;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyCode;
import dev.krait.objects.PyComplex;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyEllipsis;
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
import dev.krait.objects.PyType;
import dev.krait.objects.Ops;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/**
 * Writes a value in CPython's marshal format. CPython marks an object with {@code FLAG_REF}
 * when its reference count is above one, so its output depends on reference counts; Krait, which
 * has none, marks what CPython's counts mark in the usual case — constants and other shared
 * immutable values (ints, floats, complex numbers, str, bytes, tuples) — and not the containers
 * a call builds (list, dict, set, frozenset, bytearray) unless the value being written holds
 * one of them more than once, which CPython's count would show too: then they are marked, so
 * that {@code loads} gives back one shared object (and a list or dict that holds itself can be
 * written at all). {@code loads} reads either form.
 *
 * <p>CPython counterpart: Python/marshal.c {@code w_object}, {@code w_complex_object}.
 */
final class MarshalWriter {
    static final int FLAG_REF = 0x80;
    private static final int MAX_DEPTH = 2000;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final int version;
    private int depth;
    /** The objects written with FLAG_REF, by identity, with their reference numbers. */
    private final java.util.IdentityHashMap<PyObject, Integer> written =
            new java.util.IdentityHashMap<>();
    /** The bytes written for each syntax tree, shared by the code objects compiled from it. */
    private final java.util.Map<dev.krait.ast.Mod, PyObject> treeBytes =
            new java.util.IdentityHashMap<>();
    /** The optimization level written for each compile (see CodeMarshal.effectiveOptimize). */
    private final java.util.Map<dev.krait.compiler.CompiledModule, Integer> levels =
            new java.util.IdentityHashMap<>();

    /** The containers the value holds more than once (see the class comment). */
    private java.util.Set<PyObject> repeated = java.util.Set.of();

    private MarshalWriter(int version) {
        this.version = version;
    }

    static byte[] write(PyObject value, int version) {
        MarshalWriter w = new MarshalWriter(version);
        if (version >= 3) {
            w.repeated = repeatedContainers(value);
        }
        w.object(value);
        return w.out.toByteArray();
    }

    /**
     * The mutable containers and frozensets reached more than once from {@code value}, found by
     * one walk (with its own stack, so a deep value does not exhaust Java's before {@link
     * #object} reports it too deeply nested).
     */
    private static java.util.Set<PyObject> repeatedContainers(PyObject value) {
        java.util.Set<PyObject> seen = java.util.Collections.newSetFromMap(
                new java.util.IdentityHashMap<>());
        java.util.Set<PyObject> repeated = java.util.Collections.newSetFromMap(
                new java.util.IdentityHashMap<>());
        java.util.ArrayDeque<PyObject> todo = new java.util.ArrayDeque<>();
        todo.push(value);
        while (!todo.isEmpty()) {
            PyObject v = todo.pop();
            PyType t = v.type();
            boolean container = t == PyList.TYPE || t == PyDict.TYPE || t == PySet.TYPE
                    || t == PyFrozenSet.TYPE || t == PyByteArray.TYPE;
            if (!container && t != PyTuple.TYPE) {
                continue;
            }
            if (!seen.add(v)) {
                if (container) {
                    repeated.add(v);
                }
                continue;
            }
            if (t == PyTuple.TYPE) {
                PyTuple tuple = (PyTuple) v;
                for (int i = 0; i < tuple.size(); i++) {
                    todo.push(tuple.get(i));
                }
            } else if (t == PyList.TYPE) {
                ((PyList) v).items.forEach(todo::push);
            } else if (t == PyDict.TYPE) {
                for (var e : ((PyDict) v).entries()) {
                    todo.push(e.getKey());
                    todo.push(e.getValue());
                }
            } else if (t != PyByteArray.TYPE) {
                Iteration.toList(v).forEach(todo::push);
            }
        }
        return repeated;
    }

    private void type(char code, boolean ref) {
        out.write(ref && version >= 3 ? code | FLAG_REF : code);
    }

    private void int32(long v) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (v >>> (8 * i)) & 0xFF);
        }
    }

    private void int64Double(double d) {
        long bits = Double.doubleToRawLongBits(d);
        for (int i = 0; i < 8; i++) {
            out.write((int) (bits >>> (8 * i)) & 0xFF);
        }
    }

    private void object(PyObject v) {
        if (++depth > MAX_DEPTH) {
            depth--;
            throw PyExceptions.valueError("object too deeply nested to marshal");
        }
        try {
            simpleOrComplex(v);
        } finally {
            depth--;
        }
    }

    /** Whether {@code t}'s objects are written with FLAG_REF (see the class comment). */
    private static boolean shared(PyType t) {
        return t == PyInt.TYPE || t == PyFloat.TYPE || t == PyComplex.TYPE || t == PyStr.TYPE
                || t == PyBytes.TYPE || t == PyTuple.TYPE || t == PyCode.TYPE;
    }

    // CPython: Python/marshal.c w_object, w_ref and w_complex_object (exact types only)
    private void simpleOrComplex(PyObject v) {
        PyType t = v.type();
        boolean ref = version >= 3 && t != PyBool.TYPE
                && (shared(t) || (!repeated.isEmpty() && repeated.contains(v)));
        if (ref) {
            Integer index = written.get(v);
            if (index != null) {
                out.write('r');
                int32(index);
                return;
            }
            written.put(v, written.size());
        }
        if (v == PyNone.NONE) {
            out.write('N');
        } else if (v == PyEllipsis.ELLIPSIS) {
            out.write('.');
        } else if (t == PyBool.TYPE) {
            out.write(v == PyBool.TRUE ? 'T' : 'F');
        } else if (v == dev.krait.objects.PyExceptions.StopIteration) {
            out.write('S');
        } else if (t == PyInt.TYPE) {
            writeInt((PyInt) v);
        } else if (t == PyFloat.TYPE) {
            if (version > 1) {
                type('g', true);
                int64Double(((PyFloat) v).value);
            } else {
                String s = Ops.repr(v).value();
                type('f', true);
                out.write(s.length());
                out.writeBytes(s.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
        } else if (t == PyComplex.TYPE) {
            PyComplex c = (PyComplex) v;
            type('y', true);
            int64Double(c.getReal());
            int64Double(c.getImag());
        } else if (t == PyStr.TYPE) {
            writeStr((PyStr) v);
        } else if (t == PyBytes.TYPE) {
            byte[] b = ((PyBytes) v).array();
            type('s', true);
            int32(b.length);
            out.writeBytes(b);
        } else if (t == PyTuple.TYPE) {
            PyTuple tuple = (PyTuple) v;
            if (version >= 4 && tuple.size() < 256) {
                type(')', true);
                out.write(tuple.size());
            } else {
                type('(', true);
                int32(tuple.size());
            }
            for (int i = 0; i < tuple.size(); i++) {
                object(tuple.get(i));
            }
        } else if (t == PyList.TYPE) {
            PyList list = (PyList) v;
            type('[', ref);
            int32(list.size());
            for (int i = 0; i < list.size(); i++) {
                object(list.items.get(i));
            }
        } else if (t == PyDict.TYPE) {
            type('{', ref);
            for (var e : ((PyDict) v).entries()) {
                object(e.getKey());
                object(e.getValue());
            }
            out.write('0');
        } else if (t == PySet.TYPE || t == PyFrozenSet.TYPE) {
            type(t == PySet.TYPE ? '<' : '>', ref);
            java.util.List<PyObject> items = Iteration.toList(v);
            int32(items.size());
            for (PyObject item : sortedByDump(items)) {
                object(item);
            }
        } else if (t == PyCode.TYPE) {
            PyObject[] parts = CodeMarshal.parts((PyCode) v, treeBytes, levels);
            type(CodeMarshal.TYPE_KRAIT_CODE, true);
            for (PyObject part : parts) {
                object(part);
            }
        } else {
            // any other buffer (a bytes or bytearray subclass, memoryview, array) is written as
            // bytes
            byte[] b = PyBytes.bytesLikeCopy(v);
            if (b == null) {
                throw PyExceptions.valueError("unmarshallable object");
            }
            type('s', ref);
            int32(b.length);
            out.writeBytes(b);
        }
    }

    /**
     * A set's items in the order of their own marshal data, so that a set is written the same
     * whatever the hash seed (bpo-37596). CPython sorts (data, item) pairs; two items with the
     * same data keep their set order here instead of being compared.
     */
    // CPython: Python/marshal.c w_complex_object (sets)
    private java.util.List<PyObject> sortedByDump(java.util.List<PyObject> items) {
        if (items.size() < 2) {
            return items;
        }
        java.util.List<java.util.Map.Entry<byte[], PyObject>> pairs =
                new java.util.ArrayList<>(items.size());
        for (PyObject item : items) {
            pairs.add(java.util.Map.entry(write(item, version), item));
        }
        pairs.sort((a, b) -> java.util.Arrays.compareUnsigned(a.getKey(), b.getKey()));
        java.util.List<PyObject> sorted = new java.util.ArrayList<>(items.size());
        pairs.forEach(e -> sorted.add(e.getValue()));
        return sorted;
    }

    // CPython: Python/marshal.c w_PyLong (digits of 15 bits, least significant first)
    private void writeInt(PyInt v) {
        if (v.isSmall() && v.longValue() == (int) v.longValue()) {
            type('i', true);
            int32(v.longValue());
            return;
        }
        BigInteger big = v.bigValue();
        BigInteger mag = big.abs();
        int ndigits = (mag.bitLength() + 14) / 15;
        type('l', true);
        int32(big.signum() < 0 ? -ndigits : ndigits);
        for (int i = 0; i < ndigits; i++) {
            int digit = mag.shiftRight(15 * i).intValue() & 0x7FFF;
            out.write(digit & 0xFF);
            out.write(digit >>> 8);
        }
    }

    private void writeStr(PyStr s) {
        String value = s.value();
        boolean ascii = value.chars().allMatch(c -> c < 128);
        if (version >= 4 && ascii) {
            boolean interned = PyStr.isNameLike(value);
            if (value.length() < 256) {
                type(interned ? 'Z' : 'z', true);
                out.write(value.length());
            } else {
                type(interned ? 'A' : 'a', true);
                int32(value.length());
            }
            out.writeBytes(value.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return;
        }
        byte[] utf8 = surrogatePassUtf8(s.codePoints());
        type(version >= 3 && PyStr.isNameLike(value) ? 't' : 'u', true);
        int32(utf8.length);
        out.writeBytes(utf8);
    }

    /** UTF-8 with lone surrogates encoded as three bytes (the surrogatepass handler). */
    static byte[] surrogatePassUtf8(int[] cps) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(cps.length);
        for (int cp : cps) {
            if (cp < 0x80) {
                b.write(cp);
            } else if (cp < 0x800) {
                b.write(0xC0 | cp >> 6);
                b.write(0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                b.write(0xE0 | cp >> 12);
                b.write(0x80 | cp >> 6 & 0x3F);
                b.write(0x80 | cp & 0x3F);
            } else {
                b.write(0xF0 | cp >> 18);
                b.write(0x80 | cp >> 12 & 0x3F);
                b.write(0x80 | cp >> 6 & 0x3F);
                b.write(0x80 | cp & 0x3F);
            }
        }
        return b.toByteArray();
    }
}
