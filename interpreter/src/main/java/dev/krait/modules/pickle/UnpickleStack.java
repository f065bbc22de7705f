package dev.krait.modules.pickle;

import dev.krait.objects.PyException;
import dev.krait.objects.PyList;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * The unpickler's stack, with the marks kept apart: MARK records the stack height, and the
 * height of the latest mark is a fence that pops may not cross ("unpickling stack underflow",
 * or "unexpected MARK found" when a mark is set), as in the C unpickler.
 *
 * <p>CPython counterpart: Modules/_pickle.c {@code Pdata}, {@code Pdata_pop},
 * {@code Pdata_poptuple}, {@code Pdata_poplist}, {@code marker}, {@code load_mark}.
 */
final class UnpickleStack {
    PyObject[] data = new PyObject[8];
    int size;
    int fence;
    private int[] marks = new int[0];
    int numMarks;
    private final PickleState st;

    UnpickleStack(PickleState st) {
        this.st = st;
    }

    void reset() {
        Arrays.fill(data, 0, size, null);
        size = 0;
        fence = 0;
        numMarks = 0;
    }

    PyException underflow() {
        return st.unpicklingError(numMarks != 0 ? "unexpected MARK found"
                : "unpickling stack underflow");
    }

    void push(PyObject o) {
        if (size == data.length) {
            data = Arrays.copyOf(data, size + (size >> 3) + 6);
        }
        data[size++] = o;
    }

    PyObject pop() {
        if (size <= fence) {
            throw underflow();
        }
        PyObject o = data[--size];
        data[size] = null;
        return o;
    }

    /** The top item, without popping it. */
    PyObject peek() {
        if (size <= fence) {
            throw underflow();
        }
        return data[size - 1];
    }

    /** Drops the items from {@code to} up. */
    void clearTo(int to) {
        if (to < size) {
            Arrays.fill(data, to, size, null);
            size = to;
        }
    }

    PyTuple popTuple(int start) {
        if (start < fence) {
            throw underflow();
        }
        PyObject[] items = Arrays.copyOfRange(data, start, size);
        clearTo(start);
        return new PyTuple(items);
    }

    PyList popList(int start) {
        ArrayList<PyObject> items = new ArrayList<>(size - start);
        for (int i = start; i < size; i++) {
            items.add(data[i]);
        }
        clearTo(start);
        return new PyList(items);
    }

    // CPython: Modules/_pickle.c load_mark
    void mark() {
        if (numMarks >= marks.length) {
            marks = Arrays.copyOf(marks, (numMarks << 1) + 20);
        }
        marks[numMarks++] = size;
        fence = size;
    }

    /** Pops the latest mark and returns the stack height it recorded. */
    // CPython: Modules/_pickle.c marker
    int marker() {
        if (numMarks < 1) {
            throw st.unpicklingError("could not find MARK");
        }
        int mark = marks[--numMarks];
        fence = numMarks != 0 ? marks[numMarks - 1] : 0;
        return mark;
    }

    /** POP: drops the latest mark if it is at the top, else the top item. */
    // CPython: Modules/_pickle.c load_pop
    void popOrUnmark() {
        if (numMarks > 0 && marks[numMarks - 1] == size) {
            numMarks--;
            fence = numMarks != 0 ? marks[numMarks - 1] : 0;
        } else if (size <= fence) {
            throw underflow();
        } else {
            data[--size] = null;
        }
    }
}
