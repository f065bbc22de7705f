package dev.krait.nodes;

import dev.krait.objects.Attributes;
import dev.krait.objects.Containers;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code match} statement (PEP 634). Each case's pattern is a tree of matchers that test
 * the subject and fill capture slots; only when a whole pattern succeeds are the captures bound
 * to their names, then the guard decides.
 *
 * <p>CPython counterpart: Python/compile.c {@code compiler_pattern_*} and the MATCH_* opcodes
 * in Python/ceval.c ({@code match_class}, {@code match_keys}).
 */
public final class MatchNodes {
    private MatchNodes() {}

    /** A pattern: tests a subject, recording captures by slot. */
    public abstract static class Pattern extends Node {
        protected Pattern(int l, int c, int el, int ec) {
            super(l, c, el, ec);
        }

        public abstract boolean match(PyFrame f, PyObject subject, PyObject[] captures);
    }

    public static final class Case {
        final Pattern pattern;
        final NameNodes.Target[] bindings;
        final ExprNode guard;
        final StmtNode[] body;

        public Case(Pattern pattern, NameNodes.Target[] bindings, ExprNode guard,
                StmtNode[] body) {
            this.pattern = pattern;
            this.bindings = bindings;
            this.guard = guard;
            this.body = body;
        }
    }

    public static final class Match extends StmtNode {
        final ExprNode subject;
        final Case[] cases;

        public Match(ExprNode subject, Case[] cases, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.subject = subject;
            this.cases = cases;
        }

        @Override
        public int exec(PyFrame f) {
            f.lineno = line;
            PyObject s = subject.eval(f);
            for (Case c : cases) {
                if (f.trace != null && c.pattern.line != f.lineno) {
                    // each case tried is a line event, as its pattern's code is in CPython
                    dev.krait.runtime.Tracing.line(f, c.pattern.line);
                }
                PyObject[] captures = new PyObject[c.bindings.length];
                if (!c.pattern.match(f, s, captures)) {
                    continue;
                }
                for (int i = 0; i < captures.length; i++) {
                    c.bindings[i].assign(f, captures[i]);
                }
                if (c.guard != null && !Truth.test(c.guard, f)) {
                    continue;
                }
                return execBlock(c.body, f);
            }
            return NORMAL;
        }

        @Override
        void clauses(Jumps.Clauses out) {
            for (Case c : cases) {
                out.add(c.body, Jumps.Kind.PLAIN);
            }
        }
    }

    /** A literal or dotted name: {@code subject == value}. */
    public static final class Value extends Pattern {
        final ExprNode value;

        public Value(ExprNode value, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.value = value;
        }

        @Override
        public boolean match(PyFrame f, PyObject subject, PyObject[] captures) {
            PyObject v = value.eval(f);
            try {
                return Ops.eqBool(subject, v);
            } catch (PyException e) {
                throw trace(e, f);
            }
        }
    }

    /** {@code None}, {@code True}, {@code False}: compared by identity. */
    public static final class Singleton extends Pattern {
        final PyObject value;

        public Singleton(PyObject value, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.value = value;
        }

        @Override
        public boolean match(PyFrame f, PyObject subject, PyObject[] captures) {
            return subject == value;
        }
    }

    /** {@code name}, {@code _}, or {@code pattern as name}. */
    public static final class As extends Pattern {
        final Pattern pattern;
        final int slot;

        public As(Pattern pattern, int slot, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.pattern = pattern;
            this.slot = slot;
        }

        @Override
        public boolean match(PyFrame f, PyObject subject, PyObject[] captures) {
            if (pattern != null && !pattern.match(f, subject, captures)) {
                return false;
            }
            if (slot >= 0) {
                captures[slot] = subject;
            }
            return true;
        }
    }

    public static final class Or extends Pattern {
        final Pattern[] alternatives;

        public Or(Pattern[] alternatives, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.alternatives = alternatives;
        }

        @Override
        public boolean match(PyFrame f, PyObject subject, PyObject[] captures) {
            for (Pattern p : alternatives) {
                PyObject[] attempt = captures.clone();
                if (p.match(f, subject, attempt)) {
                    System.arraycopy(attempt, 0, captures, 0, captures.length);
                    return true;
                }
            }
            return false;
        }
    }

    /** Whether the subject's type has Py_TPFLAGS_SEQUENCE (CPython: MATCH_SEQUENCE). */
    static boolean isSequence(PyObject s) {
        return (s.type().collectionFlags() & PyType.SEQUENCE) != 0;
    }

    /** Whether the subject's type has Py_TPFLAGS_MAPPING (CPython: MATCH_MAPPING). */
    static boolean isMapping(PyObject s) {
        return (s.type().collectionFlags() & PyType.MAPPING) != 0;
    }

