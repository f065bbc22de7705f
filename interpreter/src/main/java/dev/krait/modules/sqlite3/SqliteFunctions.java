package dev.krait.modules.sqlite3;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * The part of the SQLite C API that user-defined functions and hooks use: registering
 * functions, aggregates, window functions and collations; reading a call's arguments
 * ({@code sqlite3_value}) and setting its result; the authorizer, progress and trace hooks.
 * Bound as {@link Sqlite} binds the rest.
 */
final class SqliteFunctions {
    private SqliteFunctions() {}

    private static final java.lang.foreign.AddressLayout P = Sqlite.P;
    private static final java.lang.foreign.ValueLayout.OfInt I = Sqlite.I;
    private static final java.lang.foreign.ValueLayout.OfLong L = Sqlite.L;
    private static final java.lang.foreign.ValueLayout.OfDouble D = Sqlite.D;

    private static final MethodHandle CREATE_FUNCTION_V2 =
            Sqlite.fn("sqlite3_create_function_v2", I, P, P, I, I, P, P, P, P, P);
    private static final MethodHandle CREATE_WINDOW_FUNCTION =
            Sqlite.fn("sqlite3_create_window_function", I, P, P, I, I, P, P, P, P, P, P);
    private static final MethodHandle CREATE_COLLATION_V2 =
            Sqlite.fn("sqlite3_create_collation_v2", I, P, P, I, P, P, P);
    private static final MethodHandle USER_DATA = Sqlite.fn("sqlite3_user_data", P, P);
    private static final MethodHandle AGGREGATE_CONTEXT = Sqlite.fn("sqlite3_aggregate_context",
            P, P, I);
    private static final MethodHandle VALUE_TYPE = Sqlite.fn("sqlite3_value_type", I, P);
    private static final MethodHandle VALUE_INT64 = Sqlite.fn("sqlite3_value_int64", L, P);
    private static final MethodHandle VALUE_DOUBLE = Sqlite.fn("sqlite3_value_double", D, P);
    private static final MethodHandle VALUE_TEXT = Sqlite.fn("sqlite3_value_text", P, P);
    private static final MethodHandle VALUE_BLOB = Sqlite.fn("sqlite3_value_blob", P, P);
    private static final MethodHandle VALUE_BYTES = Sqlite.fn("sqlite3_value_bytes", I, P);
    private static final MethodHandle RESULT_NULL = Sqlite.fn("sqlite3_result_null", null, P);
    private static final MethodHandle RESULT_INT64 = Sqlite.fn("sqlite3_result_int64", null, P, L);
    private static final MethodHandle RESULT_DOUBLE =
            Sqlite.fn("sqlite3_result_double", null, P, D);
    private static final MethodHandle RESULT_TEXT =
            Sqlite.fn("sqlite3_result_text", null, P, P, I, P);
    private static final MethodHandle RESULT_BLOB =
            Sqlite.fn("sqlite3_result_blob", null, P, P, I, P);
    private static final MethodHandle RESULT_ERROR =
            Sqlite.fn("sqlite3_result_error", null, P, P, I);
    private static final MethodHandle RESULT_ERROR_NOMEM = Sqlite.fn("sqlite3_result_error_nomem",
            null, P);
    private static final MethodHandle RESULT_ERROR_TOOBIG = Sqlite.fn("sqlite3_result_error_toobig",
            null, P);
    private static final MethodHandle SET_AUTHORIZER =
            Sqlite.fn("sqlite3_set_authorizer", I, P, P, P);
    private static final MethodHandle PROGRESS_HANDLER = Sqlite.fn("sqlite3_progress_handler",
            null, P, I, P, P);
    private static final MethodHandle TRACE_V2 = Sqlite.fn("sqlite3_trace_v2", I, P, I, P, P);

    /** Whether every function here could be bound. */
    static boolean available() {
        return CREATE_WINDOW_FUNCTION != null && TRACE_V2 != null && RESULT_ERROR_TOOBIG != null;
    }

    // ---- user-defined functions ------------------------------------------------------------

    static int createFunction(MemorySegment db, byte[] name, int narg, int flags,
            MemorySegment app, MemorySegment func, MemorySegment step, MemorySegment fin,
            MemorySegment destroy) {
        try (Arena a = Arena.ofConfined()) {
            return (int) CREATE_FUNCTION_V2.invokeExact(db, Sqlite.cString(a, name), narg, flags,
                    app,
                    func, step, fin, destroy);
        } catch (Throwable t) {
            throw Sqlite.internal(t);
        }
    }

    static int createWindowFunction(MemorySegment db, byte[] name, int narg, int flags,
            MemorySegment app, MemorySegment step, MemorySegment fin, MemorySegment value,
            MemorySegment inverse, MemorySegment destroy) {
        try (Arena a = Arena.ofConfined()) {
            return (int) CREATE_WINDOW_FUNCTION.invokeExact(db, Sqlite.cString(a, name), narg,
                    flags,
                    app, step, fin, value, inverse, destroy);
        } catch (Throwable t) {
            throw Sqlite.internal(t);
        }
    }

