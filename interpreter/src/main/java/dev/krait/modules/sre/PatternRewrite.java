package dev.krait.modules.sre;

import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.runtime.ThreadState;
import java.util.ArrayList;
import java.util.List;

/**
 * The methods of {@code re.Pattern} that cut and rebuild the subject: {@code split},
 * {@code sub} and {@code subn}. A replacement that is a callable is called with each match; a
 * str or bytes without a backslash is inserted as it is; any other template is handed to
 * {@code re._subx}, which compiles it (in Python) into a callable or a literal, exactly as
 * CPython's C code does. The result is built by a {@link SubSink}.
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
        ReplacementTemplate expansion = null;
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
                expansion = ReplacementTemplate.ofFilter(filter);
            }
        }
        SreState s = SreSubject.state(self, string, 0, Long.MAX_VALUE);
        SubSink out = string instanceof PyStr text && text.isSimple()
                ? new SubSink.Text(text) : new SubSink.Pieces(string, s.isBytes);
        int n = substitute(self, s, string, filter, callable, expansion, count, out);
        self.releaseState(s);
        PyObject result = out.result();
        return subn ? PyTuple.of(result, PyInt.of(n)) : result;
    }

    /**
     * Puts into {@code out} the subject with up to {@code count} matches (0: all) replaced, and
     * answers how many were. Kept apart from {@link #subx}'s set-up so that the JIT compiles
     * this loop on its own, with the sink's calls inlined.
     */
    private static int substitute(PyPattern self, SreState s, PyObject string, PyObject filter,
            boolean callable, ReplacementTemplate expansion, long count, SubSink out) {
        int n = 0;
        int i = 0;
        // one bound to test: "count == 0 || n < count" in the loop's condition made C2 hoist a
        // predicate from its profile and recompile when it failed
        long limit = count == 0 ? Long.MAX_VALUE : count;
        while (n < limit) {
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
            if (expansion != null) {
                out.addExpansion(expansion, s);
            } else {
                PyObject item = callable ? Ops.call(filter, new PyMatch(self, s, string)) : filter;
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
        return n;
    }
}
