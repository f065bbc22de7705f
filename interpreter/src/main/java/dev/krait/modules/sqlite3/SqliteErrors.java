package dev.krait.modules.sqlite3;

import dev.krait.objects.Attributes;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import java.lang.foreign.MemorySegment;

/**
 * SQLite's result codes as Python sees them: the {@code SQLITE_*} constants the module
 * exposes, the name {@code sqlite_errorname} gives a code, and the DB-API exception a failed
 * call raises, carrying {@code sqlite_errorcode} and {@code sqlite_errorname}.
 *
 * <p>CPython counterpart: Modules/_sqlite/util.c and the constant tables of module.c.
 */
final class SqliteErrors {
    private SqliteErrors() {}

    /** The result codes (primary and extended), in module.c's order: name, value pairs. */
    private static final Object[] ERROR_CODES = {
            "SQLITE_ABORT", 4, "SQLITE_AUTH", 23, "SQLITE_BUSY", 5, "SQLITE_CANTOPEN", 14,
            "SQLITE_CONSTRAINT", 19, "SQLITE_CORRUPT", 11, "SQLITE_DONE", 101, "SQLITE_EMPTY", 16,
            "SQLITE_ERROR", 1, "SQLITE_FORMAT", 24, "SQLITE_FULL", 13, "SQLITE_INTERNAL", 2,
            "SQLITE_INTERRUPT", 9, "SQLITE_IOERR", 10, "SQLITE_LOCKED", 6, "SQLITE_MISMATCH", 20,
            "SQLITE_MISUSE", 21, "SQLITE_NOLFS", 22, "SQLITE_NOMEM", 7, "SQLITE_NOTADB", 26,
            "SQLITE_NOTFOUND", 12, "SQLITE_OK", 0, "SQLITE_PERM", 3, "SQLITE_PROTOCOL", 15,
            "SQLITE_RANGE", 25, "SQLITE_READONLY", 8, "SQLITE_ROW", 100, "SQLITE_SCHEMA", 17,
            "SQLITE_TOOBIG", 18, "SQLITE_NOTICE", 27, "SQLITE_WARNING", 28,
            "SQLITE_ABORT_ROLLBACK", 516, "SQLITE_BUSY_RECOVERY", 261,
            "SQLITE_CANTOPEN_FULLPATH", 782, "SQLITE_CANTOPEN_ISDIR", 526,
            "SQLITE_CANTOPEN_NOTEMPDIR", 270, "SQLITE_CORRUPT_VTAB", 267,
            "SQLITE_IOERR_ACCESS", 3338, "SQLITE_IOERR_BLOCKED", 2826,
            "SQLITE_IOERR_CHECKRESERVEDLOCK", 3594, "SQLITE_IOERR_CLOSE", 4106,
            "SQLITE_IOERR_DELETE", 2570, "SQLITE_IOERR_DELETE_NOENT", 5898,
            "SQLITE_IOERR_DIR_CLOSE", 4362, "SQLITE_IOERR_DIR_FSYNC", 1290,
            "SQLITE_IOERR_FSTAT", 1802, "SQLITE_IOERR_FSYNC", 1034, "SQLITE_IOERR_LOCK", 3850,
            "SQLITE_IOERR_NOMEM", 3082, "SQLITE_IOERR_RDLOCK", 2314, "SQLITE_IOERR_READ", 266,
            "SQLITE_IOERR_SEEK", 5642, "SQLITE_IOERR_SHMLOCK", 5130, "SQLITE_IOERR_SHMMAP", 5386,
            "SQLITE_IOERR_SHMOPEN", 4618, "SQLITE_IOERR_SHMSIZE", 4874,
            "SQLITE_IOERR_SHORT_READ", 522, "SQLITE_IOERR_TRUNCATE", 1546,
            "SQLITE_IOERR_UNLOCK", 2058, "SQLITE_IOERR_WRITE", 778,
            "SQLITE_LOCKED_SHAREDCACHE", 262, "SQLITE_READONLY_CANTLOCK", 520,
            "SQLITE_READONLY_RECOVERY", 264, "SQLITE_CONSTRAINT_CHECK", 275,
            "SQLITE_CONSTRAINT_COMMITHOOK", 531, "SQLITE_CONSTRAINT_FOREIGNKEY", 787,
            "SQLITE_CONSTRAINT_FUNCTION", 1043, "SQLITE_CONSTRAINT_NOTNULL", 1299,
            "SQLITE_CONSTRAINT_PRIMARYKEY", 1555, "SQLITE_CONSTRAINT_TRIGGER", 1811,
            "SQLITE_CONSTRAINT_UNIQUE", 2067, "SQLITE_CONSTRAINT_VTAB", 2323,
            "SQLITE_READONLY_ROLLBACK", 776, "SQLITE_IOERR_MMAP", 6154,
            "SQLITE_NOTICE_RECOVER_ROLLBACK", 539, "SQLITE_NOTICE_RECOVER_WAL", 283,
            "SQLITE_BUSY_SNAPSHOT", 517, "SQLITE_IOERR_GETTEMPPATH", 6410,
            "SQLITE_WARNING_AUTOINDEX", 284, "SQLITE_CANTOPEN_CONVPATH", 1038,
            "SQLITE_IOERR_CONVPATH", 6666, "SQLITE_CONSTRAINT_ROWID", 2579,
            "SQLITE_READONLY_DBMOVED", 1032, "SQLITE_AUTH_USER", 279, "SQLITE_IOERR_VNODE", 6922,
            "SQLITE_IOERR_AUTH", 7178, "SQLITE_OK_LOAD_PERMANENTLY", 256,
            "SQLITE_IOERR_BEGIN_ATOMIC", 7434, "SQLITE_IOERR_COMMIT_ATOMIC", 7690,
            "SQLITE_IOERR_ROLLBACK_ATOMIC", 7946, "SQLITE_ERROR_MISSING_COLLSEQ", 257,
            "SQLITE_ERROR_RETRY", 513, "SQLITE_READONLY_CANTINIT", 1288,
            "SQLITE_READONLY_DIRECTORY", 1544, "SQLITE_CORRUPT_SEQUENCE", 523,
            "SQLITE_LOCKED_VTAB", 518, "SQLITE_CANTOPEN_DIRTYWAL", 1294,
            "SQLITE_ERROR_SNAPSHOT", 769, "SQLITE_CANTOPEN_SYMLINK", 1550,
            "SQLITE_CONSTRAINT_PINNED", 2835, "SQLITE_OK_SYMLINK", 512, "SQLITE_BUSY_TIMEOUT", 773,
            "SQLITE_CORRUPT_INDEX", 779, "SQLITE_IOERR_DATA", 8202, "SQLITE_IOERR_CORRUPTFS", 8458,
    };

