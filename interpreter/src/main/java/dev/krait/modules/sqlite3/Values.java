package dev.krait.modules.sqlite3;

import dev.krait.objects.Attributes;
import dev.krait.objects.Containers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyByteArray;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.objects.StrCodecs;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Python values to SQLite and back: adapting parameters (the PEP 246 "microprotocols" of the
 * adapter registry, {@code __adapt__} and {@code __conform__}), binding them to a statement,
 * turning a user-defined function's result into SQLite's and SQLite's arguments into Python
 * objects. int, float, str, buffers and None map to INTEGER, REAL, TEXT, BLOB and NULL.
 *
 * <p>CPython counterpart: Modules/_sqlite/microprotocols.c, cursor.c bind_param and
 * bind_parameters, connection.c _pysqlite_set_result and _pysqlite_build_py_params.
 */
final class Values {
    private Values() {}

    /**
     * A buffer's bytes as a simple (C-contiguous) buffer request gets them, or null for an
     * object without the buffer protocol; a strided memoryview raises BufferError.
     */
    // CPython: Objects/memoryobject.c memory_getbuf
    static byte[] simpleBuffer(PyObject o) {
        return PyBytes.bytesLikeCopy(o);
    }

    // CPython: Modules/_sqlite/microprotocols.c pysqlite_microprotocols_adapt
    static PyObject adapt(SqliteModule.State st, PyObject obj, PyObject proto, PyObject alt) {
        PyObject adapter = st.adapters.getItem(PyTuple.of(obj.type(), proto));
        if (adapter != null) {
            return Ops.call(adapter, obj);
        }
        PyObject adaptMethod = Attributes.lookupAttrOrNull(proto, "__adapt__");
        if (adaptMethod != null) {
            PyObject adapted = tryAdapt(adaptMethod, obj);
            if (adapted != null) {
                return adapted;
            }
        }
        PyObject conform = Attributes.lookupAttrOrNull(obj, "__conform__");
        if (conform != null) {
            PyObject adapted = tryAdapt(conform, proto);
            if (adapted != null) {
                return adapted;
            }
        }
        if (alt != null) {
            return alt;
        }
        throw SqliteErrors.error(st.programmingError, "can't adapt");
    }

    /** {@code method(arg)}, or null when it answers None or raises TypeError. */
    private static PyObject tryAdapt(PyObject method, PyObject arg) {
        try {
            PyObject adapted = Ops.call(method, arg);
            return adapted == PyNone.NONE ? null : adapted;
        } catch (PyException e) {
            if (e.matches(PyExceptions.TypeError)) {
                return null;
            }
            throw e;
        }
    }

    /** Whether {@code obj} goes through adaptation. CPython: cursor.c need_adapt. */
    private static boolean needAdapt(SqliteModule.State st, PyObject obj) {
        if (st.baseTypeAdapted) {
            return true;
        }
        PyType t = obj.type();
        return !(t == PyInt.TYPE || t == PyFloat.TYPE || t == PyStr.TYPE
                || t == PyByteArray.TYPE);
    }

    /** A Python int as SQLite's 64-bit INTEGER. CPython: util.c _pysqlite_long_as_int64. */
    static long int64(PyInt i) {
        if (!i.isSmall()) {
            throw PyExceptions.overflowError("Python int too large to convert to SQLite INTEGER");
        }
        return i.longValue();
    }

    /** Binds one (adapted) parameter; the SQLite result code. CPython: cursor.c bind_param. */
    private static int bindOne(SqliteModule.State st, MemorySegment stmt, int pos,
            PyObject p) {
        if (p == PyNone.NONE) {
            return Sqlite.bindNull(stmt, pos);
        }
        if (p instanceof PyInt i) {
            return Sqlite.bindInt64(stmt, pos, int64(i));
        }
        if (p instanceof PyFloat f) {
            return Sqlite.bindDouble(stmt, pos, f.value);
        }
        if (p instanceof PyStr s) {
            return Sqlite.bindBytes(stmt, pos, Args.utf8(s), true);
        }
        byte[] b = simpleBuffer(p);
        if (b != null) {
            return Sqlite.bindBytes(stmt, pos, b, false);
        }
        throw SqliteErrors.error(st.programmingError, "Error binding parameter " + pos
                + ": type '" + p.type().getName() + "' is not supported");
    }

    private static void bindAdapted(SqliteModule.State st, MemorySegment db,
            MemorySegment stmt, int pos, PyObject param) {
        PyObject adapted = needAdapt(st, param)
                ? adapt(st, param, PyPrepareProtocol.TYPE, param) : param;
        int rc;
        try {
            rc = bindOne(st, stmt, pos, adapted);
        } catch (PyException failed) {
            // CPython reports the connection's error code here as for a failed bind, so a
            // stale error left by an earlier statement wins, chained to the Python one.
            PyException e = SqliteErrors.fromDb(st, db);
            if (e == null) {
                throw failed;
            }
            e.value.context = failed.value;
            throw e;
        }
        if (rc != Sqlite.OK) {
            PyException e = SqliteErrors.fromDb(st, db);
            if (e != null) {
                throw e;
            }
        }
    }

