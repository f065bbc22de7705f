package dev.krait.modules.codecs;

import static dev.krait.modules.codecs.CodecsModule.dataArgument;
import static dev.krait.modules.codecs.CodecsModule.decoded;
import static dev.krait.modules.codecs.CodecsModule.encoded;
import static dev.krait.modules.codecs.CodecsModule.errorsArgument;
import static dev.krait.modules.codecs.CodecsModule.textArgument;

import dev.krait.objects.Containers;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.io.ByteArrayOutputStream;

/**
 * The charmap codec: bytes to characters through a 256-character decoding table (a str) or any
 * mapping, and back through an {@link PyEncodingMap} or a mapping — what every single-byte code
 * page module of {@code encodings} ({@code cp1252}, {@code iso8859_15}, {@code mac_roman}...)
 * is made of.
 *
 * <p>CPython counterpart: Objects/unicodeobject.c PyUnicode_DecodeCharmap,
 * PyUnicode_EncodeCharmap (charmapencode_output, charmap_encoding_error) and
 * PyUnicode_BuildEncodingMap.
 */
public final class CharmapCodecs {
    private CharmapCodecs() {}

    private static final String REASON = "character maps to <undefined>";

    @Exposed("charmap_build($module, map, /)")
    public static PyObject charmap_build(PyObject map) {
        if (!(map instanceof PyStr s)) {
            throw CodecsModule.badArgument("charmap_build", "argument", "str", map);
        }
        int[] table = s.codePoints();
        if (table.length == 0) {
            throw PyExceptions.typeError("bad argument type for built-in operation");
        }
        PyEncodingMap m = PyEncodingMap.build(table);
        if (m != null) {
            return m;
        }
        PyDict d = new PyDict();
        for (int i = 0; i < Math.min(table.length, 256); i++) {
            d.setItem(PyInt.of(table[i]), PyInt.of(i));
        }
        return d;
    }

    @Exposed("charmap_decode($module, data, errors=None, mapping=None, /)")
    public static PyObject charmap_decode(PyObject data, PyObject errors, PyObject mapping) {
        byte[] b = dataArgument(data);
        String err = errorsArgument("charmap_decode", errors);
        if (mapping == null || mapping == PyNone.NONE) {
            return decoded(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1),
                    b.length);
        }
        StringBuilder out = new StringBuilder(b.length);
        DecodeErrors errs = new DecodeErrors("charmap", err, b);
        int size = b.length;
        if (mapping.type() == PyStr.TYPE) {
            int[] table = ((PyStr) mapping).codePoints();
            int i = 0;
            while (i < b.length) {
                int ch = b[i] & 0xff;
                int x = ch < table.length ? table[ch] : 0xFFFE;
                if (x == 0xFFFE) {
                    i = errs.handle(out, i, i + 1, REASON);
                    b = errs.input();
                } else {
                    out.appendCodePoint(x);
                    i++;
                }
            }
        } else {
            int i = 0;
            while (i < b.length) {
                if (decodeThroughMapping(b[i] & 0xff, mapping, out)) {
                    i++;
                } else {
                    i = errs.handle(out, i, i + 1, REASON);
                    b = errs.input();
                }
            }
        }
        return decoded(out, size);
    }

    /** Appends what {@code mapping[ch]} maps to; false when the byte is undefined. */
    // CPython: Objects/unicodeobject.c charmap_decode_mapping
    private static boolean decodeThroughMapping(int ch, PyObject mapping, StringBuilder out) {
        PyObject item;
        try {
            item = Containers.getItem(mapping, PyInt.of(ch));
        } catch (PyException e) {
            if (e.matches(PyExceptions.LookupError)) {
                return false;
            }
            throw e;
        }
        if (item == PyNone.NONE) {
            return false;
        }
        if (item instanceof PyInt i) {
            long v = mappedValue(i);
            if (v == 0xFFFE) {
                return false;
            }
            if (v < 0 || v > 0x10FFFF) {
                throw PyExceptions.typeError("character mapping must be in range(0x110000)");
            }
            out.appendCodePoint((int) v);
            return true;
        }
        if (item instanceof PyStr s) {
            if (s.length() == 1 && s.codePointAt(0) == 0xFFFE) {
                return false;
            }
            out.append(s.value());
            return true;
        }
        throw PyExceptions.typeError("character mapping must return integer, None or str");
    }

    @Exposed("charmap_encode($module, str, errors=None, mapping=None, /)")
    public static PyObject charmap_encode(PyObject str, PyObject errors, PyObject mapping) {
        PyStr s = textArgument("charmap_encode", str);
        String err = errorsArgument("charmap_encode", errors);
        if (mapping == null || mapping == PyNone.NONE) {
            return UnicodeCodecs.latin_1_encode(s, errors);
        }
        int[] cps = s.codePoints();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length);
        EncodeErrors errs = null;
        int i = 0;
        while (i < cps.length) {
            if (output(cps[i], mapping, out)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < cps.length && !mapped(cps[end], mapping)) {
                end++;
            }
            if (errs == null) {
                errs = new EncodeErrors("charmap", err, s, cps);
            }
            errs.handle(i, end, REASON);
            if (errs.bytes != null) {
                out.writeBytes(errs.bytes);
            } else {
                int[] rep = errs.text.codePoints().toArray();
                for (int c : rep) {
                    if (!output(c, mapping, out)) {
                        throw errs.raise(i, end, REASON);
                    }
                }
            }
            i = errs.next;
        }
        return encoded(out.toByteArray(), cps.length);
    }

    /**
     * A mapping's int as CPython reads it ({@code PyLong_AS_LONG}): one too large for a C long
     * reads as -1, outside every range, so it fails the range check with its TypeError.
     */
    private static long mappedValue(PyInt i) {
        return i.isSmall() ? i.longValue() : -1;
    }

    /** Writes the encoding of {@code c}; false when the mapping has none. */
    // CPython: Objects/unicodeobject.c charmapencode_output
    private static boolean output(int c, PyObject mapping, ByteArrayOutputStream out) {
        if (mapping instanceof PyEncodingMap m) {
            int b = m.lookup(c);
            if (b < 0) {
                return false;
            }
            out.write(b);
            return true;
        }
        PyObject rep = lookup(c, mapping);
        if (rep == PyNone.NONE) {
            return false;
        }
        if (rep instanceof PyBytes bytes) {
            out.writeBytes(bytes.array());
        } else {
            out.write((int) mappedValue((PyInt) rep));
        }
        return true;
    }

    private static boolean mapped(int c, PyObject mapping) {
        if (mapping instanceof PyEncodingMap m) {
            return m.lookup(c) >= 0;
        }
        return lookup(c, mapping) != PyNone.NONE;
    }

    // CPython: Objects/unicodeobject.c charmapencode_lookup
    private static PyObject lookup(int c, PyObject mapping) {
        PyObject x;
        try {
            x = Containers.getItem(mapping, PyInt.of(c));
        } catch (PyException e) {
            if (e.matches(PyExceptions.LookupError)) {
                return PyNone.NONE;
            }
            throw e;
        }
        if (x == PyNone.NONE || x instanceof PyBytes) {
            return x;
        }
        if (x instanceof PyInt i) {
            long v = mappedValue(i);
            if (v < 0 || v > 255) {
                throw PyExceptions.typeError("character mapping must be in range(256)");
            }
            return x;
        }
        throw PyExceptions.typeError("character mapping must return integer, bytes or None, "
                + "not " + x.type().getName());
    }
}
