package dev.krait.nodes;

import dev.krait.objects.Ops;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyInt;
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
        PyObject imp = NameNodes.lookupBuiltin(f, PyStr.of("__import__"));
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
        return dev.krait.runtime.FromImport.name(module, name);
    }

    /** IMPORT_STAR: the module's public names into the frame's locals. */
    static void importStar(PyObject module, PyFrame f) {
        dev.krait.runtime.FromImport.star(module, f.locals);
    }
}
