package dev.krait.modules.sqlite3;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;

/**
 * The SQLite C API, bound through the Foreign Function and Memory API to the system's
 * {@code libsqlite3.so.0}: one method handle per C function, made once per JVM when the class
 * is first used, and one Java method per C function that invokes it exactly. Pointers are
 * {@link MemorySegment}s; C strings go in as NUL-terminated UTF-8 and come back through
 * {@link #text}.
 *
 * <p>{@link #AVAILABLE} is false when the library (or one of the functions used) cannot be
 * loaded; the module then refuses to exist, as {@code _sqlite3} is absent from a CPython built
 * without SQLite.
 */
final class Sqlite {
    private Sqlite() {}

    static final int OK = 0;
    static final int ERROR = 1;
    static final int INTERNAL = 2;
    static final int PERM = 3;
    static final int ABORT = 4;
    static final int BUSY = 5;
    static final int LOCKED = 6;
    static final int NOMEM = 7;
    static final int READONLY = 8;
    static final int INTERRUPT = 9;
    static final int IOERR = 10;
    static final int CORRUPT = 11;
    static final int NOTFOUND = 12;
    static final int FULL = 13;
    static final int CANTOPEN = 14;
    static final int PROTOCOL = 15;
    static final int EMPTY = 16;
    static final int SCHEMA = 17;
    static final int TOOBIG = 18;
    static final int CONSTRAINT = 19;
    static final int MISMATCH = 20;
    static final int MISUSE = 21;
    static final int RANGE = 25;
    static final int ROW = 100;
    static final int DONE = 101;
    static final int DENY = 1;

    static final int INTEGER = 1;
    static final int FLOAT = 2;
    static final int TEXT = 3;
    static final int BLOB = 4;
    static final int NULL = 5;

    static final int UTF8 = 1;
    static final int DETERMINISTIC = 0x800;
    static final int OPEN_READWRITE = 0x2;
    static final int OPEN_CREATE = 0x4;
    static final int OPEN_URI = 0x40;
    static final int LIMIT_SQL_LENGTH = 1;
    static final int TRACE_STMT = 1;
    static final int SERIALIZE_NOCOPY = 1;
    static final int DESERIALIZE_FREEONCLOSE = 1;
    static final int DESERIALIZE_RESIZEABLE = 2;

    static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    static final ValueLayout.OfLong L = ValueLayout.JAVA_LONG;
    static final ValueLayout.OfDouble D = ValueLayout.JAVA_DOUBLE;
    static final java.lang.foreign.AddressLayout P = ValueLayout.ADDRESS;
    /** SQLite's SQLITE_TRANSIENT destructor: "copy the value before returning". */
    static final MemorySegment TRANSIENT = MemorySegment.ofAddress(-1L);

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIB =
            dev.krait.modules.posix.Libc.systemLibrary("libsqlite3.so.0");
    static final boolean AVAILABLE;

    static MethodHandle fn(String name, MemoryLayout ret, MemoryLayout... args) {
        if (LIB == null) {
            return null;
        }
        FunctionDescriptor fd = ret == null ? FunctionDescriptor.ofVoid(args)
                : FunctionDescriptor.of(ret, args);
        return LIB.find(name).map(f -> LINKER.downcallHandle(f, fd)).orElse(null);
    }

