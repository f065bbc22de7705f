package dev.krait.modules.sqlite3;

import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.lang.foreign.MemorySegment;
import java.lang.ref.WeakReference;

/**
 * The Connection methods beyond executing SQL: registering user-defined functions, aggregates,
 * window functions and collations, the authorizer, progress and trace hooks, opening blobs,
 * online backup, run-time limits and (de)serialization.
 *
 * <p>CPython counterpart: Modules/_sqlite/connection.c.
 */
public final class ConnectionExtras {
    private ConnectionExtras() {}

    // CPython: Modules/_sqlite/connection.c pysqlite_connection_create_function_impl
    @Exposed("create_function($self, /, name, narg, func, *, deterministic=False)")
    public static void create_function(PyConnection self, PyObject name, PyObject narg,
            PyObject func, PyObject deterministic) {
        byte[] n = Args.str("create_function", "argument 'name'", name);
        int nargs = Args.cInt(narg);
        boolean det = Ops.isTrue(deterministic);
        self.check();
        int flags = Sqlite.UTF8 | (det ? Sqlite.DETERMINISTIC : 0);
        MemorySegment ctx = Callbacks.register(func, self.state);
        int rc = SqliteFunctions.createFunction(self.db, n, nargs, flags, ctx, Callbacks.FUNC,
                MemorySegment.NULL, MemorySegment.NULL, Callbacks.DESTROY);
        if (rc != Sqlite.OK) {
            throw SqliteErrors.error(self.state.operationalError, "Error creating function");
        }
    }

    // CPython: Modules/_sqlite/connection.c pysqlite_connection_create_aggregate_impl
    @Exposed("create_aggregate($self, /, name, n_arg, aggregate_class)")
    public static void create_aggregate(PyConnection self, PyObject name, PyObject narg,
            PyObject cls) {
        byte[] n = Args.str("create_aggregate", "argument 'name'", name);
        int nargs = Args.cInt(narg);
        self.check();
        MemorySegment ctx = Callbacks.register(cls, self.state);
        int rc = SqliteFunctions.createFunction(self.db, n, nargs, Sqlite.UTF8, ctx,
                MemorySegment.NULL, Callbacks.STEP, Callbacks.FINAL, Callbacks.DESTROY);
        if (rc != Sqlite.OK) {
            throw SqliteErrors.error(self.state.operationalError, "Error creating aggregate");
        }
    }

    // CPython: Modules/_sqlite/connection.c create_window_function_impl
    @Exposed("create_window_function($self, name, num_params, aggregate_class, /)")
    public static void create_window_function(PyConnection self, PyObject name,
            PyObject numParams, PyObject cls) {
        byte[] n = Args.str("create_window_function", "argument 1", name);
        int nargs = Args.cInt(numParams);
        self.check();
        int rc;
        if (cls == PyNone.NONE) {
            rc = SqliteFunctions.createWindowFunction(self.db, n, nargs, Sqlite.UTF8,
                    MemorySegment.NULL,
                    MemorySegment.NULL, MemorySegment.NULL, MemorySegment.NULL,
                    MemorySegment.NULL, MemorySegment.NULL);
        } else {
            MemorySegment ctx = Callbacks.register(cls, self.state);
            rc = SqliteFunctions.createWindowFunction(self.db, n, nargs, Sqlite.UTF8, ctx,
                    Callbacks.STEP, Callbacks.FINAL, Callbacks.VALUE, Callbacks.INVERSE,
                    Callbacks.DESTROY);
        }
        if (rc != Sqlite.OK) {
            throw SqliteErrors.error(self.state.programmingError, Sqlite.errstr(rc));
        }
    }

    // CPython: Modules/_sqlite/connection.c pysqlite_connection_create_collation_impl
    @Exposed("create_collation($self, name, callback, /)")
    public static void create_collation(PyConnection self, PyObject name, PyObject callable) {
        byte[] n = Args.str("create_collation", "argument 1", name);
        self.check();
        int rc;
        MemorySegment ctx = null;
        if (callable == PyNone.NONE) {
            rc = SqliteFunctions.createCollation(self.db, n, MemorySegment.NULL, MemorySegment.NULL,
                    MemorySegment.NULL);
        } else {
            if (!Ops.isCallable(callable)) {
                throw PyExceptions.typeError("parameter must be callable");
            }
            ctx = Callbacks.register(callable, self.state);
            rc = SqliteFunctions.createCollation(self.db, n, ctx, Callbacks.COLLATE,
                    Callbacks.DESTROY);
        }
        if (rc != Sqlite.OK) {
            // SQLite does not call the destructor when the registration fails.
            Callbacks.unregister(ctx);
            throw SqliteErrors.raise(self.state, self.db);
        }
    }

