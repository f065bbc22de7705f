package dev.krait.compiler;

import dev.krait.symtable.NameScope;
import dev.krait.symtable.Scope;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyCode;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiler's state for one code object being built (a module, class body, function, lambda
 * or comprehension): its symbol-table scope, where each local name lives (fast slot or cell), its
 * qualified name, and the class name used to mangle private names.
 *
 * <p>CPython counterpart: Python/compile.c {@code struct compiler_unit}.
 */
final class CodeUnit {
    /** The block kinds that matter to name resolution. */
    enum Kind { MODULE, CLASS, FUNCTION }

    /** The CPython opcodes that positions may stand for (Include/opcode.h). */
    static final int LOAD_CONST = 100, IMPORT_NAME = 108, STORE_NAME = 90, STORE_GLOBAL = 97,
            EXTENDED_ARG = 144;

    final Scope scope;
    final Kind kind;
    final CodeUnit parent;
    final String name;
    final String qualname;
    /** The enclosing class's name for private-name mangling, or null. */
    final String privateName;
    /**
     * Name to fast slot and name to cell slot, made on the first lookup: a function's unit is
     * made when its {@code def} is compiled, but its body, which looks names up, only on the
     * function's first call, which most functions of an imported module never see.
     */
    private Map<String, Integer> fastSlots;
    private Map<String, Integer> cellSlots;
    /** Each name this unit has resolved ({@link Names}), by its unmangled spelling. */
    private Map<String, Names.Resolved> resolved;
    final List<String> varnames;
    final List<String> cellvars;
    final List<String> freevars;
    // The tables below are made on first use: a function's unit is made at its def, but its
    // body, which fills them, is compiled on the first call, which most functions never see.
    /** {@code co_consts} in order of first use; equal constants of one type share an entry. */
    private List<PyObject> consts;
    private Map<Object, Integer> constIndex;
    /** {@code co_names}: names of globals, attributes and imports, in order of first use. */
    private Map<String, Integer> names;
    /** Positions of the operations, four ints each, in emission order (see PyCode). */
    private int[] spans;
    private int nspans;
    /** The CPython instructions some positions stand for: (index, opcode, arg) triples. */
    private int[] ops;
    private int nops;
    /** STORE_NAME/STORE_GLOBAL (opcode, name index) pairs waiting for their statement's span. */
    private int[] pendingStores;
    private int npending;
    /** The span of the statement being compiled in this unit, or null (see StatementCompiler). */
    int[] statementSpan;
    /** Expression nesting now and at most: the estimate behind {@code co_stacksize}. */
    int depth;
    int maxDepth;
    /**
     * How many yield, yield from and await nodes the body's tree holds: a generator whose
     * every yield stands where {@code GeneratorSteps} can resume it runs without a continuation.
     */
    int yields;

    CodeUnit(Scope scope, Kind kind, CodeUnit parent, String name, String qualname,
            String privateName) {
        this.scope = scope;
        this.kind = kind;
        this.parent = parent;
        this.name = name;
        this.qualname = qualname;
        this.privateName = privateName;
        this.varnames = kind == Kind.FUNCTION ? scope.varnames() : List.of();
        this.cellvars = scope.cellvars();
        this.freevars = scope.freevars();
    }

    Names.Resolved resolved(String name) {
        return resolved == null ? null : resolved.get(name);
    }

    void remember(String name, Names.Resolved r) {
        if (resolved == null) {
            resolved = new HashMap<>();
        }
        resolved.put(name, r);
    }

    /** The fast slot of a local name ({@code co_varnames} index), or null. */
    Integer fastSlot(String name) {
        if (fastSlots == null) {
            fastSlots = new HashMap<>();
            for (int i = 0; i < varnames.size(); i++) {
                fastSlots.put(varnames.get(i), i);
            }
        }
        return fastSlots.get(name);
    }

