package dev.krait.modules.csv;

import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;

/**
 * {@code _csv.Dialect}: the checked, immutable settings a reader or writer works with, made
 * from a registered name, any object with the settings as attributes (such as the
 * {@code csv.excel} class), keyword overrides, or a mix of these.
 *
 * <p>CPython counterpart: Modules/_csv.c {@code DialectObj} and {@code dialect_new}.
 */
public final class PyDialect extends PyObject {
    public static final PyType TYPE = PyType.builtin("Dialect", PyDialect.class, null)
            .withModule("_csv");

    /** A character setting that is None. */
    static final int NOT_SET = -1;

    private static final String[] KEYWORDS = {"dialect", "delimiter", "doublequote",
        "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"};

    int delimiter;
    boolean doublequote;
    int escapechar;
    /** The line terminator, always set once the dialect is made. */
    PyStr lineterminator;
    int quotechar;
    int quoting;
    boolean skipinitialspace;
    boolean strict;

    private PyDialect(PyType type) {
        super(type);
    }

    // CPython: Modules/_csv.c dialect_new
    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC,
            doc = "CSV dialect\n\nThe Dialect type records CSV parsing and generation "
                    + "options.\n")
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject[] v = parseArgs(args, kwnames);
        PyObject dialect = v[0];
        if (dialect != null) {
            if (dialect instanceof PyStr) {
                dialect = CsvModule.fromRegistry(dialect);
            }
            boolean overrides = false;
            for (int i = 1; i < v.length; i++) {
                overrides |= v[i] != null;
            }
            // A Dialect without overrides is immutable, so it can be shared.
            if (dialect instanceof PyDialect && !overrides) {
                return dialect;
            }
            for (int i = 1; i < v.length; i++) {
                if (v[i] == null) {
                    v[i] = Attributes.lookupAttrOrNull(dialect, KEYWORDS[i]);
                }
            }
        }
        PyObject quotecharArg = v[5];
        PyObject quotingArg = v[6];
        PyDialect d = new PyDialect(cls);
        d.delimiter = charSetting("delimiter", v[1], ',', false);
        d.doublequote = v[2] == null || Ops.isTrue(v[2]);
        d.escapechar = charSetting("escapechar", v[3], NOT_SET, true);
        d.lineterminator = strSetting("lineterminator", v[4]);
        d.quotechar = charSetting("quotechar", quotecharArg, '"', true);
        d.quoting = intSetting("quoting", quotingArg, CsvModule.QUOTE_MINIMAL);
        d.skipinitialspace = v[7] != null && Ops.isTrue(v[7]);
        d.strict = v[8] != null && Ops.isTrue(v[8]);
        if (d.quoting < CsvModule.QUOTE_MINIMAL || d.quoting > CsvModule.QUOTE_NONE) {
            throw PyExceptions.typeError("bad \"quoting\" value");
        }
        if (d.delimiter == NOT_SET) {
            throw PyExceptions.typeError("\"delimiter\" must be a 1-character string");
        }
        if (quotecharArg == PyNone.NONE && quotingArg == null) {
            d.quoting = CsvModule.QUOTE_NONE;
        }
        if (d.quoting != CsvModule.QUOTE_NONE && d.quotechar == NOT_SET) {
            throw PyExceptions.typeError("quotechar must be set if quoting enabled");
        }
        if (d.lineterminator == null) {
            throw PyExceptions.typeError("lineterminator must be set");
        }
        return d;
    }

    /** {@code "|OOOOOOOOO"} with {@link #KEYWORDS}, as PyArg_ParseTupleAndKeywords binds it. */
    private static PyObject[] parseArgs(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > KEYWORDS.length) {
            throw PyExceptions.typeError("function takes at most " + KEYWORDS.length
                    + " arguments (" + args.length + " given)");
        }
        PyObject[] v = new PyObject[KEYWORDS.length];
        System.arraycopy(args, 0, v, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int at = -1;
            for (int i = 0; i < KEYWORDS.length; i++) {
                if (KEYWORDS[i].equals(kwnames[k])) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                throw PyExceptions.typeError("'" + kwnames[k]
                        + "' is an invalid keyword argument for this function");
            }
            if (at < npos) {
                throw PyExceptions.typeError("argument for function given by name ('"
                        + kwnames[k] + "') and position (" + (at + 1) + ")");
            }
            v[at] = args[npos + k];
        }
        return v;
    }

    // CPython: Modules/_csv.c _set_char and _set_char_or_none
    private static int charSetting(String name, PyObject src, int dflt, boolean noneOk) {
        if (src == null) {
            return dflt;
        }
        if (noneOk && src == PyNone.NONE) {
            return NOT_SET;
        }
        if (!(src instanceof PyStr s)) {
            throw PyExceptions.typeError("\"" + name + "\" must be string"
                    + (noneOk ? " or None" : "") + ", not " + src.type().getName());
        }
        String t = s.value();
        if (t.isEmpty() || t.length() > 2 || t.codePointCount(0, t.length()) != 1) {
            throw PyExceptions.typeError("\"" + name + "\" must be a 1-character string");
        }
        return t.codePointAt(0);
    }

    // CPython: Modules/_csv.c _set_str
    private static PyStr strSetting(String name, PyObject src) {
        if (src == null) {
            return PyStr.of("\r\n");
        }
        if (src == PyNone.NONE) {
            return null;
        }
        if (!(src instanceof PyStr s)) {
            throw PyExceptions.typeError("\"" + name + "\" must be a string");
        }
        return s;
    }

    // CPython: Modules/_csv.c _set_int
    private static int intSetting(String name, PyObject src, int dflt) {
        if (src == null) {
            return dflt;
        }
        if (src.type() != PyInt.TYPE) {
            throw PyExceptions.typeError("\"" + name + "\" must be an integer");
        }
        PyInt i = (PyInt) src;
        if (!i.isSmall() || i.longValue() > Integer.MAX_VALUE
                || i.longValue() < Integer.MIN_VALUE) {
            throw PyExceptions.overflowError("Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    private static PyObject charOrNone(int c) {
        return c == NOT_SET ? PyNone.NONE : PyStr.of(Character.toString(c));
    }

    @Exposed.Getter("delimiter")
    public PyObject getDelimiter() {
        return charOrNone(delimiter);
    }

    @Exposed.Getter("escapechar")
    public PyObject getEscapechar() {
        return charOrNone(escapechar);
    }

    @Exposed.Getter("quotechar")
    public PyObject getQuotechar() {
        return charOrNone(quotechar);
    }

    @Exposed.Getter("lineterminator")
    public PyObject getLineterminator() {
        return lineterminator;
    }

    @Exposed.Getter("quoting")
    public long getQuoting() {
        return quoting;
    }

    @Exposed.Getter("doublequote")
    public boolean getDoublequote() {
        return doublequote;
    }

    @Exposed.Getter("skipinitialspace")
    public boolean getSkipinitialspace() {
        return skipinitialspace;
    }

    @Exposed.Getter("strict")
    public boolean getStrict() {
        return strict;
    }

    // CPython: Modules/_csv.c Dialect_reduce
    @Exposed(value = "__reduce__($self, /, *args)", doc = "raises an exception to avoid pickling")
    public PyObject __reduce__(PyObject[] args, String[] kwnames) {
        throw PyExceptions.typeError("cannot pickle '" + type().getName() + "' instances");
    }

    @Exposed(value = "__reduce_ex__($self, /, *args)",
            doc = "raises an exception to avoid pickling")
    public PyObject __reduce_ex__(PyObject[] args, String[] kwnames) {
        return __reduce__(args, kwnames);
    }
}
