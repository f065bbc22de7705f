package dev.krait.modules.lzma;

import dev.krait.modules.posix.Libc;
import dev.krait.objects.Containers;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Map;

/**
 * Filter specifiers, the dicts by which {@code lzma} names a filter and its options
 * ({@code {"id": FILTER_LZMA2, "preset": 9, "dict_size": 1 << 20}}), turned into liblzma's
 * {@code lzma_filter} structs in a call's arena, and liblzma's decoded filter properties turned
 * back into such dicts.
 *
 * <p>CPython counterpart: Modules/_lzmamodule.c {@code lzma_filter_converter},
 * {@code parse_filter_chain_spec} and {@code build_filter_spec}.
 */
final class FilterSpecs {
    private FilterSpecs() {
    }

    /** The LZMA1/LZMA2 option names with their field offsets and C types (-1: taken, unused). */
    private static final Object[][] LZMA_OPTIONS = {
        {"id", -1L, null}, {"preset", -1L, null}, {"dict_size", Liblzma.DICT_SIZE, "uint32_t"},
        {"lc", Liblzma.LC, "uint32_t"}, {"lp", Liblzma.LP, "uint32_t"},
        {"pb", Liblzma.PB, "uint32_t"}, {"mode", Liblzma.MODE, "lzma_mode"},
        {"nice_len", Liblzma.NICE_LEN, "uint32_t"}, {"mf", Liblzma.MF, "lzma_match_finder"},
        {"depth", Liblzma.DEPTH, "uint32_t"}};
    private static final Object[][] DELTA_OPTIONS = {
        {"id", -1L, null}, {"dist", Liblzma.DELTA_DIST, "uint32_t"}};
    private static final Object[][] BCJ_OPTIONS = {
        {"id", -1L, null}, {"start_offset", 0L, "uint32_t"}};

    /**
     * Fills a chain of {@code lzma_filter} structs (ended by LZMA_VLI_UNKNOWN) from a sequence
     * of filter specifiers.
     */
    // CPython: Modules/_lzmamodule.c parse_filter_chain_spec
    static MemorySegment parseChain(Arena arena, PyObject specs) {
        if (specs instanceof PyDict) {
            // PySequence_Size refuses a mapping that has a length but is no sequence.
            throw PyExceptions.typeError(specs.type().tpName() + " is not a sequence");
        }
        long n = Containers.len(specs);
        if (n > Liblzma.LZMA_FILTERS_MAX) {
            throw PyExceptions.valueError("Too many filters - liblzma supports a maximum of "
                    + Liblzma.LZMA_FILTERS_MAX);
        }
        MemorySegment chain = arena.allocate(Liblzma.FILTER_SIZE * (Liblzma.LZMA_FILTERS_MAX
                + 1), 8);
        for (int i = 0; i < n; i++) {
            parse(arena, Containers.getItem(specs, PyInt.of(i)), chain.asSlice(i * Liblzma.FILTER_SIZE,
                    Liblzma.FILTER_SIZE));
        }
        chain.set(ValueLayout.JAVA_LONG, n * Liblzma.FILTER_SIZE, Liblzma.LZMA_VLI_UNKNOWN);
        return chain;
    }

    /** The id of the filter struct at {@code index} of a chain. */
    static long id(MemorySegment chain, int index) {
        return chain.get(ValueLayout.JAVA_LONG, index * Liblzma.FILTER_SIZE);
    }

    /** The options pointer of the filter struct at {@code index} of a chain. */
    static MemorySegment options(MemorySegment chain, int index) {
        return chain.get(ValueLayout.ADDRESS, index * Liblzma.FILTER_SIZE + 8);
    }

    /** Fills one {@code lzma_filter} struct {@code f} from a filter specifier. */
    // CPython: Modules/_lzmamodule.c lzma_filter_converter
    static void parse(Arena arena, PyObject spec, MemorySegment f) {
        if (spec.type().lookup("__getitem__") == null) {
            throw PyExceptions.typeError("Filter specifier must be a dict or dict-like object");
        }
        PyObject idObj;
        try {
            idObj = Containers.getItem(spec, PyStr.of("id"));
        } catch (PyException e) {
            if (e.matches(PyExceptions.KeyError)) {
                throw PyExceptions.valueError("Filter specifier must have an \"id\" entry");
            }
            throw e;
        }
        long id = LzmaModule.unsignedLongLong(idObj);
        MemorySegment options;
        if (id == LzmaModule.FILTER_LZMA1 || id == LzmaModule.FILTER_LZMA2) {
            options = lzmaOptions(arena, spec);
        } else if (id == LzmaModule.FILTER_DELTA) {
            options = arena.allocate(Liblzma.OPTIONS_DELTA_SIZE, 8);
            // type LZMA_DELTA_TYPE_BYTE (0) and dist 1, unless the spec says otherwise
            options.set(ValueLayout.JAVA_INT, Liblzma.DELTA_DIST, 1);
            fill(spec, options, DELTA_OPTIONS, "delta");
        } else if (id >= 4 && id <= 9) {
            // the branch/call/jump converters: x86, PowerPC, IA-64, ARM, ARM-Thumb, SPARC
            options = arena.allocate(8, 8);
            fill(spec, options, BCJ_OPTIONS, "BCJ");
        } else {
            throw PyExceptions.valueError("Invalid filter ID: " + Long.toUnsignedString(id));
        }
        f.set(ValueLayout.JAVA_LONG, 0, id);
        f.set(ValueLayout.ADDRESS, 8, options);
    }