    // CPython: Modules/_sqlite/connection.c pysqlite_connection_set_authorizer_impl
    @Exposed("set_authorizer($self, /, authorizer_callback)")
    public static void set_authorizer(PyConnection self, PyObject callable) {
        self.check();
        int rc;
        Callbacks.unregister(self.authorizerCtx);
        self.authorizerCtx = null;
        if (callable == PyNone.NONE) {
            rc = SqliteFunctions.setAuthorizer(self.db, MemorySegment.NULL, MemorySegment.NULL);
        } else {
            self.authorizerCtx = Callbacks.register(callable, self.state);
            rc = SqliteFunctions.setAuthorizer(self.db, Callbacks.AUTHORIZE, self.authorizerCtx);
        }
        if (rc != Sqlite.OK) {
            Callbacks.unregister(self.authorizerCtx);
            self.authorizerCtx = null;
            throw SqliteErrors.error(self.state.operationalError,
                    "Error setting authorizer callback");
        }
    }

    // CPython: Modules/_sqlite/connection.c pysqlite_connection_set_progress_handler_impl
    @Exposed("set_progress_handler($self, /, progress_handler, n)")
    public static void set_progress_handler(PyConnection self, PyObject callable, PyObject n) {
        int every = Args.cInt(n);
        self.check();
        MemorySegment old = self.progressCtx;
        if (callable == PyNone.NONE) {
            SqliteFunctions.progressHandler(self.db, 0, MemorySegment.NULL, MemorySegment.NULL);
            self.progressCtx = null;
        } else {
            self.progressCtx = Callbacks.register(callable, self.state);
            SqliteFunctions.progressHandler(self.db, every, Callbacks.PROGRESS, self.progressCtx);
        }
        Callbacks.unregister(old);
    }

    // CPython: Modules/_sqlite/connection.c pysqlite_connection_set_trace_callback_impl
    @Exposed("set_trace_callback($self, /, trace_callback)")
    public static void set_trace_callback(PyConnection self, PyObject callable) {
        self.check();
        MemorySegment old = self.traceCtx;
        if (callable == PyNone.NONE) {
            SqliteFunctions.traceV2(self.db, Sqlite.TRACE_STMT, MemorySegment.NULL,
                    MemorySegment.NULL);
            self.traceCtx = null;
        } else {
            self.traceCtx = Callbacks.register(callable, self.state);
            SqliteFunctions.traceV2(self.db, Sqlite.TRACE_STMT, Callbacks.TRACE, self.traceCtx);
        }
        Callbacks.unregister(old);
    }

    // CPython: Modules/_sqlite/connection.c blobopen_impl
    @Exposed("blobopen($self, table, column, row, /, *, readonly=False, name='main')")
    public static PyObject blobopen(PyConnection self, PyObject table, PyObject column,
            PyObject row, PyObject readonly, PyObject name) {
        byte[] t = Args.str("blobopen", "argument 1", table);
        byte[] c = Args.str("blobopen", "argument 2", column);
        long r = Args.cLong(row);
        boolean ro = Args.cInt(readonly) != 0;
        byte[] n = Args.str("blobopen", "argument 'name'", name);
        self.check();
        MemorySegment[] out = new MemorySegment[1];
        int rc = Sqlite.blobOpen(self.db, n, t, c, r, !ro, out);
        if (rc == Sqlite.MISUSE) {
            throw SqliteErrors.error(self.state.interfaceError, Sqlite.errstr(rc));
        } else if (rc != Sqlite.OK) {
            throw SqliteErrors.raise(self.state, self.db);
        }
        PyBlob blob = new PyBlob(self, out[0]);
        self.blobs.removeIf(ref -> ref.get() == null);
        self.blobs.add(new WeakReference<>(blob));
        return blob;
    }

