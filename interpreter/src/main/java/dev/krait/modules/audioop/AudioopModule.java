package dev.krait.modules.audioop;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.FloatMath;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;
import dev.krait.runtime.WarningsMachinery;

/**
 * The {@code audioop} module object, its exception {@code audioop.error}, and the argument
 * conversions its functions share (Argument Clinic's {@code Py_buffer}, {@code int},
 * {@code Py_ssize_t} and {@code double} converters, and the checks of a sample width). The
 * functions themselves live by family in {@link Measures}, {@link Transforms} and
 * {@link Codecs}.
 *
 * <p>CPython counterpart: Modules/audioop.c ({@code audioop_exec}, {@code audioop_check_size},
 * {@code audioop_check_parameters}, {@code PyInit_audioop}).
 */
@NativeModule.Register("audioop")
public final class AudioopModule implements NativeModule {
    /** {@code audioop.error}, one class per interpreter. */
    static final class State {
        final PyType error;

        State() {
            PyDict ns = new PyDict();
            ns.setItem(PyStr.of("__module__"), PyStr.of("audioop"));
            error = (PyType) Ops.call(PyType.TYPE, PyStr.of("error"),
                    PyTuple.of(PyExceptions.Exception), ns);
        }
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        // CPython: Modules/audioop.c PyInit_audioop warns at stack level 7: from inside
        // importlib's Python bootstrap, six frames up is the code that imported the module.
        // Krait's import statement runs the bootstrap's steps in Java, without those frames, so
        // there the importing code is the current frame.
        PyFrame f = ThreadState.current().frame;
        boolean inBootstrap = f != null && f.code.filename.contains("importlib")
                && f.code.filename.contains("_bootstrap");
        WarningsMachinery.warn(PyStr.of("'audioop' is deprecated and slated for removal in "
                + "Python 3.13"), PyExceptions.DeprecationWarning, inBootstrap ? 7 : 1, null);
        PyModule m = new PyModule("audioop");
        ModuleBuilder.addFunctions(m, Measures.class);
        ModuleBuilder.addFunctions(m, Transforms.class);
        ModuleBuilder.addFunctions(m, RateConverter.class);
        ModuleBuilder.addFunctions(m, Codecs.class);
        m.put("error", interpreter.state(State.class, State::new).error);
        return m;
    }

    /** An {@code audioop.error} with {@code message}, ready to throw. */
    static PyException error(String message) {
        PyType error = ThreadState.current().interpreter.state(State.class, State::new).error;
        return ((PyBaseException) Ops.call(error, PyStr.of(message))).raise();
    }

    // ---- argument conversions --------------------------------------------------------------

    /**
     * The bytes of a fragment argument, read as a simple (C-contiguous) buffer: bytes,
     * bytearray, array.array or a contiguous memoryview; a strided memoryview raises
     * BufferError and a non-buffer CPython's TypeError. The result must not be modified.
     */
    // CPython: Objects/abstract.c PyObject_GetBuffer with PyBUF_SIMPLE
    static byte[] fragment(PyObject o) {
        return PyBytes.requireBytesLike(o);
    }

    /** Argument Clinic's {@code double}: a real number. */
    static double real(PyObject o) {
        return FloatMath.asDouble(o);
    }

    /** A sample width of 1 to 4 bytes, or audioop.error. */
    // CPython: Modules/audioop.c audioop_check_size
    static void checkSize(int width) {
        if (width < 1 || width > 4) {
            throw error("Size should be 1, 2, 3 or 4");
        }
    }

    /** A valid width that divides the fragment's length, or audioop.error. */
    // CPython: Modules/audioop.c audioop_check_parameters
    static void checkParameters(int length, int width) {
        checkSize(width);
        if (length % width != 0) {
            throw error("not a whole number of frames");
        }
    }

    /** The MemoryError CPython raises before allocating an output it cannot address. */
    static PyException noMemory() {
        return PyExceptions.of(PyExceptions.MemoryError, "not enough memory for output buffer");
    }

    /** An output buffer of {@code n} bytes, which Java arrays bound at 2**31 - 1. */
    static byte[] output(long n) {
        if (n > Integer.MAX_VALUE - 8) {
            throw noMemory();
        }
        return new byte[(int) n];
    }
}
