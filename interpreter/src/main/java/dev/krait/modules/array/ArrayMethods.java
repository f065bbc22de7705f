package dev.krait.modules.array;

import dev.krait.objects.Attributes;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyMemoryView;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import java.util.Arrays;

/**
 * The named methods of {@code array.array}: adding and removing items, searching, and moving
 * the machine values to and from lists, strings, bytes and files. Each is a static method
 * taking the array first, listed as a method class of {@link PyArray#TYPE}.
 *
 * <p>CPython counterpart: Modules/arraymodule.c {@code array_array_*_impl}.
 */
public final class ArrayMethods {
    private ArrayMethods() {}

    @Exposed(value = "append($self, v, /)",
            doc = "Append new value v to the end of the array.")
    public static void append(PyArray self, PyObject v) {
        self.insert(self.size, v);
    }

    /**
     * CPython returns the C address of the storage; Krait's storage has none, so the first
     * item is the array's identity number, which is as stable as the array object.
     */
    @Exposed(value = "buffer_info($self, /)", doc = "Return a tuple (address, length) giving "
            + "the current memory address and the length in items of the buffer used to hold "
            + "array's contents.\n\nThe length should be multiplied by the itemsize attribute "
            + "to calculate the buffer length in bytes.")
    public static PyObject buffer_info(PyArray self) {
        return PyTuple.of(PyInt.of(Ops.id(self)), PyInt.of(self.size));
    }

    // CPython: Modules/arraymodule.c array_array_byteswap_impl
    @Exposed(value = "byteswap($self, /)", doc = "Byteswap all items of the array.\n\n"
            + "If the items in the array are not 1, 2, 4, or 8 bytes in size, RuntimeError is "
            + "raised.")
    public static void byteswap(PyArray self) {
        int w = self.code.itemsize;
        byte[] s = self.data;
        for (int p = 0, end = self.nbytes(); p < end; p += w) {
            for (int a = p, b = p + w - 1; a < b; a++, b--) {
                byte t = s[a];
                s[a] = s[b];
                s[b] = t;
            }
        }
    }

    @Exposed(value = "count($self, v, /)", doc = "Return number of occurrences of v in the "
            + "array.")
    public static long count(PyArray self, PyObject v) {
        long n = 0;
        for (int k = 0; k < self.size; k++) {
            if (Ops.eqBool(self.get(k), v)) {
                n++;
            }
        }
        return n;
    }

    // CPython: Modules/arraymodule.c array_array_extend_impl, array_do_extend
    @Exposed(value = "extend($self, bb, /)",
            doc = "Append items to the end of the array.")
    public static void extend(PyArray self, PyObject bb) {
        if (!(bb instanceof PyArray b)) {
            self.extendFromIterator(Iteration.iter(bb));
            return;
        }
        if (b.code != self.code) {
            throw PyExceptions.typeError("can only extend with array of same kind");
        }
        int old = self.nbytes();
        int add = b.nbytes();
        byte[] src = b.data;
        self.resize(self.size + b.size);
        System.arraycopy(src, 0, self.data, old, add);
    }

    // CPython: Modules/arraymodule.c frombytes
    @Exposed(value = "frombytes($self, buffer, /)", doc = "Appends items from the string, "
            + "interpreting it as an array of machine values, as if it had been read from a "
            + "file using the fromfile() method.")
    public static void frombytes(PyArray self, PyObject buffer) {
        byte[] b = PyBytes.bytesLikeCopy(buffer);
        if (b == null) {
            throw PyExceptions.typeError("a bytes-like object is required, not '"
                    + buffer.type().getName() + "'");
        }
        if ((buffer instanceof PyArray a && a.code.itemsize != 1)
                || (buffer instanceof PyMemoryView
                        && Numbers.index(Attributes.getAttr(buffer, "itemsize")).longValue() != 1)) {
            throw PyExceptions.typeError("a bytes-like object is required");
        }
        int itemsize = self.code.itemsize;
        if (b.length % itemsize != 0) {
            throw PyExceptions.valueError("bytes length not a multiple of item size");
        }
        if (b.length > 0) {
            int old = self.nbytes();
            self.resize(self.size + b.length / itemsize);
            System.arraycopy(b, 0, self.data, old, b.length);
        }
    }

