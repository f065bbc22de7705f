package dev.krait.objects;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The source positions of a code object's operations, in the order the compiler emitted them:
 * Krait's stand-in for the instruction stream that CPython's location table describes. Entry
 * {@code i} plays the part of the two-byte instruction at offset {@code 2*i}, so a traceback's
 * {@code tb_lasti}, {@code co_positions()}, {@code co_lines()}, {@code co_lnotab} and
 * {@code co_linetable} all agree, and the pure-Python {@code traceback} and {@code dis} modules
 * read back the spans Krait's own traceback printer draws.
 *
 * <p>An entry is (line, column, end line, end column), columns 0-based and -1 when unknown, line
 * -1 for an operation with no location. Entries are appended at compile time; a span asked for
 * later (by {@code tb_lasti}) that the compiler did not emit is appended then.
 *
 * <p>CPython counterpart: Objects/codeobject.c (location table, {@code co_lines},
 * {@code co_positions}, {@code code_getlnotab}) and Objects/locations.md.
 */
final class CodePositions {
    private int[] spans;
    private int count;
    /** Span → index of its first entry, built on the first lookup. */
    private Map<Long, Integer> index;

    CodePositions(int[] spans, int count) {
        this.spans = spans == null ? new int[16] : spans;
        this.count = spans == null ? 0 : count;
    }

    /**
     * Whether entries keep their columns: off for code compiled under {@code -X
     * no_debug_ranges}, whose entries hold only a line (CPython writes its location table with
     * PY_CODE_LOCATION_INFO_NO_COLUMNS then, and {@code co_positions()} yields
     * (line, line, None, None)).
     */
    private boolean columns = true;

    CodePositions copy() {
        CodePositions c = new CodePositions(spans.clone(), count);
        c.columns = columns;
        c.ops = ops;
        return c;
    }

    /**
     * The CPython instructions some entries stand for, as (entry, opcode, arg) triples, or
     * null: the compiler records those that tools read back from {@code co_code}.
     */
    private int[] ops;

    void setOps(int[] ops) {
        this.ops = ops;
    }

    /** Writes the recorded instructions into {@code code}, two bytes an entry. */
    void writeOps(byte[] code) {
        if (ops == null) {
            return;
        }
        for (int k = 0; k + 2 < ops.length; k += 3) {
            int i = ops[k];
            if (2 * i + 1 < code.length) {
                code[2 * i] = (byte) ops[k + 1];
                code[2 * i + 1] = (byte) ops[k + 2];
            }
        }
    }

    /** Drops the columns of every entry, now and to come. */
    synchronized void dropColumns() {
        columns = false;
        index = null;
        for (int i = 0; i < count; i++) {
            if (spans[4 * i] >= 0) {
                spans[4 * i + 1] = -1;
                spans[4 * i + 2] = spans[4 * i];
                spans[4 * i + 3] = -1;
            }
        }
    }

    synchronized boolean hasColumns() {
        return columns;
    }

    synchronized int size() {
        return count;
    }

    /** Entry {@code i} as {line, col, endLine, endCol}, or null out of range. */
    synchronized int[] get(int i) {
        if (i < 0 || i >= count) {
            return null;
        }
        return new int[] {spans[4 * i], spans[4 * i + 1], spans[4 * i + 2], spans[4 * i + 3]};
    }

    private static long key(int line, int col, int endLine, int endCol) {
        long k = line;
        k = k * 1_000_003L + col;
        k = k * 1_000_003L + endLine;
        return k * 1_000_003L + endCol;
    }

    /** The index of an entry with this span, appending one when there is none. */
    synchronized int indexOf(int line, int col, int endLine, int endCol) {
        if (!columns && line >= 0) {
            col = -1;
            endLine = line;
            endCol = -1;
        }
        if (index == null) {
            index = new HashMap<>();
            for (int i = 0; i < count; i++) {
                index.putIfAbsent(key(spans[4 * i], spans[4 * i + 1], spans[4 * i + 2],
                        spans[4 * i + 3]), i);
            }
        }
        Integer found = index.get(key(line, col, endLine, endCol));
        if (found != null) {
            int i = found;
            if (spans[4 * i] == line && spans[4 * i + 1] == col && spans[4 * i + 2] == endLine
                    && spans[4 * i + 3] == endCol) {
                return i;
            }
        }
        int i = append(line, col, endLine, endCol);
        index.putIfAbsent(key(line, col, endLine, endCol), i);
        return i;
    }

