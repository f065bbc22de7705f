package dev.krait.modules.sre;

import dev.krait.objects.BytesMethods;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyList;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.StrMethods;
import java.util.ArrayList;
import java.util.List;

/**
 * Where {@code sub} puts its result as it goes: the pieces of the subject between matches and
 * the replacements, joined at the end as CPython's {@code pattern_subx} joins its list. The
 * one loop in {@link PatternRewrite} feeds either sink; there are only these two, so its calls
 * stay bimorphic.
 */
// CPython: Modules/_sre/sre.c pattern_subx
sealed interface SubSink {
    /** Adds the subject's piece {@code [start, end)}. */
    void addRange(int start, int end);

    /** Adds a replacement item (not None: sub leaves those out). */
    void add(PyObject item);

    /** Adds the replacement {@code template} gives for the match the state holds. */
    void addExpansion(ReplacementTemplate template, SreState s);

    /** The joined result: what {@code "".join(pieces)} (or {@code b""}) would answer. */
    PyObject result();

    /**
     * The sink for any subject: the pieces kept in a list, joined at the end by str or bytes
     * join (which raise the TypeError for an item of the wrong type).
     */
    final class Pieces implements SubSink {
        private final PyObject subject;
        private final boolean isBytes;
        private final List<PyObject> list = new ArrayList<>();

        Pieces(PyObject subject, boolean isBytes) {
            this.subject = subject;
            this.isBytes = isBytes;
        }

        @Override
        public void addRange(int start, int end) {
            list.add(SreSubject.slice(subject, start, end));
        }

        @Override
        public void add(PyObject item) {
            list.add(item);
        }

        @Override
        public void addExpansion(ReplacementTemplate template, SreState s) {
            list.add(template.expand(s, subject));
        }

        @Override
        public PyObject result() {
            PyObject joiner = SreSubject.slice(subject, 0, 0);
            if (list.isEmpty()) {
                return joiner;
            }
            if (list.size() == 1
                    && list.get(0).type() == (isBytes ? PyBytes.TYPE : PyStr.TYPE)) {
                // as CPython's join answers a lone exact str or bytes: itself, not a copy
                return list.get(0);
            }
            if (isBytes) {
                return BytesMethods.join(joiner, new PyList(list));
            }
            return StrMethods.join((PyStr) joiner, new PyList(list));
        }
    }

    /**
     * The sink for a str without surrogate units: the text between matches and the
     * replacements are appended to one builder as they come, rather than kept as a list of
     * strs to join at the end (which held a str per piece alive through the whole run). What
     * the join would answer is kept: a lone exact str piece is the result itself, and an item
     * that is not a str makes the same TypeError, raised at the end. A replacement holding
     * surrogate units cannot be appended to a Java string (a lone high one could pair with a
     * low one after it): from there on the pieces are kept as strs and joined by code points.
     */
    // CPython: Objects/unicodeobject.c _PyUnicode_JoinArray
    final class Text implements SubSink {
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

        Text(PyStr subject) {
            this.subject = subject;
        }

        @Override
        public void addRange(int start, int end) {
            if (count++ == 0) {
                firstStart = start;
                firstEnd = end;
            }
            if (strs != null) {
                strs.add(subject.substring(start, end));
            } else {
                text.append(subject.value(), start, end);
            }
        }

        /** Adds a piece of a surrogate-free template: a literal or a group of the subject. */
        void append(String piece) {
            if (count++ == 0) {
                first = PyStr.ofNoSurrogates(piece);
            }
            if (strs != null) {
                strs.add(PyStr.ofNoSurrogates(piece));
            } else {
                text.append(piece);
            }
        }

        @Override
        public void add(PyObject item) {
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

        @Override
        public void addExpansion(ReplacementTemplate template, SreState s) {
            if (template.plainText) {
                // the groups are appended from the subject directly: no str per piece
                template.expandInto(s, subject.value(), this);
            } else {
                add(template.expand(s, subject));
            }
        }

        @Override
        public PyObject result() {
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
}
