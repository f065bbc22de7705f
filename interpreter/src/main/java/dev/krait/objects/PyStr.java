package dev.krait.objects;

import dev.krait.text.Repr;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code str}: an immutable sequence of Unicode code points. The text is held as a Java
 * string; when it holds no surrogate units, code point i is char i and everything is direct.
 * Otherwise (astral characters, or lone surrogates that Python strings may contain) the code
 * points are materialised once into an array for indexing and slicing. The rare string whose
 * code points include a high surrogate followed by a low one — which UTF-16 cannot keep apart
 * from one astral character — is built from its code-point array, which then is the truth.
 *
 * <p>CPython counterpart: Objects/unicodeobject.c (and Objects/stringlib/ for the algorithms).
 */
public class PyStr extends PyObject {
    public static final PyType TYPE = PyType.builtin("str", PyStr.class, null, StrMethods.class,
            StrCodecs.class, StrCase.class, StrPredicates.class, StrLayout.class,
            StrSplitting.class, StrTranslate.class);
    public static final PyStr EMPTY = new PyStr("");

    /**
     * The text, or null while this str is the result of a concatenation not yet read as text:
     * then it is the first {@code pendingLength} chars of {@code pending} (see {@link #__add__}).
     */
    private String flat;
    /** The growing text this str is a prefix of, while {@code flat} is null. */
    private StringBuilder pending;
    private int pendingLength;
    /** Whether this str was made by {@code +}: only such a str starts a growing buffer. */
    private boolean concatenated;
    /** Code points, when the Java string has surrogate units; null until needed or if none. */
    private int[] codePoints;
    /** -1 until known: whether the Java string contains surrogate units. */
    private byte hasSurrogates = -1;
    /** -1 until known: whether every character is ASCII (CPython knows it from the str's kind). */
    private byte ascii = -1;
    private long hash = -1;
    private boolean hashed;

    public PyStr(String value) {
        super(TYPE);
        this.flat = value;
    }

    PyStr(PyType type, String value) {
        super(type);
        this.flat = value;
    }

    private PyStr(String value, int[] codePoints) {
        super(TYPE);
        this.flat = value;
        this.codePoints = codePoints;
        this.hasSurrogates = 1;
    }

    public static PyStr of(String s) {
        if (s.length() <= 1) {
            // CPython shares the empty str and the Latin-1 one-character strs (unicode_result):
            // a text cut into single characters (a split, a regular expression's matches and
            // the text between them) keeps one str per character, not one per piece
            PyStr shared = s.isEmpty() ? EMPTY : s.charAt(0) < 256 && LATIN1 != null
                    ? LATIN1[s.charAt(0)] : null;
            if (shared != null) {
                return shared;
            }
        }
        return new PyStr(s);
    }

    /** {@link #of} for text known to hold no surrogate unit, which spares the scan for them. */
    public static PyStr ofNoSurrogates(String s) {
        PyStr r = of(s);
        r.hasSurrogates = 0;
        return r;
    }

    /**
     * The interned strs: one table for the whole JVM (strs are immutable, so interpreters may
     * share them), keyed by the Java text when it holds no surrogate unit, and by the code
     * points otherwise, since one Java text can stand for two strs then ('\ud83d\ude00' as two
     * lone surrogates and as one character). Sized for the names a start-up with {@code site}
     * and the common imports interns (4,000-6,000 here): growing it step by step rehashed every
     * entry again and again, in code that runs too rarely for the JIT to compile.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, PyStr> INTERNED =
            new java.util.concurrent.ConcurrentHashMap<>(1 << 12);
    private static final java.util.concurrent.ConcurrentHashMap<java.nio.IntBuffer, PyStr>
            INTERNED_BY_CODE_POINTS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The one shared str for an identifier, so that the names compiled code looks up meet the
     * keys stored in namespaces by identity, skipping comparisons (CPython interns identifiers
     * for the same reason).
     */
    public static PyStr intern(String s) {
        PyStr v = INTERNED.get(s);
        if (v != null) {
            return v;
        }
        PyStr fresh = of(s); // the empty and one-character strs are shared already
        if (fresh.surrogates()) {
            return intern(fresh);
        }
        PyStr raced = INTERNED.putIfAbsent(s, fresh);
        return raced == null ? fresh : raced;
    }