    private static final MethodHandle LIBVERSION = fn("sqlite3_libversion", P);
    private static final MethodHandle LIBVERSION_NUMBER = fn("sqlite3_libversion_number", I);
    private static final MethodHandle THREADSAFE = fn("sqlite3_threadsafe", I);
    private static final MethodHandle INITIALIZE = fn("sqlite3_initialize", I);
    private static final MethodHandle COMPLETE = fn("sqlite3_complete", I, P);
    private static final MethodHandle ENABLE_SHARED_CACHE = fn("sqlite3_enable_shared_cache",
            I, I);
    private static final MethodHandle OPEN_V2 = fn("sqlite3_open_v2", I, P, P, I, P);
    private static final MethodHandle BUSY_TIMEOUT = fn("sqlite3_busy_timeout", I, P, I);
    private static final MethodHandle CLOSE_V2 = fn("sqlite3_close_v2", I, P);
    private static final MethodHandle ERRCODE = fn("sqlite3_errcode", I, P);
    private static final MethodHandle EXTENDED_ERRCODE = fn("sqlite3_extended_errcode", I, P);
    private static final MethodHandle ERRMSG = fn("sqlite3_errmsg", P, P);
    private static final MethodHandle ERRSTR = fn("sqlite3_errstr", P, I);
    private static final MethodHandle PREPARE_V2 = fn("sqlite3_prepare_v2", I, P, P, I, P, P);
    private static final MethodHandle STEP = fn("sqlite3_step", I, P);
    private static final MethodHandle RESET = fn("sqlite3_reset", I, P);
    private static final MethodHandle FINALIZE = fn("sqlite3_finalize", I, P);
    private static final MethodHandle GET_AUTOCOMMIT = fn("sqlite3_get_autocommit", I, P);
    private static final MethodHandle CHANGES = fn("sqlite3_changes", I, P);
    private static final MethodHandle TOTAL_CHANGES = fn("sqlite3_total_changes", I, P);
    private static final MethodHandle LAST_INSERT_ROWID = fn("sqlite3_last_insert_rowid", L, P);
    private static final MethodHandle STMT_READONLY = fn("sqlite3_stmt_readonly", I, P);
    private static final MethodHandle BIND_PARAMETER_COUNT =
            fn("sqlite3_bind_parameter_count", I, P);
    private static final MethodHandle BIND_PARAMETER_NAME =
            fn("sqlite3_bind_parameter_name", P, P, I);
    private static final MethodHandle BIND_NULL = fn("sqlite3_bind_null", I, P, I);
    private static final MethodHandle BIND_INT64 = fn("sqlite3_bind_int64", I, P, I, L);
    private static final MethodHandle BIND_DOUBLE = fn("sqlite3_bind_double", I, P, I, D);
    private static final MethodHandle BIND_TEXT = fn("sqlite3_bind_text", I, P, I, P, I, P);
    private static final MethodHandle BIND_BLOB = fn("sqlite3_bind_blob", I, P, I, P, I, P);
    private static final MethodHandle COLUMN_COUNT = fn("sqlite3_column_count", I, P);
    private static final MethodHandle DATA_COUNT = fn("sqlite3_data_count", I, P);
    private static final MethodHandle COLUMN_NAME = fn("sqlite3_column_name", P, P, I);
    private static final MethodHandle COLUMN_DECLTYPE = fn("sqlite3_column_decltype", P, P, I);
    private static final MethodHandle COLUMN_TYPE = fn("sqlite3_column_type", I, P, I);
    private static final MethodHandle COLUMN_INT64 = fn("sqlite3_column_int64", L, P, I);
    private static final MethodHandle COLUMN_DOUBLE = fn("sqlite3_column_double", D, P, I);
    private static final MethodHandle COLUMN_TEXT = fn("sqlite3_column_text", P, P, I);
    private static final MethodHandle COLUMN_BLOB = fn("sqlite3_column_blob", P, P, I);
    private static final MethodHandle COLUMN_BYTES = fn("sqlite3_column_bytes", I, P, I);
    private static final MethodHandle LIMIT = fn("sqlite3_limit", I, P, I, I);
    private static final MethodHandle EXEC = fn("sqlite3_exec", I, P, P, P, P, P);
    private static final MethodHandle INTERRUPT_DB = fn("sqlite3_interrupt", null, P);
    private static final MethodHandle EXPANDED_SQL = fn("sqlite3_expanded_sql", P, P);
    private static final MethodHandle FREE = fn("sqlite3_free", null, P);
    private static final MethodHandle MALLOC64 = fn("sqlite3_malloc64", P, L);
    private static final MethodHandle BACKUP_INIT = fn("sqlite3_backup_init", P, P, P, P, P);
    private static final MethodHandle BACKUP_STEP = fn("sqlite3_backup_step", I, P, I);
    private static final MethodHandle BACKUP_REMAINING = fn("sqlite3_backup_remaining", I, P);
    private static final MethodHandle BACKUP_PAGECOUNT = fn("sqlite3_backup_pagecount", I, P);
    private static final MethodHandle BACKUP_FINISH = fn("sqlite3_backup_finish", I, P);
    private static final MethodHandle SLEEP = fn("sqlite3_sleep", I, I);
    private static final MethodHandle BLOB_OPEN = fn("sqlite3_blob_open", I, P, P, P, P, L, I, P);
    private static final MethodHandle BLOB_CLOSE = fn("sqlite3_blob_close", I, P);
    private static final MethodHandle BLOB_BYTES = fn("sqlite3_blob_bytes", I, P);
    private static final MethodHandle BLOB_READ = fn("sqlite3_blob_read", I, P, P, I, I);
    private static final MethodHandle BLOB_WRITE = fn("sqlite3_blob_write", I, P, P, I, I);
    private static final MethodHandle SERIALIZE = fn("sqlite3_serialize", P, P, P, P, I);
    private static final MethodHandle DESERIALIZE = fn("sqlite3_deserialize", I, P, P, P, L, L,
            I);

