package dev.krait.modules.csv;

import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyList;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;

/**
 * {@code _csv.reader}: an iterator of rows (lists of str, or floats for unquoted fields under
 * QUOTE_NONNUMERIC) parsed from an iterator of lines. A row may span several lines (a quoted
 * field holding a newline); the parser is CPython's character-at-a-time state machine, fed an
 * end-of-line marker after each line, with its errors.
 *
 * <p>CPython counterpart: Modules/_csv.c {@code ReaderObj}, {@code parse_process_char} and
 * {@code Reader_iternext}.
 */
public final class PyReader extends PyObject {
    public static final PyType TYPE = PyType.builtin("reader", PyReader.class, null)
            .withModule("_csv");

    /** The end of a line, outside every character's range (CPython's {@code EOL}). */
    private static final int EOL = -2;

    private static final int START_RECORD = 0;
    private static final int START_FIELD = 1;
    private static final int ESCAPED_CHAR = 2;
    private static final int IN_FIELD = 3;
    private static final int IN_QUOTED_FIELD = 4;
    private static final int ESCAPE_IN_QUOTED_FIELD = 5;
    private static final int QUOTE_IN_QUOTED_FIELD = 6;
    private static final int EAT_CRNL = 7;
    private static final int AFTER_ESCAPED_CRNL = 8;

    private final PyObject input;
    private final PyDialect dialect;
    private long lineNum;

    private int state;
    private PyList fields;
    private final StringBuilder field = new StringBuilder();
    /** The field's length in characters (code points), which the field limit counts. */
    private long fieldLen;
    private boolean numericField;
    private long fieldLimit;

    PyReader(PyObject input, PyDialect dialect) {
        super(TYPE);
        this.input = input;
        this.dialect = dialect;
    }

    @Exposed.Getter("dialect")
    public PyObject getDialect() {
        return dialect;
    }

    @Exposed.Getter("line_num")
    public long getLineNum() {
        return lineNum;
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return this;
    }

    // CPython: Modules/_csv.c Reader_iternext
    @Exposed("__next__($self, /)")
    public PyObject __next__() {
        fields = new PyList();
        field.setLength(0);
        fieldLen = 0;
        state = START_RECORD;
        numericField = false;
        fieldLimit = CsvModule.state().fieldLimit;
        do {
            PyObject line = Iteration.next(input);
            if (line == null) {
                if (fieldLen != 0 || state == IN_QUOTED_FIELD) {
                    if (dialect.strict) {
                        throw CsvModule.error("unexpected end of data");
                    }
                    saveField();
                    break;
                }
                throw PyExceptions.stopIteration();
            }
            if (!(line instanceof PyStr s)) {
                throw CsvModule.error("iterator should return strings, not "
                        + line.type().getName() + " (the file should be opened in text mode)");
            }
            lineNum++;
            String text = s.value();
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                processChar(c);
            }
            processChar(EOL);
        } while (state != START_RECORD);
        PyList row = fields;
        fields = null;
        return row;
    }

    // CPython: Modules/_csv.c parse_save_field
    private void saveField() {
        PyObject f = PyStr.of(field.toString());
        field.setLength(0);
        fieldLen = 0;
        if (numericField) {
            numericField = false;
            f = Ops.call(PyFloat.TYPE, f);
        }
        fields.append(f);
    }

    // CPython: Modules/_csv.c parse_add_char
    private void addChar(int c) {
        if (fieldLen >= fieldLimit) {
            throw CsvModule.error("field larger than field limit (" + fieldLimit + ")");
        }
        field.appendCodePoint(c);
        fieldLen++;
    }

    private static boolean isNewline(int c) {
        return c == '\n' || c == '\r';
    }

    /** One character (or EOL) through the state machine. */
    // CPython: Modules/_csv.c parse_process_char
    private void processChar(int c) {
        PyDialect d = dialect;
        switch (state) {
            case START_RECORD -> {
                if (c == EOL) {
                    return; // an empty line: the row is []
                }
                if (isNewline(c)) {
                    state = EAT_CRNL;
                    return;
                }
                state = START_FIELD;
                startField(c, d);
            }
            case START_FIELD -> startField(c, d);
            case ESCAPED_CHAR -> {
                if (isNewline(c)) {
                    addChar(c);
                    state = AFTER_ESCAPED_CRNL;
                    return;
                }
                addChar(c == EOL ? '\n' : c);
                state = IN_FIELD;
            }
            case AFTER_ESCAPED_CRNL -> {
                if (c != EOL) {
                    inField(c, d);
                }
            }
            case IN_FIELD -> inField(c, d);
            case IN_QUOTED_FIELD -> {
                if (c == EOL) {
                    return;
                }
                if (c == d.escapechar) {
                    state = ESCAPE_IN_QUOTED_FIELD;
                } else if (c == d.quotechar && d.quoting != CsvModule.QUOTE_NONE) {
                    state = d.doublequote ? QUOTE_IN_QUOTED_FIELD : IN_FIELD;
                } else {
                    addChar(c);
                }
            }
            case ESCAPE_IN_QUOTED_FIELD -> {
                addChar(c == EOL ? '\n' : c);
                state = IN_QUOTED_FIELD;
            }
            case QUOTE_IN_QUOTED_FIELD -> {
                if (d.quoting != CsvModule.QUOTE_NONE && c == d.quotechar) {
                    addChar(c); // "" stands for "
                    state = IN_QUOTED_FIELD;
                } else if (c == d.delimiter) {
                    saveField();
                    state = START_FIELD;
                } else if (isNewline(c) || c == EOL) {
                    saveField();
                    state = c == EOL ? START_RECORD : EAT_CRNL;
                } else if (!d.strict) {
                    addChar(c);
                    state = IN_FIELD;
                } else {
                    throw CsvModule.error("'" + Character.toString(d.delimiter)
                            + "' expected after '" + Character.toString(d.quotechar) + "'");
                }
            }
            case EAT_CRNL -> {
                if (c == EOL) {
                    state = START_RECORD;
                } else if (!isNewline(c)) {
                    throw CsvModule.error("new-line character seen in unquoted field - do you "
                            + "need to open the file in universal-newline mode?");
                }
            }
            default -> throw new IllegalStateException("csv reader state " + state);
        }
    }

    private void startField(int c, PyDialect d) {
        if (isNewline(c) || c == EOL) {
            saveField();
            state = c == EOL ? START_RECORD : EAT_CRNL;
        } else if (c == d.quotechar && d.quoting != CsvModule.QUOTE_NONE) {
            state = IN_QUOTED_FIELD;
        } else if (c == d.escapechar) {
            state = ESCAPED_CHAR;
        } else if (c == ' ' && d.skipinitialspace) {
            return; // spaces at the start of a field are skipped
        } else if (c == d.delimiter) {
            saveField();
        } else {
            if (d.quoting == CsvModule.QUOTE_NONNUMERIC) {
                numericField = true;
            }
            addChar(c);
            state = IN_FIELD;
        }
    }

    private void inField(int c, PyDialect d) {
        if (isNewline(c) || c == EOL) {
            saveField();
            state = c == EOL ? START_RECORD : EAT_CRNL;
        } else if (c == d.escapechar) {
            state = ESCAPED_CHAR;
        } else if (c == d.delimiter) {
            saveField();
            state = START_FIELD;
        } else {
            addChar(c);
        }
    }
}
