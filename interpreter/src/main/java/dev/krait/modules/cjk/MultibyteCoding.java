package dev.krait.modules.cjk;

import dev.krait.modules.codecs.CodecRegistry;
import dev.krait.objects.Attributes;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;

/**
 * The loops that run a {@link CjkCodec}'s steps over a whole input, and what happens at each
 * error: strict raises, ignore skips, replace writes {@code ?} (encoded by the codec when it
 * can) or U+FFFD, and any other name calls the handler registered under it, whose replacement
 * is written and whose returned position is where coding resumes. As in CPython, one exception
 * object is made per pass and updated for each later error, and a str replacement is itself
 * encoded strictly, in the current shift state.
 *
 * <p>CPython counterpart: Modules/cjkcodecs/multibytecodec.c multibytecodec_encode,
 * multibytecodec_encerror, multibytecodec_decerror and decoder_feed_buffer.
 */
final class MultibyteCoding {
    private MultibyteCoding() {}

    static final String ILLEGAL = "illegal multibyte sequence";
    static final String INCOMPLETE = "incomplete multibyte sequence";

    /** Whether {@code errors} is one of the handlers the coders apply themselves. */
    private static boolean isStrict(String errors) {
        return errors == null || errors.equals("strict");
    }

    /** One encoding pass; {@code text} is the str the errors report. */
    static final class Encoding {
        final CjkCodec codec;
        final byte[] state;
        final EncodeBuffer buf;
        final PyStr text;
        final String errors;
        private PyBaseException exc;

        Encoding(CjkCodec codec, byte[] state, PyStr text, String errors) {
            this.codec = codec;
            this.state = state;
            this.text = text;
            this.buf = new EncodeBuffer(text.codePoints());
            this.errors = errors;
        }

        // CPython: Modules/cjkcodecs/multibytecodec.c multibytecodec_encode
        byte[] run(int flags) {
            if (buf.len == 0 && (flags & CjkCodec.RESET) == 0) {
                return new byte[0];
            }
            while (buf.pos < buf.len) {
                int r = codec.encode(state, buf, flags);
                if (r == 0 || r == CjkCodec.TOOFEW && (flags & CjkCodec.FLUSH) == 0) {
                    break;
                }
                error(r);
                if (r == CjkCodec.TOOFEW) {
                    break;
                }
            }
            if ((flags & CjkCodec.RESET) != 0 && codec.hasEncodeReset()) {
                for (;;) {
                    int r = codec.encodeReset(state, buf);
                    if (r == 0) {
                        break;
                    }
                    error(r);
                }
            }
            return buf.result();
        }

        // CPython: Modules/cjkcodecs/multibytecodec.c multibytecodec_encerror
        private void error(int r) {
            String reason;
            int size;
            if (r > 0) {
                reason = ILLEGAL;
                size = r;
            } else if (r == CjkCodec.TOOFEW) {
                reason = INCOMPLETE;
                size = buf.pos; // sic: CPython measures the incomplete run this way
            } else {
                throw PyExceptions.runtimeError("internal codec error");
            }
            boolean replace = "replace".equals(errors);
            if (replace) {
                EncodeBuffer q = new EncodeBuffer(new int[] {'?'});
                int rr = codec.encode(state, q, 0);
                byte[] qb = q.result();
                if (rr != 0) {
                    buf.write1('?');
                } else {
                    buf.write(qb);
                }
            }
            if (replace || "ignore".equals(errors)) {
                buf.pos += size;
                return;
            }
            int start = buf.pos;
            int end = start + size;
            if (exc == null) {
                exc = (PyBaseException) Ops.call(PyExceptions.UnicodeEncodeError,
                        PyStr.of(codec.name), text, PyInt.of(start), PyInt.of(end),
                        PyStr.of(reason));
            } else {
                moveError(exc, start, end, reason);
            }
            if (isStrict(errors)) {
                throw exc.raise();
            }
            PyObject ret = Ops.call(CodecRegistry.current().lookupError(errors), exc);
            if (!(ret instanceof PyTuple t) || t.size() != 2
                    || !(t.get(0) instanceof PyStr || t.get(0) instanceof PyBytes)
                    || !(t.get(1) instanceof PyInt)) {
                throw PyExceptions.typeError("encoding error handler must return (str, int) "
                        + "tuple");
            }
            byte[] replacement;
            if (t.get(0) instanceof PyStr s) {
                replacement = new Encoding(codec, state, s, "strict")
                        .run(CjkCodec.FLUSH);
            } else {
                replacement = ((PyBytes) t.get(0)).array();
            }
            buf.write(replacement);
            buf.pos = newPosition(((PyInt) t.get(1)), buf.len);
        }
    }

