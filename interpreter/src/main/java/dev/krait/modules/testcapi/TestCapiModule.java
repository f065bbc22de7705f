package dev.krait.modules.testcapi;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.struct.StructPacking;
import dev.krait.objects.CArgs;
import dev.krait.objects.Containers;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyByteArray;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyMemoryView;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyRange;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.Errors;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.Pytime;
import java.math.BigInteger;

/**
 * The {@code _testcapi} module. In CPython it exercises the C API from C; tests import it for
 * the limits of the C types ({@code INT_MAX}, {@code PY_SSIZE_T_MAX}, ...: test_sqlite3,
 * test_bytes, test_time), for float packing (test_float) and for raising and reporting
 * exceptions from C (test_exceptions, test_audit). Krait keeps what is true of it as well: the
 * limits are this platform's C ABI, which Krait's calls into libc use too, and the functions do
 * what CPython's do with Krait's own machinery. The rest (types with C slots, the C-level
 * self-tests, {@code unicode_legacy_string}, sub-interpreters, tracemalloc hooks) is left
 * out, listed in the names census: a test that needs it fails with an
 * AttributeError or an ImportError, as its guards expect of a build without it.
 *
 * <p>CPython counterpart: Modules/_testcapimodule.c.
 */
@NativeModule.Register("_testcapi")
public final class TestCapiModule implements NativeModule {
    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_testcapi");
        ModuleBuilder.addFunctions(m, TestCapiModule.class);
        ModuleBuilder.addFunctions(m, TemporaryCThread.class);
        // char is signed on x86-64 and on Apple's arm64, unsigned on Linux's aarch64
        boolean charUnsigned = System.getProperty("os.arch").equals("aarch64")
                && !System.getProperty("os.name").startsWith("Mac");
        m.put("CHAR_MAX", PyInt.of(charUnsigned ? 255 : 127));
        m.put("CHAR_MIN", PyInt.of(charUnsigned ? 0 : -128));
        m.put("UCHAR_MAX", PyInt.of(255));
        m.put("SHRT_MAX", PyInt.of(Short.MAX_VALUE));
        m.put("SHRT_MIN", PyInt.of(Short.MIN_VALUE));
        m.put("USHRT_MAX", PyInt.of(65535));
        m.put("INT_MAX", PyInt.of(Integer.MAX_VALUE));
        m.put("INT_MIN", PyInt.of(Integer.MIN_VALUE));
        m.put("UINT_MAX", PyInt.of(0xffff_ffffL));
        // LP64 (Linux, macOS): long is 64 bits, as long long is
        m.put("LONG_MAX", PyInt.of(Long.MAX_VALUE));
        m.put("LONG_MIN", PyInt.of(Long.MIN_VALUE));
        m.put("ULONG_MAX", PyInt.of(TWO_TO_64.subtract(BigInteger.ONE)));
        m.put("LLONG_MAX", PyInt.of(Long.MAX_VALUE));
        m.put("LLONG_MIN", PyInt.of(Long.MIN_VALUE));
        m.put("ULLONG_MAX", PyInt.of(TWO_TO_64.subtract(BigInteger.ONE)));
        m.put("PY_SSIZE_T_MAX", PyInt.of(Long.MAX_VALUE));
        m.put("PY_SSIZE_T_MIN", PyInt.of(Long.MIN_VALUE));
        m.put("SIZEOF_TIME_T", PyInt.of(8));
        m.put("FLT_MAX", new PyFloat(Float.MAX_VALUE));
        m.put("FLT_MIN", new PyFloat(Float.MIN_NORMAL));
        m.put("DBL_MAX", new PyFloat(Double.MAX_VALUE));
        m.put("DBL_MIN", new PyFloat(Double.MIN_NORMAL));
        m.put("Py_Version", interpreter.sysAttribute("hexversion"));
        m.put("the_number_three", PyInt.of(3));
        // Krait's objects live in the JVM's heap, not in pymalloc's arenas
        m.put("WITH_PYMALLOC", PyBool.FALSE);
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("_testcapi"));
        m.put("error", Ops.call(PyType.TYPE, PyStr.of("error"),
                PyTuple.of(PyExceptions.Exception), ns));
        return m;
    }

    /** {@code x} packed as an IEEE 754 float of {@code size} bytes. */
    // CPython: Modules/_testcapimodule.c test_float_pack
    @Exposed(value = "float_pack($module, size, x, le, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject float_pack(PyObject size, PyObject x, PyObject le) {
        int n = CArgs.intFormat(size);
        double d = dev.krait.objects.FloatMath.asDouble(x);
        boolean little = CArgs.intFormat(le) != 0;
        if (n != 2 && n != 4 && n != 8) {
            throw PyExceptions.valueError("size must 2, 4 or 8");
        }
        return new PyBytes(StructPacking.packFloat(d, n, little));
    }

    /** The IEEE 754 float of the 2, 4 or 8 bytes of {@code data}. */
    // CPython: Modules/_testcapimodule.c test_float_unpack
    @Exposed(value = "float_unpack($module, data, le, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject float_unpack(PyObject data, PyObject le) {
        // "y#": bytes; the other buffers (memoryview, bytearray, array) release what they
        // lend, which "y#" refuses (Python/getargs.c convertbuffer)
        byte[] bytes;
        if (data instanceof PyBytes b) {
            bytes = b.array();
        } else if (!(data instanceof dev.krait.objects.PyStr)
                && PyBytes.bytesLikeCopy(data) != null) {
            throw PyExceptions.typeError("argument 1 must be read-only bytes-like object, not "
                    + data.type().getName());
        } else {
            throw PyExceptions.typeError("a bytes-like object is required, not '"
                    + data.type().getName() + "'");
        }
        boolean little = CArgs.intFormat(le) != 0;
        int n = bytes.length;
        if (n != 2 && n != 4 && n != 8) {
            throw PyExceptions.valueError("data length must 2, 4 or 8 bytes");
        }
        return new PyFloat(StructPacking.unpackFloat(bytes, little));
    }

    /** The wait status of a child stopped by signal {@code sig}: glibc's W_STOPCODE. */
    // CPython: Modules/_testcapimodule.c test_W_STOPCODE
    @Exposed(value = "W_STOPCODE($module, sig, /)", signature = Exposed.Signature.HIDDEN)
    public static long W_STOPCODE(PyObject sig) {
        return (long) CArgs.intFormat(sig) << 8 | 0x7f;
    }

    /**
     * {@code seq[i]} as the C API's PySequence_GetItem: a negative {@code i} counts from the end
     * when the object has a length; a dict is not a sequence.
     */
    // CPython: Modules/_testcapimodule.c sequence_getitem, Objects/abstract.c PySequence_GetItem
    @Exposed(value = "sequence_getitem($module, seq, i, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject sequence_getitem(PyObject seq, PyObject i) {
        long index = CArgs.asSsizeT(i);
        if (!Containers.isSequence(seq)) {
            throw PyExceptions.typeError(seq instanceof PyDict ? seq.type().tpName()
                    + " is not a sequence" : "'" + seq.type().tpName()
                    + "' object does not support indexing");
        }
        return Containers.getItem(seq, PyInt.of(slotIndex(seq, false, index)));
    }

    /** {@code seq[i] = value} as the C API's PySequence_SetItem. */
    // CPython: Modules/_testcapimodule.c sequence_setitem, Objects/abstract.c PySequence_SetItem
    @Exposed(value = "sequence_setitem($module, seq, i, value, /)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject sequence_setitem(PyObject seq, PyObject i, PyObject value) {
        long index = CArgs.asSsizeT(i);
        // a dict and a memoryview assign through the mapping slot only
        if (seq instanceof PyDict || seq instanceof PyMemoryView) {
            throw PyExceptions.typeError(seq.type().tpName() + " is not a sequence");
        }
        if (seq.type().lookup("__setitem__") == null) {
            throw PyExceptions.typeError("'" + seq.type().tpName()
                    + "' object does not support item assignment");
        }
        Containers.setItem(seq, PyInt.of(slotIndex(seq, true, index)), value);
        return PyNone.NONE;
    }

    /**
     * The index the sequence slot sees: a negative one plus the length, when the object has one
     * (sq_length). A class's slot (slot_sq_item, any heap type's, a builtin's subclass too)
     * calls __getitem__/__setitem__ with that index, which may count from the end once more;
     * so do the C item functions of range and memoryview (sq_item) and of bytearray
     * (sq_ass_item). The other builtins' take it as it is, so one still negative is out of
     * range: Long.MIN_VALUE stays out of range after the item access adds the length again,
     * and the access raises the type's own IndexError.
     */
    private static long slotIndex(PyObject seq, boolean assign, long index) {
        if (index < 0 && seq.type().lookup("__len__") != null) {
            index += Containers.len(seq);
        }
        PyType t = seq.type();
        boolean wrapsAgain = !t.isBuiltin()
                || (assign ? t == PyByteArray.TYPE : t == PyRange.TYPE || t == PyMemoryView.TYPE);
        return index < 0 && !wrapsAgain ? Long.MIN_VALUE : index;
    }

    /** Raises {@code exc} with the arguments 0 .. numArgs-1, as PyErr_SetObject does. */
    // CPython: Modules/_testcapimodule.c raise_exception, Python/errors.c _PyErr_SetObject
    @Exposed(value = "raise_exception($module, exception, num_args, /)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject raise_exception(PyObject exception, PyObject numArgs) {
        int n = CArgs.intFormat(numArgs);
        if (!(exception instanceof PyType t) || !t.isSubtypeOf(PyExceptions.BaseException)) {
            throw PyExceptions.systemError("_PyErr_SetObject: exception "
                    + Ops.repr(exception) + " is not a BaseException subclass");
        }
        PyObject[] args = new PyObject[Math.max(n, 0)];
        for (int i = 0; i < args.length; i++) {
            args[i] = PyInt.of(i);
        }
        PyObject made = Ops.call(exception, args);
        if (!(made instanceof PyBaseException e)) {
            throw PyExceptions.typeError("calling " + Ops.repr(exception)
                    + " should have returned an instance of BaseException, not "
                    + made.type().getName());
        }
        throw e.raise();
    }

    /** Raises MemoryError, as the C API's PyErr_NoMemory. */
    // CPython: Modules/_testcapimodule.c raise_memoryerror
    @Exposed(value = "raise_memoryerror($module, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject raise_memoryerror() {
        throw ((PyBaseException) Ops.call(PyExceptions.MemoryError)).raise();
    }

    /**
     * Reports {@code exc} through {@code sys.unraisablehook} with "Exception ignored
     * {@code errMsg}" (plain "Exception ignored in" for None) and {@code obj}.
     */
    // CPython: Modules/_testcapimodule.c test_write_unraisable_exc,
    // Python/errors.c _PyErr_WriteUnraisableMsg
    @Exposed(value = "write_unraisable_exc($module, exc, err_msg, obj, /)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject write_unraisable_exc(PyObject exc, PyObject errMsg, PyObject obj) {
        if (!(exc instanceof PyBaseException e)) {
            throw PyExceptions.systemError("_PyErr_SetObject: exception " + Ops.repr(exc)
                    + " is not a BaseException subclass");
        }
        String where = errMsg == PyNone.NONE ? null : Ops.str(errMsg).toString();
        Errors.writeUnraisable(where, obj, e);
        return PyNone.NONE;
    }

    // ---- Python/pytime.c, through Krait's own conversions (test_time's CPyTime tests) -------

    /** {@code _PyTime_FromSeconds} of a C int, as nanoseconds. */
    // CPython: Modules/_testcapimodule.c test_pytime_fromseconds
    @Exposed(value = "PyTime_FromSeconds($module, seconds, /)",
            signature = Exposed.Signature.HIDDEN)
    public static long PyTime_FromSeconds(PyObject seconds) {
        return CArgs.intFormat(seconds) * 1_000_000_000L;
    }

    // CPython: Modules/_testcapimodule.c test_pytime_fromsecondsobject
    @Exposed(value = "PyTime_FromSecondsObject($module, obj, round, /)",
            signature = Exposed.Signature.HIDDEN)
    public static long PyTime_FromSecondsObject(PyObject obj, PyObject round) {
        return Pytime.fromSecondsObject(obj, rounding(round));
    }

    // CPython: Modules/_testcapimodule.c test_pytime_assecondsdouble
    @Exposed(value = "PyTime_AsSecondsDouble($module, ns, /)",
            signature = Exposed.Signature.HIDDEN)
    public static double PyTime_AsSecondsDouble(PyObject ns) {
        return Pytime.asSecondsDouble(Pytime.fromNanosecondsObject(ns));
    }

    // CPython: Modules/_testcapimodule.c test_PyTime_AsTimeval
    @Exposed(value = "PyTime_AsTimeval($module, ns, round, /)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject PyTime_AsTimeval(PyObject ns, PyObject round) {
        Pytime.Round r = rounding(round);
        return pair(Pytime.asTimeval(Pytime.fromNanosecondsObject(ns), r));
    }

    /** The same as PyTime_AsTimeval: a 64-bit time_t holds every value (Pytime.asTimeval). */
    // CPython: Modules/_testcapimodule.c test_PyTime_AsTimeval_clamp
    @Exposed(value = "PyTime_AsTimeval_clamp($module, ns, round, /)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject PyTime_AsTimeval_clamp(PyObject ns, PyObject round) {
        return PyTime_AsTimeval(ns, round);
    }

    // CPython: Modules/_testcapimodule.c test_PyTime_AsTimespec
    @Exposed(value = "PyTime_AsTimespec($module, ns, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject PyTime_AsTimespec(PyObject ns) {
        return pair(Pytime.asTimespec(Pytime.fromNanosecondsObject(ns)));
    }

    // CPython: Modules/_testcapimodule.c test_PyTime_AsTimespec_clamp
    @Exposed(value = "PyTime_AsTimespec_clamp($module, ns, /)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject PyTime_AsTimespec_clamp(PyObject ns) {
        return PyTime_AsTimespec(ns);
    }

    /** The milliseconds, as an int (the C function hands them on as a _PyTime_t). */
    // CPython: Modules/_testcapimodule.c test_PyTime_AsMilliseconds (the value is checked
    // before the rounding mode)
    @Exposed(value = "PyTime_AsMilliseconds($module, ns, round, /)",
            signature = Exposed.Signature.HIDDEN)
    public static long PyTime_AsMilliseconds(PyObject ns, PyObject round) {
        long t = Pytime.fromNanosecondsObject(ns);
        return Pytime.asMilliseconds(t, rounding(round));
    }

    // CPython: Modules/_testcapimodule.c test_PyTime_AsMicroseconds
    @Exposed(value = "PyTime_AsMicroseconds($module, ns, round, /)",
            signature = Exposed.Signature.HIDDEN)
    public static long PyTime_AsMicroseconds(PyObject ns, PyObject round) {
        long t = Pytime.fromNanosecondsObject(ns);
        return Pytime.asMicroseconds(t, rounding(round));
    }

    // CPython: Modules/_testcapimodule.c test_pytime_object_to_time_t
    @Exposed(value = "pytime_object_to_time_t($module, obj, round, /)",
            signature = Exposed.Signature.HIDDEN)
    public static long pytime_object_to_time_t(PyObject obj, PyObject round) {
        return Pytime.objectToTimeT(obj, rounding(round));
    }

    // CPython: Modules/_testcapimodule.c test_pytime_object_to_timeval
    @Exposed(value = "pytime_object_to_timeval($module, obj, round, /)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject pytime_object_to_timeval(PyObject obj, PyObject round) {
        return pair(Pytime.objectToTimeval(obj, rounding(round)));
    }

    // CPython: Modules/_testcapimodule.c test_pytime_object_to_timespec
    @Exposed(value = "pytime_object_to_timespec($module, obj, round, /)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject pytime_object_to_timespec(PyObject obj, PyObject round) {
        return pair(Pytime.objectToTimespec(obj, rounding(round)));
    }

    /** An "i" argument naming a rounding mode; ValueError for a number that names none. */
    // CPython: Modules/_testcapimodule.c check_time_rounding
    private static Pytime.Round rounding(PyObject round) {
        return Pytime.Round.of(CArgs.intFormat(round));
    }

    private static PyObject pair(long[] secondsAndFraction) {
        return PyTuple.of(PyInt.of(secondsAndFraction[0]), PyInt.of(secondsAndFraction[1]));
    }
}
