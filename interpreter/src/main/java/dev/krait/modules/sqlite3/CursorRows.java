package dev.krait.modules.sqlite3;

import dev.krait.objects.Ops;
import dev.krait.objects.PyByteArray;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.StrCodecs;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;

/**
 * The current row of a stepped statement as a tuple of Python values: converters chosen by
 * {@code detect_types} get the raw bytes; otherwise INTEGER, REAL, TEXT (through the
 * connection's {@code text_factory}), BLOB and NULL become int, float, str, bytes and None.
 *
 * <p>CPython counterpart: Modules/_sqlite/cursor.c _pysqlite_fetch_one_row.
 */
final class CursorRows {
    private CursorRows() {}

    static PyTuple fetchOne(PyCursor cur, MemorySegment stmt) {
        PyConnection conn = cur.connection;
        int n = Sqlite.dataCount(stmt);
        PyObject[] row = new PyObject[n];
        PyObject[] castMap = cur.rowCastMap;
        for (int i = 0; i < n; i++) {
            PyObject converter = conn.detectTypes != 0 && castMap != null && i < castMap.length
                    ? castMap[i] : PyNone.NONE;
            if (converter != PyNone.NONE) {
                byte[] b = Sqlite.columnBytes(stmt, i, false);
                row[i] = b == null ? PyNone.NONE : Ops.call(converter, new PyBytes(b));
                continue;
            }
            row[i] = switch (Sqlite.columnType(stmt, i)) {
                case Sqlite.NULL -> PyNone.NONE;
                case Sqlite.INTEGER -> PyInt.of(Sqlite.columnInt64(stmt, i));
                case Sqlite.FLOAT -> new PyFloat(Sqlite.columnDouble(stmt, i));
                case Sqlite.TEXT -> text(conn, stmt, i);
                default -> {
                    byte[] b = Sqlite.columnBytes(stmt, i, false);
                    yield new PyBytes(b == null ? new byte[0] : b);
                }
            };
        }
        return PyTuple.of(row);
    }

    /** A TEXT value through the text factory. */
    private static PyObject text(PyConnection conn, MemorySegment stmt, int i) {
        byte[] b = Sqlite.columnBytes(stmt, i, true);
        if (b == null) {
            b = new byte[0];
        }
        PyObject factory = conn.textFactory;
        if (factory == PyStr.TYPE) {
            try {
                return StrCodecs.decode(b, 0, b.length, StrCodecs.Codec.UTF8, "strict");
            } catch (PyException e) {
                if (!e.matches(PyExceptions.UnicodeDecodeError)) {
                    throw e;
                }
                throw SqliteErrors.error(conn.state.operationalError,
                        decodeFailure(Sqlite.columnName(stmt, i), b));
            }
        }
        if (factory == PyBytes.TYPE) {
            return new PyBytes(b);
        }
        if (factory == PyByteArray.TYPE) {
            return Ops.call(PyByteArray.TYPE, new PyBytes(b));
        }
        return Ops.call(factory, new PyBytes(b));
    }

    /**
     * CPython's message for undecodable text, formatted into a 200-byte buffer and decoded
     * as ASCII with replacement.
     */
    private static String decodeFailure(byte[] colname, byte[] text) {
        int nul = 0;
        while (nul < text.length && text[nul] != 0) {
            nul++;
        }
        byte[] head = "Could not decode to UTF-8 column '".getBytes(StandardCharsets.US_ASCII);
        byte[] mid = "' with text '".getBytes(StandardCharsets.US_ASCII);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(head);
        out.writeBytes(colname);
        out.writeBytes(mid);
        out.write(text, 0, nul);
        out.write('\'');
        byte[] all = out.toByteArray();
        int len = Math.min(all.length, 198);
        StringBuilder sb = new StringBuilder(len);
        for (int k = 0; k < len; k++) {
            int c = all[k] & 0xff;
            sb.append(c < 0x80 ? (char) c : '\ufffd');
        }
        return sb.toString();
    }
}
