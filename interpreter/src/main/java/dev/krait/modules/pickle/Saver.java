package dev.krait.modules.pickle;

import dev.krait.objects.Attributes;
import dev.krait.objects.Containers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyByteArray;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyFrozenSet;
import dev.krait.objects.PyFunction;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyNotImplemented;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyPickleBuffer;
import dev.krait.objects.PySet;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.objects.StrCodecs;
import dev.krait.runtime.ThreadState;
import java.nio.charset.StandardCharsets;

/**
 * The pickler's {@code save}: the dispatch on the object's exact type, the writers of atoms
 * (with the C pickler's choices of opcode: BININT1/BININT2/BININT for ints that fit in 32 bits,
 * LONG1/LONG4 above; short or long string and bytes headers), the memo, persistent ids, and the
 * route to {@link ContainerSavers} for builtin containers and to {@link Reductions} for everything
 * else (a dispatch table, {@code reducer_override}, {@code __reduce_ex__}).
 *
 * <p>CPython counterpart: Modules/_pickle.c {@code save}, {@code save_pers},
 * {@code save_long}, {@code save_float}, {@code save_bytes}, {@code save_bytearray},
 * {@code save_unicode}, {@code memo_put}, {@code memo_get}.
 */
final class Saver {
    private Saver() {
    }

    private static final String WHERE = " while pickling an object";
    private static final PyStr LATIN1 = PyStr.of("latin1");

    // CPython: Modules/_pickle.c save
    static void save(PyPickler p, PyObject obj, boolean persSave) {
        p.out.opcodeBoundary();
        if (!persSave && p.persFunc != null && savePers(p, obj)) {
            return;
        }
        PyType type = obj.type();
        if (obj == PyNone.NONE) {
            p.out.writeByte(Opcodes.NONE);
            return;
        } else if (obj == PyBool.TRUE || obj == PyBool.FALSE) {
            saveBool(p, obj == PyBool.TRUE);
            return;
        } else if (type == PyInt.TYPE) {
            saveLong(p, (PyInt) obj);
            return;
        } else if (type == PyFloat.TYPE) {
            saveFloat(p, ((PyFloat) obj).value);
            return;
        }
        int index = p.memo.get(obj);
        if (index >= 0) {
            memoGet(p, index);
            return;
        }
        if (type == PyBytes.TYPE) {
            saveBytes(p, (PyBytes) obj);
            return;
        } else if (type == PyStr.TYPE) {
            saveUnicode(p, (PyStr) obj);
            return;
        }
        ThreadState ts = p.threadState();
        ts.enterRecursiveCall(WHERE);
        try {
            saveOther(p, obj, type);
        } finally {
            ts.leaveRecursiveCall();
        }
    }

