package dev.krait.modules.sre;

import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyCallIterator;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyGenericAlias;
import dev.krait.objects.PyList;
import dev.krait.objects.PyMappingProxy;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyNotImplemented;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.objects.Attributes;
import dev.krait.objects.Weakrefable;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code re.Pattern}: a compiled regular expression, holding the code re/_compiler.py produced,
 * with the methods that run it ({@code match}, {@code search}, {@code findall}, ...). The
 * replacing methods ({@code sub}, {@code subn}) and {@code split} live in
 * {@link PatternRewrite}.
 *
 * <p>CPython counterpart: Modules/_sre/sre.c {@code PatternObject} and its methods.
 */
public final class PyPattern extends PyObject implements Weakrefable {
    public static final PyType TYPE =
            PyType.builtinFinal("Pattern", PyPattern.class, null, PatternRewrite.class)
                    .withModule("re");

    /** The source pattern: a str, a bytes-like object, or None. */
    final PyObject pattern;
    final int flags;
    /** The code re/_compiler.py wrote (compared and hashed). */
    final int[] code;
    /** The code the engine runs: {@link #code} with shortcuts (see {@link SreFirstChars}). */
    final int[] program;
    final int groups;
    /** Group names to numbers, or null when the pattern has no named group. */
    final PyDict groupindex;
    /** Group numbers to names, or null. */
    final PyTuple indexgroup;
    /** 1 for a bytes pattern, 0 for a str one, -1 when the pattern is None. */
    final int isBytes;

    /** A state kept for the next run (null while one is in use), claimed atomically. */
    private SreState spare;

    private static final VarHandle SPARE;

