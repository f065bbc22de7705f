package dev.krait.modules.datetime;

import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;

/**
 * The pickled state of date, time and datetime: CPython writes the fields as a few bytes
 * (year high and low byte, month, day, hour, minute, second, microsecond in three bytes; fold
 * in the top bit of month or hour for protocol 4 and up), and its constructors recognise such
 * a single bytes argument, or a latin-1 str from a Python 2 pickle.
 *
 * <p>CPython counterpart: Modules/_datetimemodule.c {@code date_new}, {@code time_new},
 * {@code datetime_new} (the pickle branches), {@code *_getstate}.
 */
final class Pickles {
    private Pickles() {}

    /**
     * The state bytes in a constructor's argument, when it is bytes (or a latin-1 str) of
     * length {@code size}; otherwise null. {@code kind} names the type for the str error.
     */
    static byte[] state(PyObject arg, int size, int saneAt, String kind) {
        if (arg instanceof PyBytes b) {
            return b.size() == size ? b.array() : null;
        }
        if (arg instanceof PyStr s && s.length() == size) {
            byte[] out = new byte[size];
            for (int i = 0; i < size; i++) {
                int c = s.codePointAt(i);
                if (i == saneAt && !(c >= 0 && c < 256)) {
                    return null;
                }
                if (c > 255) {
                    throw PyExceptions.valueError("Failed to encode latin1 string when "
                            + "unpickling a " + kind + " object. pickle.load(data, "
                            + "encoding='latin1') is assumed.");
                }
                out[i] = (byte) c;
            }
            return out;
        }
        return null;
    }
}