    // CPython: Modules/arraymodule.c array_array_fromfile_impl
    @Exposed(value = "fromfile($self, f, n, /)", doc = "Read n objects from the file object f "
            + "and append them to the end of the array.")
    public static void fromfile(PyArray self, PyObject f, PyObject nArg) {
        long n = CArgs.asSsizeT(nArg);
        if (n < 0) {
            throw PyExceptions.valueError("negative count");
        }
        int itemsize = self.code.itemsize;
        if (n > Long.MAX_VALUE / itemsize) {
            throw PyExceptions.of(PyExceptions.MemoryError, "");
        }
        long nbytes = n * itemsize;
        PyObject b = Ops.callMethod(f, "read", PyInt.of(nbytes));
        if (!(b instanceof PyBytes bytes)) {
            throw PyExceptions.typeError("read() didn't return bytes");
        }
        boolean short_ = bytes.size() != nbytes;
        frombytes(self, b);
        if (short_) {
            throw PyExceptions.of(PyExceptions.EOFError, "read() didn't return enough bytes");
        }
    }

    // CPython: Modules/arraymodule.c array_array_fromlist
    @Exposed(value = "fromlist($self, list, /)", doc = "Append items to array from list.")
    public static void fromlist(PyArray self, PyObject list) {
        if (!(list instanceof PyList l)) {
            throw PyExceptions.typeError("arg must be list");
        }
        int n = l.size();
        if (n == 0) {
            return;
        }
        int old = self.size;
        self.resize(old + n);
        for (int k = 0; k < n; k++) {
            try {
                self.code.set(self.data, old + k, l.items.get(k));
            } catch (RuntimeException e) {
                self.resize(old);
                throw e;
            }
            if (n != l.size()) {
                self.resize(old);
                throw PyExceptions.runtimeError("list changed size during iteration");
            }
        }
    }

    // CPython: Modules/arraymodule.c array_array_fromunicode_impl
    @Exposed(value = "fromunicode($self, ustr, /)", doc = "Extends this array with data from "
            + "the unicode string ustr.\n\nThe array must be a unicode type array; otherwise a "
            + "ValueError is raised.  Use array.frombytes(ustr.encode(...)) to append Unicode "
            + "data to an array of\nsome other type.")
    public static void fromunicode(PyArray self, PyObject ustr) {
        if (!(ustr instanceof PyStr s)) {
            throw PyExceptions.typeError("fromunicode() argument must be str, not "
                    + ustr.type().getName());
        }
        if (self.code != TypeCode.u) {
            throw PyExceptions.valueError(
                    "fromunicode() may only be called on unicode type arrays");
        }
        int[] cps = s.codePoints();
        int old = self.size;
        self.resize(old + cps.length);
        for (int k = 0; k < cps.length; k++) {
            self.code.putLong(self.data, old + k, cps[k]);
        }
    }

    // CPython: Modules/arraymodule.c array_array_index_impl
    @Exposed(value = "index($self, v, start=0, stop=sys.maxsize, /)",
            doc = "Return index of first occurrence of v in the array.\n\n"
            + "Raise ValueError if the value is not present.")
    public static long index(PyArray self, PyObject v, PyObject startArg, PyObject stopArg) {
        long start = startArg == null ? 0 : CArgs.sliceIndexNotNone(startArg);
        long stop = stopArg == null ? Long.MAX_VALUE : CArgs.sliceIndexNotNone(stopArg);
        if (start < 0) {
            start = Math.max(0, start + self.size);
        }
        if (stop < 0) {
            stop += self.size;
        }
        // The size is read at each step: the comparison may shrink the array.
        for (long k = start; k < stop && k < self.size; k++) {
            if (Ops.eqBool(self.get((int) k), v)) {
                return k;
            }
        }
        throw PyExceptions.valueError("array.index(x): x not in array");
    }

    @Exposed(value = "insert($self, i, v, /)",
            doc = "Insert a new item v into the array before position i.")
    public static void insert(PyArray self, PyObject i, PyObject v) {
        self.insert(CArgs.asSsizeT(i), v);
    }

