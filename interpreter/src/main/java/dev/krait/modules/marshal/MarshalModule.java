package dev.krait.modules.marshal;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.runtime.Audit;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * {@code marshal}: {@code dumps}/{@code loads} and the file forms {@code dump}/{@code load},
 * over {@link MarshalWriter} and {@link MarshalReader}.
 *
 * <p>CPython counterpart: Python/marshal.c {@code marshal_dump_impl} …
 */
@NativeModule.Register("marshal")
public final class MarshalModule implements NativeModule {
    /** {@code marshal.version}: the format version written by default. */
    static final int VERSION = 4;

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("marshal");
        m.put("version", PyInt.of(VERSION));
        ModuleBuilder.addFunctions(m, MarshalModule.class);
        return m;
    }

    private static int version(PyObject v) {
        return v == null ? VERSION : CArgs.asInt(v);
    }

    @Exposed(value = "dumps($module, value, version=version, /)",
            doc = "Return the bytes object that would be written to a file by dump(value, file).")
    public static PyObject dumps(PyObject value, PyObject version) {
        return PyBytes.of(write(value, version(version)));
    }

    /** Marshals {@code value}, raising the audit event dump and dumps share. */
    // CPython: Python/marshal.c PyMarshal_WriteObjectToString
    private static byte[] write(PyObject value, int version) {
        Audit.audit("marshal.dumps", value, PyInt.of(version));
        return MarshalWriter.write(value, version);
    }

    @Exposed(value = "dump($module, value, file, version=version, /)",
            doc = "Write the value on the open file.")
    public static void dump(PyObject value, PyObject file, PyObject version) {
        Ops.callMethod(file, "write", PyBytes.of(write(value, version(version))));
    }

    @Exposed(value = "loads($module, bytes, /)",
            doc = "Convert the bytes-like object to a value.")
    public static PyObject loads(PyObject bytes) {
        byte[] data = PyBytes.requireBytesLike(bytes);
        if (Audit.active()) {
            Audit.audit("marshal.loads", PyBytes.of(data)); // CPython: marshal.c read_object
        }
        MarshalReader r = new MarshalReader(data);
        return r.readObject();
    }

    // CPython: Python/marshal.c marshal_load: checks that read(0) gives bytes, then reads the
    // value's bytes through readinto (r_string) and leaves the file after them. Krait reads the
    // rest of the file through readinto first, then seeks back over what the value did not use.
    @Exposed(value = "load($module, file, /)", doc = "Read one value from the open file.")
    public static PyObject load(PyObject file) {
        PyObject data = Ops.callMethod(file, "read", PyInt.of(0));
        if (!(data instanceof PyBytes)) {
            throw PyExceptions.typeError("file.read() returned not bytes but "
                    + data.type().getName());
        }
        byte[] bytes = readRest(file);
        Audit.audit("marshal.load");
        MarshalReader r = new MarshalReader(bytes);
        PyObject value = r.readObject();
        int unread = bytes.length - r.position();
        if (unread > 0) {
            // leave the file just after the value, as CPython does for seekable files
            Ops.callMethod(file, "seek", PyInt.of(-unread), PyInt.of(1));
        }
        return value;
    }

    /** The rest of the file, read with {@code readinto} as CPython's r_string reads. */
    // CPython: Python/marshal.c r_string ("read() returned too much data")
    private static byte[] readRest(PyObject file) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        final int chunk = 1 << 16;
        while (true) {
            dev.krait.objects.PyByteArray buffer = new dev.krait.objects.PyByteArray(
                    new byte[chunk]);
            long n = CArgs.asSsizeT(Ops.callMethod(file, "readinto", buffer));
            if (n > chunk) {
                throw PyExceptions.valueError("read() returned too much data: " + chunk
                        + " bytes requested, " + n + " returned");
            }
            if (n <= 0) {
                return all.toByteArray();
            }
            all.write(buffer.toArray(), 0, (int) n);
        }
    }
}