    /** Binds a sequence or mapping of parameters. CPython: cursor.c bind_parameters. */
    static void bindParameters(SqliteModule.State st, MemorySegment db, MemorySegment stmt,
            PyObject params) {
        int needed = Sqlite.bindParameterCount(stmt);
        boolean isDict = params instanceof PyDict;
        if (params instanceof PyTuple || params instanceof PyList
                || (!isDict && isSequence(params))) {
            long n = Containers.len(params);
            if (n != needed) {
                throw SqliteErrors.error(st.programmingError, "Incorrect number of bindings "
                        + "supplied. The current statement uses " + needed + ", and there are "
                        + n + " supplied.");
            }
            for (int i = 0; i < n; i++) {
                PyObject item = params instanceof PyTuple t && t.type() == PyTuple.TYPE
                        ? t.get(i) : Containers.getItem(params, PyInt.of(i));
                bindAdapted(st, db, stmt, i + 1, item);
            }
        } else if (isDict) {
            for (int i = 1; i <= needed; i++) {
                String name = Sqlite.bindParameterName(stmt, i);
                if (name == null) {
                    throw SqliteErrors.error(st.programmingError, "Binding " + i + " has no name, "
                            + "but you supplied a dictionary (which has only names).");
                }
                name = name.substring(1);
                PyObject item;
                try {
                    item = params.type() == PyDict.TYPE
                            ? ((PyDict) params).getItem(PyStr.of(name))
                            : Containers.getItem(params, PyStr.of(name));
                } catch (PyException e) {
                    if (!e.matches(PyExceptions.LookupError)) {
                        throw e;
                    }
                    item = null;
                }
                if (item == null) {
                    throw SqliteErrors.error(st.programmingError, "You did not supply a value for "
                            + "binding parameter :" + name + ".");
                }
                bindAdapted(st, db, stmt, i, item);
            }
        } else {
            throw SqliteErrors.error(st.programmingError, "parameters are of unsupported type");
        }
    }

    /** PySequence_Check: a type with {@code __getitem__} that is not a dict. */
    private static boolean isSequence(PyObject o) {
        return !(o instanceof PyDict) && o.type().lookup("__getitem__") != null;
    }

    // ---- user-defined functions ------------------------------------------------------------

    /** Sets a function's result. CPython: connection.c _pysqlite_set_result. */
    static void setResult(SqliteModule.State st, MemorySegment ctx, PyObject v) {
        if (v == PyNone.NONE) {
            SqliteFunctions.resultNull(ctx);
        } else if (v instanceof PyInt i) {
            SqliteFunctions.resultInt64(ctx, int64(i));
        } else if (v instanceof PyFloat) {
            SqliteFunctions.resultDouble(ctx, Args.cDouble(v));
        } else if (v instanceof PyStr s) {
            SqliteFunctions.resultBytes(ctx, Args.utf8(s), true);
        } else {
            byte[] b = simpleBuffer(v);
            if (b == null) {
                throw SqliteErrors.error(st.programmingError, "User-defined functions cannot "
                        + "return '" + v.type().getName() + "' values to SQLite");
            }
            SqliteFunctions.resultBytes(ctx, b, false);
        }
    }

    /** The arguments of a call from SQLite. CPython: connection.c _pysqlite_build_py_params. */
    static PyObject[] buildArgs(int argc, MemorySegment argv) {
        PyObject[] args = new PyObject[argc];
        MemorySegment vs = argv.reinterpret((long) argc * ValueLayout.ADDRESS.byteSize());
        for (int i = 0; i < argc; i++) {
            MemorySegment v = vs.getAtIndex(ValueLayout.ADDRESS, i);
            args[i] = switch (SqliteFunctions.valueType(v)) {
                case Sqlite.INTEGER -> PyInt.of(SqliteFunctions.valueInt64(v));
                case Sqlite.FLOAT -> new PyFloat(SqliteFunctions.valueDouble(v));
                case Sqlite.TEXT -> {
                    byte[] b = SqliteFunctions.valueBytes(v, true);
                    yield StrCodecs.decode(b, 0, b.length, StrCodecs.Codec.UTF8, "strict");
                }
                case Sqlite.BLOB -> new PyBytes(SqliteFunctions.valueBytes(v, false));
                default -> PyNone.NONE;
            };
        }
        return args;
    }
}
