package dev.krait.modules.cjk;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import java.util.Arrays;

/**
 * {@code _multibytecodec.MultibyteIncrementalDecoder}: decodes bytes that arrive in pieces,
 * keeping an incomplete multi-byte sequence at the end of one call for the next.
 *
 * <p>CPython counterpart: Modules/cjkcodecs/multibytecodec.c
 * {@code MultibyteIncrementalDecoderObject}.
 */
public final class PyMultibyteIncrementalDecoder extends MultibyteStatefulCoder {
    public static final PyType TYPE = PyType.builtin("MultibyteIncrementalDecoder",
            PyMultibyteIncrementalDecoder.class, null, MultibyteStatefulCoder.class)
            .withModule("_multibytecodec");

    /** MAXDECPENDING: the longest incomplete sequence a decoder may hold. */
    static final int MAX_PENDING = 8;

    byte[] pending = new byte[0];

    PyMultibyteIncrementalDecoder(PyType cls, CoderContext ctx) {
        super(cls, ctx);
    }

    // CPython: Modules/cjkcodecs/multibytecodec.c mbidecoder_new
    @Exposed(value = "__new__($type, /, errors=<unrepresentable>)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject errors) {
        CoderContext ctx = CoderContext.forDecoder(cls, errors, "IncrementalDecoder");
        return new PyMultibyteIncrementalDecoder(cls, ctx);
    }

    // CPython: Modules/cjkcodecs/multibytecodec.c MultibyteIncrementalDecoder_decode
    @Exposed("decode($self, /, input, final=False)")
    public PyObject decode(PyObject input, PyObject fin) {
        byte[] data = PyBytes.requireBytesLike(input);
        boolean last = fin != null && PyMultibyteIncrementalEncoder.finalFlag(fin);
        byte[] before = pending;
        byte[] whole = data;
        if (before.length > 0) {
            whole = Arrays.copyOf(before, before.length + data.length);
            System.arraycopy(data, 0, whole, before.length, data.length);
            pending = new byte[0];
        }
        MultibyteCoding.Decoding run = new MultibyteCoding.Decoding(ctx.codec, ctx.state, whole,
                ctx.errors);
        run.feed();
        if (last && run.buf.pos < run.buf.end) {
            try {
                run.error(CjkCodec.TOOFEW);
            } catch (RuntimeException ex) {
                pending = before;
                throw ex;
            }
        }
        if (run.buf.pos < run.buf.end) {
            keepPending(run.buf);
        }
        return PyStr.fromCodePoints(run.buf.result());
    }

    // CPython: Modules/cjkcodecs/multibytecodec.c decoder_append_pending
    private void keepPending(DecodeBuffer buf) {
        int n = buf.end - buf.pos;
        if (n + pending.length > MAX_PENDING) {
            throw PyExceptions.of(PyExceptions.UnicodeError, "pending buffer overflow");
        }
        byte[] p = Arrays.copyOf(pending, pending.length + n);
        System.arraycopy(buf.data, buf.pos, p, pending.length, n);
        pending = p;
    }

    // CPython: Modules/cjkcodecs/multibytecodec.c MultibyteIncrementalDecoder_getstate
    @Exposed("getstate($self, /)")
    public PyObject getstate() {
        return PyTuple.of(new PyBytes(pending.clone()),
                PyInt.of(PyMultibyteIncrementalEncoder.unsignedLittleEndian(ctx.state)));
    }

    // CPython: Modules/cjkcodecs/multibytecodec.c MultibyteIncrementalDecoder_setstate
    @Exposed("setstate($self, state, /)")
    public void setstate(PyObject state) {
        if (!(state instanceof PyTuple t)) {
            throw PyExceptions.typeError("setstate() argument must be tuple, not "
                    + state.type().getName());
        }
        if (t.size() != 2 || !(t.get(0) instanceof PyBytes buffer)
                || !(t.get(1) instanceof PyInt n)) {
            throw PyExceptions.typeError("setstate(): illegal state argument");
        }
        byte[] st = PyMultibyteIncrementalEncoder.littleEndianBytes(n.bigValue(), 8);
        byte[] b = buffer.array();
        if (b.length > MAX_PENDING) {
            throw PyExceptions.of(PyExceptions.UnicodeError, "pending buffer too large");
        }
        pending = b.clone();
        System.arraycopy(st, 0, ctx.state, 0, 8);
    }

    // CPython: Modules/cjkcodecs/multibytecodec.c MultibyteIncrementalDecoder_reset
    @Exposed("reset($self, /)")
    public void reset() {
        if (ctx.codec.hasDecodeReset()) {
            ctx.codec.decodeReset(ctx.state);
        }
        pending = new byte[0];
    }
}
