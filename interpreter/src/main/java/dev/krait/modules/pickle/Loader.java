package dev.krait.modules.pickle;

import dev.krait.objects.Attributes;
import dev.krait.objects.CArgs;
import dev.krait.objects.Containers;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyByteArray;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyFrozenSet;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyMemoryView;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PySet;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.StrCodecs;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The unpickler's opcode loop: reads an opcode, runs it against the stack and memo, until STOP
 * returns the top of the stack. The loads of protocol 0's text opcodes, the containers and the
 * memo live here; {@link LoaderObjects} has those that build objects (globals, REDUCE, NEWOBJ,
 * BUILD, extension codes, persistent ids).
 *
 * <p>CPython counterpart: Modules/_pickle.c {@code load} and the {@code load_*} functions it
 * dispatches to.
 */
final class Loader {
    private Loader() {
    }

    private static final String MAX = "9223372036854775807";

    // CPython: Modules/_pickle.c load
    static PyObject load(PyUnpickler u) {
        UnpicklerInput in = u.input;
        UnpickleStack stack = u.stack;
        stack.reset();
        u.proto = 0;
        while (true) {
            int op;
            try {
                op = in.takeByte();
            } catch (PyException e) {
                if (e.matches(u.st.unpicklingError)) {
                    throw PyExceptions.of(PyExceptions.EOFError, "Ran out of input");
                }
                throw e;
            }
            switch ((byte) op) {
                case Opcodes.NONE -> stack.push(PyNone.NONE);
                case Opcodes.BININT -> stack.push(PyInt.of((int) littleEndian(in, 4)));
                case Opcodes.BININT1 -> stack.push(PyInt.of(in.takeByte()));
                case Opcodes.BININT2 -> stack.push(PyInt.of(littleEndian(in, 2)));
                case Opcodes.INT -> loadInt(u);
                case Opcodes.LONG -> loadLong(u);
                case Opcodes.LONG1 -> loadCountedLong(u, 1);
                case Opcodes.LONG4 -> loadCountedLong(u, 4);
                case Opcodes.FLOAT -> loadFloat(u);
                case Opcodes.BINFLOAT -> stack.push(new PyFloat(Double.longBitsToDouble(
                        Long.reverseBytes(littleEndian(in, 8)))));
                case Opcodes.SHORT_BINBYTES -> loadBinbytes(u, 1);
                case Opcodes.BINBYTES -> loadBinbytes(u, 4);
                case Opcodes.BINBYTES8 -> loadBinbytes(u, 8);
                case Opcodes.BYTEARRAY8 -> stack.push(new PyByteArray(
                        in.takeCopy(size(u, 8, "BYTEARRAY8"))));
                case Opcodes.NEXT_BUFFER -> loadNextBuffer(u);
                case Opcodes.READONLY_BUFFER -> loadReadonlyBuffer(u);
                case Opcodes.SHORT_BINSTRING -> loadBinstring(u, 1);
                case Opcodes.BINSTRING -> loadBinstring(u, 4);
                case Opcodes.STRING -> loadString(u);
                case Opcodes.UNICODE -> loadUnicode(u);
                case Opcodes.SHORT_BINUNICODE -> loadBinunicode(u, 1);
                case Opcodes.BINUNICODE -> loadBinunicode(u, 4);
                case Opcodes.BINUNICODE8 -> loadBinunicode(u, 8);
                case Opcodes.EMPTY_TUPLE -> stack.push(PyTuple.EMPTY);
                case Opcodes.TUPLE1 -> countedTuple(stack, 1);
                case Opcodes.TUPLE2 -> countedTuple(stack, 2);
                case Opcodes.TUPLE3 -> countedTuple(stack, 3);
                case Opcodes.TUPLE -> {
                    int i = stack.marker();
                    countedTuple(stack, stack.size - i);
                }
                case Opcodes.EMPTY_LIST -> stack.push(new PyList());
                case Opcodes.LIST -> stack.push(stack.popList(stack.marker()));
                case Opcodes.EMPTY_DICT -> stack.push(new PyDict());
                case Opcodes.DICT -> loadDict(u);
                case Opcodes.EMPTY_SET -> stack.push(new PySet());
                case Opcodes.ADDITEMS -> loadAdditems(u);
                case Opcodes.FROZENSET -> stack.push(PyFrozenSet.of(
                        stack.popTuple(stack.marker())));
                case Opcodes.OBJ -> LoaderObjects.loadObj(u);
                case Opcodes.INST -> LoaderObjects.loadInst(u);
                case Opcodes.NEWOBJ -> LoaderObjects.loadNewobj(u, false);
                case Opcodes.NEWOBJ_EX -> LoaderObjects.loadNewobj(u, true);
                case Opcodes.GLOBAL -> LoaderObjects.loadGlobal(u);
                case Opcodes.STACK_GLOBAL -> LoaderObjects.loadStackGlobal(u);
                case Opcodes.APPEND -> {
                    if (stack.size - 1 <= stack.fence) {
                        throw stack.underflow();
                    }
                    doAppend(u, stack.size - 1);
                }
                case Opcodes.APPENDS -> doAppend(u, stack.marker());
                case Opcodes.BUILD -> LoaderObjects.loadBuild(u);
                case Opcodes.DUP -> stack.push(stack.peek());
                case Opcodes.BINGET -> memoGet(u, in.takeByte());
                case Opcodes.LONG_BINGET -> memoGet(u, littleEndian(in, 4));
                case Opcodes.GET -> memoGet(u, lineInt(u));
                case Opcodes.MARK -> stack.mark();
                case Opcodes.BINPUT -> {
                    long index = in.takeByte();
                    u.memoPut(index, stack.peek());
                }
                case Opcodes.LONG_BINPUT -> {
                    long index = littleEndian(in, 4);
                    u.memoPut(index, stack.peek());
                }
                case Opcodes.PUT -> loadPut(u);
                case Opcodes.MEMOIZE -> u.memoPut(u.memoLen, stack.peek());
                case Opcodes.POP -> stack.popOrUnmark();
                case Opcodes.POP_MARK -> stack.clearTo(stack.marker());
                case Opcodes.SETITEM -> doSetitems(u, stack.size - 2);
                case Opcodes.SETITEMS -> doSetitems(u, stack.marker());
                case Opcodes.PERSID -> LoaderObjects.loadPersid(u);
                case Opcodes.BINPERSID -> LoaderObjects.loadBinpersid(u);
                case Opcodes.REDUCE -> LoaderObjects.loadReduce(u);
                case Opcodes.PROTO -> {
                    int p = in.takeByte();
                    if (p > Opcodes.HIGHEST_PROTOCOL) {
                        throw PyExceptions.valueError("unsupported pickle protocol: " + p);
                    }
                    u.proto = p;
                }
                case Opcodes.FRAME -> {
                    long n = littleEndian(in, 8);
                    if (n < 0) {
                        throw PyExceptions.overflowError("FRAME length exceeds system's maximum "
                                + "of " + MAX + " bytes");
                    }
                    in.ensure(n);
                }
                case Opcodes.EXT1 -> LoaderObjects.loadExtension(u, 1);
                case Opcodes.EXT2 -> LoaderObjects.loadExtension(u, 2);
                case Opcodes.EXT4 -> LoaderObjects.loadExtension(u, 4);
                case Opcodes.NEWTRUE -> stack.push(PyBool.TRUE);
                case Opcodes.NEWFALSE -> stack.push(PyBool.FALSE);
                case Opcodes.STOP -> {
                    return stack.pop();
                }
                default -> throw invalidKey(u, op);
            }
        }
    }

