package dev.krait.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code code} object: what {@code compile()} returns and a function runs. In Krait the
 * "bytecode" is an executable tree built by the compiler package; this object holds the names and
 * counts CPython's code object exposes ({@code co_varnames}, {@code co_argcount}, ...) and the
 * {@link Invoker} that runs the tree. Objects never see the tree itself: the layer above
 * implements the invoker, so this package does not depend on it.
 *
 * <p>Positions: each operation that can raise registers its source span here once, at compile
 * time, and gets an index; a traceback's {@code tb_lasti} is twice that index (CPython's
 * instructions are two bytes), and {@code co_positions()} lists the spans in index order.
 *
 * <p>CPython counterpart: Objects/codeobject.c.
 */
public final class PyCode extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtinFinal("code", PyCode.class, null);

    /** CPython's co_flags bits (Include/cpython/code.h). */
    public static final int CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4,
            CO_VARKEYWORDS = 0x8, CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_NOFREE = 0x40,
            CO_COROUTINE = 0x80, CO_ITERABLE_COROUTINE = 0x100, CO_ASYNC_GENERATOR = 0x200;

    /** Runs a code object: a function call, or a module/class body or exec(). */
    public interface Invoker {
        /** Calls {@code function} (whose code this is) with a vectorcall-style argument list. */
        PyObject call(PyFunction function, PyObject[] args, String[] kwnames);

        /** Runs a module-level or class body in {@code frame} (exec, import, class bodies). */
        PyObject runBody(PyFrame frame);
    }

    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstlineno;
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int flags;
    public final String[] varnames;
    public final String[] cellvars;
    public final String[] freevars;
    public final PyObject docstring;
    private Invoker invoker;
    private final List<int[]> positions = new ArrayList<>();

    public PyCode(String name, String qualname, String filename, int firstlineno, int argcount,
            int posonlyargcount, int kwonlyargcount, int flags, String[] varnames,
            String[] cellvars, String[] freevars, PyObject docstring) {
        super(TYPE);
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstlineno = firstlineno;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.flags = flags;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.docstring = docstring;
    }

    public Invoker invoker() {
        return invoker;
    }

    public void setInvoker(Invoker invoker) {
        this.invoker = invoker;
    }

    public boolean isGenerator() {
        return (flags & CO_GENERATOR) != 0;
    }

    /** Index of a source span among this code's positions, registering it when new. */
    public synchronized int positionIndex(int line, int col, int endLine, int endCol) {
        for (int i = positions.size() - 1; i >= 0; i--) {
            int[] p = positions.get(i);
            if (p[0] == line && p[1] == col && p[2] == endLine && p[3] == endCol) {
                return i;
            }
        }
        positions.add(new int[] {line, col, endLine, endCol});
        return positions.size() - 1;
    }

    @Exposed.Getter
    public String co_name() {
        return name;
    }

    @Exposed.Getter
    public String co_qualname() {
        return qualname;
    }

    @Exposed.Getter
    public String co_filename() {
        return filename;
    }

    @Exposed.Getter
    public long co_firstlineno() {
        return firstlineno;
    }

    @Exposed.Getter
    public long co_argcount() {
        return argcount;
    }

    @Exposed.Getter
    public long co_posonlyargcount() {
        return posonlyargcount;
    }

    @Exposed.Getter
    public long co_kwonlyargcount() {
        return kwonlyargcount;
    }

    @Exposed.Getter
    public long co_flags() {
        return flags;
    }

    @Exposed.Getter
    public long co_nlocals() {
        return varnames.length;
    }

    @Exposed.Getter
    public PyObject co_varnames() {
        return PyTuple.ofStrings(varnames);
    }

    @Exposed.Getter
    public PyObject co_cellvars() {
        return PyTuple.ofStrings(cellvars);
    }

    @Exposed.Getter
    public PyObject co_freevars() {
        return PyTuple.ofStrings(freevars);
    }

    /** {@code co_positions()}: one (line, end_line, col, end_col) per registered operation. */
    @Exposed("co_positions($self, /)")
    public PyObject co_positions() {
        List<PyObject> items = new ArrayList<>();
        synchronized (this) {
            for (int[] p : positions) {
                items.add(PyTuple.of(PyInt.of(p[0]), PyInt.of(p[2]), PyInt.of(p[1]),
                        PyInt.of(p[3])));
            }
        }
        return new PyList(items).__iter__();
    }

    public int[] position(int index) {
        synchronized (this) {
            return index >= 0 && index < positions.size() ? positions.get(index) : null;
        }
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "<code object " + name + " at " + Ops.addressOf(this) + ", file \"" + filename
                + "\", line " + firstlineno + ">";
    }
}
