package dev.krait.modules.codecs;

import dev.krait.objects.CArgs;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;

/**
 * The error handling of one encoding call: what replaces a run of code points the codec cannot
 * encode — text (which the codec then encodes under its own rule) or bytes (written as they
 * are) — and where encoding resumes. The handler is resolved on the first error.
 *
 * <p>CPython counterpart: Objects/unicodeobject.c unicode_encode_call_errorhandler.
 */
final class EncodeErrors {
    private final String encoding;
    private final String errors;
    private final PyStr str;
    private final int[] cps;
    private ErrorHandlers.Kind kind;
    private PyObject handler;

    /** The replacement of the last {@link #handle}: exactly one of the two is non-null. */
    String text;
    byte[] bytes;
    /** Where encoding resumes after the last {@link #handle}. */
    int next;

    EncodeErrors(String encoding, String errors, PyStr str, int[] cps) {
        this.encoding = encoding;
        this.errors = errors;
        this.str = str;
        this.cps = cps;
    }

    /** Decides the replacement of {@code cps[start:end]}, which failed for {@code reason}. */
    void handle(int start, int end, String reason) {
        if (kind == null) {
            kind = ErrorHandlers.kind(errors);
        }
        text = null;
        bytes = null;
        next = end;
        switch (kind) {
            case STRICT -> throw raise(start, end, reason);
            case OTHER -> callHandler(start, end, reason);
            case SURROGATEESCAPE, SURROGATEPASS -> {
                bytes = ErrorHandlers.encodeBytes(kind, encoding, cps, start, end);
                if (bytes == null) {
                    throw raise(start, end, reason);
                }
            }
            default -> text = ErrorHandlers.encodeReplacement(kind, cps, start, end);
        }
    }

    PyBaseException exception(int start, int end, String reason) {
        return (PyBaseException) Ops.call(PyExceptions.UnicodeEncodeError, PyStr.of(encoding),
                str, PyInt.of(start), PyInt.of(end), PyStr.of(reason));
    }

    PyException raise(int start, int end, String reason) {
        return exception(start, end, reason).raise();
    }

    /**
     * Checks that a text replacement has only code points below {@code limit}; the codecs of
     * CPython 3.11 raise the original error otherwise.
     */
    void requireTextBelow(int limit, int start, int end, String reason) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= limit) {
                throw raise(start, end, reason);
            }
        }
    }

    // CPython: Objects/unicodeobject.c unicode_encode_call_errorhandler
    private void callHandler(int start, int end, String reason) {
        if (handler == null) {
            handler = CodecRegistry.current().lookupError(errors);
        }
        PyObject r = Ops.call(handler, exception(start, end, reason));
        if (!(r instanceof PyTuple t) || t.size() != 2
                || !(t.get(0) instanceof PyStr || t.get(0) instanceof PyBytes)
                || !(t.get(1) instanceof PyInt || t.get(1).type().lookup("__index__") != null)) {
            throw PyExceptions.typeError(
                    "encoding error handler must return (str/bytes, int) tuple");
        }
        long pos = CArgs.asSsizeT(t.get(1));
        if (pos < 0) {
            pos += cps.length;
        }
        if (pos < 0 || pos > cps.length) {
            throw PyExceptions.indexError("position " + pos
                    + " from error handler out of bounds");
        }
        next = (int) pos;
        if (t.get(0) instanceof PyStr s) {
            text = s.value();
        } else {
            bytes = ((PyBytes) t.get(0)).array();
        }
    }
}
