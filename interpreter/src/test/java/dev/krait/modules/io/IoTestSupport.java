package dev.krait.modules.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.objects.Attributes;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.ThreadState;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Shorthands for driving Krait's {@code _io} objects from Java the way a program would. */
abstract class IoTestSupport {
    static final PyModule IO = IoModule.create();

    Oracle o;

    @BeforeEach
    void scratch() {
        o = new Oracle();
        // What reaches Python code (an unknown encoding's lookup runs the codec search
        // functions) needs an interpreter on this thread, whichever test runs first.
        if (ThreadState.current() == null) {
            ThreadState.attach(new ThreadState(new Interpreter()));
        }
    }

    @AfterEach
    void cleanUp() {
        o.clean(true);
    }

    static PyObject io(String name) {
        return Attributes.getAttr(IO, name);
    }

    static PyStr s(String v) {
        return PyStr.of(v);
    }

    static PyBytes b(String latin1) {
        return PyBytes.of(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    static PyInt i(long v) {
        return PyInt.of(v);
    }

    static PyObject call(PyObject f, PyObject... args) {
        return Ops.call(f, args);
    }

    /** {@code f(*pos, **kw)} where kw alternates names and values. */
    static PyObject callKw(PyObject f, PyObject[] pos, Object... kw) {
        PyObject[] all = new PyObject[pos.length + kw.length / 2];
        String[] names = new String[kw.length / 2];
        System.arraycopy(pos, 0, all, 0, pos.length);
        for (int k = 0; k < names.length; k++) {
            names[k] = (String) kw[2 * k];
            all[pos.length + k] = (PyObject) kw[2 * k + 1];
        }
        return Ops.call(f, all, names);
    }

    static PyObject m(PyObject obj, String method, PyObject... args) {
        return Ops.callMethod(obj, method, args);
    }

    static PyObject open(PyObject... args) {
        return call(io("open"), args);
    }

    /** Runs the Python side and compares with what the Java side showed. */
    void same(String python) {
        assertEquals(String.join("\n", o.python(python)), String.join("\n", o.shown()));
    }
}
