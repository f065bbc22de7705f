package dev.krait.objects;

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

        /**
         * Calls {@code function} with {@code self} before the positional {@code args}: a
         * method's call, without an array holding both.
         */
        default PyObject callWithSelf(PyFunction function, PyObject self, PyObject[] args,
                String[] kwnames) {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            return call(function, all, kwnames);
        }

        /** Runs a module-level or class body in {@code frame} (exec, import, class bodies). */
        PyObject runBody(PyFrame frame);

        /**
         * A tracer sets {@code frame}'s {@code f_lineno} to {@code line}: sets the jump pending
         * and returns null, or returns why it cannot be made (a ValueError's message).
         */
        default String jump(PyFrame frame, int line) {
            return "cannot find bytecode for specified line";
        }
    }

    public final String name;
    public final String qualname;
    /** {@code co_filename}; changed in place only by {@link #renameFile} (importlib's). */
    public String filename;
    public final int firstlineno;
    /** {@code co_consts}: the constants the compiler met, docstring (or None) first in functions. */
    private PyObject[] consts = new PyObject[0];
    /** {@code co_names}: global, attribute and imported names, in order of first use. */
    private String[] names = new String[0];
    int stacksize = 1;
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int flags;
    public final String[] varnames;
    public final String[] cellvars;
    public final String[] freevars;
    public final PyObject docstring;
    private Invoker invoker;
    private CodePositions positions = new CodePositions(null, 0);
    /**
     * The compiler's work still to do for this code's body, or null once done: a function's body
     * is compiled on first use (see {@link #setPendingBody}). Volatile so that a thread that sees
     * it null also sees what the work set.
     */
    private volatile Runnable pendingBody;
    /**
     * What the compile that made this code started from, and where this code lies in it:
     * {@code path} lists the indexes into {@code co_consts} from that compile's module code
     * down to this one. Null for a code that cannot be rebuilt so (a {@code replace()} that
     * changed its constants or names). See {@link Origin}.
     */
    private Origin origin;
    private int[] path;

    /**
     * The input of the compile that made a code object, opaque to this package: the compiler
     * records it so that {@code marshal} can write the code as that input plus a path to the
     * code, and rebuild it by compiling again (Krait's code objects hold an executable tree of
     * runtime objects, which has no serial form; the tree it was compiled from has one).
     */
    public interface Origin {}

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

    /**
     * What the compiler learnt while building the body: constants, names, an estimate of the
     * evaluation stack depth, and the positions of the operations in emission order ({@code
     * spans} holds four ints per position).
     */
    public void setCompiled(PyObject[] consts, String[] names, int stacksize, int[] spans,
            int count, int[] ops) {
        this.consts = consts;
        this.names = names;
        this.stacksize = Math.max(1, stacksize);
        this.positions = new CodePositions(spans, count);
        this.positions.setOps(ops);
        if (origin != null) {
            adoptNested();
        }
    }

    /**
     * Records the compile this module-level code came from; the code objects nested in it
     * learn it too, now or when their parent's body is compiled.
     */
    public void setOrigin(Origin origin) {
        setOrigin(origin, new int[0]);
    }

    private void setOrigin(Origin origin, int[] path) {
        this.origin = origin;
        this.path = path;
        if (pendingBody == null) {
            adoptNested();
        }
    }

    /** Gives each code object among {@link #consts} this code's origin and its own path. */
    private void adoptNested() {
        PyObject[] cs = consts;
        for (int i = 0; i < cs.length; i++) {
            if (cs[i] instanceof PyCode c && c.origin == null) {
                int[] p = java.util.Arrays.copyOf(path, path.length + 1);
                p[path.length] = i;
                c.setOrigin(origin, p);
            }
        }
    }

    /** The compile this code came from, or null (see {@link #path()}). */
    public Origin origin() {
        return origin;
    }

    /** The indexes into {@code co_consts} from the origin's module code down to this one. */
    public int[] path() {
        return path.clone();
    }

    /**
     * Sets {@code co_filename} to {@code newName} in this code and every code nested in it
     * whose file name is {@code oldName}, as importlib asks for code read from a .pyc whose
     * source has moved. Nested bodies not compiled yet are compiled first, since they take the
     * name from the compile.
     * CPython: Python/import.c update_code_filenames.
     */
    public void renameFile(String oldName, String newName) {
        if (!filename.equals(oldName) || oldName.equals(newName)) {
            return;
        }
        filename = newName;
        for (PyObject c : consts()) {
            if (c instanceof PyCode nested) {
                nested.renameFile(oldName, newName);
            }
        }
    }

    /** {@link #varnames} as interned strs (keys of {@code __kwdefaults__}), made on first use. */
    private PyStr[] varnameKeys;

    public PyStr[] varnameKeys() {
        PyStr[] keys = varnameKeys;
        if (keys == null) {
            keys = new PyStr[varnames.length];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = PyStr.intern(varnames[i]);
            }
            varnameKeys = keys;
        }
        return keys;
    }

    public Invoker invoker() {
        complete();
        return invoker;
    }

    /**
     * Defers the rest of this code's compilation: {@code compile} calls {@link #setCompiled}
     * and {@link #setInvoker}, once, when the body or anything learnt while building it
     * ({@code co_consts}, positions, ...) is first needed. Most functions a module defines are
     * never called in a given run, so building their executable trees at import time is wasted
     * start-up; the compile-time errors were all raised before (see the compiler package).
     */
    public void setPendingBody(Runnable compile) {
        this.pendingBody = compile;
    }

    /** Runs the deferred compilation, if any is left. */
    private void complete() {
        if (pendingBody != null) {
            completeNow();
        }
    }

    private synchronized void completeNow() {
        Runnable compile = pendingBody;
        if (compile != null) {
            compile.run();
            pendingBody = null;
        }
    }

    public void setInvoker(Invoker invoker) {
        this.invoker = invoker;
    }

    public boolean isGenerator() {
        return (flags & CO_GENERATOR) != 0;
    }

    /**
     * Compiled under {@code -X no_debug_ranges}: the positions keep lines only, so tracebacks
     * draw no carets (CPython: Python/compile.c write_location_info_entry without
     * {@code code_debug_ranges}).
     */
    public void dropDebugRanges() {
        positions.dropColumns();
    }

    /** Whether the positions keep columns (see {@link #dropDebugRanges}). */
    public boolean hasDebugRanges() {
        return positions.hasColumns();
    }

    /** Index of a source span among this code's positions, registering it when new. */
    public int positionIndex(int line, int col, int endLine, int endCol) {
        complete();
        return positions.indexOf(line, col, endLine, endCol);
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

    @Exposed.Getter
    public PyObject co_consts() {
        complete();
        return PyTuple.of(consts);
    }

    @Exposed.Getter
    public PyObject co_names() {
        complete();
        return PyTuple.ofStrings(names);
    }

    @Exposed.Getter
    public long co_stacksize() {
        complete();
        return stacksize;
    }

    /**
     * {@code co_code}: one two-byte unit per position, so that offsets line up with
     * {@code tb_lasti} and {@code co_positions()}. Krait runs a tree, not bytecode: a unit is
     * the instruction the compiler said its position stands for (an import's LOAD_CONST,
     * LOAD_CONST, IMPORT_NAME, a module-level STORE_NAME: what dis._find_imports and
     * modulefinder read back), else RESUME for a function's first, NOP for the rest
     * (CPython's opcodes 151 and 9).
     */
    @Exposed.Getter
    public PyObject co_code() {
        complete();
        int n = positions.size();
        byte[] b = new byte[2 * n];
        for (int i = 0; i < n; i++) {
            b[2 * i] = (byte) (i == 0 && (flags & CO_OPTIMIZED) != 0 ? 151 : 9);
        }
        positions.writeOps(b);
        return PyBytes.of(b);
    }

    @Exposed.Getter("_co_code_adaptive")
    public PyObject co_code_adaptive() {
        return co_code();
    }

    @Exposed.Getter
    public PyObject co_lnotab() {
        complete();
        return PyBytes.of(positions.lnotab(firstlineno));
    }

    @Exposed.Getter
    public PyObject co_linetable() {
        complete();
        return PyBytes.of(positions.linetable(firstlineno));
    }

    @Exposed.Getter
    public PyObject co_exceptiontable() {
        return PyBytes.of(new byte[0]);
    }

    /** {@code co_positions()}: (line, end_line, col, end_col) for each position, in order. */
    @Exposed(value = "co_positions($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject co_positions() {
        complete();
        return positions.positionsIterator();
    }

    /** {@code co_lines()}: (start, end, line) for each two-byte unit. */
    @Exposed(value = "co_lines($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject co_lines() {
        complete();
        return positions.linesIterator();
    }

    /** The index of the first position on {@code line}, or -1. */
    public int firstPositionOnLine(int line) {
        complete();
        return positions.firstOnLine(line);
    }

    /** The span registered at {@code index}, or null. */
    public int[] position(int index) {
        complete();
        return positions.get(index);
    }

    /** {@code replace(**changes)}: a copy with some attributes changed. See CodeReplace. */
    @Exposed("replace($self, /, **changes)")
    public PyObject replace(PyObject[] args, String[] kwnames) {
        return CodeReplace.replace(this, args, kwnames);
    }

    /** A copy with new descriptive attributes, running the same body. */
    PyCode copyWith(String newName, String newQualname, String newFilename, int newFirstLine,
            PyObject[] newConsts, String[] newNames, PyObject newDoc, int newFlags) {
        complete();
        PyCode c = new PyCode(newName, newQualname, newFilename, newFirstLine, argcount,
                posonlyargcount, kwonlyargcount, newFlags, varnames, cellvars, freevars, newDoc);
        c.consts = newConsts;
        c.names = newNames;
        c.stacksize = stacksize;
        c.positions = positions.copy();
        c.invoker = invoker;
        if (sameItems(newConsts, consts) && java.util.Arrays.equals(newNames, names)) {
            // the copy is still this compile's code, with other descriptive attributes, which
            // marshal records beside the path
            c.origin = origin;
            c.path = path;
        }
        return c;
    }

    private static boolean sameItems(PyObject[] a, PyObject[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    PyObject[] consts() {
        complete();
        return consts;
    }

    String[] names() {
        complete();
        return names;
    }

    /**
     * Code objects are equal when they would run alike: the same names, counts, flags, first
     * line, positions, constants (compared by type and value, so that {@code 0}, {@code 0.0}
     * and {@code False} differ, as do {@code 0.0} and {@code -0.0}) and names; neither
     * {@code co_qualname} nor {@code co_filename} takes part.
     * CPython: Objects/codeobject.c code_richcompare.
     */
    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject other) {
        if (!(other instanceof PyCode c)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(sameCode(c));
    }

    @Exposed("__ne__($self, value, /)")
    public PyObject __ne__(PyObject other) {
        if (!(other instanceof PyCode c)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(!sameCode(c));
    }

    // CPython: Objects/codeobject.c code_hash (over fields equality compares)
    @Exposed("__hash__($self, /)")
    public long __hash__() {
        long h = name.hashCode();
        h = h * 1000003 + argcount;
        h = h * 1000003 + posonlyargcount;
        h = h * 1000003 + kwonlyargcount;
        h = h * 1000003 + flags;
        h = h * 1000003 + firstlineno;
        // not the constants or names: hashing must not compile a function body not yet needed
        h = h * 1000003 + java.util.Arrays.hashCode(varnames);
        return h == -1 ? -2 : h;
    }

    private boolean sameCode(PyCode c) {
        if (c == this) {
            return true;
        }
        if (!name.equals(c.name) || argcount != c.argcount
                || posonlyargcount != c.posonlyargcount || kwonlyargcount != c.kwonlyargcount
                || flags != c.flags || firstlineno != c.firstlineno
                || !java.util.Arrays.equals(varnames, c.varnames)
                || !java.util.Arrays.equals(cellvars, c.cellvars)
                || !java.util.Arrays.equals(freevars, c.freevars)
                || !java.util.Arrays.equals(names(), c.names())) {
            return false;
        }
        PyObject[] a = consts();
        PyObject[] b = c.consts();
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!sameConstant(a[i], b[i])) {
                return false;
            }
        }
        return java.util.Arrays.equals(positions.linetable(firstlineno),
                c.positions.linetable(c.firstlineno));
    }

    // CPython: Objects/codeobject.c _PyCode_ConstantKey: a constant's type takes part
    private static boolean sameConstant(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a.type() != b.type()) {
            return false;
        }
        if (a instanceof PyCode x) {
            return x.sameCode((PyCode) b);
        }
        if (a instanceof PyFloat x) {
            return Double.doubleToLongBits(x.value)
                    == Double.doubleToLongBits(((PyFloat) b).value);
        }
        if (a instanceof PyComplex x) {
            PyComplex y = (PyComplex) b;
            return Double.doubleToLongBits(x.getReal()) == Double.doubleToLongBits(y.getReal())
                    && Double.doubleToLongBits(x.getImag())
                            == Double.doubleToLongBits(y.getImag());
        }
        if (a instanceof PyTuple x) {
            PyTuple y = (PyTuple) b;
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!sameConstant(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Ops.eqBool(a, b);
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "<code object " + name + " at " + Ops.addressOf(this) + ", file \"" + filename
                + "\", line " + firstlineno + ">";
    }
}
