package dev.krait.modules.csv;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;
import java.util.Arrays;

/**
 * {@code _csv}: the {@code reader} and {@code writer} factories, the dialect registry (a dict
 * the module also shows as {@code _dialects}), {@code field_size_limit}, the {@code QUOTE_*}
 * constants and {@code _csv.Error}.
 *
 * <p>CPython counterpart: Modules/_csv.c.
 */
@NativeModule.Register("_csv")
public final class CsvModule implements NativeModule {
    static final int QUOTE_MINIMAL = 0;
    static final int QUOTE_ALL = 1;
    static final int QUOTE_NONNUMERIC = 2;
    static final int QUOTE_NONE = 3;

    /** The module's state, per interpreter: CPython's {@code _csvstate}. */
    static final class State {
        final PyType error;
        final PyDict dialects = new PyDict();
        long fieldLimit = 128 * 1024;

        State() {
            PyDict ns = new PyDict();
            ns.setItem(PyStr.of("__module__"), PyStr.of("_csv"));
            error = (PyType) Ops.call(PyType.TYPE, PyStr.of("Error"),
                    PyTuple.of(PyExceptions.Exception), ns);
        }
    }

    static State state() {
        return ThreadState.current().interpreter.state(State.class, State::new);
    }

    static PyException error(String message) {
        return ((PyBaseException) Ops.call(state().error, PyStr.of(message))).raise();
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_csv");
        ModuleBuilder.addFunctions(m, CsvModule.class);
        State st = interpreter.state(State.class, State::new);
        m.put("Dialect", PyDialect.TYPE);
        m.put("Reader", PyReader.TYPE);
        m.put("Writer", PyWriter.TYPE);
        m.put("Error", st.error);
        m.put("_dialects", st.dialects);
        m.put("QUOTE_MINIMAL", PyInt.of(QUOTE_MINIMAL));
        m.put("QUOTE_ALL", PyInt.of(QUOTE_ALL));
        m.put("QUOTE_NONNUMERIC", PyInt.of(QUOTE_NONNUMERIC));
        m.put("QUOTE_NONE", PyInt.of(QUOTE_NONE));
        m.put("__version__", PyStr.of("1.0"));
        m.put("__doc__", PyStr.of(CsvDocs.MODULE));
        return m;
    }

    /** {@code PyArg_UnpackTuple(args, "", 1, 2, ...)}: one or two positional arguments. */
    private static int positionalCount(PyObject[] args, String[] kwnames) {
        int n = args.length - (kwnames == null ? 0 : kwnames.length);
        if (n < 1) {
            throw PyExceptions.typeError(" expected at least 1 argument, got " + n);
        }
        if (n > 2) {
            throw PyExceptions.typeError(" expected at most 2 arguments, got " + n);
        }
        return n;
    }

    /**
     * A dialect from an optional dialect argument and keyword overrides: the Dialect type
     * called with them. CPython: Modules/_csv.c _call_dialect.
     */
    static PyDialect callDialect(PyObject[] args, String[] kwnames, int positional) {
        PyObject[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (positional == 1 && kwnames == null) {
            rest = new PyObject[0];
        }
        return (PyDialect) Ops.call(PyDialect.TYPE, rest, kwnames);
    }

    // CPython: Modules/_csv.c csv_reader
    @Exposed(value = "reader($module, *args, **kwargs)", doc = CsvDocs.READER,
            signature = Exposed.Signature.HIDDEN)
    public static PyObject reader(PyObject[] args, String[] kwnames) {
        int n = positionalCount(args, kwnames);
        PyObject iter = Iteration.iter(args[0]);
        return new PyReader(iter, callDialect(args, kwnames, n));
    }

    // CPython: Modules/_csv.c csv_writer
    @Exposed(value = "writer($module, *args, **kwargs)", doc = CsvDocs.WRITER,
            signature = Exposed.Signature.HIDDEN)
    public static PyObject writer(PyObject[] args, String[] kwnames) {
        int n = positionalCount(args, kwnames);
        PyObject write = Attributes.lookupAttrOrNull(args[0], "write");
        if (write == null || !Ops.isCallable(write)) {
            throw PyExceptions.typeError("argument 1 must have a \"write\" method");
        }
        return new PyWriter(write, callDialect(args, kwnames, n));
    }

    // CPython: Modules/_csv.c _csv_list_dialects_impl
    @Exposed(value = "list_dialects($module, /)",
            doc = "Return a list of all known dialect names.\n\n    names = csv.list_dialects()")
    public static PyObject list_dialects() {
        return Ops.call(PyList.TYPE, state().dialects);
    }

    // CPython: Modules/_csv.c csv_register_dialect
    @Exposed(value = "register_dialect($module, *args, **kwargs)", doc = CsvDocs.REGISTER,
            signature = Exposed.Signature.HIDDEN)
    public static void register_dialect(PyObject[] args, String[] kwnames) {
        int n = positionalCount(args, kwnames);
        if (!(args[0] instanceof PyStr)) {
            throw PyExceptions.typeError("dialect name must be a string");
        }
        state().dialects.setItem(args[0], callDialect(args, kwnames, n));
    }

    // CPython: Modules/_csv.c _csv_unregister_dialect_impl
    @Exposed(value = "unregister_dialect($module, /, name)",
            doc = "Delete the name/dialect mapping associated with a string name.\n\n"
                    + "    csv.unregister_dialect(name)")
    public static void unregister_dialect(PyObject name) {
        PyDict d = state().dialects;
        if (d.getItem(name) == null) {
            throw error("unknown dialect");
        }
        d.delItem(name);
    }

    // CPython: Modules/_csv.c _csv_get_dialect_impl
    @Exposed(value = "get_dialect($module, /, name)",
            doc = "Return the dialect instance associated with name.\n\n"
                    + "    dialect = csv.get_dialect(name)")
    public static PyObject get_dialect(PyObject name) {
        return fromRegistry(name);
    }

    // CPython: Modules/_csv.c get_dialect_from_registry
    static PyObject fromRegistry(PyObject name) {
        PyObject d = state().dialects.getItem(name);
        if (d == null) {
            throw error("unknown dialect");
        }
        return d;
    }

    // CPython: Modules/_csv.c _csv_field_size_limit_impl
    @Exposed(value = "field_size_limit($module, /, new_limit=<unrepresentable>)",
            doc = CsvDocs.FIELD_SIZE_LIMIT)
    public static PyObject field_size_limit(PyObject newLimit) {
        State st = state();
        long old = st.fieldLimit;
        if (newLimit != null) {
            if (newLimit.type() != PyInt.TYPE) {
                throw PyExceptions.typeError("limit must be an integer");
            }
            PyInt i = (PyInt) newLimit;
            if (!i.isSmall()) {
                throw PyExceptions.overflowError("Python int too large to convert to C long");
            }
            st.fieldLimit = i.longValue();
        }
        return PyInt.of(old);
    }
}
