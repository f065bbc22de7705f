package dev.krait.modules.json;

import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyBuiltinFunction;
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
import dev.krait.text.Repr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code _json.make_encoder(...)}: the one-shot encoder {@code json.JSONEncoder.iterencode}
 * uses when no indent is asked for; called as {@code _iterencode(obj, _current_indent_level)},
 * it returns the list of chunks whose join is the JSON text. Circular references are found
 * through the caller's {@code markers} dict (keyed by {@code id()}), other objects go through
 * {@code default}, and strings through the given escaper, called directly when it is one of
 * this module's own.
 *
 * <p>CPython counterpart: Modules/_json.c {@code encoder_new}, {@code encoder_call},
 * {@code encoder_listencode_obj}, {@code encoder_listencode_dict},
 * {@code encoder_listencode_list}.
 */
public final class PyJsonEncoder extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("Encoder", PyJsonEncoder.class, null)
            .withModule("_json");
    private static final String WHERE = " while encoding a JSON object";
    /** The length of text after which the builder becomes a chunk. */
    private static final int CHUNK = 1 << 15;

    private final PyObject markers;
    private final PyObject defaultFn;
    private final PyObject encoder;
    private final PyObject indent;
    private final PyStr keySeparator;
    private final PyStr itemSeparator;
    private final boolean sortKeys;
    private final boolean skipKeys;
    private final boolean allowNan;
    /** 1: encode_basestring_ascii, 2: encode_basestring, 0: call {@link #encoder}. */
    private final int fastEncode;

    private PyJsonEncoder(PyObject[] a) {
        super(TYPE);
        markers = a[0];
        defaultFn = a[1];
        encoder = a[2];
        indent = a[3];
        keySeparator = (PyStr) a[4];
        itemSeparator = (PyStr) a[5];
        sortKeys = Ops.isTrue(a[6]);
        skipKeys = Ops.isTrue(a[7]);
        allowNan = Ops.isTrue(a[8]);
        fastEncode = encoder instanceof PyBuiltinFunction f
                && f.getSelf() instanceof JsonModule.Module
                        ? (f.name().equals("encode_basestring_ascii") ? 1
                                : f.name().equals("encode_basestring") ? 2 : 0)
                        : 0;
    }

    @Exposed(value = "__new__($type, /, markers, default, encoder, indent, key_separator, "
            + "item_separator, sort_keys, skipkeys, allow_nan)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject markers, PyObject dflt,
            PyObject encoder, PyObject indent, PyObject keySeparator, PyObject itemSeparator,
            PyObject sortKeys, PyObject skipKeys, PyObject allowNan) {
        requireStr(keySeparator, 5);
        requireStr(itemSeparator, 6);
        if (markers != PyNone.NONE && !(markers instanceof PyDict)) {
            throw PyExceptions.typeError("make_encoder() argument 1 must be dict or None, not "
                    + markers.type().getName());
        }
        return new PyJsonEncoder(new PyObject[] {markers, dflt, encoder, indent, keySeparator,
            itemSeparator, sortKeys, skipKeys, allowNan});
    }

    private static void requireStr(PyObject o, int position) {
        if (!(o instanceof PyStr)) {
            throw PyExceptions.typeError("make_encoder() argument " + position
                    + " must be str, not " + o.type().getName());
        }
    }

    // CPython: Modules/_json.c encoder_call
    @Exposed("__call__($self, /, obj, _current_indent_level)")
    public PyObject __call__(PyObject obj, PyObject indentLevel) {
        Numbers.index(indentLevel);
        Run run = new Run(markers instanceof PyDict m && m.type() == PyDict.TYPE && m.size() == 0);
        try {
            encodeObject(run, obj);
        } catch (RuntimeException | Error e) {
            // CPython leaves the containers being encoded in markers; a traceback can show it
            share(run);
            throw e;
        }
        run.flush();
        return new PyList(run.chunks);
    }

    /**
     * One call's state. The text goes to {@link #out}, runs of plain text merged into one str
     * (CPython's _PyAccu merges small strs the same way); a str with lone surrogates stays a
     * chunk of its own, since a Java string would pair its surrogates with its neighbours'.
     *
     * <p>The containers being encoded are kept in {@link #open}, by identity. CPython records
     * them in the {@code markers} dict keyed by {@code id()}, which in Krait costs a weak
     * reference per container: while the markers dict started empty and no Python code has run
     * since, the stack says the same, so it alone is kept, and {@link #share} writes it into
     * the dict before anything that could look at the dict (a {@code default} call, an
     * {@code items()} method, a comparison, an error leaving the call).
     */
    private final class Run {
        final List<PyObject> chunks = new ArrayList<>();
        final StringBuilder out = new StringBuilder(256);
        final ThreadState ts = ThreadState.current();
        PyObject[] open = new PyObject[16];
        /** The markers key of each open container once shared, else null. */
        PyObject[] idents = new PyObject[16];
        int depth;
        /** Whether the markers dict is the record (it was not empty, or Python code ran). */
        boolean shared;

        Run(boolean privateMarks) {
            shared = markers != PyNone.NONE && !privateMarks;
        }

        void add(PyStr s) {
            if (s.isSimple()) {
                out.append(s.value());
            } else {
                flush();
                chunks.add(s);
            }
        }

        void flush() {
            if (!out.isEmpty()) {
                // Only strs without surrogates go to out (see add).
                chunks.add(PyStr.ofNoSurrogates(out.toString()));
                out.setLength(0);
            }
        }

        /**
         * Ends the chunk once it is long: the join in json.encoder then copies the text once,
         * where one builder for the whole text would have copied it at every doubling.
         */
        void maybeFlush() {
            if (out.length() >= CHUNK) {
                flush();
            }
        }
    }

    private void encodeObject(Run run, PyObject obj) {
        if (obj == PyNone.NONE) {
            run.out.append("null");
        } else if (obj == PyBool.TRUE) {
            run.out.append("true");
        } else if (obj == PyBool.FALSE) {
            run.out.append("false");
        } else if (obj instanceof PyStr s) {
            encodeString(run, s);
        } else if (obj instanceof PyInt i) {
            appendInt(run.out, i);
        } else if (obj instanceof PyFloat f) {
            if (Double.isFinite(f.value)) {
                Repr.appendFloatRepr(run.out, f.value);
            } else {
                run.out.append(encodeFloat(f.value));
            }
        } else if (obj instanceof PyList || obj instanceof PyTuple) {
            run.ts.enterRecursiveCall(WHERE);
            try {
                encodeList(run, obj);
            } finally {
                run.ts.leaveRecursiveCall();
            }
        } else if (obj instanceof PyDict d) {
            run.ts.enterRecursiveCall(WHERE);
            try {
                encodeDict(run, d);
            } finally {
                run.ts.leaveRecursiveCall();
            }
        } else {
            mark(run, obj);
            share(run);
            PyObject replacement = Ops.call(defaultFn, obj);
            run.ts.enterRecursiveCall(WHERE);
            try {
                encodeObject(run, replacement);
            } finally {
                run.ts.leaveRecursiveCall();
            }
            unmark(run);
        }
    }

    /** {@code int.__repr__} of an int or subclass (CPython calls PyLong_Type's tp_repr). */
    private static void appendInt(StringBuilder out, PyInt i) {
        if (i.isSmall()) {
            out.append(i.longValue());
        } else {
            out.append(((PyStr) i.__repr__()).value());
        }
    }

    /** Records a container being encoded; a second visit is a circular reference. */
    private void mark(Run run, PyObject obj) {
        if (markers == PyNone.NONE) {
            return;
        }
        int depth = run.depth;
        PyObject ident = null;
        if (run.shared) {
            ident = PyInt.of(Ops.id(obj));
            PyDict m = (PyDict) markers;
            if (m.getItem(ident) != null) {
                throw PyExceptions.valueError("Circular reference detected");
            }
            m.setItem(ident, obj);
        } else {
            PyObject[] open = run.open;
            for (int i = 0; i < depth; i++) {
                if (open[i] == obj) {
                    throw PyExceptions.valueError("Circular reference detected");
                }
            }
        }
        if (depth == run.open.length) {
            run.open = Arrays.copyOf(run.open, depth * 2);
            run.idents = Arrays.copyOf(run.idents, depth * 2);
        }
        run.open[depth] = obj;
        run.idents[depth] = ident;
        run.depth = depth + 1;
    }

    private void unmark(Run run) {
        if (markers == PyNone.NONE) {
            return;
        }
        int top = --run.depth;
        PyObject ident = run.idents[top];
        run.open[top] = null;
        run.idents[top] = null;
        if (ident != null) {
            ((PyDict) markers).__delitem__(ident);
        }
    }

    /** Writes the open containers into the markers dict, which is the record from now on. */
    private void share(Run run) {
        if (run.shared) {
            return;
        }
        run.shared = true;
        for (int i = 0; i < run.depth; i++) {
            PyObject ident = PyInt.of(Ops.id(run.open[i]));
            ((PyDict) markers).setItem(ident, run.open[i]);
            run.idents[i] = ident;
        }
    }

    private void encodeString(Run run, PyStr s) {
        if (fastEncode == 1) {
            JsonStrings.escapeAscii(run.out, s);
        } else if (fastEncode == 2 && s.isSimple()) {
            JsonStrings.escape(run.out, s);
        } else if (fastEncode == 2) {
            run.add(JsonStrings.escape(s));
        } else {
            share(run);
            PyObject encoded = Ops.call(encoder, s);
            if (!(encoded instanceof PyStr e)) {
                throw PyExceptions.typeError("encoder() must return a string, not "
                        + encoded.type().getName());
            }
            run.add(e);
        }
    }

    // CPython: Modules/_json.c encoder_encode_float
    private String encodeFloat(double v) {
        if (!Double.isFinite(v)) {
            if (!allowNan) {
                throw PyExceptions.valueError(
                        "Out of range float values are not JSON compliant");
            }
            return v > 0 ? "Infinity" : v < 0 ? "-Infinity" : "NaN";
        }
        return Repr.floatRepr(v);
    }

    // CPython: Modules/_json.c encoder_listencode_dict
    private void encodeDict(Run run, PyDict dict) {
        if (dict.size() == 0) {
            run.out.append("{}");
            return;
        }
        mark(run, dict);
        run.out.append('{');
        // CPython encodes a snapshot, the list of items (sorted by key if asked)
        int n = dict.size();
        PyObject[] keys = new PyObject[n];
        PyObject[] values = new PyObject[n];
        List<PyObject> items = null;
        if (!snapshot(dict, keys, values)) {
            items = itemsList(run, dict);
            n = items.size();
        }
        boolean first = true;
        for (int i = 0; i < n; i++) {
            PyObject key;
            PyObject value;
            if (items == null) {
                key = keys[i];
                value = values[i];
            } else {
                if (!(items.get(i) instanceof PyTuple pair) || pair.size() != 2) {
                    throw PyExceptions.valueError("items must return 2-tuples");
                }
                key = pair.get(0);
                value = pair.get(1);
            }
            PyStr keyText;
            if (key instanceof PyStr s) {
                keyText = s;
            } else if (key instanceof PyFloat f) {
                keyText = PyStr.of(encodeFloat(f.value));
            } else if (key == PyBool.TRUE || key == PyBool.FALSE || key == PyNone.NONE) {
                keyText = PyStr.of(key == PyBool.TRUE ? "true" : key == PyBool.FALSE ? "false"
                        : "null");
            } else if (key instanceof PyInt k) {
                keyText = (PyStr) k.__repr__();
            } else if (skipKeys) {
                continue;
            } else {
                throw PyExceptions.typeError("keys must be str, int, float, bool or None, not "
                        + key.type().getName());
            }
            if (!first) {
                run.add(itemSeparator);
            }
            first = false;
            encodeString(run, keyText);
            run.add(keySeparator);
            encodeObject(run, value);
            run.maybeFlush();
        }
        unmark(run);
        run.out.append('}');
    }

    /**
     * The items of an exact dict, in order or sorted by key, without tuples: false when that
     * would differ from sorting the list of items (keys that are not all exact strs). Distinct
     * exact strs compare in one total order, so the tuples' order is their keys' order.
     */
    private boolean snapshot(PyDict dict, PyObject[] keys, PyObject[] values) {
        if (dict.type() != PyDict.TYPE) {
            return false;
        }
        dict.copyItems(keys, values);
        if (!sortKeys) {
            return true;
        }
        for (PyObject key : keys) {
            if (key.type() != PyStr.TYPE) {
                return false;
            }
        }
        sortByStrKey(keys, values);
        return true;
    }

    /**
     * Sorts the items by their keys, distinct exact strs (so no two compare equal and the order
     * is the sorted list of items' order): in place for a few, through an index order for more.
     */
    private static void sortByStrKey(PyObject[] keys, PyObject[] values) {
        int n = keys.length;
        if (n <= 16) {
            for (int i = 1; i < n; i++) {
                PyStr key = (PyStr) keys[i];
                PyObject value = values[i];
                int j = i - 1;
                while (j >= 0 && ((PyStr) keys[j]).compareTo(key) > 0) {
                    keys[j + 1] = keys[j];
                    values[j + 1] = values[j];
                    j--;
                }
                keys[j + 1] = key;
                values[j + 1] = value;
            }
            return;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        PyObject[] k = keys.clone();
        PyObject[] v = values.clone();
        Arrays.sort(order, (a, b) -> ((PyStr) k[a]).compareTo((PyStr) k[b]));
        for (int i = 0; i < n; i++) {
            keys[i] = k[order[i]];
            values[i] = v[order[i]];
        }
    }


    /** {@code list(dict.items())}, sorted if asked: Python code may run, so markers is shared. */
    private List<PyObject> itemsList(Run run, PyDict dict) {
        share(run);
        PyList items;
        if (dict.type() == PyDict.TYPE) {
            List<PyObject> pairs = new ArrayList<>(dict.size());
            for (var entry : dict.entries()) {
                pairs.add(PyTuple.of(entry.getKey(), entry.getValue()));
            }
            items = new PyList(pairs);
        } else {
            items = new PyList(Iteration.toList(Ops.callMethod(dict, "items")));
        }
        if (sortKeys) {
            items.sort(PyNone.NONE, PyBool.FALSE);
        }
        return items.items;
    }

    // CPython: Modules/_json.c encoder_listencode_list
    private void encodeList(Run run, PyObject seq) {
        int size = seq instanceof PyList l ? l.size() : ((PyTuple) seq).size();
        if (size == 0) {
            run.out.append("[]");
            return;
        }
        mark(run, seq);
        run.out.append('[');
        // a list may change while its items are encoded: read its size each time, as CPython
        for (int i = 0; ; i++) {
            PyObject item;
            if (seq instanceof PyList l) {
                if (i >= l.size()) {
                    break;
                }
                item = l.items.get(i);
            } else {
                PyTuple t = (PyTuple) seq;
                if (i >= t.size()) {
                    break;
                }
                item = t.get(i);
            }
            if (i > 0) {
                run.add(itemSeparator);
            }
            encodeObject(run, item);
            run.maybeFlush();
        }
        unmark(run);
        run.out.append(']');
    }

    @Exposed.Getter("markers")
    public PyObject markers() {
        return markers;
    }

    @Exposed.Getter("default")
    public PyObject defaultFn() {
        return defaultFn;
    }

    @Exposed.Getter("encoder")
    public PyObject encoder() {
        return encoder;
    }

    @Exposed.Getter("indent")
    public PyObject indent() {
        return indent;
    }

    @Exposed.Getter("key_separator")
    public PyObject keySeparator() {
        return keySeparator;
    }

    @Exposed.Getter("item_separator")
    public PyObject itemSeparator() {
        return itemSeparator;
    }

    @Exposed.Getter("sort_keys")
    public boolean sortKeys() {
        return sortKeys;
    }

    @Exposed.Getter("skipkeys")
    public boolean skipKeys() {
        return skipKeys;
    }
}
