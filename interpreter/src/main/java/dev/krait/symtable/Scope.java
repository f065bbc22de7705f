package dev.krait.symtable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One block of code -- the module, a class body, a function, a lambda or a comprehension -- with
 * what the symbol table learnt about each name in it. This is CPython's symbol table entry
 * ({@code PySTEntryObject}): the first pass ({@link ScopeBuilder}) fills in the raw facts, the
 * second ({@link ScopeAnalysis}) resolves each name to a {@link NameScope}. After
 * {@link SymbolTable#build} returns, a scope is only read.
 */
public final class Scope {
    /** CPython's block types ({@code _Py_block_ty}). */
    public enum Kind {
        MODULE, CLASS, FUNCTION,
        /**
         * The annotations of a function or variable under {@code from __future__ import
         * annotations}: checked for forbidden expressions, then dropped (they become strings). Such
         * a scope is never a child of another.
         */
        ANNOTATION
    }

    /** CPython's {@code _Py_comprehension_ty}. */
    enum Comprehension { NONE, LIST, GENERATOR, DICT, SET }

    private final Kind kind;
    private final String name;
    /** Changes once at most: from a stand-in to its node (see {@link SymbolTable#rebind}). */
    private Object node;
    private final Scope parent;
    private final int lineno;
    private final int colOffset;
    final List<Scope> children = new ArrayList<>();
    /** Name (mangled) to DEF_* bits, with the resolved scope from SCOPE_OFFSET up. */
    final LinkedHashMap<String, Integer> symbols = new LinkedHashMap<>();
    /** The parameters, in the order they were declared (CPython's ste_varnames). */
    final List<String> parameters = new ArrayList<>();
    /** The global and nonlocal declarations, to place the errors that the analysis finds. */
    final List<Directive> directives = new ArrayList<>();

    final boolean nested;
    boolean free;
    boolean childFree;
    boolean generator;
    boolean coroutine;
    Comprehension comprehension = Comprehension.NONE;
    boolean returnsValue;
    boolean needsClassClosure;
    boolean varargs;
    boolean varkeywords;
    boolean compIterTarget;
    int compIterExpr;

    private List<String> varnames;
    private List<String> cellvars;
    private List<String> freevars;
    /**
     * The symbols of a scope read from the parsed-module cache ({@link ScopeCodec}), as two
     * arrays until a lookup needs the map: most functions of an imported module are never
     * called, so their bodies are never compiled and their maps never asked for.
     */
    private String[] pendingNames;
    private int[] pendingValues;

    /** A {@code global} or {@code nonlocal} statement (or a walrus target acting as one). */
    record Directive(String name, int lineno, int colOffset, int endLineno, int endColOffset) {}

    // CPython: Python/symtable.c ste_new
    Scope(Kind kind, String name, Object node, Scope parent, int lineno, int colOffset) {
        this.kind = kind;
        this.name = name;
        this.node = node;
        this.parent = parent;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.nested = parent != null && (parent.nested || parent.kind == Kind.FUNCTION);
        if (parent != null) {
            compIterExpr = parent.compIterExpr;
        }
    }

    public Kind kind() { return kind; }

    /** The block's name: the function or class name, {@code lambda}, {@code listcomp}, {@code top}. */
    public String name() { return name; }

    /** The AST node that opens the block (the {@code Mod} for the module). */
    public Object node() { return node; }

    void rebind(Object node) {
        this.node = node;
    }

    /** The enclosing block, or {@code null} for the module. */
    public Scope parent() { return parent; }

    public List<Scope> children() { return Collections.unmodifiableList(children); }

    /** The first line of the block (0 for the module), as CPython's {@code ste_lineno}. */
    public int lineno() { return lineno; }

    public int colOffset() { return colOffset; }

    /**
     * The code object's {@code co_firstlineno}: the first decorator's line for a decorated
     * function or class, else {@link #lineno()}.
     */
    // CPython: Python/compile.c compiler_function, compiler_class (firstlineno)
    public int firstLineno() {
        List<dev.krait.ast.Expr> decorators = switch (node) {
            case dev.krait.ast.Stmt.FunctionDef s -> s.decoratorList();
            case dev.krait.ast.Stmt.AsyncFunctionDef s -> s.decoratorList();
            case dev.krait.ast.Stmt.ClassDef s -> s.decoratorList();
            default -> List.of();
        };
        return decorators.isEmpty() ? lineno : decorators.get(0).lineno();
    }

    /** Whether the block is inside a function (so it may have free variables). */
    public boolean isNested() { return nested; }

    public boolean isGenerator() { return generator; }

    public boolean isCoroutine() { return coroutine; }

    public boolean isComprehension() { return comprehension != Comprehension.NONE; }

    /** Whether a {@code return} statement in the block has a value. */
    public boolean returnsValue() { return returnsValue; }

    public boolean hasVarargs() { return varargs; }

    public boolean hasVarKeywords() { return varkeywords; }

    /** Whether the block, or a block inside it, has free variables (needs closures). */
    public boolean hasChildFree() { return childFree; }

    /** Whether this class body must create the implicit {@code __class__} cell. */
    public boolean needsClassClosure() { return needsClassClosure; }

    /**
     * How {@code mangledName} resolves in this block ({@code _PyST_GetScope}), or {@code null}
     * when the block never mentions it. The compiler looks names up already mangled.
     */
    public NameScope scopeOf(String mangledName) {
        Integer value = symbols().get(mangledName);
        return value == null ? null : NameScope.ofNumber((value >> SymbolFlags.SCOPE_OFFSET) & 15);
    }

    /** The DEF_* bits of a name, 0 when the block never mentions it. */
    public int flagsOf(String mangledName) {
        Integer value = symbols().get(mangledName);
        return value == null ? 0 : value & SymbolFlags.FLAGS_MASK;
    }

    /**
     * Every name the block mentions with its stored value -- the DEF_* bits and the resolved
     * scope from bit {@code SCOPE_OFFSET} up -- in the order first seen, as CPython's
     * {@code ste_symbols} (what the {@code _symtable} module shows).
     */
    public Map<String, Integer> rawSymbols() {
        return Collections.unmodifiableMap(symbols());
    }

    /** The parameters in declaration order, as CPython 3.11's {@code ste_varnames}. */
    public List<String> parameters() {
        return Collections.unmodifiableList(parameters);
    }

    /** Every name the block mentions, with its DEF_* bits, in the order first seen. */
    public Map<String, Integer> flags() {
        LinkedHashMap<String, Integer> result = new LinkedHashMap<>();
        symbols().forEach((n, v) -> result.put(n, v & SymbolFlags.FLAGS_MASK));
        return Collections.unmodifiableMap(result);
    }

    /**
     * The function's fast locals in {@code co_varnames} order: its parameters as declared, then
     * its other locals in the order the code generator first meets them ({@link LocalsOrder}).
     * Cells that are not parameters are not in it, as in CPython 3.11.
     */
    public List<String> varnames() {
        return varnames == null ? List.copyOf(parameters) : varnames;
    }

    void setVarnames(List<String> names) {
        varnames = names;
    }

    /**
     * Gives a scope read from the cache its symbols (names and stored values, in first-seen
     * order) and its cell and free variables, as {@link #cellvars()} and {@link #freevars()}
     * computed them when the entry was written; the map is made on the first lookup.
     */
    void restore(String[] names, int[] values, List<String> cells, List<String> frees) {
        pendingNames = names;
        pendingValues = values;
        cellvars = cells;
        freevars = frees;
    }

    /** The symbol map, made from a restored scope's arrays on first use. */
    private Map<String, Integer> symbols() {
        if (pendingNames != null) {
            for (int i = 0; i < pendingNames.length; i++) {
                symbols.put(pendingNames[i], pendingValues[i]);
            }
            pendingNames = null;
            pendingValues = null;
        }
        return symbols;
    }

    /**
     * The names kept in cells here, as {@code co_cellvars}: the parameters that are cells, in
     * parameter order (CPython 3.11 keeps them in their argument slots), then the other cells
     * sorted, the implicit {@code __class__} of a class body among them.
     */
    // CPython: Python/compile.c compiler_enter_scope (dictbytype CELL, implicit __class__) and
    // compute_localsplus_info
    public List<String> cellvars() {
        if (cellvars == null) {
            List<String> result = new ArrayList<>();
            for (String parameter : parameters) {
                if (scopeOf(parameter) == NameScope.CELL && !result.contains(parameter)) {
                    result.add(parameter);
                }
            }
            List<String> others = new ArrayList<>();
            for (var entry : symbols().entrySet()) {
                if (entry.getValue() >> SymbolFlags.SCOPE_OFFSET == NameScope.CELL.number()
                        && !result.contains(entry.getKey())) {
                    others.add(entry.getKey());
                }
            }
            if (needsClassClosure) {
                others.add("__class__");
            }
            others.sort(Scope::compareCodePoints);
            result.addAll(others);
            cellvars = Collections.unmodifiableList(result);
        }
        return cellvars;
    }

    /** Python's str ordering: by code point, which UTF-16 order is not beyond the BMP. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /** The names this block receives in its closure, sorted, as {@code co_freevars}. */
    // CPython: Python/compile.c compiler_enter_scope (dictbytype FREE or DEF_FREE_CLASS)
    public List<String> freevars() {
        if (freevars == null) {
            List<String> result = new ArrayList<>();
            for (var entry : symbols().entrySet()) {
                int value = entry.getValue();
                if (value >> SymbolFlags.SCOPE_OFFSET == NameScope.FREE.number()
                        || (value & SymbolFlags.DEF_FREE_CLASS) != 0) {
                    result.add(entry.getKey());
                }
            }
            result.sort(Scope::compareCodePoints);
            freevars = Collections.unmodifiableList(result);
        }
        return freevars;
    }

    @Override
    public String toString() {
        return "<symtable entry " + name + ", line " + lineno + ">";
    }
}
