package dev.krait.objects;

/**
 * The instance layout of {@code SyntaxError}, {@code IndentationError} and {@code TabError}:
 * the message and where the error is, {@code SyntaxError(msg, (filename, lineno, offset, text[,
 * end_lineno, end_offset]))}.
 *
 * <p>CPython counterpart: Objects/exceptions.c {@code PySyntaxErrorObject}.
 */
public final class PySyntaxError extends PyBaseException {
    /** The fields; null is None to Python. */
    public PyObject msg;
    public PyObject filename;
    public PyObject lineno;
    public PyObject offset;
    public PyObject text;
    public PyObject endLineno;
    public PyObject endOffset;
    public PyObject printFileAndLine;

    PySyntaxError(PyType type) {
        super(type);
    }

    // CPython: Objects/exceptions.c SyntaxError_init
    @Override
    void initialise(PyTuple args) {
        this.args = args;
        if (args.size() >= 1) {
            msg = args.get(0);
        }
        if (args.size() == 2) {
            PyTuple info = PyTuple.fromIterable(args.get(1));
            int n = info.size();
            // CPython: PyArg_ParseTuple(info, "OOOO|OO")
            if (n < 4 || n > 6) {
                throw PyExceptions.typeError("function takes " + (n < 4 ? "at least 4"
                        : "at most 6") + " arguments (" + n + " given)");
            }
            filename = info.get(0);
            lineno = info.get(1);
            offset = info.get(2);
            text = info.get(3);
            endLineno = n > 4 ? info.get(4) : null;
            endOffset = n > 5 ? info.get(5) : null;
            if (n == 5) {
                throw PyExceptions.typeError(
                        "end_offset must be provided when end_lineno is provided");
            }
        }
    }

    @Exposed(value = "__init__($self, /, *args, **kwargs)", name = "__init__")
    public PyObject initSyntaxError(PyObject[] args, String[] kwnames) {
        rejectKeywords(kwnames);
        initialise(positional(args, kwnames));
        return PyNone.NONE;
    }

    // CPython: Objects/exceptions.c SyntaxError_str -- the base name of the file and the line
    @Exposed(value = "__str__($self, /)", name = "__str__")
    public PyObject syntaxErrorStr() {
        String file = filename instanceof PyStr s ? baseName(s.toString()) : null;
        boolean haveLine = lineno != null && lineno.type() == PyInt.TYPE;
        PyObject text = Ops.str(msg == null ? PyNone.NONE : msg);
        if (file == null && !haveLine) {
            return text;
        }
        String line = haveLine ? lineText((PyInt) lineno) : null;
        if (file != null && haveLine) {
            return PyStr.of(text + " (" + file + ", line " + line + ")");
        } else if (file != null) {
            return PyStr.of(text + " (" + file + ")");
        }
        return PyStr.of(text + " (line " + line + ")");
    }

    /** The line number as C long, -1 on overflow (PyLong_AsLongAndOverflow). */
    private static String lineText(PyInt i) {
        return i.isSmall() ? Long.toString(i.longValue()) : "-1";
    }

    private static String baseName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    @Exposed.Getter(value = "msg", member = true, doc = "exception msg")
    public PyObject getMsg() {
        return msg;
    }

    @Exposed.Setter("msg")
    public void setMsg(PyObject v) {
        msg = v;
    }

    @Exposed.Getter(value = "filename", member = true, doc = "exception filename")
    public PyObject getFilename() {
        return filename;
    }

    @Exposed.Setter("filename")
    public void setFilename(PyObject v) {
        filename = v;
    }

    @Exposed.Getter(value = "lineno", member = true, doc = "exception lineno")
    public PyObject getLineno() {
        return lineno;
    }

    @Exposed.Setter("lineno")
    public void setLineno(PyObject v) {
        lineno = v;
    }

    @Exposed.Getter(value = "offset", member = true, doc = "exception offset")
    public PyObject getOffset() {
        return offset;
    }

    @Exposed.Setter("offset")
    public void setOffset(PyObject v) {
        offset = v;
    }

    @Exposed.Getter(value = "text", member = true, doc = "exception text")
    public PyObject getText() {
        return text;
    }

    @Exposed.Setter("text")
    public void setText(PyObject v) {
        text = v;
    }

    @Exposed.Getter(value = "end_lineno", member = true, doc = "exception end lineno")
    public PyObject getEndLineno() {
        return endLineno;
    }

    @Exposed.Setter("end_lineno")
    public void setEndLineno(PyObject v) {
        endLineno = v;
    }

    @Exposed.Getter(value = "end_offset", member = true, doc = "exception end offset")
    public PyObject getEndOffset() {
        return endOffset;
    }

    @Exposed.Setter("end_offset")
    public void setEndOffset(PyObject v) {
        endOffset = v;
    }

    @Exposed.Getter(value = "print_file_and_line", member = true,
            doc = "exception print_file_and_line")
    public PyObject getPrintFileAndLine() {
        return printFileAndLine;
    }

    @Exposed.Setter("print_file_and_line")
    public void setPrintFileAndLine(PyObject v) {
        printFileAndLine = v;
    }
}
