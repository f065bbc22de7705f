package dev.krait.nodes;

import dev.krait.objects.Attributes;
import dev.krait.objects.Containers;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyImportError;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;

/**
 * {@code import} and {@code from ... import}: both call the builtins' {@code __import__} (as
 * CPython's IMPORT_NAME does, so programs can replace it) and bind the result.
 *
 * <p>CPython counterpart: IMPORT_NAME, IMPORT_FROM and IMPORT_STAR in Python/ceval.c.
 */
public final class ImportNodes {
    private ImportNodes() {}

    static PyObject callImport(PyFrame f, String name, PyObject fromlist, int level) {
        PyObject imp = f.builtins == null ? null : f.builtins.getItem(PyStr.of("__import__"));
        if (imp == null) {
            throw PyExceptions.of(PyExceptions.ImportError, "__import__ not found");
        }
        PyObject locals = f.locals == null ? PyNone.NONE : f.locals;
        return Ops.call(imp, PyStr.of(name), f.globals, locals, fromlist, PyInt.of(level));
    }

    /** {@code import a.b.c [as x]}. */
    public static final class Import extends StmtNode {
        final String name;
        final NameNodes.Target target;
        /** With {@code as}: the dotted parts after the first, read as attributes. */
        final boolean asName;

        public Import(String name, NameNodes.Target target, boolean asName, int l, int c, int el,
                int ec) {
            super(l, c, el, ec);
            this.name = name;
            this.target = target;
            this.asName = asName;
        }

        @Override
        public int exec(PyFrame f) {
            f.lineno = line;
            PyObject m;
            try {
                m = callImport(f, name, PyNone.NONE, 0);
                if (asName) {
                    String[] parts = name.split("\\.");
                    for (int i = 1; i < parts.length; i++) {
                        m = importFrom(m, parts[i]);
                    }
                }
            } catch (PyException e) {
                throw trace(e, f);
            }
            target.assign(f, m);
            return NORMAL;
        }
    }

    /** {@code from module import a as x, b}. */
    public static final class ImportFrom extends StmtNode {
        final String module;
        final int level;
        final String[] names;
        final NameNodes.Target[] targets;

        public ImportFrom(String module, int level, String[] names, NameNodes.Target[] targets,
                int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.module = module;
            this.level = level;
            this.names = names;
            this.targets = targets;
        }

        @Override
        public int exec(PyFrame f) {
            f.lineno = line;
            PyObject[] values = new PyObject[names.length];
            try {
                PyObject m = callImport(f, module == null ? "" : module,
                        PyTuple.ofStrings(names), level);
                if (names.length == 1 && names[0].equals("*")) {
                    importStar(m, f);
                    return NORMAL;
                }
                for (int i = 0; i < names.length; i++) {
                    values[i] = importFrom(m, names[i]);
                }
            } catch (PyException e) {
                throw trace(e, f);
            }
            for (int i = 0; i < names.length; i++) {
                targets[i].assign(f, values[i]);
            }
            return NORMAL;
        }
    }

    /** IMPORT_FROM: an attribute of the module, or the submodule of that name. */
    static PyObject importFrom(PyObject module, String name) {
        PyObject v = Attributes.lookupAttrOrNull(module, name);
        if (v != null) {
            return v;
        }
        PyObject pkgName = Attributes.lookupAttrOrNull(module, "__name__");
        if (pkgName instanceof PyStr pn) {
            PyObject sysModules = sysModules();
            if (sysModules instanceof PyDict d) {
                PyObject sub = d.getItem(PyStr.of(pn.value() + "." + name));
                if (sub != null) {
                    return sub;
                }
            }
        }
        String modName = pkgName instanceof PyStr pn ? pn.value() : "<unknown module name>";
        PyObject file = Attributes.lookupAttrOrNull(module, "__file__");
        String where = file instanceof PyStr fs ? fs.value() : "unknown location";
        PyObject spec = Attributes.lookupAttrOrNull(module, "__spec__");
        PyObject initializing = spec == null || spec == PyNone.NONE ? null
                : Attributes.lookupAttrOrNull(spec, "_initializing");
        PyException e;
        if (initializing != null && Ops.isTrue(initializing)) {
            e = PyExceptions.of(PyExceptions.ImportError, "cannot import name '" + name
                    + "' from partially initialized module '" + modName + "' (most likely due to "
                    + "a circular import) (" + where + ")");
        } else {
            e = PyExceptions.of(PyExceptions.ImportError, "cannot import name '" + name
                    + "' from '" + modName + "' (" + where + ")");
        }
        PyImportError fields = (PyImportError) e.value;
        fields.name = PyStr.of(modName);
        fields.path = file == null ? PyNone.NONE : file;
        throw e;
    }

    private static PyObject sysModules() {
        dev.krait.runtime.ThreadState ts = dev.krait.runtime.ThreadState.current();
        return ts == null ? null : ts.interpreter.modules();
    }

    static void importStar(PyObject module, PyFrame f) {
        PyObject all = Attributes.lookupAttrOrNull(module, "__all__");
        boolean skipPrivate = all == null;
        if (all == null) {
            PyDict d = module.getDict();
            if (d == null) {
                throw PyExceptions.of(PyExceptions.ImportError, "from-import-* object has no "
                        + "__dict__ and no __all__");
            }
            all = Ops.callMethod(d, "keys");
        }
        for (PyObject n : Iteration.toList(all)) {
            if (!(n instanceof PyStr s)) {
                String where = module instanceof PyModule m ? m.name() + ".__all__"
                        : "__dict__";
                throw PyExceptions.typeError("Item in " + where + " must be str, not "
                        + n.type().getName());
            }
            if (skipPrivate && s.value().startsWith("_")) {
                continue;
            }
            PyObject v = Attributes.getAttr(module, s.value());
            if (f.locals instanceof PyDict d && d.type() == PyDict.TYPE) {
                d.setItem(s, v);
            } else {
                Containers.setItem(f.locals, s, v);
            }
        }
    }
}
