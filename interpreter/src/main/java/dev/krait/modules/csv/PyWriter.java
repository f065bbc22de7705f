package dev.krait.modules.csv;

import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyComplex;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;

/**
 * {@code _csv.writer}: turns rows (iterables of fields) into CSV lines handed to the output's
 * {@code write} method, quoting and escaping each field as the dialect says.
 *
 * <p>CPython counterpart: Modules/_csv.c {@code WriterObj}, {@code join_append_data} and
 * {@code csv_writerow}.
 */
public final class PyWriter extends PyObject {
    public static final PyType TYPE = PyType.builtin("writer", PyWriter.class, null)
            .withModule("_csv");

    private final PyObject write;
    private final PyDialect dialect;
    /** The record being built, reused from row to row. */
    private final StringBuilder rec = new StringBuilder();
    private final StringBuilder fieldBuf = new StringBuilder();
    private int numFields;

    PyWriter(PyObject write, PyDialect dialect) {
        super(TYPE);
        this.write = write;
        this.dialect = dialect;
    }

    @Exposed.Getter("dialect")
    public PyObject getDialect() {
        return dialect;
    }

    // CPython: Modules/_csv.c csv_writerow
    @Exposed(value = "writerow($self, row, /)",
            doc = "writerow(iterable)\n\nConstruct and write a CSV record from an iterable of "
                    + "fields.  Non-string\nelements will be converted to string.")
    public PyObject writerow(PyObject seq) {
        PyDialect d = dialect;
        PyObject iter;
        try {
            iter = Iteration.iter(seq);
        } catch (PyException e) {
            if (e.matches(PyExceptions.TypeError)) {
                throw CsvModule.error("iterable expected, not " + seq.type().getName());
            }
            throw e;
        }
        rec.setLength(0);
        numFields = 0;
        for (PyObject f = Iteration.next(iter); f != null; f = Iteration.next(iter)) {
            boolean quoted = switch (d.quoting) {
                case CsvModule.QUOTE_NONNUMERIC -> !isNumber(f);
                case CsvModule.QUOTE_ALL -> true;
                default -> false;
            };
            String text = f instanceof PyStr s ? s.value()
                    : f == PyNone.NONE ? null : Ops.str(f).value();
            appendField(text, quoted);
        }
        if (numFields > 0 && rec.length() == 0) {
            if (d.quoting == CsvModule.QUOTE_NONE) {
                throw CsvModule.error("single empty field record must be quoted");
            }
            numFields--;
            appendField(null, true);
        }
        rec.append(d.lineterminator.value());
        return Ops.call(write, PyStr.of(rec.toString()));
    }

    // CPython: Objects/abstract.c PyNumber_Check
    private static boolean isNumber(PyObject o) {
        PyType t = o.type();
        return t.lookup("__index__") != null || t.lookup("__int__") != null
                || t.lookup("__float__") != null || o instanceof PyComplex;
    }

    /**
     * Appends one field, quoted when asked or when its characters need it, with quote
     * characters doubled and special characters escaped as the dialect says.
     */
    // CPython: Modules/_csv.c join_append_data
    private void appendField(String text, boolean quoted) {
        PyDialect d = dialect;
        StringBuilder out = fieldBuf;
        out.setLength(0);
        String terminator = d.lineterminator.value();
        if (text != null) {
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                if (c == d.delimiter || c == d.escapechar || c == d.quotechar
                        || terminator.indexOf(c) >= 0) {
                    boolean wantEscape = false;
                    if (d.quoting == CsvModule.QUOTE_NONE) {
                        wantEscape = true;
                    } else {
                        if (c == d.quotechar) {
                            if (d.doublequote) {
                                out.appendCodePoint(d.quotechar);
                            } else {
                                wantEscape = true;
                            }
                        } else if (c == d.escapechar) {
                            wantEscape = true;
                        }
                        if (!wantEscape) {
                            quoted = true;
                        }
                    }
                    if (wantEscape) {
                        if (d.escapechar == PyDialect.NOT_SET) {
                            throw CsvModule.error("need to escape, but no escapechar set");
                        }
                        out.appendCodePoint(d.escapechar);
                    }
                }
                out.appendCodePoint(c);
            }
        }
        if (numFields > 0) {
            rec.appendCodePoint(d.delimiter);
        }
        if (quoted) {
            rec.appendCodePoint(d.quotechar).append(out).appendCodePoint(d.quotechar);
        } else {
            rec.append(out);
        }
        numFields++;
    }

    // CPython: Modules/_csv.c csv_writerows
    @Exposed(value = "writerows($self, rows, /)",
            doc = "writerows(iterable of iterables)\n\nConstruct and write a series of "
                    + "iterables to a csv file.  Non-string\nelements will be converted to "
                    + "string.")
    public void writerows(PyObject rows) {
        PyObject iter = Iteration.iter(rows);
        for (PyObject row = Iteration.next(iter); row != null; row = Iteration.next(iter)) {
            writerow(row);
        }
    }
}