    /**
     * {@code sys.intern(s)} for an exact str: the interned str equal to {@code s}, which
     * becomes {@code s} itself when there was none. The compiler's identifier-like constants
     * and names are in the same table, so {@code sys.intern(x) is 'name'} holds as in CPython
     * (Objects/unicodeobject.c PyUnicode_InternInPlace).
     */
    public static PyStr intern(PyStr s) {
        PyStr old = s.surrogates()
                ? INTERNED_BY_CODE_POINTS.putIfAbsent(java.nio.IntBuffer.wrap(s.codePoints()), s)
                : INTERNED.putIfAbsent(s.value(), s);
        return old == null ? s : old;
    }

    /**
     * Whether the compiler interns a str constant with this text: CPython's does when it is
     * made only of ASCII letters, digits and '_' (Objects/codeobject.c all_name_chars), so
     * {@code 'ROUND_UP' is decimal.ROUND_UP} holds for constants compiled apart.
     */
    public static boolean isNameLike(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** A str from exact code points (may include surrogate code points in any order). */
    public static PyStr fromCodePoints(int[] cps) {
        boolean simple = true;
        for (int cp : cps) {
            if (cp >= 0xD800 && cp <= 0xDFFF || cp > 0xFFFF) {
                simple = false;
                break;
            }
        }
        StringBuilder sb = new StringBuilder(cps.length);
        for (int cp : cps) {
            sb.appendCodePoint(cp);
        }
        return simple ? new PyStr(sb.toString()) : new PyStr(sb.toString(), cps.clone());
    }

    /** A str subclass instance ({@code str.__new__(MyStr, "x")}). */
    public static PyStr ofType(PyType cls, PyStr v) {
        if (cls == TYPE && v.type == TYPE) {
            return v;
        }
        PyStr s = new PyStr(cls, v.value());
        s.codePoints = v.codePoints;
        s.hasSurrogates = v.hasSurrogates;
        return s;
    }

    /**
     * Whether the Java string reads as exactly this str's code points: false only for a str
     * made from code points that include a high surrogate followed by a low one.
     */
    boolean textIsExact() {
        return codePoints == null || !surrogates()
                || value().codePointCount(0, value().length()) == codePoints.length;
    }

    /** The Java string (exact unless the str came from ambiguous surrogate code points). */
    public final String value() {
        String v = flat;
        return v != null ? v : flatten();
    }

    /** Copies a concatenation's text out of its shared buffer, once. */
    private synchronized String flatten() {
        if (flat == null) {
            StringBuilder p = pending;
            synchronized (p) {
                flat = p.substring(0, pendingLength);
            }
            pending = null;
        }
        return flat;
    }

    private boolean surrogates() {
        if (hasSurrogates < 0) {
            byte found = 0;
            String v = value();
            for (int i = 0; i < v.length(); i++) {
                if (Character.isSurrogate(v.charAt(i))) {
                    found = 1;
                    break;
                }
            }
            hasSurrogates = found;
        }
        return hasSurrogates == 1;
    }

    /** Whether every character is ASCII, computed once. CPython: PyUnicode_IS_ASCII. */
    public final boolean isAscii() {
        if (ascii < 0) {
            String v = value();
            byte all = 1;
            for (int i = 0; i < v.length(); i++) {
                if (v.charAt(i) >= 0x80) {
                    all = 0;
                    break;
                }
            }
            ascii = all;
        }
        return ascii == 1;
    }

    /** The code points (computed once). */
    public final int[] codePoints() {
        if (codePoints == null) {
            if (!surrogates()) {
                int[] cps = new int[value().length()];
                for (int i = 0; i < cps.length; i++) {
                    cps[i] = value().charAt(i);
                }
                return cps;
            }
            codePoints = value().codePoints().toArray();
        }
        return codePoints;
    }

    /** Whether code point i is char i (no surrogate units): the fast path of every method. */
    public final boolean isSimple() {
        return !surrogates();
    }

    /** The number of code points: {@code len(s)}. */
    public final int length() {
        if (surrogates()) {
            return codePoints().length;
        }
        String v = flat;
        return v != null ? v.length() : pendingLength;
    }

    public final int codePointAt(int i) {
        return surrogates() ? codePoints()[i] : value().charAt(i);
    }

    /** The substring of code points [start, end). */
    public final PyStr substring(int start, int end) {
        if (!surrogates()) {
            return ofNoSurrogates(value().substring(start, end));
        }
        int[] cps = codePoints();
        int[] part = new int[end - start];
        System.arraycopy(cps, start, part, 0, part.length);
        return fromCodePoints(part);
    }

    /** The string's hash, CPython's (computed once). */
    public final long hashValue() {
        if (!hashed) {
            hash = StrHashing.hash(this);
            hashed = true;
        }
        return hash;
    }

    public final boolean contentEquals(PyStr other) {
        if (this == other) {
            return true;
        }
        if (!value().equals(other.value())) {
            return false;
        }
        if (codePoints != null && hasSurrogates == 1 || other.codePoints != null) {
            return java.util.Arrays.equals(codePoints(), other.codePoints());
        }
        return true;
    }

    static PyStr asStr(PyObject o) {
        return o instanceof PyStr s ? s : null;
    }

    static PyStr requireStr(PyObject o, String what) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw PyExceptions.typeError(what + " must be str, not " + o.type().getName());
    }

