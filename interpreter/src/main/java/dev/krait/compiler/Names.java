package dev.krait.compiler;

import dev.krait.ast.Located;
import dev.krait.nodes.ExprNode;
import dev.krait.nodes.NameNodes;
import dev.krait.nodes.StmtNode;
import dev.krait.symtable.Mangling;
import dev.krait.symtable.NameScope;

/**
 * Resolves a name in a code unit to the node that loads, stores or deletes it, following CPython's
 * {@code compiler_nameop}: fast slots in functions, cells for shared variables, globals for
 * declared or implicit globals in functions, and the namespace mapping in module and class
 * bodies.
 */
final class Names {
    private Names() {}

    private enum Op { FAST, DEREF, GLOBAL, NAME }

    private static Op opFor(CodeUnit u, String mangled) {
        NameScope scope = u.scopeOf(mangled);
        if (scope == null) {
            return u.isFunction() ? Op.GLOBAL : Op.NAME;
        }
        return switch (scope) {
            case FREE, CELL -> Op.DEREF;
            case LOCAL -> u.isFunction() ? Op.FAST : Op.NAME;
            case GLOBAL_IMPLICIT -> u.isFunction() ? Op.GLOBAL : Op.NAME;
            case GLOBAL_EXPLICIT -> Op.GLOBAL;
        };
    }

    static String mangle(CodeUnit u, String name) {
        return u.privateName == null ? name : Mangling.mangle(u.privateName, name);
    }

    static ExprNode load(CodeUnit u, String name, Located at) {
        String m = mangle(u, name);
        int l = at.lineno();
        int c = at.colOffset();
        int el = at.endLineno();
        int ec = at.endColOffset();
        Op op = opFor(u, m);
        if (op == Op.GLOBAL || op == Op.NAME) {
            u.addName(m);
        }
        return switch (op) {
            case FAST -> new NameNodes.LoadFast(u.fastSlot(m), m, l, c, el, ec);
            case DEREF -> u.kind == CodeUnit.Kind.CLASS
                    ? new NameNodes.LoadClassDeref(m, u.cellSlot(m), l, c, el, ec)
                    : new NameNodes.LoadCell(u.cellSlot(m), m,
                            u.scopeOf(m) == NameScope.FREE, l, c, el, ec);
            case GLOBAL -> new NameNodes.LoadGlobal(m, l, c, el, ec);
            case NAME -> new NameNodes.LoadName(m, l, c, el, ec);
        };
    }

    static NameNodes.Target store(CodeUnit u, String name) {
        String m = mangle(u, name);
        Op op = opFor(u, m);
        if (op == Op.GLOBAL || op == Op.NAME) {
            u.addName(m);
        }
        return switch (op) {
            case FAST -> new NameNodes.StoreFast(u.fastSlot(m));
            case DEREF -> new NameNodes.StoreCell(u.cellSlot(m));
            case GLOBAL -> new NameNodes.StoreGlobal(m);
            case NAME -> new NameNodes.StoreName(m);
        };
    }

    static StmtNode delete(CodeUnit u, String name, Located at) {
        String m = mangle(u, name);
        int l = at.lineno();
        int c = at.colOffset();
        int el = at.endLineno();
        int ec = at.endColOffset();
        Op op = opFor(u, m);
        if (op == Op.GLOBAL || op == Op.NAME) {
            u.addName(m);
        }
        return switch (op) {
            case FAST -> new NameNodes.Delete(0, u.fastSlot(m), m, false, l, c, el, ec);
            case DEREF -> new NameNodes.Delete(1, u.cellSlot(m), m,
                    u.scopeOf(m) == NameScope.FREE, l, c, el, ec);
            case GLOBAL -> new NameNodes.Delete(2, -1, m, false, l, c, el, ec);
            case NAME -> new NameNodes.Delete(3, -1, m, false, l, c, el, ec);
        };
    }
}
