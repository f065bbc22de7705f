package dev.krait.modules.sqlite3;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyByteArray;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.Importer;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;

/**
 * The {@code _sqlite3} module behind the {@code sqlite3} package: {@code connect}, the
 * Connection, Cursor, Row, Blob and PrepareProtocol types, the DB-API exception hierarchy, the
 * adapter and converter registries, and SQLite's constants, over the system's libsqlite3
 * (bound in {@link Sqlite}). Without libsqlite3 the module does not exist, so that importing
 * {@code sqlite3} fails as on a CPython built without it.
 *
 * <p>CPython counterpart: Modules/_sqlite/module.c.
 */
@NativeModule.Register("_sqlite3")
public final class SqliteModule implements NativeModule {
    static final int PARSE_DECLTYPES = 1;
    static final int PARSE_COLNAMES = 2;

    /** The module's state, per interpreter: CPython's {@code pysqlite_state}. */
    static final class State {
        final PyType warning;
        final PyType error;
        final PyType interfaceError;
        final PyType databaseError;
        final PyType internalError;
        final PyType operationalError;
        final PyType programmingError;
        final PyType integrityError;
        final PyType dataError;
        final PyType notSupportedError;
        /** {(type, protocol): adapter}, shown as {@code _sqlite3.adapters}. */
        final PyDict adapters = new PyDict();
        /** {TYPENAME: converter}, shown as {@code _sqlite3.converters}. */
        final PyDict converters = new PyDict();
        /** Whether an adapter was registered for int, float, str or bytearray. */
        boolean baseTypeAdapted;
        boolean callbackTracebacks;
        PyObject lruCache;

        State() {
            warning = exception("Warning", PyExceptions.Exception);
            error = exception("Error", PyExceptions.Exception);
            interfaceError = exception("InterfaceError", error);
            databaseError = exception("DatabaseError", error);
            internalError = exception("InternalError", databaseError);
            operationalError = exception("OperationalError", databaseError);
            programmingError = exception("ProgrammingError", databaseError);
            integrityError = exception("IntegrityError", databaseError);
            dataError = exception("DataError", databaseError);
            notSupportedError = exception("NotSupportedError", databaseError);
        }

        private static PyType exception(String name, PyType base) {
            PyDict ns = new PyDict();
            ns.setItem(PyStr.of("__module__"), PyStr.of("sqlite3"));
            return (PyType) Ops.call(PyType.TYPE, PyStr.of(name), PyTuple.of(base), ns);
        }

        /** The lru_cache factory, imported on first need (functools imports late). */
        PyObject lruCache() {
            if (lruCache == null) {
                PyObject functools = ThreadState.current().interpreter.importer()
                        .importModule("functools");
                lruCache = Attributes.getAttr(functools, "lru_cache");
            }
            return lruCache;
        }
    }

    static State state() {
        return ThreadState.current().interpreter.state(State.class, State::new);
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        if (!Sqlite.AVAILABLE || !SqliteFunctions.available()) {
            throw Importer.moduleNotFound("No module named '_sqlite3'", "_sqlite3");
        }
        if (Sqlite.libversionNumber() < 3007015) {
            throw PyExceptions.of(PyExceptions.ImportError,
                    "sqlite3: SQLite 3.7.15 or higher required");
        }
        int rc = Sqlite.initialize();
        if (rc != Sqlite.OK) {
            throw PyExceptions.of(PyExceptions.ImportError, Sqlite.errstr(rc));
        }
        State st = interpreter.state(State.class, State::new);
        PyModule m = new PyModule("_sqlite3");
        ModuleBuilder.addFunctions(m, SqliteModule.class);
        m.put("Blob", PyBlob.TYPE);
        m.put("Connection", PyConnection.TYPE);
        m.put("Cursor", PyCursor.TYPE);
        m.put("PrepareProtocol", PyPrepareProtocol.TYPE);
        m.put("Row", PyRow.TYPE);
        m.put("Warning", st.warning);
        m.put("Error", st.error);
        m.put("InterfaceError", st.interfaceError);
        m.put("DatabaseError", st.databaseError);
        m.put("InternalError", st.internalError);
        m.put("OperationalError", st.operationalError);
        m.put("ProgrammingError", st.programmingError);
        m.put("IntegrityError", st.integrityError);
        m.put("DataError", st.dataError);
        m.put("NotSupportedError", st.notSupportedError);
        SqliteErrors.addConstants(m);
        m.put("PARSE_DECLTYPES", PyInt.of(PARSE_DECLTYPES));
        m.put("PARSE_COLNAMES", PyInt.of(PARSE_COLNAMES));
        m.put("version", PyStr.of("2.6.0"));
        m.put("sqlite_version", PyStr.of(Sqlite.libversion()));
        m.put("threadsafety", PyInt.of(threadsafety(st)));
        m.put("adapters", st.adapters);
        m.put("converters", st.converters);
        return m;
    }