    /** The cell slot of a cell or free variable (cells first, then free variables), or null. */
    Integer cellSlot(String name) {
        if (cellSlots == null) {
            cellSlots = new HashMap<>();
            int i = 0;
            for (String c : cellvars) {
                cellSlots.put(c, i++);
            }
            for (String c : freevars) {
                cellSlots.put(c, i++);
            }
        }
        return cellSlots.get(name);
    }

    /**
     * Adds a constant to {@code co_consts} unless an equal one of the same type is there; a
     * code object is always added, as CPython keys it by identity. The keys are plain Java
     * values, so that adding a constant, which the compile of every module does many times
     * at start-up, hashes no Python object.
     */
    // CPython: Python/compile.c compiler_add_const, Objects/codeobject.c _PyCode_ConstantKey
    /**
     * Adds a constant to {@code co_consts} unless an equal one of the same type is there, and
     * returns the one it holds: equal constants of a code object are one object, as CPython's
     * (so {@code a = (1, 2); b = (1, 2); a is b} is true in one scope).
     * CPython: Python/compile.c merge_consts_recursive, _PyCode_ConstantKey.
     */
    PyObject addConst(PyObject c) {
        Object key = constKey(c);
        if (consts == null) {
            consts = new ArrayList<>();
            constIndex = new HashMap<>();
        }
        if (key == null) {
            consts.add(c);
            return c;
        }
        Integer at = constIndex.putIfAbsent(key, consts.size());
        if (at == null) {
            consts.add(c);
            return c;
        }
        return consts.get(at);
    }

    /** What tells two constants apart: the type and the value (a float's sign of zero too). */
    private static Object constKey(PyObject c) {
        return switch (c) {
            // a str with surrogate units compares by code points: "\U0001f600" and the two
            // lone surrogates "\ud83d\ude00" are one Java string but two Python strs
            case PyStr s -> s.type() != PyStr.TYPE ? c : s.isSimple()
                    ? new ConstKey('s', s.value())
                    : new ConstKey('u', java.nio.IntBuffer.wrap(s.codePoints()));
            case PyBool b -> new ConstKey('t', b == PyBool.TRUE);
            case PyInt i -> new ConstKey('i', i.isSmall() ? (Object) i.longValue()
                    : i.bigValue());
            case PyFloat f -> new ConstKey('f', Double.doubleToRawLongBits(f.value));
            case PyBytes b -> new ConstKey('b', new String(b.array(),
                    java.nio.charset.StandardCharsets.ISO_8859_1));
            case dev.krait.objects.PyComplex z -> new ConstKey('c', List.of(
                    Double.doubleToRawLongBits(z.real), Double.doubleToRawLongBits(z.imag)));
            case dev.krait.objects.PyTuple t -> {
                List<Object> items = new ArrayList<>(t.size());
                for (int i = 0; i < t.size(); i++) {
                    items.add(constKey(t.get(i)));
                }
                yield new ConstKey('(', items);
            }
            case dev.krait.objects.PyFrozenSet f -> {
                java.util.Set<Object> items = new java.util.HashSet<>();
                for (PyObject x : f.toArray()) {
                    items.add(constKey(x));
                }
                yield new ConstKey('{', items);
            }
            case PyCode code -> null;
            default -> c;
        };
    }

    /**
     * A constant's kind and value, as {@link #addConst} compares them. Its equals and hashCode
     * are written out: a record's are bootstrapped through invokedynamic on their first call,
     * which spins method-handle classes at run time (14 on every start-up) that the AOT cache
     * does not hold.
     */
    private record ConstKey(char kind, Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ConstKey k && k.kind == kind && k.value.equals(value);
        }

