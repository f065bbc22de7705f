package dev.krait.modules.lzma;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.posix.Libc;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.Importer;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.math.BigInteger;

/**
 * {@code _lzma}: the {@link PyLZMACompressor} and {@link PyLZMADecompressor} types, the
 * filter-property helpers {@code lzma} uses for the 7-zip-style raw formats, liblzma's
 * constants, and {@code LZMAError} carrying liblzma's failures in CPython's words.
 *
 * <p>CPython counterpart: Modules/_lzmamodule.c.
 */
@NativeModule.Register("_lzma")
public final class LzmaModule implements NativeModule {
    // The container formats (the module's own numbering, not liblzma's).
    static final int FORMAT_AUTO = 0;
    static final int FORMAT_XZ = 1;
    static final int FORMAT_ALONE = 2;
    static final int FORMAT_RAW = 3;

    static final int CHECK_NONE = 0;
    static final int CHECK_CRC64 = 4;
    static final int CHECK_UNKNOWN = 16;

    static final long FILTER_LZMA1 = 0x4000000000000001L;
    static final long FILTER_LZMA2 = 0x21;
    static final long FILTER_DELTA = 0x03;
    static final int PRESET_DEFAULT = 6;

    /** The module's exception class, per interpreter. */
    static final class State {
        final PyType error;

        State() {
            PyDict ns = new PyDict();
            ns.setItem(PyStr.of("__module__"), PyStr.of("_lzma"));
            ns.setItem(PyStr.of("__doc__"), PyStr.of("Call to liblzma failed."));
            error = (PyType) Ops.call(PyType.TYPE, PyStr.of("LZMAError"),
                    PyTuple.of(PyExceptions.Exception), ns);
        }
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        if (!Liblzma.Library.AVAILABLE) {
            // As a CPython built without liblzma has no _lzma extension at all.
            throw Importer.moduleNotFound("No module named '_lzma'", "_lzma");
        }
        PyModule m = new PyModule("_lzma");
        ModuleBuilder.addFunctions(m, LzmaModule.class);
        Object[][] constants = {
            {"FORMAT_AUTO", FORMAT_AUTO}, {"FORMAT_XZ", FORMAT_XZ},
            {"FORMAT_ALONE", FORMAT_ALONE}, {"FORMAT_RAW", FORMAT_RAW},
            {"CHECK_NONE", 0L}, {"CHECK_CRC32", 1L}, {"CHECK_CRC64", 4L},
            {"CHECK_SHA256", 10L}, {"CHECK_ID_MAX", 15L}, {"CHECK_UNKNOWN", 16L},
            {"FILTER_LZMA1", FILTER_LZMA1}, {"FILTER_LZMA2", FILTER_LZMA2},
            {"FILTER_DELTA", FILTER_DELTA}, {"FILTER_X86", 4L}, {"FILTER_IA64", 6L},
            {"FILTER_ARM", 7L}, {"FILTER_ARMTHUMB", 8L}, {"FILTER_SPARC", 9L},
            {"FILTER_POWERPC", 5L}, {"MF_HC3", 0x03L}, {"MF_HC4", 0x04L},
            {"MF_BT2", 0x12L}, {"MF_BT3", 0x13L}, {"MF_BT4", 0x14L}, {"MODE_FAST", 1L},
            {"MODE_NORMAL", 2L}, {"PRESET_DEFAULT", (long) PRESET_DEFAULT},
            {"PRESET_EXTREME", 0x80000000L}};
        for (Object[] c : constants) {
            m.put((String) c[0], PyInt.of(((Number) c[1]).longValue()));
        }
        m.put("LZMAError", interpreter.state(State.class, State::new).error);
        m.put("LZMACompressor", PyLZMACompressor.TYPE);
        m.put("LZMADecompressor", PyLZMADecompressor.TYPE);
        return m;
    }

    // ---- errors ------------------------------------------------------------------------------

    static PyException error(String message) {
        PyType t = ThreadState.current().interpreter.state(State.class, State::new).error;
        return ((PyBaseException) Ops.call(t, PyStr.of(message))).raise();
    }