    /** SQLite's threading mode as a DB-API threadsafety level. CPython: get_threadsafety. */
    private static int threadsafety(State st) {
        int mode = Sqlite.threadsafe();
        return switch (mode) {
            case 0 -> 0;
            case 1 -> 3;
            case 2 -> 1;
            default -> throw SqliteErrors.error(st.interfaceError, "Unable to interpret SQLite "
                    + "threadsafety mode. Got " + mode + ", expected 0, 1, or 2");
        };
    }

    // CPython: Modules/_sqlite/module.c module_connect
    @Exposed(value = "connect($module, /, database, timeout=5.0, detect_types=0, "
            + "isolation_level='', check_same_thread=True, factory=ConnectionType, "
            + "cached_statements=128, uri=False)", doc = "Opens a connection to the SQLite "
            + "database file database.\n\nYou can use \":memory:\" to open a database "
            + "connection to a database that resides\nin RAM instead of on disk.")
    public static PyObject connect(PyObject[] args, String[] kwnames) {
        PyObject factory = PyConnection.TYPE;
        int nargs = args.length - (kwnames == null ? 0 : kwnames.length);
        if (nargs > 5) {
            factory = args[5];
        } else if (kwnames != null) {
            for (int i = 0; i < kwnames.length; i++) {
                if (kwnames[i].equals("factory")) {
                    factory = args[nargs + i];
                    break;
                }
            }
        }
        return Ops.call(factory, args, kwnames);
    }

    // CPython: Modules/_sqlite/module.c pysqlite_complete_statement_impl
    @Exposed(value = "complete_statement($module, /, statement)",
            doc = "Checks if a string contains a complete SQL statement.")
    public static boolean complete_statement(PyObject statement) {
        return Sqlite.complete(Args.str("complete_statement", "argument 'statement'",
                statement));
    }

    // CPython: Modules/_sqlite/module.c pysqlite_enable_shared_cache_impl
    @Exposed(value = "enable_shared_cache($module, /, do_enable)",
            doc = "Enable or disable shared cache mode for the calling thread.\n\nThis method "
            + "is deprecated and will be removed in Python 3.12.\nShared cache is strongly "
            + "discouraged by the SQLite 3 documentation.\nIf shared cache must be used, open "
            + "the database in URI mode using\nthe cache=shared query parameter.")
    public static void enable_shared_cache(PyObject doEnable) {
        if (Sqlite.enableSharedCache(Args.cInt(doEnable)) != Sqlite.OK) {
            throw SqliteErrors.error(state().operationalError,
                    "Changing the shared_cache flag failed");
        }
    }

    // CPython: Modules/_sqlite/module.c pysqlite_register_adapter_impl
    @Exposed(value = "register_adapter($module, type, adapter, /)",
            doc = "Register a function to adapt Python objects to SQLite values.")
    public static void register_adapter(PyObject type, PyObject adapter) {
        State st = state();
        if (type == PyInt.TYPE || type == PyFloat.TYPE || type == PyStr.TYPE
                || type == PyByteArray.TYPE) {
            st.baseTypeAdapted = true;
        }
        st.adapters.setItem(PyTuple.of(type, PyPrepareProtocol.TYPE), adapter);
    }

    // CPython: Modules/_sqlite/module.c pysqlite_register_converter_impl
    @Exposed(value = "register_converter($module, typename, converter, /)",
            doc = "Register a function to convert SQLite values to Python objects.")
    public static void register_converter(PyObject typename, PyObject converter) {
        if (!(typename instanceof PyStr)) {
            throw PyExceptions.typeError("register_converter() argument 1 must be str, not "
                    + typename.type().getName());
        }
        state().converters.setItem(Ops.callMethod(typename, "upper"), converter);
    }

    // CPython: Modules/_sqlite/module.c pysqlite_enable_callback_trace_impl
    @Exposed(value = "enable_callback_tracebacks($module, enable, /)",
            doc = "Enable or disable callback functions throwing errors to stderr.")
    public static void enable_callback_tracebacks(PyObject enable) {
        state().callbackTracebacks = Args.cInt(enable) != 0;
    }

    // CPython: Modules/_sqlite/module.c pysqlite_adapt_impl
    @Exposed(value = "adapt($module, obj, proto=PrepareProtocolType, alt=<unrepresentable>, /)",
            doc = "Adapt given object to given protocol.")
    public static PyObject adapt(PyObject obj, PyObject proto, PyObject alt) {
        return Values.adapt(state(), obj, proto == null ? PyPrepareProtocol.TYPE : proto, alt);
    }

    /** A None-or-object convenience for optional attributes. */
    static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }
}