    private static PyException invalidKey(PyUnpickler u, int c) {
        if (0x20 <= c && c <= 0x7e && c != '\'' && c != '\\') {
            return u.st.unpicklingError("invalid load key, '" + (char) c + "'.");
        }
        return u.st.unpicklingError(String.format("invalid load key, '\\x%02x'.", c));
    }

    /** {@code n} bytes as an unsigned little-endian number (sign-extended when n is 4 or 8). */
    static long littleEndian(UnpicklerInput in, int n) {
        int at = in.take(n);
        byte[] b = in.buf;
        long x = 0;
        for (int i = 0; i < n; i++) {
            x |= (long) (b[at + i] & 0xff) << (8 * i);
        }
        return n == 4 ? (int) x : x;
    }

    /** A size of 1, 4 or 8 unsigned bytes; beyond Py_ssize_t is OverflowError. */
    // CPython: Modules/_pickle.c calc_binsize
    static long size(PyUnpickler u, int n, String what) {
        long x = littleEndian(u.input, n);
        if (n == 4) {
            x &= 0xffffffffL;
        }
        if (x < 0) {
            throw PyExceptions.overflowError(what + " exceeds system's maximum size of " + MAX
                    + " bytes");
        }
        return x;
    }

    /** A text line without its newline, as Latin-1 (the bytes as chars). */
    static String line(PyUnpickler u, int minimum) {
        UnpicklerInput in = u.input;
        int at = in.takeLine();
        int len = in.pos - at;
        if (len < minimum) {
            throw in.truncated();
        }
        return new String(in.buf, at, len - 1, StandardCharsets.ISO_8859_1);
    }

