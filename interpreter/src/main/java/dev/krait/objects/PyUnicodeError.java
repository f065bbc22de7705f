package dev.krait.objects;

/**
 * The instance layout of {@code UnicodeEncodeError}, {@code UnicodeDecodeError} and
 * {@code UnicodeTranslateError} (each its own type over this class, as CPython gives the three
 * one struct): the codec, the text or bytes, the failing span and the reason. Which of the three
 * an instance is, its type says.
 *
 * <p>CPython counterpart: Objects/exceptions.c {@code PyUnicodeErrorObject}.
 */
public final class PyUnicodeError extends PyBaseException {
    /** The fields; null is None to Python. {@code start} and {@code end} are C integers. */
    public PyObject encoding;
    public PyObject object;
    public long start;
    public long end;
    public PyObject reason;

    PyUnicodeError(PyType type) {
        super(type);
    }

    /** A UnicodeEncodeError or UnicodeDecodeError of type {@code t}, made in Java. */
    public static PyUnicodeError of(PyType t, String encoding, PyObject object, long start,
            long end, String reason) {
        PyUnicodeError e = (PyUnicodeError) PyExceptions.instantiate(t);
        e.args = PyTuple.of(PyStr.of(encoding), object, PyInt.of(start), PyInt.of(end),
                PyStr.of(reason));
        e.encoding = e.args.get(0);
        e.object = object;
        e.start = start;
        e.end = end;
        e.reason = e.args.get(4);
        return e;
    }

    private boolean decodes() {
        return type.isSubtypeOf(PyExceptions.UnicodeDecodeError);
    }

    private boolean translates() {
        return type.isSubtypeOf(PyExceptions.UnicodeTranslateError);
    }

    /**
     * {@code (encoding, object, start, end, reason)}, without the encoding for
     * UnicodeTranslateError; UnicodeDecodeError keeps a bytes copy of any bytes-like object.
     */
    // CPython: Objects/exceptions.c UnicodeEncodeError_init ("UUnnU"), UnicodeDecodeError_init
    // ("UOnnU"), UnicodeTranslateError_init ("UnnU")
    @Override
    void initialise(PyTuple args) {
        this.args = args;
        encoding = null;
        object = null;
        reason = null;
        boolean translate = translates();
        boolean decode = !translate && decodes();
        int want = translate ? 4 : 5;
        if (args.size() != want) {
            throw PyExceptions.typeError("function takes exactly " + want + " arguments ("
                    + args.size() + " given)");
        }
        int at = 0;
        PyObject enc = translate ? null : requireStr(args, at++);
        PyObject obj = decode ? args.get(at++) : requireStr(args, at++);
        long s = CArgs.asSsizeT(args.get(at++));
        long e = CArgs.asSsizeT(args.get(at++));
        PyObject why = requireStr(args, at);
        if (decode && !(obj instanceof PyBytes)) {
            obj = new PyBytes(PyBytes.requireBytesLike(obj));
        }
        encoding = enc;
        object = obj;
        start = s;
        end = e;
        reason = why;
    }

    /** The "U" format: a str, or "argument N must be str, not T". */
    private static PyObject requireStr(PyTuple args, int at) {
        PyObject o = args.get(at);
        if (!(o instanceof PyStr)) {
            throw PyExceptions.typeError("argument " + (at + 1) + " must be str, not "
                    + o.type().getName());
        }
        return o;
    }

    @Exposed(value = "__init__($self, /, *args, **kwargs)", name = "__init__")
    public PyObject initUnicodeError(PyObject[] args, String[] kwnames) {
        rejectKeywords(kwnames);
        initialise(positional(args, kwnames));
        return PyNone.NONE;
    }

    // CPython: Objects/exceptions.c UnicodeEncodeError_str, UnicodeDecodeError_str,
    // UnicodeTranslateError_str
    @Exposed(value = "__str__($self, /)", name = "__str__")
    public PyObject unicodeErrorStr() {
        if (object == null) {
            return PyStr.EMPTY; // not initialised
        }
        String why = Ops.str(reason == null ? PyNone.NONE : reason).toString();
        boolean decode = decodes();
        String head = translates() ? "can't translate"
                : "'" + Ops.str(encoding == null ? PyNone.NONE : encoding) + "' codec can't "
                        + (decode ? "decode" : "encode");
        // a program may have stored another type of object: then only the span is shown
        long length = decode ? (object instanceof PyBytes b ? b.size() : -1)
                : (object instanceof PyStr s ? Containers.len(s) : -1);
        if (start >= 0 && start < length && end == start + 1) {
            if (decode) {
                long b = ((PyBytes) object).array()[(int) start] & 0xff;
                return PyStr.of(head + " byte 0x" + String.format("%02x", b) + " in position "
                        + start + ": " + why);
            }
            int c = ((PyStr) object).codePointAt((int) start);
            String shown = c <= 0xff ? String.format("\\x%02x", c)
                    : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
            return PyStr.of(head + " character '" + shown + "' in position " + start + ": "
                    + why);
        }
        return PyStr.of(head + (decode ? " bytes" : " characters") + " in position " + start
                + "-" + (end - 1) + ": " + why);
    }

    @Exposed.Getter(value = "encoding", member = true, doc = "exception encoding")
    public PyObject getEncoding() {
        return encoding;
    }

    @Exposed.Setter("encoding")
    public void setEncoding(PyObject v) {
        encoding = v;
    }

    @Exposed.Getter(value = "object", member = true, doc = "exception object")
    public PyObject getObject() {
        return object;
    }

    @Exposed.Setter("object")
    public void setObject(PyObject v) {
        object = v;
    }

    @Exposed.Getter(value = "start", member = true, doc = "exception start")
    public long getStart() {
        return start;
    }

    @Exposed.Setter("start")
    public void setStart(PyObject v) {
        start = ssizeMember(v);
    }

    @Exposed.Getter(value = "end", member = true, doc = "exception end")
    public long getEnd() {
        return end;
    }

    @Exposed.Setter("end")
    public void setEnd(PyObject v) {
        end = ssizeMember(v);
    }

    /** CPython: Python/structmember.c PyMember_SetOne (T_PYSSIZET). */
    private static long ssizeMember(PyObject v) {
        if (v == null) {
            throw PyExceptions.typeError("can't delete numeric/char attribute");
        }
        return CArgs.intAsSsizeT(v);
    }

    @Exposed.Getter(value = "reason", member = true, doc = "exception reason")
    public PyObject getReason() {
        return reason;
    }

    @Exposed.Setter("reason")
    public void setReason(PyObject v) {
        reason = v;
    }
}
