package dev.krait.runtime;

import dev.krait.objects.Attributes;
import dev.krait.objects.CArgs;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * Issuing a warning, as CPython's C core does it (Python/_warnings.c): find where it comes from
 * ({@code stacklevel} frames up), look it up in the filters (the {@code warnings} module's list
 * once that module is imported, else the interpreter's own defaults), and then ignore it, raise
 * it, or show it — through {@code warnings._showwarnmsg} when {@code warnings} is imported, else
 * straight to {@code sys.stderr} as "file:line: Category: text" and the source line. The
 * {@code __warningregistry__} of the warning's module and the "once" registry record what was
 * shown, and are forgotten when the filters change ({@code _filters_mutated}).
 *
 * <p>The {@code _warnings} module exposes this to Python; Java code that must warn calls
 * {@link #warn} (CPython's {@code PyErr_WarnEx}).
 */
public final class WarningsMachinery {
    /** One interpreter's warnings state (CPython: {@code WarningsState} in the interpreter). */
    public static final class State {
        /**
         * The filters last found as {@code warnings.filters} (at first {@code _warnings.filters}:
         * CPython 3.11's default filters of a release build): what applies when the module no
         * longer has the attribute.
         */
        public PyObject filters = defaultFilters();
        /** {@code _warnings._onceregistry}, then the one last found as warnings.onceregistry. */
        public PyDict onceRegistry = new PyDict();
        /** {@code _warnings._defaultaction}, then the one last found as warnings.defaultaction. */
        public PyStr defaultAction = PyStr.of("default");
        /** Bumped by {@code _filters_mutated()}; registries of an older version are cleared. */
        public volatile long filtersVersion;

        private static PyList defaultFilters() {
            PyList l = new PyList();
            l.append(filter("default", PyExceptions.DeprecationWarning, PyStr.of("__main__")));
            l.append(filter("ignore", PyExceptions.DeprecationWarning, PyNone.NONE));
            l.append(filter("ignore", PyExceptions.PendingDeprecationWarning, PyNone.NONE));
            l.append(filter("ignore", PyExceptions.ImportWarning, PyNone.NONE));
            l.append(filter("ignore", PyExceptions.ResourceWarning, PyNone.NONE));
            return l;
        }

        private static PyTuple filter(String action, PyType category, PyObject module) {
            return PyTuple.of(PyStr.of(action), PyNone.NONE, category, module, PyInt.of(0));
        }
    }

    private WarningsMachinery() {}

    /** The state of {@code interp}. */
    public static State state(Interpreter interp) {
        return interp.state(State.class, State::new);
    }

    private static final PyStr REGISTRY = PyStr.of("__warningregistry__");
    private static final PyStr VERSION = PyStr.of("version");

    /**
     * {@code warnings.warn(message, category, stacklevel)} from Java: {@code message} is a str or
     * a Warning instance, {@code category} null for UserWarning. CPython: PyErr_WarnEx.
     */
    public static void warn(PyObject message, PyObject category, long stacklevel,
            PyObject source) {
        ThreadState ts = ThreadState.current();
        category = categoryOf(message, category);
        // CPython: Python/_warnings.c setup_context
        PyFrame f = ts.frame;
        if (stacklevel <= 0 || isInternal(f)) {
            while (--stacklevel > 0 && f != null) {
                f = f.back;
            }
        } else {
            while (--stacklevel > 0 && f != null) {
                do {
                    f = f.back;
                } while (f != null && isInternal(f));
            }
        }
        PyDict globals;
        PyObject filename;
        int lineno;
        if (f == null) {
            globals = ts.interpreter.sysModule().getDict();
            filename = PyStr.of("sys");
            lineno = 1;
        } else {
            globals = f.globals;
            filename = PyStr.of(f.code.filename);
            lineno = f.lineno;
        }
        PyObject registry = globals.getItem(REGISTRY);
        if (registry == null) {
            registry = new PyDict();
            globals.setItem(REGISTRY, registry);
        }
        PyObject module = globals.getItem(PyStr.of("__name__"));
        if (module != PyNone.NONE && !(module instanceof PyStr)) {
            module = PyStr.of("<string>");
        }
        warnExplicit(ts.interpreter, category, message, filename, lineno, module, registry,
                null, source);
    }

    /** CPython: Python/_warnings.c get_category. */
    static PyObject categoryOf(PyObject message, PyObject category) {
        if (Ops.isInstance(message, PyExceptions.Warning)) {
            return message.type();
        }
        if (category == null || category == PyNone.NONE) {
            return PyExceptions.UserWarning;
        }
        if (!(category instanceof PyType t) || !Ops.isSubclass(t, PyExceptions.Warning)) {
            throw PyExceptions.typeError("category must be a Warning subclass, not '"
                    + category.type().getName() + "'");
        }
        return category;
    }

    /** A frame of importlib's bootstrap, which stacklevel skips. */
    private static boolean isInternal(PyFrame f) {
        if (f == null) {
            return false;
        }
        String filename = f.code.filename;
        return filename.contains("importlib") && filename.contains("_bootstrap");
    }

    /**
     * {@code warn_explicit}: the filters' verdict for a warning whose origin is known.
     * {@code module} null: derived from the filename; {@code registry} null or None: none;
     * {@code sourceline} null: read from the file when shown.
     * CPython: Python/_warnings.c warn_explicit.
     */
    public static void warnExplicit(Interpreter interp, PyObject category, PyObject message,
            PyObject filename, int lineno, PyObject module, PyObject registry,
            PyObject sourceline, PyObject source) {
        if (module == PyNone.NONE) {
            return;
        }
        if (registry != null && registry != PyNone.NONE && !(registry instanceof PyDict)) {
            throw PyExceptions.typeError("'registry' must be a dict or None");
        }
        PyDict reg = registry instanceof PyDict d ? d : null;
        if (module == null) {
            module = normalizeModule(Ops.str(filename).value());
        }
        PyObject text;
        if (Ops.isInstance(message, PyExceptions.Warning)) {
            text = Ops.str(message);
            category = message.type();
        } else {
            text = message;
            message = Ops.call(category, message);
        }
        if (source == PyNone.NONE) {
            source = null;
        }
        PyObject linenoObj = PyInt.of(lineno);
        PyTuple key = PyTuple.of(text, category, linenoObj);
        State st = state(interp);
        if (reg != null && alreadyWarned(st, reg, key, false)) {
            return;
        }
        PyObject[] item = new PyObject[1];
        String action = filterAction(interp, st, category, text, lineno, module, item);
        if (action.equals("error")) {
            throw ((PyBaseException) message).raise();
        }
        if (action.equals("ignore")) {
            return;
        }
        boolean warned = false;
        if (!action.equals("always")) {
            if (reg != null) {
                reg.setItem(key, PyBool.TRUE);
            }
            switch (action) {
                case "once" -> {
                    PyDict once = reg != null ? reg : onceRegistry(interp, st);
                    warned = alreadyWarned(st, once, PyTuple.of(text, category), true);
                }
                case "module" -> {
                    if (reg != null) {
                        warned = alreadyWarned(st, reg, PyTuple.of(text, category), true);
                    }
                }
                case "default" -> { }
                default -> throw PyExceptions.of(PyExceptions.RuntimeError,
                        "Unrecognized action (" + Ops.repr(PyStr.of(action)).value()
                                + ") in warnings.filters:\n " + Ops.repr(item[0]).value());
            }
        }
        if (!warned) {
            show(interp, category, text, message, filename, lineno, linenoObj, sourceline,
                    source);
        }
    }

    /** CPython: Python/_warnings.c already_warned. */
    private static boolean alreadyWarned(State st, PyDict registry, PyObject key,
            boolean shouldSet) {
        PyObject version = registry.getItem(VERSION);
        if (!(version instanceof PyInt v) || version.type() != PyInt.TYPE || !v.isSmall()
                || v.longValue() != st.filtersVersion) {
            registry.clear();
            registry.setItem(VERSION, PyInt.of(st.filtersVersion));
        } else {
            PyObject already = registry.getItem(key);
            if (already != null && Ops.isTrue(already)) {
                return true;
            }
        }
        if (shouldSet) {
            registry.setItem(key, PyBool.TRUE);
        }
        return false;
    }

    private static PyStr normalizeModule(String filename) {
        if (filename.isEmpty()) {
            return PyStr.of("<unknown>");
        }
        return PyStr.of(filename.endsWith(".py")
                ? filename.substring(0, filename.length() - 3) : filename);
    }

    /** An attribute of the {@code warnings} module when it is imported, else null. */
    private static PyObject warningsAttr(Interpreter interp, String name) {
        if (interp.tearingDown) {
            // CPython: Python/_warnings.c get_warnings_attr finds no module once teardown
            // has cleared them; the C defaults (filters, show_warning) apply
            return null;
        }
        PyObject module = interp.modules().getItem(PyStr.of("warnings"));
        return module == null ? null : Attributes.lookupAttrOrNull(module, name);
    }

    /** CPython: Python/_warnings.c get_filter. */
    private static String filterAction(Interpreter interp, State st, PyObject category,
            PyObject text, int lineno, PyObject module, PyObject[] item) {
        // CPython: Python/_warnings.c get_filters keeps what it found
        PyObject filters = warningsAttr(interp, "filters");
        if (filters == null) {
            filters = st.filters;
        } else {
            st.filters = filters;
        }
        if (!(filters instanceof PyList list)) {
            throw PyExceptions.valueError("_warnings.filters must be a list");
        }
        for (int i = 0; i < list.size(); i++) {
            PyObject f = list.items.get(i);
            if (!(f instanceof PyTuple t) || t.size() != 5) {
                throw PyExceptions.valueError("_warnings.filters item " + i
                        + " isn't a 5-tuple");
            }
            PyObject action = t.get(0);
            if (!(action instanceof PyStr a)) {
                throw PyExceptions.typeError("action must be a string, not '"
                        + action.type().getName() + "'");
            }
            boolean goodMsg = matches(t.get(1), text);
            boolean goodMod = matches(t.get(3), module);
            boolean isSubclass = Ops.isSubclass(category, t.get(2));
            long ln = CArgs.intAsSsizeT(t.get(4));
            if (goodMsg && isSubclass && goodMod && (ln == 0 || lineno == ln)) {
                item[0] = t;
                return a.value();
            }
        }
        item[0] = PyNone.NONE;
        PyObject action = warningsAttr(interp, "defaultaction");
        if (action == null) {
            return st.defaultAction.value();
        }
        if (!(action instanceof PyStr a)) {
            throw PyExceptions.typeError("warnings.defaultaction must be a string, not '"
                    + action.type().getName() + "'");
        }
        st.defaultAction = a;
        return a.value();
    }

    /** CPython: Python/_warnings.c check_matched (a plain str must equal; else .match()). */
    private static boolean matches(PyObject pattern, PyObject arg) {
        if (pattern == PyNone.NONE) {
            return true;
        }
        if (pattern.type() == PyStr.TYPE) {
            return pattern.equals(arg);
        }
        return Ops.isTrue(Ops.callMethod(pattern, "match", arg));
    }

    private static PyDict onceRegistry(Interpreter interp, State st) {
        PyObject once = warningsAttr(interp, "onceregistry");
        if (once == null) {
            return st.onceRegistry;
        }
        if (!(once instanceof PyDict d)) {
            throw PyExceptions.typeError("warnings.onceregistry must be a dict, not '"
                    + once.type().getName() + "'");
        }
        st.onceRegistry = d;
        return d;
    }

    /** CPython: Python/_warnings.c call_show_warning and show_warning. */
    private static void show(Interpreter interp, PyObject category, PyObject text,
            PyObject message, PyObject filename, int lineno, PyObject linenoObj,
            PyObject sourceline, PyObject source) {
        PyObject showFn = warningsAttr(interp, "_showwarnmsg");
        if (showFn != null) {
            if (!Ops.isCallable(showFn)) {
                throw PyExceptions.typeError("warnings._showwarnmsg() must be set to a callable");
            }
            PyObject messageClass = warningsAttr(interp, "WarningMessage");
            if (messageClass == null) {
                throw PyExceptions.of(PyExceptions.RuntimeError,
                        "unable to get warnings.WarningMessage");
            }
            PyObject msg = Ops.call(messageClass, message, category, filename, linenoObj,
                    PyNone.NONE, PyNone.NONE, source == null ? PyNone.NONE : source);
            Ops.call(showFn, msg);
            return;
        }
        PyObject err = interp.sysAttribute("stderr");
        if (err == null || err == PyNone.NONE) {
            System.err.println("lost sys.stderr");
            return;
        }
        try {
            StringBuilder sb = new StringBuilder();
            sb.append(Ops.str(filename).value()).append(':').append(lineno).append(": ")
                    .append(Ops.str(Attributes.getAttr(category, "__name__")).value())
                    .append(": ").append(Ops.str(text).value()).append('\n');
            String line = sourceline != null ? Ops.str(sourceline).value()
                    : MainRunner.sourceLine(Ops.str(filename).value(), lineno);
            if (line != null) {
                String stripped = sourceline != null ? line : line.strip();
                if (sourceline != null || !stripped.isEmpty()) {
                    sb.append(sourceline != null ? "" : "  ").append(stripped).append('\n');
                }
            }
            Ops.callMethod(err, "write", PyStr.of(sb.toString()));
        } catch (dev.krait.objects.PyException e) {
            // CPython clears an error raised while showing a warning (show_warning's PyErr_Clear)
        }
    }
}