    private static PyInt parseInt(String text, int base) {
        return (PyInt) Ops.call(PyInt.TYPE, PyStr.of(text), PyInt.of(base));
    }

    // CPython: Modules/_pickle.c load_int
    private static void loadInt(PyUnpickler u) {
        String s = line(u, 2);
        long x;
        try {
            x = strtol(s);
        } catch (NumberFormatException e) {
            PyInt v;
            try {
                v = parseInt(s, 0);
            } catch (PyException pe) {
                throw PyExceptions.valueError("could not convert string to int");
            }
            u.stack.push(v);
            return;
        }
        if (s.length() == 2 && (x == 0 || x == 1)) {
            u.stack.push(x == 1 ? PyBool.TRUE : PyBool.FALSE);
        } else {
            u.stack.push(PyInt.of(x));
        }
    }

    /** C's {@code strtol(s, &end, 0)} over the whole text; NumberFormatException otherwise. */
    private static long strtol(String s) {
        String t = s.stripLeading();
        boolean negative = false;
        if (!t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-')) {
            negative = t.charAt(0) == '-';
            t = t.substring(1);
        }
        int base = 10;
        if (t.length() > 1 && t.charAt(0) == '0' && (t.charAt(1) == 'x' || t.charAt(1) == 'X')) {
            base = 16;
            t = t.substring(2);
        } else if (t.length() > 1 && t.charAt(0) == '0') {
            base = 8;
        }
        if (t.isEmpty() || t.charAt(0) == '+' || t.charAt(0) == '-') {
            throw new NumberFormatException();
        }
        long v = Long.parseLong(t, base);
        return negative ? -v : v;
    }

    // CPython: Modules/_pickle.c load_long
    private static void loadLong(PyUnpickler u) {
        String s = line(u, 2);
        if (s.endsWith("L")) {
            s = s.substring(0, s.length() - 1);
        }
        u.stack.push(parseInt(s, 0));
    }

    // CPython: Modules/_pickle.c load_counted_long
    private static void loadCountedLong(PyUnpickler u, int n) {
        long size = littleEndian(u.input, n);
        if (size < 0) {
            throw u.st.unpicklingError("LONG pickle has negative byte count");
        }
        if (size == 0) {
            u.stack.push(PyInt.of(0));
            return;
        }
        int at = u.input.take(size);
        byte[] be = new byte[(int) size];
        for (int i = 0; i < size; i++) {
            be[i] = u.input.buf[at + (int) size - 1 - i];
        }
        u.stack.push(PyInt.of(new BigInteger(be)));
    }

    // CPython: Modules/_pickle.c load_float
    private static void loadFloat(PyUnpickler u) {
        String s = line(u, 2);
        // PyOS_string_to_double takes no surrounding spaces, which float() would strip.
        boolean spaced = Character.isWhitespace(s.charAt(0))
                || Character.isWhitespace(s.charAt(s.length() - 1));
        try {
            if (!spaced) {
                u.stack.push(Ops.call(PyFloat.TYPE, PyStr.of(s)));
                return;
            }
        } catch (PyException e) {
            if (!e.matches(PyExceptions.ValueError)) {
                throw e;
            }
        }
        throw PyExceptions.valueError("could not convert string to float: '" + s + "\n'");
    }

    private static void loadBinbytes(PyUnpickler u, int n) {
        long size = size(u, n, "BINBYTES");
        u.stack.push(PyBytes.of(u.input.takeCopy(size)));
    }

