package dev.krait.modules.pickle;

import dev.krait.objects.Attributes;
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
import java.util.Map;

/**
 * The pickler's {@code save}: the dispatch on the object's exact type, the writers of atoms and
 * containers (with the C pickler's choices of opcode: BININT1/BININT2/BININT for ints that fit
 * in 32 bits, LONG1/LONG4 above; short or long string and bytes headers; MARK ... APPENDS
 * batches of 1000), the memo, and the route to {@link Reductions} for everything else.
 *
 * <p>CPython counterpart: Modules/_pickle.c {@code save}, {@code save_long},
 * {@code save_float}, {@code save_bytes}, {@code save_unicode}, {@code save_tuple},
 * {@code save_list}, {@code batch_list}, {@code save_dict}, {@code batch_dict},
 * {@code save_set}, {@code save_frozenset}, {@code memo_put}, {@code memo_get}.
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
            saveDict(p, (PyDict) obj);
            return;
        } else if (type == PySet.TYPE) {
            saveSet(p, (PySet) obj);
            return;
        } else if (type == PyFrozenSet.TYPE) {
            saveFrozenset(p, obj);
            return;
        } else if (type == PyList.TYPE) {
            saveList(p, obj);
            return;
        } else if (type == PyTuple.TYPE) {
            saveTuple(p, (PyTuple) obj);
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
            return Ops.getItem(p.dispatchTable, type);
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

    // CPython: Modules/_pickle.c save_tuple
    private static void saveTuple(PyPickler p, PyTuple obj) {
        PyObject[] items = obj.items();
        int len = items.length;
        if (len == 0) {
            if (p.proto != 0) {
                p.out.writeByte(Opcodes.EMPTY_TUPLE);
            } else {
                p.out.write2(Opcodes.MARK, Opcodes.TUPLE);
            }
            return;
        }
        if (len <= 3 && p.proto >= 2) {
            for (PyObject item : items) {
                save(p, item, false);
            }
            if (p.memo.get(obj) >= 0) {
                for (int i = 0; i < len; i++) {
                    p.out.writeByte(Opcodes.POP);
                }
                memoGetObject(p, obj);
                return;
            }
            p.out.writeByte(len == 1 ? Opcodes.TUPLE1
                    : len == 2 ? Opcodes.TUPLE2 : Opcodes.TUPLE3);
            memoPut(p, obj);
            return;
        }
        p.out.writeByte(Opcodes.MARK);
        for (PyObject item : items) {
            save(p, item, false);
        }
        if (p.memo.get(obj) >= 0) {
            if (p.bin != 0) {
                p.out.writeByte(Opcodes.POP_MARK);
            } else {
                for (int i = 0; i <= len; i++) {
                    p.out.writeByte(Opcodes.POP);
                }
            }
            memoGetObject(p, obj);
            return;
        }
        p.out.writeByte(Opcodes.TUPLE);
        memoPut(p, obj);
    }

    // CPython: Modules/_pickle.c save_list
    private static void saveList(PyPickler p, PyObject obj) {
        boolean entered = p.fast != 0 && Fast.enter(p, obj);
        try {
            if (p.bin != 0) {
                p.out.writeByte(Opcodes.EMPTY_LIST);
            } else {
                p.out.write2(Opcodes.MARK, Opcodes.LIST);
            }
            PyList list = (PyList) obj;
            int len = list.size();
            memoPut(p, obj);
            if (len != 0) {
                ThreadState ts = p.threadState();
                ts.enterRecursiveCall(WHERE);
                try {
                    if (p.proto > 0) {
                        batchListExact(p, list);
                    } else {
                        batchList(p, Ops.iter(obj));
                    }
                } finally {
                    ts.leaveRecursiveCall();
                }
            }
        } finally {
            if (entered) {
                Fast.leave(p, obj);
            }
        }
    }

    // CPython: Modules/_pickle.c batch_list_exact
    private static void batchListExact(PyPickler p, PyList list) {
        if (list.size() == 1) {
            save(p, list.items.get(0), false);
            p.out.writeByte(Opcodes.APPEND);
            return;
        }
        int total = 0;
        do {
            int thisBatch = 0;
            p.out.writeByte(Opcodes.MARK);
            while (total < list.items.size()) {
                save(p, list.items.get(total), false);
                total++;
                if (++thisBatch == Opcodes.BATCHSIZE) {
                    break;
                }
            }
            p.out.writeByte(Opcodes.APPENDS);
        } while (total < list.items.size());
    }

    // CPython: Modules/_pickle.c batch_list
    static void batchList(PyPickler p, PyObject iter) {
        if (p.proto == 0) {
            for (PyObject item = Ops.next(iter); item != null; item = Ops.next(iter)) {
                save(p, item, false);
                p.out.writeByte(Opcodes.APPEND);
            }
            return;
        }
        int n;
        do {
            PyObject first = Ops.next(iter);
            if (first == null) {
                break;
            }
            PyObject obj = Ops.next(iter);
            if (obj == null) {
                save(p, first, false);
                p.out.writeByte(Opcodes.APPEND);
                break;
            }
            p.out.writeByte(Opcodes.MARK);
            save(p, first, false);
            n = 1;
            while (obj != null) {
                save(p, obj, false);
                n++;
                if (n == Opcodes.BATCHSIZE) {
                    break;
                }
                obj = Ops.next(iter);
            }
            p.out.writeByte(Opcodes.APPENDS);
            if (n != Opcodes.BATCHSIZE) {
                break;
            }
        } while (true);
    }

    // CPython: Modules/_pickle.c save_dict
    private static void saveDict(PyPickler p, PyDict obj) {
        boolean entered = p.fast != 0 && Fast.enter(p, obj);
        try {
            if (p.bin != 0) {
                p.out.writeByte(Opcodes.EMPTY_DICT);
            } else {
                p.out.write2(Opcodes.MARK, Opcodes.DICT);
            }
            memoPut(p, obj);
            if (obj.size() != 0) {
                ThreadState ts = p.threadState();
                ts.enterRecursiveCall(WHERE);
                try {
                    if (p.proto > 0) {
                        batchDictExact(p, obj);
                    } else {
                        batchDict(p, Ops.iter(Ops.callMethod(obj, "items")));
                    }
                } finally {
                    ts.leaveRecursiveCall();
                }
            }
        } finally {
            if (entered) {
                Fast.leave(p, obj);
            }
        }
    }

    /**
     * The items of an exact dict in batches. The items are copied first: the dict may change
     * while its values are pickled, which CPython reports after the batch (as here) and a Java
     * iterator would not survive.
     */
    // CPython: Modules/_pickle.c batch_dict_exact
    private static void batchDictExact(PyPickler p, PyDict obj) {
        int size = obj.size();
        PyObject[] kv = new PyObject[2 * size];
        int k = 0;
        for (Map.Entry<PyObject, PyObject> e : obj.entries()) {
            kv[k++] = e.getKey();
            kv[k++] = e.getValue();
        }
        if (size == 1) {
            save(p, kv[0], false);
            save(p, kv[1], false);
            p.out.writeByte(Opcodes.SETITEM);
            return;
        }
        int at = 0;
        int i;
        do {
            i = 0;
            p.out.writeByte(Opcodes.MARK);
            while (at < size) {
                save(p, kv[2 * at], false);
                save(p, kv[2 * at + 1], false);
                at++;
                if (++i == Opcodes.BATCHSIZE) {
                    break;
                }
            }
            p.out.writeByte(Opcodes.SETITEMS);
            if (obj.size() != size) {
                throw PyExceptions.runtimeError("dictionary changed size during iteration");
            }
        } while (i == Opcodes.BATCHSIZE);
    }

    private static PyTuple pair(PyObject item) {
        if (!(item instanceof PyTuple t) || t.size() != 2) {
            throw PyExceptions.typeError("dict items iterator must return 2-tuples");
        }
        return t;
    }

    // CPython: Modules/_pickle.c batch_dict
    static void batchDict(PyPickler p, PyObject iter) {
        if (p.proto == 0) {
            for (PyObject item = Ops.next(iter); item != null; item = Ops.next(iter)) {
                PyTuple t = pair(item);
                save(p, t.get(0), false);
                save(p, t.get(1), false);
                p.out.writeByte(Opcodes.SETITEM);
            }
            return;
        }
        while (true) {
            PyObject first = Ops.next(iter);
            if (first == null) {
                break;
            }
            PyTuple t = pair(first);
            PyObject obj = Ops.next(iter);
            if (obj == null) {
                save(p, t.get(0), false);
                save(p, t.get(1), false);
                p.out.writeByte(Opcodes.SETITEM);
                break;
            }
            p.out.writeByte(Opcodes.MARK);
            save(p, t.get(0), false);
            save(p, t.get(1), false);
            int n = 1;
            while (obj != null) {
                PyTuple u = pair(obj);
                save(p, u.get(0), false);
                save(p, u.get(1), false);
                n++;
                if (n == Opcodes.BATCHSIZE) {
                    break;
                }
                obj = Ops.next(iter);
            }
            p.out.writeByte(Opcodes.SETITEMS);
            if (n != Opcodes.BATCHSIZE) {
                break;
            }
        }
    }

    // CPython: Modules/_pickle.c save_set
    private static void saveSet(PyPickler p, PySet obj) {
        if (p.proto < 4) {
            PyList items = new PyList(java.util.Arrays.asList(obj.toArray()));
            Reductions.saveReduce(p, PyTuple.of(PySet.TYPE, PyTuple.of(items)), obj);
            return;
        }
        p.out.writeByte(Opcodes.EMPTY_SET);
        memoPut(p, obj);
        int size = obj.size();
        if (size == 0) {
            return;
        }
        PyObject[] items = obj.toArray();
        int at = 0;
        int i;
        do {
            i = 0;
            p.out.writeByte(Opcodes.MARK);
            while (at < items.length) {
                save(p, items[at++], false);
                if (++i == Opcodes.BATCHSIZE) {
                    break;
                }
            }
            p.out.writeByte(Opcodes.ADDITEMS);
            if (obj.size() != size) {
                throw PyExceptions.runtimeError("set changed size during iteration");
            }
        } while (i == Opcodes.BATCHSIZE);
    }

    // CPython: Modules/_pickle.c save_frozenset
    private static void saveFrozenset(PyPickler p, PyObject obj) {
        if (p.fast != 0) {
            Fast.enter(p, obj);
        }
        if (p.proto < 4) {
            PyList items = new PyList(Ops.toList(obj));
            Reductions.saveReduce(p, PyTuple.of(PyFrozenSet.TYPE, PyTuple.of(items)), obj);
            return;
        }
        p.out.writeByte(Opcodes.MARK);
        PyObject it = Ops.iter(obj);
        for (PyObject item = Ops.next(it); item != null; item = Ops.next(it)) {
            save(p, item, false);
        }
        if (p.memo.get(obj) >= 0) {
            p.out.writeByte(Opcodes.POP_MARK);
            memoGetObject(p, obj);
            return;
        }
        p.out.writeByte(Opcodes.FROZENSET);
        memoPut(p, obj);
    }

    /**
     * Fast mode's guard against cycles: past 50 levels of nested containers, each container
     * entered is remembered, and meeting it again inside itself is an error (without the memo
     * the pickle would never end).
     */
    // CPython: Modules/_pickle.c fast_save_enter, fast_save_leave
    static final class Fast {
        private Fast() {
        }

        static boolean enter(PyPickler p, PyObject obj) {
            if (++p.fastNesting >= Opcodes.FAST_NESTING_LIMIT) {
                if (p.fastMemo == null) {
                    p.fastMemo = new java.util.IdentityHashMap<>();
                }
                if (p.fastMemo.containsKey(obj)) {
                    throw PyExceptions.valueError("fast mode: can't pickle cyclic objects "
                            + "including object type " + obj.type().getName() + " at "
                            + Ops.addressOf(obj));
                }
                p.fastMemo.put(obj, Boolean.TRUE);
            }
            return true;
        }

        static void leave(PyPickler p, PyObject obj) {
            if (p.fastNesting-- >= Opcodes.FAST_NESTING_LIMIT && p.fastMemo != null) {
                p.fastMemo.remove(obj);
            }
        }
    }
}