    /**
     * The position an error handler returned, checked against an input of {@code len}; one
     * beyond Py_ssize_t reads as -1, as PyLong_AsSsize_t's failure does in CPython.
     */
    private static int newPosition(PyInt value, int len) {
        boolean fits = value.isSmall() || value.bigValue().bitLength() < 64;
        long pos = fits ? value.longValue() : -1;
        if (pos < 0 && fits) {
            pos += len;
        }
        if (pos < 0 || pos > len) {
            throw PyExceptions.indexError("position " + pos + " from error handler out of bounds");
        }
        return (int) pos;
    }

    /** One decoding pass over {@code data} (the bytes the errors report). */
    static final class Decoding {
        final CjkCodec codec;
        final byte[] state;
        final DecodeBuffer buf;
        final String errors;
        private PyBaseException exc;

        Decoding(CjkCodec codec, byte[] state, byte[] data, String errors) {
            this.codec = codec;
            this.state = state;
            this.buf = new DecodeBuffer(data);
            this.errors = errors;
        }

        /** Decodes the whole input (MultibyteCodec.decode). */
        void runAll() {
            while (buf.pos < buf.end) {
                int r = codec.decode(state, buf);
                if (r == 0) {
                    break;
                }
                error(r);
            }
        }

        /** Decodes up to an incomplete tail, which stays pending (decoder_feed_buffer). */
        // CPython: Modules/cjkcodecs/multibytecodec.c decoder_feed_buffer
        void feed() {
            while (buf.pos < buf.end) {
                int r = codec.decode(state, buf);
                if (r == 0 || r == CjkCodec.TOOFEW) {
                    break;
                }
                error(r);
            }
        }

        // CPython: Modules/cjkcodecs/multibytecodec.c multibytecodec_decerror
        void error(int r) {
            String reason;
            int size;
            if (r > 0) {
                reason = ILLEGAL;
                size = r;
            } else if (r == CjkCodec.TOOFEW) {
                reason = INCOMPLETE;
                size = buf.end - buf.pos;
            } else {
                throw PyExceptions.runtimeError("internal codec error");
            }
            boolean replace = "replace".equals(errors);
            if (replace) {
                buf.put(0xFFFD);
            }
            if (replace || "ignore".equals(errors)) {
                buf.pos += size;
                return;
            }
            int start = buf.pos;
            int end = start + size;
            if (exc == null) {
                exc = (PyBaseException) Ops.call(PyExceptions.UnicodeDecodeError,
                        PyStr.of(codec.name), new PyBytes(buf.data), PyInt.of(start),
                        PyInt.of(end), PyStr.of(reason));
            } else {
                moveError(exc, start, end, reason);
            }
            if (isStrict(errors)) {
                throw exc.raise();
            }
            PyObject ret = Ops.call(CodecRegistry.current().lookupError(errors), exc);
            if (!(ret instanceof PyTuple t) || t.size() != 2 || !(t.get(0) instanceof PyStr s)
                    || !(t.get(1) instanceof PyInt)) {
                throw PyExceptions.typeError("decoding error handler must return (str, int) "
                        + "tuple");
            }
            for (int cp : s.codePoints()) {
                buf.put(cp);
            }
            buf.pos = newPosition((PyInt) t.get(1), buf.end);
        }
    }

    /**
     * Points the one exception object a call reuses at its next error, as CPython's
     * multibytecodec.c does with {@code PyUnicode{Encode,Decode}Error_SetStart/SetEnd/SetReason}.
     */
    private static void moveError(PyBaseException exc, int start, int end, String reason) {
        Attributes.setAttr(exc, "start", PyInt.of(start));
        Attributes.setAttr(exc, "end", PyInt.of(end));
        Attributes.setAttr(exc, "reason", PyStr.of(reason));
    }
}