    // ---- Python methods: the core; StrMethods has the rest -------------------------------------

    @Exposed(value = "__new__($type, object='', encoding='utf-8', errors='strict')",
            kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return StrMethods.construct(cls, args, kwnames);
    }

    @Exposed("__add__($self, value, /)")
    public PyObject __add__(PyObject other) {
        PyStr b = asStr(other);
        if (b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        // CPython: Objects/unicodeobject.c PyUnicode_Concat gives back the other operand when
        // one is empty (as an exact str)
        if (b.length() == 0) {
            return ofType(TYPE, this);
        }
        if (length() == 0) {
            return ofType(TYPE, b);
        }
        if (!surrogates() && !b.surrogates()) {
            // two texts without surrogate units make none, and the result need not be scanned
            // (each operand is scanned once at most: the answer is kept)
            return concatSimple(b.value());
        }
        if (codePoints != null || b.codePoints != null || pairsUpWith(b)) {
            int[] x = codePoints();
            int[] y = b.codePoints();
            int[] r = new int[x.length + y.length];
            System.arraycopy(x, 0, r, 0, x.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return fromCodePoints(r);
        }
        return of(value().concat(b.value()));
    }

    /**
     * Below this many chars a concatenation is copied at once; from it on, the result is kept
     * in a buffer with room to grow, so that {@code s += piece} in a loop appends instead of
     * copying the whole text each time.
     */
    private static final int PENDING_MIN_LENGTH = 256;

    /**
     * This str (without surrogate units) followed by {@code tail}. CPython makes {@code s += t}
     * linear by resizing s in place when nothing else refers to it (Python/ceval.c
     * unicode_concatenate); without reference counts, Krait gets the same effect by sharing
     * one growing buffer: a long str made by concatenating a concatenation's result is a prefix
     * of the buffer, and when it is still the whole buffer the next concatenation appends to
     * it. Reading the text copies
     * it out once ({@link #value()}); {@code len} does not need it.
     */
    private PyStr concatSimple(String tail) {
        int length = flat != null ? flat.length() : pendingLength;
        int joined = length + tail.length();
        StringBuilder p = pending;
        if (p != null) {
            synchronized (p) {
                if (p.length() == pendingLength) {
                    p.append(tail);
                    return new PyStr(p, joined);
                }
            }
        }
        if (joined < PENDING_MIN_LENGTH || !concatenated) {
            // a one-off concatenation is copied at once, into a text of its exact size
            PyStr r = ofNoSurrogates(value().concat(tail));
            r.concatenated = r != EMPTY && r.length() > 1;
            return r;
        }
        StringBuilder fresh = new StringBuilder(joined + (joined >> 1));
        fresh.append(value()).append(tail);
        return new PyStr(fresh, joined);
    }

    /** A concatenation's result: the first {@code length} chars of {@code buffer}. */
    private PyStr(StringBuilder buffer, int length) {
        super(TYPE);
        this.pending = buffer;
        this.pendingLength = length;
        this.hasSurrogates = 0;
        this.concatenated = true;
    }

    /**
     * Whether this text ends with a lone high surrogate and {@code next} starts with a lone low
     * one: joined as Java strings they would read as one astral code point, where Python keeps
     * two.
     */
    private boolean pairsUpWith(PyStr next) {
        String a = value();
        String b = next.value();
        return !a.isEmpty() && !b.isEmpty() && Character.isHighSurrogate(a.charAt(a.length() - 1))
                && Character.isLowSurrogate(b.charAt(0));
    }

    @Exposed("__mul__($self, value, /)")
    public PyObject __mul__(PyObject n) {
        // CPython: Objects/abstract.c sequence_repeat
        long times = CArgs.asIndexSized(n, PyExceptions.OverflowError);
        int len = length();
        if (times <= 0 || len == 0) {
            return EMPTY;
        }
        // CPython: Objects/unicodeobject.c unicode_repeat
        if (times > Long.MAX_VALUE / len) {
            throw PyExceptions.overflowError("repeated string is too long");
        }
        if (times > (Integer.MAX_VALUE - 8) / Math.max(1, value().length())) {
            throw PyExceptions.of(PyExceptions.MemoryError, "");
        }
        if (times == 1 && type == TYPE) {
            return this;
        }
        String repeated = value().repeat((int) times);
        return surrogates() ? of(repeated) : ofNoSurrogates(repeated);
    }

    @Exposed("__rmul__($self, value, /)")
    public PyObject __rmul__(PyObject n) {
        return __mul__(n);
    }

    @Exposed("__mod__($self, value, /)")
    public PyObject __mod__(PyObject args) {
        return StrMethods.percentFormat(this, args);
    }

    /**
     * {@code other % self}: str's one remainder slot called with the operands in order, so a
     * str on the left (an instance of a str subclass whose own {@code __mod__} declined) is
     * the format. CPython: Objects/unicodeobject.c unicode_mod, via wrap_binaryfunc_r
     */
    @Exposed("__rmod__($self, value, /)")
    public PyObject __rmod__(PyObject other) {
        return other instanceof PyStr format ? StrMethods.percentFormat(format, this)
                : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Exposed("__len__($self, /)")
    public long __len__() {
        return length();
    }

    /** The str of the code points [start:stop:step], the bounds already adjusted. */
    final PyStr slice(int start, int stop, int step) {
        if (step == 1) {
            return stop <= start ? EMPTY : substring(start, stop);
        }
        int count = PySlice.length(start, stop, step);
        if (count == 0) {
            return EMPTY;
        }
        if (!surrogates() && step == -1) {
            // the reversal of chars start down to stop + 1: without surrogates, exactly the
            // Java builder's (which copies a Latin-1 text as bytes)
            return ofNoSurrogates(new StringBuilder(count).append(value(), stop + 1, start + 1)
                    .reverse().toString());
        }
        if (!surrogates()) {
            // every code point is one char: no code-point array, and none of them a surrogate
            char[] cs = new char[count];
            String v = value();
            for (int i = 0, j = start; i < count; i++, j += step) {
                cs[i] = v.charAt(j);
            }
            return ofNoSurrogates(new String(cs));
        }
        int[] cps = new int[count];
        for (int i = 0, j = start; i < count; i++, j += step) {
            cps[i] = codePointAt(j);
        }
        return fromCodePoints(cps);
    }

    @Exposed("__getitem__($self, key, /)")
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice slice) {
            int[] idx = slice.indices(length());
            return slice(idx[0], idx[1], idx[2]);
        }
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            // CPython: Objects/unicodeobject.c unicode_subscript
            throw PyExceptions.typeError("string indices must be integers, not '"
                    + key.type().getName() + "'");
        }
        int i = Numbers.indexForSequence(key, "string");
        int n = length();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyExceptions.indexError("string index out of range");
        }
        int cp = codePointAt(i);
        return cp < 256 ? LATIN1[cp] : fromCodePoints(new int[] {cp});
    }

    /** The shared one-character strs of Latin-1 (null while the class initialises). */
    private static final PyStr[] LATIN1 = latin1();

    private static PyStr[] latin1() {
        PyStr[] all = new PyStr[256];
        for (int i = 0; i < 256; i++) {
            all[i] = new PyStr(String.valueOf((char) i));
            all[i].hasSurrogates = 0;
        }
        return all;
    }

    /** The one-character string for code point cp (shared for Latin-1). */
    public static PyStr ofCodePoint(int cp) {
        return cp < 256 ? LATIN1[cp] : fromCodePoints(new int[] {cp});
    }

    @Exposed("__contains__($self, key, /)")
    public boolean __contains__(PyObject item) {
        PyStr s = asStr(item);
        if (s == null) {
            throw PyExceptions.typeError("'in <string>' requires string as left operand, not "
                    + item.type().getName());
        }
        return StrMethods.find(this, s, 0, length()) >= 0;
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return new PySequenceIterator(this, PySequenceIterator.Kind.STR);
    }

    private PyObject cmp(PyObject other, int op) {
        PyStr b = asStr(other);
        if (b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        int c = op >= 2 && op <= 3 ? (contentEquals(b) ? 0 : 1) : compareTo(b);
        return PyBool.of(switch (op) {
            case 0 -> c < 0;
            case 1 -> c <= 0;
            case 2 -> c == 0;
            case 3 -> c != 0;
            case 4 -> c > 0;
            default -> c >= 0;
        });
    }

    /** Code-point order, as CPython compares strings. */
    public final int compareTo(PyStr b) {
        if (isSimple() && b.isSimple()) {
            return value().compareTo(b.value());
        }
        return java.util.Arrays.compare(codePoints(), b.codePoints());
    }

    @Exposed("__lt__($self, value, /)")
    public PyObject __lt__(PyObject o) {
        return cmp(o, 0);
    }

    @Exposed("__le__($self, value, /)")
    public PyObject __le__(PyObject o) {
        return cmp(o, 1);
    }

    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject o) {
        return cmp(o, 2);
    }

    @Exposed("__ne__($self, value, /)")
    public PyObject __ne__(PyObject o) {
        return cmp(o, 3);
    }

    @Exposed("__gt__($self, value, /)")
    public PyObject __gt__(PyObject o) {
        return cmp(o, 4);
    }

    @Exposed("__ge__($self, value, /)")
    public PyObject __ge__(PyObject o) {
        return cmp(o, 5);
    }

    @Exposed("__hash__($self, /)")
    public long __hash__() {
        return hashValue();
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return codePoints != null ? Repr.strRepr(codePoints) : Repr.strRepr(value());
    }

    @Exposed("__str__($self, /)")
    public PyObject __str__() {
        if (type == TYPE) {
            return this;
        }
        // CPython: Objects/unicodeobject.c unicode_str -- an exact str copy of a subclass's
        PyStr s = new PyStr(value());
        s.codePoints = codePoints;
        s.hasSurrogates = hasSurrogates;
        return s;
    }

    @Exposed("__format__($self, format_spec, /)")
    public PyObject __format__(PyObject spec) {
        String s = NumberFormatting.spec(spec);
        if (s.isEmpty()) {
            return type == TYPE ? this : Ops.str(this);
        }
        return PyStr.of(NumberFormatting.formatStr(this, s));
    }

    @Exposed(value = "__getnewargs__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __getnewargs__() {
        // A copy, even of an exact str (CPython: unicode_getnewargs, _PyUnicode_Copy).
        PyStr copy = new PyStr(value());
        copy.codePoints = codePoints;
        copy.hasSurrogates = hasSurrogates;
        return PyTuple.of(copy);
    }

    /** Splits on a separator (code point aware); used by several methods. */
    static List<PyStr> splitOn(PyStr s, PyStr sep, int maxsplit) {
        List<PyStr> parts = new ArrayList<>();
        int n = s.length();
        int m = sep.length();
        int start = 0;
        while (maxsplit < 0 || parts.size() < maxsplit) {
            int at = StrMethods.find(s, sep, start, n);
            if (at < 0) {
                break;
            }
            parts.add(s.substring(start, at));
            start = at + m;
        }
        parts.add(s.substring(start, n));
        return parts;
    }

    @Override
    public String toString() {
        return value();
    }
}
