package dev.krait.objects;

import java.util.List;

/**
 * The methods of {@code str} beyond its core protocol ({@link PyStr}): searching, splitting,
 * joining, case and padding. Each is a static method whose first parameter is the string, exposed
 * under its Python name.
 *
 * <p>CPython counterpart: Objects/unicodeobject.c and Objects/stringlib/.
 */
public final class StrMethods {
    private StrMethods() {}

    static PyObject construct(PyType cls, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        PyObject obj = null;
        PyObject encoding = null;
        PyObject errors = null;
        for (int i = 0; i < npos; i++) {
            if (i == 0) {
                obj = args[0];
            } else if (i == 1) {
                encoding = args[1];
            } else if (i == 2) {
                errors = args[2];
            } else {
                throw PyExceptions.typeError("str() takes at most 3 arguments (" + npos
                        + " given)");
            }
        }
        for (int k = 0; k < nkw; k++) {
            switch (kwnames[k]) {
                case "object" -> obj = args[npos + k];
                case "encoding" -> encoding = args[npos + k];
                case "errors" -> errors = args[npos + k];
                default -> throw PyExceptions.typeError("'" + kwnames[k]
                        + "' is an invalid keyword argument for str()");
            }
        }
        PyStr result;
        if (obj == null) {
            result = PyStr.EMPTY;
        } else if (encoding == null && errors == null) {
            result = Ops.str(obj);
        } else {
            if (encoding != null && !(encoding instanceof PyStr)) {
                throw PyExceptions.typeError("str() argument 'encoding' must be str, not "
                        + encoding.type().getName());
            }
            if (errors != null && !(errors instanceof PyStr)) {
                throw PyExceptions.typeError("str() argument 'errors' must be str, not "
                        + errors.type().getName());
            }
            result = StrCodecs.decodeObject(obj, encoding, errors);
        }
        // CPython: unicode_new_impl gives str(x) whatever x.__str__ returned, a str subclass
        // instance included; a subclass's constructor always makes a new instance.
        return cls == PyStr.TYPE ? result : PyStr.ofType(cls, result);
    }

    static PyObject percentFormat(PyStr format, PyObject args) {
        return keptWhole(format, '%', PercentFormat.format(format, args));
    }

    /**
     * {@code result}, or {@code format} itself when the result is all of it: a non-empty
     * format without {@code marker} is written in one piece, and CPython's writer then keeps
     * the object rather than copying it, so {@code s % ()} and {@code s.format()} are
     * {@code s} (a str subclass's instance included).
     * CPython: Objects/unicodeobject.c _PyUnicodeWriter_WriteStr (writer->readonly)
     */
    private static PyObject keptWhole(PyStr format, char marker, PyObject result) {
        String v = format.value();
        return !v.isEmpty() && v.indexOf(marker) < 0 && (marker != '{' || v.indexOf('}') < 0)
                ? format : result;
    }