    /** The authorizer actions and return values, limit categories and PARSE_* flags. */
    private static final Object[] INT_CONSTANTS = {
            "PARSE_DECLTYPES", 1, "PARSE_COLNAMES", 2, "SQLITE_DENY", 1, "SQLITE_IGNORE", 2,
            "SQLITE_CREATE_INDEX", 1, "SQLITE_CREATE_TABLE", 2, "SQLITE_CREATE_TEMP_INDEX", 3,
            "SQLITE_CREATE_TEMP_TABLE", 4, "SQLITE_CREATE_TEMP_TRIGGER", 5,
            "SQLITE_CREATE_TEMP_VIEW", 6, "SQLITE_CREATE_TRIGGER", 7, "SQLITE_CREATE_VIEW", 8,
            "SQLITE_DELETE", 9, "SQLITE_DROP_INDEX", 10, "SQLITE_DROP_TABLE", 11,
            "SQLITE_DROP_TEMP_INDEX", 12, "SQLITE_DROP_TEMP_TABLE", 13,
            "SQLITE_DROP_TEMP_TRIGGER", 14, "SQLITE_DROP_TEMP_VIEW", 15, "SQLITE_DROP_TRIGGER", 16,
            "SQLITE_DROP_VIEW", 17, "SQLITE_INSERT", 18, "SQLITE_PRAGMA", 19, "SQLITE_READ", 20,
            "SQLITE_SELECT", 21, "SQLITE_TRANSACTION", 22, "SQLITE_UPDATE", 23,
            "SQLITE_ATTACH", 24, "SQLITE_DETACH", 25, "SQLITE_ALTER_TABLE", 26,
            "SQLITE_REINDEX", 27, "SQLITE_ANALYZE", 28, "SQLITE_CREATE_VTABLE", 29,
            "SQLITE_DROP_VTABLE", 30, "SQLITE_FUNCTION", 31, "SQLITE_SAVEPOINT", 32,
            "SQLITE_RECURSIVE", 33, "SQLITE_LIMIT_LENGTH", 0, "SQLITE_LIMIT_SQL_LENGTH", 1,
            "SQLITE_LIMIT_COLUMN", 2, "SQLITE_LIMIT_EXPR_DEPTH", 3,
            "SQLITE_LIMIT_COMPOUND_SELECT", 4, "SQLITE_LIMIT_VDBE_OP", 5,
            "SQLITE_LIMIT_FUNCTION_ARG", 6, "SQLITE_LIMIT_ATTACHED", 7,
            "SQLITE_LIMIT_LIKE_PATTERN_LENGTH", 8, "SQLITE_LIMIT_VARIABLE_NUMBER", 9,
            "SQLITE_LIMIT_TRIGGER_DEPTH", 10, "SQLITE_LIMIT_WORKER_THREADS", 11,
    };

