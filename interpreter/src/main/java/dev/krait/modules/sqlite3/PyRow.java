package dev.krait.modules.sqlite3;

import dev.krait.objects.CArgs;
import dev.krait.objects.CompareOp;
import dev.krait.objects.Containers;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNotImplemented;
import dev.krait.objects.PyObject;
import dev.krait.objects.PySlice;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code sqlite3.Row}: a row factory whose rows are tuples that can also be indexed by column
 * name (ASCII case-insensitively), compare equal when their columns and values do, and list
 * their column names with {@code keys()}.
 *
 * <p>CPython counterpart: Modules/_sqlite/row.c.
 */
public class PyRow extends PyObject {
    public static final PyType TYPE = PyType.builtin("Row", PyRow.class, null)
            .withModule("sqlite3");

    final PyTuple data;
    final PyObject description;

    PyRow(PyType type, PyTuple data, PyObject description) {
        super(type);
        this.data = data;
        this.description = description;
    }

    // CPython: Modules/_sqlite/row.c pysqlite_row_new_impl
    @Exposed(value = "__new__($type, cursor, data, /)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject cursor, PyObject data) {
        if (!(cursor instanceof PyCursor c)) {
            throw PyExceptions.typeError("Row() argument 1 must be sqlite3.Cursor, not "
                    + cursor.type().getName());
        }
        if (!(data instanceof PyTuple t)) {
            throw PyExceptions.typeError("Row() argument 2 must be tuple, not "
                    + data.type().getName());
        }
        return new PyRow(cls, t, c.description);
    }

    /** Column {@code i}'s name from the description. */
    private PyObject columnName(int i) {
        return ((PyTuple) Containers.getItem(description, PyInt.of(i))).get(0);
    }

    private int columnCount() {
        return description instanceof PyTuple t ? t.size() : (int) Containers.len(description);
    }

    /** CPython: row.c equal_ignore_case. */
    private static boolean equalIgnoreCase(PyObject key, PyObject name) {
        if (Ops.eqBool(key, name)) {
            return true;
        }
        if (!(key instanceof PyStr a) || !(name instanceof PyStr b)) {
            return false;
        }
        String x = a.value();
        String y = b.value();
        if (x.length() != y.length()) {
            return false;
        }
        for (int i = 0; i < x.length(); i++) {
            char c = x.charAt(i);
            char d = y.charAt(i);
            if (c >= 0x80 || d >= 0x80) {
                return false;
            }
            if (Character.toLowerCase(c) != Character.toLowerCase(d)) {
                return false;
            }
        }
        return true;
    }

    // CPython: Modules/_sqlite/row.c pysqlite_row_subscript
    @Exposed("__getitem__($self, key, /)")
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PyInt) {
            long i = CArgs.asIndexSized(key, PyExceptions.IndexError);
            if (i < 0) {
                i += data.size();
            }
            if (i < 0 || i >= data.size()) {
                throw PyExceptions.indexError("tuple index out of range");
            }
            return data.get((int) i);
        }
        if (key instanceof PyStr) {
            int n = columnCount();
            for (int i = 0; i < n; i++) {
                if (equalIgnoreCase(key, columnName(i))) {
                    return data.get(i);
                }
            }
            throw PyExceptions.indexError("No item with that key");
        }
        if (key instanceof PySlice) {
            return Containers.getItem(data, key);
        }
        throw PyExceptions.indexError("Index must be int or string");
    }

    @Exposed("__len__($self, /)")
    public long __len__() {
        return data.size();
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return Iteration.iter(data);
    }

    // CPython: Modules/_sqlite/row.c pysqlite_row_keys_impl
    @Exposed("keys($self, /)")
    public PyObject keys() {
        PyList out = new PyList();
        int n = columnCount();
        for (int i = 0; i < n; i++) {
            out.append(columnName(i));
        }
        return out;
    }

    // CPython: Modules/_sqlite/row.c pysqlite_row_hash
    @Exposed("__hash__($self, /)")
    public long __hash__() {
        long h = Ops.hash(description) ^ Ops.hash(data);
        return h == -1 ? -2 : h;
    }

    // CPython: Modules/_sqlite/row.c pysqlite_row_richcompare
    private PyObject compare(PyObject other, boolean eq) {
        if (!(other instanceof PyRow o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (Ops.eqBool(description, o.description)) {
            return Ops.richCompare(data, o.data, eq ? CompareOp.EQ : CompareOp.NE);
        }
        return PyBool.of(!eq);
    }

    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject other) {
        return compare(other, true);
    }

    @Exposed("__ne__($self, value, /)")
    public PyObject __ne__(PyObject other) {
        return compare(other, false);
    }
}
