package dev.krait.compiler;

import dev.krait.ast.Located;
import dev.krait.nodes.ExprNode;
import dev.krait.nodes.NameNodes;
import dev.krait.nodes.StmtNode;
import dev.krait.objects.PyStr;
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

    /**
     * How a name resolves in one code unit: found on the name's first mention in the unit and
     * reused for every later one, so that a name mentioned many times costs one lookup, not a
     * symbol-table lookup, a slot lookup, a {@code co_names} insertion and an interning each.
     */
    static final class Resolved {
        final Op op;
        final String mangled;
        /** The interned name, for the ops that look it up in a namespace; else null. */
        final PyStr key;
        /** The fast or cell slot, for FAST and DEREF; else -1. */
        final int slot;
        /** Whether a DEREF name is free here (a cell of an enclosing function). */
        final boolean free;

        private Resolved(Op op, String mangled, PyStr key, int slot, boolean free) {
            this.op = op;
            this.mangled = mangled;
            this.key = key;
            this.slot = slot;
            this.free = free;
        }
    }

    private static Resolved resolve(CodeUnit u, String name) {
        Resolved r = u.resolved(name);
        if (r != null) {
            return r;
        }
        String m = mangle(u, name);
        Op op = opFor(u, m);
        PyStr key = null;
        int slot = -1;
        boolean free = false;
        switch (op) {
            case GLOBAL, NAME -> {
                // co_names in order of first use, as CPython's compiler_nameop adds them
                u.addName(m);
                key = PyStr.intern(m);
            }
            case FAST -> slot = u.fastSlot(m);
            case DEREF -> {
                slot = u.cellSlot(m);
                free = u.scopeOf(m) == NameScope.FREE;
            }
        }
        r = new Resolved(op, m, key, slot, free);
        u.remember(name, r);
        return r;
    }

    static ExprNode load(CodeUnit u, String name, Located at) {
        Resolved r = resolve(u, name);
        int l = at.lineno();
        int c = at.colOffset();
        int el = at.endLineno();
        int ec = at.endColOffset();
        return switch (r.op) {
            case FAST -> new NameNodes.LoadFast(r.slot, r.mangled, l, c, el, ec);
            case DEREF -> u.kind == CodeUnit.Kind.CLASS
                    ? new NameNodes.LoadClassDeref(r.mangled, r.slot, l, c, el, ec)
                    : new NameNodes.LoadCell(r.slot, r.mangled, r.free, l, c, el, ec);
            case GLOBAL -> new NameNodes.LoadGlobal(r.key, l, c, el, ec);
            case NAME -> new NameNodes.LoadName(r.key, l, c, el, ec);
        };
    }

    static NameNodes.Target store(CodeUnit u, String name) {
        Resolved r = resolve(u, name);
        if (r.op == Op.GLOBAL || r.op == Op.NAME) {
            u.noteStore(r.op == Op.GLOBAL, r.mangled);
        }
        return switch (r.op) {
            case FAST -> new NameNodes.StoreFast(r.slot);
            case DEREF -> new NameNodes.StoreCell(r.slot);
            case GLOBAL -> new NameNodes.StoreGlobal(r.key);
            case NAME -> new NameNodes.StoreName(r.key);
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
