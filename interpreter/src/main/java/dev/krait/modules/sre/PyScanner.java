package dev.krait.modules.sre;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;

/**
 * {@code _sre.SRE_Scanner}: successive matches over one subject, each starting where the last
 * ended (an empty match forces the next one to advance). {@code Pattern.finditer} iterates its
 * {@code search} method.
 *
 * <p>CPython counterpart: Modules/_sre/sre.c {@code ScannerObject},
 * {@code _sre_SRE_Scanner_match_impl}, {@code _sre_SRE_Scanner_search_impl}.
 */
public final class PyScanner extends PyObject {
    public static final PyType TYPE =
            PyType.builtinFinal("SRE_Scanner", PyScanner.class, null).withModule("_sre");

    private final PyPattern pattern;
    private final SreState state;
    private final PyObject string;
    /** False once a run found nothing: every later call answers None. */
    private boolean more = true;
    private boolean executing;

    PyScanner(PyPattern pattern, SreState state, PyObject string) {
        super(TYPE);
        this.pattern = pattern;
        this.state = state;
        this.string = string;
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        throw PyExceptions.typeError("cannot create '_sre.SRE_Scanner' instances");
    }

    @Exposed("match($self, /)")
    public PyObject match() {
        return next(false);
    }

    @Exposed("search($self, /)")
    public PyObject search() {
        return next(true);
    }

    private PyObject next(boolean search) {
        if (executing) {
            throw PyExceptions.valueError("regular expression scanner already executing");
        }
        if (!more) {
            return PyNone.NONE;
        }
        executing = true;
        try {
            SreState s = state;
            s.reset();
            s.ptr = s.start;
            boolean found = pattern.run(s, search);
            PyObject result = pattern.newMatch(s, string, found);
            if (!found) {
                more = false;
            } else {
                s.mustAdvance = s.ptr == s.start;
                s.start = s.ptr;
            }
            return result;
        } finally {
            executing = false;
        }
    }

    @Exposed.Getter("pattern")
    public PyObject getPattern() {
        return pattern;
    }
}
