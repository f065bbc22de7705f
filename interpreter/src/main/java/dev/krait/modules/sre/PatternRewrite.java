package dev.krait.modules.sre;

import dev.krait.objects.Attributes;
import dev.krait.objects.BytesMethods;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFunction;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.StrMethods;
import dev.krait.runtime.ThreadState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The methods of {@code re.Pattern} that cut and rebuild the subject: {@code split},
 * {@code sub} and {@code subn}. A replacement that is a callable is called with each match; a
 * str or bytes without a backslash is inserted as it is; any other template is handed to
 * {@code re._subx}, which compiles it (in Python) into a callable or a literal, exactly as
 * CPython's C code does.
 *
 * <p>CPython counterpart: Modules/_sre/sre.c {@code _sre_SRE_Pattern_split_impl},
 * {@code pattern_subx}.
 */
public final class PatternRewrite {
    private PatternRewrite() {}

    // CPython: Modules/_sre/sre.c _sre_SRE_Pattern_split_impl
    @Exposed("split($self, /, string, maxsplit=0)")
    public static PyObject split(PyPattern self, PyObject string, PyObject maxsplitArg) {
        long maxsplit = SreSubject.ssize(maxsplitArg, 0);
        SreState s = SreSubject.state(self, string, 0, Long.MAX_VALUE);
        List<PyObject> list = new ArrayList<>();
        int n = 0;
        int last = s.start;
        while (maxsplit == 0 || n < maxsplit) {
            s.reset();
            s.ptr = s.start;
            if (!self.run(s, true)) {
                break;
            }
            list.add(SreSubject.slice(string, last, s.start));
            for (int i = 0; i < self.groups; i++) {
                list.add(PyPattern.stateGroup(s, i + 1, string, false));
            }
            n++;
            s.mustAdvance = s.ptr == s.start;
            last = s.start = s.ptr;
        }
        list.add(SreSubject.slice(string, last, s.endpos));
        self.releaseState(s);
        return new PyList(list);
    }

    @Exposed("sub($self, /, repl, string, count=0)")
    public static PyObject sub(PyPattern self, PyObject repl, PyObject string, PyObject count) {
        return subx(self, repl, string, SreSubject.ssize(count, 0), false);
    }

    @Exposed("subn($self, /, repl, string, count=0)")
    public static PyObject subn(PyPattern self, PyObject repl, PyObject string,
            PyObject count) {
        return subx(self, repl, string, SreSubject.ssize(count, 0), true);
    }

    /** Whether a str or bytes-like template has no backslash (false for other objects). */
    private static boolean isLiteral(PyObject template) {
        if (template instanceof PyStr t) {
            return t.value().indexOf('\\') < 0;
        }
        try {
            SreSubject.isBytes(template);
        } catch (RuntimeException notText) {
            return false;
        }
        for (byte b : SreSubject.bytesOf(template)) {
            if (b == '\\') {
                return false;
            }
        }
        return true;
    }