    private static void saveOther(PyPickler p, PyObject obj, PyType type) {
        if (type == PyDict.TYPE) {
            ContainerSavers.saveDict(p, (PyDict) obj);
            return;
        } else if (type == PySet.TYPE) {
            ContainerSavers.saveSet(p, (PySet) obj);
            return;
        } else if (type == PyFrozenSet.TYPE) {
            ContainerSavers.saveFrozenset(p, obj);
            return;
        } else if (type == PyList.TYPE) {
            ContainerSavers.saveList(p, obj);
            return;
        } else if (type == PyTuple.TYPE) {
            ContainerSavers.saveTuple(p, (PyTuple) obj);
            return;
        } else if (type == PyByteArray.TYPE) {
            saveBytearray(p, (PyByteArray) obj);
            return;
        } else if (type == PyPickleBuffer.TYPE) {
            Reductions.savePicklebuffer(p, (PyPickleBuffer) obj);
            return;
        }
        PyObject reduceValue = null;
        if (p.reducerOverride != null) {
            reduceValue = Ops.call(p.reducerOverride, obj);
            if (reduceValue == PyNotImplemented.NOT_IMPLEMENTED) {
                reduceValue = null;
            }
        }
        if (reduceValue == null) {
            if (type == PyType.TYPE) {
                Reductions.saveType(p, (PyType) obj);
                return;
            } else if (type == PyFunction.TYPE) {
                Reductions.saveGlobal(p, obj, null);
                return;
            }
            PyObject reduceFunc = reducerFor(p, type);
            if (reduceFunc != null) {
                reduceValue = Ops.call(reduceFunc, obj);
            } else if (type.isSubtypeOf(PyType.TYPE)) {
                Reductions.saveGlobal(p, obj, null);
                return;
            } else {
                PyObject reduceEx = Attributes.lookupAttrOrNull(obj, "__reduce_ex__");
                if (reduceEx != null) {
                    reduceValue = Ops.call(reduceEx, PyInt.of(p.proto));
                } else {
                    PyObject reduce = Attributes.lookupAttrOrNull(obj, "__reduce__");
                    if (reduce == null) {
                        throw p.st.picklingError("can't pickle '" + type.getName()
                                + "' object: " + Ops.repr(obj).value());
                    }
                    reduceValue = Ops.call(reduce);
                }
            }
        }
        if (reduceValue instanceof PyStr name) {
            Reductions.saveGlobal(p, obj, name);
            return;
        }
        if (!(reduceValue instanceof PyTuple t)) {
            throw p.st.picklingError("__reduce__ must return a string or tuple");
        }
        Reductions.saveReduce(p, t, obj);
    }

    /** The reduction function of the pickler's or copyreg's dispatch table, or null. */
    private static PyObject reducerFor(PyPickler p, PyType type) {
        if (p.dispatchTable == null) {
            return ((PyDict) p.st.dispatchTable).getItem(type);
        }
        try {
            return Containers.getItem(p.dispatchTable, type);
        } catch (PyException e) {
            if (e.matches(PyExceptions.KeyError)) {
                return null;
            }
            throw e;
        }
    }