    /**
     * {@code [a, b, *rest, c]} or {@code (a, b)}: the subject's length is checked first; then
     * patterns of wildcards only look at nothing more, patterns whose star is {@code *_} take
     * their items by index (from the end for those after the star), and the others iterate
     * the subject as unpacking does. CPython: Python/compile.c compiler_pattern_sequence.
     */
    public static final class Sequence extends Pattern {
        final Pattern[] items;
        /** Index of the star pattern, or -1. */
        final int star;
        private final boolean onlyWildcards;
        private final boolean starWildcard;

        public Sequence(Pattern[] items, int star, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.items = items;
            this.star = star;
            boolean all = true;
            for (Pattern p : items) {
                all &= isWildcard(p);
            }
            this.onlyWildcards = all;
            this.starWildcard = star >= 0 && isWildcard(items[star]);
        }

        /** {@code _} or {@code *_}: matches anything and binds nothing. */
        private static boolean isWildcard(Pattern p) {
            return p instanceof As a && a.pattern == null && a.slot < 0;
        }

        @Override
        public boolean match(PyFrame f, PyObject subject, PyObject[] captures) {
            if (!isSequence(subject)) {
                return false;
            }
            int size = items.length;
            try {
                if (star < 0 ? Containers.len(subject) != size
                        : size > 1 && Containers.len(subject) < size - 1) {
                    return false;
                }
                if (onlyWildcards) {
                    return true;
                }
                if (starWildcard) {
                    return matchBySubscript(f, subject, captures);
                }
                PyObject[] values = unpack(subject);
                return matchUnpacked(f, values, captures);
            } catch (PyException e) {
                throw trace(e, f);
            }
        }

        // CPython: Python/compile.c pattern_helper_sequence_subscr
        private boolean matchBySubscript(PyFrame f, PyObject subject, PyObject[] captures) {
            int size = items.length;
            for (int i = 0; i < size; i++) {
                if (i == star || isWildcard(items[i])) {
                    continue;
                }
                // the subject may not support negative indexes: count from its length
                long index = i < star ? i : Containers.len(subject) - (size - i);
                PyObject item = Containers.getItem(subject, PyInt.of(index));
                if (!items[i].match(f, item, captures)) {
                    return false;
                }
            }
            return true;
        }

        /** UNPACK_SEQUENCE without a star, UNPACK_EX with one (CPython: unpack_iterable). */
        private PyObject[] unpack(PyObject subject) {
            int size = items.length;
            PyObject it = Iteration.iter(subject);
            if (star < 0) {
                PyObject[] values = new PyObject[size];
                for (int i = 0; i < size; i++) {
                    PyObject v = Iteration.next(it);
                    if (v == null) {
                        throw PyExceptions.valueError("not enough values to unpack (expected "
                                + size + ", got " + i + ")");
                    }
                    values[i] = v;
                }
                if (Iteration.next(it) != null) {
                    throw PyExceptions.valueError("too many values to unpack (expected " + size
                            + ")");
                }
                return values;
            }
            List<PyObject> all = new ArrayList<>();
            for (PyObject v = Iteration.next(it); v != null; v = Iteration.next(it)) {
                all.add(v);
            }
            if (all.size() < size - 1) {
                throw PyExceptions.valueError("not enough values to unpack (expected at least "
                        + (size - 1) + ", got " + all.size() + ")");
            }
            int after = size - star - 1;
            PyObject[] values = new PyObject[size];
            for (int i = 0; i < star; i++) {
                values[i] = all.get(i);
            }
            values[star] = new PyList(new ArrayList<>(all.subList(star, all.size() - after)));
            for (int i = 0; i < after; i++) {
                values[star + 1 + i] = all.get(all.size() - after + i);
            }
            return values;
        }

