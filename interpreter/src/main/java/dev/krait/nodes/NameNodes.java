package dev.krait.nodes;

import dev.krait.objects.Containers;
import dev.krait.objects.PyCell;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyNameError;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;

/**
 * Reading, writing and deleting variables, one node class per way the compiler resolved the
 * name (CPython's LOAD_FAST, LOAD_DEREF, LOAD_GLOBAL, LOAD_NAME and LOAD_CLASSDEREF, and their
 * STORE/DELETE partners): a function's locals are array slots, its shared variables cells,
 * module and class bodies use their namespace mapping.
 */
public final class NameNodes {
    private NameNodes() {}

    static PyException unboundLocal(String name) {
        return PyNameError.of(PyExceptions.UnboundLocalError, "cannot access local variable '"
                + name + "' where it is not associated with a value", name);
    }

    static PyException unboundFree(String name) {
        return PyNameError.of(PyExceptions.NameError, "cannot access free variable '" + name
                + "' where it is not associated with a value in enclosing scope", name);
    }

    static PyException notDefined(String name) {
        return PyNameError.of(PyExceptions.NameError, "name '" + name + "' is not defined",
                name);
    }

    /** LOAD_FAST. */
    public static final class LoadFast extends ExprNode {
        final int slot;
        final String name;

        public LoadFast(int slot, String name, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.slot = slot;
            this.name = name;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject v = f.fast[slot];
            if (v == null) {
                throw trace(unboundLocal(name), f);
            }
            return v;
        }
    }

    /** LOAD_DEREF: a cell variable or free variable. */
    public static final class LoadCell extends ExprNode {
        final int index;
        final String name;
        final boolean free;

        public LoadCell(int index, String name, boolean free, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.index = index;
            this.name = name;
            this.free = free;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject v = f.cells[index].get();
            if (v == null) {
                throw trace(free ? unboundFree(name) : unboundLocal(name), f);
            }
            return v;
        }
    }

    /**
     * LOAD_GLOBAL: the module's globals, then builtins. The last answer is cached with the
     * mutation counts of both dicts it came from, so a loop calling a global function does one
     * comparison instead of two hash lookups (CPython caches LOAD_GLOBAL the same way, keyed by
     * dict versions).
     */
    public static final class LoadGlobal extends ExprNode {
        final PyStr key;
        private Cache cache;

        /** One immutable snapshot, so threads see a consistent triple. */
        private record Cache(PyDict globals, int globalsMutations, PyObject builtins,
                int builtinsMutations, PyObject value) {}

        /** With the name already interned ({@link PyStr#intern}). */
        public LoadGlobal(PyStr key, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.key = key;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyDict g = f.globals;
            PyObject b = f.builtins;
            Cache c = cache;
            // only exact dicts are cached, so a cached builtins is a PyDict
            if (c != null && c.globals == g && c.globalsMutations == g.mutations()
                    && c.builtins == b
                    && (b == null || c.builtinsMutations == ((PyDict) b).mutations())) {
                return c.value;
            }
            if (g.type() != PyDict.TYPE || b != null && b.type() != PyDict.TYPE) {
                return slowPath(f);
            }
            PyObject v = g.getItem(key);
            if (v == null) {
                v = lookupBuiltin(f, key);
                if (v == null) {
                    throw trace(notDefined(key.value()), f);
                }
            }
            cache = new Cache(g, g.mutations(), b, b == null ? 0 : ((PyDict) b).mutations(), v);
            return v;
        }

        /**
         * Globals or builtins of a dict subclass (exec's): read through {@code __getitem__},
         * uncached. CPython: Python/ceval.c LOAD_GLOBAL's slow path.
         */
        private PyObject slowPath(PyFrame f) {
            try {
                PyObject v = mappingGet(f.globals, key);
                if (v == null) {
                    v = f.builtins == null ? null : mappingGet(f.builtins, key);
                }
                if (v == null) {
                    throw notDefined(key.value());
                }
                return v;
            } catch (PyException e) {
                throw trace(e, f);
            }
        }
    }

    /** A builtin by name: read directly from an exact dict, else through __getitem__. */
    static PyObject lookupBuiltin(PyFrame f, PyStr key) {
        PyObject b = f.builtins;
        if (b == null) {
            return null;
        }
        return b instanceof PyDict d && d.type() == PyDict.TYPE ? d.getItem(key)
                : mappingGet(b, key);
    }

    /** LOAD_NAME: the namespace mapping, then globals, then builtins (module and class bodies). */
    public static final class LoadName extends ExprNode {
        final PyStr key;

        public LoadName(String name, int l, int c, int el, int ec) {
            this(PyStr.intern(name), l, c, el, ec);
        }

        /** With the name already interned ({@link PyStr#intern}). */
        public LoadName(PyStr key, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.key = key;
        }

