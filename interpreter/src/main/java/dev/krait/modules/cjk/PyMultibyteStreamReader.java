package dev.krait.modules.cjk;

import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import java.util.Arrays;

/**
 * {@code _multibytecodec.MultibyteStreamReader}: reads bytes from a stream and decodes them,
 * reading one more byte at a time while a sized read has produced no character yet.
 *
 * <p>CPython counterpart: Modules/cjkcodecs/multibytecodec.c
 * {@code MultibyteStreamReaderObject} and mbstreamreader_iread.
 */
public final class PyMultibyteStreamReader extends MultibyteStatefulCoder {
    public static final PyType TYPE = PyType.builtin("MultibyteStreamReader",
            PyMultibyteStreamReader.class, null, MultibyteStatefulCoder.class)
            .withModule("_multibytecodec");

    final PyObject stream;
    byte[] pending = new byte[0];

    PyMultibyteStreamReader(PyType cls, CoderContext ctx, PyObject stream) {
        super(cls, ctx);
        this.stream = stream;
    }

    // CPython: Modules/cjkcodecs/multibytecodec.c mbstreamreader_new
    @Exposed(value = "__new__($type, /, stream, errors=<unrepresentable>)",
            kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject stream, PyObject errors) {
        CoderContext ctx = CoderContext.forDecoder(cls, errors, "StreamReader");
        return new PyMultibyteStreamReader(cls, ctx, stream);
    }

    @Exposed.Getter(value = "stream", member = true)
    public PyObject getStream() {
        return stream;
    }

    @Exposed("read($self, sizeobj=None, /)")
    public PyObject read(PyObject size) {
        return iread("read", sizeArgument(size));
    }

    @Exposed("readline($self, sizeobj=None, /)")
    public PyObject readline(PyObject size) {
        return iread("readline", sizeArgument(size));
    }

    // CPython: Modules/cjkcodecs/multibytecodec.c MultibyteStreamReader_readlines
    @Exposed("readlines($self, sizehintobj=None, /)")
    public PyObject readlines(PyObject sizehint) {
        PyObject text = iread("read", sizeArgument(sizehint));
        return Ops.callMethod(text, "splitlines", dev.krait.objects.PyBool.TRUE);
    }

    @Exposed("reset($self, /)")
    public void reset() {
        if (ctx.codec.hasDecodeReset()) {
            ctx.codec.decodeReset(ctx.state);
        }
        pending = new byte[0];
    }

    private static long sizeArgument(PyObject size) {
        if (size == null || size == PyNone.NONE) {
            return -1;
        }
        if (!(size instanceof PyInt)) {
            throw PyExceptions.typeError("arg 1 must be an integer");
        }
        return CArgs.intAsSsizeT(size);
    }

    // CPython: Modules/cjkcodecs/multibytecodec.c mbstreamreader_iread
    private PyObject iread(String method, long sizehint) {
        if (sizehint == 0) {
            return PyStr.of("");
        }
        int[] out = new int[0];
        for (;;) {
            PyObject chunk = sizehint < 0 ? Ops.callMethod(stream, method)
                    : Ops.callMethod(stream, method, PyInt.of(sizehint));
            if (!(chunk instanceof PyBytes b)) {
                throw PyExceptions.typeError("stream function returned a non-bytes object ("
                        + chunk.type().getName() + ")");
            }
            byte[] data = b.array();
            boolean endOfFile = data.length == 0;
            if (pending.length > 0) {
                byte[] whole = Arrays.copyOf(pending, pending.length + data.length);
                System.arraycopy(data, 0, whole, pending.length, data.length);
                data = whole;
                pending = new byte[0];
            }
            MultibyteCoding.Decoding run = new MultibyteCoding.Decoding(ctx.codec, ctx.state,
                    data, ctx.errors);
            if (data.length > 0) {
                run.feed();
            }
            if ((endOfFile || sizehint < 0) && run.buf.pos < run.buf.end) {
                run.error(CjkCodec.TOOFEW);
            }
            if (run.buf.pos < run.buf.end) {
                int n = run.buf.end - run.buf.pos;
                if (n + pending.length > PyMultibyteIncrementalDecoder.MAX_PENDING) {
                    throw PyExceptions.of(PyExceptions.UnicodeError, "pending buffer overflow");
                }
                pending = Arrays.copyOfRange(run.buf.data, run.buf.pos, run.buf.end);
            }
            int[] got = run.buf.result();
            int[] joined = Arrays.copyOf(out, out.length + got.length);
            System.arraycopy(got, 0, joined, out.length, got.length);
            out = joined;
            if (sizehint < 0 || out.length != 0 || data.length == 0) {
                break;
            }
            sizehint = 1;
        }
        return PyStr.fromCodePoints(out);
    }
}
