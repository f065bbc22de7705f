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
import dev.krait.objects.PyUnicodeError;

/**
 * The error handling of one decoding call: the handler that {@code errors} names, resolved on
 * the first error (an unknown name is only an error when an error happens, as in CPython), and
 * the {@code UnicodeDecodeError} that strict decoding raises or that a registered handler is
 * given.
 *
 * <p>CPython counterpart: Objects/unicodeobject.c unicode_decode_call_errorhandler_writer.
 */
final class DecodeErrors {
    private final String encoding;
    private final String errors;
    /** The bytes being decoded: a handler may replace them (by setting the error's object). */
    private byte[] input;
    private PyBytes inputObject;
    private ErrorHandlers.Kind kind;
    private PyObject handler;

    DecodeErrors(String encoding, String errors, byte[] input) {
        this.encoding = encoding;
        this.errors = errors;
        this.input = input;
    }

    /**
     * The bytes being decoded: the input, or what an error handler replaced it with by setting
     * the error's {@code object}, which decoding goes on with after {@link #handle}.
     */
    byte[] input() {
        return input;
    }

    /**
     * Handles undecodable bytes {@code input[start:end]} for {@code reason}: appends the
     * replacement to {@code out} and returns the position where decoding resumes.
     */
    int handle(StringBuilder out, int start, int end, String reason) {
        if (kind == null) {
            kind = ErrorHandlers.kind(errors);
        }
        switch (kind) {
            case STRICT -> throw exception(start, end, reason).raise();
            case OTHER -> {
                return callHandler(out, start, end, reason);
            }
            default -> {
                int next = ErrorHandlers.decodeReplacement(kind, encoding, input, start, end,
                        out);
                if (next < 0) {
                    throw exception(start, end, reason).raise();
                }
                return next;
            }
        }
    }

    /** The error strict handling raises for {@code input[start:end]}. */
    PyBaseException exception(int start, int end, String reason) {
        if (inputObject == null) {
            inputObject = new PyBytes(input);
        }
        return (PyBaseException) Ops.call(PyExceptions.UnicodeDecodeError, PyStr.of(encoding),
                inputObject, PyInt.of(start), PyInt.of(end), PyStr.of(reason));
    }

    PyException raise(int start, int end, String reason) {
        return exception(start, end, reason).raise();
    }

    // CPython: Objects/unicodeobject.c unicode_decode_call_errorhandler_writer
    private int callHandler(StringBuilder out, int start, int end, String reason) {
        if (handler == null) {
            handler = CodecRegistry.current().lookupError(errors);
        }
        PyBaseException exc = exception(start, end, reason);
        PyObject r = Ops.call(handler, exc);
        if (!(r instanceof PyTuple t) || t.size() != 2 || !(t.get(0) instanceof PyStr rep)
                || !(t.get(1) instanceof PyInt || t.get(1).type().lookup("__index__") != null)) {
            throw PyExceptions.typeError("decoding error handler must return (str, int) tuple");
        }
        // the handler may have replaced the input (exc.object = ...): decoding goes on with it
        PyObject object = ((PyUnicodeError) exc).object;
        if (object == null) {
            throw PyExceptions.typeError("object attribute not set");
        }
        if (!(object instanceof PyBytes newInput)) {
            throw PyExceptions.typeError("object attribute must be bytes");
        }
        if (newInput != inputObject) {
            inputObject = newInput;
            input = newInput.array();
        }
        long pos = CArgs.asSsizeT(t.get(1));
        if (pos < 0) {
            pos += input.length;
        }
        if (pos < 0 || pos > input.length) {
            throw PyExceptions.indexError("position " + pos
                    + " from error handler out of bounds");
        }
        out.append(rep.value());
        return (int) pos;
    }
}