    static {
        try {
            SPARE = MethodHandles.lookup().findVarHandle(PyPattern.class, "spare",
                    SreState.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The code's sets answered for characters below 256. */
    final SreCharset.Tables sets;

    PyPattern(PyObject pattern, int flags, int[] code, int[] program, int groups,
            PyDict groupindex, PyTuple indexgroup, int isBytes, SreCharset.Tables sets) {
        super(TYPE);
        this.sets = sets;
        this.pattern = pattern;
        this.flags = flags;
        this.code = code;
        this.program = program;
        this.groups = groups;
        this.groupindex = groupindex;
        this.indexgroup = indexgroup;
        this.isBytes = isBytes;
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        throw PyExceptions.typeError("cannot create 're.Pattern' instances");
    }

    /**
     * A state for one run: the kept one if no other run (another thread, or a callback of
     * {@code sub} using this pattern) holds it, else a new one.
     */
    SreState claimState() {
        SreState s = (SreState) SPARE.getAndSet(this, (SreState) null);
        return s != null ? s : new SreState(groups, sets);
    }

    /** Gives a finished run's state back for reuse; its stacks stay, its subject goes. */
    void releaseState(SreState s) {
        if (s.data.length > 4096 || s.contexts.length > 1024) {
            // a catastrophic pattern grew the stacks: let them go
            return;
        }
        s.forget();
        SPARE.setRelease(this, s);
    }

    /** The match object for a finished run, or None. */
    // CPython: Modules/_sre/sre.c pattern_new_match
    PyObject newMatch(SreState s, PyObject string, boolean matched) {
        return matched ? new PyMatch(this, s, string) : PyNone.NONE;
    }

    // CPython: Modules/_sre/sre.c _sre_SRE_Pattern_match_impl
    @Exposed("match($self, /, string, pos=0, endpos=sys.maxsize)")
    public PyObject match(PyObject string, PyObject pos, PyObject endpos) {
        SreState s = SreSubject.state(this, string, SreSubject.ssize(pos, 0),
                SreSubject.ssize(endpos, Long.MAX_VALUE));
        PyObject result = newMatch(s, string, run(s, false));
        releaseState(s);
        return result;
    }

    // CPython: Modules/_sre/sre.c _sre_SRE_Pattern_fullmatch_impl
    @Exposed("fullmatch($self, /, string, pos=0, endpos=sys.maxsize)")
    public PyObject fullmatch(PyObject string, PyObject pos, PyObject endpos) {
        SreState s = SreSubject.state(this, string, SreSubject.ssize(pos, 0),
                SreSubject.ssize(endpos, Long.MAX_VALUE));
        s.matchAll = true;
        PyObject result = newMatch(s, string, run(s, false));
        releaseState(s);
        return result;
    }

    // CPython: Modules/_sre/sre.c _sre_SRE_Pattern_search_impl
    @Exposed("search($self, /, string, pos=0, endpos=sys.maxsize)")
    public PyObject search(PyObject string, PyObject pos, PyObject endpos) {
        SreState s = SreSubject.state(this, string, SreSubject.ssize(pos, 0),
                SreSubject.ssize(endpos, Long.MAX_VALUE));
        PyObject result = newMatch(s, string, run(s, true));
        releaseState(s);
        return result;
    }

    /**
     * Runs the code once (a search, or a match at {@code s.start}). Code that is not what
     * re/_compiler.py writes may index outside itself; that is CPython's "internal error".
     */
    boolean run(SreState s, boolean search) {
        try {
            return search ? SreSearch.search(s, program) : SreSearch.match(s, program);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw SreMatcher.internalError();
        } catch (OutOfMemoryError e) {
            s.reset();
            throw PyExceptions.of(PyExceptions.MemoryError, "");
        }
    }

    /** {@code state_getslice}: group {@code index} of a finished run, "" or None if unset. */
    // CPython: Modules/_sre/sre.c state_getslice
    static PyObject stateGroup(SreState s, int index, PyObject string, boolean empty) {
        if (!s.groupSet(index)) {
            return empty ? SreSubject.slice(string, 0, 0) : PyNone.NONE;
        }
        int i = (index - 1) * 2;
        if (s.mark[i] > s.mark[i + 1]) {
            // CPython: Modules/_sre/sre.c state_getslice "check wrong span"
            throw PyExceptions.systemError("The span of capturing group is wrong,"
                    + " please report a bug for the re module.");
        }
        return SreSubject.slice(string, s.mark[i], s.mark[i + 1]);
    }

    // CPython: Modules/_sre/sre.c _sre_SRE_Pattern_findall_impl
    @Exposed("findall($self, /, string, pos=0, endpos=sys.maxsize)")
    public PyObject findall(PyObject string, PyObject pos, PyObject endpos) {
        SreState s = SreSubject.state(this, string, SreSubject.ssize(pos, 0),
                SreSubject.ssize(endpos, Long.MAX_VALUE));
        List<PyObject> list = new ArrayList<>();
        while (s.start <= s.end) {
            s.reset();
            s.ptr = s.start;
            if (!run(s, true)) {
                break;
            }
            PyObject item;
            if (groups == 0) {
                item = SreSubject.slice(string, s.start, s.ptr);
            } else if (groups == 1) {
                item = stateGroup(s, 1, string, true);
            } else {
                PyObject[] items = new PyObject[groups];
                for (int i = 0; i < groups; i++) {
                    items[i] = stateGroup(s, i + 1, string, true);
                }
                item = new PyTuple(items);
            }
            list.add(item);
            s.mustAdvance = s.ptr == s.start;
            s.start = s.ptr;
        }
        releaseState(s);
        return new PyList(list);
    }

    // CPython: Modules/_sre/sre.c _sre_SRE_Pattern_finditer_impl
    @Exposed("finditer($self, /, string, pos=0, endpos=sys.maxsize)")
    public PyObject finditer(PyObject string, PyObject pos, PyObject endpos) {
        PyObject scanner = scanner(string, pos, endpos);
        PyObject search = Attributes.getAttr(scanner, "search");
        return new PyCallIterator(search, PyNone.NONE);
    }

    @Exposed("scanner($self, /, string, pos=0, endpos=sys.maxsize)")
    public PyObject scanner(PyObject string, PyObject pos, PyObject endpos) {
        SreState s = SreSubject.state(this, string, SreSubject.ssize(pos, 0),
                SreSubject.ssize(endpos, Long.MAX_VALUE));
        // the scanner keeps its state: the pattern's spare is not given back
        return new PyScanner(this, s, string);
    }

    @Exposed("__copy__($self, /)")
    public PyObject __copy__() {
        return this;
    }

    @Exposed("__deepcopy__($self, memo, /)")
    public PyObject __deepcopy__(PyObject memo) {
        return this;
    }

    @Exposed(value = "__class_getitem__($type, item, /)", kind = Exposed.Kind.CLASS)
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return PyGenericAlias.classGetItem(cls, item);
    }

    @Exposed.Getter("pattern")
    public PyObject getPattern() {
        return pattern;
    }

    @Exposed.Getter("flags")
    public long getFlags() {
        return flags;
    }

    @Exposed.Getter("groups")
    public long getGroups() {
        return groups;
    }

    // CPython: Modules/_sre/sre.c pattern_groupindex
    @Exposed.Getter("groupindex")
    public PyObject getGroupindex() {
        return groupindex == null ? new PyDict() : new PyMappingProxy(groupindex);
    }

    private static final String[] FLAG_NAMES = {"re.TEMPLATE", "re.IGNORECASE", "re.LOCALE",
        "re.MULTILINE", "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};

    // CPython: Modules/_sre/sre.c pattern_repr
    @Exposed("__repr__($self, /)")
    public String __repr__() {
        int f = flags;
        // re.UNICODE is the default for str patterns: not shown
        if (isBytes == 0 && (f & (SreConstants.FLAG_LOCALE | SreConstants.FLAG_UNICODE
                | SreConstants.FLAG_ASCII)) == SreConstants.FLAG_UNICODE) {
            f &= ~SreConstants.FLAG_UNICODE;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            if ((f & (1 << i)) != 0) {
                names.add(FLAG_NAMES[i]);
                f &= ~(1 << i);
            }
        }
        if (f != 0) {
            names.add("0x" + Integer.toHexString(f));
        }
        String source = Ops.repr(pattern).value();
        // %.200R: at most 200 code points of the pattern's repr
        if (source.codePointCount(0, source.length()) > 200) {
            source = source.substring(0, source.offsetByCodePoints(0, 200));
        }
        if (names.isEmpty()) {
            return "re.compile(" + source + ")";
        }
        return "re.compile(" + source + ", " + String.join("|", names) + ")";
    }

    // CPython: Modules/_sre/sre.c pattern_hash
    @Exposed("__hash__($self, /)")
    public long __hash__() {
        long hash = Ops.hash(pattern);
        byte[] raw = new byte[code.length * 4];
        for (int i = 0; i < code.length; i++) {
            int v = code[i];
            raw[4 * i] = (byte) v;
            raw[4 * i + 1] = (byte) (v >>> 8);
            raw[4 * i + 2] = (byte) (v >>> 16);
            raw[4 * i + 3] = (byte) (v >>> 24);
        }
        hash ^= PyBytes.of(raw).__hash__();
        hash ^= flags;
        hash ^= isBytes;
        hash ^= code.length;
        return hash == -1 ? -2 : hash;
    }

    // CPython: Modules/_sre/sre.c pattern_richcompare
    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject other) {
        if (!(other instanceof PyPattern o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(sameAs(o));
    }

    @Exposed("__ne__($self, value, /)")
    public PyObject __ne__(PyObject other) {
        if (!(other instanceof PyPattern o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(!sameAs(o));
    }

    private boolean sameAs(PyPattern o) {
        if (o == this) {
            return true;
        }
        // the code is compared too: under re.LOCALE one pattern may compile differently
        return flags == o.flags && isBytes == o.isBytes && Arrays.equals(code, o.code)
                && Ops.eqBool(pattern, o.pattern);
    }
}
