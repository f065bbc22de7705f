package dev.krait.modules.sqlite3;

import dev.krait.objects.CArgs;
import dev.krait.objects.Numbers;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.FloatMath;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.StrCodecs;

/**
 * Argument Clinic's conversions as the module's methods need them ({@code int}, {@code double},
 * {@code str} as a C string, {@code bool(accept={int})}), with CPython's messages.
 *
 * <p>CPython counterpart: Python/getargs.c and the clinic/*.c.h files of Modules/_sqlite.
 */
final class Args {
    private Args() {}

    /** The {@code int} converter: an index that fits a C int. */
    static int cInt(PyObject o) {
        if (o instanceof PyFloat) {
            throw PyExceptions.typeError("'float' object cannot be interpreted as an integer");
        }
        return Numbers.index(o).intValueExact("Python int too large to convert to C int");
    }

    /** The {@code int} converter with an overflow as the caller wants it (clamped). */
    static long cLong(PyObject o) {
        PyInt i = Numbers.index(o);
        if (!i.isSmall()) {
            throw PyExceptions.overflowError("Python int too large to convert to C long");
        }
        return i.longValue();
    }

    /** The {@code double} converter. */
    static double cDouble(PyObject o) {
        return FloatMath.asDouble(o);
    }

    /**
     * The {@code str} converter: the UTF-8 of a str without NUL characters; {@code where}
     * names the argument in the TypeError ("argument 1", "argument 'name'").
     */
    static byte[] str(String function, String where, PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw PyExceptions.typeError(function + "() " + where + " must be str, not "
                    + o.type().getName());
        }
        return CArgs.cStringBytes(s);
    }

    /** A str's UTF-8 (UnicodeEncodeError for lone surrogates, as PyUnicode_AsUTF8). */
    static byte[] utf8(PyStr s) {
        return StrCodecs.encode(s, StrCodecs.Codec.UTF8, "strict");
    }
}