    static {
        AVAILABLE = LIB != null && LIBVERSION != null && PREPARE_V2 != null && STEP != null
                && BLOB_OPEN != null && BACKUP_INIT != null;
    }

    /** An invocation failure: impossible for fixed signatures, so an internal error. */
    static RuntimeException internal(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    // ---- strings ---------------------------------------------------------------------------

    /** A NUL-terminated copy of {@code bytes} in {@code arena}. */
    static MemorySegment cString(Arena arena, byte[] bytes) {
        MemorySegment s = arena.allocate(bytes.length + 1L);
        MemorySegment.copy(bytes, 0, s, ValueLayout.JAVA_BYTE, 0, bytes.length);
        s.set(ValueLayout.JAVA_BYTE, bytes.length, (byte) 0);
        return s;
    }

    static MemorySegment cString(Arena arena, String ascii) {
        return cString(arena, ascii.getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes of the NUL-terminated C string at {@code p}, or null for a NULL pointer. */
    static byte[] cBytes(MemorySegment p) {
        if (p.address() == 0) {
            return null;
        }
        MemorySegment r = p.reinterpret(Long.MAX_VALUE);
        long n = 0;
        while (r.get(ValueLayout.JAVA_BYTE, n) != 0) {
            n++;
        }
        return bytes(p, (int) n);
    }

    /** The C string at {@code p} decoded as UTF-8 (malformed bytes replaced), or null. */
    static String text(MemorySegment p) {
        byte[] b = cBytes(p);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    /** {@code n} bytes copied from {@code p}. */
    static byte[] bytes(MemorySegment p, int n) {
        byte[] b = new byte[n];
        if (n > 0) {
            MemorySegment.copy(p.reinterpret(n), ValueLayout.JAVA_BYTE, 0, b, 0, n);
        }
        return b;
    }

    // ---- library ---------------------------------------------------------------------------

    static String libversion() {
        try {
            return text((MemorySegment) LIBVERSION.invokeExact());
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int libversionNumber() {
        try {
            return (int) LIBVERSION_NUMBER.invokeExact();
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int threadsafe() {
        try {
            return (int) THREADSAFE.invokeExact();
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int initialize() {
        try {
            return (int) INITIALIZE.invokeExact();
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static boolean complete(byte[] sql) {
        try (Arena a = Arena.ofConfined()) {
            return (int) COMPLETE.invokeExact(cString(a, sql)) != 0;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int enableSharedCache(int enable) {
        try {
            return (int) ENABLE_SHARED_CACHE.invokeExact(enable);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static String errstr(int rc) {
        try {
            return text((MemorySegment) ERRSTR.invokeExact(rc));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static void free(MemorySegment p) {
        try {
            FREE.invokeExact(p);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static MemorySegment malloc64(long n) {
        try {
            return (MemorySegment) MALLOC64.invokeExact(n);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int sleep(int ms) {
        try {
            return (int) SLEEP.invokeExact(ms);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    // ---- connections -----------------------------------------------------------------------

    /** sqlite3_open_v2: {rc, db} (db may be non-NULL on failure, to read its error). */
    static int open(byte[] filename, int flags, MemorySegment[] db) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment out = a.allocate(P);
            int rc = (int) OPEN_V2.invokeExact(cString(a, filename), out, flags,
                    MemorySegment.NULL);
            db[0] = out.get(P, 0);
            return rc;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int busyTimeout(MemorySegment db, int ms) {
        try {
            return (int) BUSY_TIMEOUT.invokeExact(db, ms);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int closeV2(MemorySegment db) {
        try {
            return (int) CLOSE_V2.invokeExact(db);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int errcode(MemorySegment db) {
        try {
            return (int) ERRCODE.invokeExact(db);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int extendedErrcode(MemorySegment db) {
        try {
            return (int) EXTENDED_ERRCODE.invokeExact(db);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static String errmsg(MemorySegment db) {
        try {
            return text((MemorySegment) ERRMSG.invokeExact(db));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static boolean getAutocommit(MemorySegment db) {
        try {
            return (int) GET_AUTOCOMMIT.invokeExact(db) != 0;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int changes(MemorySegment db) {
        try {
            return (int) CHANGES.invokeExact(db);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int totalChanges(MemorySegment db) {
        try {
            return (int) TOTAL_CHANGES.invokeExact(db);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static long lastInsertRowid(MemorySegment db) {
        try {
            return (long) LAST_INSERT_ROWID.invokeExact(db);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int limit(MemorySegment db, int category, int value) {
        try {
            return (int) LIMIT.invokeExact(db, category, value);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int exec(MemorySegment db, String sql) {
        try (Arena a = Arena.ofConfined()) {
            return (int) EXEC.invokeExact(db, cString(a, sql), MemorySegment.NULL,
                    MemorySegment.NULL, MemorySegment.NULL);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static void interrupt(MemorySegment db) {
        try {
            INTERRUPT_DB.invokeExact(db);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    // ---- statements ------------------------------------------------------------------------

    /**
     * sqlite3_prepare_v2 of {@code sql} (UTF-8, {@code length} bytes then a NUL):
     * out[0] = the statement, out[1] = the tail as an offset from {@code sql}'s start.
     */
    static int prepare(MemorySegment db, MemorySegment sql, int length, long[] tail,
            MemorySegment[] stmt) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment out = a.allocate(P);
            MemorySegment tailOut = a.allocate(P);
            int rc = (int) PREPARE_V2.invokeExact(db, sql, length, out, tailOut);
            stmt[0] = out.get(P, 0);
            MemorySegment t = tailOut.get(P, 0);
            tail[0] = t.address() == 0 ? length : t.address() - sql.address();
            return rc;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int step(MemorySegment stmt) {
        try {
            return (int) STEP.invokeExact(stmt);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int reset(MemorySegment stmt) {
        try {
            return (int) RESET.invokeExact(stmt);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int finalizeStmt(MemorySegment stmt) {
        try {
            return (int) FINALIZE.invokeExact(stmt);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static boolean stmtReadonly(MemorySegment stmt) {
        try {
            return (int) STMT_READONLY.invokeExact(stmt) != 0;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int bindParameterCount(MemorySegment stmt) {
        try {
            return (int) BIND_PARAMETER_COUNT.invokeExact(stmt);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static String bindParameterName(MemorySegment stmt, int i) {
        try {
            return text((MemorySegment) BIND_PARAMETER_NAME.invokeExact(stmt, i));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int bindNull(MemorySegment stmt, int i) {
        try {
            return (int) BIND_NULL.invokeExact(stmt, i);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int bindInt64(MemorySegment stmt, int i, long v) {
        try {
            return (int) BIND_INT64.invokeExact(stmt, i, v);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int bindDouble(MemorySegment stmt, int i, double v) {
        try {
            return (int) BIND_DOUBLE.invokeExact(stmt, i, v);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** Binds text or a blob, which SQLite copies (SQLITE_TRANSIENT). */
    static int bindBytes(MemorySegment stmt, int i, byte[] v, boolean text) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = cString(a, v);
            return text ? (int) BIND_TEXT.invokeExact(stmt, i, buf, v.length, TRANSIENT)
                    : (int) BIND_BLOB.invokeExact(stmt, i, buf, v.length, TRANSIENT);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int columnCount(MemorySegment stmt) {
        try {
            return (int) COLUMN_COUNT.invokeExact(stmt);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int dataCount(MemorySegment stmt) {
        try {
            return (int) DATA_COUNT.invokeExact(stmt);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static byte[] columnName(MemorySegment stmt, int i) {
        try {
            return cBytes((MemorySegment) COLUMN_NAME.invokeExact(stmt, i));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static byte[] columnDecltype(MemorySegment stmt, int i) {
        try {
            return cBytes((MemorySegment) COLUMN_DECLTYPE.invokeExact(stmt, i));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int columnType(MemorySegment stmt, int i) {
        try {
            return (int) COLUMN_TYPE.invokeExact(stmt, i);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static long columnInt64(MemorySegment stmt, int i) {
        try {
            return (long) COLUMN_INT64.invokeExact(stmt, i);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static double columnDouble(MemorySegment stmt, int i) {
        try {
            return (double) COLUMN_DOUBLE.invokeExact(stmt, i);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** The column's value as text or blob bytes (column_text/blob, then column_bytes). */
    static byte[] columnBytes(MemorySegment stmt, int i, boolean text) {
        try {
            MemorySegment p = text ? (MemorySegment) COLUMN_TEXT.invokeExact(stmt, i)
                    : (MemorySegment) COLUMN_BLOB.invokeExact(stmt, i);
            if (p.address() == 0) {
                return null;
            }
            return bytes(p, (int) COLUMN_BYTES.invokeExact(stmt, i));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static MemorySegment expandedSql(MemorySegment stmt) {
        try {
            return (MemorySegment) EXPANDED_SQL.invokeExact(stmt);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    // ---- backup ----------------------------------------------------------------------------

    static MemorySegment backupInit(MemorySegment dst, MemorySegment src, byte[] name) {
        try (Arena a = Arena.ofConfined()) {
            return (MemorySegment) BACKUP_INIT.invokeExact(dst, cString(a, "main"), src,
                    cString(a, name));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int backupStep(MemorySegment b, int pages) {
        try {
            return (int) BACKUP_STEP.invokeExact(b, pages);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int backupRemaining(MemorySegment b) {
        try {
            return (int) BACKUP_REMAINING.invokeExact(b);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int backupPagecount(MemorySegment b) {
        try {
            return (int) BACKUP_PAGECOUNT.invokeExact(b);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int backupFinish(MemorySegment b) {
        try {
            return (int) BACKUP_FINISH.invokeExact(b);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    // ---- blobs -----------------------------------------------------------------------------

    static int blobOpen(MemorySegment db, byte[] schema, byte[] table, byte[] column, long row,
            boolean writable, MemorySegment[] blob) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment out = a.allocate(P);
            int rc = (int) BLOB_OPEN.invokeExact(db, cString(a, schema), cString(a, table),
                    cString(a, column), row, writable ? 1 : 0, out);
            blob[0] = out.get(P, 0);
            return rc;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int blobClose(MemorySegment blob) {
        try {
            return (int) BLOB_CLOSE.invokeExact(blob);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int blobBytes(MemorySegment blob) {
        try {
            return (int) BLOB_BYTES.invokeExact(blob);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** Reads {@code n} bytes at {@code offset} into {@code out}; returns the result code. */
    static int blobRead(MemorySegment blob, byte[] out, int n, int offset) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(Math.max(1, n));
            int rc = (int) BLOB_READ.invokeExact(blob, buf, n, offset);
            MemorySegment.copy(buf, ValueLayout.JAVA_BYTE, 0, out, 0, n);
            return rc;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int blobWrite(MemorySegment blob, byte[] data, int from, int n, int offset) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(Math.max(1, n));
            MemorySegment.copy(data, from, buf, ValueLayout.JAVA_BYTE, 0, n);
            return (int) BLOB_WRITE.invokeExact(blob, buf, n, offset);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    // ---- serialization ---------------------------------------------------------------------

    static boolean hasSerialize() {
        return SERIALIZE != null && DESERIALIZE != null;
    }

    /** sqlite3_serialize: the database's bytes, or null when SQLite cannot give them. */
    static byte[] serialize(MemorySegment db, byte[] schema) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment size = a.allocate(L);
            MemorySegment name = cString(a, schema);
            MemorySegment p = (MemorySegment) SERIALIZE.invokeExact(db, name, size,
                    SERIALIZE_NOCOPY);
            boolean copied = false;
            if (p.address() == 0) {
                p = (MemorySegment) SERIALIZE.invokeExact(db, name, size, 0);
                copied = true;
            }
            if (p.address() == 0) {
                return null;
            }
            byte[] out = bytes(p, (int) size.get(L, 0));
            if (copied) {
                free(p);
            }
            return out;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static int deserialize(MemorySegment db, byte[] schema, byte[] data) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = malloc64(data.length);
            if (buf.address() == 0) {
                return NOMEM;
            }
            MemorySegment.copy(data, 0, buf.reinterpret(data.length), ValueLayout.JAVA_BYTE, 0,
                    data.length);
            return (int) DESERIALIZE.invokeExact(db, cString(a, schema), buf,
                    (long) data.length, (long) data.length,
                    DESERIALIZE_FREEONCLOSE | DESERIALIZE_RESIZEABLE);
        } catch (Throwable t) {
            throw internal(t);
        }
    }
}