    /** Index of {@code sub} in {@code s[start:end]} by code points, or -1. */
    static int find(PyStr s, PyStr sub, int start, int end) {
        if (s.isSimple() && sub.isSimple()) {
            if (end - start < sub.length()) {
                return sub.length() == 0 && start <= s.length() && start <= end ? start : -1;
            }
            int at = s.value().indexOf(sub.value(), start);
            return at >= 0 && at + sub.value().length() <= end ? at : -1;
        }
        int[] a = s.codePoints();
        int[] b = sub.codePoints();
        outer:
        for (int i = start; i + b.length <= end; i++) {
            for (int j = 0; j < b.length; j++) {
                if (a[i + j] != b[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int rfind(PyStr s, PyStr sub, int start, int end) {
        if (s.isSimple() && sub.isSimple()) {
            int m = sub.value().length();
            if (end - start < m) {
                return -1;
            }
            int at = s.value().lastIndexOf(sub.value(), end - m);
            return at >= start ? at : -1;
        }
        int[] a = s.codePoints();
        int[] b = sub.codePoints();
        outer:
        for (int i = end - b.length; i >= start; i--) {
            for (int j = 0; j < b.length; j++) {
                if (a[i + j] != b[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * The optional start and end arguments as CPython's ADJUST_INDICES leaves them: negative
     * values count from the end (and stop at 0), end stops at the length, but a start past the
     * end is kept (clipped to length + 1) so that searches from there find nothing.
     */
    static int[] range(PyStr s, PyObject start, PyObject end) {
        int n = s.length();
        return new int[] {adjust(start, n, 0), Math.min(adjust(end, n, n), n)};
    }

    // CPython: Objects/unicodeobject.c ADJUST_INDICES, Python/ceval.c _PyEval_SliceIndex
    private static int adjust(PyObject index, int n, int absent) {
        if (index == null || index == PyNone.NONE) {
            return absent;
        }
        if (!(index instanceof PyInt) && index.type().lookup("__index__") == null) {
            throw PyExceptions.typeError("slice indices must be integers or None or have an "
                    + "__index__ method");
        }
        PyInt i = Numbers.index(index);
        long v = i.isSmall() ? i.longValue() : i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        if (v < 0) {
            v += n;
            if (v < 0) {
                v = 0;
            }
        }
        return (int) Math.min(v, (long) n + 1);
    }

    /** The substring argument of find, count and friends. */
    private static PyStr needle(PyObject sub) {
        if (sub instanceof PyStr s) {
            return s;
        }
        throw PyExceptions.typeError("must be str, not " + sub.type().getName());
    }

    /**
     * The {@code (sub, start, end)} of find and its kin, which CPython parses with
     * PyArg_ParseTuple and whose messages name the method: "find() takes at most 3 arguments".
     */
    // CPython: Objects/stringlib/find.h stringlib_parse_args_finds ("O|OO:find")
    private static PyObject[] findArgs(String name, PyObject[] args, String[] kwnames) {
        // A method descriptor names its type when it refuses keywords.
        ArgParser.noKeywords("str." + name, kwnames);
        int n = args.length;
        if (n < 1 || n > 3) {
            throw PyExceptions.typeError(name + "() takes at " + (n < 1 ? "least 1 argument"
                    : "most 3 arguments") + " (" + n + " given)");
        }
        return new PyObject[] {args[0], n > 1 ? args[1] : PyNone.NONE,
            n > 2 ? args[2] : PyNone.NONE};
    }

    @Exposed(value = "find($self, sub, start=None, end=None, /)",
            signature = Exposed.Signature.HIDDEN)
    public static long find(PyStr self, PyObject[] args, String[] kwnames) {
        PyObject[] a = findArgs("find", args, kwnames);
        return find(self, a[0], a[1], a[2]);
    }

    public static long find(PyStr self, PyObject sub, PyObject start, PyObject end) {
        PyStr needle = needle(sub);
        int[] r = range(self, start, end);
        if (r[0] > self.length()) {
            return -1;
        }
        return find(self, needle, r[0], r[1]);
    }

    @Exposed(value = "rfind($self, sub, start=None, end=None, /)",
            signature = Exposed.Signature.HIDDEN)
    public static long rfind(PyStr self, PyObject[] args, String[] kwnames) {
        PyObject[] a = findArgs("rfind", args, kwnames);
        return rfind(self, a[0], a[1], a[2]);
    }

    public static long rfind(PyStr self, PyObject sub, PyObject start, PyObject end) {
        PyStr needle = needle(sub);
        int[] r = range(self, start, end);
        if (r[0] > self.length()) {
            return -1;
        }
        return rfind(self, needle, r[0], r[1]);
    }

    @Exposed(value = "index($self, sub, start=None, end=None, /)",
            signature = Exposed.Signature.HIDDEN)
    public static long index(PyStr self, PyObject[] args, String[] kwnames) {
        PyObject[] a = findArgs("index", args, kwnames);
        return index(self, a[0], a[1], a[2]);
    }

    public static long index(PyStr self, PyObject sub, PyObject start, PyObject end) {
        long i = find(self, sub, start, end);
        if (i < 0) {
            throw PyExceptions.valueError("substring not found");
        }
        return i;
    }

    @Exposed(value = "rindex($self, sub, start=None, end=None, /)",
            signature = Exposed.Signature.HIDDEN)
    public static long rindex(PyStr self, PyObject[] args, String[] kwnames) {
        PyObject[] a = findArgs("rindex", args, kwnames);
        return rindex(self, a[0], a[1], a[2]);
    }

    public static long rindex(PyStr self, PyObject sub, PyObject start, PyObject end) {
        long i = rfind(self, sub, start, end);
        if (i < 0) {
            throw PyExceptions.valueError("substring not found");
        }
        return i;
    }

    @Exposed(value = "count($self, sub, start=None, end=None, /)",
            signature = Exposed.Signature.HIDDEN)
    public static long count(PyStr self, PyObject[] args, String[] kwnames) {
        PyObject[] a = findArgs("count", args, kwnames);
        return count(self, a[0], a[1], a[2]);
    }

    public static long count(PyStr self, PyObject sub, PyObject start, PyObject end) {
        PyStr needle = needle(sub);
        int[] r = range(self, start, end);
        if (r[0] > self.length()) {
            return 0;
        }
        if (needle.length() == 0) {
            return Math.max(0, r[1] - r[0] + 1);
        }
        long n = 0;
        if (self.isSimple() && needle.isSimple()) {
            // chars are code points: the Java string's search, each match ending by r[1]
            String v = self.value();
            String text = needle.value();
            int m = text.length();
            int last = r[1] - m;
            for (int at = v.indexOf(text, r[0]); at >= 0 && at <= last;
                    at = v.indexOf(text, at + m)) {
                n++;
            }
            return n;
        }
        int at = r[0];
        while ((at = find(self, needle, at, r[1])) >= 0) {
            n++;
            at += needle.length();
        }
        return n;
    }

    @Exposed("removeprefix($self, prefix, /)")
    public static PyObject removeprefix(PyStr self, PyObject prefix) {
        if (!(prefix instanceof PyStr p)) {
            throw PyExceptions.typeError("removeprefix() argument must be str, not "
                    + prefix.type().getName());
        }
        int n = p.length();
        if (n > 0 && startsAt(self, p, 0)) {
            return self.substring(n, self.length());
        }
        return self.__str__();
    }

    @Exposed("removesuffix($self, suffix, /)")
    public static PyObject removesuffix(PyStr self, PyObject suffix) {
        if (!(suffix instanceof PyStr p)) {
            throw PyExceptions.typeError("removesuffix() argument must be str, not "
                    + suffix.type().getName());
        }
        int n = p.length();
        int len = self.length();
        if (n > 0 && n <= len && startsAt(self, p, len - n)) {
            return self.substring(0, len - n);
        }
        return self.__str__();
    }

    private static boolean startsAt(PyStr self, PyStr part, int at) {
        int n = part.length();
        if (at < 0 || at + n > self.length()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (self.codePointAt(at + i) != part.codePointAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Exposed("join($self, iterable, /)")
    public static PyObject join(PyStr self, PyObject iterable) {
        List<PyObject> items;
        if (iterable.type() == PyList.TYPE) {
            // CPython: PySequence_Fast takes an exact list or tuple as it is; no Python code
            // runs while the pieces are joined, so the list cannot change meanwhile
            items = ((PyList) iterable).items;
        } else if (iterable.type() == PyTuple.TYPE) {
            items = java.util.Arrays.asList(((PyTuple) iterable).items);
        } else {
            PyObject iterator;
            try {
                iterator = Iteration.iter(iterable);
            } catch (PyException e) {
                if (Ops.isInstance(e.value, PyExceptions.TypeError)) {
                    throw PyExceptions.typeError("can only join an iterable");
                }
                throw e;
            }
            items = Iteration.toList(iterator);
        }
        if (items.size() == 1 && items.get(0).type() == PyStr.TYPE) {
            // One exact str joins to itself (CPython: _PyUnicode_JoinArray).
            return items.get(0);
        }
        int count = items.size();
        if (count > JOIN_ONE_PASS) {
            return joinOnePass(self, items);
        }
        // The length first, so that the text is copied once; and whether the pieces are free
        // of surrogate units, each piece's answer kept on it: then so is the result, which is
        // not scanned again.
        // One pass over the pieces takes their texts for String.join, which sizes and fills
        // the result's array once and hands it to the string (a StringBuilder's toString would
        // copy the text again).
        String[] pieces = new String[count];
        long length = (long) self.value().length() * Math.max(count - 1, 0);
        boolean simple = count == 0 || self.isSimple();
        for (int i = 0; i < count; i++) {
            PyObject item = items.get(i);
            if (!(item instanceof PyStr s)) {
                throw notStr(i, item);
            }
            String text = s.value();
            pieces[i] = text;
            length += text.length();
            simple &= s.isSimple();
        }
        if (!simple) {
            return joinCodePoints(self, items);
        }
        if (length > Integer.MAX_VALUE - 16) {
            throw PyExceptions.overflowError("join() result is too long for a Python string");
        }
        return PyStr.ofNoSurrogates(String.join(self.value(), pieces));
    }

    /** The number of pieces above which {@link #join} reads each piece only once. */
    private static final int JOIN_ONE_PASS = 1024;

    /**
     * {@link #join} of many pieces. A piece is three objects (the str, its Java string, that
     * string's bytes), and when there are many they no longer fit in the processor's caches:
     * measuring the pieces first and copying them after (String.join) then misses the cache
     * five times a piece, where appending each piece as it is read misses three times, and
     * the builder's growth and final copy are sequential. The indented json.dumps of
     * benchmarks/programs/json_roundtrip.py joins 128,000 chunks: 8-10 ms a join once compiled
     * and 25-35 ms before that way, 5-8 and 12-17 ms in one pass (CPython 1.2).
     */
    private static PyStr joinOnePass(PyStr self, List<PyObject> items) {
        int count = items.size();
        String sep = self.value();
        if (!self.isSimple()) {
            return joinCodePoints(self, checkedStrs(items));
        }
        // a guess at the length (the separators and 8 chars a piece), which the builder
        // outgrows as needed: at most 64 MB before any piece says that much is needed
        StringBuilder out = new StringBuilder(
                (int) Math.min((long) count * (sep.length() + 8), 1 << 26));
        for (int i = 0; i < count; i++) {
            PyObject item = items.get(i);
            if (!(item instanceof PyStr s)) {
                throw notStr(i, item);
            }
            if (!s.isSimple()) {
                return joinCodePoints(self, checkedStrs(items));
            }
            String text = s.value();
            if ((long) out.length() + sep.length() + text.length() > Integer.MAX_VALUE - 16) {
                throw PyExceptions.overflowError(
                        "join() result is too long for a Python string");
            }
            if (i > 0) {
                out.append(sep);
            }
            out.append(text);
        }
        return PyStr.ofNoSurrogates(out.toString());
    }

    /** The pieces, having checked that each is a str (CPython's message names the first). */
    private static List<PyObject> checkedStrs(List<PyObject> items) {
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof PyStr)) {
                throw notStr(i, items.get(i));
            }
        }
        return items;
    }

    private static PyException notStr(int i, PyObject item) {
        return PyExceptions.typeError("sequence item " + i + ": expected str instance, "
                + item.type().getName() + " found");
    }

    /**
     * The join of strs some of which hold surrogates: by code points, since in one Java string
     * a lone high surrogate at the end of one piece would pair with a lone low one starting
     * the next.
     */
    private static PyStr joinCodePoints(PyStr self, List<PyObject> items) {
        int[] sep = self.codePoints();
        int[] out = new int[16];
        int n = 0;
        for (int i = 0; i < items.size(); i++) {
            int[] piece = ((PyStr) items.get(i)).codePoints();
            int need = n + piece.length + (i > 0 ? sep.length : 0);
            if (need > out.length) {
                out = java.util.Arrays.copyOf(out, Math.max(need, out.length * 2));
            }
            if (i > 0) {
                System.arraycopy(sep, 0, out, n, sep.length);
                n += sep.length;
            }
            System.arraycopy(piece, 0, out, n, piece.length);
            n += piece.length;
        }
        return PyStr.fromCodePoints(java.util.Arrays.copyOf(out, n));
    }

    private static PyObject strip(PyStr self, PyObject chars, boolean left, boolean right) {
        boolean whitespace = chars == null || chars == PyNone.NONE;
        if (self.isSimple() && (whitespace || chars instanceof PyStr c && c.isSimple())) {
            // a text and a set whose chars are their code points: no code-point arrays
            String v = self.value();
            String set = whitespace ? null : ((PyStr) chars).value();
            int i = 0;
            int j = v.length();
            if (left) {
                while (i < j && strippedChar(v.charAt(i), set)) {
                    i++;
                }
            }
            if (right) {
                while (j > i && strippedChar(v.charAt(j - 1), set)) {
                    j--;
                }
            }
            return i == 0 && j == v.length() && self.type() == PyStr.TYPE ? self
                    : PyStr.ofNoSurrogates(v.substring(i, j));
        }
        int[] cps = self.codePoints();
        int i = 0;
        int j = cps.length;
        int[] set;
        if (chars == null || chars == PyNone.NONE) {
            set = null;
        } else if (chars instanceof PyStr c) {
            set = c.codePoints();
        } else {
            throw PyExceptions.typeError((left ? right ? "strip" : "lstrip" : "rstrip")
                    + " arg must be None or str");
        }
        if (left) {
            while (i < j && stripped(cps[i], set)) {
                i++;
            }
        }
        if (right) {
            while (j > i && stripped(cps[j - 1], set)) {
                j--;
            }
        }
        // CPython: unicode_result_unchanged -- an exact str left whole is itself
        return i == 0 && j == cps.length && self.type() == PyStr.TYPE ? self
                : self.substring(i, j);
    }

    private static boolean strippedChar(char c, String set) {
        return set == null ? StrPredicates.isSpace(c) : set.indexOf(c) >= 0;
    }

    private static boolean stripped(int cp, int[] set) {
        if (set == null) {
            return StrPredicates.isSpace(cp);
        }
        for (int c : set) {
            if (c == cp) {
                return true;
            }
        }
        return false;
    }

    @Exposed("strip($self, chars=None, /)")
    public static PyObject strip(PyStr self, PyObject chars) {
        return strip(self, chars, true, true);
    }

    @Exposed("lstrip($self, chars=None, /)")
    public static PyObject lstrip(PyStr self, PyObject chars) {
        return strip(self, chars, true, false);
    }

    @Exposed("rstrip($self, chars=None, /)")
    public static PyObject rstrip(PyStr self, PyObject chars) {
        return strip(self, chars, false, true);
    }

    private static boolean affix(PyStr self, PyObject affix, PyObject start, PyObject end,
            boolean prefix, String method) {
        if (start == PyNone.NONE && end == PyNone.NONE && affix instanceof PyStr a
                && self.isSimple() && a.isSimple()) {
            // the whole text, chars its code points: the Java string's test
            return prefix ? self.value().startsWith(a.value()) : self.value().endsWith(a.value());
        }
        int[] r = range(self, start, end);
        if (affix instanceof PyTuple t) {
            for (PyObject o : t.items()) {
                if (affix(self, o, start, end, prefix, method)) {
                    return true;
                }
            }
            return false;
        }
        if (!(affix instanceof PyStr a)) {
            throw PyExceptions.typeError(method + " first arg must be str or a tuple of str, not "
                    + affix.type().getName());
        }
        int n = a.length();
        if (r[0] > self.length() || r[1] - r[0] < n) {
            return false;
        }
        int at = prefix ? r[0] : r[1] - n;
        for (int i = 0; i < n; i++) {
            if (self.codePointAt(at + i) != a.codePointAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Exposed(value = "startswith($self, prefix, start=None, end=None, /)",
            signature = Exposed.Signature.HIDDEN)
    public static boolean startswith(PyStr self, PyObject[] args, String[] kwnames) {
        PyObject[] a = findArgs("startswith", args, kwnames);
        return startswith(self, a[0], a[1], a[2]);
    }

    public static boolean startswith(PyStr self, PyObject prefix, PyObject start, PyObject end) {
        return affix(self, prefix, start, end, true, "startswith");
    }

    @Exposed(value = "endswith($self, suffix, start=None, end=None, /)",
            signature = Exposed.Signature.HIDDEN)
    public static boolean endswith(PyStr self, PyObject[] args, String[] kwnames) {
        PyObject[] a = findArgs("endswith", args, kwnames);
        return endswith(self, a[0], a[1], a[2]);
    }

    public static boolean endswith(PyStr self, PyObject suffix, PyObject start, PyObject end) {
        return affix(self, suffix, start, end, false, "endswith");
    }

    @Exposed("replace($self, old, new, count=-1, /)")
    public static PyObject replace(PyStr self, PyObject old, PyObject replacement,
            PyObject count) {
        PyStr o = PyStr.requireStr(old, "replace() argument 1");
        PyStr r = PyStr.requireStr(replacement, "replace() argument 2");
        long max = CArgs.asSsizeT(count);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        if (o.length() == 0) {
            int n = self.length();
            StrBuilder sb = new StrBuilder(self.value().length() + 16);
            long done = 0;
            for (int i = 0; i <= n; i++) {
                if (done < max) {
                    sb.append(r);
                    done++;
                }
                if (i < n) {
                    sb.appendCodePoint(self.codePointAt(i));
                }
            }
            return sb.build();
        }
        if (self.isSimple() && o.isSimple() && r.isSimple()) {
            // chars are code points: replace in the Java string, left to right as CPython
            String v = self.value();
            String ov = o.value();
            int at = v.indexOf(ov);
            if (at < 0 || max == 0) {
                return self.type() == PyStr.TYPE ? self : PyStr.ofNoSurrogates(v);
            }
            if (max >= v.length()) {
                // every match (there are no more than chars): the JDK's replace, which sizes
                // the result once and copies arrays
                return PyStr.ofNoSurrogates(v.replace(ov, r.value()));
            }
            StringBuilder sb = new StringBuilder(v.length());
            int from = 0;
            long done = 0;
            while (at >= 0 && done < max) {
                sb.append(v, from, at).append(r.value());
                from = at + ov.length();
                done++;
                at = v.indexOf(ov, from);
            }
            sb.append(v, from, v.length());
            return PyStr.ofNoSurrogates(sb.toString());
        }
        List<PyStr> parts = PyStr.splitOn(self, o, max >= Integer.MAX_VALUE ? -1 : (int) max);
        if (parts.size() == 1 && self.type() == PyStr.TYPE) {
            return self; // nothing replaced (CPython: unicode_result_unchanged)
        }
        StrBuilder sb = new StrBuilder(self.value().length());
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                sb.append(r);
            }
            sb.append(parts.get(i));
        }
        return sb.build();
    }

    @Exposed(value = "format_map($self, mapping, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject format_map(PyStr self, PyObject mapping) {
        return keptWhole(self, '{', StrFormat.formatMap(self, mapping));
    }

    @Exposed(value = "format($self, /, *args, **kwargs)", signature = Exposed.Signature.HIDDEN)
    public static PyObject format(PyStr self, PyObject[] args, String[] kwnames) {
        return keptWhole(self, '{', StrFormat.format(self, args, kwnames));
    }
}