    private int append(int line, int col, int endLine, int endCol) {
        if (4 * count + 4 > spans.length) {
            spans = java.util.Arrays.copyOf(spans, Math.max(16, spans.length * 2));
        }
        spans[4 * count] = line;
        spans[4 * count + 1] = col;
        spans[4 * count + 2] = endLine;
        spans[4 * count + 3] = endCol;
        return count++;
    }

    private static PyObject optional(int v) {
        return v < 0 ? PyNone.NONE : PyInt.of(v);
    }

    /** {@code co_positions()}: (line, end_line, col, end_col) per entry, None where unknown. */
    synchronized PyObject positionsIterator() {
        PyObject[] items = new PyObject[count];
        for (int i = 0; i < count; i++) {
            int line = spans[4 * i];
            items[i] = line < 0 ? PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE)
                    : PyTuple.of(PyInt.of(line), optional(spans[4 * i + 2]),
                            optional(spans[4 * i + 1]), optional(spans[4 * i + 3]));
        }
        return new PyList(java.util.List.of(items)).__iter__();
    }

    /** {@code co_lines()}: (start, end, line) per entry, as 3.11 yields them (unmerged). */
    synchronized PyObject linesIterator() {
        PyObject[] items = new PyObject[count];
        for (int i = 0; i < count; i++) {
            items[i] = PyTuple.of(PyInt.of(2L * i), PyInt.of(2L * i + 2),
                    optional(spans[4 * i]));
        }
        return new PyList(java.util.List.of(items)).__iter__();
    }

    /** The index of the first entry on {@code line}, or -1. */
    synchronized int firstOnLine(int line) {
        for (int i = 0; i < count; i++) {
            if (spans[4 * i] == line && spans[4 * i + 1] >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The line of the entry at byte offset {@code lasti}, or -1. */
    synchronized int lineAt(int lasti) {
        int i = lasti / 2;
        return i >= 0 && i < count ? spans[4 * i] : -1;
    }

    /** {@code co_lnotab}: the pre-3.10 line table, derived (CPython: code_getlnotab). */
    synchronized byte[] lnotab(int firstLine) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int codeOffset = 0;
        int line = firstLine;
        for (int i = 0; i < count; i++) {
            int l = spans[4 * i];
            if (l < 0 || l == line) {
                continue;
            }
            int bdelta = 2 * i - codeOffset;
            int ldelta = l - line;
            while (bdelta > 255) {
                out.write(255);
                out.write(0);
                bdelta -= 255;
            }
            while (ldelta > 127) {
                out.write(bdelta);
                out.write(127);
                bdelta = 0;
                ldelta -= 127;
            }
            while (ldelta < -128) {
                out.write(bdelta);
                out.write(-128 & 0xff);
                bdelta = 0;
                ldelta += 128;
            }
            out.write(bdelta);
            out.write(ldelta & 0xff);
            codeOffset = 2 * i;
            line = l;
        }
        return out.toByteArray();
    }

    /**
     * {@code co_linetable} in 3.11's format (Objects/locations.md): one entry per position, in
     * the long form (code 14), or "no location" (code 15).
     */
    synchronized byte[] linetable(int firstLine) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int line = firstLine;
        for (int i = 0; i < count; i++) {
            int l = spans[4 * i];
            if (l < 0) {
                out.write(0x80 | (15 << 3));
                continue;
            }
            out.write(0x80 | (14 << 3));
            writeSignedVarint(out, l - line);
            writeVarint(out, Math.max(0, spans[4 * i + 2] - l));
            writeVarint(out, spans[4 * i + 1] + 1);
            writeVarint(out, spans[4 * i + 3] + 1);
            line = l;
        }
        return out.toByteArray();
    }

    private static void writeVarint(ByteArrayOutputStream out, int v) {
        while (v >= 64) {
            out.write(0x40 | (v & 63));
            v >>>= 6;
        }
        out.write(v);
    }

    private static void writeSignedVarint(ByteArrayOutputStream out, int v) {
        writeVarint(out, v < 0 ? ((-v) << 1) | 1 : v << 1);
    }
}
