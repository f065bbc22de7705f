package dev.krait.modules.sqlite3;

import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.util.Set;

/**
 * {@code sqlite3.Statement}: one prepared SQL statement, made by calling a connection (its
 * statement cache, a {@code functools.lru_cache} around the connection, does the calling) and
 * shared by the cursors that execute the same SQL.
 *
 * <p>CPython finalizes the statement when its last reference goes; Krait finalizes it when the
 * object becomes unreachable (a {@link Cleaner} action, which holds only the native handle) or
 * when its connection closes, whichever comes first.
 *
 * <p>CPython counterpart: Modules/_sqlite/statement.c.
 */
final class PyStatement extends PyObject {
    static final PyType TYPE = PyType.builtinFinal("Statement", PyStatement.class, null)
            .withModule("sqlite3");

    static final Cleaner CLEANER = Cleaner.create();

    /** The native statement, finalized once, by whichever of its owners comes first. */
    static final class Handle implements Runnable {
        private MemorySegment st;
        private final Set<Handle> owner;

        Handle(MemorySegment st, Set<Handle> owner) {
            this.st = st;
            this.owner = owner;
        }

        synchronized MemorySegment get() {
            return st;
        }

        @Override
        public synchronized void run() {
            if (st != null) {
                Sqlite.finalizeStmt(st);
                st = null;
                owner.remove(this);
            }
        }
    }

    final Handle handle;
    final boolean isDml;
    boolean inUse;

    private PyStatement(Handle handle, boolean isDml) {
        super(TYPE);
        this.handle = handle;
        this.isDml = isDml;
        CLEANER.register(this, handle);
    }

    MemorySegment st() {
        MemorySegment s = handle.get();
        if (s == null) {
            throw SqliteErrors.error(SqliteModule.state().programmingError,
                    "Cannot operate on a closed database.");
        }
        return s;
    }

    /** sqlite3_reset when the statement was stepped. CPython: cursor.c stmt_reset. */
    int reset() {
        MemorySegment s = handle.get();
        if (inUse && s != null) {
            int rc = Sqlite.reset(s);
            if (rc == Sqlite.OK) {
                inUse = false;
            }
            return rc;
        }
        return Sqlite.OK;
    }

    // CPython: Modules/_sqlite/statement.c pysqlite_statement_create
    static PyStatement create(PyConnection conn, PyStr sql) {
        SqliteModule.State st = conn.state;
        byte[] text = Args.utf8(sql);
        MemorySegment db = conn.db;
        int max = Sqlite.limit(db, Sqlite.LIMIT_SQL_LENGTH, -1);
        if (text.length > max) {
            throw SqliteErrors.error(st.dataError, "query string is too large");
        }
        for (byte b : text) {
            if (b == 0) {
                throw SqliteErrors.error(st.programmingError,
                        "the query contains a null character");
            }
        }
        MemorySegment[] out = new MemorySegment[1];
        long[] tail = new long[1];
        int rc;
        try (Arena a = Arena.ofConfined()) {
            rc = Sqlite.prepare(db, Sqlite.cString(a, text), text.length + 1, tail, out);
        }
        if (rc != Sqlite.OK) {
            throw SqliteErrors.raise(st, db);
        }
        if (lstrip(text, (int) Math.min(tail[0], text.length)) >= 0) {
            Sqlite.finalizeStmt(out[0]);
            throw SqliteErrors.error(st.programmingError,
                    "You can only execute one statement at a time.");
        }
        boolean dml = false;
        int p = lstrip(text, 0);
        if (p >= 0) {
            dml = startsWithIgnoreCase(text, p, "insert") || startsWithIgnoreCase(text, p,
                    "update") || startsWithIgnoreCase(text, p, "delete")
                    || startsWithIgnoreCase(text, p, "replace");
        }
        Handle h = new Handle(out[0], conn.statements);
        conn.statements.add(h);
        return new PyStatement(h, dml);
    }

    private static boolean startsWithIgnoreCase(byte[] s, int at, String word) {
        if (s.length - at < word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.toLowerCase((char) (s[at + i] & 0xff)) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The offset of the first character of {@code sql} from {@code from} that is neither
     * white space nor in a comment, or -1. CPython: statement.c lstrip_sql.
     */
    static int lstrip(byte[] sql, int from) {
        int n = sql.length;
        for (int pos = from; pos < n; pos++) {
            byte c = sql[pos];
            switch (c) {
                case ' ', '\t', '\f', '\n', '\r' -> { }
                case '-' -> {
                    if (pos + 1 < n && sql[pos + 1] == '-') {
                        pos += 2;
                        while (pos < n && sql[pos] != '\n') {
                            pos++;
                        }
                        if (pos >= n) {
                            return -1;
                        }
                    } else {
                        return pos;
                    }
                }
                case '/' -> {
                    if (pos + 1 < n && sql[pos + 1] == '*') {
                        pos += 2;
                        while (pos < n && (sql[pos] != '*' || pos + 1 >= n
                                || sql[pos + 1] != '/')) {
                            pos++;
                        }
                        if (pos >= n) {
                            return -1;
                        }
                        pos++;
                    } else {
                        return pos;
                    }
                }
                default -> {
                    return pos;
                }
            }
        }
        return -1;
    }
}
