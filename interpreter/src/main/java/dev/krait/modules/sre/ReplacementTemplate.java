package dev.krait.modules.sre;

import dev.krait.objects.Attributes;
import dev.krait.objects.BytesMethods;
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
import java.util.Arrays;

/**
 * A replacement template as re._parser.parse_template gives it: literal pieces, some of
 * which are slots for groups. {@link #expand} does what re._parser.expand_template does
 * for one match, reading the groups from the engine's state, so that {@link PatternRewrite}'s
 * sub needs no Python call per match for the filter re._subx gives.
 */
// CPython: Lib/re/_parser.py expand_template
final class ReplacementTemplate {
    /** The literal index of each slot, and the group that fills it. */
    final int[] slots;
    final int[] groups;
    /** The literal pieces (str or bytes); null at a slot. */
    final PyObject[] literals;
    /** Whether every piece is a str with no surrogate unit (then Java strings concatenate). */
    final boolean plainText;

    private ReplacementTemplate(int[] slots, int[] groups, PyObject[] literals,
            boolean plainText) {
        this.slots = slots;
        this.groups = groups;
        this.literals = literals;
        this.plainText = plainText;
    }

    /** The template re._subx's {@code filter} expands, or null for another callable. */
    static ReplacementTemplate ofFilter(PyObject filter) {
        if (!(filter instanceof PyFunction f)
                || !"_subx.<locals>.filter".equals(f.qualname)
                || !(Attributes.getAttr(f, "__defaults__") instanceof PyTuple defaults)
                || defaults.size() != 1) {
            return null;
        }
        return of(defaults.get(0));
    }

    /** The template {@code (groups, literals)}, or null if it is not of the usual shape. */
    static ReplacementTemplate of(PyObject parsed) {
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
        return new ReplacementTemplate(slots, groups, literals, plainText);
    }

    /**
     * Appends the replacement for the match the state holds to {@code out}: for a
     * {@link #plainText} template over a str without surrogate units.
     */
    void expandInto(SreState s, String subject, SubSink.Text out) {
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

    private void appendGroup(SreState s, int group, int slot, String subject, SubSink.Text out) {
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
