package dev.krait.modules.struct;

import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.PyByteArray;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;
import dev.krait.objects.Weakrefable;
import dev.krait.objects.WritableBuffer;

/**
 * {@code struct.Struct}: a compiled format, whose methods the module functions share (they
 * compile their format through the cache first).
 *
 * <p>CPython counterpart: Modules/_struct.c {@code PyStructType} (s_pack, s_unpack,
 * s_pack_into, s_unpack_from, Struct_iter_unpack).
 */
public final class PyStruct extends dev.krait.objects.PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtin("Struct", PyStruct.class, null)
            .withModule("_struct");

    private String format = "";
    private StructFormat parsed;
    private StructState state;

    private PyStruct(PyType type) {
        super(type);
    }

    static PyStruct of(StructFormat f, String format, StructState st) {
        PyStruct s = new PyStruct(TYPE);
        s.format = format;
        s.parsed = f;
        s.state = st;
        return s;
    }

    // CPython: Modules/_struct.c Struct___init___impl (Struct_new makes an empty one first)
    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyStruct s = new PyStruct(cls);
        s.state = StructState.current();
        s.parsed = StructFormat.parse("", s.state);
        return s;
    }

    @Exposed("__init__($self, /, format)")
    public void __init__(PyObject fmt) {
        String text = StructState.formatText(fmt);
        state = StructState.current();
        parsed = StructFormat.parse(text, state);
        format = text;
    }

    @Exposed.Getter("format")
    public String getFormat() {
        return format;
    }

    @Exposed.Getter("size")
    public long getSize() {
        return parsed.size;
    }

    @Exposed("__sizeof__($self, /)")
    public long __sizeof__() {
        return 40 + 24L * (parsed.count() + 1);
    }

    // CPython: Modules/_struct.c s_pack
    @Exposed("pack($self, /, *args)")
    public PyObject pack(PyObject[] args, String[] kwnames) {
        return packValues(args, 0, "pack");
    }

    PyObject packValues(PyObject[] args, int from, String fn) {
        if (args.length - from != parsed.count()) {
            throw state.error(fn + " expected " + parsed.count() + " items for packing (got "
                    + (args.length - from) + ")");
        }
        byte[] out = new byte[parsed.size];
        StructPacking.pack(parsed, args, from, out, 0, state);
        return new PyBytes(out);
    }

    // CPython: Modules/_struct.c s_pack_into
    @Exposed("pack_into($self, buffer, offset, /, *args)")
    public PyObject pack_into(PyObject[] args, String[] kwnames) {
        return packInto(args, 0);
    }

    PyObject packInto(PyObject[] args, int from) {
        int given = args.length - from;
        if (given != parsed.count() + 2) {
            if (given == 0) {
                throw state.error("pack_into expected buffer argument");
            } else if (given == 1) {
                throw state.error("pack_into expected offset argument");
            }
            throw state.error("pack_into expected " + parsed.count()
                    + " items for packing (got " + (given - 2) + ")");
        }
        WritableBuffer buffer = WritableBuffer.require(args[from], "");
        int length = buffer.length();
        long offset = CArgs.asIndexSized(args[from + 1], PyExceptions.IndexError);
        if (offset < 0) {
            if (offset + parsed.size > 0) {
                throw state.error("no space to pack " + parsed.size + " bytes at offset "
                        + offset);
            }
            if (offset + length < 0) {
                throw state.error("offset " + offset + " out of range for " + length
                        + "-byte buffer");
            }
            offset += length;
        }
        if (length - offset < parsed.size) {
            // CPython prints the sum as a size_t (%zu), so it may pass the long range
            throw state.error("pack_into requires a buffer of at least "
                    + Long.toUnsignedString(parsed.size + offset) + " bytes for packing "
                    + parsed.size + " bytes at offset " + offset + " (actual buffer size is "
                    + length + ")");
        }
        byte[] out = new byte[parsed.size];
        StructPacking.pack(parsed, args, from + 2, out, 0, state);
        buffer.write((int) offset, out, 0, out.length);
        return dev.krait.objects.PyNone.NONE;
    }

    // CPython: Modules/_struct.c Struct_unpack_impl
    @Exposed("unpack($self, buffer, /)")
    public PyObject unpack(PyObject buffer) {
        byte[] b = PyBytes.requireBytesLike(buffer);
        int length = buffer instanceof PyByteArray a ? a.size() : b.length;
        if (length != parsed.size) {
            throw state.error("unpack requires a buffer of " + parsed.size + " bytes");
        }
        return StructPacking.unpack(parsed, b, 0);
    }

    // CPython: Modules/_struct.c Struct_unpack_from_impl
    @Exposed("unpack_from($self, /, buffer, offset=0)")
    public PyObject unpack_from(PyObject buffer, PyObject offsetArg) {
        byte[] b = PyBytes.requireBytesLike(buffer);
        int length = buffer instanceof PyByteArray a ? a.size() : b.length;
        long offset = offsetArg == null ? 0 : CArgs.asSsizeT(offsetArg);
        if (offset < 0) {
            if (offset + parsed.size > 0) {
                throw state.error("not enough data to unpack " + parsed.size
                        + " bytes at offset " + offset);
            }
            if (offset + length < 0) {
                throw state.error("offset " + offset + " out of range for " + length
                        + "-byte buffer");
            }
            offset += length;
        }
        if (length - offset < parsed.size) {
            throw state.error("unpack_from requires a buffer of at least "
                    + Long.toUnsignedString(parsed.size + offset) + " bytes for unpacking "
                    + parsed.size + " bytes at offset " + offset + " (actual buffer size is "
                    + length + ")");
        }
        return StructPacking.unpack(parsed, b, (int) offset);
    }

    // CPython: Modules/_struct.c Struct_iter_unpack
    @Exposed("iter_unpack($self, buffer, /)")
    public PyObject iter_unpack(PyObject buffer) {
        if (parsed.size == 0) {
            throw state.error("cannot iteratively unpack with a struct of length 0");
        }
        byte[] b = PyBytes.requireBytesLike(buffer);
        int length = buffer instanceof PyByteArray a ? a.size() : b.length;
        if (length % parsed.size != 0) {
            throw state.error("iterative unpacking requires a buffer of a multiple of "
                    + parsed.size + " bytes");
        }
        return new PyUnpackIterator(parsed, b, length);
    }

    /** {@code struct.iter_unpack}'s iterator: one tuple per {@code size} bytes. */
    public static final class PyUnpackIterator extends PyObject
            implements Iteration.JavaIterator {
        public static final PyType TYPE = PyType.builtinFinal("unpack_iterator",
                PyUnpackIterator.class, null).withModule("_struct");

        private final StructFormat parsed;
        private final byte[] data;
        private final int length;
        private int pos;

        PyUnpackIterator(StructFormat parsed, byte[] data, int length) {
            super(TYPE);
            this.parsed = parsed;
            this.data = data;
            this.length = length;
        }

        @Override
        public PyObject nextOrNull() {
            if (pos >= length) {
                return null;
            }
            PyObject t = StructPacking.unpack(parsed, data, pos);
            pos += parsed.size;
            return t;
        }

        @Exposed("__next__($self, /)")
        public PyObject __next__() {
            PyObject v = nextOrNull();
            if (v == null) {
                throw PyExceptions.stopIteration();
            }
            return v;
        }

        @Exposed("__iter__($self, /)")
        public PyObject __iter__() {
            return this;
        }

        @Exposed("__length_hint__($self, /)")
        public long __length_hint__() {
            return (length - pos) / parsed.size;
        }
    }
}