    // CPython: Modules/_pickle.c load_next_buffer
    private static void loadNextBuffer(PyUnpickler u) {
        if (u.buffers == null) {
            throw u.st.unpicklingError("pickle stream refers to out-of-band data but no "
                    + "*buffers* argument was given");
        }
        PyObject buf = Iteration.next(u.buffers);
        if (buf == null) {
            throw u.st.unpicklingError("not enough out-of-band buffers");
        }
        u.stack.push(buf);
    }

    // CPython: Modules/_pickle.c load_readonly_buffer
    private static void loadReadonlyBuffer(PyUnpickler u) {
        UnpickleStack stack = u.stack;
        PyObject obj = stack.peek();
        PyMemoryView view = (PyMemoryView) PyMemoryView.__new__(PyMemoryView.TYPE, obj);
        if (!Ops.isTrue(Attributes.getAttr(view, "readonly"))) {
            stack.data[stack.size - 1] = Ops.callMethod(view, "toreadonly");
        }
    }

    // CPython: Modules/_pickle.c load_counted_binstring
    private static void loadBinstring(PyUnpickler u, int n) {
        long size = size(u, n, "BINSTRING");
        byte[] data = u.input.takeCopy(size);
        u.stack.push(decodeString(u, data));
    }

    /** A Python 2 str: bytes when the encoding is 'bytes', else decoded. */
    private static PyObject decodeString(PyUnpickler u, byte[] data) {
        if (u.encoding.equals("bytes")) {
            return PyBytes.of(data);
        }
        return StrCodecs.decodeText(data, u.encoding, u.errors);
    }

    // CPython: Modules/_pickle.c load_string
    private static void loadString(PyUnpickler u) {
        String s = line(u, 1);
        int len = s.length();
        if (len < 2 || s.charAt(0) != s.charAt(len - 1)
                || (s.charAt(0) != '\'' && s.charAt(0) != '"')) {
            throw u.st.unpicklingError("the STRING opcode argument must be quoted");
        }
        byte[] quoted = s.substring(1, len - 1).getBytes(StandardCharsets.ISO_8859_1);
        PyObject decoder = Attributes.getAttr(Reductions.importModule(PyStr.of("_codecs")),
                "escape_decode");
        PyObject bytes = ((PyTuple) Ops.call(decoder, PyBytes.of(quoted))).get(0);
        u.stack.push(decodeString(u, ((PyBytes) bytes).array()));
    }

    // CPython: Modules/_pickle.c load_unicode
    private static void loadUnicode(PyUnpickler u) {
        String s = line(u, 1);
        PyObject decoder = Attributes.getAttr(Reductions.importModule(PyStr.of("_codecs")),
                "raw_unicode_escape_decode");
        byte[] raw = s.getBytes(StandardCharsets.ISO_8859_1);
        u.stack.push(((PyTuple) Ops.call(decoder, PyBytes.of(raw))).get(0));
    }

    // CPython: Modules/_pickle.c load_counted_binunicode
    private static void loadBinunicode(PyUnpickler u, int n) {
        long size = size(u, n, "BINUNICODE");
        UnpicklerInput in = u.input;
        int at = in.take(size);
        u.stack.push(utf8(in.buf, at, (int) size));
    }

