package dev.krait.compiler;

import dev.krait.symtable.NameScope;
import dev.krait.symtable.Scope;
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

    final Scope scope;
    final Kind kind;
    final CodeUnit parent;
    final String name;
    final String qualname;
    /** The enclosing class's name for private-name mangling, or null. */
    final String privateName;
    final Map<String, Integer> fastSlots = new HashMap<>();
    final Map<String, Integer> cellSlots = new HashMap<>();
    final List<String> varnames;
    final List<String> cellvars;
    final List<String> freevars;

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
        for (int i = 0; i < varnames.size(); i++) {
            fastSlots.put(varnames.get(i), i);
        }
        int i = 0;
        for (String c : cellvars) {
            cellSlots.put(c, i++);
        }
        for (String c : freevars) {
            cellSlots.put(c, i++);
        }
    }

    NameScope scopeOf(String mangled) {
        return scope.scopeOf(mangled);
    }

    boolean isFunction() {
        return kind == Kind.FUNCTION;
    }
}