    // CPython: Modules/arraymodule.c array_array_pop_impl
    @Exposed(value = "pop($self, i=-1, /)", doc = "Return the i-th element and delete it from "
            + "the array.\n\ni defaults to -1.")
    public static PyObject pop(PyArray self, PyObject iArg) {
        long i = iArg == null ? -1 : CArgs.asSsizeT(iArg);
        if (self.size == 0) {
            throw PyExceptions.indexError("pop from empty array");
        }
        if (i < 0) {
            i += self.size;
        }
        if (i < 0 || i >= self.size) {
            throw PyExceptions.indexError("pop index out of range");
        }
        PyObject v = self.get((int) i);
        deleteAt(self, (int) i);
        return v;
    }

    private static void deleteAt(PyArray self, int k) {
        int w = self.code.itemsize;
        System.arraycopy(self.data, (k + 1) * w, self.data, k * w, (self.size - k - 1) * w);
        self.resize(self.size - 1);
    }

    @Exposed(value = "remove($self, v, /)",
            doc = "Remove the first occurrence of v in the array.")
    public static void remove(PyArray self, PyObject v) {
        for (int k = 0; k < self.size; k++) {
            if (Ops.eqBool(self.get(k), v)) {
                deleteAt(self, k);
                return;
            }
        }
        throw PyExceptions.valueError("array.remove(x): x not in array");
    }

    @Exposed(value = "reverse($self, /)", doc = "Reverse the order of the items in the array.")
    public static void reverse(PyArray self) {
        int w = self.code.itemsize;
        byte[] s = self.data;
        byte[] tmp = new byte[w];
        for (int p = 0, q = (self.size - 1) * w; p < q; p += w, q -= w) {
            System.arraycopy(s, p, tmp, 0, w);
            System.arraycopy(s, q, s, p, w);
            System.arraycopy(tmp, 0, s, q, w);
        }
    }

    @Exposed(value = "tobytes($self, /)", doc = "Convert the array to an array of machine "
            + "values and return the bytes representation.")
    public static PyObject tobytes(PyArray self) {
        return PyBytes.of(Arrays.copyOf(self.data, self.nbytes()));
    }

    /** Writes the bytes in blocks of 64 KiB, each a {@code write} call, as CPython does. */
    // CPython: Modules/arraymodule.c array_array_tofile_impl
    @Exposed(value = "tofile($self, f, /)",
            doc = "Write all items (as machine values) to the file object f.")
    public static void tofile(PyArray self, PyObject f) {
        int nbytes = self.nbytes();
        int block = 64 * 1024;
        for (int p = 0; p < nbytes; p += block) {
            byte[] chunk = Arrays.copyOfRange(self.data, p, Math.min(nbytes, p + block));
            Ops.callMethod(f, "write", PyBytes.of(chunk));
        }
    }

    @Exposed(value = "tolist($self, /)",
            doc = "Convert array to an ordinary list with the same items.")
    public static PyObject tolist(PyArray self) {
        PyObject[] items = new PyObject[self.size];
        for (int k = 0; k < items.length; k++) {
            items[k] = self.get(k);
        }
        return new PyList(Arrays.asList(items));
    }

    // CPython: Modules/arraymodule.c array_array_tounicode_impl, PyUnicode_FromWideChar
    @Exposed(value = "tounicode($self, /)", doc = "Extends this array with data from the "
            + "unicode string ustr.\n\nConvert the array to a unicode string.  The array must "
            + "be a unicode type array;\notherwise a ValueError is raised.  Use "
            + "array.tobytes().decode() to obtain a\nunicode string from an array of some "
            + "other type.")
    public static PyObject tounicode(PyArray self) {
        if (self.code != TypeCode.u) {
            throw PyExceptions.valueError(
                    "tounicode() may only be called on unicode type arrays");
        }
        int[] cps = new int[self.size];
        for (int k = 0; k < cps.length; k++) {
            int c = (int) self.code.rawLong(self.data, k);
            if (c < 0 || c > 0x10FFFF) {
                throw PyExceptions.valueError("character U+" + Integer.toHexString(c)
                        + " is not in range [U+0000; U+10ffff]");
            }
            cps[k] = c;
        }
        return PyStr.fromCodePoints(cps);
    }
}
