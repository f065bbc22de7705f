package dev.krait.modules.codecs;

import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;

/**
 * Names the codec in an error a codec raised through {@code codecs.encode}/{@code decode}:
 * "encoding with 'base64' codec failed (TypeError: ...)", a new exception of the same type
 * chained to the original — only for exceptions that hold nothing but a message, so that no
 * state is lost; the others pass unchanged.
 *
 * <p>CPython counterpart: Python/codecs.c wrap_codec_error and Objects/exceptions.c
 * _PyErr_TrySetFromCause.
 */
final class CodecFailure {
    private CodecFailure() {}

    static PyException wrap(PyException e, String operation, String encoding) {
        PyBaseException v = e.value;
        PyType t = v.type();
        if (!t.isBuiltin() || !plainLayout(t) || v.args.size() > 1
                || v.args.size() == 1 && v.args.get(0).type() != PyStr.TYPE
                || v.getDict() != null && Ops.len(v.getDict()) != 0) {
            return e;
        }
        String msg = operation + " with '" + encoding + "' codec failed (" + t.getName() + ": "
                + Ops.str(v) + ")";
        PyBaseException w = (PyBaseException) Ops.call(t, PyStr.of(msg));
        w.cause = v;
        w.suppressContext = true;
        return w.raise();
    }

    /** Whether instances of builtin type {@code t} are a plain BaseException's layout. */
    private static boolean plainLayout(PyType t) {
        PyType[] rich = {PyExceptions.OSError, PyExceptions.SyntaxError,
            PyExceptions.ImportError, PyExceptions.StopIteration, PyExceptions.SystemExit,
            PyExceptions.AttributeError, PyExceptions.NameError,
            PyExceptions.UnicodeEncodeError, PyExceptions.UnicodeDecodeError,
            PyExceptions.UnicodeTranslateError, PyExceptions.BaseExceptionGroup};
        for (PyType r : rich) {
            if (t.isSubtypeOf(r)) {
                return false;
            }
        }
        return true;
    }
}
