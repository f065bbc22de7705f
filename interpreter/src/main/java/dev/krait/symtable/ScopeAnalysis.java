package dev.krait.symtable;

import static dev.krait.symtable.SymbolFlags.DEF_BOUND;
import static dev.krait.symtable.SymbolFlags.DEF_FREE_CLASS;
import static dev.krait.symtable.SymbolFlags.DEF_GLOBAL;
import static dev.krait.symtable.SymbolFlags.DEF_NONLOCAL;
import static dev.krait.symtable.SymbolFlags.SCOPE_OFFSET;

import dev.krait.lexer.PythonSyntaxError;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The symbol table's second pass: decides the scope of every name of every block, top down,
 * passing to each child the names bound in its enclosing functions ({@code bound}) and declared
 * global ({@code global}), and collecting back up the names the children use freely, which turns
 * the binding function's locals into cells. A class body is skipped over: its names are not
 * visible to its methods, except the implicit {@code __class__}.
 */
// CPython: Python/symtable.c analyze_block and its helpers
final class ScopeAnalysis {
    private final String filename;

    ScopeAnalysis(String filename) {
        this.filename = filename;
    }

    void analyze(Scope top) {
        analyzeBlock(top, null, new LinkedHashSet<>(), new HashSet<>());
    }

    // CPython: Python/symtable.c analyze_block
    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free,
            Set<String> global) {
        Set<String> local = new HashSet<>();
        Map<String, NameScope> scopes = new HashMap<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new LinkedHashSet<>();
        Set<String> newBound = new HashSet<>();
        boolean isClass = ste.kind() == Scope.Kind.CLASS;
        if (isClass) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (var entry : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, entry.getKey(), entry.getValue(), bound, local, free,
                    global);
        }
        if (!isClass) {
            if (ste.kind() == Scope.Kind.FUNCTION) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }
        Set<String> allFree = new LinkedHashSet<>();
        for (Scope child : ste.children) {
            Set<String> childFree = new LinkedHashSet<>(newFree);
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            allFree.addAll(childFree);
            if (child.free || child.childFree) {
                ste.childFree = true;
            }
        }
        newFree.addAll(allFree);
        if (ste.kind() == Scope.Kind.FUNCTION) {
            analyzeCells(scopes, newFree);
        } else if (isClass && newFree.remove("__class__")) {
            ste.needsClassClosure = true;
        }
        updateSymbols(ste, scopes, bound, newFree, isClass);
        free.addAll(newFree);
    }

    // CPython: Python/symtable.c analyze_name
    private void analyzeName(Scope ste, Map<String, NameScope> scopes, String name, int flags,
            Set<String> bound, Set<String> local, Set<String> free, Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw atDirective(ste, name, "name '" + name + "' is nonlocal and global");
            }
            scopes.put(name, NameScope.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw atDirective(ste, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw atDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            }
            scopes.put(name, NameScope.FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, NameScope.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, NameScope.FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if (global.contains(name)) {
            scopes.put(name, NameScope.GLOBAL_IMPLICIT);
            return;
        }
        if (ste.isNested()) {
            ste.free = true;
        }
        scopes.put(name, NameScope.GLOBAL_IMPLICIT);
    }

    // CPython: Python/symtable.c analyze_cells
    private static void analyzeCells(Map<String, NameScope> scopes, Set<String> free) {
        for (var entry : scopes.entrySet()) {
            if (entry.getValue() == NameScope.LOCAL && free.remove(entry.getKey())) {
                entry.setValue(NameScope.CELL);
            }
        }
    }

    // CPython: Python/symtable.c update_symbols
    private static void updateSymbols(Scope ste, Map<String, NameScope> scopes,
            Set<String> bound, Set<String> free, boolean isClass) {
        for (var entry : ste.symbols.entrySet()) {
            int scope = scopes.get(entry.getKey()).number();
            entry.setValue(entry.getValue() | (scope << SCOPE_OFFSET));
        }
        for (String name : free) {
            Integer value = ste.symbols.get(name);
            if (value != null) {
                // A method's free variable that the class body also binds: both exist.
                if (isClass && (value & (DEF_BOUND | DEF_GLOBAL)) != 0) {
                    ste.symbols.put(name, value | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            ste.symbols.put(name, NameScope.FREE.number() << SCOPE_OFFSET);
        }
    }

    // CPython: Python/symtable.c error_at_directive
    private PythonSyntaxError atDirective(Scope ste, String name, String msg) {
        for (Scope.Directive d : ste.directives) {
            if (d.name().equals(name)) {
                return SymbolTable.syntaxError(msg, filename, d.lineno(), d.colOffset(),
                        d.endLineno(), d.endColOffset());
            }
        }
        throw new IllegalStateException("no directive recorded for " + name);
    }
}