    // CPython: Modules/_pickle.c save_pers
    private static boolean savePers(PyPickler p, PyObject obj) {
        PyObject pid = Ops.call(p.persFunc, obj);
        if (pid == PyNone.NONE) {
            return false;
        }
        if (p.bin != 0) {
            save(p, pid, true);
            p.out.writeByte(Opcodes.BINPERSID);
        } else {
            String s = Ops.str(pid).value();
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) > 0x7f) {
                    throw p.st.picklingError("persistent IDs in protocol 0 must be ASCII "
                            + "strings");
                }
            }
            p.out.writeByte(Opcodes.PERSID);
            p.out.writeAscii(s);
            p.out.writeByte((byte) '\n');
        }
        return true;
    }

    // CPython: Modules/_pickle.c memo_get
    static void memoGet(PyPickler p, int index) {
        if (p.bin == 0) {
            p.out.writeByte(Opcodes.GET);
            p.out.writeAscii(index + "\n");
        } else if (index < 256) {
            p.out.write2(Opcodes.BINGET, (byte) index);
        } else {
            p.out.writeOpAndLE(Opcodes.LONG_BINGET, index, 4);
        }
    }

    /** Looks {@code obj} up in the memo and writes its GET; it must be there. */
    static void memoGetObject(PyPickler p, PyObject obj) {
        int index = p.memo.get(obj);
        if (index < 0) {
            throw PyExceptions.keyError(obj);
        }
        memoGet(p, index);
    }

    // CPython: Modules/_pickle.c memo_put
    static void memoPut(PyPickler p, PyObject obj) {
        if (p.fast != 0) {
            return;
        }
        int index = p.memo.size();
        p.memo.put(obj, index);
        if (p.proto >= 4) {
            p.out.writeByte(Opcodes.MEMOIZE);
        } else if (p.bin == 0) {
            p.out.writeByte(Opcodes.PUT);
            p.out.writeAscii(index + "\n");
        } else if (index < 256) {
            p.out.write2(Opcodes.BINPUT, (byte) index);
        } else {
            p.out.writeOpAndLE(Opcodes.LONG_BINPUT, index, 4);
        }
    }

    // CPython: Modules/_pickle.c save_bool
    private static void saveBool(PyPickler p, boolean value) {
        if (p.proto >= 2) {
            p.out.writeByte(value ? Opcodes.NEWTRUE : Opcodes.NEWFALSE);
        } else {
            p.out.writeAscii(value ? "I01\n" : "I00\n");
        }
    }

    // CPython: Modules/_pickle.c save_long
    private static void saveLong(PyPickler p, PyInt obj) {
        if (obj.isSmall()) {
            long v = obj.longValue();
            if (v == (int) v) {
                if (p.bin != 0) {
                    if ((v & 0xFFFF0000L) != 0) {
                        p.out.writeOpAndLE(Opcodes.BININT, v, 4);
                    } else if ((v & 0xFF00L) != 0) {
                        p.out.writeOpAndLE(Opcodes.BININT2, v, 2);
                    } else {
                        p.out.write2(Opcodes.BININT1, (byte) v);
                    }
                } else {
                    p.out.writeAscii("I" + v + "\n");
                }
                return;
            }
        }
        if (p.proto >= 2) {
            byte[] be = obj.bigValue().toByteArray();
            int n = be.length;
            byte[] le = new byte[n];
            for (int i = 0; i < n; i++) {
                le[i] = be[n - 1 - i];
            }
            if (n < 256) {
                p.out.write2(Opcodes.LONG1, (byte) n);
            } else {
                p.out.writeOpAndLE(Opcodes.LONG4, n, 4);
            }
            p.out.write(le);
        } else {
            p.out.writeByte(Opcodes.LONG);
            p.out.writeAscii(obj.bigValue().toString());
            p.out.writeAscii("L\n");
        }
    }

    // CPython: Modules/_pickle.c save_float
    private static void saveFloat(PyPickler p, double x) {
        if (p.bin != 0) {
            long bits = Double.doubleToRawLongBits(x);
            p.out.writeOpAndLE(Opcodes.BINFLOAT, Long.reverseBytes(bits), 8);
        } else {
            p.out.writeByte(Opcodes.FLOAT);
            p.out.writeAscii(Ops.repr(new PyFloat(x)).value());
            p.out.writeByte((byte) '\n');
        }
    }

    /** A bytes-sized header: the short opcode with a 1-byte size, or 4 or 8 bytes of size. */
    static int sizedHeader(byte[] header, byte shortOp, byte op4, byte op8, long size) {
        if (shortOp != 0 && size <= 0xff) {
            header[0] = shortOp;
            header[1] = (byte) size;
            return 2;
        } else if (size <= 0xffffffffL) {
            header[0] = op4;
            for (int i = 0; i < 4; i++) {
                header[1 + i] = (byte) (size >>> (8 * i));
            }
            return 5;
        }
        header[0] = op8;
        for (int i = 0; i < 8; i++) {
            header[1 + i] = (byte) (size >>> (8 * i));
        }
        return 9;
    }

    // CPython: Modules/_pickle.c save_bytes
    private static void saveBytes(PyPickler p, PyBytes obj) {
        if (p.proto < 3) {
            PyTuple reduceValue;
            if (obj.size() == 0) {
                reduceValue = PyTuple.of(PyBytes.TYPE, PyTuple.EMPTY);
            } else {
                PyStr text = PyStr.of(new String(obj.array(), StandardCharsets.ISO_8859_1));
                reduceValue = PyTuple.of(p.st.codecsEncode, PyTuple.of(text, LATIN1));
            }
            Reductions.saveReduce(p, reduceValue, obj);
            return;
        }
        saveBytesData(p, obj, obj.array(), 0, obj.size());
    }

    // CPython: Modules/_pickle.c _save_bytes_data
    static void saveBytesData(PyPickler p, PyObject obj, byte[] data, int from, int n) {
        byte[] header = new byte[9];
        int len = sizedHeader(header, Opcodes.SHORT_BINBYTES, Opcodes.BINBYTES,
                Opcodes.BINBYTES8, n);
        p.out.writeBytes(header, len, data, from, n, obj);
        memoPut(p, obj);
    }

    // CPython: Modules/_pickle.c save_bytearray
    private static void saveBytearray(PyPickler p, PyByteArray obj) {
        if (p.proto < 5) {
            PyTuple reduceValue = obj.size() == 0
                    ? PyTuple.of(PyByteArray.TYPE, PyTuple.EMPTY)
                    : PyTuple.of(PyByteArray.TYPE, PyTuple.of(PyBytes.of(obj.toArray())));
            Reductions.saveReduce(p, reduceValue, obj);
            return;
        }
        saveBytearrayData(p, obj, obj.toArray(), 0, obj.size());
    }

    // CPython: Modules/_pickle.c _save_bytearray_data
    static void saveBytearrayData(PyPickler p, PyObject obj, byte[] data, int from, int n) {
        byte[] header = new byte[9];
        header[0] = Opcodes.BYTEARRAY8;
        for (int i = 0; i < 8; i++) {
            header[1 + i] = (byte) ((long) n >>> (8 * i));
        }
        p.out.writeBytes(header, 9, data, from, n, obj);
        memoPut(p, obj);
    }

    /** UTF-8, with lone surrogates passed through (CPython's "surrogatepass" fallback). */
    static byte[] utf8(PyStr s) {
        String v = s.value();
        if (s.isSimple()) {
            return v.getBytes(StandardCharsets.UTF_8);
        }
        return StrCodecs.encodeText(s, "utf-8", "surrogatepass").array();
    }

    // CPython: Modules/_pickle.c save_unicode, write_unicode_binary
    private static void saveUnicode(PyPickler p, PyStr obj) {
        if (p.bin != 0) {
            String v = obj.value();
            int n = v.length();
            if (n < Opcodes.FRAME_SIZE_TARGET && isAscii(v)) {
                // Most strs: the header and the chars straight into the buffer.
                if (n <= 0xff && p.proto >= 4) {
                    p.out.write2(Opcodes.SHORT_BINUNICODE, (byte) n);
                } else {
                    p.out.writeOpAndLE(Opcodes.BINUNICODE, n, 4);
                }
                p.out.writeAscii(v);
                memoPut(p, obj);
                return;
            }
            byte[] data = utf8(obj);
            byte[] header = new byte[9];
            int len = sizedHeader(header, p.proto >= 4 ? Opcodes.SHORT_BINUNICODE : 0,
                    Opcodes.BINUNICODE, Opcodes.BINUNICODE8, data.length);
            p.out.writeBytes(header, len, data, 0, data.length, null);
        } else {
            p.out.writeByte(Opcodes.UNICODE);
            p.out.write(rawUnicodeEscape(obj));
            p.out.writeByte((byte) '\n');
        }
        memoPut(p, obj);
    }

    private static boolean isAscii(String v) {
        for (int i = 0, n = v.length(); i < n; i++) {
            if (v.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /** Raw-unicode-escape that also escapes backslash, NUL, CR, LF and ^Z (as \\uXXXX). */
    // CPython: Modules/_pickle.c raw_unicode_escape
    static byte[] rawUnicodeEscape(PyStr s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
        int n = s.length();
        boolean simple = s.isSimple();
        String v = s.value();
        for (int i = 0; i < n; i++) {
            int ch = simple ? v.charAt(i) : s.codePointAt(i);
            if (ch >= 0x10000) {
                out.write('\\');
                out.write('U');
                for (int shift = 28; shift >= 0; shift -= 4) {
                    out.write(HEX[(ch >> shift) & 0xf]);
                }
            } else if (ch >= 256 || ch == '\\' || ch == 0 || ch == '\n' || ch == '\r'
                    || ch == 0x1a) {
                out.write('\\');
                out.write('u');
                for (int shift = 12; shift >= 0; shift -= 4) {
                    out.write(HEX[(ch >> shift) & 0xf]);
                }
            } else {
                out.write(ch);
            }
        }
        return out.toByteArray();
    }
}