    /** Raises for a failing liblzma status; the non-failing ones return quietly. */
    // CPython: Modules/_lzmamodule.c catch_lzma_error
    static void check(int ret) {
        switch (ret) {
            case Liblzma.LZMA_OK, Liblzma.LZMA_GET_CHECK, Liblzma.LZMA_NO_CHECK,
                    Liblzma.LZMA_STREAM_END -> {
                return;
            }
            case Liblzma.LZMA_UNSUPPORTED_CHECK -> throw error("Unsupported integrity check");
            case Liblzma.LZMA_MEM_ERROR -> throw PyExceptions.of(PyExceptions.MemoryError, "");
            case Liblzma.LZMA_MEMLIMIT_ERROR -> throw error("Memory usage limit exceeded");
            case Liblzma.LZMA_FORMAT_ERROR ->
                    throw error("Input format not supported by decoder");
            case Liblzma.LZMA_OPTIONS_ERROR -> throw error("Invalid or unsupported options");
            case Liblzma.LZMA_DATA_ERROR -> throw error("Corrupt input data");
            case Liblzma.LZMA_BUF_ERROR -> throw error("Insufficient buffer space");
            case Liblzma.LZMA_PROG_ERROR -> throw error("Internal error");
            default -> throw error("Unrecognized error from liblzma: " + ret);
        }
    }

    // ---- argument conversions ----------------------------------------------------------------

    private static final BigInteger U64_LIMIT = BigInteger.ONE.shiftLeft(64);

    /** An unsigned 64-bit value, as PyLong_AsUnsignedLongLong takes it (no __index__). */
    static long unsignedLongLong(PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw PyExceptions.typeError("an integer is required");
        }
        if (i.signum() < 0) {
            throw PyExceptions.overflowError("can't convert negative int to unsigned");
        }
        if (!i.isSmall() && i.bigValue().compareTo(U64_LIMIT) >= 0) {
            throw PyExceptions.overflowError("int too big to convert");
        }
        return i.isSmall() ? i.longValue() : i.bigValue().longValue();
    }

    /** A 32-bit unsigned field; {@code type} names the C type in the overflow message. */
    // CPython: Modules/_lzmamodule.c INT_TYPE_CONVERTER_FUNC
    static int uint32(PyObject o, String type) {
        long v = unsignedLongLong(o);
        if ((v >>> 32) != 0) {
            throw PyExceptions.overflowError("Value too large for " + type + " type");
        }
        return (int) v;
    }

    // ---- module functions --------------------------------------------------------------------

    // CPython: Modules/_lzmamodule.c _lzma_is_check_supported_impl
    @Exposed(value = "is_check_supported($module, check_id, /)",
            doc = "Test whether the given integrity check is supported.\n\n"
                    + "Always returns True for CHECK_NONE and CHECK_CRC32.")
    public static PyObject is_check_supported(PyObject checkId) {
        int id = CArgs.asInt(checkId);
        try {
            return PyBool.of((byte) Liblzma.checkIsSupported.invokeExact(id) != 0);
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    // CPython: Modules/_lzmamodule.c _lzma__encode_filter_properties_impl
    @Exposed(value = "_encode_filter_properties($module, filter, /)",
            doc = "Return a bytes object encoding the options (properties) of the filter "
                    + "specified by *filter* (a dict).\n\nThe result does not include the "
                    + "filter ID itself, only the options.")
    public static PyObject _encode_filter_properties(PyObject filter) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment f = arena.allocate(Liblzma.FILTER_SIZE, 8);
            FilterSpecs.parse(arena, filter, f);
            MemorySegment size = arena.allocate(ValueLayout.JAVA_INT);
            check((int) Liblzma.propertiesSize.invokeExact(size, f));
            int n = size.get(ValueLayout.JAVA_INT, 0);
            MemorySegment props = arena.allocate(Math.max(n, 1));
            check((int) Liblzma.propertiesEncode.invokeExact(f, props));
            return PyBytes.of(props.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE));
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    // CPython: Modules/_lzmamodule.c _lzma__decode_filter_properties_impl
    @Exposed(value = "_decode_filter_properties($module, filter_id, encoded_props, /)",
            doc = "Return a bytes object encoding the options (properties) of the filter "
                    + "specified by *filter* (a dict).\n\nThe result does not include the "
                    + "filter ID itself, only the options.")
    public static PyObject _decode_filter_properties(PyObject filterId, PyObject encoded) {
        long id = unsignedLongLong(filterId);
        byte[] props = PyBytes.requireBytesLike(encoded);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment f = arena.allocate(Liblzma.FILTER_SIZE, 8);
            f.set(ValueLayout.JAVA_LONG, 0, id);
            MemorySegment p = arena.allocate(Math.max(props.length, 1));
            MemorySegment.copy(props, 0, p, ValueLayout.JAVA_BYTE, 0, props.length);
            check((int) Liblzma.propertiesDecode.invokeExact(f, MemorySegment.NULL, p,
                    (long) props.length));
            // liblzma allocated the options with malloc (no allocator was given).
            MemorySegment options = f.get(ValueLayout.ADDRESS, 8);
            try {
                return FilterSpecs.build(id, options);
            } finally {
                Liblzma.free.invokeExact(options);
            }
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }
}
