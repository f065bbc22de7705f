package dev.krait.modules.codecs;

import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;

/**
 * The compact inverse of a charmap codec's 256-character decoding table, built by
 * {@code codecs.charmap_build}: which byte encodes each character. The characters of a code page
 * cluster in a few 256-character pages of the BMP, so the map is a table of such pages, made
 * only for the pages used.
 *
 * <p>CPython counterpart: Objects/unicodeobject.c {@code EncodingMapType},
 * PyUnicode_BuildEncodingMap and encoding_map_lookup (a three-level trie there).
 */
public final class PyEncodingMap extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("EncodingMap", PyEncodingMap.class,
            null);

    /** Per page of 256 characters, byte + 1 for each character (0: unmapped), or null. */
    private final short[][] pages = new short[256][];

    private PyEncodingMap() {
        super(TYPE);
    }

    /**
     * The map for a decoding table, or null when the table needs a dict instead (a first entry
     * other than U+0000, a U+0000 elsewhere, or a character beyond the BMP), as in CPython.
     */
    static PyEncodingMap build(int[] table) {
        int length = Math.min(table.length, 256);
        if (table[0] != 0) {
            return null;
        }
        for (int i = 1; i < length; i++) {
            if (table[i] == 0 || table[i] > 0xFFFF) {
                return null;
            }
        }
        PyEncodingMap m = new PyEncodingMap();
        for (int i = 1; i < length; i++) {
            int ch = table[i];
            if (ch == 0xFFFE) {
                continue;
            }
            short[] page = m.pages[ch >> 8];
            if (page == null) {
                page = m.pages[ch >> 8] = new short[256];
            }
            page[ch & 0xff] = (short) (i + 1);
        }
        return m;
    }

    /** The byte that encodes {@code ch}, or -1 when none does. */
    // CPython: Objects/unicodeobject.c encoding_map_lookup
    int lookup(int ch) {
        if (ch == 0) {
            return 0;
        }
        if (ch > 0xFFFF) {
            return -1;
        }
        short[] page = pages[ch >> 8];
        return page == null ? -1 : page[ch & 0xff] - 1;
    }
}