        @Override
        public int hashCode() {
            return 31 * kind + value.hashCode();
        }
    }

    void addName(String name) {
        nameIndex(name);
    }

    /** The index of {@code name} in {@code co_names}, adding it when new. */
    int nameIndex(String name) {
        if (names == null) {
            names = new java.util.LinkedHashMap<>();
        }
        Integer at = names.putIfAbsent(name, names.size());
        return at == null ? names.size() - 1 : at;
    }

    /** The index of {@code c} in {@code co_consts}, adding it as {@link #addConst} does. */
    int indexOfConst(PyObject c) {
        Object key = constKey(c);
        addConst(c);
        return key == null ? consts.size() - 1 : constIndex.get(key);
    }

    /**
     * Records a position that stands for the CPython instruction {@code opcode arg}, which
     * {@code co_code} then shows there: the instructions tools read back from code objects
     * (dis._find_imports, dis._find_store_names, which modulefinder scans). An argument over a
     * byte gets EXTENDED_ARG positions before it, as CPython's (Python/compile.c
     * write_instr).
     */
    void addOp(int opcode, int arg, int line, int col, int endLine, int endCol) {
        for (int shift = 24; shift > 0; shift -= 8) {
            if (arg >>> shift != 0) {
                recordOp(EXTENDED_ARG, (arg >>> shift) & 0xff);
                addPosition(line, col, endLine, endCol);
            }
        }
        recordOp(opcode, arg & 0xff);
        addPosition(line, col, endLine, endCol);
    }

    private void recordOp(int opcode, int arg) {
        ops = room(ops, 3 * nops + 3, 12);
        ops[3 * nops] = nspans;
        ops[3 * nops + 1] = opcode;
        ops[3 * nops + 2] = arg;
        nops++;
    }

    /**
     * Notes a store to a module or class namespace, or to a declared global: its STORE_NAME or
     * STORE_GLOBAL is recorded at the end of the statement that makes it ({@link
     * #flushStores}), where CPython's store instruction stands, after the value's.
     */
    void noteStore(boolean global, String name) {
        pendingStores = room(pendingStores, 2 * npending + 2, 8);
        pendingStores[2 * npending] = global ? STORE_GLOBAL : STORE_NAME;
        pendingStores[2 * npending + 1] = nameIndex(name);
        npending++;
    }

    /** Records the stores noted so far at the span of the statement that made them. */
    void flushStores(int line, int col, int endLine, int endCol) {
        for (int i = 0; i < npending; i++) {
            addOp(pendingStores[2 * i], pendingStores[2 * i + 1], line, col, endLine, endCol);
        }
        npending = 0;
    }

    /** Records the position of an operation the compiler emits. */
    void addPosition(int line, int col, int endLine, int endCol) {
        spans = room(spans, 4 * nspans + 4, 32);
        spans[4 * nspans] = line;
        spans[4 * nspans + 1] = col;
        spans[4 * nspans + 2] = endLine;
        spans[4 * nspans + 3] = endCol;
        nspans++;
    }

    /**
     * {@code a}, or a copy twice as long when it holds fewer than {@code needed} ints (a new
     * array of {@code initial} when there is none yet): the packed records above grow so.
     */
    private static int[] room(int[] a, int needed, int initial) {
        if (a == null) {
            return new int[initial];
        }
        return needed > a.length ? java.util.Arrays.copyOf(a, a.length * 2) : a;
    }

    /** Hands what was collected to the code object built for this unit. */
    void finish(PyCode code, boolean returnsNone) {
        if (returnsNone) {
            addConst(dev.krait.objects.PyNone.NONE);
        }
        code.setCompiled(consts == null ? new PyObject[0] : consts.toArray(new PyObject[0]),
                names == null ? new String[0] : names.keySet().toArray(new String[0]), maxDepth,
                spans, nspans, ops == null ? null : java.util.Arrays.copyOf(ops, 3 * nops));
        if (!dev.krait.runtime.StartupConfig.debugRangesNow()) {
            code.dropDebugRanges();
        }
    }

    NameScope scopeOf(String mangled) {
        return scope.scopeOf(mangled);
    }

    boolean isFunction() {
        return kind == Kind.FUNCTION;
    }
}
