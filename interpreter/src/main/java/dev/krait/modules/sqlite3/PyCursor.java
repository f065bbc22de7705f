package dev.krait.modules.sqlite3;

import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.objects.Weakrefable;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sqlite3.Cursor}: executes statements on its connection and iterates over their rows.
 * The statement is stepped one row ahead: after execute() the first row is ready, and each
 * fetch converts the current row then steps to the next, so {@code rowcount} of a DML
 * statement is known once it is done.
 *
 * <p>CPython counterpart: Modules/_sqlite/cursor.c.
 */
public class PyCursor extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtin("Cursor", PyCursor.class, null)
            .withModule("sqlite3");

    PyConnection connection;
    PyObject description = PyNone.NONE;
    PyObject lastrowid = PyNone.NONE;
    PyObject rowFactory = PyNone.NONE;
    long rowcount = -1;
    int arraysize = 1;
    boolean closed;
    boolean initialized;
    boolean locked;
    PyStatement statement;
    /** Per column, the converter to apply, or None; null without detect_types. */
    PyObject[] rowCastMap;

    protected PyCursor(PyType type) {
        super(type);
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyCursor(cls);
    }

    // CPython: Modules/_sqlite/cursor.c pysqlite_cursor_init_impl
    @Exposed("__init__($self, connection, /)")
    public void __init__(PyObject conn) {
        if (!(conn instanceof PyConnection c)) {
            throw PyExceptions.typeError("Cursor() argument 1 must be sqlite3.Connection, not "
                    + conn.type().getName());
        }
        checkLocked();
        connection = c;
        statement = null;
        rowCastMap = null;
        description = PyNone.NONE;
        lastrowid = PyNone.NONE;
        arraysize = 1;
        closed = false;
        rowcount = -1;
        rowFactory = PyNone.NONE;
        c.checkThread();
        initialized = true;
    }

    SqliteModule.State st() {
        return connection != null && connection.state != null ? connection.state
                : SqliteModule.state();
    }

    void checkLocked() {
        if (locked) {
            throw SqliteErrors.error(st().programmingError,
                    "Recursive use of cursors not allowed.");
        }
    }

    /** CPython: cursor.c check_cursor. */
    void checkCursor() {
        if (!initialized) {
            throw SqliteErrors.error(st().programmingError, "Base Cursor.__init__ not called.");
        }
        if (closed) {
            throw SqliteErrors.error(st().programmingError, "Cannot operate on a closed cursor.");
        }
        connection.checkThread();
        connection.checkConnection();
        checkLocked();
    }

    /** The sql argument, which must be a str. */
    static PyStr sqlArg(String function, PyObject sql) {
        if (!(sql instanceof PyStr s)) {
            throw PyExceptions.typeError(function + "() argument 1 must be str, not "
                    + sql.type().getName());
        }
        return s;
    }

    // CPython: Modules/_sqlite/cursor.c _pysqlite_query_execute
    void queryExecute(boolean multiple, PyStr sql, PyObject second) {
        checkCursor();
        locked = true;
        try {
            runQuery(multiple, sql, second);
        } catch (RuntimeException e) {
            rowcount = -1;
            throw e;
        } finally {
            locked = false;
        }
    }

    private void runQuery(boolean multiple, PyStr sql, PyObject second) {
        PyObject paramsIter;
        if (multiple) {
            paramsIter = Iteration.iter(second);
        } else {
            PyList one = new PyList();
            one.append(second == null ? PyTuple.EMPTY : second);
            paramsIter = Iteration.iter(one);
        }
        if (statement != null) {
            statement.reset();
        }
        description = PyNone.NONE;
        PyConnection conn = connection;
        SqliteModule.State st = conn.state;
        statement = conn.statement(sql);
        if (multiple && Sqlite.stmtReadonly(statement.st())) {
            throw SqliteErrors.error(st.programmingError,
                    "executemany() can only execute DML statements.");
        }
        if (statement.inUse) {
            statement = PyStatement.create(conn, sql);
        }
        statement.reset();
        statement.inUse = true;
        rowcount = statement.isDml ? 0 : -1;
        MemorySegment db = conn.db;
        if (conn.isolationLevel != null && statement.isDml && Sqlite.getAutocommit(db)) {
            conn.beginTransaction();
        }
        PyObject params;
        while ((params = Iteration.next(paramsIter)) != null) {
            statement.inUse = true;
            MemorySegment stmt = statement.st();
            Values.bindParameters(st, db, stmt, params);
            Callbacks.clearPending();
            int rc = Sqlite.step(stmt);
            if (rc != Sqlite.DONE && rc != Sqlite.ROW) {
                Callbacks.clearPending();
                statement.reset();
                PyException e = SqliteErrors.fromDb(st, db);
                if (e != null) {
                    throw e;
                }
                // A statement SQLite prepared to nothing (empty SQL) steps to an error that
                // the connection does not record: CPython then returns quietly.
                return;
            }
            Callbacks.raisePending();
            buildRowCastMap();
            int ncols = Sqlite.columnCount(stmt);
            if (description == PyNone.NONE && ncols > 0) {
                PyObject[] cols = new PyObject[ncols];
                for (int i = 0; i < ncols; i++) {
                    PyObject[] d = new PyObject[7];
                    java.util.Arrays.fill(d, PyNone.NONE);
                    d[0] = columnName(Sqlite.columnName(stmt, i));
                    cols[i] = PyTuple.of(d);
                }
                description = PyTuple.of(cols);
            }
            if (rc == Sqlite.DONE && !multiple) {
                if (statement.isDml) {
                    rowcount = Sqlite.changes(db);
                }
                statement.reset();
                statement = null;
            }
            if (multiple) {
                if (statement.isDml && rc == Sqlite.DONE) {
                    rowcount += Sqlite.changes(db);
                }
                statement.reset();
            }
        }
        if (!multiple) {
            lastrowid = PyInt.of(Sqlite.lastInsertRowid(db));
        }
    }

    /** The description's column name. CPython: cursor.c _pysqlite_build_column_name. */
    private PyObject columnName(byte[] name) {
        int len = name.length;
        if ((connection.detectTypes & SqliteModule.PARSE_COLNAMES) != 0) {
            for (int i = 0; i < name.length; i++) {
                if (name[i] == '[') {
                    len = i > 0 && name[i - 1] == ' ' ? i - 1 : i;
                    break;
                }
            }
        }
        return decodeUtf8(name, len);
    }

    static PyStr decodeUtf8(byte[] b, int len) {
        return dev.krait.objects.StrCodecs.decode(b, 0, len,
                dev.krait.objects.StrCodecs.Codec.UTF8, "strict");
    }

    /** A converter by type name, upper-cased. CPython: cursor.c _pysqlite_get_converter. */
    private PyObject converter(byte[] name, int from, int to) {
        PyObject key = Ops.callMethod(decodeUtf8(java.util.Arrays.copyOfRange(name, from, to),
                to - from), "upper");
        return connection.state.converters.getItem(key);
    }

    // CPython: Modules/_sqlite/cursor.c pysqlite_build_row_cast_map
    private void buildRowCastMap() {
        int detect = connection.detectTypes;
        if (detect == 0) {
            return;
        }
        MemorySegment stmt = statement.st();
        int n = Sqlite.columnCount(stmt);
        PyObject[] map = new PyObject[n];
        try {
            for (int i = 0; i < n; i++) {
                PyObject conv = null;
                if ((detect & SqliteModule.PARSE_COLNAMES) != 0) {
                    byte[] name = Sqlite.columnName(stmt, i);
                    int start = -1;
                    for (int p = 0; p < name.length; p++) {
                        if (name[p] == '[') {
                            start = p + 1;
                        } else if (name[p] == ']' && start >= 0) {
                            conv = converter(name, start, p);
                            break;
                        }
                    }
                }
                if (conv == null && (detect & SqliteModule.PARSE_DECLTYPES) != 0) {
                    byte[] decl = Sqlite.columnDecltype(stmt, i);
                    if (decl != null) {
                        int p = 0;
                        while (p < decl.length && decl[p] != ' ' && decl[p] != '(') {
                            p++;
                        }
                        conv = converter(decl, 0, p);
                    }
                }
                map[i] = conv == null ? PyNone.NONE : conv;
            }
        } catch (PyException e) {
            PyException wrapped = SqliteErrors.error(connection.state.operationalError,
                    "Error while building row_cast_map");
            wrapped.value.cause = e.value;
            wrapped.value.context = e.value;
            wrapped.value.suppressContext = true;
            rowCastMap = null;
            throw wrapped;
        }
        rowCastMap = map;
    }

    /** The next row, or null at the end. CPython: cursor.c pysqlite_cursor_iternext. */
    PyObject nextRow() {
        checkCursor();
        if (statement == null) {
            return null;
        }
        MemorySegment stmt = statement.st();
        if (Sqlite.dataCount(stmt) == 0) {
            statement.reset();
            statement = null;
            return null;
        }
        locked = true;
        PyObject row;
        try {
            row = CursorRows.fetchOne(this, stmt);
        } finally {
            locked = false;
        }
        Callbacks.clearPending();
        int rc = Sqlite.step(stmt);
        if (rc == Sqlite.DONE) {
            if (statement.isDml) {
                rowcount = Sqlite.changes(connection.db);
            }
            statement.reset();
            statement = null;
        } else if (rc != Sqlite.ROW) {
            Callbacks.clearPending();
            PyException e = SqliteErrors.raise(connection.state, connection.db);
            statement.reset();
            statement = null;
            throw e;
        }
        Callbacks.raisePending();
        if (rowFactory != PyNone.NONE) {
            row = Ops.call(rowFactory, this, row);
        }
        return row;
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return this;
    }

    @Exposed("__next__($self, /)")
    public PyObject __next__() {
        PyObject r = nextRow();
        if (r == null) {
            throw PyExceptions.stopIteration();
        }
        return r;
    }

    // CPython: Modules/_sqlite/cursor.c pysqlite_cursor_execute_impl
    @Exposed("execute($self, sql, parameters=(), /)")
    public PyObject execute(PyObject sql, PyObject parameters) {
        queryExecute(false, sqlArg("execute", sql), parameters);
        return this;
    }

    // CPython: Modules/_sqlite/cursor.c pysqlite_cursor_executemany_impl
    @Exposed("executemany($self, sql, seq_of_parameters, /)")
    public PyObject executemany(PyObject sql, PyObject seq) {
        queryExecute(true, sqlArg("executemany", sql), seq);
        return this;
    }

    // CPython: Modules/_sqlite/cursor.c pysqlite_cursor_executescript_impl
    @Exposed("executescript($self, sql_script, /)")
    public PyObject executescript(PyObject script) {
        byte[] sql = Args.str("executescript", "argument 1", script);
        checkCursor();
        MemorySegment db = connection.db;
        SqliteModule.State st = connection.state;
        int max = Sqlite.limit(db, Sqlite.LIMIT_SQL_LENGTH, -1);
        if (sql.length > max) {
            throw SqliteErrors.error(st.dataError, "query string is too large");
        }
        if (!Sqlite.getAutocommit(db) && Sqlite.exec(db, "COMMIT") != Sqlite.OK) {
            throw SqliteErrors.raise(st, db);
        }
        try (java.lang.foreign.Arena a = java.lang.foreign.Arena.ofConfined()) {
            MemorySegment text = Sqlite.cString(a, sql);
            long offset = 0;
            MemorySegment[] out = new MemorySegment[1];
            long[] tail = new long[1];
            while (true) {
                MemorySegment at = text.asSlice(offset);
                int rc = Sqlite.prepare(db, at, (int) (sql.length - offset + 1), tail, out);
                if (rc == Sqlite.OK) {
                    if (out[0].address() != 0) {
                        do {
                            rc = Sqlite.step(out[0]);
                        } while (rc == Sqlite.ROW);
                    }
                    rc = Sqlite.finalizeStmt(out[0]);
                }
                if (rc != Sqlite.OK) {
                    throw SqliteErrors.raise(st, db);
                }
                offset += tail[0];
                if (offset >= sql.length || tail[0] == 0) {
                    break;
                }
            }
        }
        return this;
    }

    // CPython: Modules/_sqlite/cursor.c pysqlite_cursor_fetchone_impl
    @Exposed("fetchone($self, /)")
    public PyObject fetchone() {
        PyObject r = nextRow();
        return r == null ? PyNone.NONE : r;
    }

    // CPython: Modules/_sqlite/cursor.c pysqlite_cursor_fetchmany_impl
    @Exposed("fetchmany($self, /, size=<unrepresentable>)")
    public PyObject fetchmany(PyObject size) {
        int max = size == null ? arraysize : Args.cInt(size);
        List<PyObject> rows = new ArrayList<>();
        PyObject r;
        while ((r = nextRow()) != null) {
            rows.add(r);
            if (rows.size() == max) {
                break;
            }
        }
        return new PyList(rows);
    }

    // CPython: Modules/_sqlite/cursor.c pysqlite_cursor_fetchall_impl
    @Exposed("fetchall($self, /)")
    public PyObject fetchall() {
        List<PyObject> rows = new ArrayList<>();
        PyObject r;
        while ((r = nextRow()) != null) {
            rows.add(r);
        }
        return new PyList(rows);
    }

    @Exposed("setinputsizes($self, sizes, /)")
    public void setinputsizes(PyObject sizes) {
    }

    @Exposed("setoutputsize($self, size, column=None, /)")
    public void setoutputsize(PyObject size, PyObject column) {
    }

    // CPython: Modules/_sqlite/cursor.c pysqlite_cursor_close_impl
    @Exposed("close($self, /)")
    public void close() {
        checkLocked();
        if (connection == null) {
            throw SqliteErrors.error(st().programmingError, "Base Cursor.__init__ not called.");
        }
        connection.checkThread();
        connection.checkConnection();
        if (statement != null) {
            statement.reset();
            statement = null;
        }
        closed = true;
    }

    @Exposed.Getter("connection")
    public PyObject getConnection() {
        return connection == null ? PyNone.NONE : connection;
    }

    @Exposed.Getter("description")
    public PyObject getDescription() {
        return description;
    }

    @Exposed.Getter("lastrowid")
    public PyObject getLastrowid() {
        return lastrowid;
    }

    @Exposed.Getter("rowcount")
    public long getRowcount() {
        return rowcount;
    }

    @Exposed.Getter("arraysize")
    public long getArraysize() {
        return arraysize;
    }

    @Exposed.Setter("arraysize")
    public void setArraysize(PyObject v) {
        if (v == null) {
            throw PyExceptions.typeError("can't delete numeric/char attribute");
        }
        arraysize = Args.cInt(v);
    }

    @Exposed.Getter("row_factory")
    public PyObject getRowFactory() {
        return rowFactory;
    }

    @Exposed.Setter("row_factory")
    public void setRowFactory(PyObject v) {
        rowFactory = v == null ? PyNone.NONE : v;
    }
}