    static int createCollation(MemorySegment db, byte[] name, MemorySegment app,
            MemorySegment compare, MemorySegment destroy) {
        try (Arena a = Arena.ofConfined()) {
            return (int) CREATE_COLLATION_V2.invokeExact(db, Sqlite.cString(a, name),
                    Sqlite.UTF8, app,
                    compare, destroy);
        } catch (Throwable t) {
            throw Sqlite.internal(t);
        }
    }

    static MemorySegment userData(MemorySegment ctx) {
        try {
            return (MemorySegment) USER_DATA.invokeExact(ctx);
        } catch (Throwable t) {
            throw Sqlite.internal(t);
        }
    }

    static MemorySegment aggregateContext(MemorySegment ctx, int bytes) {
        try {
            return (MemorySegment) AGGREGATE_CONTEXT.invokeExact(ctx, bytes);
        } catch (Throwable t) {
            throw Sqlite.internal(t);
        }
    }

    static int valueType(MemorySegment v) {
        try {
            return (int) VALUE_TYPE.invokeExact(v);
        } catch (Throwable t) {
            throw Sqlite.internal(t);
        }
    }

    static long valueInt64(MemorySegment v) {
        try {
            return (long) VALUE_INT64.invokeExact(v);
        } catch (Throwable t) {
            throw Sqlite.internal(t);
        }
    }

    static double valueDouble(MemorySegment v) {
        try {
            return (double) VALUE_DOUBLE.invokeExact(v);
        } catch (Throwable t) {
            throw Sqlite.internal(t);
        }
    }

    static byte[] valueBytes(MemorySegment v, boolean text) {
        try {
            MemorySegment p = text ? (MemorySegment) VALUE_TEXT.invokeExact(v)
                    : (MemorySegment) VALUE_BLOB.invokeExact(v);
            if (p.address() == 0) {
                return new byte[0];
            }
            return Sqlite.bytes(p, (int) VALUE_BYTES.invokeExact(v));
        } catch (Throwable t) {
            throw Sqlite.internal(t);
        }
    }

    static void resultNull(MemorySegment ctx) {
        try {
            RESULT_NULL.invokeExact(ctx);
        } catch (Throwable t) {
            throw Sqlite.internal(t);
        }
    }

    static void resultInt64(MemorySegment ctx, long v) {
        try {
            RESULT_INT64.invokeExact(ctx, v);
        } catch (Throwable t) {
            throw Sqlite.internal(t);
        }
    }

    static void resultDouble(MemorySegment ctx, double v) {
        try {
            RESULT_DOUBLE.invokeExact(ctx, v);
        } catch (Throwable t) {
            throw Sqlite.internal(t);
        }
    }

    static void resultBytes(MemorySegment ctx, byte[] v, boolean text) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = Sqlite.cString(a, v);
            if (text) {
                RESULT_TEXT.invokeExact(ctx, buf, v.length, Sqlite.TRANSIENT);
            } else {
                RESULT_BLOB.invokeExact(ctx, buf, v.length, Sqlite.TRANSIENT);
            }
        } catch (Throwable t) {
            throw Sqlite.internal(t);
        }
    }

    static void resultError(MemorySegment ctx, String msg) {
        try (Arena a = Arena.ofConfined()) {
            RESULT_ERROR.invokeExact(ctx, Sqlite.cString(a, msg), -1);
        } catch (Throwable t) {
            throw Sqlite.internal(t);
        }
    }

    static void resultErrorNomem(MemorySegment ctx) {
        try {
            RESULT_ERROR_NOMEM.invokeExact(ctx);
        } catch (Throwable t) {
            throw Sqlite.internal(t);
        }
    }

    static void resultErrorToobig(MemorySegment ctx) {
        try {
            RESULT_ERROR_TOOBIG.invokeExact(ctx);
        } catch (Throwable t) {
            throw Sqlite.internal(t);
        }
    }

    // ---- hooks -----------------------------------------------------------------------------

    static int setAuthorizer(MemorySegment db, MemorySegment cb, MemorySegment app) {
        try {
            return (int) SET_AUTHORIZER.invokeExact(db, cb, app);
        } catch (Throwable t) {
            throw Sqlite.internal(t);
        }
    }

    static void progressHandler(MemorySegment db, int n, MemorySegment cb, MemorySegment app) {
        try {
            PROGRESS_HANDLER.invokeExact(db, n, cb, app);
        } catch (Throwable t) {
            throw Sqlite.internal(t);
        }
    }

    static int traceV2(MemorySegment db, int mask, MemorySegment cb, MemorySegment app) {
        try {
            return (int) TRACE_V2.invokeExact(db, mask, cb, app);
        } catch (Throwable t) {
            throw Sqlite.internal(t);
        }
    }
}