    static void addConstants(PyModule m) {
        for (int i = 0; i < ERROR_CODES.length; i += 2) {
            m.put((String) ERROR_CODES[i], PyInt.of((Integer) ERROR_CODES[i + 1]));
        }
        for (int i = 0; i < INT_CONSTANTS.length; i += 2) {
            m.put((String) INT_CONSTANTS[i], PyInt.of((Integer) INT_CONSTANTS[i + 1]));
        }
    }

    /** The constant's name for result code {@code rc}, or null. CPython: pysqlite_error_name. */
    static String errorName(int rc) {
        for (int i = 0; i < ERROR_CODES.length; i += 2) {
            if ((Integer) ERROR_CODES[i + 1] == rc) {
                return (String) ERROR_CODES[i];
            }
        }
        return null;
    }

    /** The exception class for a primary result code. CPython: util.c get_exception_class. */
    private static PyType exceptionClass(SqliteModule.State st, int code) {
        return switch (code) {
            case Sqlite.INTERNAL, Sqlite.NOTFOUND -> st.internalError;
            case Sqlite.ERROR, Sqlite.PERM, Sqlite.ABORT, Sqlite.BUSY, Sqlite.LOCKED,
                    Sqlite.READONLY, Sqlite.INTERRUPT, Sqlite.IOERR, Sqlite.FULL,
                    Sqlite.CANTOPEN, Sqlite.PROTOCOL, Sqlite.EMPTY, Sqlite.SCHEMA ->
                    st.operationalError;
            case Sqlite.CORRUPT -> st.databaseError;
            case Sqlite.TOOBIG -> st.dataError;
            case Sqlite.CONSTRAINT, Sqlite.MISMATCH -> st.integrityError;
            case Sqlite.MISUSE, Sqlite.RANGE -> st.interfaceError;
            default -> st.databaseError;
        };
    }

    /**
     * The exception for the connection's last error, or null when its error code is
     * SQLITE_OK. CPython: util.c _pysqlite_seterror.
     */
    static PyException fromDb(SqliteModule.State st, MemorySegment db) {
        int code = Sqlite.errcode(db);
        if (code == Sqlite.OK) {
            return null;
        }
        if (code == Sqlite.NOMEM) {
            return PyExceptions.of(PyExceptions.MemoryError, "");
        }
        return make(exceptionClass(st, code), Sqlite.extendedErrcode(db), Sqlite.errmsg(db));
    }

    /** As {@link #fromDb}, for callers that know an error happened. */
    static PyException raise(SqliteModule.State st, MemorySegment db) {
        PyException e = fromDb(st, db);
        return e != null ? e : make(st.operationalError, Sqlite.OK, "not an error");
    }

    /** {@code type(message)} with sqlite_errorcode and sqlite_errorname set. */
    static PyException make(PyType type, int code, String message) {
        PyBaseException exc = (PyBaseException) Ops.call(type, PyStr.of(message));
        Attributes.setAttr(exc, "sqlite_errorcode", PyInt.of(code));
        String name = errorName(code);
        Attributes.setAttr(exc, "sqlite_errorname", PyStr.of(name == null ? "unknown" : name));
        return exc.raise();
    }

    /** {@code type(message)} raised: the module's exceptions are classes made at run time. */
    static PyException error(PyType type, String message) {
        return ((PyBaseException) Ops.call(type, PyStr.of(message))).raise();
    }
}
