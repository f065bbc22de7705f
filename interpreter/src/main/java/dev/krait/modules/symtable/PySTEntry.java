package dev.krait.modules.symtable;

import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.symtable.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One block of a symbol table as {@code _symtable} shows it: CPython's
 * {@code PySTEntryObject}, whose read-only members {@code symtable.py} reads. The entry is a
 * snapshot of a finished {@link Scope}: the symbols dictionary and the children list are built
 * once, so that each read returns the same objects, as CPython's members do.
 *
 * <p>CPython counterpart: Python/symtable.c {@code PySTEntry_Type}, {@code ste_memberlist}.
 */
public final class PySTEntry extends PyObject {
    /** CPython's {@code _Py_block_ty} numbers, shown as {@code TYPE_FUNCTION} and so on. */
    static final int FUNCTION_BLOCK = 0;
    static final int CLASS_BLOCK = 1;
    static final int MODULE_BLOCK = 2;

    public static final PyType TYPE = PyType.builtinFinal("symtable entry", PySTEntry.class,
            null);

    private final Scope scope;
    private final PyDict symbols;
    private final PyList varnames;
    private final PyList children;

    /** The entry of {@code scope} and, recursively, of the blocks inside it. */
    PySTEntry(Scope scope) {
        super(TYPE);
        this.scope = scope;
        symbols = new PyDict();
        for (Map.Entry<String, Integer> e : scope.rawSymbols().entrySet()) {
            symbols.setItem(PyStr.of(e.getKey()), PyInt.of(e.getValue()));
        }
        List<PyObject> names = new ArrayList<>();
        for (String p : scope.parameters()) {
            names.add(PyStr.of(p));
        }
        varnames = new PyList(names);
        List<PyObject> nested = new ArrayList<>();
        for (Scope child : scope.children()) {
            nested.add(new PySTEntry(child));
        }
        children = new PyList(nested);
    }

    /**
     * A number that tells the entry apart from the others alive: CPython gives the address of
     * the AST node that opened the block, Krait the entry's own {@code id()}.
     */
    @Exposed.Getter("id")
    public long getId() {
        return Ops.id(this);
    }

    @Exposed.Getter("name")
    public String getName() {
        return scope.name();
    }

    /** Each name the block mentions, with its DEF_* bits and its scope from SCOPE_OFF up. */
    @Exposed.Getter("symbols")
    public PyObject getSymbols() {
        return symbols;
    }

    /** The parameters, in the order declared. */
    @Exposed.Getter("varnames")
    public PyObject getVarnames() {
        return varnames;
    }

    @Exposed.Getter("children")
    public PyObject getChildren() {
        return children;
    }

    @Exposed.Getter("nested")
    public long getNested() {
        return scope.isNested() ? 1 : 0;
    }

    @Exposed.Getter("type")
    public long getType() {
        return switch (scope.kind()) {
            case FUNCTION -> FUNCTION_BLOCK;
            case CLASS -> CLASS_BLOCK;
            // Annotation blocks are never children, so only the top is left.
            case MODULE, ANNOTATION -> MODULE_BLOCK;
        };
    }

    @Exposed.Getter("lineno")
    public long getLineno() {
        return scope.lineno();
    }

    // CPython: Python/symtable.c ste_repr
    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "<symtable entry " + scope.name() + "(" + getId() + "), line " + scope.lineno()
                + ">";
    }
}
