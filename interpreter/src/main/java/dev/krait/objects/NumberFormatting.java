package dev.krait.objects;

/**
 * The bridge from the number and str types to the format-spec mini-language and number parsing.
 *
 * <p>CPython counterpart: Python/formatter_unicode.c and Python/pystrtod.c.
 */
final class NumberFormatting {
    private NumberFormatting() {}

    static String formatInt(PyInt v, String spec) {
        throw PyExceptions.notImplementedError("int format specs are not supported yet");
    }

    static String formatFloat(double v, String spec) {
        throw PyExceptions.notImplementedError("float format specs are not supported yet");
    }

    static String formatStr(PyStr v, String spec) {
        throw PyExceptions.notImplementedError("str format specs are not supported yet");
    }

    static double parseFloat(String s) {
        String t = s.strip().replace("_", "");
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw PyExceptions.valueError("could not convert string to float: "
                    + dev.krait.text.Repr.strRepr(s));
        }
    }
}
