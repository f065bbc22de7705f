package dev.krait.modules.warnings;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;
import dev.krait.runtime.WarningsMachinery;

/**
 * {@code _warnings}: what Lib/warnings.py takes over when it imports — the interpreter's filter
 * list, "once" registry and default action (the same objects Java code's warnings consult), and
 * the fast {@code warn}/{@code warn_explicit}. Importing {@code importlib}'s bootstrap needs it
 * as a built-in module too.
 *
 * <p>CPython counterpart: Python/_warnings.c.
 */
@NativeModule.Register("_warnings")
public final class WarningsModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_warnings");
        m.put("__doc__", PyStr.of("_warnings provides basic warning filtering support.\n"
                + "It is a helper module to speed up interpreter start-up."));
        WarningsMachinery.State st = WarningsMachinery.state(interp);
        m.put("filters", st.filters);
        m.put("_onceregistry", st.onceRegistry);
        m.put("_defaultaction", st.defaultAction);
        ModuleBuilder.addFunctions(m, WarningsModule.class);
        return m;
    }

    // CPython: Python/_warnings.c warnings_warn_impl
    @Exposed(value = "warn($module, /, message, category=None, stacklevel=1, source=None)",
            doc = "Issue a warning, or maybe ignore it or raise an exception.")
    public static void warn(PyObject message, PyObject category, PyObject stacklevel,
            PyObject source) {
        long level = stacklevel == null ? 1 : CArgs.asSsizeT(stacklevel);
        WarningsMachinery.warn(message, category, level, source);
    }

    // CPython: Python/_warnings.c warnings_warn_explicit
    @Exposed(value = "warn_explicit($module, /, message, category, filename, lineno, "
            + "module=<unrepresentable>, registry=None, module_globals=None, source=None)",
            doc = "Low-level interface to warnings functionality.",
            signature = Exposed.Signature.HIDDEN)
    public static void warn_explicit(PyObject message, PyObject category, PyObject filename,
            PyObject lineno, PyObject module, PyObject registry, PyObject moduleGlobals,
            PyObject source) {
        if (!(filename instanceof PyStr)) {
            throw PyExceptions.typeError("warn_explicit() argument 3 must be str, not "
                    + filename.type().getName());
        }
        int line = CArgs.intFormat(lineno);
        PyObject sourceline = null;
        if (moduleGlobals != null && moduleGlobals != PyNone.NONE) {
            if (!(moduleGlobals instanceof PyDict globals)) {
                throw PyExceptions.typeError("module_globals must be a dict, not '"
                        + moduleGlobals.type().getName() + "'");
            }
            sourceline = sourceLine(globals, line);
        }
        WarningsMachinery.warnExplicit(ThreadState.current().interpreter, category, message,
                filename, line, module, registry == null ? PyNone.NONE : registry, sourceline,
                source);
    }

    /**
     * The line {@code lineno} of the module's source through its loader's {@code get_source}, or
     * null. CPython: Python/_warnings.c get_source_line.
     */
    private static PyObject sourceLine(PyDict globals, int lineno) {
        PyObject loader = globals.getItem(PyStr.of("__loader__"));
        PyObject name = globals.getItem(PyStr.of("__name__"));
        if (loader == null || name == null) {
            return null;
        }
        PyObject getSource = dev.krait.objects.Attributes.lookupAttrOrNull(loader, "get_source");
        if (getSource == null) {
            return null;
        }
        PyObject source = Ops.call(getSource, name);
        if (source == PyNone.NONE) {
            return null;
        }
        String[] lines = Ops.str(source).value().split("\n", -1);
        if (lineno < 1 || lineno > lines.length) {
            return null;
        }
        return PyStr.of(lines[lineno - 1]);
    }

    // CPython: Python/_warnings.c warnings_filters_mutated
    @Exposed(value = "_filters_mutated($module, /)", signature = Exposed.Signature.HIDDEN)
    public static void _filters_mutated() {
        WarningsMachinery.state(ThreadState.current().interpreter).filtersVersion++;
    }
}
