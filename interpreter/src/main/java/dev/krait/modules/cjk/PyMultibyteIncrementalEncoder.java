package dev.krait.modules.cjk;

import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * {@code _multibytecodec.MultibyteIncrementalEncoder}: encodes text that arrives in pieces,
 * keeping the shift state and the code points a pair-aware codec could not decide yet (a
 * character that may combine with the next) until the next call or {@code final=True}.
 *
 * <p>CPython counterpart: Modules/cjkcodecs/multibytecodec.c
 * {@code MultibyteIncrementalEncoderObject} and encoder_encode_stateful.
 */
public final class PyMultibyteIncrementalEncoder extends MultibyteStatefulCoder {
    public static final PyType TYPE = PyType.builtin("MultibyteIncrementalEncoder",
            PyMultibyteIncrementalEncoder.class, null, MultibyteStatefulCoder.class)
            .withModule("_multibytecodec");

    /** MAXENCPENDING: the most code points an encoder may hold back. */
    static final int MAX_PENDING = 2;

    /** Code points held back from the last call; null when none. */
    PyStr pending;

    PyMultibyteIncrementalEncoder(PyType cls, CoderContext ctx) {
        super(cls, ctx);
    }

    // CPython: Modules/cjkcodecs/multibytecodec.c mbiencoder_new
    @Exposed(value = "__new__($type, /, errors=<unrepresentable>)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject errors) {
        CoderContext ctx = CoderContext.forEncoder(cls, errors, "IncrementalEncoder");
        return new PyMultibyteIncrementalEncoder(cls, ctx);
    }

    // CPython: Modules/cjkcodecs/multibytecodec.c MultibyteIncrementalEncoder_encode
    @Exposed("encode($self, /, input, final=False)")
    public PyObject encode(PyObject input, PyObject fin) {
        boolean last = fin != null && finalFlag(fin);
        return new PyBytes(encodeStateful(ctx, this, input, last));
    }

    /** The {@code final} argument: an int (bool included), as Clinic's bool(accept={int}). */
    static boolean finalFlag(PyObject fin) {
        if (!(fin instanceof PyInt)) {
            throw PyExceptions.typeError("'" + fin.type().getName()
                    + "' object cannot be interpreted as an integer");
        }
        return Ops.isTrue(fin);
    }

    /**
     * Encodes the pending code points and {@code input}; what the codec holds back becomes the
     * new pending text; on an error the pending text is what it was before the call.
     */
    // CPython: Modules/cjkcodecs/multibytecodec.c encoder_encode_stateful
    static byte[] encodeStateful(CoderContext ctx, Object holder, PyObject input, boolean last) {
        PyStr text = PyMultibyteCodec.textArgument(input);
        PyStr before = holder instanceof PyMultibyteIncrementalEncoder e ? e.pending
                : ((PyMultibyteStreamWriter) holder).pending;
        PyStr whole = text;
        if (before != null) {
            int[] a = before.codePoints();
            int[] b = text.codePoints();
            int[] all = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            whole = PyStr.fromCodePoints(all);
        }
        setPending(holder, null);
        MultibyteCoding.Encoding run = new MultibyteCoding.Encoding(ctx.codec, ctx.state, whole,
                ctx.errors);
        byte[] r;
        try {
            r = run.run(last ? CjkCodec.FLUSH | CjkCodec.RESET : 0);
        } catch (RuntimeException ex) {
            setPending(holder, before);
            throw ex;
        }
        int len = run.buf.len;
        if (run.buf.pos < len) {
            if (len - run.buf.pos > MAX_PENDING) {
                throw PyExceptions.of(PyExceptions.UnicodeError, "pending buffer overflow");
            }
            setPending(holder, PyStr.fromCodePoints(
                    Arrays.copyOfRange(run.buf.cps, run.buf.pos, len)));
        }
        return r;
    }

    private static void setPending(Object holder, PyStr p) {
        if (holder instanceof PyMultibyteIncrementalEncoder e) {
            e.pending = p;
        } else {
            ((PyMultibyteStreamWriter) holder).pending = p;
        }
    }

    // CPython: Modules/cjkcodecs/multibytecodec.c MultibyteIncrementalEncoder_getstate
    @Exposed("getstate($self, /)")
    public PyObject getstate() {
        byte[] pend = pending == null ? new byte[0]
                : PyBytes.requireBytesLike(Ops.callMethod(pending, "encode",
                        PyStr.of("utf-8"), PyStr.of("surrogatepass")));
        if (pend.length > MAX_PENDING * 4) {
            throw PyExceptions.of(PyExceptions.UnicodeError, "pending buffer too large");
        }
        byte[] le = new byte[1 + pend.length + 8];
        le[0] = (byte) pend.length;
        System.arraycopy(pend, 0, le, 1, pend.length);
        System.arraycopy(ctx.state, 0, le, 1 + pend.length, 8);
        return PyInt.of(unsignedLittleEndian(le));
    }

    // CPython: Modules/cjkcodecs/multibytecodec.c MultibyteIncrementalEncoder_setstate
    @Exposed("setstate($self, state, /)")
    public void setstate(PyObject state) {
        if (!(state instanceof PyInt n)) {
            throw PyExceptions.typeError("setstate() argument must be int, not "
                    + state.type().getName());
        }
        byte[] le = littleEndianBytes(n.bigValue(), 1 + MAX_PENDING * 4 + 8);
        int size = le[0] & 0xff;
        if (size > MAX_PENDING * 4) {
            throw PyExceptions.of(PyExceptions.UnicodeError, "pending buffer too large");
        }
        PyObject text = Ops.callMethod(new PyBytes(Arrays.copyOfRange(le, 1, 1 + size)),
                "decode", PyStr.of("utf-8"), PyStr.of("strict"));
        pending = ((PyStr) text).codePoints().length == 0 ? null : (PyStr) text;
        System.arraycopy(le, 1 + size, ctx.state, 0, 8);
    }

    // CPython: Modules/cjkcodecs/multibytecodec.c MultibyteIncrementalEncoder_reset
    @Exposed("reset($self, /)")
    public void reset() {
        if (ctx.codec.hasEncodeReset()) {
            int r = ctx.codec.encodeReset(ctx.state, new EncodeBuffer(new int[0]));
            if (r != 0) {
                throw PyExceptions.runtimeError("internal codec error");
            }
        }
        pending = null;
    }

    /** The unsigned integer whose little-endian bytes are {@code le}. */
    static BigInteger unsignedLittleEndian(byte[] le) {
        byte[] be = new byte[le.length + 1];
        for (int i = 0; i < le.length; i++) {
            be[le.length - i] = le[i];
        }
        return new BigInteger(be);
    }

    /** {@code n} as {@code size} little-endian unsigned bytes; OverflowError as CPython's. */
    static byte[] littleEndianBytes(BigInteger n, int size) {
        if (n.signum() < 0) {
            throw PyExceptions.overflowError("can't convert negative int to unsigned");
        }
        if (n.bitLength() > size * 8) {
            throw PyExceptions.overflowError("int too big to convert");
        }
        byte[] be = n.toByteArray();
        byte[] le = new byte[size];
        for (int i = 0; i < be.length && i < size; i++) {
            le[i] = be[be.length - 1 - i];
        }
        return le;
    }

}