    // CPython: Modules/_sre/sre.c pattern_subx
    private static PyObject subx(PyPattern self, PyObject template, PyObject string, long count,
            boolean subn) {
        PyObject filter;
        boolean callable;
        Expansion expansion = null;
        if (Ops.isCallable(template)) {
            filter = template;
            callable = true;
        } else if (isLiteral(template)) {
            filter = template;
            callable = false;
        } else {
            // not a literal: re._subx compiles the template (its warnings and errors name
            // the caller of sub, as in CPython); when it gives its usual filter, the parsed
            // template that filter holds is expanded here, rather than by a Python call per
            // match
            PyObject re = ThreadState.current().interpreter.importer().importModule("re");
            filter = Ops.call(Attributes.getAttr(re, "_subx"), self, template);
            callable = Ops.isCallable(filter);
            if (callable) {
                expansion = Expansion.ofFilter(filter);
            }
        }
        SreState s = SreSubject.state(self, string, 0, Long.MAX_VALUE);
        if (string instanceof PyStr text && text.isSimple()) {
            return subText(self, s, text, filter, callable, expansion, count, subn);
        }
        List<PyObject> list = new ArrayList<>();
        int n = 0;
        int i = 0;
        while (count == 0 || n < count) {
            s.reset();
            s.ptr = s.start;
            if (!self.run(s, true)) {
                break;
            }
            int b = s.start;
            int e = s.ptr;
            if (i < b) {
                list.add(SreSubject.slice(string, i, b));
            }
            PyObject item = expansion != null ? expansion.expand(s, string)
                    : callable ? Ops.call(filter, new PyMatch(self, s, string)) : filter;
            if (item != PyNone.NONE) {
                list.add(item);
            }
            i = e;
            n++;
            s.mustAdvance = s.ptr == s.start;
            s.start = s.ptr;
        }
        if (i < s.endpos) {
            list.add(SreSubject.slice(string, i, s.endpos));
        }
        boolean isBytes = s.isBytes;
        self.releaseState(s);
        PyObject joiner = SreSubject.slice(string, 0, 0);
        PyObject result;
        if (list.isEmpty()) {
            result = joiner;
        } else if (list.size() == 1
                && list.get(0).type() == (isBytes ? PyBytes.TYPE : PyStr.TYPE)) {
            // as CPython's join answers a lone exact str or bytes: itself, not a copy
            result = list.get(0);
        } else if (isBytes) {
            result = BytesMethods.join(joiner, new PyList(list));
        } else {
            result = StrMethods.join((PyStr) joiner, new PyList(list));
        }
        return subn ? PyTuple.of(result, PyInt.of(n)) : result;
    }

    /**
     * {@link #subx} over a str without surrogate units: the text between matches and the
     * replacements are appended to one builder as they come, rather than kept as a list of
     * strs to join at the end (which held a str per piece alive through the whole run).
     */
    private static PyObject subText(PyPattern self, SreState s, PyStr string, PyObject filter,
            boolean callable, Expansion expansion, long count, boolean subn) {
        String subject = string.value();
        TextJoin out = new TextJoin(string);
        boolean expandHere = expansion != null && expansion.plainText;
        int n = 0;
        int i = 0;
        while (count == 0 || n < count) {
            s.reset();
            s.ptr = s.start;
            if (!self.run(s, true)) {
                break;
            }
            int b = s.start;
            int e = s.ptr;
            if (i < b) {
                out.addRange(i, b);
            }
            if (expandHere) {
                expansion.expandInto(s, subject, out);
            } else {
                PyObject item = expansion != null ? expansion.expand(s, string)
                        : callable ? Ops.call(filter, new PyMatch(self, s, string)) : filter;
                if (item != PyNone.NONE) {
                    out.add(item);
                }
            }
            i = e;
            n++;
            s.mustAdvance = s.ptr == s.start;
            s.start = s.ptr;
        }
        if (i < s.endpos) {
            out.addRange(i, s.endpos);
        }
        self.releaseState(s);
        PyObject result = out.result();
        return subn ? PyTuple.of(result, PyInt.of(n)) : result;
    }

    /**
     * The result of {@code sub} over a str without surrogate units, built as CPython's
     * {@code pattern_subx} builds its list and joins it: pieces of the subject (given as
     * ranges, so that no str is made for them) and replacement items. What the join would
     * answer is kept: a lone exact str piece is the result itself, and an item that is not a
     * str makes the same TypeError, raised at the end. A replacement holding surrogate units
     * cannot be appended to a Java string (a lone high one could pair with a low one after
     * it): from there on the pieces are kept as strs and joined by code points.
     */
    // CPython: Modules/_sre/sre.c pattern_subx, Objects/unicodeobject.c _PyUnicode_JoinArray
    private static final class TextJoin {
        private final PyStr subject;
        private final StringBuilder text = new StringBuilder();
        /** The pieces from the first one with surrogates on, or null. */
        private List<PyObject> strs;
        /** The number of pieces so far (the join's item index). */
        private int count;
        /** The lone piece: a str item, or null for the subject range [firstStart, firstEnd). */
        private PyObject first;
        private int firstStart;
        private int firstEnd;
        /** The first item that is not a str, and its index, for the join's TypeError. */
        private PyObject notStr;
        private int notStrIndex;

