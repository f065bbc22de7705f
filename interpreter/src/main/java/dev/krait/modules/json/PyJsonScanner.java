package dev.krait.modules.json;

import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Attributes;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.ThreadState;
import dev.krait.text.DecimalToDouble;
import java.util.ArrayList;

/**
 * {@code _json.make_scanner(context)}: the scanner {@code json.JSONDecoder} makes once and calls
 * as {@code scan_once(string, idx)}, returning {@code (value, end)} or raising
 * {@code StopIteration(idx)} where no JSON value starts. The context's hooks and options are
 * read once; object keys are shared through a memo for the length of one call, as CPython's.
 *
 * <p>CPython counterpart: Modules/_json.c {@code scanner_new}, {@code scanner_call},
 * {@code scan_once_unicode}, {@code _parse_object_unicode}, {@code _parse_array_unicode},
 * {@code _match_number_unicode}, {@code _parse_constant}.
 */
public final class PyJsonScanner extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("Scanner", PyJsonScanner.class, null)
            .withModule("_json");

    private final boolean strict;
    private final PyObject objectHook;
    private final PyObject objectPairsHook;
    private final PyObject parseFloat;
    private final PyObject parseInt;
    private final PyObject parseConstant;
    /** Keys with surrogates, shared as CPython's memo shares all keys. */
    private final PyDict memo = new PyDict();
    /** The other keys, found without making a str for one seen before. */
    private final JsonKeyMemo keys = new JsonKeyMemo();
    /** Index after the last value scanned: the scanner's second result. */
    private final int[] next = new int[1];
    /**
     * The keys and values of the objects being scanned, in pairs, a nested object's above its
     * parent's: each dict is made once its size is known, with the table CPython's item-by-item
     * inserts would leave it, and no smaller tables before it.
     */
    private PyObject[] pending = new PyObject[64];
    private int pendingTop;

    private PyJsonScanner(PyObject context) {
        super(TYPE);
        strict = Ops.isTrue(Attributes.getAttr(context, "strict"));
        objectHook = Attributes.getAttr(context, "object_hook");
        objectPairsHook = Attributes.getAttr(context, "object_pairs_hook");
        parseFloat = Attributes.getAttr(context, "parse_float");
        parseInt = Attributes.getAttr(context, "parse_int");
        parseConstant = Attributes.getAttr(context, "parse_constant");
    }

    @Exposed(value = "__new__($type, /, context)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject context) {
        return new PyJsonScanner(context);
    }

    // CPython: Modules/_json.c scanner_call
    @Exposed("__call__($self, /, string, idx)")
    public PyObject __call__(PyObject string, PyObject idx) {
        long start = CArgs.asSsizeT(idx);
        if (!(string instanceof PyStr s)) {
            throw PyExceptions.typeError("first argument must be a string, not "
                    + string.type().getName());
        }
        // a parse_float or object_pairs_hook may call this scanner again meanwhile: that call
        // works above this one's pending items and leaves them as they were
        int pendingBase = pendingTop;
        try {
            JsonText text = new JsonText(s);
            PyObject value = scanOnce(text, (int) Math.max(Math.min(start, Integer.MAX_VALUE),
                    -1));
            return PyTuple.of(value, PyInt.of(next[0]));
        } finally {
            java.util.Arrays.fill(pending, pendingBase, pendingTop, null);
            pendingTop = pendingBase;
            memo.clearAll();
            keys.clear();
        }
    }

    /** One JSON value starting at {@code idx}; {@link #next} gets the index after it. */
    private PyObject scanOnce(JsonText text, int idx) {
        int length = text.length;
        if (idx < 0) {
            throw PyExceptions.valueError("idx cannot be negative");
        }
        if (idx >= length) {
            throw PyExceptions.stopIteration(PyInt.of(idx));
        }
        switch (text.at(idx)) {
            case '"' -> {
                return JsonStrings.scan(text, idx + 1, strict, next);
            }
            case '{' -> {
                ThreadState ts = ThreadState.current();
                ts.enterRecursiveCall(" while decoding a JSON object from a unicode string");
                try {
                    return parseObject(text, idx + 1);
                } finally {
                    ts.leaveRecursiveCall();
                }
            }
            case '[' -> {
                ThreadState ts = ThreadState.current();
                ts.enterRecursiveCall(" while decoding a JSON array from a unicode string");
                try {
                    return parseArray(text, idx + 1);
                } finally {
                    ts.leaveRecursiveCall();
                }
            }
            case 'n' -> {
                if (matches(text, idx, "null")) {
                    next[0] = idx + 4;
                    return PyNone.NONE;
                }
            }
            case 't' -> {
                if (matches(text, idx, "true")) {
                    next[0] = idx + 4;
                    return PyBool.TRUE;
                }
            }
            case 'f' -> {
                if (matches(text, idx, "false")) {
                    next[0] = idx + 5;
                    return PyBool.FALSE;
                }
            }
            case 'N' -> {
                if (matches(text, idx, "NaN")) {
                    return constant("NaN", idx);
                }
            }
            case 'I' -> {
                if (matches(text, idx, "Infinity")) {
                    return constant("Infinity", idx);
                }
            }
            case '-' -> {
                if (matches(text, idx, "-Infinity")) {
                    return constant("-Infinity", idx);
                }
            }
            default -> { }
        }
        return number(text, idx);
    }

    /** Whether {@code word} is at {@code idx} with at least one character after it. */
    private static boolean matches(JsonText text, int idx, String word) {
        if (idx + word.length() > text.length) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (text.at(idx + i) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private PyObject constant(String name, int idx) {
        next[0] = idx + name.length();
        return Ops.call(parseConstant, PyStr.intern(name));
    }

    private PyObject parseObject(JsonText text, int idx) {
        int end = text.length - 1;
        boolean pairs = objectPairsHook != PyNone.NONE;
        int base = pendingTop;
        idx = skipWhitespace(text, idx);
        if (idx > end || text.at(idx) != '}') {
            while (true) {
                if (idx > end || text.at(idx) != '"') {
                    throw JsonStrings.decodeError(
                            "Expecting property name enclosed in double quotes", text, idx);
                }
                PyObject key = key(text, idx + 1);
                idx = skipWhitespace(text, next[0]);
                if (idx > end || text.at(idx) != ':') {
                    throw JsonStrings.decodeError("Expecting ':' delimiter", text, idx);
                }
                idx = skipWhitespace(text, idx + 1);
                PyObject value = scanOnce(text, idx);
                if (pairs) {
                    push(PyTuple.of(key, value));
                } else {
                    push(key, value);
                }
                idx = skipWhitespace(text, next[0]);
                if (idx <= end && text.at(idx) == '}') {
                    break;
                }
                if (idx > end || text.at(idx) != ',') {
                    throw JsonStrings.decodeError("Expecting ',' delimiter", text, idx);
                }
                idx = skipWhitespace(text, idx + 1);
            }
        }
        int after = idx + 1;
        PyObject result;
        if (pairs) {
            result = Ops.call(objectPairsHook, new PyList(pendingList(base)));
        } else {
            PyDict dict = pendingDict(base);
            result = objectHook != PyNone.NONE ? Ops.call(objectHook, dict) : dict;
        }
        next[0] = after;
        return result;
    }

    private void push(PyObject key, PyObject value) {
        if (pendingTop + 2 > pending.length) {
            pending = java.util.Arrays.copyOf(pending, pending.length * 2);
        }
        pending[pendingTop++] = key;
        pending[pendingTop++] = value;
    }

    private void push(PyObject item) {
        if (pendingTop == pending.length) {
            pending = java.util.Arrays.copyOf(pending, pending.length * 2);
        }
        pending[pendingTop++] = item;
    }

    /**
     * The dict of the pairs pending above {@code base}, set in order as CPython's
     * {@code _parse_object_unicode} sets them one by one (a repeated key keeps its first place
     * and its last value), in a table of the size those inserts would leave; the pairs leave
     * the stack.
     */
    private PyDict pendingDict(int base) {
        int n = (pendingTop - base) / 2;
        PyDict dict = PyDict.sizedForStrInserts(n);
        for (int i = base; i < pendingTop; i += 2) {
            dict.setItem(pending[i], pending[i + 1]);
        }
        if (dict.size() != n) {
            // repeated keys: fewer inserts grew the table in CPython, so grow it as they did
            dict = new PyDict();
            for (int i = base; i < pendingTop; i += 2) {
                dict.setItem(pending[i], pending[i + 1]);
            }
        }
        java.util.Arrays.fill(pending, base, pendingTop, null);
        pendingTop = base;
        return dict;
    }

    /** The object key whose text starts at {@code start}, shared with its earlier copies. */
    private PyObject key(JsonText text, int start) {
        String chars = text.chars;
        if (chars != null) {
            int quote = JsonStrings.plainEnd(chars, start, strict);
            if (quote >= 0) {
                next[0] = quote + 1;
                return keys.get(chars, start, quote);
            }
        }
        PyStr key = JsonStrings.scan(text, start, strict, next);
        if (key.isSimple()) {
            String value = key.value();
            return keys.get(value, 0, value.length());
        }
        return memo.setdefault(key, key);
    }

    private PyObject parseArray(JsonText text, int idx) {
        int end = text.length - 1;
        int base = pendingTop;
        idx = skipWhitespace(text, idx);
        if (idx > end || text.at(idx) != ']') {
            while (true) {
                push(scanOnce(text, idx));
                idx = skipWhitespace(text, next[0]);
                if (idx <= end && text.at(idx) == ']') {
                    break;
                }
                if (idx > end || text.at(idx) != ',') {
                    throw JsonStrings.decodeError("Expecting ',' delimiter", text, idx);
                }
                idx = skipWhitespace(text, idx + 1);
            }
        }
        if (idx > end || text.at(idx) != ']') {
            throw JsonStrings.decodeError("Expecting value", text, end);
        }
        next[0] = idx + 1;
        return new PyList(pendingList(base));
    }

    /**
     * The items pending above {@code base}, in a list of their number, which leave the stack:
     * an array's items wait there as an object's pairs do, so that its list is made once at
     * its size (a decoded document's many short lists would otherwise each hold an array of
     * ArrayList's default ten, and a long one be copied at each growth).
     */
    private ArrayList<PyObject> pendingList(int base) {
        ArrayList<PyObject> items = new ArrayList<>(pendingTop - base);
        for (int i = base; i < pendingTop; i++) {
            items.add(pending[i]);
        }
        java.util.Arrays.fill(pending, base, pendingTop, null);
        pendingTop = base;
        return items;
    }

    private static int skipWhitespace(JsonText text, int idx) {
        int end = text.length;
        while (idx < end && JsonText.isWhitespace(text.at(idx))) {
            idx++;
        }
        return idx;
    }

    // CPython: Modules/_json.c _match_number_unicode
    private PyObject number(JsonText text, int start) {
        int end = text.length - 1;
        int idx = start;
        if (text.at(idx) == '-') {
            idx++;
            if (idx > end) {
                throw PyExceptions.stopIteration(PyInt.of(start));
            }
        }
        int c = text.at(idx);
        if (c >= '1' && c <= '9') {
            idx++;
            while (idx <= end && isDigit(text.at(idx))) {
                idx++;
            }
        } else if (c == '0') {
            idx++;
        } else {
            throw PyExceptions.stopIteration(PyInt.of(start));
        }
        boolean isFloat = false;
        if (idx < end && text.at(idx) == '.' && isDigit(text.at(idx + 1))) {
            isFloat = true;
            idx += 2;
            while (idx <= end && isDigit(text.at(idx))) {
                idx++;
            }
        }
        if (idx < end && (text.at(idx) == 'e' || text.at(idx) == 'E')) {
            int exponentStart = idx;
            idx++;
            if (idx < end && (text.at(idx) == '-' || text.at(idx) == '+')) {
                idx++;
            }
            while (idx <= end && isDigit(text.at(idx))) {
                idx++;
            }
            if (isDigit(text.at(idx - 1))) {
                isFloat = true;
            } else {
                idx = exponentStart;
            }
        }
        next[0] = idx;
        PyObject custom = isFloat ? (parseFloat != PyFloat.TYPE ? parseFloat : null)
                : (parseInt != PyInt.TYPE ? parseInt : null);
        if (custom == null && text.chars != null) {
            // The common case, without a str for the digits.
            if (isFloat) {
                return new PyFloat(DecimalToDouble.parse(text.chars, start, idx));
            }
            if (idx - start <= 18) {
                return PyInt.of(parseLong(text.chars, start, idx));
            }
        }
        PyStr digits = text.slice(start, idx);
        if (custom != null) {
            PyObject value = Ops.call(custom, digits);
            next[0] = idx; // the hook may have scanned another document with this scanner
            return value;
        }
        String s = digits.value();
        if (isFloat) {
            return new PyFloat(DecimalToDouble.parse(s, 0, s.length()));
        }
        if (s.length() <= 18) {
            return PyInt.of(Long.parseLong(s));
        }
        // int() applies the digit limit with CPython's message
        return Ops.call(PyInt.TYPE, digits);
    }

    /** The JSON integer [start, end), at most 18 characters, so that it fits a long. */
    private static long parseLong(String chars, int start, int end) {
        boolean negative = chars.charAt(start) == '-';
        long value = 0;
        for (int i = negative ? start + 1 : start; i < end; i++) {
            value = value * 10 + (chars.charAt(i) - '0');
        }
        return negative ? -value : value;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    @Exposed.Getter("strict")
    public boolean strict() {
        return strict;
    }

    @Exposed.Getter("object_hook")
    public PyObject objectHook() {
        return objectHook;
    }

    @Exposed.Getter("object_pairs_hook")
    public PyObject objectPairsHook() {
        return objectPairsHook;
    }

    @Exposed.Getter("parse_float")
    public PyObject parseFloat() {
        return parseFloat;
    }

    @Exposed.Getter("parse_int")
    public PyObject parseInt() {
        return parseInt;
    }

    @Exposed.Getter("parse_constant")
    public PyObject parseConstant() {
        return parseConstant;
    }
}
