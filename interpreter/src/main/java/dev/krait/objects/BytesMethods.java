package dev.krait.objects;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The methods that {@code bytes} and {@code bytearray} share: decoding, searching, splitting,
 * stripping, replacing, hex conversion and the ASCII character tests. Each is a static method
 * whose first parameter is the object (either type), exposed under its Python name on both types;
 * results that are byte strings take the type of the object they came from, as in CPython.
 *
 * <p>CPython counterpart: Objects/bytes_methods.c and Objects/stringlib/ (the byte-string
 * instantiations of find, split, partition, ...).
 */
public final class BytesMethods {
    private BytesMethods() {}

    private static byte[] data(PyObject self) {
        return self instanceof PyBytes b ? b.array() : ((PyByteArray) self).toArray();
    }

    /**
     * The bytes a search reads, taken before its arguments are converted, as CPython takes the
     * buffer first: a bytes object's own array; a bytearray's storage in place when no
     * argument can run Python code (an {@code __index__}) that might change it, else a copy.
     * Valid up to {@link #searchedLength}. {@link #data} always copies a bytearray, which made
     * each {@code find} on a 64 kB one (re's compiler scanning a character map) copy it all.
     */
    private static byte[] searched(PyObject self, PyObject sub, PyObject start, PyObject end) {
        if (self instanceof PyBytes b) {
            return b.array();
        }
        PyByteArray a = (PyByteArray) self;
        return runsNoCode(sub) && runsNoCode(start) && runsNoCode(end) ? a.bufferStorage()
                : a.toArray();
    }

    /** How many bytes of {@link #searched}'s answer {@code b} belong to {@code self}. */
    private static int searchedLength(PyObject self, byte[] b) {
        return self instanceof PyByteArray a && b == a.bufferStorage() ? a.size() : b.length;
    }

    /** Whether converting {@code o} to an index or a byte string runs no Python code. */
    private static boolean runsNoCode(PyObject o) {
        return o == null || o == PyNone.NONE || o instanceof PyInt || o instanceof PyBytes
                || o instanceof PyByteArray;
    }

    private static PyObject make(PyObject self, byte[] b) {
        return self instanceof PyByteArray ? new PyByteArray(b) : PyBytes.of(b);
    }

    /** A byte-string argument, with CPython's message naming what was given instead. */
    private static byte[] arg(PyObject o) {
        byte[] b = PyBytes.bytesLikeCopy(o);
        if (b == null) {
            throw PyExceptions.typeError("a bytes-like object is required, not '"
                    + o.type().getName() + "'");
        }
        return b;
    }

    static boolean compareResult(int c, CompareOp op) {
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }

    static boolean contains(byte[] b, int n, PyObject item) {
        if (item instanceof PyInt || !(item instanceof PyBytes || item instanceof PyByteArray)
                && item.type().lookup("__index__") != null) {
            int v = PyBytes.byteValue(item);
            for (int k = 0; k < n; k++) {
                if ((b[k] & 0xff) == v) {
                    return true;
                }
            }
            return false;
        }
        return indexOf(Arrays.copyOf(b, n), arg(item), 0, n) >= 0;
    }