        TextJoin(PyStr subject) {
            this.subject = subject;
        }

        void addRange(int i, int j) {
            if (count++ == 0) {
                firstStart = i;
                firstEnd = j;
            }
            if (strs != null) {
                strs.add(subject.substring(i, j));
            } else {
                text.append(subject.value(), i, j);
            }
        }

        void append(String piece) {
            // a literal or a group of a surrogate-free template: never surrogates
            if (count++ == 0) {
                first = PyStr.ofNoSurrogates(piece);
            }
            if (strs != null) {
                strs.add(PyStr.ofNoSurrogates(piece));
            } else {
                text.append(piece);
            }
        }

        void add(PyObject item) {
            int index = count++;
            if (index == 0) {
                first = item;
            }
            if (!(item instanceof PyStr str)) {
                if (notStr == null) {
                    notStr = item;
                    notStrIndex = index;
                }
                return;
            }
            if (strs == null && !str.isSimple()) {
                strs = new ArrayList<>();
                strs.add(PyStr.ofNoSurrogates(text.toString()));
                text.setLength(0);
            }
            if (strs != null) {
                strs.add(str);
            } else {
                text.append(str.value());
            }
        }

        PyObject result() {
            if (notStr != null) {
                throw PyExceptions.typeError("sequence item " + notStrIndex
                        + ": expected str instance, " + notStr.type().getName() + " found");
            }
            if (count == 0) {
                return SreSubject.slice(subject, 0, 0);
            }
            if (count == 1) {
                if (first == null) {
                    return SreSubject.slice(subject, firstStart, firstEnd);
                }
                if (first.type() == PyStr.TYPE) {
                    return first;
                }
            }
            if (strs != null) {
                return StrMethods.join((PyStr) SreSubject.slice(subject, 0, 0), new PyList(strs));
            }
            return PyStr.ofNoSurrogates(text.toString());
        }
    }

    /**
     * A replacement template as re._parser.parse_template gives it: literal pieces, some of
     * which are slots for groups. {@link #expand} does what re._parser.expand_template does
     * for one match, reading the groups from the engine's state.
     */
    // CPython: Lib/re/_parser.py expand_template
    private static final class Expansion {
        /** The literal index of each slot, and the group that fills it. */
        final int[] slots;
        final int[] groups;
        /** The literal pieces (str or bytes); null at a slot. */
        final PyObject[] literals;
        /** Whether every piece is a str with no surrogate unit (then Java strings concatenate). */
        final boolean plainText;

        private Expansion(int[] slots, int[] groups, PyObject[] literals, boolean plainText) {
            this.slots = slots;
            this.groups = groups;
            this.literals = literals;
            this.plainText = plainText;
        }

        /** The template re._subx's {@code filter} expands, or null for another callable. */
        static Expansion ofFilter(PyObject filter) {
            if (!(filter instanceof PyFunction f)
                    || !"_subx.<locals>.filter".equals(f.qualname)
                    || !(Attributes.getAttr(f, "__defaults__") instanceof PyTuple defaults)
                    || defaults.size() != 1) {
                return null;
            }
            return of(defaults.get(0));
        }

