package dev.krait.modules.json;

import dev.krait.objects.Exposed;
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
        Ops.index(indentLevel);
        List<PyObject> chunks = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        Accumulator acc = new Accumulator(chunks, pending);
        encodeObject(acc, obj);
        acc.flush();
        return new PyList(chunks);
    }

    /**
     * The chunks, with runs of plain-text pieces merged into one str, so that the join at the
     * end has few pieces (CPython's _PyAccu merges small strs the same way).
     */
    private record Accumulator(List<PyObject> chunks, StringBuilder pending) {
        void add(PyStr s) {
            if (s.isSimple()) {
                pending.append(s.value());
            } else {
                flush();
                chunks.add(s);
            }
        }

        void add(String s) {
            pending.append(s);
        }

        void flush() {
            if (!pending.isEmpty()) {
                chunks.add(PyStr.of(pending.toString()));
                pending.setLength(0);
            }
        }
    }

    private void encodeObject(Accumulator acc, PyObject obj) {
        if (obj == PyNone.NONE) {
            acc.add("null");
        } else if (obj == PyBool.TRUE) {
            acc.add("true");
        } else if (obj == PyBool.FALSE) {
            acc.add("false");
        } else if (obj instanceof PyStr s) {
            acc.add(encodeString(s));
        } else if (obj instanceof PyInt i) {
            acc.add((PyStr) i.__repr__());
        } else if (obj instanceof PyFloat f) {
            acc.add(encodeFloat(f.value));
        } else if (obj instanceof PyList || obj instanceof PyTuple) {
            ThreadState ts = ThreadState.current();
            ts.enterRecursiveCall(WHERE);
            try {
                encodeList(acc, obj);
            } finally {
                ts.leaveRecursiveCall();
            }
        } else if (obj instanceof PyDict d) {
            ThreadState ts = ThreadState.current();
            ts.enterRecursiveCall(WHERE);
            try {
                encodeDict(acc, d);
            } finally {
                ts.leaveRecursiveCall();
            }
        } else {
            PyObject ident = mark(obj);
            PyObject replacement = Ops.call(defaultFn, obj);
            ThreadState ts = ThreadState.current();
            ts.enterRecursiveCall(WHERE);
            try {
                encodeObject(acc, replacement);
            } finally {
                ts.leaveRecursiveCall();
            }
            unmark(ident);
        }
    }

    /** Records a container being encoded; a second visit is a circular reference. */
    private PyObject mark(PyObject obj) {
        if (markers == PyNone.NONE) {
            return null;
        }
        PyObject ident = PyInt.of(Ops.id(obj));
        PyDict m = (PyDict) markers;
        if (m.getItem(ident) != null) {
            throw PyExceptions.valueError("Circular reference detected");
        }
        m.setItem(ident, obj);
        return ident;
    }

    private void unmark(PyObject ident) {
        if (ident != null) {
            ((PyDict) markers).__delitem__(ident);
        }
    }

    private PyStr encodeString(PyStr s) {
        if (fastEncode == 1) {
            return JsonStrings.escapeAscii(s);
        }
        if (fastEncode == 2) {
            return JsonStrings.escape(s);
        }
        PyObject encoded = Ops.call(encoder, s);
        if (!(encoded instanceof PyStr e)) {
            throw PyExceptions.typeError("encoder() must return a string, not "
                    + encoded.type().getName());
        }
        return e;
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

    private void encodeDict(Accumulator acc, PyDict dict) {
        if (dict.size() == 0) {
            acc.add("{}");
            return;
        }
        PyObject ident = mark(dict);
        acc.add("{");
        PyObject items;
        if (dict.type() == PyDict.TYPE) {
            List<PyObject> pairs = new ArrayList<>(dict.size());
            for (var entry : dict.entries()) {
                pairs.add(PyTuple.of(entry.getKey(), entry.getValue()));
            }
            items = new PyList(pairs);
        } else {
            items = new PyList(Ops.toList(Ops.callMethod(dict, "items")));
        }
        if (sortKeys) {
            ((PyList) items).sort(PyNone.NONE, PyBool.FALSE);
        }
        boolean first = true;
        PyObject it = Ops.iter(items);
        for (PyObject item = Ops.next(it); item != null; item = Ops.next(it)) {
            if (!(item instanceof PyTuple pair) || pair.size() != 2) {
                throw PyExceptions.valueError("items must return 2-tuples");
            }
            PyObject key = pair.get(0);
            PyStr keyText;
            if (key instanceof PyStr s) {
                keyText = s;
            } else if (key instanceof PyFloat f) {
                keyText = PyStr.of(encodeFloat(f.value));
            } else if (key == PyBool.TRUE || key == PyBool.FALSE || key == PyNone.NONE) {
                keyText = PyStr.of(key == PyBool.TRUE ? "true" : key == PyBool.FALSE ? "false"
                        : "null");
            } else if (key instanceof PyInt i) {
                keyText = (PyStr) i.__repr__();
            } else if (skipKeys) {
                continue;
            } else {
                throw PyExceptions.typeError("keys must be str, int, float, bool or None, not "
                        + key.type().getName());
            }
            if (!first) {
                acc.add(itemSeparator);
            }
            first = false;
            acc.add(encodeString(keyText));
            acc.add(keySeparator);
            encodeObject(acc, pair.get(1));
        }
        unmark(ident);
        acc.add("}");
    }

    private void encodeList(Accumulator acc, PyObject seq) {
        int size = seq instanceof PyList l ? l.size() : ((PyTuple) seq).size();
        if (size == 0) {
            acc.add("[]");
            return;
        }
        PyObject ident = mark(seq);
        acc.add("[");
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
                acc.add(itemSeparator);
            }
            encodeObject(acc, item);
        }
        unmark(ident);
        acc.add("]");
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