        @Override
        public PyObject eval(PyFrame f) {
            try {
                PyObject locals = f.locals;
                PyObject v;
                // CPython: LOAD_NAME reads an exact dict directly, anything else by __getitem__.
                if (locals instanceof PyDict d && d.type() == PyDict.TYPE) {
                    v = d.getItem(key);
                } else {
                    v = mappingGet(locals, key);
                }
                if (v == null && locals != f.globals) {
                    v = f.globals.getItem(key);
                }
                if (v == null) {
                    v = lookupBuiltin(f, key);
                }
                if (v == null) {
                    throw notDefined(key.value());
                }
                return v;
            } catch (PyException e) {
                throw trace(e, f);
            }
        }
    }

    /** A non-dict namespace (from {@code __prepare__} or exec): KeyError means absent. */
    static PyObject mappingGet(PyObject mapping, PyObject key) {
        try {
            return Containers.getItem(mapping, key);
        } catch (PyException e) {
            if (e.matches(PyExceptions.KeyError)) {
                return null;
            }
            throw e;
        }
    }

    /** LOAD_CLASSDEREF: a free variable read in a class body, which its namespace may shadow. */
    public static final class LoadClassDeref extends ExprNode {
        final PyStr key;
        final int index;

        public LoadClassDeref(String name, int index, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.key = PyStr.intern(name);
            this.index = index;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject v = f.locals instanceof PyDict d && d.type() == PyDict.TYPE
                    ? d.getItem(key) : mappingGet(f.locals, key);
            if (v != null) {
                return v;
            }
            v = f.cells[index].get();
            if (v == null) {
                throw trace(unboundFree(key.value()), f);
            }
            return v;
        }
    }

    // ---- stores and deletes --------------------------------------------------------------------

    /** Where an assignment can put a value (a name, attribute, subscript or unpacking). */
    public interface Target {
        void assign(PyFrame f, PyObject value);
    }

    public static final class StoreFast implements Target {
        final int slot;

        public StoreFast(int slot) {
            this.slot = slot;
        }

        @Override
        public void assign(PyFrame f, PyObject value) {
            f.fast[slot] = value;
        }
    }

    public static final class StoreCell implements Target {
        final int index;

        public StoreCell(int index) {
            this.index = index;
        }

        @Override
        public void assign(PyFrame f, PyObject value) {
            f.cells[index].set(value);
        }
    }

    public static final class StoreGlobal implements Target {
        final PyStr key;

        /** With the name already interned ({@link PyStr#intern}). */
        public StoreGlobal(PyStr key) {
            this.key = key;
        }

        @Override
        public void assign(PyFrame f, PyObject value) {
            f.globals.setItem(key, value);
        }
    }

    public static final class StoreName implements Target {
        final PyStr key;

        public StoreName(String name) {
            this(PyStr.intern(name));
        }

        /** With the name already interned ({@link PyStr#intern}). */
        public StoreName(PyStr key) {
            this.key = key;
        }

        @Override
        public void assign(PyFrame f, PyObject value) {
            if (f.locals instanceof PyDict d && d.type() == PyDict.TYPE) {
                d.setItem(key, value);
            } else {
                Containers.setItem(f.locals, key, value);
            }
        }
    }

    /** {@code del name}, resolved like a load. */
    public static final class Delete extends StmtNode {
        /** 0 fast, 1 cell, 2 global, 3 name. */
        final int kind;
        final int index;
        final PyStr key;
        final boolean free;

        public Delete(int kind, int index, String name, boolean free, int l, int c, int el,
                int ec) {
            super(l, c, el, ec);
            this.kind = kind;
            this.index = index;
            this.key = PyStr.intern(name);
            this.free = free;
        }

        @Override
        public int exec(PyFrame f) {
            try {
                switch (kind) {
                    case 0 -> {
                        if (f.fast[index] == null) {
                            throw unboundLocal(key.value());
                        }
                        f.fast[index] = null;
                    }
                    case 1 -> {
                        PyCell cell = f.cells[index];
                        if (cell.get() == null) {
                            throw free ? unboundFree(key.value()) : unboundLocal(key.value());
                        }
                        cell.set(null);
                    }
                    case 2 -> {
                        if (!f.globals.delItem(key)) {
                            throw notDefined(key.value());
                        }
                    }
                    default -> {
                        if (f.locals instanceof PyDict d && d.type() == PyDict.TYPE) {
                            if (!d.delItem(key)) {
                                throw notDefined(key.value());
                            }
                        } else {
                            try {
                                Containers.delItem(f.locals, key);
                            } catch (PyException e) {
                                if (e.matches(PyExceptions.KeyError)) {
                                    throw notDefined(key.value());
                                }
                                throw e;
                            }
                        }
                    }
                }
                return NORMAL;
            } catch (PyException e) {
                throw trace(e, f);
            }
        }
    }
}