        /** The template {@code (groups, literals)}, or null if it is not of the usual shape. */
        static Expansion of(PyObject parsed) {
            if (!(parsed instanceof PyTuple t) || t.size() != 2
                    || !(t.get(0) instanceof PyList g) || !(t.get(1) instanceof PyList l)) {
                return null;
            }
            int n = g.size();
            int[] slots = new int[n];
            int[] groups = new int[n];
            PyObject[] literals = l.items.toArray(new PyObject[0]);
            for (int k = 0; k < n; k++) {
                if (!(g.items.get(k) instanceof PyTuple pair) || pair.size() != 2
                        || !(pair.get(0) instanceof PyInt index) || !index.isSmall()
                        || !(pair.get(1) instanceof PyInt group) || !group.isSmall()) {
                    return null;
                }
                long i = index.longValue();
                if (i < 0 || i >= literals.length || group.longValue() < 0
                        || group.longValue() > Integer.MAX_VALUE) {
                    return null;
                }
                slots[k] = (int) i;
                groups[k] = (int) group.longValue();
            }
            boolean plainText = true;
            for (PyObject piece : literals) {
                if (piece == PyNone.NONE) {
                    continue;
                }
                if (piece instanceof PyStr str) {
                    plainText &= str.isSimple();
                } else if (!(piece instanceof PyBytes)) {
                    return null;
                } else {
                    plainText = false;
                }
            }
            return new Expansion(slots, groups, literals, plainText);
        }

        /**
         * Appends the replacement for the match the state holds to {@code out}: for a
         * {@link #plainText} template over a str without surrogate units.
         */
        void expandInto(SreState s, String subject, TextJoin out) {
            int slot = 0;
            for (int k = 0; k < literals.length; k++) {
                if (slot < slots.length && slots[slot] == k) {
                    // a slot may be named twice; the last group given for it wins, as in
                    // expand_template's assignments
                    int group = -1;
                    while (slot < slots.length && slots[slot] == k) {
                        group = groups[slot++];
                    }
                    appendGroup(s, group, k, subject, out);
                } else if (literals[k] != PyNone.NONE) {
                    out.append(((PyStr) literals[k]).value());
                }
            }
        }

        private void appendGroup(SreState s, int group, int slot, String subject, TextJoin out) {
            if (group == 0) {
                out.append(subject.substring(s.start, s.ptr));
            } else if (group <= s.mark.length / 2 - 1) {
                if (s.groupSet(group)) {
                    int i = (group - 1) * 2;
                    if (s.mark[i] > s.mark[i + 1]) {
                        // CPython: Modules/_sre/sre.c state_getslice "check wrong span"
                        throw PyExceptions.systemError("The span of capturing group is wrong,"
                                + " please report a bug for the re module.");
                    }
                    out.append(subject.substring(s.mark[i], s.mark[i + 1]));
                } else {
                    out.append("");
                }
            } else {
                throw invalidGroup(slot);
            }
        }

        /** expand_template's error when {@code match.group()} raised IndexError. */
        private static RuntimeException invalidGroup(int slot) {
            PyObject re = ThreadState.current().interpreter.importer().importModule("re");
            PyObject error = Ops.call(Attributes.getAttr(re, "error"),
                    PyStr.of("invalid group reference " + slot));
            return ((PyBaseException) error).raise();
        }

        /** The replacement for the match the state holds. */
        PyObject expand(SreState s, PyObject string) {
            PyObject[] pieces = literals.clone();
            for (int k = 0; k < slots.length; k++) {
                int group = groups[k];
                PyObject text;
                if (group == 0) {
                    text = SreSubject.slice(string, s.start, s.ptr);
                } else if (group <= s.mark.length / 2 - 1) {
                    text = PyPattern.stateGroup(s, group, string, true);
                } else {
                    throw invalidGroup(slots[k]);
                }
                pieces[slots[k]] = text;
            }
            PyObject empty = SreSubject.slice(string, 0, 0);
            if (plainText && string instanceof PyStr subject && subject.isSimple()) {
                StringBuilder sb = new StringBuilder();
                for (PyObject piece : pieces) {
                    sb.append(((PyStr) piece).value());
                }
                return PyStr.of(sb.toString());
            }
            if (empty instanceof PyStr e) {
                return StrMethods.join(e, new PyList(Arrays.asList(pieces)));
            }
            return BytesMethods.join(empty, new PyList(Arrays.asList(pieces)));
        }
    }
}