    static int indexOf(byte[] b, byte[] sub, int start, int end) {
        if (sub.length == 0) {
            return start <= end ? start : -1;
        }
        // a scan for the first byte, then a comparison of the rest where it matches (CPython's
        // fastsearch starts with memchr for a one-byte needle)
        byte first = sub[0];
        outer:
        for (int i = start; i + sub.length <= end; i++) {
            if (b[i] != first) {
                continue;
            }
            for (int j = 1; j < sub.length; j++) {
                if (b[i + j] != sub[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int lastIndexOf(byte[] b, byte[] sub, int start, int end) {
        outer:
        for (int i = end - sub.length; i >= start; i--) {
            for (int j = 0; j < sub.length; j++) {
                if (b[i + j] != sub[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The needle of find/count/index: a byte string or an int in range(256). */
    private static byte[] needle(PyObject sub) {
        if (sub instanceof PyBytes || sub instanceof PyByteArray) {
            return arg(sub);
        }
        if (sub instanceof PyInt || sub.type().lookup("__index__") != null) {
            return new byte[] {(byte) PyBytes.byteValue(sub)};
        }
        return arg(sub);
    }

    private static int bound(PyObject o, int n, int dflt) {
        return o == null || o == PyNone.NONE ? dflt : Numbers.clampIndex(o, n);
    }

    /**
     * The start of find/rfind/count: a start past the end is kept past it (as n + 1), so that
     * even an empty needle is not found there. CPython: stringlib's ADJUST_INDICES clamps only
     * the end.
     */
    private static int startBound(PyObject o, int n) {
        int s = bound(o, n, 0);
        if (s == n && o != null && o != PyNone.NONE
                && PyInt.compare(Numbers.indexForSlice(o), PyInt.of(n)) > 0) {
            return n + 1;
        }
        return s;
    }

    @Exposed("decode($self, /, encoding='utf-8', errors='strict')")
    public static PyObject decode(PyObject self, PyObject encoding, PyObject errors) {
        String enc = StrCodecs.argument(encoding, "decode", "encoding", 1, "utf-8");
        String err = StrCodecs.argument(errors, "decode", "errors", 2, "strict");
        byte[] b = data(self);
        return StrCodecs.decodeText(b, enc, errors == null ? null : err);
    }

    @Exposed(value = "find($self, sub, start=<unrepresentable>, end=<unrepresentable>, /)",
            signature = Exposed.Signature.HIDDEN)
    public static long find(PyObject self, PyObject sub, PyObject start, PyObject end) {
        byte[] b = searched(self, sub, start, end);
        int n = searchedLength(self, b);
        int s = startBound(start, n);
        int e = bound(end, n, n);
        return s > e ? -1 : indexOf(b, needle(sub), s, e);
    }

    @Exposed(value = "rfind($self, sub, start=<unrepresentable>, end=<unrepresentable>, /)",
            signature = Exposed.Signature.HIDDEN)
    public static long rfind(PyObject self, PyObject sub, PyObject start, PyObject end) {
        byte[] b = searched(self, sub, start, end);
        int n = searchedLength(self, b);
        int s = startBound(start, n);
        int e = bound(end, n, n);
        return s > e ? -1 : lastIndexOf(b, needle(sub), s, e);
    }

    @Exposed(value = "index($self, sub, start=<unrepresentable>, end=<unrepresentable>, /)",
            signature = Exposed.Signature.HIDDEN)
    public static long index(PyObject self, PyObject sub, PyObject start, PyObject end) {
        long r = find(self, sub, start, end);
        if (r < 0) {
            throw PyExceptions.valueError("subsection not found");
        }
        return r;
    }

    @Exposed(value = "rindex($self, sub, start=<unrepresentable>, end=<unrepresentable>, /)",
            signature = Exposed.Signature.HIDDEN)
    public static long rindex(PyObject self, PyObject sub, PyObject start, PyObject end) {
        long r = rfind(self, sub, start, end);
        if (r < 0) {
            throw PyExceptions.valueError("subsection not found");
        }
        return r;
    }

    @Exposed(value = "count($self, sub, start=<unrepresentable>, end=<unrepresentable>, /)",
            signature = Exposed.Signature.HIDDEN)
    public static long count(PyObject self, PyObject sub, PyObject start, PyObject end) {
        byte[] b = searched(self, sub, start, end);
        int size = searchedLength(self, b);
        byte[] n = needle(sub);
        int s = startBound(start, size);
        int e = bound(end, size, size);
        if (s > e) {
            return 0;
        }
        if (n.length == 0) {
            return e - s + 1;
        }
        long c = 0;
        if (n.length == 1) {
            byte x = n[0];
            for (int i = s; i < e; i++) {
                if (b[i] == x) {
                    c++;
                }
            }
            return c;
        }
        for (int at = indexOf(b, n, s, e); at >= 0; at = indexOf(b, n, at + n.length, e)) {
            c++;
        }
        return c;
    }

    private static boolean affix(PyObject self, PyObject prefix, PyObject start, PyObject end,
            boolean atStart, String name) {
        byte[] b = data(self);
        int s = startBound(start, b.length);
        int e = bound(end, b.length, b.length);
        if (prefix instanceof PyTuple t) {
            for (PyObject p : t.items()) {
                if (affixOne(b, affixArg(p, name, true), s, e, atStart)) {
                    return true;
                }
            }
            return false;
        }
        return affixOne(b, affixArg(prefix, name, false), s, e, atStart);
    }

    private static byte[] affixArg(PyObject p, String name, boolean inTuple) {
        byte[] x = PyBytes.bytesLikeCopy(p);
        if (x == null) {
            throw PyExceptions.typeError(inTuple ? "a bytes-like object is required, not '"
                    + p.type().getName() + "'" : name + " first arg must be bytes or a tuple of "
                    + "bytes, not " + p.type().getName());
        }
        return x;
    }

    private static boolean affixOne(byte[] b, byte[] p, int s, int e, boolean atStart) {
        if (e - s < p.length || s > b.length) {
            return false;
        }
        int at = atStart ? s : e - p.length;
        return Arrays.equals(b, at, at + p.length, p, 0, p.length);
    }

    @Exposed(value = "startswith($self, prefix, start=<unrepresentable>, end=<unrepresentable>, /)",
            signature = Exposed.Signature.HIDDEN)
    public static boolean startswith(PyObject self, PyObject prefix, PyObject start,
            PyObject end) {
        return affix(self, prefix, start, end, true, "startswith");
    }

    @Exposed(value = "endswith($self, suffix, start=<unrepresentable>, end=<unrepresentable>, /)",
            signature = Exposed.Signature.HIDDEN)
    public static boolean endswith(PyObject self, PyObject suffix, PyObject start,
            PyObject end) {
        return affix(self, suffix, start, end, false, "endswith");
    }

    static boolean isSpace(int c) {
        return c == ' ' || c >= 9 && c <= 13;
    }

    private static PyObject strip(PyObject self, PyObject chars, boolean left, boolean right) {
        byte[] b = data(self);
        byte[] set = chars == null || chars == PyNone.NONE ? null : arg(chars);
        int s = 0;
        int e = b.length;
        while (left && s < e && stripped(b[s], set)) {
            s++;
        }
        while (right && e > s && stripped(b[e - 1], set)) {
            e--;
        }
        return make(self, Arrays.copyOfRange(b, s, e));
    }

    private static boolean stripped(byte c, byte[] set) {
        if (set == null) {
            return isSpace(c & 0xff);
        }
        for (byte x : set) {
            if (x == c) {
                return true;
            }
        }
        return false;
    }

    @Exposed("strip($self, bytes=None, /)")
    public static PyObject strip(PyObject self, PyObject chars) {
        return strip(self, chars, true, true);
    }

    @Exposed("lstrip($self, bytes=None, /)")
    public static PyObject lstrip(PyObject self, PyObject chars) {
        return strip(self, chars, true, false);
    }

    @Exposed("rstrip($self, bytes=None, /)")
    public static PyObject rstrip(PyObject self, PyObject chars) {
        return strip(self, chars, false, true);
    }

    private static int maxsplit(PyObject o) {
        if (o == null) {
            return -1;
        }
        PyInt i = Numbers.index(o);
        return i.isSmall() && i.longValue() <= Integer.MAX_VALUE ? (int) i.longValue()
                : i.signum() < 0 ? -1 : Integer.MAX_VALUE;
    }

    @Exposed("split($self, /, sep=None, maxsplit=-1)")
    public static PyObject split(PyObject self, PyObject sep, PyObject maxsplit) {
        byte[] b = data(self);
        int max = maxsplit(maxsplit);
        List<PyObject> parts = new ArrayList<>();
        if (sep == null || sep == PyNone.NONE) {
            int i = 0;
            int n = b.length;
            while (true) {
                while (i < n && isSpace(b[i] & 0xff)) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                if (max >= 0 && parts.size() == max) {
                    // The rest keeps its trailing whitespace, as in CPython's stringlib split.
                    parts.add(make(self, Arrays.copyOfRange(b, i, n)));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(b[j] & 0xff)) {
                    j++;
                }
                parts.add(make(self, Arrays.copyOfRange(b, i, j)));
                i = j;
            }
            return new PyList(parts);
        }
        byte[] s = arg(sep);
        if (s.length == 0) {
            throw PyExceptions.valueError("empty separator");
        }
        int start = 0;
        while (max < 0 || parts.size() < max) {
            int at = indexOf(b, s, start, b.length);
            if (at < 0) {
                break;
            }
            parts.add(make(self, Arrays.copyOfRange(b, start, at)));
            start = at + s.length;
        }
        parts.add(make(self, Arrays.copyOfRange(b, start, b.length)));
        return new PyList(parts);
    }

    @Exposed("rsplit($self, /, sep=None, maxsplit=-1)")
    public static PyObject rsplit(PyObject self, PyObject sep, PyObject maxsplit) {
        int max = maxsplit(maxsplit);
        if (max < 0) {
            if (sep == null || sep == PyNone.NONE) {
                // Whitespace splits the same from either end when nothing limits it.
                return split(self, sep, maxsplit);
            }
            // A separator may overlap itself ('bb' in b'abbbc'): search from the right.
            max = Integer.MAX_VALUE;
        }
        byte[] b = data(self);
        List<PyObject> parts = new ArrayList<>();
        if (sep == null || sep == PyNone.NONE) {
            int e = b.length;
            while (true) {
                while (e > 0 && isSpace(b[e - 1] & 0xff)) {
                    e--;
                }
                if (e == 0) {
                    break;
                }
                if (parts.size() == max) {
                    // The rest keeps its leading whitespace, as in CPython's stringlib rsplit.
                    parts.add(make(self, Arrays.copyOfRange(b, 0, e)));
                    break;
                }
                int j = e;
                while (j > 0 && !isSpace(b[j - 1] & 0xff)) {
                    j--;
                }
                parts.add(make(self, Arrays.copyOfRange(b, j, e)));
                e = j;
            }
        } else {
            byte[] s = arg(sep);
            if (s.length == 0) {
                throw PyExceptions.valueError("empty separator");
            }
            int end = b.length;
            while (parts.size() < max) {
                int at = lastIndexOf(b, s, 0, end);
                if (at < 0) {
                    break;
                }
                parts.add(make(self, Arrays.copyOfRange(b, at + s.length, end)));
                end = at;
            }
            parts.add(make(self, Arrays.copyOfRange(b, 0, end)));
        }
        java.util.Collections.reverse(parts);
        return new PyList(parts);
    }

    @Exposed("splitlines($self, /, keepends=False)")
    public static PyObject splitlines(PyObject self, PyObject keepends) {
        byte[] b = data(self);
        boolean keep = keepends != null && Ops.isTrue(keepends);
        List<PyObject> parts = new ArrayList<>();
        int i = 0;
        while (i < b.length) {
            int j = i;
            while (j < b.length && b[j] != '\n' && b[j] != '\r') {
                j++;
            }
            int eol = j;
            if (j < b.length) {
                j += b[j] == '\r' && j + 1 < b.length && b[j + 1] == '\n' ? 2 : 1;
            }
            parts.add(make(self, Arrays.copyOfRange(b, i, keep ? j : eol)));
            i = j;
        }
        return new PyList(parts);
    }

    // CPython: Objects/stringlib/join.h: the pieces' buffers first, then one result sized once
    @Exposed("join($self, iterable_of_bytes, /)")
    public static PyObject join(PyObject self, PyObject iterable) {
        if (!(self instanceof PyByteArray array)) {
            return joinPieces(self, iterable);
        }
        // CPython: Objects/bytearrayobject.c bytearray_join exports the array while an
        // iterator (which may run Python code) is read, so that it cannot be resized
        array.holdExport();
        try {
            return joinPieces(self, iterable);
        } finally {
            array.releaseExport();
        }
    }

    private static PyObject joinPieces(PyObject self, PyObject iterable) {
        List<PyObject> items;
        if (iterable.type() == PyList.TYPE) {
            // no Python code runs below, so an exact list cannot change meanwhile
            items = ((PyList) iterable).items;
        } else if (iterable.type() == PyTuple.TYPE) {
            items = Arrays.asList(((PyTuple) iterable).items);
        } else {
            items = Iteration.toList(iterable);
        }
        // the separator as it is once the items are read (a bytearray may change meanwhile)
        byte[] sep = data(self);
        int count = items.size();
        byte[][] pieces = new byte[count][];
        long length = (long) sep.length * Math.max(count - 1, 0);
        for (int k = 0; k < count; k++) {
            byte[] item = PyBytes.bytesLikeOrNull(items.get(k));
            if (item == null) {
                throw PyExceptions.typeError("sequence item " + k + ": expected a bytes-like "
                        + "object, " + items.get(k).type().getName() + " found");
            }
            pieces[k] = item;
            length += item.length;
        }
        if (length > Integer.MAX_VALUE - 8) {
            throw PyExceptions.overflowError("join() result is too long");
        }
        byte[] out = new byte[(int) length];
        int at = 0;
        for (int k = 0; k < count; k++) {
            if (k > 0) {
                System.arraycopy(sep, 0, out, at, sep.length);
                at += sep.length;
            }
            System.arraycopy(pieces[k], 0, out, at, pieces[k].length);
            at += pieces[k].length;
        }
        return make(self, out);
    }

    @Exposed("replace($self, old, new, count=-1, /)")
    public static PyObject replace(PyObject self, PyObject old, PyObject repl, PyObject count) {
        byte[] b = data(self);
        byte[] o = arg(old);
        byte[] r = arg(repl);
        int max = maxsplit(count);
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        int done = 0;
        if (o.length == 0) {
            for (int i = 0; i <= b.length; i++) {
                if (max < 0 || done < max) {
                    out.writeBytes(r);
                    done++;
                }
                if (i < b.length) {
                    out.write(b[i]);
                }
            }
            return make(self, out.toByteArray());
        }
        int start = 0;
        while (max < 0 || done < max) {
            int at = indexOf(b, o, start, b.length);
            if (at < 0) {
                break;
            }
            out.write(b, start, at - start);
            out.writeBytes(r);
            start = at + o.length;
            done++;
        }
        out.write(b, start, b.length - start);
        return make(self, out.toByteArray());
    }

    private static PyObject partition(PyObject self, PyObject sep, boolean fromRight) {
        byte[] b = data(self);
        byte[] s = arg(sep);
        if (s.length == 0) {
            throw PyExceptions.valueError("empty separator");
        }
        int at = fromRight ? lastIndexOf(b, s, 0, b.length) : indexOf(b, s, 0, b.length);
        PyObject empty = make(self, new byte[0]);
        if (at < 0) {
            PyObject whole = make(self, b.clone());
            return fromRight ? PyTuple.of(empty, make(self, new byte[0]), whole)
                    : PyTuple.of(whole, empty, make(self, new byte[0]));
        }
        return PyTuple.of(make(self, Arrays.copyOfRange(b, 0, at)), make(self, s.clone()),
                make(self, Arrays.copyOfRange(b, at + s.length, b.length)));
    }

    @Exposed("partition($self, sep, /)")
    public static PyObject partition(PyObject self, PyObject sep) {
        return partition(self, sep, false);
    }

    @Exposed("rpartition($self, sep, /)")
    public static PyObject rpartition(PyObject self, PyObject sep) {
        return partition(self, sep, true);
    }

    private static PyObject mapCase(PyObject self, int mode) {
        byte[] b = data(self).clone();
        for (int k = 0; k < b.length; k++) {
            int c = b[k] & 0xff;
            boolean upper = c >= 'A' && c <= 'Z';
            boolean lower = c >= 'a' && c <= 'z';
            if (mode == 0 && lower || mode == 2 && lower) {
                b[k] = (byte) (c - 32);
            } else if (mode == 1 && upper || mode == 2 && upper) {
                b[k] = (byte) (c + 32);
            }
        }
        return make(self, b);
    }

    @Exposed(value = "upper($self, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject upper(PyObject self) {
        return mapCase(self, 0);
    }

    @Exposed(value = "lower($self, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject lower(PyObject self) {
        return mapCase(self, 1);
    }

    @Exposed(value = "swapcase($self, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject swapcase(PyObject self) {
        return mapCase(self, 2);
    }

    private static boolean all(PyObject self, java.util.function.IntPredicate p) {
        byte[] b = data(self);
        if (b.length == 0) {
            return false;
        }
        for (byte x : b) {
            if (!p.test(x & 0xff)) {
                return false;
            }
        }
        return true;
    }

    @Exposed(value = "isdigit($self, /)", signature = Exposed.Signature.HIDDEN)
    public static boolean isdigit(PyObject self) {
        return all(self, c -> c >= '0' && c <= '9');
    }

    @Exposed(value = "isalpha($self, /)", signature = Exposed.Signature.HIDDEN)
    public static boolean isalpha(PyObject self) {
        return all(self, c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z');
    }

    @Exposed(value = "isalnum($self, /)", signature = Exposed.Signature.HIDDEN)
    public static boolean isalnum(PyObject self) {
        return all(self, c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                || c >= '0' && c <= '9');
    }

    @Exposed(value = "isspace($self, /)", signature = Exposed.Signature.HIDDEN)
    public static boolean isspace(PyObject self) {
        return all(self, BytesMethods::isSpace);
    }

    @Exposed(value = "isascii($self, /)", signature = Exposed.Signature.HIDDEN)
    public static boolean isascii(PyObject self) {
        for (byte x : data(self)) {
            if (x < 0) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.HexFormat HEX = java.util.HexFormat.of();

    @Exposed("hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)")
    public static PyObject hex(PyObject self, PyObject sep, PyObject bytesPerSep) {
        return hex(self, sep, bytesPerSep, false);
    }

    /**
     * The hex digits of {@code self}, a separator every {@code bytesPerSep} bytes; a separator
     * beyond ASCII only when the result is to become bytes (binascii).
     */
    // CPython: Python/pystrhex.c _Py_strhex_impl
    public static PyObject hex(PyObject self, PyObject sep, PyObject bytesPerSep,
            boolean returnBytes) {
        byte[] b = data(self);
        String separator = null;
        if (sep != null) {
            if (Containers.len(sep) != 1) {
                throw PyExceptions.valueError("sep must be length 1.");
            }
            char c;
            if (sep instanceof PyStr str) {
                String v = str.value();
                c = v.charAt(0);
                if (v.length() != 1 || c > 0xff) {
                    throw PyExceptions.valueError("sep must be ASCII.");
                }
            } else if (sep instanceof PyBytes sb) {
                c = (char) (sb.array()[0] & 0xff);
            } else {
                throw PyExceptions.typeError("sep must be str or bytes.");
            }
            if (c > 127 && !returnBytes) {
                throw PyExceptions.valueError("sep must be ASCII.");
            }
            separator = String.valueOf(c);
        }
        int group = bytesPerSep == null ? 1 : BytesFormatting.cInt(bytesPerSep);
        if (separator == null || group == 0) {
            // no separator: the JDK's table-driven formatter, digits only (no surrogates)
            return PyStr.ofNoSurrogates(HEX.formatHex(b));
        }
        StringBuilder sb = new StringBuilder(b.length * 3);
        int n = b.length;
        int per = Math.abs(group);
        for (int k = 0; k < n; k++) {
            if (separator != null && k > 0 && per > 0) {
                // A positive count groups from the right, a negative one from the left.
                int from = group > 0 ? n - k : k;
                if (from % per == 0) {
                    sb.append(separator);
                }
            }
            sb.append(Character.forDigit((b[k] >> 4) & 0xf, 16))
                    .append(Character.forDigit(b[k] & 0xf, 16));
        }
        return PyStr.of(sb.toString());
    }

    /** {@code bytes.fromhex}: pairs of hex digits, spaces allowed between pairs. */
    // CPython: Objects/bytesobject.c _PyBytes_FromHex
    static byte[] parseHex(PyObject string) {
        if (!(string instanceof PyStr s)) {
            throw PyExceptions.typeError("fromhex() argument must be str, not "
                    + string.type().getName());
        }
        String v = s.value();
        ByteArrayOutputStream out = new ByteArrayOutputStream(v.length() / 2);
        int i = 0;
        while (i < v.length()) {
            char c = v.charAt(i);
            if (isSpace(c) && c < 128) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (hi < 0 || c > 127) {
                throw PyExceptions.valueError("non-hexadecimal number found in fromhex() arg at "
                        + "position " + i);
            }
            int lo = i + 1 < v.length() && v.charAt(i + 1) < 128
                    ? Character.digit(v.charAt(i + 1), 16) : -1;
            if (lo < 0) {
                throw PyExceptions.valueError("non-hexadecimal number found in fromhex() arg at "
                        + "position " + (i + 1));
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }
}