    /** UTF-8 with surrogates passed through; ASCII text is copied directly. */
    static PyStr utf8(byte[] b, int at, int n) {
        boolean ascii = true;
        for (int i = at; i < at + n; i++) {
            if (b[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return PyStr.of(new String(b, at, n, StandardCharsets.ISO_8859_1));
        }
        return StrCodecs.decodeText(java.util.Arrays.copyOfRange(b, at, at + n), "utf-8",
                "surrogatepass");
    }

    // CPython: Modules/_pickle.c load_counted_tuple
    private static void countedTuple(UnpickleStack stack, int len) {
        if (stack.size < len) {
            throw stack.underflow();
        }
        stack.push(stack.popTuple(stack.size - len));
    }

    // CPython: Modules/_pickle.c load_dict
    private static void loadDict(PyUnpickler u) {
        UnpickleStack stack = u.stack;
        int i = stack.marker();
        int j = stack.size;
        if ((j - i) % 2 != 0) {
            throw u.st.unpicklingError("odd number of items for DICT");
        }
        PyDict dict = new PyDict();
        for (int k = i + 1; k < j; k += 2) {
            dict.setItem(stack.data[k - 1], stack.data[k]);
        }
        stack.clearTo(i);
        stack.push(dict);
    }

    // CPython: Modules/_pickle.c load_additems
    private static void loadAdditems(PyUnpickler u) {
        UnpickleStack stack = u.stack;
        int mark = stack.marker();
        int len = stack.size;
        if (mark > len || mark <= stack.fence) {
            throw stack.underflow();
        }
        if (len == mark) {
            return;
        }
        PyObject set = stack.data[mark - 1];
        if (set instanceof PySet s) {
            PyTuple items = stack.popTuple(mark);
            for (PyObject item : items.items()) {
                s.add(item);
            }
            return;
        }
        PyObject add = Attributes.getAttr(set, "add");
        try {
            for (int i = mark; i < len; i++) {
                Ops.call(add, stack.data[i]);
            }
        } finally {
            stack.clearTo(mark);
        }
    }

    // CPython: Modules/_pickle.c do_append
    private static void doAppend(PyUnpickler u, int x) {
        UnpickleStack stack = u.stack;
        int len = stack.size;
        if (x > len || x <= stack.fence) {
            throw stack.underflow();
        }
        if (len == x) {
            return;
        }
        PyObject list = stack.data[x - 1];
        if (list.type() == PyList.TYPE) {
            ArrayList<PyObject> items = ((PyList) list).items;
            items.ensureCapacity(items.size() + len - x);
            for (int i = x; i < len; i++) {
                items.add(stack.data[i]);
            }
            stack.clearTo(x);
            return;
        }
        PyObject extend = Attributes.lookupAttrOrNull(list, "extend");
        if (extend != null) {
            Ops.call(extend, stack.popList(x));
            return;
        }
        PyObject append = Attributes.getAttr(list, "append");
        try {
            for (int i = x; i < len; i++) {
                Ops.call(append, stack.data[i]);
            }
        } finally {
            stack.clearTo(x);
        }
    }

    // CPython: Modules/_pickle.c do_setitems
    private static void doSetitems(PyUnpickler u, int x) {
        UnpickleStack stack = u.stack;
        int len = stack.size;
        if (x > len || x <= stack.fence) {
            throw stack.underflow();
        }
        if (len == x) {
            return;
        }
        if ((len - x) % 2 != 0) {
            throw u.st.unpicklingError("odd number of items for SETITEMS");
        }
        PyObject dict = stack.data[x - 1];
        try {
            if (dict.type() == PyDict.TYPE) {
                PyDict d = (PyDict) dict;
                for (int i = x + 1; i < len; i += 2) {
                    d.setItem(stack.data[i - 1], stack.data[i]);
                }
            } else {
                for (int i = x + 1; i < len; i += 2) {
                    Containers.setItem(dict, stack.data[i - 1], stack.data[i]);
                }
            }
        } finally {
            stack.clearTo(x);
        }
    }

    /** The decimal memo index on a GET or PUT line. */
    private static long lineInt(PyUnpickler u) {
        String s = line(u, 2);
        return CArgs.intAsSsizeT(parseInt(s + "\n", 10));
    }

    private static void memoGet(PyUnpickler u, long index) {
        PyObject value = u.memoGet(index);
        if (value == null) {
            throw u.st.unpicklingError("Memo value not found at index " + index);
        }
        u.stack.push(value);
    }

    // CPython: Modules/_pickle.c load_put
    private static void loadPut(PyUnpickler u) {
        String s = line(u, 2);
        PyObject value = u.stack.peek();
        long index = CArgs.intAsSsizeT(parseInt(s + "\n", 10));
        if (index < 0) {
            throw PyExceptions.valueError("negative PUT argument");
        }
        u.memoPut(index, value);
    }

    /** Used by LoaderObjects: the entries of a dict, copied so that the dict may change. */
    static List<Map.Entry<PyObject, PyObject>> entries(PyDict d) {
        List<Map.Entry<PyObject, PyObject>> out = new ArrayList<>(d.size());
        for (Map.Entry<PyObject, PyObject> e : d.entries()) {
            out.add(Map.entry(e.getKey(), e.getValue()));
        }
        return out;
    }
}
