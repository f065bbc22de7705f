package dev.krait.modules.sqlite3;

import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.objects.Weakrefable;
import dev.krait.runtime.ThreadState;
import java.lang.foreign.MemorySegment;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code sqlite3.Connection}: an open SQLite database. It keeps the transaction state as
 * Python 3.11 does (an implicit BEGIN before INSERT/UPDATE/DELETE/REPLACE unless
 * {@code isolation_level} is None), the statement cache, the row and text factories and the
 * registered hooks. The user-defined functions, hooks, backup and limits are in
 * {@link ConnectionExtras}.
 *
 * <p>An unreachable connection that was never closed is closed by a {@link
 * java.lang.ref.Cleaner} action holding only its native handle, as CPython's dealloc does.
 *
 * <p>CPython counterpart: Modules/_sqlite/connection.c.
 */
public class PyConnection extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtin("Connection", PyConnection.class, null,
            ConnectionExtras.class).withModule("sqlite3");

    /** The native connection, closed once, by close() or when the object is unreachable. */
    static final class DbHandle implements Runnable {
        volatile MemorySegment db;
        final Set<PyStatement.Handle> statements;

        DbHandle(MemorySegment db, Set<PyStatement.Handle> statements) {
            this.db = db;
            this.statements = statements;
        }

        /** Closes the database without finalizing its statements (a zombie until they are). */
        synchronized void release() {
            MemorySegment d = db;
            if (d != null) {
                db = null;
                Sqlite.closeV2(d);
            }
        }

        @Override
        public synchronized void run() {
            MemorySegment d = db;
            if (d != null) {
                db = null;
                for (PyStatement.Handle h : List.copyOf(statements)) {
                    h.run();
                }
                Sqlite.closeV2(d);
            }
        }
    }

    SqliteModule.State state;
    boolean initialized;
    /** The open database, or null once closed. */
    MemorySegment db;
    DbHandle dbHandle;
    /** The statements prepared on the current database, finalized when it closes. */
    Set<PyStatement.Handle> statements = ConcurrentHashMap.newKeySet();
    int detectTypes;
    /** "", "DEFERRED", "IMMEDIATE", "EXCLUSIVE", or null for autocommit (None). */
    String isolationLevel;
    boolean checkSameThread;
    long threadIdent;
    PyObject statementCache;
    PyObject rowFactory = PyNone.NONE;
    PyObject textFactory = PyStr.TYPE;
    MemorySegment traceCtx;
    MemorySegment progressCtx;
    MemorySegment authorizerCtx;
    final List<WeakReference<PyBlob>> blobs = new ArrayList<>();

    protected PyConnection(PyType type) {
        super(type);
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyConnection(cls);
    }

    // CPython: Modules/_sqlite/connection.c pysqlite_connection_init_impl
    @Exposed("__init__($self, /, database, timeout=5.0, detect_types=0, isolation_level='', "
            + "check_same_thread=True, factory=<unrepresentable>, cached_statements=128, "
            + "uri=False)")
    public void __init__(PyObject database, PyObject timeout, PyObject detectTypesArg,
            PyObject isolationArg, PyObject checkSameThreadArg, PyObject factory,
            PyObject cachedStatements, PyObject uriArg) {
        double timeoutSeconds = Args.cDouble(timeout);
        int detect = Args.cInt(detectTypesArg);
        String level = isolationLevel(isolationArg);
        boolean sameThread = Args.cInt(checkSameThreadArg) != 0;
        int cacheSize = Args.cInt(cachedStatements);
        boolean uri = Ops.isTrue(uriArg);
        dev.krait.runtime.Audit.audit("sqlite3.connect", database);
        byte[] path = fsPath(database);
        if (initialized) {
            // The old database stays open for the statements cursors still hold (SQLite's
            // close_v2 makes it a zombie until they are finalized), as in CPython.
            Callbacks.unregister(traceCtx);
            Callbacks.unregister(progressCtx);
            Callbacks.unregister(authorizerCtx);
            traceCtx = progressCtx = authorizerCtx = null;
            if (db != null) {
                db = null;
                dbHandle.release();
            }
            initialized = false;
        }
        SqliteModule.State st = SqliteModule.state();
        MemorySegment[] out = new MemorySegment[1];
        int flags = Sqlite.OPEN_READWRITE | Sqlite.OPEN_CREATE | (uri ? Sqlite.OPEN_URI : 0);
        int rc = Sqlite.open(path, flags, out);
        MemorySegment handle = out[0];
        if (rc == Sqlite.OK) {
            Sqlite.busyTimeout(handle, (int) (timeoutSeconds * 1000));
        }
        if (handle.address() == 0 && rc == Sqlite.NOMEM) {
            throw PyExceptions.of(PyExceptions.MemoryError, "");
        }
        if (rc != Sqlite.OK) {
            PyException e = SqliteErrors.raise(st, handle);
            Sqlite.closeV2(handle);
            throw e;
        }
        this.state = st;
        this.db = handle;
        this.statements = ConcurrentHashMap.newKeySet();
        this.dbHandle = new DbHandle(handle, statements);
        PyStatement.CLEANER.register(this, dbHandle);
        PyObject inner = Ops.call(st.lruCache(), PyInt.of(cacheSize));
        this.statementCache = Ops.call(inner, this);
        this.detectTypes = detect;
        this.isolationLevel = level;
        this.checkSameThread = sameThread;
        this.threadIdent = Thread.currentThread().threadId();
        this.rowFactory = PyNone.NONE;
        this.textFactory = PyStr.TYPE;
        dev.krait.runtime.Audit.audit("sqlite3.connect/handle", this);
        this.initialized = true;
    }

    /** PyUnicode_FSConverter: str (encoded), bytes or an os.PathLike. */
    private static byte[] fsPath(PyObject database) {
        PyObject p = database;
        if (!(p instanceof PyStr) && !(p instanceof PyBytes)) {
            PyObject fspath = p.type().lookup("__fspath__");
            if (fspath == null) {
                throw PyExceptions.typeError("expected str, bytes or os.PathLike object, not "
                        + p.type().getName());
            }
            p = Ops.callDescriptor(fspath, p);
        }
        byte[] b;
        if (p instanceof PyStr s) {
            b = Args.utf8(s);
        } else if (p instanceof PyBytes by) {
            b = by.array();
        } else {
            throw PyExceptions.typeError("expected str, bytes or os.PathLike object, not "
                    + p.type().getName());
        }
        for (byte x : b) {
            if (x == 0) {
                throw PyExceptions.valueError("embedded null byte");
            }
        }
        return b;
    }

    /** The isolation_level converter. CPython: isolation_level_converter. */
    static String isolationLevel(PyObject o) {
        if (o == PyNone.NONE) {
            return null;
        }
        if (!(o instanceof PyStr s)) {
            throw PyExceptions.typeError("isolation_level must be str or None");
        }
        String v = CArgs.cString(s);
        for (String allowed : new String[] {"", "DEFERRED", "IMMEDIATE", "EXCLUSIVE"}) {
            if (allowed.equalsIgnoreCase(v)) {
                return allowed;
            }
        }
        throw PyExceptions.valueError("isolation_level string must be '', 'DEFERRED', "
                + "'IMMEDIATE', or 'EXCLUSIVE'");
    }

    /** The module state for raising before __init__ ran. */
    SqliteModule.State st() {
        return state != null ? state : SqliteModule.state();
    }

    /** CPython: connection.c pysqlite_check_thread. */
    void checkThread() {
        if (checkSameThread) {
            long now = Thread.currentThread().threadId();
            if (now != threadIdent) {
                throw SqliteErrors.error(st().programmingError, "SQLite objects created in a "
                        + "thread can only be used in that same thread. The object was created "
                        + "in thread id " + threadIdent + " and this is thread id " + now + ".");
            }
        }
    }

    /** CPython: connection.c pysqlite_check_connection. */
    void checkConnection() {
        if (!initialized) {
            throw SqliteErrors.error(st().programmingError, "Base Connection.__init__ not called.");
        }
        if (db == null) {
            throw SqliteErrors.error(state.programmingError,
                    "Cannot operate on a closed database.");
        }
    }

    void check() {
        checkThread();
        checkConnection();
    }

    /** Finalizes the statements, drops the hooks and closes the database. */
    private void closeNative() {
        if (db != null) {
            Callbacks.unregister(traceCtx);
            Callbacks.unregister(progressCtx);
            Callbacks.unregister(authorizerCtx);
            traceCtx = progressCtx = authorizerCtx = null;
            db = null;
            dbHandle.run();
        }
    }

    // CPython: Modules/_sqlite/connection.c pysqlite_connection_close_impl
    @Exposed("close($self, /)")
    public void close() {
        checkThread();
        if (!initialized) {
            throw SqliteErrors.error(st().programmingError, "Base Connection.__init__ not called.");
        }
        for (WeakReference<PyBlob> ref : blobs) {
            PyBlob b = ref.get();
            if (b != null) {
                b.closeBlob();
            }
        }
        blobs.clear();
        statementCache = null;
        closeNative();
    }

    // CPython: Modules/_sqlite/connection.c pysqlite_connection_cursor_impl
    @Exposed("cursor($self, /, factory=<unrepresentable>)")
    public PyObject cursor(PyObject factory) {
        check();
        PyObject f = factory == null ? PyCursor.TYPE : factory;
        PyObject cursor = Ops.call(f, this);
        if (!(cursor instanceof PyCursor c)) {
            throw PyExceptions.typeError("factory must return a cursor, not "
                    + cursor.type().getName());
        }
        if (rowFactory != PyNone.NONE) {
            c.rowFactory = rowFactory;
        }
        return cursor;
    }

    /** Runs a transaction-control statement when a transaction is open. */
    private void endTransaction(String sql) {
        check();
        if (!Sqlite.getAutocommit(db)) {
            if (runSimple(sql) != Sqlite.OK) {
                throw SqliteErrors.raise(state, db);
            }
        }
    }

    /** prepare, step once, finalize: the result code of the finalize. */
    int runSimple(String sql) {
        byte[] text = sql.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        MemorySegment[] out = new MemorySegment[1];
        long[] tail = new long[1];
        int rc;
        try (java.lang.foreign.Arena a = java.lang.foreign.Arena.ofConfined()) {
            rc = Sqlite.prepare(db, Sqlite.cString(a, text), -1, tail, out);
        }
        if (rc == Sqlite.OK) {
            Sqlite.step(out[0]);
            rc = Sqlite.finalizeStmt(out[0]);
        }
        return rc;
    }

    // CPython: Modules/_sqlite/connection.c pysqlite_connection_commit_impl
    @Exposed("commit($self, /)")
    public void commit() {
        endTransaction("COMMIT");
    }

    // CPython: Modules/_sqlite/connection.c pysqlite_connection_rollback_impl
    @Exposed("rollback($self, /)")
    public void rollback() {
        endTransaction("ROLLBACK");
    }

    /** CPython: cursor.c begin_transaction. */
    void beginTransaction() {
        if (runSimple("BEGIN " + isolationLevel) != Sqlite.OK) {
            throw SqliteErrors.raise(state, db);
        }
    }

    // CPython: Modules/_sqlite/connection.c pysqlite_connection_call
    @Exposed("__call__($self, /, *args, **kwargs)")
    public PyObject __call__(PyObject[] args, String[] kwnames) {
        check();
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("sqlite3.Connection() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw PyExceptions.typeError("function takes exactly 1 argument (" + args.length
                    + " given)");
        }
        if (!(args[0] instanceof PyStr sql)) {
            throw PyExceptions.typeError("argument 1 must be str, not "
                    + args[0].type().getName());
        }
        return PyStatement.create(this, sql);
    }

    /** The statement for {@code sql}, from the cache. CPython: get_statement_from_cache. */
    PyStatement statement(PyObject sql) {
        return (PyStatement) Ops.call(statementCache, sql);
    }

    // CPython: Modules/_sqlite/connection.c pysqlite_connection_execute_impl
    @Exposed("execute($self, sql, parameters=<unrepresentable>, /)")
    public PyObject execute(PyObject sql, PyObject parameters) {
        PyCursor c = (PyCursor) cursor(null);
        c.queryExecute(false, PyCursor.sqlArg("execute", sql), parameters);
        return c;
    }

    // CPython: Modules/_sqlite/connection.c pysqlite_connection_executemany_impl
    @Exposed("executemany($self, sql, parameters, /)")
    public PyObject executemany(PyObject sql, PyObject parameters) {
        PyCursor c = (PyCursor) cursor(null);
        c.queryExecute(true, PyCursor.sqlArg("executemany", sql), parameters);
        return c;
    }

    // CPython: Modules/_sqlite/connection.c pysqlite_connection_executescript
    @Exposed("executescript($self, sql_script, /)")
    public PyObject executescript(PyObject script) {
        PyObject c = cursor(null);
        Ops.callMethod(c, "executescript", script);
        return c;
    }

    // CPython: Modules/_sqlite/connection.c pysqlite_connection_interrupt_impl
    @Exposed("interrupt($self, /)")
    public void interrupt() {
        checkConnection();
        Sqlite.interrupt(db);
    }

    // CPython: Modules/_sqlite/connection.c pysqlite_connection_iterdump_impl
    @Exposed("iterdump($self, /)")
    public PyObject iterdump() {
        checkConnection();
        PyObject dump = ThreadState.current().interpreter.importer().importModule(
                "sqlite3.dump");
        PyObject fn = ((dev.krait.objects.PyModule) dump).getDict()
                .getItem(PyStr.of("_iterdump"));
        if (fn == null) {
            throw SqliteErrors.error(state.operationalError,
                    "Failed to obtain _iterdump() reference");
        }
        return Ops.call(fn, this);
    }

    // CPython: Modules/_sqlite/connection.c pysqlite_connection_enter_impl
    @Exposed("__enter__($self, /)")
    public PyObject __enter__() {
        checkConnection();
        return this;
    }

    // CPython: Modules/_sqlite/connection.c pysqlite_connection_exit_impl
    @Exposed("__exit__($self, type, value, traceback, /)")
    public boolean __exit__(PyObject type, PyObject value, PyObject tb) {
        boolean commit = type == PyNone.NONE && value == PyNone.NONE && tb == PyNone.NONE;
        if (!commit) {
            rollback();
            return false;
        }
        try {
            commit();
        } catch (PyException e) {
            try {
                rollback();
            } catch (PyException e2) {
                if (e2.value.context == null) {
                    e2.value.context = e.value;
                }
                throw e2;
            }
            throw e;
        }
        return false;
    }

    // ---- attributes ------------------------------------------------------------------------

    @Exposed.Getter("isolation_level")
    public PyObject getIsolationLevel() {
        checkConnection();
        return isolationLevel == null ? PyNone.NONE : PyStr.of(isolationLevel);
    }

    // CPython: Modules/_sqlite/connection.c pysqlite_connection_set_isolation_level
    @Exposed.Setter("isolation_level")
    public void setIsolationLevel(PyObject value) {
        if (value == null) {
            throw PyExceptions.of(PyExceptions.AttributeError, "cannot delete attribute");
        }
        if (value == PyNone.NONE) {
            isolationLevel = null;
            commit();
            return;
        }
        isolationLevel = isolationLevel(value);
    }

    /**
     * CPython's isolation_level setter is called for deletion too and refuses it with an
     * AttributeError; Krait's getset descriptors refuse deletion themselves with a TypeError.
     */
    @Exposed("__delattr__($self, name, /)")
    public void __delattr__(PyObject name) {
        String n = dev.krait.objects.Attributes.attributeName(name);
        if (n.equals("isolation_level")) {
            throw PyExceptions.of(PyExceptions.AttributeError, "cannot delete attribute");
        }
        dev.krait.objects.Attributes.genericDelAttr(this, n);
    }

    @Exposed.Getter("total_changes")
    public long getTotalChanges() {
        checkConnection();
        return Sqlite.totalChanges(db);
    }

    @Exposed.Getter("in_transaction")
    public boolean getInTransaction() {
        checkConnection();
        return !Sqlite.getAutocommit(db);
    }

    @Exposed.Getter("row_factory")
    public PyObject getRowFactory() {
        return rowFactory;
    }

    @Exposed.Setter("row_factory")
    public void setRowFactory(PyObject v) {
        rowFactory = v == null ? PyNone.NONE : v;
    }

    @Exposed.Getter("text_factory")
    public PyObject getTextFactory() {
        return textFactory;
    }

    @Exposed.Setter("text_factory")
    public void setTextFactory(PyObject v) {
        textFactory = v == null ? PyNone.NONE : v;
    }

    @Exposed.Getter("Warning")
    public PyObject getWarning() {
        return st().warning;
    }

    @Exposed.Getter("Error")
    public PyObject getError() {
        return st().error;
    }

    @Exposed.Getter("InterfaceError")
    public PyObject getInterfaceError() {
        return st().interfaceError;
    }

    @Exposed.Getter("DatabaseError")
    public PyObject getDatabaseError() {
        return st().databaseError;
    }

    @Exposed.Getter("DataError")
    public PyObject getDataError() {
        return st().dataError;
    }

    @Exposed.Getter("OperationalError")
    public PyObject getOperationalError() {
        return st().operationalError;
    }

    @Exposed.Getter("IntegrityError")
    public PyObject getIntegrityError() {
        return st().integrityError;
    }

    @Exposed.Getter("InternalError")
    public PyObject getInternalError() {
        return st().internalError;
    }

    @Exposed.Getter("ProgrammingError")
    public PyObject getProgrammingError() {
        return st().programmingError;
    }

    @Exposed.Getter("NotSupportedError")
    public PyObject getNotSupportedError() {
        return st().notSupportedError;
    }

    static PyObject bool(boolean b) {
        return PyBool.of(b);
    }
}