    /** An {@code lzma_options_lzma} from the spec's preset, then its other entries. */
    // CPython: Modules/_lzmamodule.c parse_filter_spec_lzma
    private static MemorySegment lzmaOptions(Arena arena, PyObject spec) {
        int preset = LzmaModule.PRESET_DEFAULT;
        PyObject presetObj = null;
        try {
            presetObj = Containers.getItem(spec, PyStr.of("preset"));
        } catch (PyException e) {
            if (!e.matches(PyExceptions.KeyError)) {
                throw e;
            }
        }
        if (presetObj != null) {
            preset = LzmaModule.uint32(presetObj, "uint32_t");
        }
        MemorySegment options = arena.allocate(Liblzma.OPTIONS_LZMA_SIZE, 8);
        presetOptions(options, preset);
        fill(spec, options, LZMA_OPTIONS, "LZMA");
        return options;
    }

    /** Fills LZMA options from a preset level, or LZMAError for an invalid one. */
    static void presetOptions(MemorySegment options, int preset) {
        boolean failed;
        try {
            failed = (byte) Liblzma.lzmaPreset.invokeExact(options, preset) != 0;
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
        if (failed) {
            throw LzmaModule.error("Invalid compression preset: "
                    + Integer.toUnsignedString(preset));
        }
    }

    /**
     * Sets the option fields the spec names. CPython parses the spec as keyword arguments, so
     * it must be a dict whose keys are all known names; any failure, a bad value included,
     * becomes the one ValueError for the filter kind.
     */
    private static void fill(PyObject spec, MemorySegment options, Object[][] names,
            String kind) {
        if (!(spec instanceof PyDict d)) {
            throw invalid(kind);
        }
        for (Map.Entry<PyObject, PyObject> e : d.entries()) {
            Object[] field = null;
            if (e.getKey() instanceof PyStr key) {
                for (Object[] n : names) {
                    if (n[0].equals(key.toString())) {
                        field = n;
                    }
                }
            }
            if (field == null) {
                throw invalid(kind);
            }
            long offset = (Long) field[1];
            if (offset < 0) {
                continue;
            }
            int value;
            try {
                value = LzmaModule.uint32(e.getValue(), (String) field[2]);
            } catch (PyException err) {
                throw invalid(kind);
            }
            options.set(ValueLayout.JAVA_INT, offset, value);
        }
    }

    private static PyException invalid(String kind) {
        return PyExceptions.valueError("Invalid filter specifier for " + kind + " filter");
    }

    /** The filter specifier of decoded properties: the id and the fields the format keeps. */
    // CPython: Modules/_lzmamodule.c build_filter_spec
    static PyDict build(long id, MemorySegment options) {
        PyDict spec = new PyDict();
        spec.setItem(PyStr.of("id"), unsigned(id));
        MemorySegment o = options.reinterpret(Liblzma.OPTIONS_LZMA_SIZE);
        if (id == LzmaModule.FILTER_LZMA1) {
            add(spec, "lc", o, Liblzma.LC);
            add(spec, "lp", o, Liblzma.LP);
            add(spec, "pb", o, Liblzma.PB);
            add(spec, "dict_size", o, Liblzma.DICT_SIZE);
        } else if (id == LzmaModule.FILTER_LZMA2) {
            add(spec, "dict_size", o, Liblzma.DICT_SIZE);
        } else if (id == LzmaModule.FILTER_DELTA) {
            add(spec, "dist", o, Liblzma.DELTA_DIST);
        } else if (id >= 4 && id <= 9) {
            if (!options.equals(MemorySegment.NULL)) {
                add(spec, "start_offset", o, 0);
            } else {
                // liblzma leaves the options out when the start offset is zero.
                spec.setItem(PyStr.of("start_offset"), PyInt.of(0));
            }
        } else {
            throw PyExceptions.valueError("Invalid filter ID: " + Long.toUnsignedString(id));
        }
        return spec;
    }

    private static void add(PyDict spec, String name, MemorySegment o, long offset) {
        spec.setItem(PyStr.of(name), PyInt.of(Integer.toUnsignedLong(
                o.get(ValueLayout.JAVA_INT, offset))));
    }

    private static PyObject unsigned(long v) {
        return v >= 0 ? PyInt.of(v) : PyInt.of(new java.math.BigInteger(
                Long.toUnsignedString(v)));
    }

    /** Whether a value given for an optional argument is absent or None. */
    static boolean isNone(PyObject o) {
        return o == null || o == PyNone.NONE;
    }
}