    // CPython: Modules/_sqlite/connection.c pysqlite_connection_backup_impl
    @Exposed("backup($self, /, target, *, pages=-1, progress=None, name='main', sleep=0.25)")
    public static void backup(PyConnection self, PyObject targetArg, PyObject pagesArg,
            PyObject progress, PyObject nameArg, PyObject sleepArg) {
        if (!(targetArg instanceof PyConnection target)) {
            throw PyExceptions.typeError("backup() argument 'target' must be "
                    + "sqlite3.Connection, not " + targetArg.type().getName());
        }
        int pages = Args.cInt(pagesArg);
        byte[] name = Args.str("backup", "argument 'name'", nameArg);
        int sleepMs = (int) (Args.cDouble(sleepArg) * 1000.0);
        self.check();
        target.checkConnection();
        if (target == self) {
            throw PyExceptions.valueError("target cannot be the same connection instance");
        }
        if (progress != PyNone.NONE && !Ops.isCallable(progress)) {
            throw PyExceptions.typeError("progress argument must be a callable");
        }
        if (pages == 0) {
            pages = -1;
        }
        MemorySegment handle = Sqlite.backupInit(target.db, self.db, name);
        if (handle.address() == 0) {
            throw SqliteErrors.raise(self.state, target.db);
        }
        int rc;
        do {
            rc = Sqlite.backupStep(handle, pages);
            if (progress != PyNone.NONE) {
                int remaining = Sqlite.backupRemaining(handle);
                int pagecount = Sqlite.backupPagecount(handle);
                try {
                    Ops.call(progress, PyInt.of(rc), PyInt.of(remaining), PyInt.of(pagecount));
                } catch (RuntimeException e) {
                    Sqlite.backupFinish(handle);
                    throw e;
                }
            }
            if (rc == Sqlite.BUSY || rc == Sqlite.LOCKED) {
                Sqlite.sleep(sleepMs);
            }
        } while (rc == Sqlite.OK || rc == Sqlite.BUSY || rc == Sqlite.LOCKED);
        rc = Sqlite.backupFinish(handle);
        if (rc != Sqlite.OK) {
            throw SqliteErrors.raise(self.state, target.db);
        }
    }

    // CPython: Modules/_sqlite/connection.c setlimit_impl
    @Exposed("setlimit($self, category, limit, /)")
    public static long setlimit(PyConnection self, PyObject category, PyObject limit) {
        int cat = Args.cInt(category);
        int lim = Args.cInt(limit);
        self.check();
        int old = Sqlite.limit(self.db, cat, lim);
        if (old < 0) {
            throw SqliteErrors.error(self.state.programmingError, "'category' is out of bounds");
        }
        return old;
    }

    // CPython: Modules/_sqlite/connection.c getlimit_impl
    @Exposed("getlimit($self, category, /)")
    public static long getlimit(PyConnection self, PyObject category) {
        return setlimit(self, category, PyInt.of(-1));
    }

    // CPython: Modules/_sqlite/connection.c serialize_impl
    @Exposed("serialize($self, /, *, name='main')")
    public static PyObject serialize(PyConnection self, PyObject nameArg) {
        byte[] name = Args.str("serialize", "argument 'name'", nameArg);
        self.check();
        byte[] data = Sqlite.serialize(self.db, name);
        if (data == null) {
            throw SqliteErrors.error(self.state.operationalError, "unable to serialize '"
                    + ((PyStr) nameArg).value() + "'");
        }
        return new PyBytes(data);
    }

    // CPython: Modules/_sqlite/connection.c deserialize_impl
    @Exposed("deserialize($self, data, /, *, name='main')")
    public static void deserialize(PyConnection self, PyObject data, PyObject nameArg) {
        byte[] bytes = data instanceof PyStr s ? Args.utf8(s) : Values.simpleBuffer(data);
        if (bytes == null) {
            throw PyExceptions.typeError("deserialize() argument 1 must be str or bytes-like "
                    + "object, not " + data.type().getName());
        }
        byte[] name = Args.str("deserialize", "argument 'name'", nameArg);
        self.check();
        if (Sqlite.deserialize(self.db, name, bytes) != Sqlite.OK) {
            throw SqliteErrors.raise(self.state, self.db);
        }
    }
}