        private boolean matchUnpacked(PyFrame f, PyObject[] values, PyObject[] captures) {
            for (int i = 0; i < values.length; i++) {
                if (!items[i].match(f, values[i], captures)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@code {key: pattern, **rest}}. */
    public static final class Mapping extends Pattern {
        final ExprNode[] keys;
        final Pattern[] values;
        final int restSlot;

        public Mapping(ExprNode[] keys, Pattern[] values, int restSlot, int l, int c, int el,
                int ec) {
            super(l, c, el, ec);
            this.keys = keys;
            this.values = values;
            this.restSlot = restSlot;
        }

        @Override
        public boolean match(PyFrame f, PyObject subject, PyObject[] captures) {
            if (!isMapping(subject)) {
                return false;
            }
            if (keys.length == 0 && restSlot < 0) {
                return true; // {} asks nothing more (CPython: compiler_pattern_mapping)
            }
            PyObject[] keyValues = new PyObject[keys.length];
            PyObject[] found = new PyObject[keys.length];
            try {
                if (keys.length > 0 && Containers.len(subject) < keys.length) {
                    return false;
                }
                PyObject get = Attributes.getAttr(subject, "get");
                PyObject dummy = new PyList();
                List<PyObject> seenKeys = new ArrayList<>();
                for (int i = 0; i < keys.length; i++) {
                    PyObject k = keys[i].eval(f);
                    for (PyObject s : seenKeys) {
                        if (Ops.eqBool(s, k)) {
                            throw PyExceptions.valueError("mapping pattern checks duplicate key ("
                                    + Ops.repr(k) + ")");
                        }
                    }
                    seenKeys.add(k);
                    keyValues[i] = k;
                    PyObject v = Ops.call(get, k, dummy);
                    if (v == dummy) {
                        return false;
                    }
                    found[i] = v;
                }
            } catch (PyException e) {
                throw trace(e, f);
            }
            for (int i = 0; i < keys.length; i++) {
                if (!values[i].match(f, found[i], captures)) {
                    return false;
                }
            }
            if (restSlot >= 0) {
                PyDict rest = new PyDict();
                try {
                    rest.mergeFrom(subject);
                    for (PyObject k : keyValues) {
                        rest.delItem(k);
                    }
                } catch (PyException e) {
                    throw trace(e, f);
                }
                captures[restSlot] = rest;
            }
            return true;
        }
    }

    /** {@code Cls(p1, p2, attr=p3)}. CPython: Python/ceval.c match_class. */
    public static final class ClassPattern extends Pattern {
        final ExprNode cls;
        final Pattern[] positional;
        final String[] attrNames;
        final Pattern[] attrPatterns;

        public ClassPattern(ExprNode cls, Pattern[] positional, String[] attrNames,
                Pattern[] attrPatterns, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.cls = cls;
            this.positional = positional;
            this.attrNames = attrNames;
            this.attrPatterns = attrPatterns;
        }

        private static final String[] SELF_MATCHING = {"bool", "bytearray", "bytes", "dict",
            "float", "frozenset", "int", "list", "set", "str", "tuple"};

        private static boolean matchesSelf(PyType t) {
            for (PyType m : t.getMro()) {
                if (m.isBuiltin()) {
                    for (String n : SELF_MATCHING) {
                        if (m.getName().equals(n) && m.moduleName().equals("builtins")) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        @Override
        public boolean match(PyFrame f, PyObject subject, PyObject[] captures) {
            PyObject type = cls.eval(f);
            List<PyObject> subjects = new ArrayList<>();
            List<Pattern> patterns = new ArrayList<>();
            try {
                if (!(type instanceof PyType t)) {
                    throw PyExceptions.typeError("called match pattern must be a class");
                }
                if (!Ops.isInstance(subject, t)) {
                    return false;
                }
                List<String> seen = new ArrayList<>();
                if (positional.length > 0) {
                    PyObject matchArgs = Attributes.lookupAttrOrNull(t, "__match_args__");
                    boolean self = false;
                    List<PyObject> names;
                    if (matchArgs == null) {
                        names = List.of();
                        self = matchesSelf(t);
                    } else if (matchArgs instanceof PyTuple tup) {
                        names = List.of(tup.items());
                    } else {
                        throw PyExceptions.typeError(t.getName()
                                + ".__match_args__ must be a tuple (got "
                                + matchArgs.type().getName() + ")");
                    }
                    int allowed = self ? 1 : names.size();
                    if (positional.length > allowed) {
                        throw PyExceptions.typeError(t.getName() + "() accepts " + allowed
                                + " positional sub-pattern" + (allowed == 1 ? "" : "s") + " ("
                                + positional.length + " given)");
                    }
                    if (self) {
                        subjects.add(subject);
                        patterns.add(positional[0]);
                    } else {
                        for (int i = 0; i < positional.length; i++) {
                            PyObject n = names.get(i);
                            if (!(n instanceof PyStr name)) {
                                throw PyExceptions.typeError("__match_args__ elements must be "
                                        + "strings (got " + n.type().getName() + ")");
                            }
                            if (seen.contains(name.value())) {
                                throw PyExceptions.typeError(t.getName() + "() got multiple "
                                        + "sub-patterns for attribute " + Ops.repr(name));
                            }
                            seen.add(name.value());
                            PyObject v = Attributes.lookupAttrOrNull(subject, name.value());
                            if (v == null) {
                                return false;
                            }
                            subjects.add(v);
                            patterns.add(positional[i]);
                        }
                    }
                }
                for (int i = 0; i < attrNames.length; i++) {
                    if (seen.contains(attrNames[i])) {
                        throw PyExceptions.typeError(t.getName() + "() got multiple sub-patterns "
                                + "for attribute '" + attrNames[i] + "'");
                    }
                    seen.add(attrNames[i]);
                    PyObject v = Attributes.lookupAttrOrNull(subject, attrNames[i]);
                    if (v == null) {
                        return false;
                    }
                    subjects.add(v);
                    patterns.add(attrPatterns[i]);
                }
            } catch (PyException e) {
                throw trace(e, f);
            }
            for (int i = 0; i < subjects.size(); i++) {
                if (!patterns.get(i).match(f, subjects.get(i), captures)) {
                    return false;
                }
            }
            return true;
        }
    }

}
