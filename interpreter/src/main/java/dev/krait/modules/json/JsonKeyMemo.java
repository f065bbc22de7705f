package dev.krait.modules.json;

import dev.krait.objects.PyStr;
import java.util.Arrays;

/**
 * The object keys one document has shown so far, found by their text in the document: an
 * open-addressing table of strs probed with a hash of the characters, so that a key seen
 * before costs no substring, no str and no Python hash (its str keeps the hash it computed
 * for the first dict it went into). Only keys without escapes and without surrogates come
 * here: their Java chars are the text itself.
 *
 * <p>CPython counterpart: Modules/_json.c {@code _parse_object_unicode}'s
 * {@code PyDict_SetDefault(s->memo, key, key)}, which shares equal keys the same way.
 */
final class JsonKeyMemo {
    /** A table this large is dropped, not cleared, after a document. */
    private static final int KEEP = 1024;

    private PyStr[] strs = new PyStr[64];
    private int[] hashes = new int[64];
    private int size;

    /** The one str for the characters [start, end) of {@code chars}. */
    PyStr get(String chars, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + chars.charAt(i);
        }
        h ^= h >>> 16;
        int length = end - start;
        int mask = strs.length - 1;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            PyStr s = strs[slot];
            if (s == null) {
                s = PyStr.ofNoSurrogates(chars.substring(start, end));
                strs[slot] = s;
                hashes[slot] = h;
                if (++size * 2 > strs.length) {
                    grow();
                }
                return s;
            }
            if (hashes[slot] == h && s.value().length() == length
                    && chars.regionMatches(start, s.value(), 0, length)) {
                return s;
            }
        }
    }

    private void grow() {
        PyStr[] oldStrs = strs;
        int[] oldHashes = hashes;
        strs = new PyStr[oldStrs.length * 2];
        hashes = new int[strs.length];
        int mask = strs.length - 1;
        for (int i = 0; i < oldStrs.length; i++) {
            if (oldStrs[i] != null) {
                int slot = oldHashes[i] & mask;
                while (strs[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                strs[slot] = oldStrs[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }

    /** Forgets every key (the memo lasts one document, as CPython's). */
    void clear() {
        if (size == 0) {
            return;
        }
        if (strs.length > KEEP) {
            strs = new PyStr[64];
            hashes = new int[64];
        } else {
            Arrays.fill(strs, null);
        }
        size = 0;
    }
}
